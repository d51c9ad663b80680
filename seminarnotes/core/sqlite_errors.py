"""SQLite's errors as one sentence each: what happened to the library, in the user's words.

Python's sqlite3 gives every error its result code (`sqlite_errorcode`); the primary
code (the low byte) says what kind of trouble it is.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from seminarnotes.core.errors import DamagedLibrary, LibraryError
from seminarnotes.core.messages import Message, N_

SQLITE_BUSY, SQLITE_LOCKED, SQLITE_READONLY, SQLITE_INTERRUPT, SQLITE_IOERR = 5, 6, 8, 9, 10
SQLITE_CORRUPT, SQLITE_FULL, SQLITE_CANTOPEN, SQLITE_NOTADB = 11, 13, 14, 26
SQLITE_IOERR_SHMSIZE = SQLITE_IOERR | 19 << 8  # no room to grow the shared-memory file: a full disk


def primary_code(err: BaseException) -> int | None:
    code = getattr(err, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None


def is_damage(err: BaseException) -> bool:
    """Whether SQLite says the file is malformed or not a database at all."""
    return primary_code(err) in (SQLITE_CORRUPT, SQLITE_NOTADB) or "malformed" in str(err)


def reason(err: BaseException) -> Message:
    """Why SQLite could not do it, as the end of a sentence ("the disk is full")."""
    code = primary_code(err)
    if code == SQLITE_FULL or getattr(err, "sqlite_errorcode", None) == SQLITE_IOERR_SHMSIZE:
        return Message(N_("the disk is full"))
    if code in (SQLITE_BUSY, SQLITE_LOCKED):
        return Message(N_("another program (or another Seminarnotes) is writing to it"))
    if code == SQLITE_READONLY:
        return Message(N_("it or its folder is read-only"))
    if code == SQLITE_CANTOPEN:
        return Message(N_("it or the files beside it cannot be opened (is its folder read-only or missing?)"))
    if code == SQLITE_IOERR:
        return Message(N_("the disk reported an error (%1)"), getattr(err, "sqlite_errorname", "") or err)
    return Message(N_("SQLite reported: %1"), err)


def os_reason(err: OSError) -> Message:
    """Why the system refused, as the end of a sentence."""
    import errno

    if err.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return Message(N_("the disk is full"))
    if err.errno == errno.EROFS:
        return Message(N_("the disk is read-only"))
    if err.errno in (errno.EACCES, errno.EPERM):
        return Message(N_("no permission"))
    return Message(N_("the system reported: %1"), err.strerror or err)


def write_failure(path: Path, err: sqlite3.Error) -> LibraryError:
    """A write (one transaction) that did not happen: nothing was changed."""
    if is_damage(err):
        return DamagedLibrary(path, str(err))
    return LibraryError(N_("The library %1 could not be written: %2; nothing was changed."), path, reason(err))


def read_failure(path: Path, err: sqlite3.Error) -> LibraryError:
    """A read (or the opening) that did not work."""
    if is_damage(err):
        return DamagedLibrary(path, str(err))
    return LibraryError(N_("The library %1 cannot be read: %2."), path, reason(err))
