"""Write a file so that a failure never leaves a half-written or lost earlier file, and
never replaces something that is not the user's document.

Every output (Word export, package, backup) goes through `write_with`: the target is
checked (`check_target`), the content is written to a hidden temporary file beside it,
flushed to the disk and renamed into place. A write interrupted by a kill or a power
loss leaves its temporary file behind; when the program keeps a journal of writes in
progress (`keep_journal_in`, which the command line and the window call), the next
start removes such files (`clean_interrupted_writes`).
"""

from __future__ import annotations

import errno
import glob
import json
import os
import stat
import sys
import tempfile
import time
from collections.abc import Callable, Iterable
from pathlib import Path

from seminarnotes.core.library_files import belongs_to, real, same_file
from seminarnotes.core.messages import Message, N_

TEMP_SUFFIX = ".seminarnotes-tmp"
STALE_SECONDS = 3600  # a journal entry this old is cleaned even if its process id is in use again
_journal: Path | None = None


class WriteError(OSError):
    """Writing a file failed or was refused; str() is one sentence for the user."""

    def __init__(self, code: int | None, template: str | Message, *args: object) -> None:
        self.message = template if isinstance(template, Message) else Message(template, *args)
        super().__init__(code, self.message.render())

    def __str__(self) -> str:
        return self.message.render()


def failure(path: Path, err: OSError) -> WriteError:
    """The one sentence for an OSError met while writing `path`."""
    code = err.errno
    if code in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return WriteError(code, N_("%1 could not be saved: the disk is full."), path)
    if code == errno.EROFS:
        return WriteError(code, N_("%1 could not be saved: the disk is read-only."), path)
    if code in (errno.EACCES, errno.EPERM):
        return WriteError(code, N_("%1 could not be saved: no permission to write there (is the file open in "
                                   "another program?)."), path)
    if code == errno.ENOENT:
        return WriteError(code, N_("%1 could not be saved: the folder %2 does not exist."), path, path.parent)
    if code == errno.ENOTDIR:
        return WriteError(code, N_("%1 could not be saved: part of its folder path is a file, not a folder."), path)
    if code == errno.EISDIR:
        return WriteError(code, N_("%1 could not be saved: it is a folder."), path)
    return WriteError(code, N_("%1 could not be saved: %2."), path, err.strerror or err)


def check_target(path: Path, *, library: Path | None = None, sources: Iterable[Path] = ()) -> Path:
    """The file to write for `path` (a symbolic link's target), or a WriteError saying why not:
    no name, a folder or a device, a read-only file, the library or one of its files, a source."""
    path = Path(path)
    if path.name in ("", ".", ".."):
        raise WriteError(errno.EINVAL, N_("No file name was given to save to."))
    target = real(path)
    parent = target.parent
    if not parent.exists():
        ancestor = next((p for p in parent.parents if p.exists()), None)
        if ancestor is not None and not ancestor.is_dir():
            raise WriteError(errno.ENOTDIR, N_("%1 could not be saved: %2 is a file, not a folder."), path, ancestor)
        raise WriteError(errno.ENOENT, N_("%1 could not be saved: the folder %2 does not exist."), path, parent)
    if not parent.is_dir():
        raise WriteError(errno.ENOTDIR, N_("%1 could not be saved: %2 is a file, not a folder."), path, parent)
    if library is not None:
        kind = belongs_to(target, library)
        if kind == "library":
            raise WriteError(errno.EEXIST, N_("%1 is the library itself; choose another file name."), path)
        if kind is not None:
            raise WriteError(errno.EEXIST, N_("%1 is one of the library's own files (its journal, lock or "
                                              "backups); choose another file name."), path)
    for source in sources:
        if same_file(target, source):
            raise WriteError(errno.EEXIST, N_("%1 is the file being read; choose another file name."), path)
    try:
        info = target.stat()
    except FileNotFoundError:
        return target
    except OSError as err:
        raise failure(path, err) from None
    if stat.S_ISDIR(info.st_mode):
        raise WriteError(errno.EISDIR, N_("%1 could not be saved: it is a folder."), path)
    if not stat.S_ISREG(info.st_mode):
        raise WriteError(errno.EINVAL, N_("%1 is not an ordinary file (a device, pipe or socket); choose another "
                                          "file name."), path)
    if not info.st_mode & 0o222 or not os.access(target, os.W_OK):
        raise WriteError(errno.EACCES, N_("%1 is read-only; choose another file name or make it writable."), path)
    return target


def _mode_for(path: Path) -> int:
    """The permissions the file would have had if written directly: an earlier
    file's, else the umask's (mkstemp's private 0600 would surprise the user)."""
    try:
        return path.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def write_with(path: Path, produce: Callable[[Path], None], *, library: Path | None = None,
               sources: Iterable[Path] = (), exclusive: bool = False) -> Path:
    """Let `produce` write a temporary file beside `path`, then rename it into place;
    returns the file written (a symbolic link's target). See `check_target` for what is refused.
    With `exclusive`, a file that appeared at `path` meanwhile is kept and the new one dropped."""
    path = Path(path)
    target = check_target(path, library=library, sources=sources)
    prefix = f".{target.name}.{os.getpid()}."
    entry = _journal_add(target.parent, prefix)
    try:
        try:
            fd, tmp_name = tempfile.mkstemp(prefix=prefix, suffix=TEMP_SUFFIX, dir=target.parent)
        except OSError as err:
            raise failure(path, err) from err
        os.close(fd)
        tmp = Path(tmp_name)
        try:
            produce(tmp)
            with open(tmp, "rb+") as handle:
                os.fsync(handle.fileno())
            os.chmod(tmp, _mode_for(target))
            if exclusive:
                _place_new(tmp, target)
            else:
                os.replace(tmp, target)
            _sync_folder(target.parent)
        except OSError as err:
            tmp.unlink(missing_ok=True)
            raise (err if isinstance(err, WriteError) else failure(path, err)) from err
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
    finally:
        _journal_remove(entry)
    return target


def _place_new(tmp: Path, target: Path) -> None:
    """Rename without replacing: a hard link where the file system has them, else a rename
    after a last look."""
    try:
        os.link(tmp, target)
    except FileExistsError:
        pass
    except OSError:
        if not target.exists():
            os.replace(tmp, target)
            return
    tmp.unlink(missing_ok=True)


def write_atomically(path: Path, data: bytes, **checks: object) -> Path:
    """Write bytes to `path` through a temporary file and a rename."""
    return write_with(path, lambda tmp: tmp.write_bytes(data), **checks)  # type: ignore[arg-type]


def _sync_folder(folder: Path) -> None:
    """The rename itself reaches the disk (POSIX; Windows has no directory handles)."""
    if sys.platform == "win32":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


# --- the journal of writes in progress --------------------------------------------------------


def keep_journal_in(folder: Path | None) -> None:
    """Record every write in progress in `folder` (None: keep no journal)."""
    global _journal
    _journal = Path(folder) if folder is not None else None


def _journal_add(folder: Path, prefix: str) -> Path | None:
    if _journal is None:
        return None
    try:
        _journal.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(prefix=f"{os.getpid()}-", suffix=".json", dir=_journal)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump({"folder": str(folder), "prefix": prefix, "pid": os.getpid()}, handle)
        return Path(name)
    except OSError:
        return None  # no journal: the write itself still goes ahead


def _journal_remove(entry: Path | None) -> None:
    if entry is not None:
        try:
            entry.unlink()
        except OSError:
            pass


def alive(pid: int) -> bool:
    """Whether the process that named a temporary file still runs (its file is not a leftover)."""
    if pid == os.getpid():
        return True
    if sys.platform == "win32":
        import ctypes

        handle = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)
        if handle:
            ctypes.windll.kernel32.CloseHandle(handle)
        return bool(handle)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def clean_interrupted_writes() -> list[Path]:
    """Remove the temporary files of writes whose process died; returns what was removed."""
    if _journal is None or not _journal.is_dir():
        return []
    removed: list[Path] = []
    for entry in _journal.glob("*.json"):
        try:
            record = json.loads(entry.read_text(encoding="utf-8"))
            folder, prefix, pid = Path(record["folder"]), str(record["prefix"]), int(record["pid"])
            stale = time.time() - entry.stat().st_mtime > STALE_SECONDS
        except (OSError, ValueError, KeyError, TypeError):
            _journal_remove(entry)
            continue
        if alive(pid) and not stale:
            continue
        for leftover in folder.glob(f"{glob.escape(prefix)}*{TEMP_SUFFIX}*"):  # SQLite's -wal of one too
            try:
                leftover.unlink()
                removed.append(leftover)
            except OSError:
                pass
        _journal_remove(entry)
    return removed
