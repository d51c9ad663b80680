"""The Word import tests' own helpers: small Word documents built the way people build them
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

FIXTURES = Path(__file__).resolve().parent / "fixtures"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


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


GROUPS_PER_SESSION = 100


def large_handmade(path: Path, paragraphs: int) -> Path:
    """A hand-made-shaped document of about `paragraphs` paragraphs: bold sessions and
    group names, an italic question, Word list points on two levels, shaded examples,
    typed dashes, and the closing. Built straight in XML (python-docx's add_paragraph
    is quadratic)."""
    bold = '<w:rPr><w:b/><w:sz w:val="{size}"/></w:rPr>'
    lines: list[str] = ['<w:p><w:r><w:rPr><w:b/><w:sz w:val="40"/></w:rPr><w:t>Stort seminarium</w:t></w:r></w:p>',
                        "<w:p><w:r><w:t>Seminarium med Någon, Aros, 2024-05-17</w:t></w:r></w:p>"]
    session = group = 0
    while len(lines) < paragraphs - 23:
        if group % GROUPS_PER_SESSION == 0:
            session += 1
            lines.append(f'<w:p><w:r>{bold.format(size=28)}<w:t>Pass {session}:</w:t></w:r></w:p>')
            lines.append('<w:p><w:r><w:rPr><w:i/></w:rPr><w:t>Vad vill vi fokusera på?</w:t></w:r></w:p>')
        group += 1
        lines.append(f'<w:p><w:r>{bold.format(size=24)}<w:t>Grupp {group}</w:t></w:r></w:p>')
        for i in range(20):
            if i % 10 == 7:
                lines.append('<w:p><w:pPr><w:shd w:val="clear" w:color="auto" w:fill="DEEAF6"/></w:pPr><w:r>'
                             f'<w:rPr><w:i/></w:rPr><w:t>Ett gott exempel {group}.{i}</w:t></w:r></w:p>')
            else:
                level = 1 if i % 4 == 3 else 0
                text = f"Punkt {group}.{i} om samverkan och lärande i verksamheten"
                if i == 5:
                    text += ": - en sak - en annan sak"
                lines.append(f'<w:p><w:pPr><w:pStyle w:val="ListParagraph"/><w:numPr><w:ilvl w:val="{level}"/>'
                             f'<w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>{text}</w:t></w:r></w:p>')
    lines += ["<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>Tack för din medverkan vid seminariet!</w:t></w:r></w:p>",
              "<w:p><w:r><w:t>Sammanställningen gjord av Någon</w:t></w:r></w:p>"]
    template = docx.Document()
    template.save(str(path))
    return replace_member(path, path.with_suffix(".tmp"), "word/document.xml", body_xml(lines)).replace(path)
