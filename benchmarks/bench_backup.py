"""What keeping the library safe costs on a 1,000 × 300 library: a backup (time and size), a
restore, and the integrity checks, against the window's start-up measured in the same run.

The window checks the file in three steps: at open, a read of the schema (`migrate.inspect`,
on the GUI thread, before the window shows); once the window is up, SQLite's quick_check on
a thread of its own (the first save waits for it); and at the first idle moment after the
start-up backup, SQLite's full integrity_check on the same thread (`Library.verify_fully_apart`,
skipped when the start-up backup was just written and checked). The figure that must stay
under 10 % of start-up is the part on the way to the window: the schema read. The two
background checks are reported against start-up as well, to show why they run off the way.
The command line's `export` runs integrity_check before it reads the seminar; that check is
reported against the whole export command.

    .venv/bin/python benchmarks/bench_backup.py [--runs 5]

The library is the start-up benchmark's (benchmarks/out/, made once and cached); the
backups go to a copy of it, so the cached file stays as it was.
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks import bench_startup
from benchmarks.measure import in_turns
from benchmarks.measure import median_of as median
from benchmarks.summary import Row, finish, ms, times
from seminarnotes.core import backup, integrity, migrate, restore
from seminarnotes.core.library import Library

WORK = bench_startup.OUT / "backup-bench"
OPEN_TARGET = 0.10


def _quick_check(path: Path) -> None:
    with closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as db:
        assert not integrity.quick_problems(db)


def _idle_check(library: Library) -> None:
    """What the window's care thread runs at the first idle moment."""
    assert library.verify_fully_apart() is None


def _longest_pause(background: Callable[[], object] | None, seconds: float) -> float:
    """The longest a 1 ms sleep took on this thread (the GUI thread's stand-in) while
    `background` ran on another thread, or for `seconds` with nothing running."""
    worker = threading.Thread(target=background) if background is not None else None
    end = time.perf_counter() + seconds
    longest = 0.0
    if worker is not None:
        worker.start()
    while (worker.is_alive() if worker is not None else time.perf_counter() < end):
        start = time.perf_counter()
        time.sleep(0.001)
        longest = max(longest, time.perf_counter() - start)
    return longest


def _export_command(library: Path) -> None:
    """`seminarnotes export` of one seminar, its integrity_check included."""
    target = WORK / "export.docx"
    subprocess.run([sys.executable, "-m", "seminarnotes", "--library", str(library), "export", "1", "-o",
                    str(target)], check=True, capture_output=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    if not bench_startup.LIBRARY.exists():
        print(f"generating {bench_startup.LIBRARY.name} (once; cached) …", flush=True)
        bench_startup.build_library()
    shutil.rmtree(WORK, ignore_errors=True)
    WORK.mkdir(parents=True)
    library = WORK / "library.sqlite"
    shutil.copyfile(bench_startup.LIBRARY, library)
    size = library.stat().st_size

    made: list[Path] = []
    backup_time, copy_only = in_turns(args.runs, lambda: made.append(backup.make_backup(library, "manual")),
                                      lambda: _copy_only(library))
    backup_size = made[-1].stat().st_size
    restore_time = median(lambda: restore.restore(library, made[0]), max(1, args.runs // 2))
    inspect_time = median(lambda: migrate.inspect(library), args.runs * 4)
    quick = median(lambda: _quick_check(library), args.runs)
    with Library.open(library, create=False, verify=False) as opened:
        full = median(lambda: _idle_check(opened), args.runs)
        paused = statistics.median(_longest_pause(lambda: _idle_check(opened), 0) for _ in range(args.runs))
        unpaused = statistics.median(_longest_pause(None, full) for _ in range(args.runs))
    export_command = median(lambda: _export_command(library), args.runs)

    app = [sys.executable, "-m", "seminarnotes", "--library", str(bench_startup.LIBRARY)]
    subprocess_env_note = "offscreen, the cached library, last seminar open"
    bench_startup.measure(app)  # warm the file cache
    startup = statistics.median(bench_startup.measure(app)[0] for _ in range(args.runs))

    shutil.rmtree(WORK, ignore_errors=True)
    ratio_open = inspect_time / startup
    points = bench_startup.SESSIONS * bench_startup.GROUPS * bench_startup.POINTS
    print(f"library of {bench_startup.SEMINARS} seminars x {points} points: {size / 1e6:.1f} MB; "
          f"medians of {args.runs} runs; window start-up: {subprocess_env_note}")
    size_text = f"{size / 1e6:.1f} MB"
    up = f"window start-up {ms(startup)}"
    return finish([
        Row(f"backup of the {bench_startup.SEMINARS:,} × {points} library ({size_text}): copy, integrity_check, "
            f"rename, rotation", f"{ms(backup_time)}, {backup_size / 1e6:.1f} MB",
            f"the copy alone {ms(copy_only)}; the library {size_text}", times(backup_time / copy_only)),
        Row("restore of that library (a backup of it first, then the copy)", ms(restore_time),
            f"the copy alone {ms(copy_only)}", times(restore_time / copy_only)),
        Row("check at open, before the window shows (schema read)", ms(inspect_time), up,
            f"{ratio_open * 100:.2f} %", f"< {OPEN_TARGET * 100:.0f} % of start-up", ratio_open < OPEN_TARGET),
        Row("quick_check, on its own thread once the window is up (the first save waits for it)", ms(quick), up,
            f"{quick / startup * 100:.0f} %"),
        Row("integrity_check, on that thread at the first idle moment (none when the start-up backup was "
            "written: its check was the library's)", ms(full), up, f"{full / startup * 100:.0f} %"),
        Row("the longest a 1 ms sleep on another thread (the GUI's) took while that check ran", ms(paused),
            f"with nothing running {ms(unpaused)}", times(paused / unpaused)),
        Row("the same integrity_check before `seminarnotes export` of one seminar", ms(full),
            f"the whole command {ms(export_command)}", f"{full / export_command * 100:.0f} %"),
    ])


def _copy_only(library: Path) -> None:
    target = WORK / "copy-only.sqlite"
    target.unlink(missing_ok=True)
    with closing(sqlite3.connect(library)) as source, closing(sqlite3.connect(target)) as dest:
        source.backup(dest)


if __name__ == "__main__":
    sys.exit(main())
