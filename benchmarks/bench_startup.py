"""Start-up time and peak memory of the window, against a bare PySide6 window.

Measures, in one run and alternating, (a) `python -m seminarnotes` on a library of
1,000 seminars (~300 points each) until the window is shown with the last seminar
open, a group selected and the editor focused, and (b) a bare QMainWindow with a
QTreeView and a QTextEdit until shown. Both offscreen; each child prints
"ready <time.monotonic()>" and quits (SEMINARNOTES_BENCH_READY=1 for the app).
Peak memory is the child's ru_maxrss. Targets: time <= 2.5x, memory <= 2x.

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
SEMINARS, SESSIONS, GROUPS, POINTS = 1000, 2, 5, 30
TIME_TARGET, MEMORY_TARGET = 2.5, 2.0

BARE = """
import sys, time
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
    print(f"ready {time.monotonic():.6f}", flush=True)
    app.quit()
QTimer.singleShot(0, ready)
app.exec()
"""

SELECT_A_GROUP = """
import sys
from seminarnotes.core.library import Library
from seminarnotes.ui.app import make_application
app = make_application()
from seminarnotes.ui.main_window import MainWindow
library = Library.open(sys.argv[1])
window = MainWindow(library)
window.restoreSession()
groups = window.model.groups()
window.select("group", groups[len(groups) // 2].id)
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


def build_library() -> None:
    """1,000 seminars of ~300 points, made once through the Library API and cached."""
    from seminarnotes.core.library import Library

    OUT.mkdir(parents=True, exist_ok=True)
    partial = LIBRARY.with_suffix(".partial")
    for stale in OUT.glob(partial.name + "*"):
        stale.unlink()
    started = time.monotonic()
    with Library.open(partial) as library:
        for number in range(SEMINARS):
            library.import_doc(_seminar(number))
            if number % 100 == 99:
                print(f"  generated {number + 1} seminars ({time.monotonic() - started:.0f} s)", flush=True)
    for extra in OUT.glob(partial.name + "-*"):  # WAL files are checkpointed on close
        extra.unlink()
    partial.rename(LIBRARY)


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env.update(QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(OUT / "config"),
               XDG_DATA_HOME=str(OUT / "data"), SEMINARNOTES_BENCH_READY="1")
    env.pop("SEMINARNOTES_LIBRARY", None)
    return env


def measure(command: list[str]) -> tuple[float, float]:
    """Seconds from launch to "ready", and the child's peak RSS in MB."""
    started = time.monotonic()
    child = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=_env(), cwd=REPO,
                             text=True)
    assert child.stdout is not None
    line = child.stdout.readline()
    child.stdout.read()
    _, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    if not line.startswith("ready ") or "ok=0" in line:
        raise SystemExit(f"{command[-1]}: did not report ready (got {line!r}, status {child.returncode})")
    return float(line.split()[1]) - started, usage.ru_maxrss / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    if not LIBRARY.exists():
        print(f"generating {LIBRARY.relative_to(REPO)} (once; cached) …", flush=True)
        build_library()
    app = [sys.executable, "-m", "seminarnotes", "--library", str(LIBRARY)]
    bare = [sys.executable, "-c", BARE]
    subprocess.run([sys.executable, "-c", SELECT_A_GROUP, str(LIBRARY)], env=_env(), cwd=REPO, check=True,
                   stderr=subprocess.DEVNULL)
    measure(app), measure(bare)  # warm the file cache for both
    results: dict[str, list[tuple[float, float]]] = {"app": [], "bare": []}
    for _ in range(args.runs):
        results["app"].append(measure(app))
        results["bare"].append(measure(bare))
    med = {name: (statistics.median(t for t, _ in runs), statistics.median(m for _, m in runs))
           for name, runs in results.items()}
    time_ratio = med["app"][0] / med["bare"][0]
    memory_ratio = med["app"][1] / med["bare"][1]
    print(f"start-up, median of {args.runs} runs, library of {SEMINARS} seminars x {SESSIONS * GROUPS * POINTS} "
          "points, offscreen")
    print(f"  bare PySide6 window   {med['bare'][0] * 1000:7.0f} ms   {med['bare'][1]:6.1f} MB peak RSS")
    print(f"  seminarnotes          {med['app'][0] * 1000:7.0f} ms   {med['app'][1]:6.1f} MB peak RSS")
    ok_time, ok_memory = time_ratio <= TIME_TARGET, memory_ratio <= MEMORY_TARGET
    print(f"  ratio time   {time_ratio:4.2f}x (target <= {TIME_TARGET}x) {'ok' if ok_time else 'OVER'}")
    print(f"  ratio memory {memory_ratio:4.2f}x (target <= {MEMORY_TARGET}x) {'ok' if ok_memory else 'OVER'}")
    return 0 if ok_time and ok_memory else 1


if __name__ == "__main__":
    sys.exit(main())
