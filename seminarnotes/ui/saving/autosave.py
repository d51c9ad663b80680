"""Autosave: every edit reaches the library within a second of the last keystroke and
within two seconds of the first unsaved one, however long the user keeps typing.

Widgets do not save; they `schedule` a save function under a key (the latest one per
key wins). The saves run when typing pauses (QUIET_MS), when edits have waited
MAX_WAIT_MS, at once when asked (`now=True`: a new point, an indent, a highlight), and
on `flush`, which the window calls on switching item, focus leaving, deactivation,
close and quit, and before every structure change.

A save function runs on the GUI thread. It either writes itself (quick form fields)
or returns a `Job` whose `work` runs on the autosaver's writer thread with a
connection of its own (a group's points: the disk's fsync never makes a key wait),
and whose `done` then runs back on the GUI thread. A save that fails stays pending:
it is retried, the user is told once, and nothing typed is dropped.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Hashable
from pathlib import Path

from PySide6.QtCore import QLocale, QObject, QTime, QTimer, Signal

from seminarnotes.core.atomic import WriteError
from seminarnotes.core.errors import LibraryError
from seminarnotes.ui.common.core_messages import translated
from seminarnotes.ui.saving.writer import Save, Writer

QUIET_MS = 600  # a save runs this long after the last key ...
MAX_WAIT_MS = 1400  # ... and never later than this after the first unsaved key
RETRY_MS = 5000
SAVE_ERRORS = (LibraryError, WriteError, OSError, sqlite3.Error)


class Autosaver(QObject):
    """Saving with a status line ("Saving…" / "Saved 10:32")."""

    statusChanged = Signal(str)
    saved = Signal()
    """After saves that wrote something, even if another save among them failed."""
    failed = Signal(str)
    """A save failed; the sentence is for the user, the edit is kept pending."""
    _wake = Signal()

    def __init__(self, parent: QObject | None = None, library_path: Path | None = None,
                 quiet_ms: int = QUIET_MS, max_wait_ms: int = MAX_WAIT_MS) -> None:
        super().__init__(parent)
        self._pending: dict[Hashable, Save] = {}
        self._quiet, self._maxWait = quiet_ms, max_wait_ms
        self._firstPending: float | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.saveSoon)
        self._flushing = False
        self._lastError = ""
        self._writer: Writer | None = None
        self._libraryPath = library_path
        self._wake.connect(self._collect)

    # --- scheduling ----------------------------------------------------------------

    def schedule(self, key: Hashable, save: Save, *, now: bool = False) -> None:
        """Remember `save` for `key` (replacing an older one) and start the clock; with
        `now`, run the saves at once (without waiting for the writer)."""
        self._pending.pop(key, None)
        self._pending[key] = save
        if self._firstPending is None:
            self._firstPending = time.monotonic()
        self.statusChanged.emit(self.tr("Saving…"))
        if now:
            self.saveSoon()
            return
        waited = (time.monotonic() - self._firstPending) * 1000
        self._timer.start(int(max(0, min(self._quiet, self._maxWait - waited))))

    def pending(self, key: Hashable | None = None) -> bool:
        """Whether any save (or the one for `key`) is waiting to run."""
        return bool(self._pending) if key is None else key in self._pending

    def busy(self) -> bool:
        """Whether saves are waiting or on their way to the disk."""
        return bool(self._pending) or (self._writer is not None and self._writer.busy())

    def flushing(self) -> bool:
        """True while saves run; a change they cause is followed by `saved`."""
        return self._flushing

    # --- running -------------------------------------------------------------------

    def saveSoon(self) -> None:
        """Run the pending saves; jobs go to the writer without waiting for it."""
        self._run(wait=False)

    def flush(self) -> bool:
        """Run every pending save and wait until it is on disk; True when nothing is
        left to save."""
        return self._run(wait=True)

    def close(self) -> None:
        """Save what is pending and stop the writer thread."""
        self.flush()
        if self._writer is not None:
            self._writer.close()
            self._writer = None

    def _run(self, wait: bool) -> bool:
        if self._flushing or not self.busy():
            return not self._pending
        self._timer.stop()
        self._flushing = True
        wrote = False
        try:
            for key, save in list(self._pending.items()):
                try:
                    job = save()
                except SAVE_ERRORS as err:
                    self._report(translated(err))
                    continue
                if self._pending.get(key) is save:
                    del self._pending[key]
                if job is None:
                    wrote = True
                else:
                    self._writerThread().submit(key, save, job)
            if wait and self._writer is not None:
                self._writer.wait()
            wrote = self._collectResults() or wrote
        finally:
            self._flushing = False
        self._settle(wrote)
        return not self._pending and not (self._writer is not None and self._writer.busy())

    def _writerThread(self) -> Writer:
        if self._writer is None:
            from seminarnotes.core.points_write import connect

            path = self._libraryPath
            if path is None:
                raise RuntimeError("this Autosaver has no library for background saves")
            self._writer = Writer(lambda: connect(path), self._wake.emit)
        return self._writer

    def _collect(self) -> None:
        """The writer finished a job (signal from its thread): handle the results."""
        if self._flushing:
            return
        self._settle(self._collectResults())

    def _collectResults(self) -> bool:
        if self._writer is None:
            return False
        wrote = False
        for key, _save, job, result, error in self._writer.results():
            if error is None:
                job.done(result)
                wrote = True
            elif isinstance(error, SAVE_ERRORS):
                self._pending.setdefault(key, lambda job=job: job)  # retry these very points
                if self._firstPending is None:
                    self._firstPending = time.monotonic()
                self._report(translated(error))
            else:
                raise error  # a programming error: the exception hook logs it and saves what it can
        return wrote

    def _settle(self, wrote: bool) -> None:
        busy = self._writer is not None and self._writer.busy()
        if not self._pending:
            self._firstPending = None  # the next key starts the clock again, even while the writer works
        if self._pending and not self._timer.isActive():
            if self._lastError:
                self.statusChanged.emit(self.tr("Not saved yet: will retry"))
                self._timer.start(RETRY_MS)
            else:
                self._timer.start(0)
        elif not self._pending and not busy:
            self._lastError = ""
            time_text = QLocale().toString(QTime.currentTime(), QLocale.FormatType.ShortFormat)
            self.statusChanged.emit(self.tr("Saved %1").replace("%1", time_text))
        if wrote:
            self.saved.emit()

    def _report(self, sentence: str) -> None:
        if sentence != self._lastError:  # one dialog per distinct problem, not one per retry
            self._lastError = sentence
            self.failed.emit(sentence)
