"""Helpers for the Word import tests: small Word documents built the way people build them
(python-docx's blank document and direct formatting), and a reader's outline as text."""

from __future__ import annotations

import zipfile
from pathlib import Path

import docx
from docx.document import Document
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Pt

from seminarnotes.wordimport import WordReading
from tests.export.conftest import tiny_png

FIXTURES = Path(__file__).resolve().parent / "fixtures"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

__all__ = ["FIXTURES", "HandMade", "body_xml", "outline", "replace_member", "tiny_png"]


class HandMade:
    """A Word document typed by hand: direct formatting, lists, typed dashes."""

    def __init__(self) -> None:
        self.document: Document = docx.Document()

    def line(self, text: str, *, bold: bool = False, italic: bool = False, size: float | None = None,
             style: str | None = None, shaded: bool = False, indent: int | None = None) -> HandMade:
        paragraph = self.document.add_paragraph(style=style)
        for i, part in enumerate(text.split("\n")):
            run = paragraph.add_run(part)
            if i:
                run._r.insert(0, run._r.makeelement(f"{W}br", {}))  # noqa: SLF001 - a line break before the text
            run.bold, run.italic = bold or None, italic or None
            if size:
                run.font.size = Pt(size)
        ppr = paragraph._p.get_or_add_pPr()  # noqa: SLF001
        if shaded:
            ppr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="DEEAF6"/>'))
        if indent is not None:
            ppr.append(parse_xml(f'<w:ind {nsdecls("w")} w:left="{indent}"/>'))
        return self

    def empty(self) -> HandMade:
        self.document.add_paragraph()
        return self

    def save(self, path: Path) -> Path:
        self.document.save(str(path))
        return path


def outline(reading: WordReading) -> list[str]:
    """The recognised outline as 'role: text' lines indented by depth, as a person reads it."""
    return [f"{'  ' * row.depth}{row.kind}: {row.text}" for row in reading.assemble().rows]


def replace_member(source: Path, target: Path, name: str, data: bytes) -> Path:
    """A copy of a .docx with one part replaced."""
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(info.filename, data if info.filename == name else src.read(info.filename))
    return target


def body_xml(paragraphs: list[str]) -> bytes:
    """A whole document.xml with the given w:p elements."""
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {nsdecls("w")}><w:body>'
            + "".join(paragraphs) + "</w:body></w:document>").encode("utf-8")
