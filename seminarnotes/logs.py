"""The program's log: unexpected errors with their traceback, and warnings worth keeping.

One file in the user log folder, time-stamped entries, rotated at 1 MB with three
older files kept. Seminar text never goes in (SQLAlchemy is told to hide statement
parameters, see core/store.py). When the folder cannot be written, the caller says
so in one sentence instead of a traceback.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
from pathlib import Path

from seminarnotes.paths import log_path

MAX_BYTES = 1_000_000
KEEP_FILES = 3
FORMAT = "%(asctime)s %(levelname)s %(name)s [%(process)d]: %(message)s"
log = logging.getLogger("seminarnotes")
_handler: logging.Handler | None = None


class _QuietRotatingHandler(logging.handlers.RotatingFileHandler):
    """A rotating file that never prints logging's own traceback when the disk refuses."""

    def handleError(self, record: logging.LogRecord) -> None:  # noqa: N802 - logging's name
        self.failed = True


def start() -> Path | None:
    """Send the program's log to the log file; returns its path, or None when the log folder
    cannot be made or written (the caller says so when it matters)."""
    global _handler
    path = log_path()
    if _handler is not None:
        return path
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = _QuietRotatingHandler(path, maxBytes=MAX_BYTES, backupCount=KEEP_FILES, encoding="utf-8",
                                        delay=True)
        if not os.access(path.parent, os.W_OK):
            return None
    except OSError:
        return None
    handler.failed = False
    handler.setFormatter(logging.Formatter(FORMAT))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    log.propagate = False
    _handler = handler
    return path


def stop() -> None:
    """Close the log file (tests, and a process that is about to end)."""
    global _handler
    if _handler is not None:
        log.removeHandler(_handler)
        _handler.close()
        _handler = None


def log_unexpected(err: BaseException, what: str = "unexpected error") -> Path | None:
    """Log `err` with its traceback; returns the log file, or None when it could not be written."""
    path = start()
    if path is None or _handler is None:
        return None
    _handler.failed = False  # type: ignore[attr-defined]
    log.error(what, exc_info=err)
    return None if getattr(_handler, "failed", False) else path
