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
