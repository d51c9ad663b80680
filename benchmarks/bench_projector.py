"""From a key in the editor to the projector view showing it, in a group of 300 points.

The real window with the projector view open, full screen on a second screen (Qt's
offscreen platform with two screens, as in the tests). Each key goes into the points
editor in the middle of the group; the clock stops when the projector view's first
paint after it has ended (every key must be followed by one). The baseline
is the editor's own cost of a key with its paint, the view closed, typed the same way
in the same run, in turns with the measured keys (the machine is shared). Also the
whole session on the projector (six groups of 300 points), and what the view adds to
a key for the documenter.

Target: the projector shows a key within 100 ms at the 99th percentile.

    .venv/bin/python benchmarks/bench_projector.py [--keys 300]

Prints rows of the benchmarks' summary table (what, figure, baseline, ratio, target, met?).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
os.environ.setdefault("QT_QPA_PLATFORM", f"offscreen:configfile={ROOT / 'tests' / 'offscreen_screens.json'}")
_HOME = tempfile.mkdtemp(prefix="bench-projector-")
for _name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME"):  # the window's settings and log: not the user's
    os.environ[_name] = _HOME
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from seminarnotes.core.library import Library  # noqa: E402
from seminarnotes.core.outline import Point  # noqa: E402
from seminarnotes.ui.editor.widget import PointEditor  # noqa: E402
from seminarnotes.ui.venue import projector as projector_module  # noqa: E402
from seminarnotes.ui.venue.projector_view import ProjectorView  # noqa: E402
from seminarnotes.ui.window import main_window  # noqa: E402

POINTS, GROUPS = 300, 6
TARGET = 0.100
TYPED = "vi behöver hitta former för att sprida kunskap, "
TURNS = 4


def outline(count: int) -> list[Point]:
    return [Point(f"punkt {i} om samverkan och lärande i vardagen", [0, 1, 2, 1][i % 4]) for i in range(count)]


class Painted:
    """Mixed into the editor and the view: when each paint ended."""

    def paintEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt's name
        super().paintEvent(event)  # type: ignore[misc]
        self.paintsEnded.append(time.perf_counter())  # type: ignore[attr-defined]


class TimedEditor(Painted, PointEditor):
    def __init__(self, *args, **kwargs) -> None:  # noqa: ANN002, ANN003
        super().__init__(*args, **kwargs)
        self.paintsEnded: list[float] = []


class TimedView(Painted, ProjectorView):
    def __init__(self, *args, **kwargs) -> None:  # noqa: ANN002, ANN003
        super().__init__(*args, **kwargs)
        self.paintsEnded: list[float] = []


def key(app: QApplication, editor: QWidget, text: str, painted: Painted) -> float:
    """From a key to the end of the first paint of `painted` after it (what the eye gets)."""
    before = len(painted.paintsEnded)  # type: ignore[attr-defined]
    start = time.perf_counter()
    QTest.keyClick(editor, text)
    for _ in range(50):
        app.processEvents()
        if len(painted.paintsEnded) > before:  # type: ignore[attr-defined]
            return painted.paintsEnded[before] - start  # type: ignore[attr-defined]
    raise SystemExit(f"no paint of {type(painted).__name__} after a key: the figure would miss it")


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def p50_p99(values: list[float]) -> str:
    return f"{ms(statistics.median(values))} / {ms(percentile(values, 99))}"


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.2f} ms" if seconds < 0.001 else f"{seconds * 1000:.1f} ms"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keys", type=int, default=300, help="keys per figure")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    library = Library.open(Path(_HOME) / "library.sqlite")
    seminar = library.create_seminar("Prov")
    session = library.add_session(seminar, "Förmiddag", "Hur sprider vi det vi lär oss?")
    groups = [library.add_group(session, f"Grupp {k}", points=outline(POINTS)) for k in range(GROUPS)]
    main_window.PointEditor = TimedEditor  # the window's editor and view, timing their paints
    projector_module.ProjectorView = TimedView
    window = main_window.MainWindow(library)
    window.restoreSession()
    window.show()
    window.openSeminarId(seminar, ("group", groups[0]))
    app.processEvents()
    editor = window.editor
    projector = window.projector
    projector.open()
    view = projector.view
    app.processEvents()
    placed = f"{view.screen().name()} {view.width()}×{view.height()}{', full screen' if view.isFullScreen() else ''}"

    def typing(open_: bool, whole: bool, count: int, offset: int) -> list[float]:
        projector.setOpen(open_)
        projector.wholeSessionAction.setChecked(whole) if whole else projector.groupOnlyAction.setChecked(True)
        window.activateWindow()
        editor.setFocus()
        editor.setCurrentPoint(POINTS // 2)
        QTest.keyClick(editor, Qt.Key.Key_End)
        app.processEvents()
        painted = view if open_ else editor
        return [key(app, editor, TYPED[(offset + k) % len(TYPED)], painted) for k in range(count)]

    closed, opened, whole, opened_editor = [], [], [], []
    per_turn = max(1, args.keys // TURNS)
    for turn in range(TURNS):
        closed += typing(False, False, per_turn, turn)
        opened += typing(True, False, per_turn, turn)
        whole += typing(True, True, per_turn, turn)
    if view.slide().sections[view.slide().live].points[POINTS // 2].text != editor.points()[POINTS // 2].text:
        raise SystemExit("the projector does not show what was typed")
    # what the view adds to a key for the documenter: until the editor has painted, view open
    for turn in range(TURNS):
        projector.setOpen(True)
        projector.groupOnlyAction.setChecked(True)
        editor.setFocus()
        opened_editor += [key(app, editor, TYPED[k % len(TYPED)], editor) for k in range(per_turn)]
    projector.close()
    window.autosaver.flush()

    print(f"keystroke to projector, a group of {POINTS} points, {len(opened)} keys in {TURNS} turns; view: {placed}")
    rows = [
        ("keystroke → projector view painted, 300-point group (p50 / p99)", p50_p99(opened),
         f"{p50_p99(closed)} (a key in the editor until its paint ended, view closed)",
         statistics.median(opened) / statistics.median(closed), f"p99 ≤ {ms(TARGET)}",
         percentile(opened, 99) <= TARGET),
        (f"keystroke → projector, the whole session ({GROUPS} × {POINTS} points) (p50 / p99)", p50_p99(whole),
         f"{p50_p99(closed)} (same)", statistics.median(whole) / statistics.median(closed), f"p99 ≤ {ms(TARGET)}",
         percentile(whole, 99) <= TARGET),
        ("a key in the editor until its paint ended, projector view open (p50 / p99)", p50_p99(opened_editor),
         f"{p50_p99(closed)} (view closed)", statistics.median(opened_editor) / statistics.median(closed), "—",
         None),
    ]
    return _finish(rows)


def _finish(rows: list[tuple]) -> int:
    """The rows of the summary table: through benchmarks/summary.py where it is there (make
    bench gathers them), else printed as the same Markdown table."""
    try:
        from benchmarks.summary import Row, finish, times
    except ImportError:
        header = ("what", "figure", "baseline", "ratio", "target", "met?")
        print("\n| " + " | ".join(header) + " |\n|" + " --- |" * len(header))
        for what, figure, baseline, ratio, target, met in rows:
            done = "—" if met is None else ("yes" if met else "**NO**")
            print(f"| {what} | {figure} | {baseline} | {ratio:.2f}× | {target} | {done} |")
        return 1 if any(row[5] is False for row in rows) else 0
    return finish([Row(what, figure, baseline, times(ratio), target, met)
                   for what, figure, baseline, ratio, target, met in rows])


if __name__ == "__main__":
    sys.exit(main())
