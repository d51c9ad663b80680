"""The body of the exported document, paragraph by paragraph (DOCX-LAYOUT.md, "Body")."""

from __future__ import annotations

from pathlib import Path

import docx
from docx.oxml.ns import qn

from seminarnotes.core.document import GroupDoc, SeminarDoc
from seminarnotes.core.outline import Point
from seminarnotes.export.labels import LABELS
from tests.export.conftest import body_paragraphs, roundtrip

LIST_STYLES = ("List Bullet", "List Bullet 2", "List Bullet 3")


def expected_paragraphs(doc: SeminarDoc) -> list[tuple[str, str]]:
    """What DOCX-LAYOUT.md says the body holds, from the seminar data and the label table."""
    d, labels = doc.details, LABELS[doc.details.language]
    out = [("Title", d.title),
           ("Subtitle", f"{labels.subtitle_lead} {d.speaker}, {d.venue}, {d.date.isoformat()}"),
           ("Document Type", d.document_type or labels.document_type)]
    for session in doc.sessions:
        out.append(("Heading 1", session.name))
        if session.question:
            out.append(("Question", session.question))
        for group in session.groups:
            out.append(("Heading 2", group.name))
            for point in group.points:
                style = "Highlight" if point.kind == "highlight" else LIST_STYLES[point.level]
                out.append((style, point.text))
    out += [("Closing Title", d.thanks), ("Normal", d.about),
            ("Normal", f"{labels.compiled_by} {d.compiled_by}"),
            ("Contact", labels.contact),
            ("Contact", f"{d.contact_name}, {d.contact_role}, {d.contact_organization}")]
    return out


def test_reference_paragraphs_in_order(reference_docx: Path, reference_seminar: SeminarDoc) -> None:
    document = docx.Document(str(reference_docx))
    assert body_paragraphs(document) == expected_paragraphs(reference_seminar)


def test_no_empty_paragraphs_anywhere(reference_docx: Path) -> None:
    document = docx.Document(str(reference_docx))
    parts = [document.element.body] + [s.header._element for s in document.sections] \
        + [s.footer._element for s in document.sections]
    for part in parts:
        for p in part.iter(qn("w:p")):
            text = "".join(t.text or "" for t in p.iter(qn("w:t")))
            assert text.strip() or list(p.iter(qn("w:drawing"))), "empty paragraph in the document"


def _num_pr(p) -> tuple[int, int] | None:
    num_pr = p._p.pPr.numPr if p._p.pPr is not None else None
    if num_pr is None:
        return None
    return int(num_pr.numId.val), int(num_pr.ilvl.val)


def test_every_group_is_one_real_list_on_the_one_abstract_num(reference_docx: Path,
                                                              reference_seminar: SeminarDoc) -> None:
    document = docx.Document(str(reference_docx))
    numbering = document.part.numbering_part.element
    abstracts = numbering.findall(qn("w:abstractNum"))
    assert len(abstracts) == 1
    abstract_id = abstracts[0].get(qn("w:abstractNumId"))
    bound = {int(n.get(qn("w:numId"))): n.find(qn("w:abstractNumId")).get(qn("w:val"))
             for n in numbering.findall(qn("w:num"))}

    group_num_ids: list[int] = []
    current: set[int] | None = None
    for p in document.paragraphs:
        style = p.style.name
        if style == "Heading 2":
            current = set()
            group_num_ids.append(-1)
        elif style in LIST_STYLES:
            num_id, level = _num_pr(p)
            assert level == LIST_STYLES.index(style)
            assert bound[num_id] == abstract_id
            assert current is not None
            current.add(num_id)
            assert len(current) == 1, "one group's points are in more than one list"
            group_num_ids[-1] = num_id
        else:
            assert _num_pr(p) is None, f"{style} paragraph is in a list"
    used = [n for n in group_num_ids if n != -1]
    assert len(used) == len(set(used)), "two groups share one list"
    assert len(group_num_ids) == sum(len(s.groups) for s in reference_seminar.sessions)


def test_levels_nest_in_the_reference(reference_docx: Path) -> None:
    document = docx.Document(str(reference_docx))
    levels = {_num_pr(p)[1] for p in document.paragraphs if p.style.name in LIST_STYLES}
    assert levels == {0, 1}


def test_three_levels_and_highlight_indent(seminar: SeminarDoc, tmp_path: Path) -> None:
    points = [Point("a"), Point("b", 1), Point("c", 2), Point("h2", 2, "highlight"),
              Point("h1", 1, "highlight"), Point("h0", 0, "highlight")]
    seminar.sessions[0].groups[0].points = points
    document = roundtrip(seminar, tmp_path)
    paras = [p for p in document.paragraphs if p.text in {"a", "b", "c", "h2", "h1", "h0"}]
    num_id = _num_pr(paras[0])[0]
    assert [(p.style.name, _num_pr(p)) for p in paras[:3]] == [
        ("List Bullet", (num_id, 0)), ("List Bullet 2", (num_id, 1)), ("List Bullet 3", (num_id, 2))]
    assert all(_num_pr(p) is None for p in paras[3:])
    highlight_indents = [p.paragraph_format.left_indent or document.styles["Highlight"].paragraph_format.left_indent
                         for p in paras[3:]]
    assert highlight_indents[0] > highlight_indents[1] > highlight_indents[2] > 0


def test_page_break_before_on_later_sessions_only(reference_docx: Path) -> None:
    headings = [p for p in docx.Document(str(reference_docx)).paragraphs if p.style.name == "Heading 1"]
    assert len(headings) == 2
    assert headings[0].paragraph_format.page_break_before is None
    assert headings[1].paragraph_format.page_break_before is True
    assert not headings[1]._p.xpath(".//w:br[@w:type='page']")


def test_page_break_setting_off(seminar: SeminarDoc, tmp_path: Path) -> None:
    seminar.export.session_page_break = False
    document = roundtrip(seminar, tmp_path)
    assert not document.element.body.xpath(".//w:pageBreakBefore")


def test_line_break_inside_a_point_is_a_br(seminar: SeminarDoc, tmp_path: Path) -> None:
    seminar.sessions[0].groups[0].points[0] = Point("första raden\nandra raden")
    document = roundtrip(seminar, tmp_path)
    p = next(p for p in document.paragraphs if p.text.startswith("första raden"))
    assert p.text == "första raden\nandra raden"
    assert len(p._p.xpath(".//w:br")) == 1
    assert not any(par.text == "andra raden" for par in document.paragraphs)


def test_xml_illegal_characters_dropped_rest_kept(seminar: SeminarDoc, tmp_path: Path) -> None:
    kept = "Åäö – “citat” 😀 \u00a0x\ttab"
    seminar.details.title = "Ti\x00t\x0bel\ufffe\uffff\ud800"
    seminar.sessions[0].groups[0].points[0] = Point(f"\x01\x1f{kept}\x7f")
    document = roundtrip(seminar, tmp_path)
    assert document.paragraphs[0].text == "Titel"
    assert any(p.text == f"{kept}\x7f" for p in document.paragraphs)
    assert document.core_properties.title == "Titel"


def test_empty_group_kept_by_default_and_left_out_when_set(seminar: SeminarDoc, tmp_path: Path) -> None:
    seminar.sessions[0].groups.insert(1, GroupDoc("Tom grupp", []))
    seminar.sessions[0].groups.insert(2, GroupDoc("Bara blanksteg", [Point("  \x00 ")]))
    kept = body_paragraphs(roundtrip(seminar, tmp_path, "a.docx"))
    assert ("Heading 2", "Tom grupp") in kept and ("Heading 2", "Bara blanksteg") in kept
    assert not any(text.strip() == "" for _, text in kept)
    seminar.export.include_empty_groups = False
    left_out = body_paragraphs(roundtrip(seminar, tmp_path, "b.docx"))
    assert ("Heading 2", "Tom grupp") not in left_out
    assert ("Heading 2", "Bara blanksteg") not in left_out
    assert ("Heading 2", "Fagersta") in left_out


def test_subtitle_leaves_out_empty_parts(seminar: SeminarDoc, tmp_path: Path) -> None:
    seminar.details.venue = ""
    assert body_paragraphs(roundtrip(seminar, tmp_path, "a.docx"))[1] == (
        "Subtitle", "Seminarium med Per-Erik Ellström, 2014-04-08")
    seminar.details.date = None
    assert body_paragraphs(roundtrip(seminar, tmp_path, "b.docx"))[1] == (
        "Subtitle", "Seminarium med Per-Erik Ellström")
    seminar.details.speaker = ""
    assert body_paragraphs(roundtrip(seminar, tmp_path, "c.docx"))[1][0] == "Document Type"
    seminar.details.venue = "Aros"
    assert body_paragraphs(roundtrip(seminar, tmp_path, "d.docx"))[1] == ("Subtitle", "Seminarium, Aros")


def test_document_type_defaults_to_the_label(seminar: SeminarDoc, tmp_path: Path) -> None:
    seminar.details.document_type = "  "
    assert ("Document Type", "Dokumentation av gruppdiskussioner") in body_paragraphs(roundtrip(seminar, tmp_path))
    seminar.details.language = "en"
    assert ("Document Type", "Documentation of group discussions") in body_paragraphs(
        roundtrip(seminar, tmp_path, "en.docx"))


def test_question_left_out_when_empty(seminar: SeminarDoc, tmp_path: Path) -> None:
    seminar.sessions[0].question = ""
    styles = [s for s, _ in body_paragraphs(roundtrip(seminar, tmp_path))]
    assert styles.count("Question") == 1


def test_unnamed_sessions_and_groups_still_get_headings_and_page_breaks(seminar: SeminarDoc,
                                                                       tmp_path: Path) -> None:
    seminar.sessions[1].name = " "
    seminar.sessions[0].groups[1].name = ""
    document = roundtrip(seminar, tmp_path)
    headings = [(s, t) for s, t in body_paragraphs(document) if s.startswith("Heading")]
    assert ("Heading 1", "Pass 2") in headings and ("Heading 2", "Grupp 2") in headings
    levels = [int(s[-1]) for s, _ in headings]
    assert all(b <= a + 1 for a, b in zip([0, *levels], levels)), "a heading level is skipped"
    assert [p.text for p in document.paragraphs if p.paragraph_format.page_break_before] == ["Pass 2"]


def _links(document) -> dict[str, str]:
    rels = document.part.rels
    return {"".join(t.text for t in link.iter(qn("w:t"))): rels[link.get(qn("r:id"))].target_ref
            for link in document.element.body.iter(qn("w:hyperlink"))}


def test_closing_contact_lines_and_links(seminar: SeminarDoc, tmp_path: Path) -> None:
    d = seminar.details
    d.contact_phone, d.contact_email, d.website = "021-39 80 00", "karina@vkl.se", "www.vkl.se"
    d.contact_role = ""
    document = roundtrip(seminar, tmp_path)
    tail = body_paragraphs(document)[-5:]
    assert tail == [("Contact", "Välkommen att kontakta:"),
                    ("Contact", "Karina Tilling, Västmanlands Kommuner och Landsting"),
                    ("Contact", "Telefon: 021-39 80 00"),
                    ("Contact", "E-post: karina@vkl.se"),
                    ("Normal", "Besök vår webbplats på www.vkl.se")]
    assert _links(document) == {"karina@vkl.se": "mailto:karina@vkl.se", "www.vkl.se": "https://www.vkl.se"}
    for link in document.element.body.iter(qn("w:hyperlink")):
        assert link.find(qn("w:r")).find(qn("w:rPr")).find(qn("w:rStyle")).get(qn("w:val")) == "Hyperlink"


def test_closing_lines_omitted_when_fields_empty(seminar: SeminarDoc, tmp_path: Path) -> None:
    d = seminar.details
    for name in ("thanks", "about", "compiled_by", "contact_name", "contact_role",
                 "contact_organization", "contact_phone", "contact_email", "website"):
        setattr(d, name, "")
    last = body_paragraphs(roundtrip(seminar, tmp_path))[-1]
    assert last == ("List Bullet", seminar.sessions[-1].groups[-1].points[-1].text)
