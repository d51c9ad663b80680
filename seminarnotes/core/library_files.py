"""Which files belong to a library: the file itself, SQLite's companions, the window's
lock and the backups folder. No output of the program may land on one of them."""

from __future__ import annotations

import os
from pathlib import Path

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
