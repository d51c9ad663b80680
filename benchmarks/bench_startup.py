"""Start-up time and peak memory of the window, against a bare PySide6 window.

Measures, in one run and alternating, (a) `python -m seminarnotes` on a library of
1,000 seminars (~300 points each) until the window is shown with the last seminar
open, a group selected and the editor focused, and (b) a bare QMainWindow with a
QTreeView and a QTextEdit until shown. Both offscreen; each child prints
"ready <time.monotonic()> rss=<MB>" (SEMINARNOTES_BENCH_READY=1 for the app) and
quits. Peak memory is ru_maxrss when ready, and over the whole run. Targets: time
<= 2.5x, memory <= 2x.

It also starts the app on a library holding only the seminar that is opened (the
same one), so that the cost of the library's size shows on its own. Target: the
1,000-seminar start-up at most 1.10x that one. "idle" is when the background
`Library.preload()` (SQLAlchemy for the first save) has finished as well; the
whole-run memory includes it.

    .venv/bin/python benchmarks/bench_startup.py [--runs 7]

The generated library is cached in benchmarks/out/ (git-ignored).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "benchmarks" / "out"
LIBRARY = OUT / "startup-1000x300-v1.sqlite"
SMALL_LIBRARY = OUT / "startup-1x300-v1.sqlite"
SEMINARS, SESSIONS, GROUPS, POINTS = 1000, 2, 5, 30
TIME_TARGET, MEMORY_TARGET, SIZE_TARGET = 2.5, 2.0, 1.10

BARE = """
import resource, sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QSplitter, QTextEdit, QTreeView
app = QApplication(sys.argv)
window = QMainWindow()
splitter = QSplitter()
tree, editor = QTreeView(), QTextEdit()
splitter.addWidget(tree)
splitter.addWidget(editor)
window.setCentralWidget(splitter)
window.resize(1200, 760)
window.show()
editor.setFocus()
def ready():
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"ready {time.monotonic():.6f} rss={rss:.1f}", flush=True)
    app.quit()
QTimer.singleShot(0, ready)
app.exec()
"""

SELECT_A_GROUP = """
import sys
from seminarnotes.core.library import Library
from seminarnotes.ui.app import make_application
app = make_application()
from seminarnotes.ui.window.main_window import MainWindow
library = Library.open(sys.argv[1])
window = MainWindow(library)
window.restoreSession()
groups = window.model.groups()
window.page.select("group", groups[len(groups) // 2].id)
window.close()
"""


def _seminar(number: int):  # noqa: ANN202 - SeminarDoc
    from seminarnotes.core.document import GroupDoc, SeminarDetails, SeminarDoc, SessionDoc
    from seminarnotes.core.outline import Point

    def points(group: int) -> list[Point]:
        levels = [0, 1, 1, 2, 0, 1]
        return [Point(f"Seminarium {number}, grupp {group}: punkt {k} om samverkan, lärande och uppföljning",
                      levels[k % len(levels)], "highlight" if k % 11 == 5 else "point") for k in range(POINTS)]

    return SeminarDoc(
        details=SeminarDetails(title=f"Seminarium {number}", speaker="Talare", venue="Västerås",
                               date=dt.date(2000, 1, 1) + dt.timedelta(days=number * 3)),
        sessions=[SessionDoc(f"Pass {s + 1}", "Vad tar vi med oss?",
                             [GroupDoc(f"Kommun {s * GROUPS + g}", points(g)) for g in range(GROUPS)])
                  for s in range(SESSIONS)],
    )


def build_library(target: Path = LIBRARY, numbers: range = range(SEMINARS)) -> None:
    """Seminars of ~300 points, made once through the Library API and cached."""
    from seminarnotes.core.library import Library

    OUT.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(".partial")
    for stale in OUT.glob(partial.name + "*"):
        stale.unlink()
    started = time.monotonic()
    with Library.open(partial) as library:
        for count, number in enumerate(numbers, start=1):
            library.import_doc(_seminar(number))
            if count % 100 == 0:
                print(f"  generated {count} seminars ({time.monotonic() - started:.0f} s)", flush=True)
    for extra in OUT.glob(partial.name + "-*"):  # WAL files are checkpointed on close
        extra.unlink()
    partial.rename(target)


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env.update(QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(OUT / "config"),
               XDG_DATA_HOME=str(OUT / "data"), SEMINARNOTES_BENCH_READY="1")
    env.pop("SEMINARNOTES_LIBRARY", None)
    return env


def measure(command: list[str]) -> tuple[float, float, float, float]:
    """Seconds from launch to "ready" and to "idle" (the bare window: same), and the
    child's peak RSS in MB when ready and over its whole run."""
    started = time.monotonic()
    child = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=_env(), cwd=REPO,
                             text=True)
    assert child.stdout is not None
    line = child.stdout.readline()
    rest = child.stdout.read()
    _, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    if not line.startswith("ready ") or "ok=0" in line:
        raise SystemExit(f"{command[-1]}: did not report ready (got {line!r}, status {child.returncode})")
    ready = float(line.split()[1]) - started
    idle = next((float(x.split()[1]) - started for x in rest.splitlines() if x.startswith("idle ")), ready)
    at_ready = float(line.split("rss=")[1].split()[0])
    return ready, idle, at_ready, usage.ru_maxrss / 1024


def medians(commands: dict[str, list[str]], runs: int) -> dict[str, tuple[float, ...]]:
    """Each command once to warm the file cache, then `runs` rounds taking turns; the medians
    of what measure() returns, per command."""
    for command in commands.values():
        measure(command)
    results: dict[str, list[tuple[float, float, float, float]]] = {name: [] for name in commands}
    for _ in range(runs):
        for name, command in commands.items():
            results[name].append(measure(command))
    return {name: tuple(statistics.median(run[k] for run in taken) for k in range(4))
            for name, taken in results.items()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    if not LIBRARY.exists():
        print(f"generating {LIBRARY.relative_to(REPO)} (once; cached) …", flush=True)
        build_library()
    if not SMALL_LIBRARY.exists():  # the seminar the big library opens: the newest, the last made
        build_library(SMALL_LIBRARY, range(SEMINARS - 1, SEMINARS))
    commands = {
        "bare": [sys.executable, "-c", BARE],
        "one": [sys.executable, "-m", "seminarnotes", "--library", str(SMALL_LIBRARY)],
        "app": [sys.executable, "-m", "seminarnotes", "--library", str(LIBRARY)],
    }
    for library in (LIBRARY, SMALL_LIBRARY):
        subprocess.run([sys.executable, "-c", SELECT_A_GROUP, str(library)], env=_env(), cwd=REPO, check=True,
                       stderr=subprocess.DEVNULL)
    med = medians(commands, args.runs)
    time_ratio = med["app"][0] / med["bare"][0]
    memory_ratio = med["app"][2] / med["bare"][2]
    whole_run_ratio = med["app"][3] / med["bare"][3]
    size_ratio = med["app"][0] / med["one"][0]
    idle_ratio = med["app"][1] / med["one"][1]
    print(f"start-up, median of {args.runs} runs, library of {SEMINARS} seminars x {SESSIONS * GROUPS * POINTS} "
          "points, offscreen")
    print(f"  {'':28} {'ready':>8} {'idle':>8}   peak RSS at ready / whole run")
    for name, label in (("bare", "bare PySide6 window"), ("one", "seminarnotes, 1 seminar"),
                        ("app", f"seminarnotes, {SEMINARS} seminars")):
        ready, idle, memory, whole = med[name]
        print(f"  {label:28} {ready * 1000:5.0f} ms {idle * 1000:5.0f} ms   {memory:6.1f} MB / {whole:6.1f} MB")
    ok_time, ok_memory, ok_size = time_ratio <= TIME_TARGET, memory_ratio <= MEMORY_TARGET, size_ratio <= SIZE_TARGET
    print(f"  ratio time   {time_ratio:4.2f}x bare (target <= {TIME_TARGET}x) {'ok' if ok_time else 'OVER'}")
    print(f"  ratio memory {memory_ratio:4.2f}x bare when ready (target <= {MEMORY_TARGET}x) "
          f"{'ok' if ok_memory else 'OVER'}; {whole_run_ratio:4.2f}x once the write side is loaded")
    print(f"  ratio size   {size_ratio:4.2f}x the 1-seminar library (target <= {SIZE_TARGET}x) "
          f"{'ok' if ok_size else 'OVER'}; until idle {idle_ratio:4.2f}x")
    return 0 if ok_time and ok_memory and ok_size else 1


if __name__ == "__main__":
    sys.exit(main())
