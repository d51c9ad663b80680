"""Bring a library file up to the current schema: check, back up, then migrate.

A library from a newer program is refused before anything is written to it.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from seminarnotes.core.errors import LibraryError
from seminarnotes.core.migrations import HEAD, REVISIONS, SCRIPT_LOCATION


def stored_revision(path: Path) -> str | None:
    """The schema revision of the file at `path`; None for a new or empty file."""
    if not path.exists() or path.stat().st_size == 0:
        return None
    try:
        return _read_revision(path, read_only=True)
    except sqlite3.OperationalError:
        # A read-only connection cannot recover the WAL of a crashed writer; reading
        # with a normal connection replays it, which changes no content.
        return _read_revision(path, read_only=False)


def _read_revision(path: Path, read_only: bool) -> str | None:
    try:
        con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro" if read_only else str(path), uri=read_only)
        try:
            tables = {row[0] for row in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if "alembic_version" not in tables:
                if tables:
                    raise LibraryError(f"{path} is an SQLite file, but not a Seminarnotes library.")
                return None
            row = con.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            con.close()
    except sqlite3.OperationalError:
        if read_only:
            raise
        raise LibraryError(f"{path} cannot be opened as a Seminarnotes library.") from None
    except sqlite3.DatabaseError as err:
        raise LibraryError(f"{path} cannot be opened as a Seminarnotes library ({err}).") from None
    return row[0] if row else None


def backup(path: Path, revision: str) -> Path:
    """Copy the library (consistently, WAL included) before a migration changes it."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.{stamp}.schema-{revision}.bak")
    source = sqlite3.connect(str(path))
    try:
        dest = sqlite3.connect(str(target))
        try:
            source.backup(dest)
        finally:
            dest.close()
    finally:
        source.close()
    return target


def upgrade(path: Path) -> Path | None:
    """Migrate the library at `path` to HEAD; return the backup taken, if any."""
    current = stored_revision(path)
    if current == HEAD:
        return None
    if current is not None and current not in REVISIONS:
        raise LibraryError(
            f"{path} was written by a newer version of Seminarnotes (schema {current}; this version knows up to "
            f"{HEAD}); please update Seminarnotes to open it."
        )
    saved = backup(path, current) if current is not None else None
    _run_alembic(path)
    return saved


def _run_alembic(path: Path) -> None:
    """All revisions in one transaction: a failure or a kill leaves the file as it was."""
    from alembic import command
    from alembic.config import Config

    from seminarnotes.core.store import transactional_engine

    config = Config()
    config.set_main_option("script_location", str(SCRIPT_LOCATION))
    engine = transactional_engine(path, foreign_keys=False)
    try:
        with engine.connect() as connection:
            with connection.begin():
                config.attributes["connection"] = connection
                command.upgrade(config, "head")
    finally:
        engine.dispose()
