"""Search all seminars off the GUI thread, the newest query winning.

One background thread with a connection of its own answers one query at a time.
A query asked while another runs interrupts it (sqlite3's interrupt), so a long
search never keeps the window or the next query waiting; answers carry the number
of their query, and the panel shows only the newest.
"""

from __future__ import annotations

import sqlite3
import threading

from PySide6.QtCore import QObject, Signal

from seminarnotes.core.errors import LibraryError
from seminarnotes.core.library import Library
from seminarnotes.core.search import search


class SearchWorker(QObject):
    """`ask(serial, text)`; `answered(serial, hits, error)` comes back on the GUI thread."""

    answered = Signal(int, object, object)  # serial, list[SearchHit], LibraryError | None

    def __init__(self, library: Library, limit: int, start: str, end: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._library = library
        self._options = {"limit": limit, "start": start, "end": end}
        self._wake = threading.Condition()
        self._job: tuple[int, str] | None = None
        self._stopped = False
        self._reader: Library | None = None
        self._busy = False
        self._thread: threading.Thread | None = None

    def ask(self, serial: int, text: str) -> None:
        """Search for `text`; a search still running is interrupted."""
        with self._wake:
            self._job = (serial, text)
            if self._busy and self._reader is not None:
                self._reader.interrupt()
            self._wake.notify()
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="seminarnotes-search", daemon=True)
            self._thread.start()

    def stop(self) -> None:
        """End the thread and close its connection (before the library is closed or replaced)."""
        with self._wake:
            self._stopped = True
            if self._busy and self._reader is not None:
                self._reader.interrupt()
            self._wake.notify()
        if self._thread is not None:
            self._thread.join()
            self._thread = None

    def _run(self) -> None:
        reader = self._library.reader()
        self._reader = reader
        try:
            while True:
                with self._wake:
                    while self._job is None and not self._stopped:
                        self._wake.wait()
                    if self._stopped:
                        return
                    serial, text = self._job  # type: ignore[misc]
                    self._job = None
                    self._busy = True
                hits, error = [], None
                try:
                    hits = search(reader, text, **self._options)  # type: ignore[arg-type]
                except LibraryError as err:
                    error = err
                except sqlite3.OperationalError as err:
                    if "interrupt" in str(err):
                        continue  # a newer query (or stop) is waiting
                    error = err
                except sqlite3.DatabaseError as err:
                    error = err
                finally:
                    with self._wake:
                        self._busy = False
                self.answered.emit(serial, hits, error)
        finally:
            self._reader = None
            reader.close()
