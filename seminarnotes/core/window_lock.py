"""Whether a Seminarnotes window has a library open.

The window holds a QLockFile at `lock_path(library)` for as long as it runs (one
window per library). The command line must not replace a library under a running
window, and reads that file without Qt: on Linux, QLockFile keeps an flock on it
that dies with the process, so a lock left by a crash or a power loss is not "held".
"""

from __future__ import annotations

import os
import socket
import sys
from pathlib import Path

LOCK_SUFFIX = ".lock"


def lock_path(library: Path) -> Path:
    """The lock file beside the library (`library.sqlite.lock`)."""
    library = Path(library)
    return library.with_name(library.name + LOCK_SUFFIX)


def window_holds(library: Path) -> bool:
    """True when a live process holds the library's window lock."""
    path = lock_path(library)
    try:
        with open(path, "rb") as handle:
            if sys.platform.startswith("linux"):
                return _flock_held(handle)
            lines = handle.read(4096).decode("utf-8", "replace").splitlines()
    except OSError:
        return False
    return _process_alive(lines)


def _flock_held(handle) -> bool:
    import fcntl

    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return True
    fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
    return False


def _process_alive(lines: list[str]) -> bool:
    """QLockFile's first lines are the pid, the program name and the host name."""
    if len(lines) < 3 or not lines[0].strip().isdigit():
        return False
    if lines[2].strip() not in ("", socket.gethostname()):
        return True  # another machine's window (a shared folder): assume it runs
    pid = int(lines[0])
    if sys.platform == "win32":
        import ctypes

        handle = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        ctypes.windll.kernel32.CloseHandle(handle)
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
