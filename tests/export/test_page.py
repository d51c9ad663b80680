"""Page, header, footer, styles and document properties (DOCX-LAYOUT.md, "Page" and "Document properties")."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from seminarnotes.core.document import SeminarDoc
from seminarnotes.export.styles import BULLETS
from tests.export.conftest import EXPORT_TIME, roundtrip, tiny_png


def _footer_xml(document) -> tuple[str, list[str]]:
    footer = document.sections[0].footer._element
    text = "".join(t.text for t in footer.iter(qn("w:t")) if t.getparent().getparent().tag != qn("w:fldSimple"))
    instructions = [f.get(qn("w:instr")).strip() for f in footer.iter(qn("w:fldSimple"))]
    instructions += ["".join(i.text for i in footer.iter(qn("w:instrText"))).strip()] if list(
        footer.iter(qn("w:instrText"))) else []
    return text, instructions


def test_footer_is_sida_page_numpages_centred(reference_docx: Path) -> None:
    document = docx.Document(str(reference_docx))
    text, instructions = _footer_xml(document)
    assert instructions == ["PAGE", "NUMPAGES"]
    assert text == "Sida  ()"
    p = document.sections[0].footer.paragraphs[0]
    assert p.style.name == "Footer"
    assert p.style.paragraph_format.alignment == WD_ALIGN_PARAGRAPH.CENTER


def test_footer_without_page_word_and_in_english(seminar: SeminarDoc, tmp_path: Path) -> None:
    seminar.export.page_word = False
    assert _footer_xml(roundtrip(seminar, tmp_path, "a.docx"))[0] == " ()"
    seminar.export.page_word = True
    seminar.details.language = "en"
    assert _footer_xml(roundtrip(seminar, tmp_path, "b.docx"))[0] == "Page  ()"


def test_header_organiser_without_logo(reference_docx: Path) -> None:
    header = docx.Document(str(reference_docx)).sections[0].header
    assert not header.is_linked_to_previous
    assert [p.text for p in header.paragraphs] == ["\tVästmanlands kommuner och landsting"]
    style = header.paragraphs[0].style
    assert style.name == "Header" and style.font.size <= Pt(9.5)
    assert style.font.color.rgb is not None and str(style.font.color.rgb) not in ("000000", "1A1A1A")


def test_header_logo_with_alt_text(seminar: SeminarDoc, tmp_path: Path) -> None:
    seminar.export.logo = tiny_png()
    seminar.export.logo_filename = "logo.png"
    document = roundtrip(seminar, tmp_path)
    header = document.sections[0].header._element
    doc_prs = list(header.iter(qn("wp:docPr")))
    assert len(doc_prs) == 1
    assert doc_prs[0].get("descr") == "Västmanlands kommuner och landsting"
    extent = next(header.iter(qn("wp:extent")))
    assert abs(int(extent.get("cy")) - Mm(15)) < Mm(0.5)
    assert document.sections[0].header.part.related_parts  # the image is in the package


def test_logo_alt_text_falls_back_to_the_title_without_an_organiser(seminar: SeminarDoc, tmp_path: Path) -> None:
    seminar.export.logo = tiny_png()
    seminar.details.organizer = ""
    header = roundtrip(seminar, tmp_path).sections[0].header._element
    assert [d.get("descr") for d in header.iter(qn("wp:docPr"))] == [seminar.details.title]


def test_no_header_without_organiser_or_logo(seminar: SeminarDoc, tmp_path: Path) -> None:
    seminar.details.organizer = ""
    assert roundtrip(seminar, tmp_path).sections[0].header.is_linked_to_previous


def test_broken_logo_does_not_stop_export(seminar: SeminarDoc, tmp_path: Path) -> None:
    seminar.export.logo = b"not an image"
    document = roundtrip(seminar, tmp_path)
    assert document.sections[0].header.paragraphs[0].text.endswith("landsting")


def test_a4_25mm_one_section(reference_docx: Path) -> None:
    document = docx.Document(str(reference_docx))
    assert len(document.sections) == 1
    s = document.sections[0]
    assert (round(s.page_width.mm), round(s.page_height.mm)) == (210, 297)
    for margin in (s.left_margin, s.right_margin, s.top_margin, s.bottom_margin):
        assert round(margin.mm) == 25
    assert document.element.body[-1].tag == qn("w:sectPr")


def test_core_properties(reference_docx: Path, reference_seminar: SeminarDoc) -> None:
    props = docx.Document(str(reference_docx)).core_properties
    d = reference_seminar.details
    assert props.title == d.title
    assert props.subject == d.document_type
    assert props.author == d.compiled_by
    assert props.keywords == d.organizer
    assert props.created == EXPORT_TIME and props.modified == EXPORT_TIME
    assert "python-docx" not in (props.comments or "")


def test_export_time_defaults_to_now(seminar: SeminarDoc, tmp_path: Path) -> None:
    from seminarnotes.export import export_docx

    before = dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
    export_docx(seminar, tmp_path / "now.docx")
    created = docx.Document(str(tmp_path / "now.docx")).core_properties.created
    assert before <= created <= before + dt.timedelta(minutes=1)


def test_local_export_time_is_stored_as_utc(seminar: SeminarDoc, tmp_path: Path) -> None:
    from seminarnotes.export import export_docx

    stockholm_summer = dt.timezone(dt.timedelta(hours=2))
    export_docx(seminar, tmp_path / "t.docx", now=dt.datetime(2024, 5, 17, 11, 30, tzinfo=stockholm_summer))
    assert docx.Document(str(tmp_path / "t.docx")).core_properties.created == EXPORT_TIME


def test_no_template_thumbnail(reference_docx: Path) -> None:
    import zipfile

    names = zipfile.ZipFile(reference_docx).namelist()
    assert not any("thumbnail" in n for n in names)


def test_application_is_seminarnotes_not_the_templates_word(reference_docx: Path) -> None:
    import zipfile

    app = zipfile.ZipFile(reference_docx).read("docProps/app.xml").decode("utf-8")
    assert "<Application>Seminarnotes</Application>" in app
    assert "Microsoft" not in app and "<Pages>" not in app


def _lang(element) -> str:
    return element.find(f".//{qn('w:lang')}").get(qn("w:val"))


def test_language_on_default_and_styles(reference_docx: Path, seminar: SeminarDoc, tmp_path: Path) -> None:
    styles = docx.Document(str(reference_docx)).styles.element
    assert _lang(styles.find(qn("w:docDefaults"))) == "sv-SE"
    assert _lang(styles.xpath("w:style[@w:styleId='Normal']")[0]) == "sv-SE"
    seminar.details.language = "en"
    styles = roundtrip(seminar, tmp_path).styles.element
    assert _lang(styles.find(qn("w:docDefaults"))) == "en-GB"
    langs = {lang.get(qn("w:val")) for lang in styles.iter(qn("w:lang"))}
    assert langs == {"en-GB"}


def test_body_is_11pt_sans_left_aligned(reference_docx: Path) -> None:
    document = docx.Document(str(reference_docx))
    normal = document.styles["Normal"]
    assert normal.font.size == Pt(11)
    assert normal.font.name in ("Arial", "Calibri", "Helvetica", "Liberation Sans")
    assert normal.paragraph_format.alignment == WD_ALIGN_PARAGRAPH.LEFT
    assert not document.element.xpath(".//w:jc[@w:val='both']")
    assert not document.styles.element.xpath(".//w:jc[@w:val='both' or @w:val='distribute']")


def test_highlight_style_shaded_left_border_italic(reference_docx: Path) -> None:
    style = docx.Document(str(reference_docx)).styles["Highlight"]
    ppr = style.element.pPr
    shd = ppr.find(qn("w:shd"))
    assert shd is not None and shd.get(qn("w:fill")) not in (None, "auto", "FFFFFF")
    left = ppr.find(qn("w:pBdr")).find(qn("w:left"))
    assert left.get(qn("w:val")) == "single" and left.get(qn("w:color")) not in (None, "auto")
    assert style.font.italic is True
    assert style.paragraph_format.left_indent > 0


def test_headings_and_special_styles(reference_docx: Path) -> None:
    styles = docx.Document(str(reference_docx)).styles
    assert styles["Question"].font.italic is True
    assert styles["Closing Title"].font.bold is True
    doc_type = styles["Document Type"]
    assert doc_type.font.bold is True and doc_type.font.size > Pt(11)
    assert styles["Heading 1"].element.pPr.find(qn("w:outlineLvl")).get(qn("w:val")) == "0"
    assert styles["Heading 2"].element.pPr.find(qn("w:outlineLvl")).get(qn("w:val")) == "1"
    for name in ("Title", "Heading 1", "Heading 2"):
        assert styles[name].font.size > Pt(11)
    assert not styles.element.xpath(".//w:rFonts[@w:asciiTheme]"), "theme fonts would override Arial"


def test_one_multilevel_bullet_definition(reference_docx: Path) -> None:
    document = docx.Document(str(reference_docx))
    numbering = document.part.numbering_part.element
    (abstract,) = numbering.findall(qn("w:abstractNum"))
    assert abstract.find(qn("w:multiLevelType")).get(qn("w:val")) == "multilevel"
    levels = abstract.findall(qn("w:lvl"))
    indents = []
    for level, lvl in enumerate(levels):
        assert lvl.get(qn("w:ilvl")) == str(level)
        assert lvl.find(qn("w:numFmt")).get(qn("w:val")) == "bullet"
        assert lvl.find(qn("w:lvlText")).get(qn("w:val")) == BULLETS[level]
        ind = lvl.find(qn("w:pPr")).find(qn("w:ind"))
        indents.append(int(ind.get(qn("w:left"))))
        assert int(ind.get(qn("w:hanging"))) > 0
    assert len(levels) == 3 and indents == sorted(set(indents))
    abstract_id = abstract.get(qn("w:abstractNumId"))
    for level, name in enumerate(("List Bullet", "List Bullet 2", "List Bullet 3")):
        num_pr = document.styles[name].element.pPr.find(qn("w:numPr"))
        num_id = num_pr.find(qn("w:numId")).get(qn("w:val"))
        assert num_pr.find(qn("w:ilvl")).get(qn("w:val")) == str(level)
        num = numbering.xpath(f"w:num[@w:numId='{num_id}']")[0]
        assert num.find(qn("w:abstractNumId")).get(qn("w:val")) == abstract_id
