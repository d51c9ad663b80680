"""Damage a library the way a bad sector or a stray write does: one page overwritten."""

from __future__ import annotations

import random
import sqlite3
from contextlib import closing
from pathlib import Path

PAGE = 4096


def pages_of(path: Path, table: str, kind: str = "leaf") -> list[int]:
    """The page numbers of `table`'s b-tree (leaf or internal pages), from SQLite's dbstat."""
    with closing(sqlite3.connect(path)) as db:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return [n for (n,) in db.execute("SELECT pageno FROM dbstat WHERE name = ? AND pagetype = ? ORDER BY pageno",
                                         (table, kind))]


def damage_page(path: Path, table: str, index: int = 0, seed: int = 9) -> int:
    """Overwrite one page of `table` with random bytes; every connection must be closed.
    Returns the page number."""
    if table == "sqlite_schema":  # the list of tables: page 1, after the file's 100-byte header
        pages_of(path, table)
        with open(path, "r+b") as handle:
            handle.seek(100)
            handle.write(random.Random(seed).randbytes(PAGE - 100))
        return 1
    pages = pages_of(path, table) or pages_of(path, table, "internal")
    page = pages[index % len(pages)]
    garbage = random.Random(seed).randbytes(PAGE)
    with open(path, "r+b") as handle:
        handle.seek((page - 1) * PAGE)
        handle.write(garbage)
    return page


def behind_an_index(path: Path, change: str, params: tuple = (), index: str = "ix_point_group_id") -> None:
    """Run `change` on a table while SQLite does not know `index` (its schema row taken out and
    put back), so the index misses the change: damage that every page still reads well
    (quick_check finds nothing) but integrity_check reports ("row … missing from index …"),
    and that hides a row from the reads that use the index. Every connection must be closed."""
    with closing(sqlite3.connect(path)) as db:
        row = db.execute("SELECT type, name, tbl_name, rootpage, sql FROM sqlite_schema WHERE name = ?",
                         (index,)).fetchone()
        db.execute("PRAGMA writable_schema = ON")
        db.execute("DELETE FROM sqlite_schema WHERE name = ?", (index,))
        db.commit()
    with closing(sqlite3.connect(path)) as db:  # the schema read afresh: no index to keep up to date
        db.execute(change, params)
        db.commit()
    with closing(sqlite3.connect(path)) as db:
        db.execute("PRAGMA writable_schema = ON")
        db.execute("INSERT INTO sqlite_schema (type, name, tbl_name, rootpage, sql) VALUES (?, ?, ?, ?, ?)", row)
        db.commit()
