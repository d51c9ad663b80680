"""Issue 5's speed targets with 1,000 seminars of 300 points: the archive view filled
in under 200 ms and a search answered in under 50 ms.

Baselines, through plain sqlite3 on the same file in the same run. For the archive view:
SQLite counting the 300,000 points (`SELECT count(*) FROM point`, which reads the points'
smallest index), a reference for the machine's speed rather than the same work (a plain
grouped query counting each seminar's points takes longer than the list's own query).
For each search: the bare FTS5 query counting its matches (`SELECT count(*) FROM
search_index WHERE search_index MATCH ?`), without ranking, snippets or the joins that
say where a hit is.

The library is generated once (with bench_library's generator) and cached in
benchmarks/out/archive-1000.sqlite; delete it to regenerate.

Usage: .venv/bin/python benchmarks/bench_archive.py [--seminars N] [--runs N] [--generate-only]
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import sys
import time
from contextlib import closing
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.bench_library import make_seminar
from benchmarks.measure import in_turns
from benchmarks.summary import Row, finish, ms, times
from seminarnotes.core.connections import read_only_uri
from seminarnotes.core.library import Library
from seminarnotes.core.search import fts_query, search

OUT = Path(__file__).resolve().parent / "out"
ARCHIVE_TARGET_MS = 200.0
SEARCH_TARGET_MS = 50.0
QUERIES = ("utveckl*", "vasteras", '"arbetsplatsen utveckla"', '"för att"', "APT")


def cached_library(seminars: int) -> Path:
    """The benchmark library, generated on first use (takes a few minutes)."""
    OUT.mkdir(exist_ok=True)
    path = OUT / ("archive-1000.sqlite" if seminars == 1000 else f"archive-{seminars}.sqlite")
    done = path.with_suffix(".done")
    if path.exists() and done.exists():
        return path
    for stale in OUT.glob(path.name + "*"):
        stale.unlink()
    rng = random.Random(2014)
    start = time.perf_counter()
    with Library.open(path) as lib:
        for i in range(seminars):
            lib.import_doc(make_seminar(rng, i + 1))
    done.touch()
    print(f"generated {path} in {time.perf_counter() - start:.0f} s")
    return path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seminars", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--generate-only", action="store_true")
    args = parser.parse_args()
    path = cached_library(args.seminars)
    if args.generate_only:
        return 0

    from PySide6.QtWidgets import QApplication

    from seminarnotes.ui.archive.archive_view import ArchiveView

    app = QApplication.instance() or QApplication([])
    runs = args.runs
    with Library.open(path) as lib, closing(sqlite3.connect(read_only_uri(path), uri=True)) as bare:
        def fill() -> None:
            view = ArchiveView(lib)
            view.resize(1000, 700)
            view.show()
            app.processEvents()
            assert view.rowCount() == args.seminars
            view.close()
            view.deleteLater()

        def count(sql: str, *params: str) -> None:
            bare.execute(sql, params).fetchall()

        plain, listing, filled = in_turns(runs, lambda: count("SELECT count(*) FROM point"), lib.list_seminars,
                                          fill, warm_up=True)
        found = []
        for query in QUERIES:
            hits = len(search(lib, query))
            ours, fts = in_turns(runs, lambda q=query: search(lib, q),
                                 lambda q=query: count("SELECT count(*) FROM search_index WHERE search_index MATCH ?",
                                                       fts_query(q)), warm_up=True)
            print(f"  search {query!r}: {hits} hits, {ms(ours)}; bare FTS5 count {ms(fts)}")
            found.append((ours, fts, query))
    app.processEvents()
    slowest, fts, query = max(found)
    print(f"{args.seminars} seminars, medians of {runs} runs after one warm-up")
    plain_text = f"`SELECT count(*) FROM point` {ms(plain)}"
    return finish([
        Row(f"archive view filled, {args.seminars:,} seminars", ms(filled), plain_text, times(filled / plain),
            f"< {ARCHIVE_TARGET_MS:.0f} ms", filled * 1000 < ARCHIVE_TARGET_MS),
        Row("of which `list_seminars()`", ms(listing), plain_text, times(listing / plain)),
        Row(f"search across {args.seminars * 300:,} points, slowest of {len(QUERIES)} queries ({query}; "
            f"all: {ms(min(f[0] for f in found))}–{ms(slowest)})", ms(slowest), f"bare FTS5 count {ms(fts)}",
            times(slowest / fts), f"< {SEARCH_TARGET_MS:.0f} ms", slowest * 1000 < SEARCH_TARGET_MS),
    ])


if __name__ == "__main__":
    sys.exit(main())
