"""The program's log: unexpected errors with their traceback, and warnings worth keeping.

One file in the user log folder, time-stamped entries, rotated at 1 MB with three
older files kept. Seminar text never goes in (SQLAlchemy is told to hide statement
parameters, see core/store.py). When the folder cannot be written, the caller says
so in one sentence instead of a traceback.
"""

from __future__ import annotations

import logging
from pathlib import Path

from seminarnotes.paths import log_path

MAX_BYTES = 1_000_000
KEEP_FILES = 3
FORMAT = "%(asctime)s %(levelname)s %(name)s [%(process)d]: %(message)s"
log = logging.getLogger("seminarnotes")
_handler: _FileOnFirstUse | None = None


class _FileOnFirstUse(logging.Handler):
    """Opens (and rotates) the log file when the first entry comes: a run that logs
    nothing, which is nearly every run, pays nothing for it."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path
        self.failed = False
        self._file: logging.Handler | None = None

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self._file is None:
                import logging.handlers

                self.path.parent.mkdir(parents=True, exist_ok=True)
                self._file = logging.handlers.RotatingFileHandler(self.path, maxBytes=MAX_BYTES,
                                                                  backupCount=KEEP_FILES, encoding="utf-8")
                self._file.setFormatter(logging.Formatter(FORMAT))
                self._file.handleError = self._refused  # type: ignore[method-assign]
            self._file.emit(record)
        except OSError:
            self.failed = True

    def _refused(self, _record: logging.LogRecord) -> None:
        self.failed = True  # no traceback of logging's own on stderr: the caller says it in one sentence

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
        super().close()


def start() -> Path:
    """Send the program's log to the log file (opened when the first entry comes); returns its path."""
    global _handler
    path = log_path()
    if _handler is None:
        _handler = _FileOnFirstUse(path)
        log.addHandler(_handler)
        log.setLevel(logging.INFO)
        log.propagate = False
    return path


def stop() -> None:
    """Close the log file (tests, and a process that is about to end)."""
    global _handler
    if _handler is not None:
        log.removeHandler(_handler)
        _handler.close()
        _handler = None
        log.propagate = True


def log_unexpected(err: BaseException, what: str = "unexpected error") -> Path | None:
    """Log `err` with its traceback; returns the log file, or None when it could not be written."""
    path = start()
    assert _handler is not None
    _handler.failed = False
    log.error(what, exc_info=err)
    return None if _handler.failed else path
