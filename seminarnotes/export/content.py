"""The body of the document, top to bottom, as DOCX-LAYOUT.md lists it.

Only the order and the choice of style live here; how a style looks is in
styles.py and how a paragraph is spelled in XML is in wml.py.
"""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import quote

from lxml import etree

from seminarnotes.core.document import GroupDoc, SeminarDoc
from seminarnotes.core.outline import Point
from seminarnotes.export import wml
from seminarnotes.export.labels import Labels, format_date
from seminarnotes.export.pages import PageTally
from seminarnotes.export.styles import (HIGHLIGHT_RIGHT, HIGHLIGHT_SHIFT, LIST_STEP, LIST_STYLE_IDS,
                                        SEPARATE_BOX_BORDERS)

Linker = Callable[[str], str]  # URL -> relationship id


def _text(value: str) -> str:
    """Clean text, or "" when nothing visible is left (no empty paragraphs)."""
    value = wml.clean(value)
    return value if value.strip() else ""


class _Writer:
    """The body being written: paragraphs are collected as XML text and parsed once per
    group or block (see wml.py), and each is counted for the estimated page count."""

    def __init__(self, body: etree._Element, tally: PageTally) -> None:
        self.body, self.tally = body, tally
        self._pending: list[str] = []

    def paragraph(self, style_id: str, text: str, content: str | None = None, properties: str = "",
                  indent: int | None = None) -> None:
        """A paragraph of `text` (already clean), or of ready `content` showing `text`."""
        self._pending.append(wml.paragraph_xml(style_id, wml.runs_xml(text) if content is None else content,
                                               properties))
        self.tally.add(style_id, text, indent, new_page=wml.PAGE_BREAK_BEFORE in properties)

    def line(self, style_id: str, text: str, properties: str = "") -> None:
        """A paragraph of one field's text; none when nothing visible is left of it."""
        text = _text(text)
        if text:
            self.paragraph(style_id, text, properties=properties)

    def flush(self) -> None:
        if self._pending:
            wml.append(self.body, "".join(self._pending))
            self._pending = []


def unbreakable(date: str) -> str:
    """`date` with non-breaking hyphens and spaces: a date is never split across lines."""
    return date.replace("-", wml.NO_BREAK_HYPHEN).replace(" ", "\u00a0")


def subtitle(doc: SeminarDoc, labels: Labels) -> str:
    """"Seminarium med {speaker}, {venue}, {date}" with empty parts left out."""
    d = doc.details
    speaker, venue = _text(d.speaker).strip(), _text(d.venue).strip()
    date = unbreakable(format_date(d.date, doc.export.date_format, labels))
    rest = [part for part in (venue, date) if part]
    if speaker:
        return ", ".join([f"{labels.subtitle_lead} {speaker}", *rest])
    return ", ".join([labels.subtitle_plain, *rest]) if rest else ""


def _exported_points(group: GroupDoc) -> list[Point]:
    """The group's points with any visible text, cleaned of what XML cannot hold."""
    return [Point(text, p.level, p.kind) for p in group.points if (text := _text(p.text))]


def exported_groups(doc: SeminarDoc) -> list[list[GroupDoc]]:
    """Per session, the groups that get into the document (empty ones per setting),
    their points cleaned; computed once per export."""
    keep_empty = doc.export.include_empty_groups
    cleaned = [[GroupDoc(g.name, _exported_points(g)) for g in s.groups] for s in doc.sessions]
    return [[g for g in groups if keep_empty or g.points] for groups in cleaned]


def _points(out: _Writer, points: list[Point], num_id: int) -> None:
    """One group's points as one list: a highlight is an item of it at its own level, so
    every reader keeps the points after it nested (DOCX-LAYOUT.md, "Readers and accessibility")."""
    other_box = False  # alternates along highlights in a row, so that no two neighbours are alike
    for point in points:
        level = max(0, min(point.level, len(LIST_STYLE_IDS) - 1))
        numbering = wml.numbering_xml(num_id, level)
        if point.kind == "highlight":
            indent = LIST_STEP * (level + 1) + HIGHLIGHT_SHIFT
            out.paragraph("Highlight", point.text, wml.runs_xml(point.text, "Quotation", italic=True),
                          numbering + (SEPARATE_BOX_BORDERS if other_box else "")
                          + wml.indent_xml(indent, LIST_STEP, HIGHLIGHT_RIGHT), indent)
        else:
            out.paragraph(LIST_STYLE_IDS[level], point.text, properties=numbering)
        other_box = point.kind == "highlight" and not other_box
    out.flush()


def _link_line(out: _Writer, style_id: str, lead: str, shown: str, r_id: str) -> None:
    out.paragraph(style_id, f"{lead} {shown}", wml.runs_xml(f"{lead} ") + wml.hyperlink_xml(r_id, shown))


def _closing(out: _Writer, doc: SeminarDoc, labels: Labels, link: Linker) -> None:
    d = doc.details
    out.line("ClosingTitle", d.thanks)
    out.line("Normal", d.about)
    if _text(d.compiled_by):
        out.line("Normal", f"{labels.compiled_by} {_text(d.compiled_by).strip()}")
    who = ", ".join(x for x in (_text(d.contact_name).strip(), _text(d.contact_role).strip(),
                                _text(d.contact_organization).strip()) if x)
    phone, email = _text(d.contact_phone).strip(), _text(d.contact_email).strip()
    if who or phone or email:
        out.line("Contact", labels.contact)
        out.line("Contact", who)
        if phone:
            out.line("Contact", f"{labels.phone}: {phone}")
        if email:
            _link_line(out, "Contact", f"{labels.email}:", email,
                       link("mailto:" + quote(email, safe="@+!$&'*=:,;._~-")))
    website = _text(d.website).strip()
    if website:
        url = website if "://" in website else f"https://{website}"
        _link_line(out, "Normal", labels.website, website, link(quote(url, safe=":/?#[]@!$&'()*+,;=%._~-")))
    out.flush()


def build_body(body: etree._Element, doc: SeminarDoc, labels: Labels, groups: list[list[GroupDoc]],
               num_ids: list[int], link: Linker) -> int:
    """Append every paragraph of the document to `body`, in order; `groups` are
    `exported_groups(doc)`. Returns the estimated number of pages (pages.py)."""
    d = doc.details
    out = _Writer(body, PageTally())
    out.line("Title", d.title)
    out.line("Subtitle", subtitle(doc, labels))
    if _text(d.organizer):
        out.line("Organizer", f"{labels.organizer}: {_text(d.organizer).strip()}")
    out.line("DocumentType", _text(d.document_type) or labels.document_type)
    num_iter = iter(num_ids)
    for number, (session, exported) in enumerate(zip(doc.sessions, groups, strict=True), start=1):
        new_page = number > 1 and doc.export.session_page_break
        out.line("Heading1", _text(session.name) or labels.untitled_session.format(n=number),
                 wml.PAGE_BREAK_BEFORE if new_page else "")
        out.line("Question", session.question)
        for group_number, group in enumerate(exported, start=1):
            out.line("Heading2", _text(group.name) or labels.untitled_group.format(n=group_number))
            _points(out, group.points, next(num_iter))
    _closing(out, doc, labels, link)
    return out.tally.pages
