"""Noticing that another program wrote the library while the window is open (a seminar
imported on the command line, say): SQLite's data version, asked once a second.

Our own saves change the data version too; a change noticed while they run is left for
the next tick, and one that turns out to be ours costs the window a re-read that finds
nothing new.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from seminarnotes.core.library import Library

WATCH_MS = 1000  # how often the window asks whether another program wrote the library


class LibraryWatch(QObject):
    """Emits `changed` when the library's data version moves on."""

    changed = Signal()

    def __init__(self, library: Library, saving: Callable[[], bool], parent: QObject | None = None,
                 every_ms: int = WATCH_MS) -> None:
        """`saving()` is True while our own saves run."""
        super().__init__(parent)
        self._library, self._saving = library, saving
        self._version = library.data_version()
        self._timer = QTimer(self)
        self._timer.setInterval(every_ms)
        self._timer.timeout.connect(self.check)
        self._timer.start()

    def check(self) -> None:
        version = self._library.data_version()
        if version == self._version or self._saving():
            return
        self._version = version
        self.changed.emit()

    def stop(self) -> None:
        self._timer.stop()
