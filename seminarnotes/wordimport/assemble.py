"""Items in their roles become a seminar, and the outline rows the preview and
`--dry-run` show. A pure function of the items, so the preview can run it after
every change the user makes and show exactly what importing will write.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from seminarnotes.core.document import (
    ExportSettings,
    GroupDoc,
    SeminarDetails,
    SeminarDoc,
    SessionDoc,
    is_logo_image,
)
from seminarnotes.core.messages import N_, Message
from seminarnotes.core.outline import MAX_LEVEL, Point
from seminarnotes.wordimport import patterns as pt
from seminarnotes.wordimport.items import Item


@dataclass(frozen=True)
class Uncertainty:
    """A line whose reading is a guess, and why it was read so."""

    line: int
    reason: Message

    @property
    def message(self) -> Message:
        """'line 34: read as a group name because …', translated in the window."""
        return Message(N_("line %1: %2"), self.line, self.reason)

    def __str__(self) -> str:
        return str(self.message)


@dataclass
class DocumentFacts:
    """What the document says outside its body paragraphs."""

    file_title: str = ""  # the file name without its suffix: the title of last resort
    core_title: str = ""
    organizer: str = ""
    language: str = "sv"
    own_export: bool = False
    page_word: bool | None = None
    session_page_break: bool | None = None
    logo: bytes | None = None
    logo_filename: str = ""
    notes: list[Message] = field(default_factory=list)


@dataclass(frozen=True)
class Row:
    """One line of the outline: a recognised item, or a container the items imply."""

    kind: str  # an item role, or "organizer" / "closing"
    text: str
    depth: int
    item: int | None = None  # index into the items; None for what no line of its own says
    line: int | None = None
    level: int = 0
    uncertain: bool = False
    reason: Message | None = None


@dataclass
class Assembly:
    doc: SeminarDoc
    rows: list[Row]
    uncertainties: list[Uncertainty]


class _Builder:
    def __init__(self, items: list[Item], facts: DocumentFacts) -> None:
        self.items = items
        self.facts = facts
        self.details = SeminarDetails(language=facts.language, organizer=facts.organizer)
        self.export = ExportSettings()
        self.sessions: list[SessionDoc] = []
        self.session: SessionDoc | None = None
        self.group: GroupDoc | None = None
        self.previous_level = -1
        self.pending: tuple[int, Item] | None = None  # a question waiting for its session
        self.head: list[Row] = []
        self.body: list[Row] = []
        self.closing: list[Row] = []
        self.title_row: Row | None = None
        self.uncertain: list[Uncertainty] = []
        self.contact: list[str] = []
        self.contact_line = 0
        self.about: list[str] = []

    def build(self) -> Assembly:
        for index, item in enumerate(self.items):
            getattr(self, f"_{item.role}", self._closing_field)(index, item)
        if self.pending is not None:
            self._flush_question()
        self._finish_closing()
        return self._result()

    # --- rows ---------------------------------------------------------------------------

    def _row(self, target: list[Row], index: int | None, item: Item | None, kind: str, text: str, depth: int,
             level: int = 0, uncertain: bool = False, reason: Message | None = None) -> Row:
        if item is not None:
            uncertain, reason = uncertain or item.uncertain, reason or item.reason
        row = Row(kind, text, depth, index, item.line if item else None, level, uncertain, reason)
        target.append(row)
        if uncertain and reason and item is not None:
            self.uncertain.append(Uncertainty(item.line, reason))
        return row

    def _name(self, text: str) -> str:
        """Session and group names as shown: a hand-made "Förmiddag:" is the session "Förmiddag"."""
        return text if self.facts.own_export else text.strip().rstrip(":").rstrip()

    # --- the title block ----------------------------------------------------------------

    def _title(self, index: int, item: Item) -> None:
        if self.title_row is None:
            self.details.title = item.text
            self.title_row = Row("title", item.text, 0, index, item.line, 0, item.uncertain, item.reason)
            if item.uncertain and item.reason:
                self.uncertain.append(Uncertainty(item.line, item.reason))
        else:
            self._ignored(index, item)

    def _subtitle(self, index: int, item: Item) -> None:
        parsed = pt.parse_subtitle(item.text)
        self.details.speaker, self.details.venue, self.details.date = parsed.speaker, parsed.venue, parsed.date
        self.export.date_format = parsed.date_format
        parts = [part for part in (parsed.speaker, parsed.venue, parsed.date.isoformat() if parsed.date else "")]
        shown = " \u00b7 ".join(part or "\u2013" for part in parts)
        but = Message(N_("read as speaker, venue and date, but %1"), parsed.doubtful) if parsed.doubtful else None
        self._row(self.head, index, item, "subtitle", shown, 1, uncertain=but is not None, reason=but)

    def _document_type(self, index: int, item: Item) -> None:
        self.details.document_type = item.text
        self._row(self.head, index, item, "document_type", item.text, 1)

    # --- sessions, groups, points ----------------------------------------------------------

    def _session(self, index: int | None, item: Item | None) -> None:
        name = self._name(item.text) if item else ""
        self.session = SessionDoc(name)
        self.sessions.append(self.session)
        self.group, self.previous_level = None, -1
        reason = None if item else Message(
            N_("a question or group before the first session went into a session without a name"))
        self._row(self.body, index, item, "session", name, 0, uncertain=item is None, reason=reason)
        if self.pending is not None:
            pending_index, question = self.pending
            self.pending = None
            self.session.question = question.text
            self._row(self.body, pending_index, question, "question", question.text, 1)

    def _question(self, index: int, item: Item) -> None:
        if self.session is not None and not self.session.groups and not self.session.question:
            self.session.question = item.text
            self._row(self.body, index, item, "question", item.text, 1)
        elif self.pending is not None:  # a question in two paragraphs
            pending_index, pending = self.pending
            self.pending = (pending_index, Item(pending.line, "question", f"{pending.text}\n{item.text}",
                                                reason=pending.reason, uncertain=pending.uncertain))
        else:
            self.pending = (index, item)

    def _flush_question(self) -> None:
        """A question with no session line after it starts a session of its own."""
        self._session(None, None)

    def _group(self, index: int | None, item: Item | None) -> None:
        if self.pending is not None:
            self._flush_question()
        if self.session is None:
            self._session(None, None)
        assert self.session is not None
        self.group = GroupDoc(self._name(item.text) if item else "")
        self.session.groups.append(self.group)
        self.previous_level = -1
        self._row(self.body, index, item, "group", self.group.name, 1, uncertain=item is None,
                  reason=None if item else Message(
                      N_("points before the first group name went into a group without a name")))

    def _point(self, index: int, item: Item) -> None:
        if self.group is None or self.pending is not None:
            self._group(None, None)
        assert self.group is not None
        level = max(0, min(item.level, self.previous_level + 1, MAX_LEVEL))
        self.previous_level = level
        self.group.points.append(Point(item.text, level, item.role))
        lowered = level < item.level
        self._row(self.body, index, item, item.role, item.text, 2 + level, level, uncertain=lowered,
                  reason=Message(N_("level lowered to %1: a point is at most one level deeper than the one "
                                    "before it"), level + 1) if lowered else None)

    _highlight = _point

    def _ignored(self, index: int, item: Item) -> None:
        depth = 2 + max(self.previous_level, 0) if self.group else 1 if self.session else 1
        target = self.closing if self.closing and item.line > (self.closing[-1].line or 0) else self.body
        self._row(target, index, item, "ignored", item.text, depth)

    # --- the closing ----------------------------------------------------------------------

    def _closing_field(self, index: int, item: Item) -> None:
        role, text = item.role, item.text
        d = self.details
        if role == "thanks":
            if d.thanks:
                self.about.append(text)
            else:
                d.thanks = text
        elif role == "about":
            self.about.append(text)
        elif role == "compiled_by":
            d.compiled_by = pt.after(pt.COMPILED_BY, text)
        elif role in ("contact_heading", "contact"):
            value = pt.after(pt.CONTACT, text) if role == "contact_heading" else text.strip()
            if value:
                self.contact.append(value)
                self.contact_line = self.contact_line or item.line
        elif role == "phone":
            d.contact_phone = pt.after(pt.PHONE, text)
        elif role == "email":
            d.contact_email = pt.after(pt.EMAIL, text)
        elif role == "website":
            d.website = pt.after(pt.WEBSITE, text)
        else:
            raise ValueError(f"unknown role {role!r}")
        self._row(self.closing, index, item, role, text.strip() if not self.facts.own_export else text, 1)

    def _finish_closing(self) -> None:
        d = self.details
        if self.about:
            d.about = "\n".join(self.about)
        if self.contact:
            d.contact_name, d.contact_role, d.contact_organization, doubt = pt.split_contact("\n".join(self.contact))
            if doubt:
                self._doubt_contact(Message(N_("read as the contact person, but %1"), doubt))

    def _doubt_contact(self, reason: Message) -> None:
        """The contact person's split is a guess: listed, and the lines that name the person marked
        in the outline (the preview shows only the rows' reasons)."""
        self.uncertain.append(Uncertainty(self.contact_line, reason))
        self.closing = [replace(row, uncertain=True, reason=reason) if self._names_contact(row) else row
                        for row in self.closing]

    @staticmethod
    def _names_contact(row: Row) -> bool:
        if row.uncertain:
            return False
        return row.kind == "contact" or row.kind == "contact_heading" and bool(pt.after(pt.CONTACT, row.text))

    # --- the result -------------------------------------------------------------------------

    def _result(self) -> Assembly:
        f = self.facts
        if not self.details.title:
            self.details.title = f.core_title or f.file_title
        if f.page_word is not None:
            self.export.page_word = f.page_word
        if f.session_page_break is not None:
            self.export.session_page_break = f.session_page_break
        if f.logo and is_logo_image(f.logo):
            self.export.logo, self.export.logo_filename = f.logo, f.logo_filename
        title = self.title_row or Row("title", self.details.title, 0)
        head = [title] + self.head
        if f.organizer:
            head.append(Row("organizer", f.organizer, 1))
        rows = head + self.body
        if self.closing:
            rows += [Row("closing", "", 0)] + self.closing
        doc = SeminarDoc(details=self.details, sessions=self.sessions, export=self.export)
        return Assembly(doc, rows, sorted(self.uncertain, key=lambda u: u.line))


def assemble(items: list[Item], facts: DocumentFacts) -> Assembly:
    """The seminar the items describe, its outline, and the lines that are guesses."""
    return _Builder(items, facts).build()
