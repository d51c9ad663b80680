"""A whole seminar as plain data: what packages, exporters and the library exchange.

These classes carry no database state, so an exporter or a test can build one by
hand and the window never holds an ORM object across a transaction.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, fields

from seminarnotes.core.outline import Point

DATE_FORMATS = ("iso", "long", "compact")
LANGUAGES = ("sv", "en")


@dataclass
class SeminarDetails:
    """Everything the seminar form edits, closing and contact included."""

    title: str = ""
    speaker: str = ""
    venue: str = ""
    date: dt.date | None = None
    document_type: str = ""
    organizer: str = ""
    language: str = "sv"
    thanks: str = ""
    about: str = ""
    compiled_by: str = ""
    contact_name: str = ""
    contact_role: str = ""
    contact_organization: str = ""
    contact_phone: str = ""
    contact_email: str = ""
    website: str = ""

    @classmethod
    def names(cls) -> tuple[str, ...]:
        return tuple(f.name for f in fields(cls))


@dataclass
class ExportSettings:
    """Per-seminar Word export choices (DOCX-LAYOUT.md), kept in the library."""

    date_format: str = "iso"  # "iso" 2014-04-08, "long" 8 april 2014, "compact" 140408
    session_page_break: bool = True
    include_empty_groups: bool = True
    page_word: bool = True  # "Sida 1 (7)" rather than "1 (7)"
    logo: bytes | None = None  # PNG or JPEG
    logo_filename: str = ""

    @classmethod
    def names(cls) -> tuple[str, ...]:
        return tuple(f.name for f in fields(cls))


def is_logo_image(data: bytes) -> bool:
    """Whether the bytes are a PNG or JPEG image, the two kinds Word shows everywhere."""
    return data.startswith(b"\x89PNG\r\n\x1a\n") or data.startswith(b"\xff\xd8\xff")


@dataclass
class GroupDoc:
    name: str
    points: list[Point] = field(default_factory=list)


@dataclass
class SessionDoc:
    name: str
    question: str = ""
    groups: list[GroupDoc] = field(default_factory=list)


@dataclass
class SeminarDoc:
    """One seminar with all its content, in order."""

    details: SeminarDetails
    sessions: list[SessionDoc] = field(default_factory=list)
    export: ExportSettings = field(default_factory=ExportSettings)
    created: dt.datetime | None = None
    modified: dt.datetime | None = None
    uid: str = ""  # the seminar's identity in packages; "" for one not yet in a library

    def point_count(self) -> int:
        return sum(len(g.points) for s in self.sessions for g in s.groups)

    def same_content(self, other: SeminarDoc) -> bool:
        """Whether both say the same: details, sessions, groups and points. Export
        settings, identity and timestamps are not content."""
        return self.details == other.details and self.sessions == other.sessions
