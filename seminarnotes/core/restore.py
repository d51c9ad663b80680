"""Put a backup back as the library, and keep a damaged library aside.

A sound library is first backed up, then overwritten through SQLite's backup API:
the whole copy is one transaction of the library, so a kill leaves the old content
or the new, never a mix. A damaged library is not backed up (its backup would not
pass the check) but copied aside under a clear name, and the restored file replaces
it by a rename.
"""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

from seminarnotes.core import backup, integrity
from seminarnotes.core.atomic import failure, write_with
from seminarnotes.core.connections import BUSY_TIMEOUT_MS, read_only_uri
from seminarnotes.core.errors import DamagedLibrary, LibraryError
from seminarnotes.core.library_files import companions, same_file
from seminarnotes.core.messages import N_
from seminarnotes.core.sqlite_errors import is_damage, reason


def damaged_name(library: Path, now: dt.datetime | None = None) -> Path:
    """Where a damaged library is kept: `library-damaged-2025-03-14-103215.sqlite` beside it."""
    library = Path(library)
    stamp = (now or dt.datetime.now()).strftime("%Y-%m-%d-%H%M%S")
    for attempt in range(1000):
        extra = f"-{attempt}" if attempt else ""
        target = library.with_name(f"{library.stem}-damaged-{stamp}{extra}{library.suffix or '.sqlite'}")
        if not target.exists():
            return target
    raise LibraryError(N_("Too many damaged copies in one second in %1."), library.parent)


def keep_aside(library: Path) -> Path:
    """Copy the damaged library (and its -wal, which holds its latest changes) aside; returns the copy."""
    library = Path(library)
    target = damaged_name(library)
    wal = companions(library)[0]
    try:
        write_with(target, lambda tmp: shutil.copyfile(library, tmp))
        if wal.exists():
            write_with(target.with_name(target.name + "-wal"), lambda tmp: shutil.copyfile(wal, tmp))
    except OSError as err:
        raise failure(target, err) from None
    return target


def check_backup(path: Path) -> None:
    """Refuse a file that is not a sound Seminarnotes library (a backup to restore or open)."""
    from seminarnotes.core.migrate import inspect

    path = Path(path)
    if not path.is_file():
        raise LibraryError(N_("There is no backup %1."), path)
    inspect(path)  # not a library, or from a newer version: one sentence
    try:
        db = sqlite3.connect(read_only_uri(path), uri=True)
        try:
            problems = integrity.integrity_problems(db)
        finally:
            db.close()
    except sqlite3.Error as err:
        raise LibraryError(N_("The backup %1 cannot be read: %2."), path, reason(err)) from None
    if problems:
        raise LibraryError(N_("The backup %1 is damaged; choose another."), path)


def newest_sound(library: Path) -> backup.Backup | None:
    """The newest backup that passes SQLite's integrity check (what a damaged library falls back to)."""
    for b in backup.list_backups(library):
        try:
            check_backup(b.path)
        except LibraryError:
            continue
        return b
    return None


def library_is_sound(library: Path) -> bool:
    try:
        db = sqlite3.connect(read_only_uri(library), uri=True)
        try:
            return not integrity.quick_problems(db)
        finally:
            db.close()
    except sqlite3.Error:
        return False


def restore(library: Path, source: Path) -> Path | None:
    """Make the library hold what the backup `source` holds. Returns the backup taken of the
    current library first (or the damaged copy kept aside; None if there was no library)."""
    library, source = Path(library), Path(source)
    if library.exists() and same_file(library, source):
        raise LibraryError(N_("%1 is the library itself, not a backup of it."), source)
    check_backup(source)
    if not library.exists() or library.stat().st_size == 0:
        kept = None
    elif library_is_sound(library):
        kept = backup.make_backup(library, "restore")
    else:
        kept = keep_aside(library)
        _replace_by_rename(library, source)
        return kept
    _copy_into(library, source)
    backup.rotate(library)
    return kept


def _backup_api(source: Path, target: Path) -> None:
    """SQLite's backup API from `source` (read only) onto `target`, left a WAL library: one
    transaction of `target`, so a kill leaves it as it was."""
    src = sqlite3.connect(read_only_uri(source), uri=True)
    try:
        dest = sqlite3.connect(str(target), isolation_level=None)
        try:
            dest.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
            src.backup(dest)
            dest.execute("PRAGMA journal_mode=WAL")
        finally:
            dest.close()
    finally:
        src.close()


def _copy_into(library: Path, source: Path) -> None:
    """The backup API from `source` onto the library itself."""
    try:
        _backup_api(source, library)
    except sqlite3.Error as err:
        if is_damage(err):
            raise DamagedLibrary(library, str(err)) from None
        raise LibraryError(N_("The library %1 could not be restored: %2; it is as it was."), library,
                           reason(err)) from None


def _replace_by_rename(library: Path, source: Path) -> None:
    """A damaged library (already copied aside) is replaced by a fresh copy of the backup."""

    def produce(tmp: Path) -> None:
        _backup_api(source, tmp)
        for leftover in companions(tmp):
            leftover.unlink(missing_ok=True)
        # the damaged file's own -wal and -shm must go before the rename, or SQLite
        # would replay the old journal onto the restored file
        for leftover in companions(library)[:3]:
            leftover.unlink(missing_ok=True)

    try:
        write_with(library, produce)
    except sqlite3.Error as err:
        raise LibraryError(N_("The library %1 could not be restored: %2; it is as it was."), library,
                           reason(err)) from None
