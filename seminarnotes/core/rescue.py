"""Rescue what SQLite can still read from a damaged library into a new one.

Every table is read row by row around the damage (`readable_rows`): a damaged page
costs the rows on it, not the rows after it. What the tables lost, the search index
often still holds (its own copy of every text, keyed by the row's id): a lost
seminar, session or group gets its title or name back from there, and a lost
point's text is kept in a seminar of its own, "Rescued texts", because where it
stood is gone. The report lists what could not be rescued.

The damaged file is only read: the rescue works on the copy kept aside
(restore.keep_aside), so that not even SQLite's journal is written beside the original.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from seminarnotes.core import migrate
from seminarnotes.core.atomic import write_with
from seminarnotes.core.connections import column_names, read_only_uri
from seminarnotes.core.messages import Message, N_

CHUNK = 500
LONGEST_JUMP = 1 << 40
COLUMNS = {  # what the newest schema has; older libraries have a subset
    "seminar": ("id", "title", "speaker", "venue", "date", "document_type", "organizer", "language", "thanks",
                "about", "compiled_by", "contact_name", "contact_role", "contact_organization", "contact_phone",
                "contact_email", "website", "created", "modified", "date_format", "session_page_break",
                "include_empty_groups", "page_word", "logo", "logo_filename", "archived", "deleted", "uid"),
    "seminar_session": ("id", "seminar_id", "position", "name", "question"),
    "discussion_group": ("id", "session_id", "position", "name", "version"),
    "point": ("id", "group_id", "position", "text", "level", "kind", "created"),
}
POINT, GROUP, SESSION, SEMINAR = range(4)
_DAMAGED_TABLE = {
    "seminar": N_("Some seminars' details could not be read."),
    "seminar_session": N_("Some sessions could not be read."),
    "discussion_group": N_("Some groups could not be read."),
    "point": N_("Some points could not be read."),
}  # search index rowid = id * 4 + kind (migration 0003)


@dataclass
class Report:
    """What the rescue brought over, and what it could not."""

    seminars: int = 0
    points: int = 0
    lost: list[Message] = field(default_factory=list)

    def lines(self) -> list[str]:
        return [str(m) for m in self.lost]


def _read(db: sqlite3.Connection, sql: str, params: tuple) -> list[tuple] | None:
    try:
        return db.execute(sql, params).fetchall()
    except sqlite3.DatabaseError:
        return None


def readable_rows(db: sqlite3.Connection, table: str, columns: list[str]) -> tuple[list[tuple], int]:
    """Every row of `table` that SQLite can return, in rowid order, and how many stretches were
    skipped because they could not be read."""
    select = f"SELECT rowid, {', '.join(columns)} FROM {table} WHERE rowid >= ? ORDER BY rowid LIMIT ?"
    rows: list[tuple] = []
    gaps = 0
    start = -(1 << 62)
    while True:
        chunk = _read(db, select, (start, CHUNK))
        if chunk is not None:
            rows += chunk
            if len(chunk) < CHUNK:
                return rows, gaps
            start = chunk[-1][0] + 1
            continue
        one = _read(db, select, (start, 1))  # the chunk failed somewhere: go row by row
        if one is not None:
            if not one:
                return rows, gaps
            rows += one
            start = one[0][0] + 1
            continue
        gaps += 1
        found = _next_readable(db, select, start)
        if found is None:
            return rows, gaps
        start = found


def _next_readable(db: sqlite3.Connection, select: str, bad: int) -> int | None:
    """The smallest rowid after `bad` from which reading works again (jumps, then halves back)."""
    jump = 1
    while jump <= LONGEST_JUMP:
        if _read(db, select, (bad + jump, 1)) is not None:
            low, high = bad + jump // 2, bad + jump  # reading from `high` works, from `low` it does not
            while high - low > 1:
                middle = (low + high) // 2
                if _read(db, select, (middle, 1)) is not None:
                    high = middle
                else:
                    low = middle
            return high
        jump *= 2
    return None


def _index_texts(db: sqlite3.Connection) -> dict[int, str]:
    """The search index's copy of every text: rowid (id * 4 + kind) -> text."""
    try:
        rows, _ = readable_rows(db, "search_index_content", ["c0"])
    except sqlite3.DatabaseError:
        return {}
    return {rowid: text for rowid, text in rows if isinstance(text, str)}


def rescue(damaged: Path, target: Path, translate: Callable[[str], str] | None = None) -> Report:
    """Write a new library at `target` with everything readable from `damaged` (a copy of the
    damaged library); returns the report. `target` is replaced only when the rescue is complete.
    `translate` turns the names the rescue gives ("Rescued texts") into the user's language."""
    report = Report()
    shm = Path(damaged).with_name(Path(damaged).name + "-shm")
    made_shm = not shm.exists()
    db = sqlite3.connect(read_only_uri(damaged), uri=True)
    try:
        try:
            existing = {name: column_names(db, name) for name in COLUMNS}
        except sqlite3.DatabaseError:
            existing = {}
        if not existing or not all(existing.values()):
            report.lost.append(Message(N_("The library's list of tables could not be read, so only the texts in "
                                          "its search index could be rescued.")))
            existing = {}
        tables = {}
        for name, wanted in COLUMNS.items():
            columns = [c for c in wanted if c in existing.get(name, [])]
            rows, gaps = readable_rows(db, name, columns[1:]) if columns else ([], 0)
            tables[name] = [dict(zip(columns, row, strict=False)) for row in rows]
            if gaps:
                report.lost.append(Message(_DAMAGED_TABLE[name]))
        texts = _index_texts(db)
    finally:
        db.close()
        if made_shm:
            shm.unlink(missing_ok=True)  # SQLite's shared memory for reading it: nothing of the library
    write_with(target, lambda tmp: _build(tmp, tables, texts, report, lambda m: m.render(translate)))
    return report


def _build(path: Path, tables: dict[str, list[dict]], texts: dict[int, str], report: Report,
           name: Callable[[Message], str]) -> None:
    migrate.create(path)
    db = sqlite3.connect(str(path), isolation_level=None)
    try:
        db.execute("PRAGMA foreign_keys=ON")
        db.execute("BEGIN")
        _fill(db, tables, texts, report, name)
        db.execute("COMMIT")
        db.execute("PRAGMA journal_mode=DELETE")  # one file, no journal beside it, until it is opened
    finally:
        db.close()


def _insert(db: sqlite3.Connection, table: str, row: dict) -> None:
    columns = [c for c in COLUMNS[table] if c in row]
    db.execute(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
               [row[c] for c in columns])


def _positions(rows: list[dict], parent: str) -> Iterator[dict]:
    """Rows in their order within each parent, renumbered 0, 1, 2 … (lost rows leave no gaps)."""
    counters: dict[int, int] = {}
    for row in sorted(rows, key=lambda r: (r[parent], r.get("position") or 0, r["id"])):
        row["position"] = counters.get(row[parent], 0)
        counters[row[parent]] = row["position"] + 1
        yield row


class _Places:
    """Where rows go whose parent was lost: the seminar "Rescued texts", made when first needed."""

    def __init__(self, seminars: dict[int, dict], sessions: dict[int, dict], groups: dict[int, dict],
                 stamp: str, name: Callable[[Message], str]) -> None:
        self.seminars, self.sessions, self.groups = seminars, sessions, groups
        self.stamp, self.name = stamp, name
        self._seminar: int | None = None
        self._session: int | None = None

    def seminar(self) -> int:
        if self._seminar is None:
            self._seminar = max(self.seminars, default=0) + 1
            self.seminars[self._seminar] = {"id": self._seminar, "title": self.name(Message(N_("Rescued texts"))),
                                            "created": self.stamp, "modified": self.stamp}
        return self._seminar

    def session(self) -> int:
        if self._session is None:
            self._session = max(self.sessions, default=0) + 1
            self.sessions[self._session] = {"id": self._session, "seminar_id": self.seminar(), "position": 1 << 30,
                                            "name": "", "question": ""}
        return self._session

    def group(self) -> int:
        id_ = max(self.groups, default=0) + 1
        self.groups[id_] = {"id": id_, "session_id": self.session(), "position": 1 << 30,
                            "name": self.name(Message(N_("Texts whose place was lost")))}
        return id_


def _fill(db: sqlite3.Connection, tables: dict[str, list[dict]], texts: dict[int, str], report: Report,
          name: Callable[[Message], str]) -> None:
    stamp = dt.datetime.now().replace(microsecond=0).isoformat(sep=" ")
    seminars = {row["id"]: row for row in tables["seminar"]}
    sessions = {row["id"]: row for row in tables["seminar_session"]}
    groups = {row["id"]: row for row in tables["discussion_group"]}
    points = tables["point"]
    places = _Places(seminars, sessions, groups, stamp, name)

    for row in list(sessions.values()):  # a session whose seminar was lost: the seminar comes back by its title
        id_ = row["seminar_id"]
        if id_ not in seminars:
            title = texts.get(id_ * 4 + SEMINAR) or name(Message(N_("Rescued seminar %1"), id_))
            seminars[id_] = {"id": id_, "title": title, "created": stamp, "modified": stamp}
            report.lost.append(Message(N_("The details of the seminar “%1” could not be read; its sessions were "
                                          "rescued."), title))
    for row in list(groups.values()):  # a group whose session was lost: its seminar is unknown
        id_ = row["session_id"]
        if id_ not in sessions:
            session_name, _, question = (texts.get(id_ * 4 + SESSION) or "").partition("\n")
            sessions[id_] = {"id": id_, "seminar_id": places.seminar(), "position": id_, "name": session_name,
                             "question": question}
            report.lost.append(Message(N_("A session (“%1”) could not be read; its groups are in the seminar "
                                          "“Rescued texts”."), session_name))
    for row in points:  # a point whose group was lost: the group comes back by its name
        id_ = row["group_id"]
        if id_ not in groups:
            group_name = texts.get(id_ * 4 + GROUP) or name(Message(N_("Rescued group %1"), id_))
            groups[id_] = {"id": id_, "session_id": places.session(), "position": id_, "name": group_name}
            report.lost.append(Message(N_("The group “%1” could not be read; its points are in the seminar "
                                          "“Rescued texts”."), group_name))
    known = {row["id"] for row in points}
    orphans = [text for rowid, text in sorted(texts.items()) if rowid % 4 == POINT and rowid // 4 not in known]
    if orphans:
        group_id = places.group()
        first = max(known, default=0) + 1
        points += [{"id": first + k, "group_id": group_id, "position": k, "text": text}
                   for k, text in enumerate(orphans)]
        report.lost.append(Message(N_("%1 points could not be read where they stood; their texts were found in the "
                                      "search index and are in the seminar “Rescued texts”."), len(orphans)))

    for row in seminars.values():
        row["uid"] = row.get("uid") or uuid.uuid4().hex
        _insert(db, "seminar", row)
    for row in _positions(list(sessions.values()), "seminar_id"):
        _insert(db, "seminar_session", row)
    for row in _positions(list(groups.values()), "session_id"):
        _insert(db, "discussion_group", row)
    previous: dict[int, int] = {}
    for row in _positions(points, "group_id"):  # a lost point can leave a jump in levels: close it
        level = row.get("level")
        level = level if isinstance(level, int) else 0
        row["level"] = max(0, min(level, previous.get(row["group_id"], -1) + 1, 2))
        row["kind"] = row.get("kind") if row.get("kind") in ("point", "highlight") else "point"
        row["created"] = row.get("created") or stamp
        previous[row["group_id"]] = row["level"]
        _insert(db, "point", row)
    report.seminars = db.execute("SELECT count(*) FROM seminar WHERE deleted IS NULL").fetchone()[0]
    report.points = db.execute("SELECT count(*) FROM point").fetchone()[0]


def rescue_in_place(library: Path, translate: Callable[[str], str] | None = None) -> tuple[Report, Path]:
    """Keep the damaged library aside and put the rescued one in its place; returns the report
    and where the damaged file is kept."""
    from seminarnotes.core.library_files import companions
    from seminarnotes.core.restore import keep_aside

    library = Path(library)
    aside = keep_aside(library)
    for companion in companions(library)[:2]:  # copied aside; must not be replayed onto the new file
        companion.unlink(missing_ok=True)
    return rescue(aside, library, translate), aside
