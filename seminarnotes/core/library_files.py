"""Which files belong to a library: the file itself, SQLite's companions, the window's
lock and the backups folder. No output of the program may land on one of them, and no
file the user chooses to read (a package, a Word document, a logo) may be one of them:
SQLite alone opens them (`refuse_as_source`)."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from seminarnotes.core.errors import LibraryError
from seminarnotes.core.messages import N_

COMPANION_SUFFIXES = ("-wal", "-shm", "-journal", ".lock")
BACKUPS_FOLDER = "backups"


def companions(library: Path) -> list[Path]:
    """The library's -wal, -shm and -journal files and the window's .lock, whether they exist or not."""
    library = Path(library)
    return [library.with_name(library.name + suffix) for suffix in COMPANION_SUFFIXES]


def backups_dir(library: Path) -> Path:
    """Backups live in a `backups` folder beside the library."""
    return Path(library).parent / BACKUPS_FOLDER


def real(path: Path) -> Path:
    """The path with symbolic links followed (as far as they exist) and made absolute."""
    return Path(os.path.realpath(Path(path).expanduser()))


def same_file(a: Path, b: Path) -> bool:
    """True when both paths name one file: by identity when both exist (hard links too), else by real path."""
    try:
        return os.path.samefile(a, b)
    except OSError:
        return real(a) == real(b)


def belongs_to(path: Path, library: Path) -> str | None:
    """'library', 'companion' or 'backup' when `path` is one of the library's own files, else None."""
    target = real(path)
    if same_file(target, library):
        return "library"
    if any(same_file(target, c) for c in companions(library)):
        return "companion"
    folder = real(backups_dir(library))
    if folder == target or folder in target.parents:
        return "backup"
    return None


def refuse_as_source(path: Path, library: Path | None) -> None:
    """Raise LibraryError with one sentence when `path`, a file the user chose to read, is
    one of the library's own files; call it before anything opens `path`.

    POSIX locks belong to a process, not to a file handle: opening and closing the library
    (or its -shm) anywhere in the process outside SQLite cancels SQLite's locks on it, and
    another program may then delete the -wal under the open library (SQLite's "How To
    Corrupt An SQLite Database File", 2.2). Only existence and identity are looked up here.
    A pipe, device or socket is refused too: reading one would wait for ever (a FIFO) or
    never end (/dev/zero), and the window with it."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        mode = None  # missing or unreadable: the reader says so in its own sentence
    if mode is not None and not (stat.S_ISREG(mode) or stat.S_ISDIR(mode)):
        raise LibraryError(N_("%1 is not an ordinary file (a device, pipe or socket); choose another file."), path)
    if library is None:
        return
    kind = belongs_to(path, library)
    if kind == "library":
        raise LibraryError(N_("%1 is the library itself; choose another file."), path)
    if kind is not None:
        raise LibraryError(N_("%1 is one of the library's own files (its journal, lock or backups); choose "
                              "another file."), path)
