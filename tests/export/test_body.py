"""The body of the exported document, paragraph by paragraph (DOCX-LAYOUT.md, "Body")."""

from __future__ import annotations

from pathlib import Path

import docx
from docx.oxml.ns import qn

from seminarnotes.core.document import GroupDoc, SeminarDoc
from seminarnotes.core.outline import Point
from seminarnotes.export.labels import LABELS
from seminarnotes.export.styles import LIST_STEP
from tests.export.documents import body_paragraphs, roundtrip

LIST_STYLES = ("List Bullet", "List Bullet 2", "List Bullet 3")


def expected_paragraphs(doc: SeminarDoc) -> list[tuple[str, str]]:
    """What DOCX-LAYOUT.md says the body holds, from the seminar data and the label table."""
    d, labels = doc.details, LABELS[doc.details.language]
    out = [("Title", d.title),
           ("Subtitle", f"{labels.subtitle_lead} {d.speaker}, {d.venue}, {d.date.isoformat()}"),
           ("Organizer", f"{labels.organizer}: {d.organizer}"),
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


def test_every_group_is_one_real_list_on_the_one_abstract_num(case_docx: dict[str, Path],
                                                              case_seminars: dict[str, SeminarDoc]) -> None:
    for name, path in case_docx.items():
        _one_list_per_group(docx.Document(str(path)), case_seminars[name])


def _one_list_per_group(document, seminar: SeminarDoc) -> None:  # noqa: ANN001
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
        elif style in LIST_STYLES or style == "Highlight":
            num_id, level = _num_pr(p)
            assert style == "Highlight" or level == LIST_STYLES.index(style)
            assert bound[num_id] == abstract_id
            assert current is not None
            current.add(num_id)
            assert len(current) == 1, "one group's points are in more than one list"
            group_num_ids[-1] = num_id
        else:
            assert _num_pr(p) is None, f"{style} paragraph is in a list"
    used = [n for n in group_num_ids if n != -1]
    assert len(used) == len(set(used)), "two groups share one list"
    assert len(group_num_ids) == sum(len(s.groups) for s in seminar.sessions)


def test_levels_nest_in_the_reference(reference_docx: Path) -> None:
    document = docx.Document(str(reference_docx))
    levels = {_num_pr(p)[1] for p in document.paragraphs if p.style.name in LIST_STYLES}
    assert levels == {0, 1}


def _items(document, seminar: SeminarDoc) -> list[tuple[str, str, tuple[int, int] | None]]:  # noqa: ANN001
    """(style, text, (numId, level)) of every paragraph that holds a point."""
    texts = {p.text for s in seminar.sessions for g in s.groups for p in g.points}
    return [(p.style.name, p.text, _num_pr(p)) for p in document.paragraphs if p.text in texts]


def test_a_highlight_is_an_item_of_its_groups_list_at_its_own_level(case_docx: dict[str, Path],
                                                                    case_seminars: dict[str, SeminarDoc]) -> None:
    """Readers keep the points after a highlight nested only when the highlight is in the list."""
    for name, path in case_docx.items():
        seminar = case_seminars[name]
        items = iter(_items(docx.Document(str(path)), seminar))
        for group in (g for s in seminar.sessions for g in s.groups):
            num_ids = set()
            for point in group.points:
                style, text, num_pr = next(items)
                assert text == point.text
                assert style == ("Highlight" if point.kind == "highlight" else LIST_STYLES[point.level])
                assert num_pr is not None and num_pr[1] == point.level, f"{name}: {text!r} is not at its level"
                num_ids.add(num_pr[0])
            assert len(num_ids) <= 1, f"{name}: group {group.name!r} is more than one list"


def _twips(value) -> int:  # noqa: ANN001
    return int(value) if value is not None else 0


def _indent(p, document, side: str) -> int:  # noqa: ANN001
    """A paragraph's left/right/hanging indent in twips: its own, else its style's."""
    for ppr in (p._p.pPr, document.styles[p.style.name].element.pPr):
        ind = ppr.find(qn("w:ind")) if ppr is not None else None
        if ind is not None and ind.get(qn(f"w:{side}")) is not None:
            return int(ind.get(qn(f"w:{side}")))
    return 0


def test_highlight_boxes_sit_inside_the_text_column_at_their_level(case_docx: dict[str, Path]) -> None:
    """The box's rule starts where its level's bullets stand and its padding ends at the
    right text edge (Word draws borders outside the indents)."""
    document = docx.Document(str(case_docx["generated"]))
    step = LIST_STEP
    for p in document.paragraphs:
        if p.style.name != "Highlight":
            continue
        level = _num_pr(p)[1]
        borders = _borders(p, document)
        left_rule = borders["left"]
        bullet_at = _indent(p, document, "left") - _indent(p, document, "hanging")
        rule_starts = bullet_at - int(left_rule[1]) * 20 - int(left_rule[0]) * 20 // 8
        assert rule_starts == step * level, f"{p.text!r}: the rule is not at its level's bullets"
        right_pad = borders["right"]
        sticks_out = int(right_pad[1]) * 20 + int(right_pad[0]) * 20 // 8 - _indent(p, document, "right")
        assert sticks_out <= 0, f"{p.text!r}: the box reaches {sticks_out} twips past the text edge"


def _borders(p, document) -> dict[str, tuple[str, str, str]]:  # noqa: ANN001
    """side -> (size in eighths of a point, space in points, colour), own borders first."""
    for ppr in (p._p.pPr, document.styles[p.style.name].element.pPr):
        border = ppr.find(qn("w:pBdr")) if ppr is not None else None
        if border is not None:
            return {qn_side.tag.split("}")[1]: (qn_side.get(qn("w:sz")), qn_side.get(qn("w:space")),
                                                 qn_side.get(qn("w:color"))) for qn_side in border}
    return {}


def test_two_highlights_in_a_row_are_two_boxes(reference_docx: Path, case_docx: dict[str, Path]) -> None:
    """Word and LibreOffice draw one frame around paragraphs with equal borders; reference
    page 4, "Hallsta, LSS-verksamheter", has two good examples in a row."""
    pairs = 0
    for path in (reference_docx, case_docx["generated"]):
        document = docx.Document(str(path))
        paragraphs = document.paragraphs
        for before, after in zip(paragraphs, paragraphs[1:]):
            if before.style.name == after.style.name == "Highlight":
                pairs += 1
                assert _borders(before, document) != _borders(after, document), f"{after.text!r} joins the box above"
                assert _borders(after, document)["left"] == _borders(before, document)["left"]
    assert pairs >= 4


def test_highlight_reads_as_a_quotation_with_emphasis_at_every_level(case_docx: dict[str, Path]) -> None:
    """Readers that ignore formatting see a quotation (the style is based on Word's Quote),
    emphasis (direct italic) and, in a tagged PDF, a Quote (the Quotation character style)."""
    document = docx.Document(str(case_docx["generated"]))
    highlight = document.styles["Highlight"]
    assert highlight.base_style.name == "Quote"
    levels = set()
    for p in document.paragraphs:
        if p.style.name == "Highlight":
            levels.add(_num_pr(p)[1])
            assert all(r.italic is True and r.style.name == "Quotation" for r in p.runs), p.text
        elif p.style.name in LIST_STYLES:
            assert not any(r.italic for r in p.runs)
    assert levels == {0, 1, 2}
    # italic is Quote's; the Highlight style does not repeat it, which would toggle it off in Word
    assert highlight.element.rPr is None or highlight.element.rPr.find(qn("w:i")) is None
    assert document.styles["Quote"].font.italic is True


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
    assert body_paragraphs(roundtrip(seminar, tmp_path, "c.docx"))[1][0] == "Organizer"
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


def test_dates_never_break(seminar: SeminarDoc, tmp_path: Path) -> None:
    """The sample's subtitle broke as "…Falun, 2025-10-" / "14": hyphens and spaces in the
    date are Word's non-breaking ones."""
    for date_format, shown in (("iso", "2014-04-08"), ("long", "8 april 2014")):
        seminar.export.date_format = date_format
        subtitle = roundtrip(seminar, tmp_path, f"{date_format}.docx").paragraphs[1]
        date_in_xml = "".join(t.text for t in subtitle._p.iter(qn("w:t"))).split(", ")[-1]
        assert date_in_xml == shown.replace("-", "").replace(" ", "\u00a0")  # no breakable hyphen or space
        assert len(subtitle._p.findall(f".//{qn('w:noBreakHyphen')}")) == shown.count("-")
        assert subtitle.text.replace("\u00a0", " ").endswith(shown)  # readers still see the date


def test_organiser_is_named_in_the_title_block(seminar: SeminarDoc, tmp_path: Path) -> None:
    """Screen readers skip the page header, so the organiser is in the body too."""
    seminar.details.about = seminar.details.compiled_by = seminar.details.contact_organization = ""
    paragraphs = body_paragraphs(roundtrip(seminar, tmp_path, "a.docx"))
    first_heading = next(i for i, (style, _) in enumerate(paragraphs) if style == "Heading 1")
    title_block = paragraphs[:first_heading]
    assert ("Organizer", "Arrangör: Västmanlands kommuner och landsting") in title_block
    assert [s for s, _ in title_block].index("Organizer") < [s for s, _ in title_block].index("Document Type")
    seminar.details.language = "en"
    assert ("Organizer", "Organiser: Västmanlands kommuner och landsting") in body_paragraphs(
        roundtrip(seminar, tmp_path, "en.docx"))
    seminar.details.organizer = " "
    assert "Organizer" not in [s for s, _ in body_paragraphs(roundtrip(seminar, tmp_path, "b.docx"))]


def _outline_level(style) -> int | None:  # noqa: ANN001
    while style is not None:
        ppr = style.element.pPr
        level = ppr.find(qn("w:outlineLvl")) if ppr is not None else None
        if level is not None:
            return int(level.get(qn("w:val")))
        style = style.base_style
    return None


def test_closing_block_is_a_level_one_section(reference_docx: Path) -> None:
    """Navigation panes and screen readers list "Tack för din medverkan…" like a session."""
    document = docx.Document(str(reference_docx))
    closing = next(p for p in document.paragraphs if p.text == "Tack för din medverkan vid seminariet!")
    assert closing.style.name == "Closing Title"
    assert _outline_level(closing.style) == _outline_level(document.styles["Heading 1"]) == 0
    assert closing.style.base_style.name == "Heading 1"  # readers that go by style names see a heading too
    outline = [(p.text, _outline_level(p.style)) for p in document.paragraphs if _outline_level(p.style) is not None]
    assert outline[-1] == ("Tack för din medverkan vid seminariet!", 0)
    assert [level for _, level in outline].count(0) == 3  # two sessions and the closing
