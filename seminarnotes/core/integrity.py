"""Is the library file sound? SQLite's own checks, and whether the search index agrees.

`quick_problems` is SQLite's `quick_check` (every page and record readable and well
formed; what the program runs before it writes); `full_report` adds `integrity_check`
(indexes agree with their tables), the foreign keys and the FTS5 index
(`seminarnotes check`).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from seminarnotes.core.connections import BUSY_TIMEOUT_MS
from seminarnotes.core.sqlite_errors import is_damage

MAX_FINDINGS = 20


def _problems(db: sqlite3.Connection, pragma: str) -> list[str]:
    try:
        rows = [row[0] for row in db.execute(f"PRAGMA {pragma}({MAX_FINDINGS})")]
    except sqlite3.DatabaseError as err:
        if is_damage(err):
            return [str(err)]
        raise
    return [] if rows == ["ok"] else rows


def quick_problems(db: sqlite3.Connection) -> list[str]:
    """SQLite's quick_check: an empty list when the file is sound."""
    return _problems(db, "quick_check")


def integrity_problems(db: sqlite3.Connection) -> list[str]:
    """SQLite's integrity_check (slower than quick_check: it also compares every index with its table)."""
    return _problems(db, "integrity_check")


@dataclass
class Report:
    """What `seminarnotes check` found."""

    seminars: int = 0
    points: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def sound(self) -> bool:
        return not self.problems


def full_report(path: Path) -> Report:
    """Every check there is, on a connection of its own; reads only (the FTS5 check runs
    in a transaction that is rolled back)."""
    report = Report()
    db = sqlite3.connect(str(path), isolation_level=None)
    db.row_factory = sqlite3.Row
    try:
        db.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        report.problems += integrity_problems(db)
        if report.problems:
            return report
        try:
            report.problems += [f"foreign key: {row['table']} row {row['rowid']} points to a missing {row['parent']}"
                                for row in db.execute("PRAGMA foreign_key_check")][:MAX_FINDINGS]
            report.seminars = db.execute("SELECT count(*) FROM seminar").fetchone()[0]
            report.points = db.execute("SELECT count(*) FROM point").fetchone()[0]
            report.problems += _search_index_problems(db)
        except sqlite3.DatabaseError as err:
            if not is_damage(err):
                raise
            report.problems.append(str(err))
    finally:
        db.close()
    return report


def _search_index_problems(db: sqlite3.Connection) -> list[str]:
    tables = {name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if "search_index" not in tables:
        return []
    problems = []
    db.execute("BEGIN")
    try:
        db.execute("INSERT INTO search_index(search_index) VALUES ('integrity-check')")
    except sqlite3.DatabaseError as err:
        if not is_damage(err) and "integrity" not in str(err) and "malformed" not in str(err):
            raise
        problems.append(f"search index: {err}")
    finally:
        db.execute("ROLLBACK")
    texts = db.execute("SELECT (SELECT count(*) FROM point) + (SELECT count(*) FROM discussion_group) + "
                       "(SELECT count(*) FROM seminar_session) + (SELECT count(*) FROM seminar)").fetchone()[0]
    indexed = db.execute("SELECT count(*) FROM search_index").fetchone()[0]
    if texts != indexed:
        problems.append(f"search index: {indexed} entries for {texts} texts")
    return problems
