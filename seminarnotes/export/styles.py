"""The look of the Word document: every style and the one bullet list, in one place.

The exported file's styles part is rebuilt from the table below, so the document
carries exactly the styles it uses (plus Word's required defaults) and nothing of
python-docx's template leaks in: no theme fonts, no stray list definitions.
Arial is chosen because every Windows/Mac recipient has it and Linux readers
substitute the metric-identical Liberation Sans, so pages break the same everywhere.
"""

from __future__ import annotations

from dataclasses import dataclass
from xml.sax.saxutils import quoteattr

from docx.document import Document
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

from seminarnotes.look import BLUE, GREY, HIGHLIGHT_FILL, HIGHLIGHT_RULE, INK, LINK

FONT = "Arial"
BODY_PT = 11

LIST_STEP = 360  # twips (6.35 mm) of indent per list level
# A highlight's box: a 3 pt rule 7 pt left of its bullet, the shading padded 3 pt by
# borders in the fill colour. Word and LibreOffice draw borders outside the text, so
# the bullet moves right by rule and gap (the rule then starts where its level's
# bullets do) and the right indent takes the right padding (the box ends at the text edge).
RULE_EIGHTHS, RULE_GAP_PT = 24, 7
PAD_EIGHTHS, PAD_PT = 4, 3
HIGHLIGHT_SHIFT = RULE_EIGHTHS * 20 // 8 + RULE_GAP_PT * 20  # twips
HIGHLIGHT_RIGHT = PAD_EIGHTHS * 20 // 8 + PAD_PT * 20  # twips
BULLETS = ("•", "–", "▪")  # level 0, 1, 2; all present in Arial and Liberation Sans
STYLE_NUM_ID = 1  # the w:num the list styles themselves point to
ABSTRACT_NUM_ID = 0


@dataclass(frozen=True)
class Style:
    """One paragraph or character style; sizes in points, indents in twips."""

    style_id: str
    name: str  # as Word spells it in styles.xml ("heading 1" is Word's own lower case)
    kind: str = "paragraph"
    based_on: str | None = "Normal"
    next_id: str | None = None
    size: float | None = None
    bold: bool = False
    italic: bool = False
    color: str | None = None
    before: float | None = None
    after: float | None = None
    keep_next: bool = False
    outline_level: int | None = None
    list_level: int | None = None
    ind_left: int | None = None
    contextual: bool = False
    align: str | None = None
    shading: str | None = None
    boxed: bool = False  # a highlight's box: shading, a coloured rule left, padding
    underline: bool = False
    tab_right: int | None = None
    ind_right: int | None = None
    gallery: bool = False  # qFormat: offered in Word's style gallery, for styles applied by hand


TEXT_WIDTH = 11906 - 2 * 1417  # A4 width minus 25 mm margins, in twips

STYLES: tuple[Style, ...] = (
    Style("Normal", "Normal", based_on=None, size=BODY_PT, color=INK, before=0, after=6, align="left",
          gallery=True),
    Style("Title", "Title", next_id="Subtitle", size=24, bold=True, color=BLUE, after=6, keep_next=True,
          gallery=True),
    Style("Subtitle", "Subtitle", next_id="Normal", size=12.5, color=GREY, after=4, keep_next=True, gallery=True),
    # the organiser in the body, not only in the header that screen readers skip
    Style("Organizer", "Organizer", next_id="Normal", color=GREY, after=4, keep_next=True),
    Style("DocumentType", "Document Type", next_id="Normal", size=13, bold=True, color=INK,
          before=12, after=18, keep_next=True),
    Style("Heading1", "heading 1", next_id="Normal", size=16, bold=True, color=BLUE,
          before=18, after=4, keep_next=True, outline_level=0, gallery=True),
    Style("Question", "Question", next_id="Normal", italic=True, color=INK, after=10, keep_next=True,
          gallery=True),
    Style("Heading2", "heading 2", next_id="Normal", size=12.5, bold=True, color=BLUE,
          before=14, after=4, keep_next=True, outline_level=1, gallery=True),
    Style("ListBullet", "List Bullet", list_level=0, after=4),
    Style("ListBullet2", "List Bullet 2", list_level=1, after=4),
    Style("ListBullet3", "List Bullet 3", list_level=2, after=4),
    # Word's own quotation style: pandoc and other readers take a paragraph based on it as a quote
    Style("Quote", "Quote", italic=True),
    # Not italic itself: Quote is, and italic in both would toggle it off in Word. Exported
    # highlights are list items with their own indent; the style's is that of the deepest
    # level, because pandoc reads a paragraph indented beyond its style as one more quote.
    Style("Highlight", "Highlight", based_on="Quote", before=4, after=8,
          ind_left=LIST_STEP * (len(BULLETS) - 1) + HIGHLIGHT_SHIFT,
          ind_right=HIGHLIGHT_RIGHT, shading=HIGHLIGHT_FILL, boxed=True, gallery=True),
    # a highlight's text: LibreOffice tags runs in this style as Quote in a tagged PDF
    Style("Quotation", "Quotation", kind="character", based_on=None),
    # a heading of level 1 like a session, so the closing block is a section of its own
    Style("ClosingTitle", "Closing Title", based_on="Heading1", next_id="Normal", size=13, bold=True, color=BLUE,
          before=24, after=6, keep_next=True, outline_level=0),
    Style("Contact", "Contact", after=6, contextual=True, keep_next=True),
    # space after keeps a tall logo clear of the body: Word and LibreOffice push the body down
    Style("Header", "header", size=9, color=GREY, after=12, tab_right=TEXT_WIDTH),
    Style("Footer", "footer", size=9, color=GREY, after=0, align="center"),
    Style("Hyperlink", "Hyperlink", kind="character", based_on=None, color=LINK, underline=True),
)

STYLE_NAMES = {s.style_id: s.name for s in STYLES}
LIST_STYLE_IDS = ("ListBullet", "ListBullet2", "ListBullet3")


def _half_points(pt: float) -> int:
    return round(pt * 2)


def _twips(pt: float) -> int:
    return round(pt * 20)


def _rpr(style: Style, lang_tag: str | None) -> str:
    parts = []
    if style.style_id == "Normal":
        parts.append(f'<w:rFonts w:ascii="{FONT}" w:hAnsi="{FONT}" w:cs="{FONT}" w:eastAsia="{FONT}"/>')
    if style.bold:
        parts.append("<w:b/><w:bCs/>")
    if style.italic:
        parts.append("<w:i/><w:iCs/>")
    if style.color:
        parts.append(f'<w:color w:val="{style.color}"/>')
    if style.size:
        parts.append(f'<w:sz w:val="{_half_points(style.size)}"/><w:szCs w:val="{_half_points(style.size)}"/>')
    if style.underline:
        parts.append('<w:u w:val="single"/>')
    if lang_tag and style.kind == "paragraph":
        parts.append(f'<w:lang w:val="{lang_tag}"/>')
    return f"<w:rPr>{''.join(parts)}</w:rPr>" if parts else ""


def _borders_xml(pad_color: str) -> str:
    pad = f'w:val="single" w:sz="{PAD_EIGHTHS}" w:space="{PAD_PT}" w:color="{pad_color}"'
    return (f'<w:top {pad}/><w:left w:val="single" w:sz="{RULE_EIGHTHS}" w:space="{RULE_GAP_PT}" '
            f'w:color="{HIGHLIGHT_RULE}"/><w:bottom {pad}/><w:right {pad}/>')


# Word and LibreOffice join paragraphs with equal borders into one box; the second of two
# highlights in a row pads with a fill colour one step off, invisibly, to stay a box of its own.
SEPARATE_BOX_PAD = f"{int(HIGHLIGHT_FILL, 16) ^ 1:06X}"


SEPARATE_BOX_BORDERS = f"<w:pBdr>{_borders_xml(SEPARATE_BOX_PAD)}</w:pBdr>"  # a pPr child, as XML text


def _ppr(style: Style) -> str:
    parts = []
    if style.keep_next:
        parts.append("<w:keepNext/><w:keepLines/>")
    if style.list_level is not None:
        parts.append(f'<w:numPr><w:ilvl w:val="{style.list_level}"/><w:numId w:val="{STYLE_NUM_ID}"/></w:numPr>')
    if style.boxed:
        parts.append(f"<w:pBdr>{_borders_xml(style.shading or HIGHLIGHT_FILL)}</w:pBdr>")
    if style.shading:
        parts.append(f'<w:shd w:val="clear" w:color="auto" w:fill="{style.shading}"/>')
    if style.tab_right is not None:
        parts.append(f'<w:tabs><w:tab w:val="right" w:pos="{style.tab_right}"/></w:tabs>')
    if style.before is not None or style.after is not None:
        attrs = ""
        if style.before is not None:
            attrs += f' w:before="{_twips(style.before)}"'
        if style.after is not None:
            attrs += f' w:after="{_twips(style.after)}"'
        if style.style_id == "Normal":
            attrs += ' w:line="264" w:lineRule="auto"'  # 1.1 lines: airy but compact
        parts.append(f"<w:spacing{attrs}/>")
    if style.ind_left is not None or style.ind_right is not None:
        left = f' w:left="{style.ind_left}"' if style.ind_left is not None else ""
        right = f' w:right="{style.ind_right}"' if style.ind_right is not None else ""
        parts.append(f"<w:ind{left}{right}/>")
    if style.contextual:
        parts.append("<w:contextualSpacing/>")
    if style.align:
        parts.append(f'<w:jc w:val="{style.align}"/>')
    if style.outline_level is not None:
        parts.append(f'<w:outlineLvl w:val="{style.outline_level}"/>')
    return f"<w:pPr>{''.join(parts)}</w:pPr>" if parts else ""


def _style_xml(style: Style, lang_tag: str) -> str:
    default = ' w:default="1"' if style.style_id == "Normal" else ""
    head = f"<w:name w:val={quoteattr(style.name)}/>"
    if style.based_on:
        head += f'<w:basedOn w:val="{style.based_on}"/>'
    if style.next_id:
        head += f'<w:next w:val="{style.next_id}"/>'
    if style.gallery:
        head += "<w:qFormat/>"
    ppr = _ppr(style) if style.kind == "paragraph" else ""
    return (f'<w:style {nsdecls("w")} w:type="{style.kind}"{default} w:styleId="{style.style_id}">'
            f"{head}{ppr}{_rpr(style, lang_tag)}</w:style>")


_REQUIRED_DEFAULTS = (
    '<w:style {ns} w:type="character" w:default="1" w:styleId="DefaultParagraphFont">'
    '<w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>',
    '<w:style {ns} w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>'
    '<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/>'
    '<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/>'
    '<w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>',
    '<w:style {ns} w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/>'
    '<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/></w:style>',
)


def install_styles(document: Document, lang_tag: str) -> None:
    """Replace the template's styles with ours, in the document's language."""
    root = document.styles.element
    for child in list(root):
        if child.tag in (qn("w:docDefaults"), qn("w:style")):
            root.remove(child)
    defaults = parse_xml(
        f'<w:docDefaults {nsdecls("w")}><w:rPrDefault><w:rPr>'
        f'<w:rFonts w:ascii="{FONT}" w:hAnsi="{FONT}" w:cs="{FONT}" w:eastAsia="{FONT}"/>'
        f'<w:sz w:val="{BODY_PT * 2}"/><w:szCs w:val="{BODY_PT * 2}"/><w:lang w:val="{lang_tag}"/>'
        "</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after=\"0\" w:line=\"240\" "
        'w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>'
    )
    root.insert(0, defaults)
    for exception in root.iter(qn("w:lsdException")):  # Word's built-in styles stay out of the gallery
        exception.attrib.pop(qn("w:qFormat"), None)
    for xml in _REQUIRED_DEFAULTS:
        root.append(parse_xml(xml.format(ns=nsdecls("w"))))
    for style in STYLES:
        root.append(parse_xml(_style_xml(style, lang_tag)))


def _level_xml(level: int) -> str:
    indent = LIST_STEP * (level + 1)
    return (
        f'<w:lvl w:ilvl="{level}"><w:start w:val="1"/><w:numFmt w:val="bullet"/>'
        f'<w:lvlText w:val="{BULLETS[level]}"/><w:lvlJc w:val="left"/>'
        # no tab stop of its own: the text after the bullet goes to the hanging indent, in Word
        # and LibreOffice, also in a highlight whose indent is not its level's
        f'<w:pPr><w:ind w:left="{indent}" w:hanging="{LIST_STEP}"/></w:pPr>'
        f'<w:rPr><w:rFonts w:ascii="{FONT}" w:hAnsi="{FONT}" w:hint="default"/><w:color w:val="{BLUE}"/></w:rPr>'
        '</w:lvl>'
    )


def install_numbering(document: Document, group_count: int) -> list[int]:
    """Make the one three-level bullet list and one w:num per group; return their numIds.

    A w:num per group makes each group its own list (so Word's list tools act on
    one group at a time) while all groups share one look.
    """
    root = document.part.numbering_part.element
    for child in list(root):
        root.remove(child)
    levels = "".join(_level_xml(level) for level in range(len(BULLETS)))
    root.append(parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{ABSTRACT_NUM_ID}"><w:nsid w:val="5E4D0001"/>'
        f'<w:multiLevelType w:val="multilevel"/><w:tmpl w:val="5E4D0002"/>{levels}</w:abstractNum>'
    ))
    num_ids = list(range(STYLE_NUM_ID, STYLE_NUM_ID + group_count + 1))
    for num_id in num_ids:
        root.append(parse_xml(
            f'<w:num {nsdecls("w")} w:numId="{num_id}"><w:abstractNumId w:val="{ABSTRACT_NUM_ID}"/></w:num>'
        ))
    return num_ids[1:]
