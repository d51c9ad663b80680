"""What each paragraph of a Word document looks like: its text and the formatting the
recogniser reasons about (style, outline and list level, bold, italic, size, shading,
indentation), with styles and numbering resolved the way Word resolves them.

Straight lxml over the parts python-docx has loaded: python-docx's own paragraph
and style proxies look styles up per call, which is too slow for 50,000 paragraphs.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import astuple, dataclass

from docx.opc.part import Part
from lxml import etree

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def w(tag: str) -> str:
    return f"{{{W_NS}}}{tag}"


W_VAL = w("val")
_RUN_CONTAINERS = {w(t) for t in ("hyperlink", "ins", "smartTag", "sdt", "sdtContent", "fldSimple", "customXml",
                                  "moveTo", "dir", "bdo")}
_BLOCK_CONTAINERS = {w(t) for t in ("sdt", "sdtContent", "customXml", "tbl", "tr", "tc")}
_FALSE = {"0", "false", "off", "none"}
DEFAULT_SIZE = 10.0  # points, when no style says (ECMA-376)


@dataclass(slots=True)
class Paragraph:
    """One paragraph of the body, as the recogniser sees it."""

    line: int  # its number in the document, counting from 1, empty paragraphs included
    text: str  # line breaks as \n, tabs as \t
    style: str = ""  # the style's Word name in lower case ("heading 1", "list paragraph"); "" for Normal
    outline_level: int | None = None  # 0 for a Heading 1
    list_level: int | None = None  # the Word list level, when the paragraph is in a real list
    bold: bool = False  # most of the text
    italic: bool = False
    size: float = DEFAULT_SIZE  # points, of most of the text
    shaded: bool = False
    left_rule: bool = False
    indent: int = 0  # left indent in twips, as Word lays it out
    page_break_before: bool = False


@dataclass(frozen=True, slots=True)
class _Props:
    """Formatting that styles pass down; None where a style says nothing."""

    bold: bool | None = None
    italic: bool | None = None
    size: float | None = None
    outline_level: int | None = None
    num_id: str | None = None
    list_level: int | None = None
    indent: int | None = None
    shaded: bool | None = None
    left_rule: bool | None = None
    page_break_before: bool | None = None


def _on(element: etree._Element | None) -> bool | None:
    if element is None:
        return None
    return element.get(W_VAL, "true").lower() not in _FALSE


def _int(value: str | None) -> int | None:
    try:
        return int(float(value)) if value is not None else None
    except ValueError:
        return None


def _run_props(rpr: etree._Element | None) -> _Props:
    if rpr is None:
        return _Props()
    sz = rpr.find(w("sz"))
    size = _int(sz.get(W_VAL)) if sz is not None else None
    shd = rpr.find(w("shd"))
    highlight = rpr.find(w("highlight"))
    shaded = None
    if shd is not None or highlight is not None:
        shaded = _fill(shd) or (highlight is not None and highlight.get(W_VAL, "none") != "none")
    return _Props(bold=_on(rpr.find(w("b"))), italic=_on(rpr.find(w("i"))),
                  size=size / 2 if size else None, shaded=shaded)


def _fill(shd: etree._Element | None) -> bool:
    """Whether a w:shd paints a colour a reader would call shading."""
    if shd is None or shd.get(W_VAL) == "nil":
        return False
    fill = (shd.get(w("fill")) or "auto").lower()
    pattern = shd.get(W_VAL, "clear")
    return fill not in ("auto", "ffffff") or pattern not in ("clear", "nil")


def _para_props(ppr: etree._Element | None) -> _Props:
    if ppr is None:
        return _Props()
    outline = ppr.find(w("outlineLvl"))
    level = _int(outline.get(W_VAL)) if outline is not None else None
    num_pr = ppr.find(w("numPr"))
    num_id = list_level = None
    if num_pr is not None:
        num_el, ilvl_el = num_pr.find(w("numId")), num_pr.find(w("ilvl"))
        num_id = num_el.get(W_VAL) if num_el is not None else None
        list_level = _int(ilvl_el.get(W_VAL)) if ilvl_el is not None else None
    ind = ppr.find(w("ind"))
    indent = None
    if ind is not None:
        indent = _int(ind.get(w("left"), ind.get(w("start"))))
    border = ppr.find(f"{w('pBdr')}/{w('left')}")
    if border is None:
        border = ppr.find(f"{w('pBdr')}/{w('start')}")
    shd = ppr.find(w("shd"))
    if level is not None and not 0 <= level < 9:
        level = -1  # "body text": says explicitly that an inherited heading level does not apply
    return _Props(outline_level=level,
                  num_id=num_id, list_level=list_level, indent=indent,
                  shaded=_fill(shd) if shd is not None else None,
                  left_rule=(border.get(W_VAL, "none") not in ("none", "nil")) if border is not None else None,
                  page_break_before=_on(ppr.find(w("pageBreakBefore"))))


_MERGED: dict[tuple[_Props, _Props], _Props] = {}


def _merge(near: _Props, far: _Props) -> _Props:
    """`near` wins where it says something. A document has few distinct formats, so
    merges are remembered (bounded: a pathological document only stops the remembering)."""
    key = (near, far)
    merged = _MERGED.get(key)
    if merged is None:
        merged = _Props(*(a if a is not None else b for a, b in zip(astuple(near), astuple(far), strict=True)))
        if len(_MERGED) < 10_000:
            _MERGED[key] = merged
    return merged


def _cached(read: Callable[[etree._Element | None], _Props]) -> Callable[[etree._Element | None], _Props]:
    """Read a pPr or rPr once per distinct XML: most paragraphs repeat a handful of formats."""
    seen: dict[bytes, _Props] = {}

    def cached(element: etree._Element | None) -> _Props:
        if element is None:
            return _Props()
        key = etree.tostring(element)
        props = seen.get(key)
        if props is None:
            props = read(element)
            if len(seen) < 10_000:
                seen[key] = props
        return props

    return cached


class StyleSheet:
    """The document's styles, each resolved once through its basedOn chain."""

    def __init__(self, styles: etree._Element | None) -> None:
        self._raw: dict[str, etree._Element] = {}
        self.default_para = ""
        self.defaults = _Props()
        self.lang = ""
        self._resolved: dict[str, tuple[_Props, _Props]] = {}
        if styles is None:
            return
        defaults = styles.find(w("docDefaults"))
        if defaults is not None:
            rpr = defaults.find(f"{w('rPrDefault')}/{w('rPr')}")
            self.defaults = _run_props(rpr)
            lang = rpr.find(w("lang")) if rpr is not None else None
            self.lang = lang.get(W_VAL, "") if lang is not None else ""
        for style in styles.iterfind(w("style")):
            style_id = style.get(w("styleId"), "")
            self._raw[style_id] = style
            if style.get(w("type")) == "paragraph" and style.get(w("default")) in ("1", "true", "on"):
                self.default_para = style_id

    def name(self, style_id: str) -> str:
        """Word's name of the style, lower case; "" for the default paragraph style."""
        style = self._raw.get(style_id or self.default_para)
        if style is None or (style_id or self.default_para) == self.default_para:
            return ""
        name = style.find(w("name"))
        return (name.get(W_VAL, style_id) if name is not None else style_id).lower()

    def names(self) -> set[str]:
        return {self.name(style_id) for style_id in self._raw} - {""}

    def resolved(self, style_id: str) -> tuple[_Props, _Props]:
        """(paragraph properties, run properties) of a style with everything it inherits."""
        style_id = style_id or self.default_para
        if style_id in self._resolved:
            return self._resolved[style_id]
        para, run = _Props(), _Props()
        seen: set[str] = set()
        current = style_id
        while current and current not in seen and current in self._raw:
            seen.add(current)
            style = self._raw[current]
            para = _merge(para, _para_props(style.find(w("pPr"))))
            run = _merge(run, _run_props(style.find(w("rPr"))))
            if para.outline_level is None and self.name(current).startswith("heading "):
                digit = self.name(current)[8:].strip()
                if digit.isdigit():
                    para = _merge(para, _Props(outline_level=int(digit) - 1))
            based = style.find(w("basedOn"))
            current = based.get(W_VAL, "") if based is not None else ""
        self._resolved[style_id] = (para, run)
        return para, run


class Numbering:
    """Word's lists: each numId's levels, with the indent and bullet-or-number of each."""

    def __init__(self, numbering: etree._Element | None) -> None:
        self._levels: dict[str, dict[int, tuple[int, bool]]] = {}
        if numbering is None:
            return
        abstract: dict[str, dict[int, tuple[int, bool]]] = {}
        for node in numbering.iterfind(w("abstractNum")):
            abstract[node.get(w("abstractNumId"), "")] = self._read_levels(node)
        for num in numbering.iterfind(w("num")):
            ref = num.find(w("abstractNumId"))
            levels = dict(abstract.get(ref.get(W_VAL, "") if ref is not None else "", {}))
            for override in num.iterfind(w("lvlOverride")):
                lvl = override.find(w("lvl"))
                if lvl is not None:
                    levels.update(self._read_levels_of([lvl]))
            self._levels[num.get(w("numId"), "")] = levels

    def _read_levels(self, node: etree._Element) -> dict[int, tuple[int, bool]]:
        return self._read_levels_of(node.iterfind(w("lvl")))

    @staticmethod
    def _read_levels_of(levels: Iterator[etree._Element] | list[etree._Element]) -> dict[int, tuple[int, bool]]:
        result = {}
        for lvl in levels:
            ilvl = _int(lvl.get(w("ilvl"))) or 0
            ind = lvl.find(f"{w('pPr')}/{w('ind')}")
            indent = _int(ind.get(w("left"), ind.get(w("start")))) if ind is not None else None
            fmt = lvl.find(w("numFmt"))
            is_list = fmt is None or fmt.get(W_VAL) != "none"
            result[ilvl] = (indent if indent is not None else 720 * (ilvl + 1), is_list)
        return result

    def is_list(self, num_id: str | None, level: int) -> bool:
        if not num_id or num_id == "0":
            return False
        levels = self._levels.get(num_id)
        return levels is None or levels.get(level, (0, True))[1]

    def indents(self, num_id: str | None) -> tuple[int, ...]:
        levels = self._levels.get(num_id or "", {})
        return tuple(levels[level][0] if level in levels else 720 * (level + 1) for level in range(9))


def related_element(part: Part, reltype: str) -> etree._Element | None:
    """The XML of the part `part` relates to by `reltype`, or None."""
    try:
        related = part.part_related_by(reltype)
    except KeyError:
        return None
    return _element_of(related)


def _element_of(part: Part) -> etree._Element | None:
    element = getattr(part, "element", None)
    if element is not None:
        return element
    from docx.oxml.parser import parse_xml  # the same hardened parser python-docx uses

    return parse_xml(part.blob)


def body_of(part: Part) -> etree._Element:
    root = _element_of(part)
    body = root.find(w("body")) if root is not None else None
    return body if body is not None else etree.Element(w("body"))


class ParagraphReader:
    """Turns the body's paragraphs into Paragraph records, in document order."""

    def __init__(self, styles: StyleSheet, numbering: Numbering) -> None:
        self.styles = styles
        self.numbering = numbering

    def read(self, body: etree._Element) -> list[Paragraph]:
        result: list[Paragraph] = []
        break_pending = False  # a page break typed into an otherwise empty paragraph
        for line, p in enumerate(_paragraphs(body), start=1):
            paragraph, breaks = self._paragraph(p, line)
            if paragraph.text.strip():
                paragraph.page_break_before = paragraph.page_break_before or break_pending
                break_pending = False
            break_pending = break_pending or breaks
            result.append(paragraph)
        return result

    def _paragraph(self, p: etree._Element, line: int) -> tuple[Paragraph, bool]:
        ppr = p.find(w("pPr"))
        style_el = ppr.find(w("pStyle")) if ppr is not None else None
        style_id = style_el.get(W_VAL, "") if style_el is not None else ""
        style_para, style_run = self.styles.resolved(style_id)
        para = _merge(_cached_para_props(ppr), style_para)
        run_base = _merge(style_run, self.styles.defaults)
        pieces: list[str] = []
        counted = {"bold": 0, "italic": 0, "shaded": 0, "all": 0}
        sizes: dict[float, int] = {}
        page_break = False
        for run in _runs(p):
            text, breaks = _run_text(run)
            page_break = page_break or breaks
            if not text:
                continue
            pieces.append(text)
            rpr = run.find(w("rPr"))
            props = _cached_run_props(rpr)
            rstyle = rpr.find(w("rStyle")) if rpr is not None else None
            if rstyle is not None:
                props = _merge(props, self.styles.resolved(rstyle.get(W_VAL, ""))[1])
            props = _merge(props, run_base)
            weight = len(text) - text.count(" ")
            counted["all"] += weight
            counted["bold"] += weight if props.bold else 0
            counted["italic"] += weight if props.italic else 0
            counted["shaded"] += weight if props.shaded else 0
            size = props.size or DEFAULT_SIZE
            sizes[size] = sizes.get(size, 0) + weight
        text = "".join(pieces)
        total = counted["all"]
        level = para.list_level if para.list_level is not None else 0
        in_list = self.numbering.is_list(para.num_id, level)
        indents = self.numbering.indents(para.num_id) if in_list else ()
        indent = para.indent if _direct_indent(ppr) or not in_list else None
        if indent is None:
            indent = indents[min(level, len(indents) - 1)] if indents else (para.indent or 0)
        paragraph = Paragraph(
            line=line,
            text=text,
            style=self.styles.name(style_id),
            outline_level=para.outline_level if para.outline_level is not None and para.outline_level >= 0 else None,
            list_level=level if in_list else None,
            bold=total > 0 and counted["bold"] * 5 >= total * 4,
            italic=total > 0 and counted["italic"] * 5 >= total * 4,
            size=max(sizes, key=lambda s: sizes[s]) if sizes else (run_base.size or DEFAULT_SIZE),
            shaded=bool(para.shaded) or (total > 0 and counted["shaded"] * 5 >= total * 4),
            left_rule=bool(para.left_rule),
            indent=indent or 0,
            page_break_before=bool(para.page_break_before),
        )
        return paragraph, page_break


_cached_para_props = _cached(_para_props)
_cached_run_props = _cached(_run_props)


def _direct_indent(ppr: etree._Element | None) -> bool:
    return ppr is not None and ppr.find(w("ind")) is not None


def _paragraphs(parent: etree._Element) -> Iterator[etree._Element]:
    """Body paragraphs in reading order, table cells and content controls included
    (text boxes sit inside runs, so they are not reached)."""
    for child in parent:
        tag = child.tag
        if tag == w("p"):
            yield child
        elif tag in _BLOCK_CONTAINERS:
            yield from _paragraphs(child)


def _runs(p: etree._Element) -> Iterator[etree._Element]:
    """The paragraph's runs in order, through links, insertions and content controls;
    deleted and moved-away text is left out."""
    for child in p:
        tag = child.tag
        if tag == w("r"):
            yield child
        elif tag in _RUN_CONTAINERS:
            yield from _runs(child)


def _run_text(run: etree._Element) -> tuple[str, bool]:
    """The run's text (\\n for a line break, \\t for a tab) and whether it breaks the page."""
    parts: list[str] = []
    page_break = False
    for child in run:
        tag = child.tag
        if tag == w("t"):
            parts.append(child.text or "")
        elif tag == w("tab") or tag == w("ptab"):
            parts.append("\t")
        elif tag == w("br"):
            kind = child.get(w("type"), "textWrapping")
            if kind == "page":
                page_break = True
            elif kind == "textWrapping":
                parts.append("\n")
        elif tag == w("cr"):
            parts.append("\n")
        elif tag == w("noBreakHyphen"):
            parts.append("\u2011")  # what our export writes as one; dates are read past it (patterns)
        elif tag == w("sym"):
            code = child.get(w("char"), "")
            try:
                char = chr(int(code, 16))
                parts.append(char if 0xF000 > int(code, 16) >= 0x20 else "")
            except ValueError:
                pass
    return "".join(parts), page_break



def header_text(part: Part, body: etree._Element, kind: str = "header") -> tuple[str, bytes | None, str]:
    """The first section's default header (or footer) as text, with the first picture in
    it (bytes and file name): where a hand-made document names its organiser and logo."""
    sect = next(body.iter(w("sectPr")), None)
    if sect is None:
        return "", None, ""
    refs = {ref.get(w("type"), "default"): ref for ref in sect.iterfind(w(f"{kind}Reference"))}
    ref = refs["default"] if "default" in refs else refs.get("first")
    if ref is None:
        return "", None, ""
    r_id = ref.get("{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id", "")
    try:
        related = part.related_parts[r_id]
    except KeyError:
        return "", None, ""
    root = _element_of(related)
    if root is None:
        return "", None, ""
    text = "\n".join(t for p in _paragraphs(root)
                     if (t := "".join(_run_text(r)[0] for r in _runs(p)).strip()))
    picture, name = None, ""
    blip = next(root.iter("{http://schemas.openxmlformats.org/drawingml/2006/main}blip"), None)
    if blip is not None:
        embed = blip.get("{http://schemas.openxmlformats.org/officeDocument/2006/relationships}embed", "")
        image = related.related_parts.get(embed) if embed else None
        if image is not None:
            picture, name = image.blob, str(image.partname).rsplit("/", 1)[-1]
    return text, picture, name

