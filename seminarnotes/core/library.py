"""The library of seminars: one SQLite file, and the unit-of-work API that the
window and the command line share.

Every public method is one short transaction that has reached the disk
(WAL, synchronous=FULL) when it returns, so an edit whose call returned survives
a crash or a dead battery.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import case, create_engine, delete, event, func, select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session as OrmSession
from sqlalchemy.orm import sessionmaker

from seminarnotes.core import migrate
from seminarnotes.core.document import (
    DATE_FORMATS,
    ExportSettings,
    GroupDoc,
    SeminarDetails,
    SeminarDoc,
    SessionDoc,
)
from seminarnotes.core.errors import LibraryError, NotFound
from seminarnotes.core.models import Group, Point, Seminar, Session
from seminarnotes.core.outline import Point as PointData
from seminarnotes.core.outline import check_levels

_DETAIL_NAMES = SeminarDetails.names()
_EXPORT_NAMES = ExportSettings.names()


KEEP_DELETED = dt.timedelta(days=30)


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


@dataclass(frozen=True)
class SeminarSummary:
    """One row of the library's list of seminars."""

    id: int
    title: str
    date: dt.date | None
    venue: str
    organizer: str
    speaker: str
    groups: int
    points: int
    modified: dt.datetime
    archived: bool = False
    deleted: dt.datetime | None = None


@dataclass(frozen=True)
class GroupNode:
    id: int
    name: str
    point_count: int


@dataclass(frozen=True)
class SessionNode:
    id: int
    name: str
    question: str
    groups: tuple[GroupNode, ...]


def _on_connect(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


class Library:
    """An open library file. Use `Library.open(path)`; close() when done."""

    def __init__(self, path: Path, engine: Engine) -> None:
        self.path = path
        self._engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @classmethod
    def open(cls, path: str | Path) -> Library:
        """Open (creating or migrating as needed) the library at `path`."""
        path = Path(path).expanduser()
        if path.is_dir():
            raise LibraryError(f"{path} is a folder; a library is a file.")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as err:
            raise LibraryError(f"The folder for the library {path} cannot be made: {err.strerror}.") from None
        try:
            migrate.upgrade(path)
        except LibraryError:
            raise
        except OSError as err:
            raise LibraryError(f"The library {path} cannot be opened: {err.strerror or err}.") from None
        engine = create_engine(f"sqlite:///{path}")
        event.listen(engine, "connect", _on_connect)
        library = cls(path, engine)
        library.purge_expired()
        return library

    def preload(self) -> None:
        """Load the write machinery now, while the user is not waiting (start-up
        reads need none of it)."""

    def close(self) -> None:
        self._engine.dispose()

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def _write(self) -> Iterator[OrmSession]:
        with self._sessions.begin() as session:
            yield session

    @contextmanager
    def _read(self) -> Iterator[OrmSession]:
        with self._sessions() as session:
            yield session

    def integrity_ok(self) -> bool:
        """SQLite's own check of the file."""
        with self._engine.connect() as connection:
            return connection.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"

    # --- lookups -----------------------------------------------------------------

    @staticmethod
    def _get(session: OrmSession, model: type, id_: int, what: str) -> Any:
        row = session.get(model, id_)
        if row is None:
            raise NotFound(f"There is no {what} with id {id_} in the library.")
        return row

    def _seminar(self, s: OrmSession, id_: int) -> Seminar:
        return self._get(s, Seminar, id_, "seminar")

    def _session_row(self, s: OrmSession, id_: int) -> Session:
        return self._get(s, Session, id_, "session")

    def _group(self, s: OrmSession, id_: int) -> Group:
        return self._get(s, Group, id_, "group")

    # --- seminars ----------------------------------------------------------------

    def create_seminar(self, title: str = "", **changes: Any) -> int:
        """A new seminar with the given details; returns its id."""
        _check_changes(changes)
        with self._write() as s:
            seminar = Seminar(**{**changes, "title": title}, **_defaults())
            s.add(seminar)
            s.flush()
            return seminar.id

    def update_seminar(self, seminar_id: int, **changes: Any) -> None:
        """Change seminar details and/or export settings by field name."""
        _check_changes(changes)
        with self._write() as s:
            seminar = self._seminar(s, seminar_id)
            for key, value in changes.items():
                setattr(seminar, key, value)
            seminar.modified = _now()

    def delete_seminar(self, seminar_id: int) -> None:
        """Move the seminar to the Deleted list, restorable for KEEP_DELETED."""
        with self._write() as s:
            self._seminar(s, seminar_id).deleted = _now()

    def restore_seminar(self, seminar_id: int) -> None:
        """Bring a seminar back from the Deleted list."""
        with self._write() as s:
            self._seminar(s, seminar_id).deleted = None

    def purge_seminar(self, seminar_id: int) -> None:
        """Remove a seminar and everything in it for good."""
        with self._write() as s:
            s.delete(self._seminar(s, seminar_id))

    def purge_expired(self, now: dt.datetime | None = None) -> int:
        """Remove seminars deleted longer ago than KEEP_DELETED; returns how many."""
        cutoff = (now or _now()) - KEEP_DELETED
        with self._write() as s:
            expired = list(s.scalars(select(Seminar).where(Seminar.deleted < cutoff)))
            for seminar in expired:
                s.delete(seminar)
            return len(expired)

    def set_archived(self, seminar_id: int, archived: bool) -> None:
        """Archived seminars are hidden from the archive view unless asked for."""
        with self._write() as s:
            self._seminar(s, seminar_id).archived = archived

    def details(self, seminar_id: int) -> SeminarDetails:
        with self._read() as s:
            seminar = self._seminar(s, seminar_id)
            return SeminarDetails(**{name: getattr(seminar, name) for name in _DETAIL_NAMES})

    def export_settings(self, seminar_id: int) -> ExportSettings:
        with self._read() as s:
            seminar = self._seminar(s, seminar_id)
            return ExportSettings(**{name: getattr(seminar, name) for name in _EXPORT_NAMES})

    def list_seminars(self, *, archived: bool = True, deleted: bool = False) -> list[SeminarSummary]:
        """Seminars with their group and point counts, newest first: those not
        deleted (archived ones too unless archived=False), or with deleted=True
        only the Deleted list."""
        groups = (
            select(Session.seminar_id, func.count(Group.id).label("n"))
            .join(Group, Group.session_id == Session.id)
            .group_by(Session.seminar_id)
            .subquery()
        )
        points = (
            select(Session.seminar_id, func.count(Point.id).label("n"))
            .join(Group, Group.session_id == Session.id)
            .join(Point, Point.group_id == Group.id)
            .group_by(Session.seminar_id)
            .subquery()
        )
        query = (
            select(
                Seminar.id, Seminar.title, Seminar.date, Seminar.venue, Seminar.organizer, Seminar.speaker,
                func.coalesce(groups.c.n, 0), func.coalesce(points.c.n, 0), Seminar.modified, Seminar.archived,
                Seminar.deleted,
            )
            .outerjoin(groups, groups.c.seminar_id == Seminar.id)
            .outerjoin(points, points.c.seminar_id == Seminar.id)
            .order_by(case((Seminar.date.is_(None), 1), else_=0), Seminar.date.desc(), Seminar.created.desc(),
                      Seminar.id.desc())
        )
        query = query.where(Seminar.deleted.is_not(None) if deleted else Seminar.deleted.is_(None))
        if not archived:
            query = query.where(Seminar.archived.is_(False))
        with self._read() as s:
            return [SeminarSummary(*row) for row in s.execute(query)]

    def seminar_ids(self) -> list[int]:
        with self._read() as s:
            return list(s.scalars(select(Seminar.id)))

    def duplicate_structure(self, seminar_id: int, date: dt.date | None = None) -> int:
        """A new seminar with the same details, sessions, questions and groups, no points."""
        with self._write() as s:
            source = self._seminar(s, seminar_id)
            values = {name: getattr(source, name) for name in (*_DETAIL_NAMES, *_EXPORT_NAMES)}
            values["date"] = date if date is not None else dt.date.today()
            copy = Seminar(**values, created=_now(), modified=_now())
            copy.sessions = [
                Session(position=i, name=old.name, question=old.question,
                        groups=[Group(position=j, name=g.name) for j, g in enumerate(old.groups)])
                for i, old in enumerate(source.sessions)
            ]
            s.add(copy)
            s.flush()
            return copy.id

    # --- sessions ----------------------------------------------------------------

    def seminar_tree(self, seminar_id: int) -> list[SessionNode]:
        """The seminar's sessions and groups in order, with point counts."""
        with self._read() as s:
            self._seminar(s, seminar_id)
            counts = dict(
                s.execute(
                    select(Group.id, func.count(Point.id))
                    .join(Session, Group.session_id == Session.id)
                    .outerjoin(Point, Point.group_id == Group.id)
                    .where(Session.seminar_id == seminar_id)
                    .group_by(Group.id)
                ).all()
            )
            sessions = s.scalars(select(Session).where(Session.seminar_id == seminar_id).order_by(Session.position))
            return [
                SessionNode(se.id, se.name, se.question,
                            tuple(GroupNode(g.id, g.name, counts.get(g.id, 0)) for g in se.groups))
                for se in sessions
            ]

    def add_session(self, seminar_id: int, name: str = "", question: str = "", index: int | None = None) -> int:
        with self._write() as s:
            seminar = self._seminar(s, seminar_id)
            session = Session(name=name, question=question, position=0)
            _insert(seminar.sessions, session, index)
            seminar.modified = _now()
            s.flush()
            return session.id

    def update_session(self, session_id: int, *, name: str | None = None, question: str | None = None) -> None:
        with self._write() as s:
            session = self._session_row(s, session_id)
            if name is not None:
                session.name = name
            if question is not None:
                session.question = question
            session.seminar.modified = _now()

    def delete_session(self, session_id: int) -> None:
        with self._write() as s:
            session = self._session_row(s, session_id)
            seminar = session.seminar
            seminar.sessions.remove(session)
            _renumber(seminar.sessions)
            seminar.modified = _now()

    def move_session(self, session_id: int, index: int) -> None:
        """Put the session at `index` among its seminar's sessions."""
        with self._write() as s:
            session = self._session_row(s, session_id)
            siblings = session.seminar.sessions
            siblings.remove(session)
            _insert(siblings, session, index)
            session.seminar.modified = _now()

    def session_of(self, group_id: int) -> int:
        with self._read() as s:
            return self._group(s, group_id).session_id

    def seminar_of_session(self, session_id: int) -> int:
        with self._read() as s:
            return self._session_row(s, session_id).seminar_id

    # --- groups ------------------------------------------------------------------

    def add_group(self, session_id: int, name: str = "", index: int | None = None) -> int:
        with self._write() as s:
            session = self._session_row(s, session_id)
            group = Group(name=name, position=0)
            _insert(session.groups, group, index)
            session.seminar.modified = _now()
            s.flush()
            return group.id

    def rename_group(self, group_id: int, name: str) -> None:
        with self._write() as s:
            group = self._group(s, group_id)
            group.name = name
            group.session.seminar.modified = _now()

    def delete_group(self, group_id: int) -> None:
        with self._write() as s:
            group = self._group(s, group_id)
            session = group.session
            session.groups.remove(group)
            _renumber(session.groups)
            session.seminar.modified = _now()

    def move_group(self, group_id: int, session_id: int, index: int) -> None:
        """Put the group at `index` in `session_id` (its own or another of the seminar)."""
        with self._write() as s:
            group = self._group(s, group_id)
            target = self._session_row(s, session_id)
            if target.seminar_id != group.session.seminar_id:
                raise LibraryError("A group can only be moved to a session of the same seminar.")
            source_groups, target_groups = group.session.groups, target.groups  # both loaded before the move
            with s.no_autoflush:
                source_groups.remove(group)
                _renumber(source_groups)
                _insert(target_groups, group, index)
            target.seminar.modified = _now()

    def group_names(self) -> list[str]:
        """Group names used anywhere in the library, most used first (for completion)."""
        with self._read() as s:
            rows = s.execute(
                select(Group.name).where(Group.name != "").group_by(Group.name)
                .order_by(func.count().desc(), Group.name)
            )
            return [name for (name,) in rows]

    # --- points ------------------------------------------------------------------

    def points(self, group_id: int) -> list[PointData]:
        with self._read() as s:
            self._group(s, group_id)
            rows = s.execute(
                select(Point.text, Point.level, Point.kind).where(Point.group_id == group_id).order_by(Point.position)
            )
            return [PointData(text, level, kind) for text, level, kind in rows]

    def set_points(self, group_id: int, points: Sequence[PointData]) -> None:
        """Replace a group's points in one transaction (the editor's save).

        Rows are updated in place where they still fit, so unchanged points keep
        their creation time and a save touches only what changed."""
        check_levels(points)
        with self._write() as s:
            group = self._group(s, group_id)
            rows = list(group.points)
            changed = len(rows) != len(points)
            for position, point in enumerate(points):
                if position < len(rows):
                    row = rows[position]
                    if (row.text, row.level, row.kind) != (point.text, point.level, point.kind):
                        row.text, row.level, row.kind = point.text, point.level, point.kind
                        changed = True
                else:
                    group.points.append(
                        Point(position=position, text=point.text, level=point.level, kind=point.kind, created=_now())
                    )
            for row in rows[len(points):]:
                group.points.remove(row)
            if changed:
                group.session.seminar.modified = _now()

    # --- whole seminars ------------------------------------------------------------

    def seminar_doc(self, seminar_id: int) -> SeminarDoc:
        """The whole seminar as plain data, for export and packages."""
        with self._read() as s:
            seminar = self._seminar(s, seminar_id)
            sessions = list(s.scalars(select(Session).where(Session.seminar_id == seminar_id)
                                      .order_by(Session.position)))
            group_rows = list(s.scalars(select(Group).join(Session).where(Session.seminar_id == seminar_id)
                                        .order_by(Group.position)))
            point_rows = s.execute(
                select(Point.group_id, Point.text, Point.level, Point.kind)
                .join(Group).join(Session).where(Session.seminar_id == seminar_id).order_by(Point.position)
            )
            points: dict[int, list[PointData]] = {}
            for group_id, text, level, kind in point_rows:
                points.setdefault(group_id, []).append(PointData(text, level, kind))
            groups: dict[int, list[GroupDoc]] = {}
            for g in group_rows:
                groups.setdefault(g.session_id, []).append(GroupDoc(g.name, points.get(g.id, [])))
            return SeminarDoc(
                details=SeminarDetails(**{n: getattr(seminar, n) for n in _DETAIL_NAMES}),
                export=ExportSettings(**{n: getattr(seminar, n) for n in _EXPORT_NAMES}),
                sessions=[SessionDoc(se.name, se.question, groups.get(se.id, [])) for se in sessions],
                created=seminar.created,
                modified=seminar.modified,
            )

    def import_doc(self, doc: SeminarDoc) -> int:
        """Add a whole seminar in one transaction; returns its id."""
        for session in doc.sessions:
            for group in session.groups:
                check_levels(group.points)
        now = _now()
        values = {n: getattr(doc.details, n) for n in _DETAIL_NAMES}
        values.update({n: getattr(doc.export, n) for n in _EXPORT_NAMES})
        _check_changes(values)
        with self._write() as s:
            seminar = Seminar(**values, created=doc.created or now, modified=doc.modified or now)
            s.add(seminar)
            s.flush()
            for i, se in enumerate(doc.sessions):
                session = Session(seminar_id=seminar.id, position=i, name=se.name, question=se.question)
                s.add(session)
                s.flush()
                for j, g in enumerate(se.groups):
                    group = Group(session_id=session.id, position=j, name=g.name)
                    s.add(group)
                    s.flush()
                    s.add_all(
                        Point(group_id=group.id, position=k, text=p.text, level=p.level, kind=p.kind, created=now)
                        for k, p in enumerate(g.points)
                    )
            return seminar.id


def _defaults() -> dict[str, Any]:
    now = _now()
    return {"created": now, "modified": now}


def _check_changes(changes: dict[str, Any]) -> None:
    unknown = set(changes) - set(_DETAIL_NAMES) - set(_EXPORT_NAMES)
    if unknown:
        raise TypeError(f"unknown seminar fields: {', '.join(sorted(unknown))}")
    if "date_format" in changes and changes["date_format"] not in DATE_FORMATS:
        raise LibraryError(f"{changes['date_format']!r} is not a date format ({', '.join(DATE_FORMATS)}).")
    if "date" in changes and changes["date"] is not None and not isinstance(changes["date"], dt.date):
        raise LibraryError(f"{changes['date']!r} is not a date.")


def _renumber(rows: list[Any]) -> None:
    for position, row in enumerate(rows):
        if row.position != position:
            row.position = position


def _insert(rows: list[Any], row: Any, index: int | None) -> None:
    """Insert `row` at `index` (end when None or past the end) and renumber."""
    index = len(rows) if index is None else max(0, min(index, len(rows)))
    rows.insert(index, row)
    _renumber(rows)
