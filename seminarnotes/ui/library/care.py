"""What the window does for the library file in the background: check it, back it up.

Right after the window is up, SQLite's quick_check runs on a thread of its own (the
first save waits for it, see Library.writable). Then a backup is taken if the library
changed since the newest backup, and again every 30 minutes while the window is open
(only when something changed). At the first idle moment after that (no save waiting
or on its way to the disk) SQLite's full integrity_check runs once, on the same
thread: quick_check reads every page but does not compare indexes with their tables,
and a missing index entry hides a point from every read without an error. The full
check is not run again when the start-up backup was just written: a backup is a
page-for-page copy of the library (SQLite's backup API) and is integrity-checked
before it is kept, so its check was the library's. Damage found by either check is
reported with `damaged`, and the library refuses every write from then on. No file
work runs on the GUI thread.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from seminarnotes.core.errors import LibraryError
from seminarnotes.core.library import Library

BACKUP_EVERY_MS = 30 * 60 * 1000
IDLE_POLL_MS = 500  # while saves are on their way, the full check asks again this much later


class LibraryCare(QObject):
    """Background integrity check and backups of one open library."""

    damaged = Signal(object)  # DamagedLibrary
    backedUp = Signal(object)  # the backup's Path, or None when nothing had changed
    backupFailed = Signal(object)  # the error (its sentence is for the user)
    _fullCheckWanted = Signal()

    def __init__(self, library: Library, parent: QObject | None = None, every_ms: int = BACKUP_EVERY_MS,
                 busy: Callable[[], bool] = lambda: False) -> None:
        """`busy`: whether the window's saves are waiting or being written (not idle)."""
        super().__init__(parent)
        self.library = library
        self.timer = QTimer(self)
        self.timer.setInterval(every_ms)
        self.timer.timeout.connect(lambda: self.backUp("auto"))
        self._busy = busy
        self._idleTimer = QTimer(self)
        self._idleTimer.setSingleShot(True)
        self._idleTimer.setInterval(IDLE_POLL_MS)
        self._idleTimer.timeout.connect(self._checkWhenIdle)
        self._fullCheckWanted.connect(self._checkWhenIdle, Qt.ConnectionType.QueuedConnection)
        self._thread: threading.Thread | None = None
        self._stopped = False
        self.fullCheck: str | None = None
        """Once integrity_check found nothing: "backup" when the start-up backup's check
        stood for it, "library" when it ran on the library."""

    def start(self, back_up: bool = True) -> None:
        """The check, then the start-up backup; then a backup every 30 minutes."""
        self.library.verify_in_background()
        self._run(lambda: self._firstCheckAndBackup(back_up))
        self.timer.start()

    def _firstCheckAndBackup(self, back_up: bool) -> None:
        try:
            self.library.writable()  # waits for the check
        except LibraryError:  # damaged (or a backup opened for reading)
            if self.library.damage is not None:
                self.damaged.emit(self.library.damage)
            return
        if back_up and self._backUp("start") is not None:
            self.fullCheck = "backup"  # written, so integrity-checked: see the module's docstring
        else:
            self._fullCheckWanted.emit()

    def _checkWhenIdle(self) -> None:
        """On the GUI thread: the full check once nothing is being saved and no other job runs."""
        if self._stopped or self.library.damage is not None:
            return
        if self._busy() or (self._thread is not None and self._thread.is_alive()):
            self._idleTimer.start()
            return
        self._run(self._fullCheck)

    def _fullCheck(self) -> None:
        damage = self.library.verify_fully_apart()
        if damage is not None:
            self.damaged.emit(damage)
        else:
            self.fullCheck = "library"

    def backUp(self, why: str = "auto") -> None:
        """A backup if the library changed since the newest one, off the GUI thread."""
        if self.library.damage is None and not self.library.read_only:
            self._run(lambda: self._backUp(why))

    def _backUp(self, why: str) -> Path | None:
        """The backup written (integrity-checked), or None: nothing had changed, or it failed."""
        from seminarnotes.core import backup

        try:
            written = backup.make_backup(self.library.path, why, if_changed=True)
        except Exception as err:
            from seminarnotes.core.atomic import WriteError

            if not isinstance(err, (LibraryError, WriteError)):
                from seminarnotes import logs

                logs.log_unexpected(err, "automatic backup failed")
            self.backupFailed.emit(err)
            return None
        self.backedUp.emit(written)
        return written

    def _run(self, job: Callable[[], object]) -> None:
        """One job at a time; a backup asked for while one runs is skipped (the next tick catches up)."""
        if self._stopped or (self._thread is not None and self._thread.is_alive()):
            return
        self._thread = threading.Thread(target=job, name="seminarnotes-care", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        """Before the library is closed: no new job, and the running one finished."""
        self._stopped = True
        self.timer.stop()
        self._idleTimer.stop()
        if self._thread is not None:
            self._thread.join()
