"""The body of the document, top to bottom, as DOCX-LAYOUT.md lists it.

Only the order and the choice of style live here; how a style looks is in
styles.py and how a paragraph is spelled in XML is in wml.py.
"""

from __future__ import annotations

from typing import Callable
from urllib.parse import quote

from lxml import etree

from seminarnotes.core.document import GroupDoc, SeminarDoc
from seminarnotes.core.outline import Point
from seminarnotes.export import wml
from seminarnotes.export.labels import Labels, format_date
from seminarnotes.export.styles import LIST_STEP, LIST_STYLE_IDS

Linker = Callable[[str], str]  # URL -> relationship id


def _text(value: str) -> str:
    """Clean text, or "" when nothing visible is left (no empty paragraphs)."""
    value = wml.clean(value)
    return value if value.strip() else ""


def _line(body: etree._Element, style_id: str, text: str) -> etree._Element | None:
    text = _text(text)
    if not text:
        return None
    p = wml.paragraph(body, style_id)
    wml.text_run(p, text)
    return p


def subtitle(doc: SeminarDoc, labels: Labels) -> str:
    """"Seminarium med {speaker}, {venue}, {date}" with empty parts left out."""
    d = doc.details
    speaker, venue = _text(d.speaker).strip(), _text(d.venue).strip()
    date = format_date(d.date, doc.export.date_format, labels)
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


def _points(body: etree._Element, points: list[Point], num_id: int) -> None:
    for point in points:
        level = max(0, min(point.level, len(LIST_STYLE_IDS) - 1))
        if point.kind == "highlight":
            p = wml.paragraph(body, "Highlight")
            if level:
                wml.indent(p, LIST_STEP * (level + 1))
        else:
            p = wml.paragraph(body, LIST_STYLE_IDS[level])
            wml.numbering(p, num_id, level)
        wml.text_run(p, point.text)


def _link_line(body: etree._Element, lead: str, shown: str, url: str, link: Linker) -> None:
    p = wml.paragraph(body, "Contact")
    wml.text_run(p, f"{lead} ")
    wml.hyperlink(p, link(url), shown)


def _closing(body: etree._Element, doc: SeminarDoc, labels: Labels, link: Linker) -> None:
    d = doc.details
    _line(body, "ClosingTitle", d.thanks)
    _line(body, "Normal", d.about)
    if _text(d.compiled_by):
        _line(body, "Normal", f"{labels.compiled_by} {_text(d.compiled_by).strip()}")
    who = ", ".join(x for x in (_text(d.contact_name).strip(), _text(d.contact_role).strip(),
                                _text(d.contact_organization).strip()) if x)
    phone, email = _text(d.contact_phone).strip(), _text(d.contact_email).strip()
    if who or phone or email:
        _line(body, "Contact", labels.contact)
        _line(body, "Contact", who)
        if phone:
            _line(body, "Contact", f"{labels.phone}: {phone}")
        if email:
            _link_line(body, f"{labels.email}:", email, "mailto:" + quote(email, safe="@+!$&'*=:,;._~-"), link)
    website = _text(d.website).strip()
    if website:
        url = website if "://" in website else f"https://{website}"
        p = wml.paragraph(body, "Normal")
        wml.text_run(p, f"{labels.website} ")
        wml.hyperlink(p, link(quote(url, safe=":/?#[]@!$&'()*+,;=%._~-")), website)


def build_body(body: etree._Element, doc: SeminarDoc, labels: Labels, groups: list[list[GroupDoc]],
               num_ids: list[int], link: Linker) -> None:
    """Append every paragraph of the document to `body`, in order; `groups` are
    `exported_groups(doc)`."""
    d = doc.details
    _line(body, "Title", d.title)
    _line(body, "Subtitle", subtitle(doc, labels))
    _line(body, "DocumentType", _text(d.document_type) or labels.document_type)
    num_iter = iter(num_ids)
    for number, (session, exported) in enumerate(zip(doc.sessions, groups), start=1):
        heading = _line(body, "Heading1", _text(session.name) or labels.untitled_session.format(n=number))
        if number > 1 and doc.export.session_page_break:
            wml.page_break_before(heading)
        _line(body, "Question", session.question)
        for group_number, group in enumerate(exported, start=1):
            _line(body, "Heading2", _text(group.name) or labels.untitled_group.format(n=group_number))
            _points(body, group.points, next(num_iter))
    _closing(body, doc, labels, link)
