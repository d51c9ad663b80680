"""Spell WordprocessingML paragraphs and runs as XML text, parsed in one go.

python-docx's `add_paragraph` finds the body's end by walking the body every time,
which makes a long document quadratic; and creating elements one by one in its
tree costs microseconds each. Writing a group's paragraphs as text and parsing
them once is linear and several times faster.
Every text goes through `clean` (content.py) so that user text never makes the
export fail, and through `_escape` here.
"""

from __future__ import annotations

import re

from docx.oxml.ns import nsmap, qn
from lxml import etree

from seminarnotes.export import scripts

_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_NEWLINES = re.compile("\r\n?")
_UNCLEAN = re.compile("[\r\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
NO_BREAK_HYPHEN = "\u2011"  # written as w:noBreakHyphen, which every Word reader knows
_SPECIAL = re.compile(f"[\t\n{NO_BREAK_HYPHEN}]")
_PIECES = re.compile(f"([\t\n{NO_BREAK_HYPHEN}])")
_SPECIAL_XML = {"\n": "<w:br/>", "\t": "<w:tab/>", NO_BREAK_HYPHEN: "<w:noBreakHyphen/>"}
_FRAGMENT = f'<w:fragment xmlns:w="{nsmap["w"]}" xmlns:r="{nsmap["r"]}">{{}}</w:fragment>'

W_P, W_PPR, W_PSTYLE, W_VAL = qn("w:p"), qn("w:pPr"), qn("w:pStyle"), qn("w:val")


def clean(text: str) -> str:
    """`text` with line endings as \\n and without the characters XML 1.0 cannot hold."""
    if not _UNCLEAN.search(text):  # nearly every text: one search instead of two substitutions
        return text
    return _ILLEGAL.sub("", _NEWLINES.sub("\n", text))


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def append(parent: etree._Element, xml: str) -> None:
    """Parse `xml` (elements in the w: and r: namespaces) and append them to `parent`."""
    parent.extend(etree.fromstring(_FRAGMENT.format(xml)))


def paragraph(parent: etree._Element, style_id: str) -> etree._Element:
    """An empty w:p in `style_id`, appended to `parent` (for python-docx to fill, as the header's logo)."""
    p = etree.SubElement(parent, W_P)
    etree.SubElement(etree.SubElement(p, W_PPR), W_PSTYLE).set(W_VAL, style_id)
    return p


def paragraph_xml(style_id: str, content: str, properties: str = "") -> str:
    """A w:p in `style_id`; `properties` are further pPr children, in schema order."""
    return f'<w:p><w:pPr><w:pStyle w:val="{style_id}"/>{properties}</w:pPr>{content}</w:p>'


PAGE_BREAK_BEFORE = "<w:pageBreakBefore/>"  # a new page through the paragraph's own property


def numbering_xml(num_id: int, level: int) -> str:
    """Binds a paragraph to list `num_id` at `level`."""
    return f'<w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>'


def indent_xml(left: int, hanging: int = 0, right: int = 0) -> str:
    """Indents in twips."""
    return (f'<w:ind w:left="{left}"' + (f' w:right="{right}"' if right else "")
            + (f' w:hanging="{hanging}"' if hanging else "") + "/>")


def runs_xml(text: str, char_style: str | None = None, italic: bool = False) -> str:
    """`text` (already clean) as w:r elements: one per script piece (see scripts.py), \\n as
    w:br, \\t as w:tab, U+2011 as Word's non-breaking hyphen; `italic` is direct emphasis,
    which readers that ignore styles still see."""
    out = []
    for piece in scripts.pieces(text):
        props = _run_properties(piece, char_style, italic) if char_style or italic or piece.kind else ""
        out.append(f"<w:r>{props}{_run_content(piece.text)}</w:r>")
    return "".join(out)


def text_run(parent: etree._Element, text: str, char_style: str | None = None) -> None:
    """Append `text` to `parent` as runs (see runs_xml)."""
    append(parent, runs_xml(text, char_style))


def _run_properties(piece: scripts.Piece, char_style: str | None, italic: bool) -> str:
    """Children in the order CT_RPr demands: rStyle, rFonts, i, iCs, rtl, lang."""
    parts = [f'<w:rStyle w:val="{char_style}"/>' if char_style else ""]
    if piece.kind == "eastAsia":
        parts.append('<w:rFonts w:hint="eastAsia"/>')
    if italic:
        parts.append("<w:i/><w:iCs/>")
    if piece.kind == "rtl":
        parts.append(f'<w:rtl/><w:lang w:bidi="{piece.lang}"/>')
    elif piece.kind == "eastAsia":
        parts.append(f'<w:lang w:eastAsia="{piece.lang}"/>')
    return f"<w:rPr>{''.join(parts)}</w:rPr>"


def _run_content(text: str) -> str:
    if not _SPECIAL.search(text):
        return _t(text)
    return "".join(_SPECIAL_XML.get(piece) or _t(piece) for piece in _PIECES.split(text))


def _t(text: str) -> str:
    if not text:
        return ""
    space = ' xml:space="preserve"' if text[0].isspace() or text[-1].isspace() else ""
    return f"<w:t{space}>{_escape(text)}</w:t>"


def hyperlink_xml(r_id: str, text: str) -> str:
    """A link to relationship `r_id` showing `text` in the Hyperlink style."""
    return f'<w:hyperlink r:id="{r_id}" w:history="1">{runs_xml(text, "Hyperlink")}</w:hyperlink>'


def field_xml(instruction: str, shown: str) -> str:
    """A Word field (PAGE, NUMPAGES) as begin/instruction/separate/result/end runs, so that
    readers that do not compute fields (python-docx, text extractors) still read `shown`."""
    return ('<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
            f'<w:r><w:instrText xml:space="preserve"> {instruction} </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
            f"<w:r><w:t>{_escape(shown)}</w:t></w:r>"
            '<w:r><w:fldChar w:fldCharType="end"/></w:r>')
