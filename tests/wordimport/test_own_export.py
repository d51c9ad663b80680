"""Our own exports come back exactly: import(export(seminar)) is the seminar, over
generated seminars with highlights at every level, line breaks inside points, empty
groups and unusual characters.

`as_exported` is what the export itself changes (DOCX-LAYOUT.md): text XML cannot
hold is dropped, blank lines are left out, unnamed sessions and groups get their
'Pass n' / 'Grupp n' headings, the subtitle's parts are trimmed. The few seminars
whose Word document is ambiguous are excluded with `assume`, each with its reason.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from seminarnotes.core.document import ExportSettings, GroupDoc, SeminarDetails, SeminarDoc, SessionDoc
from seminarnotes.core.outline import Point, clamp_levels
from seminarnotes.export import export_docx
from seminarnotes.export.labels import labels_for
from seminarnotes.export.wml import clean
from seminarnotes.wordimport import patterns as pt
from seminarnotes.wordimport import read_word
from tests.helpers import tiny_png

UNUSUAL = "\n\t <>&\"'\u00a0\u200b\u200d\u202e\u05d0\u0627\u4e2d\U0001f600\u0301\u2028-–:,?!•åäöÅÄÖ\\"
_chars = st.one_of(
    st.characters(blacklist_categories=("Cs",)),  # anything, controls included (the export drops them)
    st.sampled_from(UNUSUAL),
)
TEXT = st.text(_chars, max_size=25)
NAME = st.text(st.characters(blacklist_categories=("Cs", "Cc", "Z")) | st.sampled_from("  -&<"), max_size=15)


@st.composite
def points(draw: st.DrawFn) -> list[Point]:
    result, previous = [], -1
    for _ in range(draw(st.integers(0, 7))):
        level = draw(st.integers(0, min(previous + 1, 2)))
        result.append(Point(draw(TEXT), level, draw(st.sampled_from(["point", "highlight"]))))
        previous = level
    return result


@st.composite
def seminars(draw: st.DrawFn) -> SeminarDoc:
    language = draw(st.sampled_from(["sv", "en"]))
    contact = draw(st.sampled_from(["none", "name", "all"]))
    details = SeminarDetails(
        title=draw(TEXT), speaker=draw(NAME), venue=draw(NAME),
        date=draw(st.none() | st.dates(dt.date(1969, 1, 1), dt.date(2068, 12, 31))),
        document_type=draw(TEXT), organizer=draw(TEXT), language=language,
        thanks=draw(TEXT), about=draw(TEXT), compiled_by=draw(NAME),
        contact_name=draw(NAME) if contact != "none" else "",
        contact_role=draw(NAME) if contact == "all" else "",
        contact_organization=draw(NAME) if contact == "all" else "",
        contact_phone=draw(NAME), contact_email=draw(NAME), website=draw(NAME),
    )
    sessions = [SessionDoc(draw(TEXT), draw(TEXT), [GroupDoc(draw(TEXT), draw(points()))
                                                    for _ in range(draw(st.integers(0, 3)))])
                for _ in range(draw(st.integers(0, 3)))]
    export = ExportSettings(date_format=draw(st.sampled_from(["iso", "long", "compact"])),
                            session_page_break=draw(st.booleans()), include_empty_groups=draw(st.booleans()),
                            page_word=draw(st.booleans()), logo=draw(st.sampled_from([None, tiny_png()])))
    return SeminarDoc(details, sessions, export)


def _blank(text: str) -> bool:
    return not clean(text).strip()


def _labelled(text: str) -> bool:
    """Text that starts like one of the closing's labelled lines."""
    return any(p.match(clean(text)) for p in (pt.COMPILED_BY, pt.CONTACT, pt.PHONE, pt.EMAIL, pt.WEBSITE))


def assume_unambiguous(doc: SeminarDoc) -> None:
    """Seminars whose document cannot say which field a text belongs to."""
    d = doc.details
    parts = [clean(x).strip() for x in (d.speaker, d.venue, d.contact_name, d.contact_role, d.contact_organization)]
    # The subtitle joins speaker and venue with ", ": a comma in the speaker's name moves the border.
    assume("," not in parts[0])
    # A venue or speaker that ends like a date would be read as the date.
    assume(not any(pt.parse_date(x.rsplit(",", 1)[-1]) for x in parts[:2] if x))
    # The contact line joins name, role and organisation with ", ", leaving out empty ones:
    # only all three, the name alone or none of them can be told apart.
    assume(not any("," in x or "\n" in x for x in parts[2:]))
    assume(tuple(bool(x) for x in parts[2:]) in ((False, False, False), (True, False, False), (True, True, True)))
    # The about text and the contact line are unlabelled: they must not start like a labelled line.
    assume(not _labelled(d.about) and not any(_labelled(x) for x in parts[2:]))
    # Labels end in ':' and a space; a value that starts with ':' would lose it.
    assume(not any(clean(x).strip().startswith(":") for x in (d.compiled_by, d.contact_phone, d.contact_email)))


def as_exported(doc: SeminarDoc, file_title: str) -> SeminarDoc:
    """The seminar as its Word document shows it (what DOCX-LAYOUT.md says the export changes)."""
    d = doc.details
    labels = labels_for(d.language)

    def keep(text: str) -> str:
        return "" if _blank(text) else clean(text)

    def trimmed(text: str) -> str:
        return clean(text).strip()

    sessions = []
    for number, session in enumerate(doc.sessions, start=1):
        # blank points are left out; a sub-point left without its parent is read one level up
        groups = [GroupDoc(g.name, clamp_levels([Point(clean(p.text), p.level, p.kind) for p in g.points
                                                 if not _blank(p.text)])) for g in session.groups]
        groups = [g for g in groups if g.points or doc.export.include_empty_groups]
        groups = [GroupDoc(keep(g.name) or labels.untitled_group.format(n=n), g.points)
                  for n, g in enumerate(groups, start=1)]
        sessions.append(SessionDoc(keep(session.name) or labels.untitled_session.format(n=number),
                                   keep(session.question), groups))
    has_contact = any(trimmed(x) for x in (d.contact_name, d.contact_role, d.contact_organization,
                                            d.contact_phone, d.contact_email))
    details = SeminarDetails(
        title=keep(d.title) or file_title, speaker=trimmed(d.speaker), venue=trimmed(d.venue), date=d.date,
        document_type=keep(d.document_type) or labels.document_type, organizer=trimmed(d.organizer),
        language=d.language, thanks=keep(d.thanks), about=keep(d.about), compiled_by=trimmed(d.compiled_by),
        contact_name=trimmed(d.contact_name), contact_role=trimmed(d.contact_role),
        contact_organization=trimmed(d.contact_organization),
        contact_phone=trimmed(d.contact_phone) if has_contact else "",
        contact_email=trimmed(d.contact_email) if has_contact else "", website=trimmed(d.website))
    return SeminarDoc(details, sessions)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                  HealthCheck.too_slow])
@given(doc=seminars())
def test_an_exported_seminar_imports_as_itself(doc: SeminarDoc, tmp_path: Path) -> None:
    assume_unambiguous(doc)
    path = tmp_path / "seminarium.docx"
    export_docx(doc, path)
    reading = read_word(path)
    imported = reading.doc
    expected = as_exported(doc, "seminarium")
    assert reading.facts.own_export
    assert imported.details == expected.details
    assert imported.sessions == expected.sessions
    lowered = [u for u in reading.uncertainties if u.reason.startswith("level lowered")]
    # a comma in the venue makes "where the speaker's name ends" a guess, and it says so
    subtitle = [u for u in reading.uncertainties if "speaker's name ends" in u.reason]
    assert bool(subtitle) == ("," in clean(doc.details.venue) and bool(clean(doc.details.speaker).strip()))
    assert reading.uncertainties == sorted(lowered + subtitle, key=lambda u: u.line)
    assert bool(lowered) == any(p.level != q.level for s in doc.sessions for g in s.groups
                                for p, q in zip([p for p in g.points if not _blank(p.text)],
                                                clamp_levels([p for p in g.points if not _blank(p.text)])))
    # the export settings the document shows come back too
    e = imported.export
    assert e.page_word == doc.export.page_word
    assert e.logo == doc.export.logo
    if details_have_date(doc):
        assert e.date_format == doc.export.date_format
    if len(doc.sessions) >= 2:
        assert e.session_page_break == doc.export.session_page_break


def details_have_date(doc: SeminarDoc) -> bool:
    return doc.details.date is not None


def test_the_reference_seminar_round_trips_with_its_export_settings(tmp_path: Path, reference_package: Path) -> None:
    from seminarnotes.core import package

    doc = package.read(reference_package)
    doc = dataclasses.replace(doc, export=ExportSettings(date_format="long", session_page_break=False))
    path = tmp_path / "resk.docx"
    export_docx(doc, path)
    imported = read_word(path).doc
    assert (imported.details, imported.sessions) == (doc.details, doc.sessions)
    assert (imported.export.date_format, imported.export.session_page_break) == ("long", False)
