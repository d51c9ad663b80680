"""Type into the real window without pauses until killed (see test_typing_kills.py).

Usage: python typing_worker.py LIBRARY GROUP_ID LOG SEED

Opens the main window offscreen on LIBRARY with the group selected, then types the
keys of `script(SEED)` one by one through QTest at 10-30 keys a second (the rate
drawn from SEED), with the event loop running between keys as it does for a user.
After each key it appends "index monotonic-time" to LOG (flushed), and "saved
monotonic-time" when a save has reached the disk. It prints "ready"
once the window's first save has reached the disk, so the test's kill clock starts
from a worker that really saves.
"""

from __future__ import annotations

import os
import random
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

ENTER, TAB, BACKTAB = "\n", "\t", "\b"
MAX_SECONDS = 60
WORDS = ("samverkan", "tillit", "mötesplatser", "uppföljning", "reflektion", "på", "APT", "för", "och", "skolan",
         "Västerås", "ledarskap", "dialog")


def script(seed: int, length: int = 3000) -> str:
    """Keys to type: words and spaces, Enter now and then (never twice in a row, so no
    empty point is outdented), Tab or Shift+Tab right after an Enter."""
    rng = random.Random(seed)
    keys: list[str] = []
    while len(keys) < length:
        keys.extend(" ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 5))))
        keys.append(ENTER)
        roll = rng.random()
        if roll < 0.25:
            keys.append(TAB)
        elif roll < 0.4:
            keys.append(BACKTAB)
        keys.extend(rng.choice(WORDS))
    return "".join(keys[:length])


def outline_after(keys: str, start: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """What the editor holds after typing `keys` at the end of `start` (text, level)."""
    points = [list(p) for p in start] or [["", 0]]
    for key in keys:
        if key == ENTER:
            points.append(["", points[-1][1]])
        elif key == TAB:
            if len(points) > 1 and points[-1][1] <= points[-2][1] and points[-1][1] < 2:
                points[-1][1] += 1
        elif key == BACKTAB:
            points[-1][1] = max(0, points[-1][1] - 1)
        else:
            points[-1][0] += key
    return [(text, level) for text, level in points if text or len(points) > 1]


def _press(widget, key: str) -> None:
    if key == ENTER:
        QTest.keyClick(widget, Qt.Key.Key_Return)
    elif key == TAB:
        QTest.keyClick(widget, Qt.Key.Key_Tab)
    elif key == BACKTAB:
        QTest.keyClick(widget, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    elif key.isascii():
        QTest.keyClick(widget, key)
    else:  # QTest.keyClick takes ASCII only; å, ä, ö come as an input method sends them
        from PySide6.QtCore import QEvent
        from PySide6.QtGui import QKeyEvent

        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, key))


def _wait(ms: int) -> None:
    """The event loop between keys, as the program's own runs: QEventLoop.exec lets other
    Python threads run while it waits (QTest.qWait holds the GIL, so the writer thread
    would get a turn only once a key, and a save would take tens of keys' time)."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def main(library_path: str, group_id: int, log_path: str, seed: int) -> None:
    app = QApplication([])
    app.setOrganizationName("SeminarnotesTypingWorker")
    from seminarnotes.core.library import Library
    from seminarnotes.ui.window.main_window import MainWindow

    library = Library.open(library_path)
    window = MainWindow(library)
    window.openSeminarId(library.newest_seminar_id(), ("group", group_id))
    window.show()
    window.page.focusPoints(at_end=True)
    ready: list[bool] = []

    def first_save() -> None:
        if not ready:
            ready.append(True)
            print("ready", flush=True)

    rng = random.Random(seed)
    interval_ms = int(1000 / rng.uniform(10, 30))
    keys = script(seed)
    started = time.monotonic()
    with open(log_path, "a", encoding="utf-8") as log:

        def saved() -> None:  # when a save reached the disk: what a failure is read against
            log.write(f"saved {time.monotonic():.4f}\n")
            log.flush()

        window.autosaver.saved.connect(saved)
        window.autosaver.saved.connect(first_save)
        for index, key in enumerate(keys):
            if time.monotonic() - started > MAX_SECONDS:
                break
            _press(window.editor, key)
            log.write(f"{index} {time.monotonic():.4f}\n")
            log.flush()
            _wait(interval_ms)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), sys.argv[3], int(sys.argv[4]))
