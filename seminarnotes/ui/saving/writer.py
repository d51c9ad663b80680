"""The autosaver's writer thread: one thread with a connection of its own writes the
jobs handed to it in order, so the disk's fsync never makes a key wait; results wait
for the GUI thread, which `wake` is called to collect.
"""

from __future__ import annotations

import queue
import sqlite3
import threading
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Job:
    """The slow part of a save: `work(db)` on the writer thread, `done(result)` after."""

    work: Callable[[sqlite3.Connection], Any]
    done: Callable[[Any], None]


Save = Callable[[], "Job | None"]
"""A save function: it writes itself and returns None, or returns the Job that writes."""


class Writer:
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
                except BaseException as err:
                    error = err
                self._results.put((key, save, job, result, error))
            with self._idle:
                self._busy -= taken
                self._idle.notify_all()
            self._wake()
        if db is not None:
            db.close()
