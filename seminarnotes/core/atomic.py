"""Write a file so that a failure never leaves a half-written or lost earlier file."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Callable


class WriteError(OSError):
    """Writing a file failed; str() is one sentence for the user."""

    def __str__(self) -> str:
        return str(self.strerror)


def _sentence(path: Path, err: OSError) -> str:
    import errno

    if err.errno == errno.ENOSPC:
        return f"{path} could not be saved: the disk is full."
    if err.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return f"{path} could not be saved: no permission to write there (is the file open in another program?)."
    if err.errno in (errno.ENOENT, errno.ENOTDIR):
        return f"{path} could not be saved: the folder {path.parent} does not exist."
    if err.errno == errno.EISDIR:
        return f"{path} could not be saved: it is a folder."
    return f"{path} could not be saved: {err.strerror or err}."


def _mode_for(path: Path) -> int:
    """The permissions the file would have had if written directly: an earlier
    file's, else the umask's (mkstemp's private 0600 would surprise the user)."""
    try:
        return path.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def write_with(path: Path, produce: Callable[[Path], None]) -> None:
    """Let `produce` write a temporary file beside `path`, then rename it into place."""
    path = Path(path)
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as err:
        raise WriteError(err.errno, _sentence(path, err)) from err
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        produce(tmp)
        with open(tmp, "rb+") as handle:
            os.fsync(handle.fileno())
        os.chmod(tmp, _mode_for(path))
        os.replace(tmp, path)
    except OSError as err:
        tmp.unlink(missing_ok=True)
        raise WriteError(err.errno, _sentence(path, err)) from err
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def write_atomically(path: Path, data: bytes) -> None:
    """Write bytes to `path` through a temporary file and a rename."""
    write_with(path, lambda tmp: tmp.write_bytes(data))
