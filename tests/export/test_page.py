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
from tests.export.documents import EXPORT_TIME, roundtrip
from tests.helpers import tiny_png


def _footer(document) -> tuple[str, list[str]]:  # noqa: ANN001
    """The footer's text as python-docx reads it (fields show their cached result) and its
    field instructions."""
    footer = document.sections[0].footer
    instructions = ["".join(i.text for i in footer._element.iter(qn("w:instrText")))]
    instructions = [part for part in instructions[0].split() if part]
    instructions += [f.get(qn("w:instr")).strip() for f in footer._element.iter(qn("w:fldSimple"))]
    return footer.paragraphs[0].text, instructions


def test_footer_is_sida_page_numpages_centred(reference_docx: Path) -> None:
    document = docx.Document(str(reference_docx))
    text, instructions = _footer(document)
    assert instructions == ["PAGE", "NUMPAGES"]
    assert text == "Sida 1 (4)"  # LibreOffice lays the reference out on 4 pages (test_readers)
    p = document.sections[0].footer.paragraphs[0]
    assert p.style.name == "Footer"
    assert p.style.paragraph_format.alignment == WD_ALIGN_PARAGRAPH.CENTER


def test_footer_fields_cache_a_sensible_result_and_never_ask_to_update(reference_docx: Path) -> None:
    """Readers that do not lay out the document used to see "Sida  ()"; Word recomputes
    page fields itself, and dirty fields or updateFields would make it ask on every open."""
    document = docx.Document(str(reference_docx))
    footer = document.sections[0].footer._element
    assert not list(footer.iter(qn("w:fldSimple")))
    assert [c.get(qn("w:fldCharType")) for c in footer.iter(qn("w:fldChar"))] == ["begin", "separate", "end"] * 2
    assert not [c for c in footer.iter(qn("w:fldChar")) if c.get(qn("w:dirty")) is not None]
    assert document.settings.element.find(qn("w:updateFields")) is None


def test_footer_without_page_word_and_in_english(seminar: SeminarDoc, tmp_path: Path) -> None:
    seminar.export.page_word = False
    assert _footer(roundtrip(seminar, tmp_path, "a.docx"))[0] == "1 (4)"
    seminar.export.page_word = True
    seminar.details.language = "en"
    assert _footer(roundtrip(seminar, tmp_path, "b.docx"))[0] == "Page 1 (4)"


def test_cached_page_count_grows_with_the_seminar(seminar: SeminarDoc, tmp_path: Path) -> None:
    group = seminar.sessions[0].groups[0]
    group.points = group.points * 40
    assert _footer(roundtrip(seminar, tmp_path))[0] not in ("Sida 1 (4)", "Sida 1 (1)")
    assert int(_footer(roundtrip(seminar, tmp_path))[0].split("(")[1].rstrip(")")) > 8


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
    assert style.font.italic is None and style.base_style.font.italic is True  # italic through Quote
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


def _settings(document) -> dict[str, dict[str, str]]:  # noqa: ANN001
    """settings.xml as {element name: attributes without namespaces}."""
    return {child.tag.split("}")[1]: {k.split("}")[1]: v for k, v in child.attrib.items()}
            for child in document.settings.element}


def test_word_2013_mode(reference_docx: Path) -> None:
    """Mode 14 opened the file in Compatibility Mode in Word 2013 and later."""
    settings = docx.Document(str(reference_docx)).settings.element
    modes = [s.get(qn("w:val")) for s in settings.iter(qn("w:compatSetting"))
             if s.get(qn("w:name")) == "compatibilityMode"]
    assert modes == ["15"]


def test_settings_describe_this_document_in_its_language(seminar: SeminarDoc, tmp_path: Path) -> None:
    swedish = _settings(roundtrip(seminar, tmp_path, "sv.docx"))
    assert swedish["themeFontLang"] == {"val": "sv-SE"}
    assert swedish["decimalSymbol"] == {"val": ","} and swedish["listSeparator"] == {"val": ";"}
    for leftover in ("proofState", "rsids", "savePreviewPicture", "attachedTemplate", "updateFields"):
        assert leftover not in swedish, f"{leftover} is left in settings.xml"
    seminar.details.language = "en"
    english = _settings(roundtrip(seminar, tmp_path, "en.docx"))
    assert english["themeFontLang"] == {"val": "en-GB"}
    assert english["decimalSymbol"] == {"val": "."} and english["listSeparator"] == {"val": ","}


def test_document_id_is_unique_per_export(seminar: SeminarDoc, tmp_path: Path) -> None:
    ids = {_settings(roundtrip(seminar, tmp_path, f"{n}.docx"))["docId"]["val"] for n in range(3)}
    assert len(ids) == 3 and all(len(i) == 8 and int(i, 16) < 0x80000000 for i in ids)


def test_only_hand_applied_styles_are_in_the_gallery(reference_docx: Path) -> None:
    """Header, footer, Hyperlink, the deeper list levels and the one-off blocks crowded
    Word's style gallery; Word's latent built-in styles stay out of it too."""
    styles = docx.Document(str(reference_docx)).styles
    gallery = {s.name for s in styles if s.quick_style}
    assert gallery == {"Normal", "Title", "Subtitle", "Heading 1", "Heading 2", "Question", "Highlight"}
    assert not styles.element.xpath(".//w:latentStyles/w:lsdException[@w:qFormat='1' or @w:qFormat='true']")


def test_font_table_names_only_the_font_used(reference_docx: Path) -> None:
    import zipfile

    fonts = zipfile.ZipFile(reference_docx).read("word/fontTable.xml").decode("utf-8")
    assert 'w:name="Arial"' in fonts and "Cambria" not in fonts and "ＭＳ" not in fonts
