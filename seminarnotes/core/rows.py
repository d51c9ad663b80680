"""Rows of the library's tables as the plain data the program passes around.

Every stdlib read asks for its columns by name (`sqlite3.Row`, see connections.py) and
turns them into data here, so a column added to a SELECT or a field added to a
dataclass cannot shift the others; `tests/core/test_schema.py` checks that the
dataclasses' fields are columns of the migrated schema.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import fields

from seminarnotes.core.document import ExportSettings, SeminarDetails
from seminarnotes.core.outline import Point


def date(value: str | None) -> dt.date | None:
    """A DATE column (ISO text, as SQLAlchemy writes it)."""
    return dt.date.fromisoformat(value) if value else None


def datetime(value: str | None) -> dt.datetime | None:
    """A DATETIME column (ISO text, as SQLAlchemy and points_write write it)."""
    return dt.datetime.fromisoformat(value) if value else None


def details(row: sqlite3.Row) -> SeminarDetails:
    """The details from a row of `seminar` that holds their columns (and maybe more)."""
    found = SeminarDetails(**{name: row[name] for name in SeminarDetails.names()})
    found.date = date(row["date"])
    return found


def export_settings(row: sqlite3.Row) -> ExportSettings:
    """The export settings from a row of `seminar` that holds their columns (and maybe more);
    SQLite keeps booleans as 0 and 1."""
    return ExportSettings(**{f.name: bool(row[f.name]) if f.type == "bool" else row[f.name]
                             for f in fields(ExportSettings)})


def point(row: sqlite3.Row) -> Point:
    """A point from a row of `point` that holds text, level and kind."""
    return Point(row["text"], row["level"], row["kind"])
