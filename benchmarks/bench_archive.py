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

from seminarnotes.core.library import Library  # noqa: E402
from seminarnotes.core.search import search  # noqa: E402

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

    from seminarnotes.ui.archive.archive_view import ArchiveView

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

        list_ms = median_ms(lib.list_seminars, args.runs)
        fill_ms = median_ms(fill, args.runs)
        print(f"{args.seminars} seminars, median of {args.runs} runs (after one warm-up):")
        print(f"  {'list_seminars() alone':<38} {list_ms:8.1f} ms")
        _report("archive view: construct+refresh+show", fill_ms, ARCHIVE_TARGET_MS)
        for query in QUERIES:
            hits = len(search(lib, query))
            _report(f"search {query!r} ({hits} hits)", median_ms(lambda q=query: search(lib, q), args.runs),
                    SEARCH_TARGET_MS)
    app.processEvents()


if __name__ == "__main__":
    main()
