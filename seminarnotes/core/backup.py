"""Backups of the library: written with SQLite's online backup API, checked, rotated.

They live in `backups/` beside the library, one SQLite file each, named after the
library, the time and the reason: `library-2025-03-14-103215-start.sqlite`. A backup
is written to a temporary file, checked with `PRAGMA integrity_check` and only then
renamed into place, so the folder never holds a half or a damaged backup. A backup
file is an ordinary library (in rollback-journal mode, so that it can be read
without writing beside it).

Kept (see `keep`): the 10 newest, the newest of each of the last 14 days and the
newest of each of the last 8 weeks; backups made with `seminarnotes backup` are
never removed automatically.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from seminarnotes.core import integrity
from seminarnotes.core.atomic import TEMP_SUFFIX, failure, write_with
from seminarnotes.core.connections import BUSY_TIMEOUT_MS, column_names, read_only_uri
from seminarnotes.core.errors import DamagedLibrary, LibraryError
from seminarnotes.core.library_files import backups_dir, companions
from seminarnotes.core.messages import N_
from seminarnotes.core.sqlite_errors import is_damage, reason

KEEP_NEWEST, KEEP_DAYS, KEEP_WEEKS = 10, 14, 8
REASONS = ("start", "auto", "upgrade", "import", "purge", "restore", "manual")
NEVER_ROTATED = ("manual",)
_STAMP = "%Y-%m-%d-%H%M%S"


@dataclass(frozen=True)
class Backup:
    """One backup file of a library."""

    path: Path
    when: dt.datetime
    reason: str
    size: int

    def seminars(self) -> int | None:
        """How many seminars it holds (not counting the Deleted list); None if it cannot be read."""
        return seminar_count(self.path)


def _pattern(library: Path) -> re.Pattern[str]:
    stem = re.escape(Path(library).stem)
    return re.compile(rf"^{stem}-(\d{{4}}-\d{{2}}-\d{{2}}-\d{{6}})(?:-(\d+))?-([a-z]+)\.sqlite$")


def list_backups(library: Path) -> list[Backup]:
    """The library's backups, newest first."""
    folder = backups_dir(library)
    pattern = _pattern(library)
    found = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return []
    for entry in entries:
        match = pattern.match(entry.name)
        if not match or not entry.is_file(follow_symlinks=False):
            continue
        try:
            when = dt.datetime.strptime(match.group(1), _STAMP)
            size = entry.stat().st_size
            written = entry.stat().st_mtime_ns
        except (ValueError, OSError):
            continue
        found.append((when, int(match.group(2) or 0), written, Backup(Path(entry.path), when, match.group(3), size)))
    return [backup for *_, backup in sorted(found, key=lambda item: item[:3], reverse=True)]


def total_size(backups: Iterable[Backup]) -> int:
    return sum(b.size for b in backups)


def _name(library: Path, when: dt.datetime, why: str, attempt: int) -> str:
    extra = f"-{attempt}" if attempt else ""
    return f"{Path(library).stem}-{when.strftime(_STAMP)}{extra}-{why}.sqlite"


def _free_name(library: Path, why: str, now: dt.datetime) -> Path:
    folder = backups_dir(library)
    for attempt in range(1000):
        target = folder / _name(library, now, why, attempt)
        if not target.exists():
            return target
    raise LibraryError(N_("Too many backups in one second in %1."), folder)


def fingerprint(db: sqlite3.Connection) -> str:
    """A digest of what the library holds that every edit changes (counts, newest change,
    group versions, archive and Deleted states); cheap enough to compute at every start."""
    columns: dict[str, set[str]] = {}
    for table in ("seminar", "seminar_session", "discussion_group", "point", "alembic_version"):
        columns[table] = set(column_names(db, table))
    parts = [db.execute("SELECT group_concat(version_num) FROM alembic_version").fetchone()]
    for table in ("seminar", "seminar_session", "discussion_group", "point"):
        parts.append(db.execute(f"SELECT count(*), max(rowid), total(rowid) FROM {table}").fetchone())
    seminar = columns["seminar"]
    parts.append(db.execute("SELECT max(modified) FROM seminar").fetchone())
    if "deleted" in seminar:
        parts.append(db.execute("SELECT count(deleted), total(CASE WHEN deleted IS NOT NULL THEN id END), "
                                "max(deleted), total(CASE WHEN archived THEN id END) FROM seminar").fetchone())
    if "version" in columns["discussion_group"]:
        parts.append(db.execute("SELECT total(version) FROM discussion_group").fetchone())
    return hashlib.sha1(repr(parts).encode()).hexdigest()


def _read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(read_only_uri(path), uri=True)


def backup_fingerprint(path: Path) -> str | None:
    try:
        db = _read_only(path)
        try:
            return fingerprint(db)
        finally:
            db.close()
    except sqlite3.Error:
        return None


def seminar_count(path: Path) -> int | None:
    try:
        db = _read_only(path)
        try:
            where = " WHERE deleted IS NULL" if "deleted" in column_names(db, "seminar") else ""
            return db.execute(f"SELECT count(*) FROM seminar{where}").fetchone()[0]
        finally:
            db.close()
    except sqlite3.Error:
        return None


def _copy(source: sqlite3.Connection, tmp: Path) -> None:
    """The backup API into `tmp`, turned into a rollback-journal file and checked."""
    dest = sqlite3.connect(str(tmp), isolation_level=None)
    try:
        source.backup(dest)
        dest.execute("PRAGMA journal_mode=DELETE")
        problems = integrity.integrity_problems(dest)
    finally:
        dest.close()
    for leftover in companions(tmp):
        leftover.unlink(missing_ok=True)
    if problems:
        raise LibraryError(N_("The backup just written was not sound (%1); the library was not backed up."),
                           problems[0])


def make_backup(library: Path, why: str, *, target: Path | None = None, if_changed: bool = False,
                now: dt.datetime | None = None) -> Path | None:
    """Back up the library now; returns the file written, or None when `if_changed` and the
    newest backup already holds the same content. `target` (`seminarnotes backup -o FILE`)
    writes that file instead of one in the backups folder."""
    library = Path(library)
    if why not in REASONS:
        raise ValueError(why)
    source = sqlite3.connect(str(library), isolation_level=None)
    try:
        source.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        source.execute("PRAGMA query_only=1")
        source.execute("BEGIN")  # one snapshot for the fingerprint and the copy
        try:
            if if_changed and target is None:
                if source.execute("SELECT count(*) FROM seminar").fetchone()[0] == 0:
                    return None  # nothing to lose
                newest = next(iter(list_backups(library)), None)
                if newest is not None and backup_fingerprint(newest.path) == fingerprint(source):
                    return None
            if target is None:
                folder = backups_dir(library)
                try:
                    folder.mkdir(exist_ok=True)
                except OSError as err:
                    raise failure(folder, err) from None
                clean_leftovers(library)
                written = write_with(_free_name(library, why, now or dt.datetime.now()),
                                     lambda tmp: _copy(source, tmp))
            else:
                written = write_with(target, lambda tmp: _copy(source, tmp), library=library)
        finally:
            source.execute("COMMIT")
    except sqlite3.Error as err:
        if is_damage(err):
            raise DamagedLibrary(library, str(err)) from None
        raise LibraryError(N_("The library %1 could not be backed up: %2."), library, reason(err)) from None
    finally:
        source.close()
    if target is None:
        rotate(library, now=now)
    return written


def keep(backups: list[Backup], now: dt.datetime) -> set[Path]:
    """The backups the rotation keeps (see the module's docstring)."""
    kept = {b.path for b in backups[:KEEP_NEWEST]}
    kept |= {b.path for b in backups if b.reason in NEVER_ROTATED}
    days: dict[dt.date, Backup] = {}
    weeks: dict[tuple[int, int], Backup] = {}
    for b in backups:  # newest first: the first of each day or week is its newest
        if (now.date() - b.when.date()).days < KEEP_DAYS:
            days.setdefault(b.when.date(), b)
        if (now.date() - b.when.date()).days < KEEP_WEEKS * 7:
            weeks.setdefault(tuple(b.when.isocalendar())[:2], b)  # type: ignore[arg-type]
    return kept | {b.path for b in days.values()} | {b.path for b in weeks.values()}


def rotate(library: Path, now: dt.datetime | None = None) -> list[Path]:
    """Remove the backups the rolling set no longer needs; returns them."""
    backups = list_backups(library)
    kept = keep(backups, now or dt.datetime.now())
    removed = []
    for b in backups:
        if b.path not in kept:
            try:
                b.path.unlink()
                removed.append(b.path)
            except OSError:
                pass
    return removed


def clean_leftovers(library: Path) -> list[Path]:
    """Temporary files of backups whose process died (the process id is in their name)."""
    from seminarnotes.core.atomic import alive

    removed = []
    folder = backups_dir(library)
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    for path in entries:
        match = re.match(r"^\..+\.(\d+)\.[^.]+" + re.escape(TEMP_SUFFIX), path.name)
        if match and not alive(int(match.group(1))):
            try:
                path.unlink()
                removed.append(path)
            except OSError:
                pass
    return removed
