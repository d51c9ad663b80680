"""The library of seminars: one SQLite file, and the API that the window and the
command line share.

Reads go straight to SQLite; writes go through the ORM units of work in
`store.py`, loaded on first use (or `preload()`), so that opening the window never
waits for SQLAlchemy. Every write is one transaction that has reached the disk
when it returns, so an edit whose call returned survives a crash.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import sqlite3
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from seminarnotes.core import connections, migrate, points_write, rows
from seminarnotes.core.deleted_list import KEEP_DELETED
from seminarnotes.core.document import ExportSettings, GroupDoc, SeminarDetails, SeminarDoc, SessionDoc
from seminarnotes.core.errors import DamagedLibrary, LibraryError, NotFound
from seminarnotes.core.messages import N_
from seminarnotes.core.migrations import HEAD
from seminarnotes.core.outline import Point
from seminarnotes.core.points_write import PointsSaved

if TYPE_CHECKING:
    from seminarnotes.core.store import Store

log = logging.getLogger("seminarnotes")
_DETAIL_COLUMNS = ", ".join(SeminarDetails.names())
_EXPORT_COLUMNS = ", ".join(ExportSettings.names())


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
class InLibrary:
    """A package's seminar that the library already holds (see Library.already_holds)."""

    id: int
    same_content: bool  # False: one of the two was changed after the package was made


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


_LIST_SQL = """
SELECT m.id, m.title, m.date, m.venue, m.organizer, m.speaker,
       (SELECT count(*) FROM seminar_session s JOIN discussion_group g ON g.session_id = s.id
         WHERE s.seminar_id = m.id) AS group_count,
       (SELECT count(*) FROM seminar_session s JOIN discussion_group g ON g.session_id = s.id
         JOIN point p ON p.group_id = g.id WHERE s.seminar_id = m.id) AS point_count,
       m.modified, m.archived, m.deleted
FROM seminar AS m
WHERE {where}
{order}
"""
_NEWEST_FIRST = "ORDER BY m.date IS NULL, m.date DESC, m.created DESC, m.id DESC"


def _import_write_side() -> None:
    import seminarnotes.core.store  # noqa: F401 - the import is the work
    from sqlalchemy.orm import configure_mappers

    configure_mappers()


def _check_place(path: Path, create: bool) -> bool:
    """Whether a library exists at `path`; one sentence when the place cannot hold one."""
    if path.is_dir():
        raise LibraryError(N_("%1 is a folder; a library is a file."), path)
    parent = path.parent
    blocker = next((p for p in (parent, *parent.parents) if p.exists() and not p.is_dir()), None)
    if blocker is not None:
        raise LibraryError(N_("The library %1 cannot be opened: %2 is a file, not a folder."), path, blocker)
    if not migrate.has_content(path) and not path.exists():
        if not create:
            raise LibraryError(N_("There is no library at %1."), path)
        return False
    mode = path.stat().st_mode
    if not mode & 0o222 or not os.access(path, os.W_OK):
        raise LibraryError(N_("The library %1 is read-only; Seminarnotes can open it only when it may write to it "
                              "(make it writable, or copy it)."), path)
    if not os.access(parent, os.W_OK | os.X_OK) or _read_only_disk(parent):
        raise LibraryError(N_("The library %1 cannot be opened: its folder %2 is read-only, and SQLite keeps its "
                              "journal beside the library."), path, parent)
    return True


def _read_only_disk(folder: Path) -> bool:
    try:
        return bool(os.statvfs(folder).f_flag & os.ST_RDONLY)
    except (AttributeError, OSError):  # Windows has no statvfs
        return False


def _repair_companions(path: Path) -> None:
    """SQLite gives its -wal and -shm the library's permissions when it creates them: a library
    once opened read-only leaves read-only ones, which block every write after the library is
    writable again. They get the library's permissions back."""
    from seminarnotes.core.library_files import companions

    mode = path.stat().st_mode & 0o666
    for companion in companions(path)[:2]:
        try:
            if companion.exists() and not companion.stat().st_mode & 0o200:
                os.chmod(companion, mode | 0o200)
        except OSError:
            pass


def _create(path: Path) -> None:
    """A new library: made in a temporary file and renamed into place, so that an interrupted
    creation leaves nothing that looks like a library."""
    from seminarnotes.core.atomic import write_with

    path.parent.mkdir(parents=True, exist_ok=True)
    write_with(path, migrate.create, exclusive=True)


class Library:
    """An open library file. Use `Library.open(path)`; close() when done."""

    def __init__(self, path: Path, *, read_only: bool = False) -> None:
        self.path = path
        self.read_only = read_only
        # a backup opens with mode=ro: as a rollback-journal file it needs nothing beside it
        self._db = connections.for_reading(path, read_only=read_only)
        self._store: Store | None = None
        self._verifying: threading.Thread | None = None
        self._temporary: Path | None = None
        self.damage: DamagedLibrary | None = None
        """Set when SQLite found the file damaged: nothing is written to it any more."""
        self.backup_before_imports = False
        """The program's imports back the library up first; scripts and tests that import
        thousands of seminars in a loop leave this off."""
        self._points_db: sqlite3.Connection | None = None

    @classmethod
    def open(cls, path: str | Path, *, create: bool = True, verify: bool = True) -> Library:
        """Open the library at `path`, creating it when it does not exist (with create=False
        that is one sentence instead), upgrading an older one after a backup.

        A file that is not a library (empty, another program's, from a newer version) is
        refused untouched. With verify=True SQLite's quick_check runs first and a damaged
        library raises DamagedLibrary; verify=False leaves that to `verify_in_background`
        (the window, whose start-up must not wait for it)."""
        from seminarnotes.core.sqlite_errors import os_reason, read_failure

        path = Path(path).expanduser()
        try:
            if not _check_place(path, create):
                _create(path)
            else:
                _repair_companions(path)
                migrate.upgrade(path)
            library = cls(path)
        except OSError as err:
            raise LibraryError(N_("The library %1 cannot be opened: %2."), path, os_reason(err)) from None
        except sqlite3.DatabaseError as err:
            raise read_failure(path, err) from None
        try:
            if verify:
                library.verify()
        except BaseException:
            library.close()
            raise
        return library

    @classmethod
    def open_read_only(cls, path: str | Path) -> Library:
        """A backup (or any library) for reading only: nothing is written to it or beside it.
        A backup from an older schema is read through an upgraded copy in a temporary folder."""
        from seminarnotes.core.restore import check_backup

        path = Path(path).expanduser()
        check_backup(path)
        if migrate.inspect(path) == HEAD:
            return cls(path, read_only=True)
        import tempfile

        folder = Path(tempfile.mkdtemp(prefix="seminarnotes-backup-"))
        copy = folder / path.name
        source = sqlite3.connect(connections.read_only_uri(path), uri=True)
        try:
            dest = sqlite3.connect(str(copy))
            try:
                source.backup(dest)
            finally:
                dest.close()
        finally:
            source.close()
        migrate.run_migrations(copy)
        library = cls(copy, read_only=True)
        library._temporary = folder  # removed on close
        return library

    # --- integrity -------------------------------------------------------------------

    def verify(self, *, full: bool = False) -> None:
        """SQLite's quick_check now (with full=True its integrity_check, which also compares
        every index with its table); a damaged library raises DamagedLibrary (and stays marked)."""
        from seminarnotes.core.integrity import integrity_problems, quick_problems

        problems = (integrity_problems if full else quick_problems)(self._db)
        if problems:
            self.damage = DamagedLibrary(self.path, problems[0])
            raise self.damage

    def verify_in_background(self) -> threading.Thread:
        """Run quick_check on a connection of its own; the first write waits for it, and a
        damaged library refuses every write (`damage` says why). A check that cannot run
        at all counts as damage too: nothing is written to a file nobody could check."""
        from seminarnotes.core.integrity import quick_problems

        self._verifying = threading.Thread(target=lambda: self._check_apart(quick_problems, strict=True),
                                           name="seminarnotes-verify", daemon=True)
        self._verifying.start()
        return self._verifying

    def verify_fully_apart(self) -> DamagedLibrary | None:
        """SQLite's integrity_check on a connection of its own, for a thread that is not the
        GUI's (the window runs it once, when it is idle after start). A damaged library is
        marked, and from then on every write is refused. Returns the damage, or None. A check
        that cannot run (the disk failed, say) is logged, not taken for damage: quick_check
        passed, and the user's saves go on."""
        from seminarnotes.core.integrity import integrity_problems

        self._check_apart(integrity_problems, strict=False)
        return self.damage

    def _check_apart(self, check: Callable[[sqlite3.Connection], list[str]], *, strict: bool) -> None:
        from seminarnotes.core.sqlite_errors import is_damage

        try:
            db = sqlite3.connect(connections.read_only_uri(self.path), uri=True)
            try:
                db.execute(f"PRAGMA busy_timeout={connections.BUSY_TIMEOUT_MS}")
                problems = check(db)
            finally:
                db.close()
        except sqlite3.Error as err:
            if not strict and not is_damage(err):
                log.warning("the library's integrity check could not run: %s", err)
                return
            problems = [str(err)]
        if problems and self.damage is None:
            self.damage = DamagedLibrary(self.path, problems[0])

    def writable(self) -> None:
        """Raise instead of writing to a backup opened for reading or to a damaged library."""
        if self.read_only:
            raise LibraryError(N_("This backup is open for reading only; copy a seminar into your library to "
                                  "work on it."))
        if self._verifying is not None:
            self._verifying.join()
        if self.damage is not None:
            raise self.damage

    @property
    def store(self) -> Store:
        """The write side, loaded on first use; it also empties the Deleted list
        of seminars older than 30 days (after a backup)."""
        self.writable()
        if self._store is None:
            from seminarnotes.core.store import Store

            self._store = Store(self.path)
            self.purge_expired()
        return self._store

    def preload(self) -> threading.Thread:
        """Import the write side (SQLAlchemy) on a background thread while the user
        is not waiting. The first write, if it comes sooner, waits for the import."""
        thread = threading.Thread(target=_import_write_side, name="seminarnotes-preload")
        thread.start()
        return thread

    def close(self) -> None:
        if self._verifying is not None:
            self._verifying.join()
        if self._store is not None:
            self._store.close()
        if self._points_db is not None:
            self._points_db.close()
        self._db.close()
        if self._temporary is not None:
            import shutil

            shutil.rmtree(self._temporary, ignore_errors=True)

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def reading(self) -> Iterator[sqlite3.Connection]:
        """A connection inside one read transaction: a consistent snapshot."""
        self._db.execute("BEGIN")
        try:
            yield self._db
        finally:
            self._db.execute("COMMIT")

    def reader(self) -> Library:
        """Another connection to the same file, for reading on another thread (search)."""
        return Library(self.path, read_only=self.read_only)

    def interrupt(self) -> None:
        """Stop the statement running on this connection (from another thread); it raises."""
        self._db.interrupt()

    def _one(self, sql: str, params: Sequence[Any], what: str, id_: int) -> sqlite3.Row:
        row = self._db.execute(sql, params).fetchone()
        if row is None:
            raise NotFound(what, id_)
        return row

    def integrity_ok(self) -> bool:
        """SQLite's own full check of the file."""
        from seminarnotes.core.integrity import integrity_problems

        return not integrity_problems(self._db)

    # --- reads -------------------------------------------------------------------

    def exists(self, seminar_id: int) -> bool:
        """Whether the seminar is in the library and not in the Deleted list."""
        return self._db.execute("SELECT 1 FROM seminar WHERE id = ? AND deleted IS NULL",
                                (seminar_id,)).fetchone() is not None

    def details(self, seminar_id: int) -> SeminarDetails:
        return rows.details(self._one(f"SELECT {_DETAIL_COLUMNS} FROM seminar WHERE id = ?", (seminar_id,),
                                      "seminar", seminar_id))

    def export_settings(self, seminar_id: int) -> ExportSettings:
        return rows.export_settings(self._one(f"SELECT {_EXPORT_COLUMNS} FROM seminar WHERE id = ?", (seminar_id,),
                                              "seminar", seminar_id))

    def list_seminars(self, *, archived: bool = True, deleted: bool = False) -> list[SeminarSummary]:
        """Seminars with their group and point counts, newest first: those not
        deleted (archived ones too unless archived=False), or with deleted=True
        only the Deleted list."""
        where = "m.deleted IS NOT NULL" if deleted else "m.deleted IS NULL"
        if not archived:
            where += " AND NOT m.archived"
        return [
            SeminarSummary(id=row["id"], title=row["title"], date=rows.date(row["date"]), venue=row["venue"],
                           organizer=row["organizer"], speaker=row["speaker"], groups=row["group_count"],
                           points=row["point_count"], modified=rows.datetime(row["modified"]),
                           archived=bool(row["archived"]), deleted=rows.datetime(row["deleted"]))
            for row in self._db.execute(_LIST_SQL.format(where=where, order=_NEWEST_FIRST))
        ]

    def newest_seminar_id(self) -> int | None:
        """The seminar the list shows first, without counting anything."""
        row = self._db.execute(f"SELECT id FROM seminar AS m WHERE deleted IS NULL {_NEWEST_FIRST} LIMIT 1").fetchone()
        return row["id"] if row else None

    def seminar_tree(self, seminar_id: int) -> list[SessionNode]:
        """The seminar's sessions and groups in order, with point counts."""
        with self.reading() as db:
            self._one("SELECT 1 FROM seminar WHERE id = ?", (seminar_id,), "seminar", seminar_id)
            groups: dict[int, list[GroupNode]] = {}
            for row in db.execute(
                "SELECT g.id, g.session_id, g.name, (SELECT count(*) FROM point p WHERE p.group_id = g.id) AS "
                "point_count FROM discussion_group g JOIN seminar_session s ON s.id = g.session_id "
                "WHERE s.seminar_id = ? ORDER BY g.position", (seminar_id,)
            ):
                groups.setdefault(row["session_id"], []).append(GroupNode(row["id"], row["name"], row["point_count"]))
            return [
                SessionNode(row["id"], row["name"], row["question"], tuple(groups.get(row["id"], ())))
                for row in db.execute(
                    "SELECT id, name, question FROM seminar_session WHERE seminar_id = ? ORDER BY position",
                    (seminar_id,))
            ]

    def session_of(self, group_id: int) -> int:
        return self._one("SELECT session_id FROM discussion_group WHERE id = ?", (group_id,), "group",
                         group_id)["session_id"]

    def seminar_of_session(self, session_id: int) -> int:
        return self._one("SELECT seminar_id FROM seminar_session WHERE id = ?", (session_id,),
                         "session", session_id)["seminar_id"]

    def group_names(self) -> list[str]:
        """Group names used anywhere in the library, most used first (for completion)."""
        return [name for (name,) in self._db.execute(
            "SELECT name FROM discussion_group WHERE name != '' GROUP BY name ORDER BY count(*) DESC, name")]

    def points(self, group_id: int) -> list[Point]:
        return self.versioned_points(group_id)[0]

    def versioned_points(self, group_id: int) -> tuple[list[Point], int]:
        """The group's points and its version (what a save that may not overwrite
        another writer's newer text says it is based on)."""
        with self.reading() as db:
            version = self._one("SELECT version FROM discussion_group WHERE id = ?", (group_id,), "group",
                                group_id)["version"]
            return [rows.point(row) for row in db.execute(
                "SELECT text, level, kind FROM point WHERE group_id = ? ORDER BY position", (group_id,))], version

    def data_version(self) -> int:
        """Changes when another connection (another program, or a writer of our own)
        has committed since the last call; SQLite's PRAGMA data_version."""
        return self._db.execute("PRAGMA data_version").fetchone()["data_version"]

    def seminar_doc(self, seminar_id: int) -> SeminarDoc:
        """The whole seminar as plain data, for export and packages."""
        with self.reading() as db:
            row = self._one(f"SELECT {_DETAIL_COLUMNS}, {_EXPORT_COLUMNS}, uid, created, modified FROM seminar "
                            "WHERE id = ?", (seminar_id,), "seminar", seminar_id)
            points: dict[int, list[Point]] = {}
            for point in db.execute(
                "SELECT p.group_id, p.text, p.level, p.kind FROM point p JOIN discussion_group g ON g.id = p.group_id "
                "JOIN seminar_session s ON s.id = g.session_id WHERE s.seminar_id = ? ORDER BY p.position",
                (seminar_id,)
            ):
                points.setdefault(point["group_id"], []).append(rows.point(point))
            groups: dict[int, list[GroupDoc]] = {}
            for group in db.execute(
                "SELECT g.id, g.session_id, g.name FROM discussion_group g JOIN seminar_session s "
                "ON s.id = g.session_id WHERE s.seminar_id = ? ORDER BY g.position", (seminar_id,)
            ):
                groups.setdefault(group["session_id"], []).append(GroupDoc(group["name"], points.get(group["id"], [])))
            sessions = [
                SessionDoc(session["name"], session["question"], groups.get(session["id"], []))
                for session in db.execute(
                    "SELECT id, name, question FROM seminar_session WHERE seminar_id = ? ORDER BY position",
                    (seminar_id,))
            ]
        return SeminarDoc(details=rows.details(row), export=rows.export_settings(row), sessions=sessions,
                          uid=row["uid"], created=rows.datetime(row["created"]),
                          modified=rows.datetime(row["modified"]))

    def already_holds(self, doc: SeminarDoc) -> InLibrary | None:
        """The seminar of the library that `doc` (a package being imported) already is:
        the one with its uid, else one with the same title, date and content. Seminars in
        the Deleted list do not count: importing brings the seminar back as the package
        has it, and the deleted one can still be restored. With several, the one changed
        last. One query; only candidates without the uid have their content read."""
        date = doc.details.date.isoformat() if doc.details.date else None
        candidates = self._db.execute(
            "SELECT id, uid = ? AS same_uid FROM seminar WHERE deleted IS NULL "
            "AND (uid = ? OR (title = ? AND date IS ?)) ORDER BY uid = ? DESC, modified DESC, id DESC",
            (doc.uid, doc.uid or None, doc.details.title, date, doc.uid)).fetchall()
        for row in candidates:
            same_content = doc.same_content(self.seminar_doc(row["id"]))
            if row["same_uid"] or same_content:
                return InLibrary(row["id"], same_content)
        return None

    # --- writes (store.py) -----------------------------------------------------------

    def create_seminar(self, title: str = "", **changes: Any) -> int:
        """A new seminar with the given details; returns its id."""
        return self.store.create_seminar(title, **changes)

    def update_seminar(self, seminar_id: int, **changes: Any) -> None:
        """Change seminar details and/or export settings by field name."""
        self.store.update_seminar(seminar_id, **changes)

    def delete_seminar(self, seminar_id: int) -> None:
        """Move the seminar to the Deleted list, restorable for 30 days."""
        self.store.delete_seminar(seminar_id)

    def restore_seminar(self, seminar_id: int) -> None:
        """Bring a seminar back from the Deleted list."""
        self.store.restore_seminar(seminar_id)

    def purge_seminar(self, seminar_id: int) -> None:
        """Remove a seminar and everything in it for good, after a backup that still holds it."""
        from seminarnotes.core import backup

        store = self.store
        self._one("SELECT 1 FROM seminar WHERE id = ?", (seminar_id,), "seminar", seminar_id)
        backup.make_backup(self.path, "purge", if_changed=True)
        store.purge_seminar(seminar_id)

    def purge_expired(self, now: dt.datetime | None = None) -> int:
        """Remove seminars deleted more than 30 days before `now`; returns how many.
        A backup is taken first (the purged seminars stay in it); without one nothing is purged."""
        from seminarnotes.core import backup

        store = self.store
        cutoff = ((now or dt.datetime.now()) - KEEP_DELETED).isoformat(sep=" ")
        if not self._db.execute("SELECT 1 FROM seminar WHERE deleted < ? LIMIT 1", (cutoff,)).fetchone():
            return 0
        try:
            backup.make_backup(self.path, "purge", if_changed=True)
        except (LibraryError, OSError):
            log.warning("no backup could be made, so the Deleted list was not emptied", exc_info=True)
            return 0
        return store.purge_expired(now)

    def set_archived(self, seminar_id: int, archived: bool) -> None:
        """Archived seminars are hidden from the archive view unless asked for."""
        self.store.set_archived(seminar_id, archived)

    def duplicate_structure(self, seminar_id: int, date: dt.date | None = None) -> int:
        """A new seminar with the same details, sessions, questions and groups, no points."""
        return self.store.duplicate_structure(seminar_id, date)

    def add_session(self, seminar_id: int, name: str = "", question: str = "", index: int | None = None,
                    groups: Sequence[GroupDoc] = ()) -> int:
        """A new session (with `groups` and their points, in the same transaction)."""
        return self.store.add_session(seminar_id, name, question, index, groups)

    def update_session(self, session_id: int, *, name: str | None = None, question: str | None = None) -> None:
        self.store.update_session(session_id, name=name, question=question)

    def delete_session(self, session_id: int) -> None:
        self.store.delete_session(session_id)

    def move_session(self, session_id: int, index: int) -> None:
        """Put the session at `index` among its seminar's sessions."""
        self.store.move_session(session_id, index)

    def add_group(self, session_id: int, name: str = "", index: int | None = None,
                  points: Sequence[Point] = ()) -> int:
        """A new group (with `points`, in the same transaction: undoing a delete)."""
        return self.store.add_group(session_id, name, index, points)

    def rename_group(self, group_id: int, name: str) -> None:
        self.store.rename_group(group_id, name)

    def delete_group(self, group_id: int) -> None:
        self.store.delete_group(group_id)

    def move_group(self, group_id: int, session_id: int, index: int) -> None:
        """Put the group at `index` in `session_id` (its own or another of the seminar)."""
        self.store.move_group(group_id, session_id, index)

    def set_points(self, group_id: int, points: Sequence[Point], *, based_on: int | None = None,
                   copy_name: str = "") -> PointsSaved:
        """Replace a group's points in one transaction (the editor's save). With
        `based_on`, a group another writer changed since that version keeps its text
        and the points go into a new group `copy_name` after it (see points_write).
        Refused for a damaged library or a backup opened for reading (`writable`)."""
        self.writable()
        if self._points_db is None:
            self._points_db = points_write.connect(self.path)
        return points_write.write_points(self._points_db, group_id, points, based_on=based_on, copy_name=copy_name)

    def import_doc(self, doc: SeminarDoc) -> int:
        """Add a whole seminar in one transaction; returns its id. With `backup_before_imports`
        (the window and the command line) the library is backed up first if it changed."""
        store = self.store
        if self.backup_before_imports:
            from seminarnotes.core import backup

            backup.make_backup(self.path, "import", if_changed=True)
        return store.import_doc(doc)

    def import_copy(self, doc: SeminarDoc) -> int:
        """Add a seminar the library may already hold as a copy with an identity of its
        own (a new uid), so that the two stay apart; returns its id."""
        return self.import_doc(replace(doc, uid=""))
