"""Build WordprocessingML paragraphs straight with lxml.

python-docx's `add_paragraph` finds the body's end by walking the body every time,
which makes a long document quadratic; appending ready-made elements is linear.
Every text goes through `clean` so that user text never makes the export fail.
"""

from __future__ import annotations

import re

from lxml import etree
from docx.oxml.ns import qn

_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_NEWLINES = re.compile("\r\n?")
_PIECES = re.compile("([\t\n])")

W_P, W_PPR, W_PSTYLE, W_R, W_T, W_BR, W_TAB = (
    qn("w:p"), qn("w:pPr"), qn("w:pStyle"), qn("w:r"), qn("w:t"), qn("w:br"), qn("w:tab"))
W_VAL, W_RPR, W_RSTYLE = qn("w:val"), qn("w:rPr"), qn("w:rStyle")
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"


def clean(text: str) -> str:
    """`text` with line endings as \\n and without the characters XML 1.0 cannot hold."""
    return _ILLEGAL.sub("", _NEWLINES.sub("\n", text))


def paragraph(parent: etree._Element, style_id: str) -> etree._Element:
    """An empty w:p in `style_id`, appended to `parent`; pPr children follow as needed."""
    p = etree.SubElement(parent, W_P)
    etree.SubElement(etree.SubElement(p, W_PPR), W_PSTYLE).set(W_VAL, style_id)
    return p


def page_break_before(p: etree._Element) -> None:
    """Start `p` on a new page through its own property (no break paragraph)."""
    etree.SubElement(p[0], qn("w:pageBreakBefore"))


def numbering(p: etree._Element, num_id: int, level: int) -> None:
    """Bind `p` to list `num_id` at `level`."""
    num_pr = etree.SubElement(p[0], qn("w:numPr"))
    etree.SubElement(num_pr, qn("w:ilvl")).set(W_VAL, str(level))
    etree.SubElement(num_pr, qn("w:numId")).set(W_VAL, str(num_id))


def indent(p: etree._Element, left: int) -> None:
    """Give `p` a left indent in twips (after any other pPr children we write)."""
    etree.SubElement(p[0], qn("w:ind")).set(qn("w:left"), str(left))


def text_run(parent: etree._Element, text: str, char_style: str | None = None) -> etree._Element:
    """One w:r holding `text` (already clean), \\n as w:br and \\t as w:tab."""
    r = etree.SubElement(parent, W_R)
    if char_style:
        etree.SubElement(etree.SubElement(r, W_RPR), W_RSTYLE).set(W_VAL, char_style)
    for piece in _PIECES.split(text) if ("\n" in text or "\t" in text) else (text,):
        if piece == "\n":
            etree.SubElement(r, W_BR)
        elif piece == "\t":
            etree.SubElement(r, W_TAB)
        elif piece:
            t = etree.SubElement(r, W_T)
            t.text = piece
            if piece[0].isspace() or piece[-1].isspace():
                t.set(XML_SPACE, "preserve")
    return r


def hyperlink(p: etree._Element, r_id: str, text: str) -> None:
    """A link to relationship `r_id` showing `text` in the Hyperlink style."""
    link = etree.SubElement(p, qn("w:hyperlink"))
    link.set(qn("r:id"), r_id)
    link.set(qn("w:history"), "1")
    text_run(link, text, "Hyperlink")


def simple_field(p: etree._Element, instruction: str, shown: str) -> None:
    """A Word field (PAGE, NUMPAGES) with `shown` as its last computed result."""
    field = etree.SubElement(p, qn("w:fldSimple"))
    field.set(qn("w:instr"), f" {instruction} ")
    text_run(field, shown)
