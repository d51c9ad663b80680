"""Typing speed in the points editor: a group of 300 points, against a plain QTextEdit
holding the same text, in the same run (offscreen).

Prints the median time per key for both and their ratio, and the time of Enter and
Tab at the end of a point. Target: typing stays instant, i.e. a few milliseconds a
key at most, whatever the size of the group.

    .venv/bin/python benchmarks/bench_typing.py [--runs 7]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QTextCursor  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QTextEdit  # noqa: E402

from seminarnotes.core.outline import Point  # noqa: E402
from seminarnotes.ui.editor.widget import PointEditor  # noqa: E402

KEYS = 40


def outline() -> list[Point]:
    return [Point(f"punkt {i} om samverkan och lärande i vardagen", [0, 1, 2, 1][i % 4]) for i in range(300)]


def per_key(widget: QTextEdit) -> float:
    start = time.perf_counter()
    QTest.keyClicks(widget, "x" * KEYS)
    QApplication.processEvents()
    return (time.perf_counter() - start) / KEYS


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    points = outline()
    editor, plain = PointEditor(), QTextEdit()
    editor.setPoints(points)
    plain.setPlainText("\n".join(p.text for p in points))
    for widget in (editor, plain):
        widget.resize(900, 700)
        widget.show()
    app.processEvents()
    ours, baseline, structure = [], [], []
    for _ in range(args.runs):
        editor.setFocus()
        editor.setCurrentPoint(150)
        QTest.keyClick(editor, Qt.Key.Key_End)
        ours.append(per_key(editor))
        start = time.perf_counter()
        QTest.keyClick(editor, Qt.Key.Key_Return)
        QTest.keyClick(editor, Qt.Key.Key_Tab)
        app.processEvents()
        structure.append(time.perf_counter() - start)
        plain.setFocus()
        cursor = plain.textCursor()
        cursor.setPosition(plain.document().findBlockByNumber(150).position())
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
        plain.setTextCursor(cursor)
        baseline.append(per_key(plain))
    ms = statistics.median(ours) * 1000
    base = statistics.median(baseline) * 1000
    print(f"typing in a group of 300 points, median of {args.runs} runs of {KEYS} keys (offscreen)")
    print(f"  points editor       {ms:6.2f} ms per key")
    print(f"  plain QTextEdit     {base:6.2f} ms per key (baseline, same text)")
    print(f"  ratio               {ms / base:6.2f}x")
    print(f"  Enter + Tab         {statistics.median(structure) * 1000:6.2f} ms")


if __name__ == "__main__":
    main()
