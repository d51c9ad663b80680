"""Hand-made documents of the RESK shape built in other ways than the 2014 one: heading
styles, typed dashes, italic examples, English labels, a question after its session.
Each test reads like the document it builds."""

from __future__ import annotations

from pathlib import Path

from seminarnotes.wordimport import read_word
from tests.wordimport.handmade import HandMade, outline


def test_heading_styles_make_sessions_and_groups(tmp_path: Path) -> None:
    path = (HandMade().line("Vårträff om samverkan", style="Title")
            .line("Seminarium med Anna Berg, Sala stadshus, 8 maj 2023")
            .line("Förmiddag", style="Heading 1").line("Hur samverkar vi?", italic=True)
            .line("Sala", style="Heading 2").line("Gemensamma mål", style="List Bullet")
            .line("Uppföljning varje månad", style="List Bullet 2")
            .line("Heby", style="Heading 2").line("Fler möten", style="List Bullet")
            .line("Eftermiddag", style="Heading 1").line("Vad gör vi nu?", italic=True)
            .line("Sala", style="Heading 2").line("Börja i höst", style="List Bullet")
            .save(tmp_path / "h.docx"))
    reading = read_word(path)
    assert outline(reading) == [
        "title: Vårträff om samverkan",
        "  subtitle: Anna Berg \u00b7 Sala stadshus \u00b7 2023-05-08",
        "session: Förmiddag", "  question: Hur samverkar vi?",
        "  group: Sala", "    point: Gemensamma mål", "      point: Uppföljning varje månad",
        "  group: Heby", "    point: Fler möten",
        "session: Eftermiddag", "  question: Vad gör vi nu?",
        "  group: Sala", "    point: Börja i höst"]
    assert reading.uncertainties == []
    assert reading.doc.export.date_format == "long"


def test_heading_1_for_groups_when_the_document_has_no_sessions(tmp_path: Path) -> None:
    path = (HandMade().line("Nätverksträff", style="Title")
            .line("Köping", style="Heading 1").line("Mer dialog", style="List Bullet")
            .line("Arboga", style="Heading 1").line("Tydligare mål", style="List Bullet")
            .save(tmp_path / "h.docx"))
    doc = read_word(path).doc
    assert [(s.name, [g.name for g in s.groups]) for s in doc.sessions] == [("", ["Köping", "Arboga"])]


def test_typed_dashes_and_tabs_make_levels(tmp_path: Path) -> None:
    path = (HandMade().line("Träff", bold=True, size=18).line("Köping:", bold=True)
            .line("- Mer dialog på APT").line("\t- med alla yrkesgrupper").line("\t- varje månad")
            .line("- Tydligare mål").line("Arboga:", bold=True).line("- Mentorer")
            .save(tmp_path / "h.docx"))
    doc = read_word(path).doc
    groups = doc.sessions[0].groups
    assert [g.name for g in groups] == ["Köping", "Arboga"]
    assert [(p.text, p.level) for p in groups[0].points] == [
        ("Mer dialog på APT", 0), ("med alla yrkesgrupper", 1), ("varje månad", 1), ("Tydligare mål", 0)]


def test_italic_and_shaded_examples_at_their_level(tmp_path: Path) -> None:
    path = (HandMade().line("Träff", bold=True, size=18).line("Sala", bold=True).line("Dialog", style="List Bullet")
            .line("Vi har fika med chefen varje fredag", italic=True, shaded=True, indent=720)
            .line("Mål", style="List Bullet").line("Vi skriver mål tillsammans", italic=True)
            .line("Heby", bold=True).line("Nöjda brukare", style="List Bullet")
            .save(tmp_path / "h.docx"))
    reading = read_word(path)
    points = reading.doc.sessions[0].groups[0].points
    assert [(p.text, p.level, p.kind) for p in points] == [
        ("Dialog", 0, "point"), ("Vi har fika med chefen varje fredag", 1, "highlight"),
        ("Mål", 0, "point"), ("Vi skriver mål tillsammans", 0, "highlight")]
    # italics alone is a guess, and says so
    assert [str(u) for u in reading.uncertainties] == ["line 6: read as a good example because it is in italics"]


def test_inline_dashes_split_only_where_they_make_a_list(tmp_path: Path) -> None:
    path = (HandMade().line("Träff", bold=True, size=18).line("Sala", bold=True)
            .line("Utmaningar finns i: - tid - pengar", style="List Bullet")
            .line("Tematiska möten - ge information i veckobrev", style="List Bullet")
            .line("Mål – mening – mätbarhet", style="List Bullet")
            .save(tmp_path / "h.docx"))
    reading = read_word(path)
    points = reading.doc.sessions[0].groups[0].points
    assert [(p.text, p.level) for p in points] == [
        ("Utmaningar finns i:", 0), ("tid", 1), ("pengar", 1),
        ("Tematiska möten - ge information i veckobrev", 0), ("Mål – mening – mätbarhet", 0)]
    # one ' - ' without a colon may be punctuation; "Sala", the only bold line, may not be a group name
    assert [u.line for u in reading.uncertainties] == [2, 4]


def test_an_english_document_with_its_closing(tmp_path: Path) -> None:
    path = (HandMade().line("Learning at work", bold=True, size=20).line("Seminar with Jo Smith, Leeds, 2022-10-03")
            .line("Morning:", bold=True, size=14).line("What do we want to keep?", italic=True)
            .line("Team A", bold=True).line("Reflection", style="List Bullet")
            .line("Thank you for taking part in the seminar!", bold=True)
            .line("The seminar was organised by the network.").line("Compiled by Kim Lee")
            .line("For questions, please contact:").line("Kim Lee, Coordinator, The Network")
            .line("Phone: 0123 456").line("Email: kim@example.org").line("Visit our website at example.org")
            .save(tmp_path / "h.docx"))
    d = read_word(path).doc.details
    assert (d.language, d.speaker, d.venue, str(d.date)) == ("en", "Jo Smith", "Leeds", "2022-10-03")
    assert (d.thanks, d.about, d.compiled_by) == ("Thank you for taking part in the seminar!",
                                                  "The seminar was organised by the network.", "Kim Lee")
    assert (d.contact_name, d.contact_role, d.contact_organization, d.contact_phone, d.contact_email, d.website) == (
        "Kim Lee", "Coordinator", "The Network", "0123 456", "kim@example.org", "example.org")


def test_a_thanks_line_among_the_points_is_a_point(tmp_path: Path) -> None:
    path = (HandMade().line("Träff", bold=True, size=18).line("Sala", bold=True)
            .line("Tack för att vi fick vara med", style="List Bullet").line("Mer fika", style="List Bullet")
            .line("Tack för din medverkan vid seminariet!", bold=True).line("Sammanställningen gjord av Eva")
            .save(tmp_path / "h.docx"))
    doc = read_word(path).doc
    assert [p.text for p in doc.sessions[0].groups[0].points] == ["Tack för att vi fick vara med", "Mer fika"]
    assert (doc.details.thanks, doc.details.compiled_by) == ("Tack för din medverkan vid seminariet!", "Eva")


def test_text_before_the_first_group_is_kept_visible_as_a_guess(tmp_path: Path) -> None:
    path = (HandMade().line("Träff", bold=True, size=18).line("Här är anteckningarna från dagen.")
            .line("Sala", bold=True).line("Dialog", style="List Bullet").save(tmp_path / "h.docx"))
    reading = read_word(path)
    assert "ignored: Här är anteckningarna från dagen." in [line.strip() for line in outline(reading)]
    assert [u.line for u in reading.uncertainties] == [2, 3]
