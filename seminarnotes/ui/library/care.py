"""What the window does for the library file in the background: check it, back it up.

Right after the window is up, SQLite's quick_check runs on a thread of its own (the
first save waits for it, see Library.writable); a damaged library is reported with
`damaged`. Then a backup is taken if the library changed since the newest backup,
and again every 30 minutes while the window is open (only when something changed).
No file work runs on the GUI thread.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from seminarnotes.core.errors import LibraryError
from seminarnotes.core.library import Library

BACKUP_EVERY_MS = 30 * 60 * 1000


class LibraryCare(QObject):
    """Background integrity check and backups of one open library."""

    damaged = Signal(object)  # DamagedLibrary
    backedUp = Signal(object)  # the backup's Path, or None when nothing had changed
    backupFailed = Signal(object)  # the error (its sentence is for the user)

    def __init__(self, library: Library, parent: QObject | None = None, every_ms: int = BACKUP_EVERY_MS) -> None:
        super().__init__(parent)
        self.library = library
        self.timer = QTimer(self)
        self.timer.setInterval(every_ms)
        self.timer.timeout.connect(lambda: self.backUp("auto"))
        self._thread: threading.Thread | None = None
        self._stopped = False

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
        if back_up:
            self._backUp("start")

    def backUp(self, why: str = "auto") -> None:
        """A backup if the library changed since the newest one, off the GUI thread."""
        if self.library.damage is None and not self.library.read_only:
            self._run(lambda: self._backUp(why))

    def _backUp(self, why: str) -> None:
        from seminarnotes.core import backup

        try:
            self.backedUp.emit(backup.make_backup(self.library.path, why, if_changed=True))
        except Exception as err:
            from seminarnotes.core.atomic import WriteError

            if not isinstance(err, (LibraryError, WriteError)):
                from seminarnotes import logs

                logs.log_unexpected(err, "automatic backup failed")
            self.backupFailed.emit(err)

    def _run(self, job: Callable[[], None]) -> None:
        """One job at a time; a backup asked for while one runs is skipped (the next tick catches up)."""
        if self._stopped or (self._thread is not None and self._thread.is_alive()):
            return
        self._thread = threading.Thread(target=job, name="seminarnotes-care", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        """Before the library is closed: no new job, and the running one finished."""
        self._stopped = True
        self.timer.stop()
        if self._thread is not None:
            self._thread.join()
