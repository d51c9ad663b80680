"""Real disks for fault tests: a full one and a read-only one.

As root (CI runs the tests as root) these are small tmpfs mounts, filled up or
remounted read-only. As a normal user, a full disk is a file-size limit
(RLIMIT_FSIZE) on the command line the test runs, and a read-only folder is one
without write permission; a normal user without either way would skip, which the
CI variable turns into a failure.
"""

from __future__ import annotations

import os
import resource
import signal
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from tests.helpers import unavailable

ROOT = os.geteuid() == 0


def _mount(*args: str) -> None:
    subprocess.run(["mount", *args], check=True, capture_output=True)


def _unmount(folder: Path) -> None:
    subprocess.run(["umount", "-l", str(folder)], check=False, capture_output=True)


class Disk:
    """A folder on a disk the test can fill; `run` runs a command line against it."""

    def __init__(self, folder: Path, mounted: bool) -> None:
        self.folder = folder
        self.mounted = mounted
        self.limit: int | None = None

    def fill(self, leave: int = 0) -> None:
        """Leave about `leave` bytes free."""
        if self.mounted:
            filler = self.folder / "filler"
            free = os.statvfs(self.folder).f_bavail * os.statvfs(self.folder).f_frsize
            with filler.open("ab") as handle:
                try:
                    handle.write(b"\0" * max(0, free - leave))
                    handle.flush()
                except OSError:
                    pass
        else:
            self.limit = leave

    def empty(self) -> None:
        (self.folder / "filler").unlink(missing_ok=True)
        self.limit = None

    def run(self, args: list[str], **kwargs: object) -> subprocess.CompletedProcess:
        limit = self.limit

        def limited() -> None:
            if limit is not None:
                signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
                resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

        return subprocess.run(args, capture_output=True, text=True, preexec_fn=limited, timeout=120,
                              **kwargs)  # type: ignore[call-overload]


@contextmanager
def small_disk(tmp_path: Path, size: str = "4m") -> Iterator[Disk]:
    folder = tmp_path / "disk"
    folder.mkdir()
    if ROOT:
        _mount("-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder))
        try:
            yield Disk(folder, mounted=True)
        finally:
            _unmount(folder)
    else:
        yield Disk(folder, mounted=False)


@contextmanager
def read_only(folder: Path) -> Iterator[None]:
    """Make `folder` (and what is in it) read-only for the duration: a read-only remount as root."""
    if ROOT:
        _mount("--bind", str(folder), str(folder))
        try:
            _mount("-o", "remount,ro,bind", str(folder))
            yield
        finally:
            _unmount(folder)
    else:
        mode = folder.stat().st_mode
        folder.chmod(0o555)
        try:
            yield
        finally:
            folder.chmod(mode)


def cli_command(*args: str, library: Path | None = None) -> list[str]:
    full = [sys.executable, "-m", "seminarnotes"]
    if library is not None:
        full += ["--library", str(library)]
    return full + list(args)


def as_a_user(command: list[str]) -> list[str]:
    """`command` held to file permissions as a normal user is: root without the capabilities that
    override them (so a read-only file stays read-only); a normal user's command as it is."""
    if not ROOT:
        return command
    return ["setpriv", "--bounding-set", "-dac_override,-dac_read_search,-fowner", "--", *command]


def need_root_or_skip() -> None:
    if not ROOT:
        unavailable("needs root for a tmpfs")
