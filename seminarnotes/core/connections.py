"""How the program connects to a library file: the pragmas, the stdlib connections that
read and that write the points, and the SQLAlchemy engine of every other write.

One module, so that the read side (`library.py`, `points_write.py`), the write side
(`store.py`) and the migrations (`migrate.py`) set a connection up the same way without
importing each other. SQLAlchemy is imported only when an engine is made: start-up
reads never pay for it.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

BUSY_TIMEOUT_MS = 5000  # how long a statement waits for another program's write to finish


def write_pragmas(*, foreign_keys: bool = True) -> tuple[str, ...]:
    """What a connection that writes sets first: WAL, every commit on disk before it returns,
    foreign keys (off only while migrating: batch table copies must not cascade), and a wait
    for another writer instead of an immediate "locked"."""
    keys = "ON" if foreign_keys else "OFF"
    return ("journal_mode=WAL", "synchronous=FULL", f"foreign_keys={keys}", f"busy_timeout={BUSY_TIMEOUT_MS}")


def _set(db: Any, pragmas: tuple[str, ...]) -> None:
    for pragma in pragmas:
        db.execute(f"PRAGMA {pragma}")


def column_names(db: sqlite3.Connection, table: str) -> list[str]:
    """The columns `table` has in this file, in order (an older library has fewer)."""
    return [name for (name,) in db.execute("SELECT name FROM pragma_table_info(?)", (table,))]


def read_only_uri(path: Path) -> str:
    """SQLite's URI for opening `path` read-only (nothing is written to it or beside it)."""
    return f"{Path(path).resolve().as_uri()}?mode=ro"


def for_reading(path: Path, *, read_only: bool = False) -> sqlite3.Connection:
    """The library's read connection: autocommit (reads open their own transaction), rows
    read by column name, usable from the thread that searches. `read_only` opens a backup
    with mode=ro."""
    if read_only:
        db = sqlite3.connect(read_only_uri(path), uri=True, isolation_level=None, check_same_thread=False)
    else:
        db = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
    db.row_factory = sqlite3.Row
    _set(db, (f"busy_timeout={BUSY_TIMEOUT_MS}",))
    return db


def for_writing(path: Path) -> sqlite3.Connection:
    """A stdlib connection for writes (the points' save): the write pragmas, rows by name."""
    db = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
    db.row_factory = sqlite3.Row
    _set(db, write_pragmas())
    return db


def transactional_engine(path: Path, *, foreign_keys: bool = True) -> Engine:
    """An engine whose transactions really are transactions (DDL included).

    Python's sqlite3 driver begins a transaction only before INSERT/UPDATE/DELETE;
    we switch that off and begin ourselves, immediately, as SQLAlchemy documents."""
    from sqlalchemy import create_engine, event

    engine = create_engine(f"sqlite:///{path}", hide_parameters=True)  # seminar text never reaches a log
    pragmas = write_pragmas(foreign_keys=foreign_keys)

    @event.listens_for(engine, "connect")
    def _connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        _set(dbapi_connection, pragmas)

    @event.listens_for(engine, "begin")
    def _begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN IMMEDIATE")

    return engine
