"""The Word reader's entry point: a .docx file in, its recognised items and the facts
around them out; `assemble()` turns them into a seminar and its uncertain lines."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from docx.opc.constants import RELATIONSHIP_TYPE as RT

from seminarnotes.core.document import SeminarDoc
from seminarnotes.wordimport import patterns as pt
from seminarnotes.wordimport.assemble import Assembly, DocumentFacts, Uncertainty, assemble
from seminarnotes.wordimport.container import open_word
from seminarnotes.wordimport.items import CLOSING_ROLES, Item
from seminarnotes.wordimport.paragraphs import (
    Numbering,
    Paragraph,
    ParagraphReader,
    StyleSheet,
    body_of,
    header_text,
    related_element,
)
from seminarnotes.wordimport.recognise import is_own_export, recognise


@dataclass
class WordReading:
    """A read Word document: the items the preview lets the user correct, and the facts."""

    path: Path
    items: list[Item]
    facts: DocumentFacts
    paragraph_count: int

    def assemble(self, items: list[Item] | None = None) -> Assembly:
        """The seminar as the items (the recognised ones, or the user's) describe it."""
        return assemble(self.items if items is None else items, self.facts)

    @property
    def doc(self) -> SeminarDoc:
        return self.assemble().doc

    @property
    def uncertainties(self) -> list[Uncertainty]:
        return self.assemble().uncertainties


def read_word(path: str | os.PathLike[str], *, library: Path | None = None) -> WordReading:
    """Read a Word document; raise WordImportError with one sentence when it cannot be
    (LibraryError when it is `library` or one of its own files, which is never opened)."""
    path = Path(path)
    package = open_word(path, library=library)
    main = package.main_document_part
    styles = StyleSheet(related_element(main, RT.STYLES))
    numbering = Numbering(related_element(main, RT.NUMBERING))
    body = body_of(main)
    paragraphs = ParagraphReader(styles, numbering).read(body)
    core = package.core_properties
    own = is_own_export(styles.names())
    recognition = recognise(paragraphs, own, core.title or "")
    header, logo, logo_name = header_text(main, body, "header")
    footer = header_text(main, body, "footer")[0]
    facts = DocumentFacts(
        file_title=path.stem,
        core_title=(core.title or "").strip(),
        organizer=(header.strip() if not header.strip().isdigit() else "")
        or _organizer_line(paragraphs) or (core.keywords or "").strip(),
        language=_language(recognition.items, styles.lang or (core.language or ""), own),
        own_export=own,
        page_word=_page_word(footer),
        session_page_break=_session_page_break(paragraphs, recognition.items),
        logo=logo,
        logo_filename=logo_name,
        notes=recognition.notes,
    )
    return WordReading(path, recognition.items, facts, len(paragraphs))


def _language(items: list[Item], lang_tag: str, own: bool) -> str:
    """The document language: for a hand-made document the words of its closing decide
    (Swedish text is often written in a Word set to English), else the language tag."""
    if not own:
        votes = [language for item in items if item.role in CLOSING_ROLES
                 and (language := pt.language_of_label(item.text))]
        if votes:
            return max(set(votes), key=votes.count)
    return "en" if lang_tag.lower().startswith("en") else "sv"


def _page_word(footer: str) -> bool | None:
    text = footer.strip()
    if not text:
        return None
    return text.lower().startswith(("sida", "page"))


def _session_page_break(paragraphs: list[Paragraph], items: list[Item]) -> bool | None:
    """Whether every session after the first starts on a new page; None with fewer than two."""
    starts = {p.line: p.page_break_before for p in paragraphs}
    sessions = [item.line for item in items if item.role == "session"]
    if len(sessions) < 2:
        return None
    return all(starts.get(line, False) for line in sessions[1:])


def _organizer_line(paragraphs: list) -> str:
    """The organiser from our export's title block ("Arrangör: …"), for a page header
    someone removed."""
    for p in paragraphs:
        if p.style == "organizer" and ":" in p.text:
            return p.text.split(":", 1)[1].strip()
    return ""
