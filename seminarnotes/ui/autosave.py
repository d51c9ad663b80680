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

import queue
import sqlite3
import threading
import time
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, QObject, QTime, QTimer, Signal

from seminarnotes.core.atomic import WriteError
from seminarnotes.core.errors import LibraryError
from seminarnotes.ui.core_messages import translated

QUIET_MS = 600  # a save runs this long after the last key ...
MAX_WAIT_MS = 1400  # ... and never later than this after the first unsaved key
RETRY_MS = 5000
SAVE_ERRORS = (LibraryError, WriteError, OSError, sqlite3.Error)


@dataclass(frozen=True)
class Job:
    """The slow part of a save: `work(db)` on the writer thread, `done(result)` after."""

    work: Callable[[sqlite3.Connection], Any]
    done: Callable[[Any], None]


Save = Callable[[], "Job | None"]


class _Writer:
    """One thread, one connection, jobs in order; results wait for the GUI thread."""

    def __init__(self, connect: Callable[[], sqlite3.Connection], wake: Callable[[], None]) -> None:
        self._connect, self._wake = connect, wake
        self._jobs: queue.Queue[tuple[Hashable, Save, Job] | None] = queue.Queue()
        self._results: queue.Queue[tuple[Hashable, Save, Job, Any, BaseException | None]] = queue.Queue()
        self._idle = threading.Condition()
        self._busy = 0
        self._thread = threading.Thread(target=self._run, name="seminarnotes-writer", daemon=True)
        self._thread.start()

    def submit(self, key: Hashable, save: Save, job: Job) -> None:
        with self._idle:
            self._busy += 1
        self._jobs.put((key, save, job))

    def wait(self) -> None:
        with self._idle:
            self._idle.wait_for(lambda: self._busy == 0)

    def busy(self) -> bool:
        return self._busy > 0

    def results(self) -> list[tuple[Hashable, Save, Job, Any, BaseException | None]]:
        found = []
        while True:
            try:
                found.append(self._results.get_nowait())
            except queue.Empty:
                return found

    def close(self) -> None:
        self._jobs.put(None)
        self._thread.join(timeout=10)

    def _waiting(self, first: tuple[Hashable, Save, Job]) -> tuple[list[tuple[Hashable, Save, Job]], int, bool]:
        """`first` and the jobs queued behind it, the newest of each key only (each holds
        its key's whole text, so an older one need not be written); how many jobs were
        taken from the queue; and whether to stop after them."""
        newest = {first[0]: first}
        taken, stop = 1, False
        while True:
            try:
                item = self._jobs.get_nowait()
            except queue.Empty:
                break
            if item is None:
                stop = True
                break
            taken += 1
            newest.pop(item[0], None)
            newest[item[0]] = item
        return list(newest.values()), taken, stop

    def _run(self) -> None:
        db: sqlite3.Connection | None = None
        stop = False
        while not stop and (item := self._jobs.get()) is not None:
            batch, taken, stop = self._waiting(item)
            for key, save, job in batch:
                result: Any = None
                error: BaseException | None = None
                try:
                    if db is None:
                        db = self._connect()
                    result = job.work(db)
                except BaseException as err:  # noqa: BLE001 - handed to the GUI thread, which reports or raises
                    error = err
                self._results.put((key, save, job, result, error))
            with self._idle:
                self._busy -= taken
                self._idle.notify_all()
            self._wake()
        if db is not None:
            db.close()


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
        self._writer: _Writer | None = None
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

    def _writerThread(self) -> _Writer:
        if self._writer is None:
            from seminarnotes.core.points_write import connect

            path = self._libraryPath
            if path is None:
                raise RuntimeError("this Autosaver has no library for background saves")
            self._writer = _Writer(lambda: connect(path), self._wake.emit)
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
        for key, save, job, result, error in self._writer.results():
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
