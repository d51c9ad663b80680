"""Everything around the body: page size, header, footer, properties, package parts.

These are set once per document, so python-docx's own API is used wherever it has
one; lxml only fills in what it lacks (fields, alt text).
"""

from __future__ import annotations

import datetime as dt
import io
import logging

from docx.document import Document
from docx.image.exceptions import UnrecognizedImageError
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml.ns import qn
from docx.shared import Mm
from docx.text.paragraph import Paragraph

from seminarnotes.core.document import SeminarDoc
from seminarnotes.export import wml
from seminarnotes.export.labels import Labels

log = logging.getLogger(__name__)

LOGO_HEIGHT = Mm(15)
_FONT_TABLE = (  # the one font the styles name, instead of the template's Cambria and MS Mincho
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    b'<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    b'<w:font w:name="Arial"><w:panose1 w:val="020B0604020202020204"/><w:charset w:val="00"/>'
    b'<w:family w:val="swiss"/><w:pitch w:val="variable"/></w:font></w:fonts>')
_UNWANTED_RELS = (RT.THUMBNAIL,)  # python-docx's template preview would show the wrong page
_UNWANTED_PART_RELS = (RT.CUSTOM_XML, "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects")
# The template's app.xml names "Microsoft Macintosh Word" and a one-page, zero-word count;
# Word recounts on open, so say only who made the file.
_APP_XML = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns='
            b'"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
            b"<Application>Seminarnotes</Application></Properties>")


def set_up_page(document: Document) -> None:
    """A4 portrait, 25 mm margins; header 10 mm and footer 12.5 mm from the edge."""
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin = section.right_margin = Mm(25)
    section.top_margin = section.bottom_margin = Mm(25)
    section.header_distance, section.footer_distance = Mm(10), Mm(12.5)


def add_footer(document: Document, labels: Labels, page_word: bool, pages: int) -> None:
    """Centred "Sida N (M)" from PAGE and NUMPAGES fields, so it stays right after edits;
    `pages` (an estimate) is what readers that do not lay out the document see for M."""
    footer = document.sections[0].footer
    footer.is_linked_to_previous = False
    container = footer._element
    for old in list(container):
        container.remove(old)
    lead = wml.runs_xml(f"{labels.page} ") if page_word else ""
    wml.append(container, wml.paragraph_xml("Footer", lead + wml.field_xml("PAGE", "1") + wml.runs_xml(" (")
                                            + wml.field_xml("NUMPAGES", str(pages)) + wml.runs_xml(")")))


def add_header(document: Document, organizer: str, logo: bytes | None, alt_text: str) -> None:
    """Logo left (with alt text, the organiser's name where there is one), organiser
    name right; no header when both are missing."""
    organizer = wml.clean(organizer).strip()
    if not organizer and not logo:
        return
    header = document.sections[0].header
    header.is_linked_to_previous = False
    for old in list(header._element):
        header._element.remove(old)
    paragraph = Paragraph(wml.paragraph(header._element, "Header"), header)
    if logo:
        try:
            paragraph.add_run().add_picture(io.BytesIO(logo), height=LOGO_HEIGHT)
        except (UnrecognizedImageError, ValueError, OSError) as err:
            log.warning("logo left out of the export: %s", err)  # a bad image must not stop the export
        for doc_pr in paragraph._p.iter(qn("wp:docPr")):
            doc_pr.set("descr", alt_text)
            doc_pr.set("name", alt_text)
    if organizer:
        wml.text_run(paragraph._p, f"\t{organizer}")


def set_properties(document: Document, doc: SeminarDoc, labels: Labels, document_type: str,
                   when: dt.datetime) -> None:
    """Title, subject, author, keywords, language and times that file browsers and checkers read."""
    props = document.core_properties
    d = doc.details
    props.title = wml.clean(d.title).strip()
    props.subject = document_type
    props.author = props.last_modified_by = wml.clean(d.compiled_by).strip()
    props.keywords = wml.clean(d.organizer).strip()
    props.comments = ""
    props.language = labels.lang_tag
    props.revision = 1
    props.created = props.modified = when


def drop_template_leftovers(document: Document) -> None:
    """Remove template parts the export does not use (preview image, bibliography, old styles)."""
    package_rels = document.part.package.rels
    for r_id, rel in list(package_rels.items()):
        if rel.reltype in _UNWANTED_RELS:
            del package_rels[r_id]
        elif rel.reltype == RT.EXTENDED_PROPERTIES:
            rel.target_part._blob = _APP_XML
    for r_id, rel in list(document.part.rels.items()):
        if rel.reltype in _UNWANTED_PART_RELS:
            del document.part.rels[r_id]
        elif rel.reltype == RT.FONT_TABLE:
            rel.target_part._blob = _FONT_TABLE
