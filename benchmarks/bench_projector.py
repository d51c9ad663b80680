"""From a key in the editor to the projector view showing it, in a group of 300 points.

The real window with the projector view open, full screen on a second screen (Qt's
offscreen platform with the tests' two screens: a 1366×768 laptop and a 1024×768
projector). Each key goes into the points editor in the middle of the group; the clock
stops when the projector view's first paint after the key has ended (every key must be
followed by one, else the benchmark stops).

The baseline is the editor's own cost of a key with its paint, the view closed, typed
the same way in the same run and in turns with the measured keys (the machine is
shared). Also reported: the whole session on the projector (six groups of 300 points),
what the open view costs the documenter (a key with everything it leaves to do, the
editor's paint and the view's, before the next key can be handled), and a change of
group (Ctrl+PgDown) until the projector shows the next 300 points.

Targets: the projector shows a key within 100 ms at the 99th percentile (the issue's
"every keystroke appears within 100 ms"), and the next group too; with the view open,
a key and all it leaves to do stay within one frame at 60 Hz (16.7 ms) at the 99th
percentile, as typing does without it (bench_typing.py).

    .venv/bin/python benchmarks/bench_projector.py [--keys 400] [--steps 40]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
if os.environ["QT_QPA_PLATFORM"] == "offscreen":  # a laptop and a projector, as in the tests
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={ROOT / 'tests' / 'offscreen_screens.json'}"
_HOME = tempfile.mkdtemp(prefix="bench-projector-")
for _name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME"):  # the window's settings and log: not the user's
    os.environ[_name] = _HOME
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QPaintEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from benchmarks.measure import median, percentile
from benchmarks.summary import Row, finish, ms, times
from seminarnotes.core.library import Library
from seminarnotes.core.outline import Point
from seminarnotes.ui.venue import projector as projector_module
from seminarnotes.ui.venue.projector_view import ProjectorView
from seminarnotes.ui.window.main_window import MainWindow

POINTS, GROUPS = 300, 6
SHOWN = 0.100  # the issue: every keystroke appears within 100 ms
FRAME = 1 / 60
TYPED = "vi behöver hitta former för att sprida kunskap, "  # spaces too: the lines wrap as they grow
TURNS = 4  # the keys of each figure are typed in this many turns, alternating


def outline(count: int) -> list[Point]:
    return [Point(f"punkt {i} om samverkan och lärande i vardagen", [0, 1, 2, 1][i % 4]) for i in range(count)]


class TimedView(ProjectorView):
    """The projector view, noting when each of its paints ended (what the room sees)."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.paintsEnded: list[float] = []

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        self.paintsEnded.append(time.perf_counter())


class Paints(QObject):
    """Counts the paint events of the editor's viewport (a key must be painted to count)."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.count = 0
        widget.installEventFilter(self)

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def until_shown(app: QApplication, editor: QWidget, text: str, view: TimedView) -> float:
    """From a key to the end of the view's first paint after it."""
    before = len(view.paintsEnded)
    start = time.perf_counter()
    QTest.keyClick(editor, text)
    for _ in range(100):
        app.processEvents()
        if len(view.paintsEnded) > before:
            return view.paintsEnded[before] - start
    raise SystemExit("the projector view was not painted after a key: the figure would miss it")


def key(app: QApplication, editor: QWidget, key_: str | Qt.Key, view: TimedView | None = None,
        modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> float:
    """A key and everything it leaves to do (the editor's paint, and the view's if `view`),
    until the next key can come."""
    before = len(view.paintsEnded) if view is not None else 0
    start = time.perf_counter()
    QTest.keyClick(editor, key_, modifier)
    app.processEvents()
    for _ in range(100):
        if view is None or len(view.paintsEnded) > before:
            return time.perf_counter() - start
        app.processEvents()
    raise SystemExit("the projector view was not painted after a key: the figure would miss it")


def p50_p99(values: list[float]) -> str:
    return f"{ms(median(values))} / {ms(percentile(values, 99))}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keys", type=int, default=400, help="keys per figure")
    parser.add_argument("--steps", type=int, default=40, help="group changes per figure")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    library = Library.open(Path(_HOME) / "library.sqlite")
    seminar = library.create_seminar("Prov")
    session = library.add_session(seminar, "Förmiddag", "Hur sprider vi det vi lär oss?")
    groups = [library.add_group(session, f"Grupp {k}", points=outline(POINTS)) for k in range(GROUPS)]
    projector_module.ProjectorView = TimedView  # type: ignore[misc] - the window's view, timing its paints
    window = MainWindow(library)
    window.restoreSession()
    window.show()
    window.openSeminarId(seminar, ("group", groups[0]))
    app.processEvents()
    editor, projector = window.editor, window.projector
    paints = Paints(editor.viewport())
    projector.open()
    view = projector.view
    assert isinstance(view, TimedView)
    app.processEvents()
    placed = f"{view.screen().name()} {view.width()}×{view.height()}{', full screen' if view.isFullScreen() else ''}"

    def ready(open_: bool, whole: bool) -> None:
        """The view open or closed, with one group or the whole session, and the keys in
        the middle of the group (the editor's window active, as under the user's hands)."""
        projector.setOpen(open_)
        (projector.wholeSessionAction if whole else projector.groupOnlyAction).setChecked(True)
        window.activateWindow()
        editor.setFocus()
        editor.setCurrentPoint(POINTS // 2)
        QTest.keyClick(editor, Qt.Key.Key_End)
        app.processEvents()
        if QApplication.focusWidget() is not editor:
            raise SystemExit("the editor lost the keys to the projector view")

    closed: list[float] = []
    shown: list[float] = []
    shown_whole: list[float] = []
    documenter: list[float] = []
    share = max(1, args.keys // TURNS)
    for turn in range(TURNS):
        letters = [TYPED[(turn * share + k) % len(TYPED)] for k in range(share)]
        ready(False, False)
        before = paints.count
        closed += [key(app, editor, letter) for letter in letters]
        if paints.count - before < share:
            raise SystemExit("the editor was not painted after every key: the baseline would miss it")
        ready(True, False)
        shown += [until_shown(app, editor, letter, view) for letter in letters]
        ready(True, False)
        documenter += [key(app, editor, letter, view) for letter in letters]
        ready(True, True)
        shown_whole += [until_shown(app, editor, letter, view) for letter in letters]
    # Ctrl+PgDown / Ctrl+PgUp: the next 300-point group on the projector, against the same
    # step with the view closed (the editor loads the group and paints it)
    stepped, stepped_closed = [], []
    for _turn in range(TURNS):
        for open_, figures in ((False, stepped_closed), (True, stepped)):
            ready(open_, False)
            for k in range(args.steps // TURNS):
                direction = Qt.Key.Key_PageDown if k % 2 == 0 else Qt.Key.Key_PageUp
                figures.append(key(app, editor, direction, view if open_ else None,
                                   Qt.KeyboardModifier.ControlModifier))
    slide = view.slide()
    if slide.sections[slide.live].points[POINTS // 2].text != editor.points()[POINTS // 2].text:
        raise SystemExit("the projector does not show what was typed")
    projector.close()
    window.autosaver.flush()

    print(f"a group of {POINTS} points, {len(shown)} keys a figure in {TURNS} turns; the view: {placed}")
    baseline = f"editor alone {p50_p99(closed)}"
    return finish([
        Row(f"keystroke → projector view painted, {POINTS}-point group, p50 / p99", p50_p99(shown), baseline,
            times(median(shown) / median(closed)), f"p99 ≤ {ms(SHOWN)}", percentile(shown, 99) <= SHOWN),
        Row(f"keystroke → projector, the whole session ({GROUPS} × {POINTS} points), p50 / p99",
            p50_p99(shown_whole), baseline, times(median(shown_whole) / median(closed)), f"p99 ≤ {ms(SHOWN)}",
            percentile(shown_whole, 99) <= SHOWN),
        Row("a key with the projector view open: all it leaves to do, both paints, p50 / p99", p50_p99(documenter),
            baseline, times(median(documenter) / median(closed)), f"p99 ≤ {ms(FRAME)} (a 60 Hz frame)",
            percentile(documenter, 99) <= FRAME),
        Row(f"Ctrl+PgDown → the next {POINTS}-point group painted on the projector, p50 / p99", p50_p99(stepped),
            f"view closed {p50_p99(stepped_closed)}", times(median(stepped) / median(stepped_closed)),
            f"p99 ≤ {ms(SHOWN)}", percentile(stepped, 99) <= SHOWN),
    ])


if __name__ == "__main__":
    sys.exit(main())
