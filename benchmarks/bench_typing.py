"""Typing in the window, one key at a time, as a documenter waits for it.

Every key goes into the points editor of the real window (autosave running, status line
and all) and is followed by its paint: the window handles the events a key leaves, Qt
repaints what changed, and a paint counter on the editor checks that every key was
painted. Groups of 300 and 1,000 points; the baseline is a plain QTextEdit of the
editor's size holding the same text, typed the same way in the same run, in turns with
the editor (the machine is shared). Reported: the 50th and 99th percentile of a key.

For the 1,000-point group the autosave is then folded in: each key is followed at once
by the save the autosave would run for it, and "a key and its save" is what the GUI
thread spends on both (reading the editor's points and handing them to the writer
thread). The writer thread's part (the transaction, fsync included) is reported beside
it; keys do not wait for it.

Target: a key with its paint, and for 1,000 points with its save, within one frame at
60 Hz (16.7 ms) at the 99th percentile.

    .venv/bin/python benchmarks/bench_typing.py [--keys 400] [--saves 100]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_HOME = tempfile.mkdtemp(prefix="bench-typing-")
for _name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME"):  # the window's settings and log: not the user's
    os.environ[_name] = _HOME
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QTextEdit, QWidget

from benchmarks.measure import median, percentile
from benchmarks.summary import Row, finish, ms, times
from seminarnotes.core import points_write
from seminarnotes.core.library import Library
from seminarnotes.core.outline import Point
from seminarnotes.ui.saving.autosave import Autosaver
from seminarnotes.ui.window.main_window import MainWindow
from seminarnotes.ui.editor.widget import PointEditor

SIZES = (300, 1000)
FRAME = 1 / 60
TYPED = "vi behöver hitta former för att sprida kunskap, "  # spaces too: the line wraps as it grows
TURNS = 4  # the keys of each widget are typed in this many turns, alternating


def outline(count: int) -> list[Point]:
    return [Point(f"punkt {i} om samverkan och lärande i vardagen", [0, 1, 2, 1][i % 4]) for i in range(count)]


class Paints(QObject):
    """Counts the paint events of a widget's viewport."""

    def __init__(self, widget: QTextEdit) -> None:
        super().__init__(widget)
        self.count = 0
        widget.viewport().installEventFilter(self)

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def key(app: QApplication, widget: QWidget, text: str) -> float:
    """One key and everything it leaves to do, its paint included."""
    start = time.perf_counter()
    QTest.keyClick(widget, text)
    app.processEvents()
    return time.perf_counter() - start


def focus(app: QApplication, widget: QWidget) -> None:
    """The widget's window active and the widget focused, as under the user's hands (the two
    windows take turns; keys sent to an inactive window would miss its shortcuts)."""
    widget.window().activateWindow()
    widget.setFocus()
    app.processEvents()
    if QApplication.focusWidget() is not widget:
        raise SystemExit(f"{type(widget).__name__} did not get the focus")


def type_keys(app: QApplication, widget: QTextEdit, count: int, offset: int) -> list[float]:
    focus(app, widget)
    return [key(app, widget, TYPED[(offset + k) % len(TYPED)]) for k in range(count)]


def checked(paints: Paints, before: int, keys: int, what: str) -> None:
    if paints.count - before < keys:
        raise SystemExit(f"{what}: {paints.count - before} paints for {keys} keys; the figure would not include them")


def plain_editor(points: list[Point], like: QWidget) -> QTextEdit:
    plain = QTextEdit()
    plain.setPlainText("\n".join(p.text for p in points))
    plain.resize(like.size())
    plain.show()
    cursor = plain.textCursor()
    cursor.setPosition(plain.document().findBlockByNumber(len(points) // 2).position())
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    plain.setTextCursor(cursor)
    return plain


def p50_p99(values: list[float]) -> str:
    return f"{ms(median(values))} / {ms(percentile(values, 99))}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keys", type=int, default=400, help="keys per group and widget")
    parser.add_argument("--saves", type=int, default=100, help="keys with their save, 1,000-point group")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    library = Library.open(Path(_HOME) / "library.sqlite")
    seminar = library.create_seminar("Prov")
    session = library.add_session(seminar, "Förmiddag")
    groups = {size: library.add_group(session, f"Grupp {size}", points=outline(size)) for size in SIZES}
    window = MainWindow(library)
    window.resize(1200, 800)
    window.show()
    window.openSeminarId(seminar, ("group", groups[SIZES[0]]))
    app.processEvents()
    editor = window.findChild(PointEditor)
    autosaver = window.findChild(Autosaver)
    ours_paints = Paints(editor)
    rows: list[Row] = []
    keys: dict[int, tuple[list[float], list[float]]] = {}
    for size in SIZES:
        window.page.select("group", groups[size])
        app.processEvents()
        editor.setFocus()
        editor.setCurrentPoint(size // 2)
        QTest.keyClick(editor, Qt.Key.Key_End)
        plain = plain_editor(outline(size), editor)
        plain_paints = Paints(plain)
        ours: list[float] = []
        theirs: list[float] = []
        before_ours, before_theirs = ours_paints.count, plain_paints.count
        for turn in range(TURNS):
            share = args.keys // TURNS
            ours += type_keys(app, editor, share, turn * share)
            theirs += type_keys(app, plain, share, turn * share)
        checked(ours_paints, before_ours, len(ours), "points editor")
        checked(plain_paints, before_theirs, len(theirs), "QTextEdit")
        keys[size] = ours, theirs
        autosaver.flush()
        worst = percentile(ours, 99)
        rows.append(Row(f"typing in a {size:,}-point group: a key and its paint, p50 / p99", p50_p99(ours),
                        f"QTextEdit {p50_p99(theirs)}", times(median(ours) / median(theirs)),
                        f"p99 ≤ {ms(FRAME)} (a 60 Hz frame)", worst <= FRAME))
        plain.close()
        plain.deleteLater()

    size = SIZES[-1]
    writer: list[float] = []
    original: Callable = points_write.VersionBook.save

    def timed_save(self, *a, **k):
        start = time.perf_counter()
        try:
            return original(self, *a, **k)
        finally:
            writer.append(time.perf_counter() - start)

    points_write.VersionBook.save = timed_save  # type: ignore[method-assign]
    with_save: list[float] = []
    saves: list[float] = []
    focus(app, editor)
    for k in range(args.saves):
        typed = key(app, editor, TYPED[k % len(TYPED)])
        start = time.perf_counter()
        autosaver.saveSoon()  # what the autosave's timer would run for this key
        saves.append(time.perf_counter() - start)
        with_save.append(typed + saves[-1])
        autosaver.flush()  # the writer finishes before the next key, outside the figures
    points_write.VersionBook.save = original  # type: ignore[method-assign]
    if len(writer) < args.saves:
        raise SystemExit(f"only {len(writer)} of {args.saves} saves reached the writer thread")
    theirs = keys[size][1]
    rows.append(Row(f"typing in a {size:,}-point group: a key, its paint and its save (GUI thread), p50 / p99",
                    p50_p99(with_save), f"QTextEdit {p50_p99(theirs)}", times(median(with_save) / median(theirs)),
                    f"p99 ≤ {ms(FRAME)} (a 60 Hz frame)", percentile(with_save, 99) <= FRAME))
    rows.append(Row(f"of which the save of {size:,} points on the GUI thread, p50 / p99", p50_p99(saves)))
    rows.append(Row(f"the save of {size:,} points on the writer thread (keys do not wait), p50 / p99",
                    p50_p99(writer)))

    structure, plain_structure, indented = [], [], 0
    plain = plain_editor(outline(size), editor)
    editor.setCurrentPoint(size // 2 - 1)  # a level-1 point followed by a level-0 one: Tab may indent
    QTest.keyClick(editor, Qt.Key.Key_End)
    for _ in range(20):
        focus(app, editor)
        start = time.perf_counter()
        QTest.keyClick(editor, Qt.Key.Key_Return)
        QTest.keyClick(editor, Qt.Key.Key_Tab)  # a new point, indented: both are saved at once
        app.processEvents()
        structure.append(time.perf_counter() - start)
        indented += editor.points()[editor.currentPointIndex()].level == 2
        QTest.keyClick(editor, "x")  # Enter on an empty point would outdent it instead
        QTest.keyClick(editor, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
        autosaver.flush()
        focus(app, plain)
        start = time.perf_counter()
        QTest.keyClick(plain, Qt.Key.Key_Return)
        QTest.keyClick(plain, Qt.Key.Key_Tab)
        app.processEvents()
        plain_structure.append(time.perf_counter() - start)
        QTest.keyClick(plain, "x")
    if indented != len(structure):
        raise SystemExit(f"Enter + Tab indented a new point {indented} times in {len(structure)}")
    rows.append(Row(f"Enter + Tab in the {size:,}-point group (a new point, indented, saved), median",
                    ms(median(structure)), f"QTextEdit {ms(median(plain_structure))}",
                    times(median(structure) / median(plain_structure))))
    print(f"typing, offscreen: {args.keys} keys per group and widget in {TURNS} alternating turns, "
          f"{args.saves} keys with their save; groups of {', '.join(f'{s:,}' for s in SIZES)} points")
    plain.close()
    window.close()
    library.close()
    return finish(rows)


if __name__ == "__main__":
    sys.exit(main())
