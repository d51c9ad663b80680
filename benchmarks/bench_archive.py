"""Issue 5's speed targets with 1,000 seminars of 300 points: the archive view filled
in under 200 ms and a search answered in under 50 ms.

The library is generated once (with bench_library's generator) and cached in
benchmarks/out/archive-1000.sqlite; delete it to regenerate.

Usage: .venv/bin/python benchmarks/bench_archive.py [--seminars N] [--runs N] [--generate-only]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.bench_library import make_seminar  # noqa: E402
from sqlalchemy import case, func, select, text  # noqa: E402

from seminarnotes.core.library import Library, SeminarSummary  # noqa: E402
from seminarnotes.core.models import Group, Point, Seminar, Session  # noqa: E402
from seminarnotes.core.search import _SQL, fts_query, search  # noqa: E402

OUT = Path(__file__).resolve().parent / "out"
ARCHIVE_TARGET_MS = 200.0
SEARCH_TARGET_MS = 50.0
RANK_AT_MOST = 5000  # matches; above this, ordering by bm25 rank alone costs more than the target
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


def proposed_list_seminars(lib: Library, *, archived: bool = True, deleted: bool = False) -> list[SeminarSummary]:
    """PROPOSAL for Library.list_seminars (same signature and result): count groups and points
    with correlated subqueries that walk the covering indexes of the listed seminars only,
    instead of materialising a GROUP BY over every point row joined to its group and session."""
    groups = (select(func.count(Group.id)).join(Session, Group.session_id == Session.id)
              .where(Session.seminar_id == Seminar.id).correlate(Seminar).scalar_subquery())
    points = (select(func.count(Point.id)).join(Group, Point.group_id == Group.id)
              .join(Session, Group.session_id == Session.id)
              .where(Session.seminar_id == Seminar.id).correlate(Seminar).scalar_subquery())
    query = (
        select(Seminar.id, Seminar.title, Seminar.date, Seminar.venue, Seminar.organizer, Seminar.speaker,
               groups, points, Seminar.modified, Seminar.archived, Seminar.deleted)
        .order_by(case((Seminar.date.is_(None), 1), else_=0), Seminar.date.desc(), Seminar.created.desc(),
                  Seminar.id.desc())
        .where(Seminar.deleted.is_not(None) if deleted else Seminar.deleted.is_(None))
    )
    if not archived:
        query = query.where(Seminar.archived.is_(False))
    with lib._read() as s:  # noqa: SLF001 - a measured proposal for the library itself
        return [SeminarSummary(*row) for row in s.execute(query)]


def proposed_search_sql(lib: Library, user_text: str, limit: int = 500) -> int:
    """PROPOSAL for core.search: rank (bm25 over every matching row) only when the matches are
    few enough; otherwise newest rows first, which needs no scoring. Returns the hit count."""
    query = fts_query(user_text)
    with lib._engine.connect() as connection:  # noqa: SLF001
        count = connection.exec_driver_sql(
            "SELECT count(*) FROM search_index WHERE search_index MATCH ?", (query,)).scalar()
        sql = _SQL if count <= RANK_AT_MOST else _SQL.replace("ORDER BY rank", "ORDER BY f.rowid DESC")
        rows = connection.execute(text(sql), {"query": query, "limit": limit, "start": "[", "end": "]"}).all()
        return len(rows)


def median_ms(run: Callable[[], object], runs: int) -> float:
    run()  # warm-up: the first run also pays for imports and the page cache
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def _report(label: str, ms: float, target: float) -> None:
    verdict = "ok" if ms < target else "TOO SLOW"
    print(f"  {label:<38} {ms:8.1f} ms   (target < {target:.0f} ms: {verdict})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seminars", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--generate-only", action="store_true")
    args = parser.parse_args()
    path = cached_library(args.seminars)
    if args.generate_only:
        return

    from PySide6.QtWidgets import QApplication

    from seminarnotes.ui.archive import ArchiveView

    app = QApplication.instance() or QApplication([])
    with Library.open(path) as lib:
        def fill() -> None:
            view = ArchiveView(lib)
            view.resize(1000, 700)
            view.show()
            app.processEvents()
            assert view.rowCount() == args.seminars
            view.close()
            view.deleteLater()

        assert proposed_list_seminars(lib) == lib.list_seminars(), "the proposal must list exactly the same"
        list_ms = median_ms(lib.list_seminars, args.runs)
        fill_ms = median_ms(fill, args.runs)
        print(f"{args.seminars} seminars, median of {args.runs} runs (after one warm-up):")
        print(f"  {'list_seminars() alone':<38} {list_ms:8.1f} ms")
        _report("archive view: construct+refresh+show", fill_ms, ARCHIVE_TARGET_MS)
        for query in QUERIES:
            hits = len(search(lib, query))
            _report(f"search {query!r} ({hits} hits)", median_ms(lambda q=query: search(lib, q), args.runs),
                    SEARCH_TARGET_MS)

        print("proposals (core unchanged; see the docstrings):")
        current = Library.list_seminars
        Library.list_seminars = proposed_list_seminars  # type: ignore[method-assign, assignment]
        try:
            print(f"  {'list_seminars() with correlated counts':<38} {median_ms(lib.list_seminars, args.runs):8.1f} ms")
            _report("archive view with it", median_ms(fill, args.runs), ARCHIVE_TARGET_MS)
        finally:
            Library.list_seminars = current  # type: ignore[method-assign]
        for query in QUERIES:
            hits = proposed_search_sql(lib, query)
            _report(f"search {query!r}, rank only if <= {RANK_AT_MOST}",
                    median_ms(lambda q=query: proposed_search_sql(lib, q), args.runs), SEARCH_TARGET_MS)
    app.processEvents()


if __name__ == "__main__":
    main()
