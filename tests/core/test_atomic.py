"""Files are written beside the target and renamed into place, with normal permissions."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from seminarnotes.core.atomic import WriteError, write_atomically


def test_a_new_file_gets_the_permissions_the_umask_gives(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        write_atomically(tmp_path / "a.docx", b"x")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "a.docx").stat().st_mode) == 0o644


def test_an_earlier_file_keeps_its_permissions_and_gets_the_new_content(tmp_path: Path) -> None:
    target = tmp_path / "a.docx"
    target.write_bytes(b"old")
    target.chmod(0o640)
    write_atomically(target, b"new")
    assert target.read_bytes() == b"new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert [p.name for p in tmp_path.iterdir()] == ["a.docx"]


def test_a_failed_write_leaves_the_earlier_file_and_no_temporary_file(tmp_path: Path) -> None:
    from seminarnotes.core.atomic import write_with

    target = tmp_path / "a.docx"
    target.write_bytes(b"old")

    def disk_full(tmp: Path) -> None:
        tmp.write_bytes(b"half")
        raise OSError(28, "No space left on device")

    with pytest.raises(WriteError, match="the disk is full") as err:
        write_with(target, disk_full)
    assert str(err.value) == f"{target} could not be saved: the disk is full."
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["a.docx"]
