"""Bring a library file up to the current schema: check, back up, then migrate.

`inspect` reads only: it tells a Seminarnotes library from an empty file, another
program's database or a damaged file, and refuses a library from a newer program, all
before anything is written. `upgrade` backs the library up (backup.py) and runs every
migration in one transaction.
"""

from __future__ import annotations

import contextlib
import re
import sqlite3
from pathlib import Path

from seminarnotes.core.connections import BUSY_TIMEOUT_MS, read_only_uri, transactional_engine
from seminarnotes.core.errors import DamagedLibrary, LibraryError
from seminarnotes.core.library_files import companions
from seminarnotes.core.messages import N_
from seminarnotes.core.migrations import HEAD, REVISIONS, SCRIPT_LOCATION
from seminarnotes.core.sqlite_errors import (
    SQLITE_CANTOPEN,
    SQLITE_NOTADB,
    SQLITE_READONLY,
    is_damage,
    os_reason,
    primary_code,
    reason,
)

OUR_TABLES = {"seminar", "seminar_session", "discussion_group", "point", "alembic_version"}


def has_content(path: Path) -> bool:
    """A file with bytes in it, or an empty main file whose -wal holds the content
    (a library created but never checkpointed)."""
    try:
        if path.stat().st_size > 0:
            return True
        wal = companions(path)[0]
        return wal.exists() and wal.stat().st_size > 0
    except OSError:
        return False


def inspect(path: Path) -> str:
    """The schema revision of the library at `path`, or a LibraryError saying why it is not one."""
    path = Path(path)
    if not has_content(path):
        raise LibraryError(N_("%1 is an empty file, not a Seminarnotes library; it was left as it is."), path)
    # Only SQLite opens the file: closing any other handle on it would drop this process's
    # SQLite locks, and another program could then delete the -wal of a library open here.
    try:
        try:
            tables, revisions = _read(path, read_only=True)
        except sqlite3.OperationalError as err:
            if primary_code(err) not in (SQLITE_READONLY, SQLITE_CANTOPEN):
                raise
            # A read-only connection cannot recover the WAL of a crashed writer; a normal
            # connection replays it, which changes no content.
            tables, revisions = _read(path, read_only=False)
    except sqlite3.DatabaseError as err:
        if primary_code(err) == SQLITE_NOTADB:
            from seminarnotes.core.backup import list_backups

            if list_backups(path):  # it was a library: its start was overwritten
                raise DamagedLibrary(path, "the file does not begin with SQLite's header") from None
            raise LibraryError(N_("%1 is not a Seminarnotes library (it is not an SQLite file); it was left as it "
                                  "is."), path) from None
        if is_damage(err):
            raise DamagedLibrary(path, str(err)) from None
        raise LibraryError(N_("The library %1 cannot be read: %2."), path, reason(err)) from None
    if not OUR_TABLES <= tables or len(revisions) != 1:
        raise LibraryError(N_("%1 is an SQLite file, but not a Seminarnotes library; it was left as it is."), path)
    revision = revisions[0]
    if revision in REVISIONS:
        return revision
    if re.fullmatch(r"\d{4}", revision) and revision > HEAD:
        raise LibraryError(N_("%1 was written by a newer version of Seminarnotes (schema %2; this version knows up "
                              "to %3); please update Seminarnotes to open it."), path, revision, HEAD)
    raise LibraryError(N_("%1 is an SQLite file, but not a Seminarnotes library; it was left as it is."), path)


def _read(path: Path, read_only: bool) -> tuple[set[str], list[str]]:
    con = sqlite3.connect(read_only_uri(path) if read_only else str(path), uri=read_only)
    try:
        con.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        tables = {name for (name,) in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        revisions = []
        if "alembic_version" in tables:
            revisions = [str(version) for (version,) in con.execute("SELECT version_num FROM alembic_version")]
        return tables, revisions
    finally:
        con.close()


def upgrade(path: Path) -> Path | None:
    """Migrate the library at `path` to HEAD after a backup; returns the backup, if one was taken.
    A failure leaves the file as it was and says why in one sentence."""
    current = inspect(path)
    if current == HEAD:
        return None
    from seminarnotes.core import backup, integrity

    with contextlib.closing(sqlite3.connect(read_only_uri(path), uri=True)) as db:
        problems = integrity.quick_problems(db)
    if problems:
        raise DamagedLibrary(path, problems[0])
    try:
        saved = backup.make_backup(path, "upgrade", if_changed=True)
    except (LibraryError, OSError) as err:
        raise LibraryError(N_("The library %1 must be backed up before it is upgraded to this version, and the "
                              "backup failed: %2"), path, getattr(err, "message", err)) from None
    run_migrations(path)
    return saved


def create(path: Path) -> None:
    """The schema of a new library in the empty SQLite file at `path`."""
    run_migrations(path)


def run_migrations(path: Path) -> None:
    """All revisions in one transaction: a failure or a kill leaves the file as it was."""
    from alembic import command
    from alembic.config import Config
    from sqlalchemy.exc import DBAPIError

    config = Config()
    config.set_main_option("script_location", str(SCRIPT_LOCATION))
    engine = transactional_engine(path, foreign_keys=False)
    try:
        with engine.connect() as connection:
            with connection.begin():
                config.attributes["connection"] = connection
                command.upgrade(config, "head")
    except DBAPIError as err:
        raise LibraryError(N_("The library %1 could not be upgraded to this version: %2; it is as it was."),
                           path, reason(err.orig)) from None
    except OSError as err:
        raise LibraryError(N_("The library %1 could not be upgraded to this version: %2; it is as it was."),
                           path, os_reason(err)) from None
    finally:
        engine.dispose()
