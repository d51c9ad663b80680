"""The library's writes: SQLAlchemy ORM units of work, one transaction each.

Loaded only when the first write comes (or when the window is idle), so that
start-up reads never pay for importing SQLAlchemy. Every transaction starts with
BEGIN IMMEDIATE, so what it reads to compute positions cannot go stale under
another writer, and it has reached the disk (WAL, synchronous=FULL) when it returns.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from seminarnotes.core.connections import transactional_engine
from seminarnotes.core.deleted_list import KEEP_DELETED
from seminarnotes.core.document import DATE_FORMATS, ExportSettings, GroupDoc, SeminarDetails, SeminarDoc
from seminarnotes.core.errors import LibraryError, NotFound
from seminarnotes.core.messages import N_
from seminarnotes.core.models import GroupRow, PointRow, SeminarRow, SessionRow, new_uid, now
from seminarnotes.core.outline import Point, check_levels

log = logging.getLogger("seminarnotes")
DETAIL_NAMES = SeminarDetails.names()
EXPORT_NAMES = ExportSettings.names()


def check_changes(changes: dict[str, Any]) -> None:
    unknown = set(changes) - set(DETAIL_NAMES) - set(EXPORT_NAMES)
    if unknown:
        raise TypeError(f"unknown seminar fields: {', '.join(sorted(unknown))}")
    if "date_format" in changes and changes["date_format"] not in DATE_FORMATS:
        raise LibraryError(N_("%1 is not a date format (%2)."), repr(changes["date_format"]), ", ".join(DATE_FORMATS))
    if "date" in changes and changes["date"] is not None and not isinstance(changes["date"], dt.date):
        raise LibraryError(N_("%1 is not a date."), repr(changes["date"]))


def _renumber(rows: list[Any]) -> None:
    for position, row in enumerate(rows):
        if row.position != position:
            row.position = position


def _insert(rows: list[Any], row: Any, index: int | None) -> None:
    """Insert `row` at `index` (end when None or past the end) and renumber."""
    index = len(rows) if index is None else max(0, min(index, len(rows)))
    rows.insert(index, row)
    _renumber(rows)


def _group_row(position: int, name: str, points: Sequence[Point], stamp: dt.datetime | None = None) -> GroupRow:
    """A new group row with its point rows, to be added in one transaction."""
    stamp = stamp or now()
    return GroupRow(position=position, name=name, points=[
        PointRow(position=k, text=p.text, level=p.level, kind=p.kind, created=stamp) for k, p in enumerate(points)])


class Store:
    """Every change to the library goes through here."""

    def __init__(self, path: Path) -> None:
        self._path = path
        self._engine = transactional_engine(path)
        self._orm_sessions = sessionmaker(self._engine, expire_on_commit=False)

    def close(self) -> None:
        self._engine.dispose()

    @contextmanager
    def _write(self) -> Iterator[Session]:
        """One transaction; a disk that is full, read-only or locked becomes one sentence."""
        from seminarnotes.core.sqlite_errors import write_failure

        try:
            with self._orm_sessions.begin() as session:
                yield session
        except DBAPIError as err:
            if not isinstance(err, OperationalError):  # a constraint: worth a look (parameters are hidden)
                log.warning("a write was refused by the database", exc_info=True)
            raise write_failure(self._path, err.orig) from None

    @staticmethod
    def _get(session: Session, model: type, id_: int, what: str) -> Any:
        row = session.get(model, id_)
        if row is None:
            raise NotFound(what, id_)
        return row

    def _seminar(self, s: Session, id_: int) -> SeminarRow:
        return self._get(s, SeminarRow, id_, "seminar")

    def _session(self, s: Session, id_: int) -> SessionRow:
        return self._get(s, SessionRow, id_, "session")

    def _group(self, s: Session, id_: int) -> GroupRow:
        return self._get(s, GroupRow, id_, "group")

    # --- seminars ----------------------------------------------------------------

    def create_seminar(self, title: str = "", **changes: Any) -> int:
        check_changes(changes)
        with self._write() as s:
            seminar = SeminarRow(**{**changes, "title": title}, created=now(), modified=now())
            s.add(seminar)
            s.flush()
            return seminar.id

    def update_seminar(self, seminar_id: int, **changes: Any) -> None:
        check_changes(changes)
        with self._write() as s:
            seminar = self._seminar(s, seminar_id)
            for key, value in changes.items():
                setattr(seminar, key, value)
            seminar.modified = now()

    def delete_seminar(self, seminar_id: int) -> None:
        with self._write() as s:
            self._seminar(s, seminar_id).deleted = now()

    def restore_seminar(self, seminar_id: int) -> None:
        with self._write() as s:
            self._seminar(s, seminar_id).deleted = None

    def purge_seminar(self, seminar_id: int) -> None:
        with self._write() as s:
            s.delete(self._seminar(s, seminar_id))

    def purge_expired(self, when: dt.datetime | None = None) -> int:
        cutoff = (when or now()) - KEEP_DELETED
        with self._write() as s:
            expired = list(s.scalars(select(SeminarRow).where(SeminarRow.deleted < cutoff)))
            for seminar in expired:
                s.delete(seminar)
            return len(expired)

    def set_archived(self, seminar_id: int, archived: bool) -> None:
        with self._write() as s:
            self._seminar(s, seminar_id).archived = archived

    def duplicate_structure(self, seminar_id: int, date: dt.date | None = None) -> int:
        with self._write() as s:
            source = self._seminar(s, seminar_id)
            values = {name: getattr(source, name) for name in (*DETAIL_NAMES, *EXPORT_NAMES)}
            values["date"] = date if date is not None else dt.date.today()
            copy = SeminarRow(**values, created=now(), modified=now())
            copy.sessions = [
                SessionRow(position=i, name=old.name, question=old.question,
                           groups=[GroupRow(position=j, name=g.name) for j, g in enumerate(old.groups)])
                for i, old in enumerate(source.sessions)
            ]
            s.add(copy)
            s.flush()
            return copy.id

    # --- sessions ----------------------------------------------------------------

    def add_session(self, seminar_id: int, name: str = "", question: str = "", index: int | None = None,
                    groups: Sequence[GroupDoc] = ()) -> int:
        for group in groups:
            check_levels(group.points)
        with self._write() as s:
            seminar = self._seminar(s, seminar_id)
            session = SessionRow(name=name, question=question, position=0,
                                 groups=[_group_row(j, g.name, g.points) for j, g in enumerate(groups)])
            _insert(seminar.sessions, session, index)
            seminar.modified = now()
            s.flush()
            return session.id

    def update_session(self, session_id: int, *, name: str | None = None, question: str | None = None) -> None:
        with self._write() as s:
            session = self._session(s, session_id)
            if name is not None:
                session.name = name
            if question is not None:
                session.question = question
            session.seminar.modified = now()

    def delete_session(self, session_id: int) -> None:
        with self._write() as s:
            session = self._session(s, session_id)
            seminar = session.seminar
            seminar.sessions.remove(session)
            _renumber(seminar.sessions)
            seminar.modified = now()

    def move_session(self, session_id: int, index: int) -> None:
        with self._write() as s:
            session = self._session(s, session_id)
            siblings = session.seminar.sessions
            siblings.remove(session)
            _insert(siblings, session, index)
            session.seminar.modified = now()

    # --- groups ------------------------------------------------------------------

    def add_group(self, session_id: int, name: str = "", index: int | None = None,
                  points: Sequence[Point] = ()) -> int:
        check_levels(points)
        with self._write() as s:
            session = self._session(s, session_id)
            group = _group_row(0, name, points)
            _insert(session.groups, group, index)
            session.seminar.modified = now()
            s.flush()
            return group.id

    def rename_group(self, group_id: int, name: str) -> None:
        with self._write() as s:
            group = self._group(s, group_id)
            group.name = name
            group.session.seminar.modified = now()

    def delete_group(self, group_id: int) -> None:
        with self._write() as s:
            group = self._group(s, group_id)
            session = group.session
            session.groups.remove(group)
            _renumber(session.groups)
            session.seminar.modified = now()

    def move_group(self, group_id: int, session_id: int, index: int) -> None:
        with self._write() as s:
            group = self._group(s, group_id)
            target = self._session(s, session_id)
            if target.seminar_id != group.session.seminar_id:
                raise LibraryError(N_("A group can only be moved to a session of the same seminar."))
            source_groups, target_groups = group.session.groups, target.groups  # both loaded before the move
            with s.no_autoflush:
                source_groups.remove(group)
                _renumber(source_groups)
                _insert(target_groups, group, index)
            target.seminar.modified = now()

    # --- whole seminars ------------------------------------------------------------

    def import_doc(self, doc: SeminarDoc) -> int:
        for session in doc.sessions:
            for group in session.groups:
                check_levels(group.points)
        stamp = now()
        values = {n: getattr(doc.details, n) for n in DETAIL_NAMES}
        values.update({n: getattr(doc.export, n) for n in EXPORT_NAMES})
        check_changes(values)
        with self._write() as s:
            seminar = SeminarRow(**values, uid=doc.uid or new_uid(), created=doc.created or stamp,
                                 modified=doc.modified or stamp)
            seminar.sessions = [
                SessionRow(position=i, name=se.name, question=se.question,
                           groups=[_group_row(j, g.name, g.points, stamp) for j, g in enumerate(se.groups)])
                for i, se in enumerate(doc.sessions)
            ]
            s.add(seminar)
            s.flush()
            return seminar.id
