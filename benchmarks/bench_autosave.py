"""What saving a group of 1,000 points costs the GUI thread, while the user types.

The window's autosave reads the editor's points on the GUI thread and writes them on
its writer thread (ui/autosave.py, core/points_write.py). For saves after one typed
key in the middle of a 1,000-point group, this prints the median and p99 of
  - the GUI thread's part (reading the points, handing the job over),
  - the writer's part (the transaction, fsync included), and
  - the whole save done on the GUI thread, as it would be without the writer thread,
against the editor's own cost of one key in the same run (the baseline).

    .venv/bin/python benchmarks/bench_autosave.py [--saves 60]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from seminarnotes.core import points_write  # noqa: E402
from seminarnotes.core.library import Library  # noqa: E402
from seminarnotes.core.outline import Point  # noqa: E402

POINTS = 1000


def p99(values: list[float]) -> float:
    return sorted(values)[min(len(values) - 1, int(len(values) * 0.99))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--saves", type=int, default=60)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    folder = Path(tempfile.mkdtemp(prefix="bench-autosave-"))
    library = Library.open(folder / "library.sqlite")
    seminar = library.create_seminar("Prov")
    session = library.add_session(seminar, "Förmiddag")
    outline = [Point(f"punkt {i} om samverkan och lärande i vardagen", [0, 1, 2, 1][i % 4]) for i in range(POINTS)]
    group = library.add_group(session, "Sala", points=outline)
    other = library.add_group(session, "Mora", points=outline)  # saved directly, for the comparison
    from seminarnotes.ui.window.main_window import MainWindow

    window = MainWindow(library)
    window.openSeminarId(seminar, ("group", group))
    window.resize(1200, 800)
    window.show()
    app.processEvents()
    editor = window.editor
    editor.setFocus()
    editor.setCurrentPoint(POINTS // 2)
    QTest.keyClick(editor, Qt.Key.Key_End)
    window.autosaver.flush()

    writer_times: list[float] = []
    original = points_write.VersionBook.save

    def timed_save(self, *a, **k):  # noqa: ANN001, ANN002, ANN003, ANN202
        start = time.perf_counter()
        try:
            return original(self, *a, **k)
        finally:
            writer_times.append(time.perf_counter() - start)

    points_write.VersionBook.save = timed_save  # type: ignore[method-assign]
    key_times, gui_times, sync_times = [], [], []
    sync_db = points_write.connect(library.path)
    for n in range(args.saves):
        start = time.perf_counter()
        QTest.keyClick(editor, "x")
        app.processEvents()
        key_times.append(time.perf_counter() - start)
        window.autosaver._timer.stop()  # the save runs now, measured, not from the timer
        start = time.perf_counter()
        window.autosaver.saveSoon()
        gui_times.append(time.perf_counter() - start)
        window.autosaver.flush()  # wait for the writer before the next round
        outline[POINTS // 2] = Point(outline[POINTS // 2].text + "y", outline[POINTS // 2].level)
        start = time.perf_counter()
        points = editor.points()  # what the GUI thread reads anyway, then the write itself
        points_write.write_points(sync_db, other, outline)
        sync_times.append(time.perf_counter() - start)
    points_write.VersionBook.save = original  # type: ignore[method-assign]
    sync_db.close()
    ms = 1000
    key = statistics.median(key_times) * ms
    print(f"saving a group of {POINTS} points after one key, {args.saves} saves (offscreen)")
    print(f"  one key in the editor (baseline)   median {key:6.2f} ms   p99 {p99(key_times) * ms:6.2f} ms")
    gui = statistics.median(gui_times) * ms
    print(f"  the save on the GUI thread         median {gui:6.2f} ms   p99 {p99(gui_times) * ms:6.2f} ms"
          f"   = {gui / key:.2f}x a key")
    print(f"  the save on the writer thread      median {statistics.median(writer_times) * ms:6.2f} ms   "
          f"p99 {p99(writer_times) * ms:6.2f} ms")
    sync = statistics.median(sync_times) * ms
    print(f"  the whole save on the GUI thread   median {sync:6.2f} ms   p99 {p99(sync_times) * ms:6.2f} ms"
          f"   = {sync / key:.2f}x a key (without the writer thread)")
    window.close()
    library.close()


if __name__ == "__main__":
    main()
