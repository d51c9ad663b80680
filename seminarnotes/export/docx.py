"""Export a seminar as a Word document laid out like the RESK documentation.

Entry points: `build_document` (a python-docx Document, for tests and previews)
and `export_docx` (writes the file atomically, so a failed export never harms an
earlier file).
"""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import docx
from docx.document import Document
from docx.opc.constants import RELATIONSHIP_TYPE as RT

from seminarnotes.core.atomic import write_with
from seminarnotes.core.document import SeminarDoc
from seminarnotes.export import content, page, settings, styles, wml
from seminarnotes.export.labels import labels_for


def build_document(doc: SeminarDoc, *, now: dt.datetime | None = None) -> Document:
    """The whole Word document for `doc`; `now` is the export time for its properties."""
    labels = labels_for(doc.details.language)
    document = docx.Document()
    page.drop_template_leftovers(document)
    settings.write_settings(document, labels)
    styles.install_styles(document, labels.lang_tag)
    groups = content.exported_groups(doc)
    num_ids = styles.install_numbering(document, sum(len(session) for session in groups))
    page.set_up_page(document)

    body = document.element.body
    section = body.sectPr
    for child in list(body):
        body.remove(child)  # the template's paragraphs, if any, and sectPr for now

    def link(url: str) -> str:
        return document.part.relate_to(url, RT.HYPERLINK, is_external=True)

    page_count = content.build_body(body, doc, labels, groups, num_ids, link)
    body.append(section)  # sectPr must be the body's last child

    alt_text = next((t for t in (wml.clean(doc.details.organizer).strip(), wml.clean(doc.details.title).strip(),
                                 doc.export.logo_filename) if t), "Logo")
    page.add_header(document, doc.details.organizer, doc.export.logo, alt_text)
    page.add_footer(document, labels, doc.export.page_word, page_count)
    document_type = wml.clean(doc.details.document_type).strip() or labels.document_type
    page.set_properties(document, doc, labels, document_type, _utc(now))
    return document


def export_docx(doc: SeminarDoc, target: Path, *, now: dt.datetime | None = None, library: Path | None = None,
                sources: tuple[Path, ...] = ()) -> Path:
    """Write `doc` to `target` as .docx; raises WriteError with one sentence on failure, or when
    `target` is `library`, one of its files or one of `sources` (see atomic.check_target)."""
    from seminarnotes.core.atomic import check_target

    check_target(Path(target), library=library, sources=sources)  # before the work of building it
    document = build_document(doc, now=now)
    return write_with(Path(target), lambda tmp: _save(document, tmp), library=library, sources=sources)


def _save(document: Document, tmp: Path) -> None:
    """The zip is made in memory and written in one go: a full disk then ends in one OSError,
    not also in the zip module's complaint about a file it could not close."""
    buffer = io.BytesIO()
    document.save(buffer)
    tmp.write_bytes(buffer.getvalue())


def _utc(now: dt.datetime | None) -> dt.datetime:
    """Naive UTC, which is what python-docx writes into W3CDTF timestamps."""
    now = now or dt.datetime.now(dt.UTC)
    return now.astimezone(dt.UTC).replace(tzinfo=None, microsecond=0)
