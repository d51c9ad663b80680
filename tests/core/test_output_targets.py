"""Every file the program writes: never onto the library, its files or the source being read,
never over a device, pipe or read-only file; through a symbolic link to its target; and no
temporary file left beside the user's files after an interrupted write."""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from seminarnotes.core import atomic
from seminarnotes.core.atomic import WriteError, check_target, write_atomically


@pytest.fixture
def library(tmp_path: Path) -> Path:
    path = tmp_path / "library.sqlite"
    path.write_bytes(b"the library")
    return path


@pytest.mark.parametrize("name, words", [
    ("library.sqlite", "is the library itself"),
    ("library.sqlite-wal", "one of the library's own files"),
    ("library.sqlite-shm", "one of the library's own files"),
    ("library.sqlite.lock", "one of the library's own files"),
    ("backups/library-2025-01-01-120000-start.sqlite", "one of the library's own files"),
])
def test_the_library_and_its_files_are_refused(tmp_path: Path, library: Path, name: str, words: str) -> None:
    (tmp_path / "backups").mkdir()
    target = tmp_path / name
    with pytest.raises(WriteError, match=words):
        write_atomically(target, b"a word document", library=library)
    assert library.read_bytes() == b"the library"
    assert not target.exists() or name == "library.sqlite"


def test_a_link_to_the_library_is_refused_too(tmp_path: Path, library: Path) -> None:
    link = tmp_path / "innocent.docx"
    link.symlink_to(library)
    hard = tmp_path / "hard.docx"
    os.link(library, hard)
    for target in (link, hard):
        with pytest.raises(WriteError, match="is the library itself"):
            write_atomically(target, b"x", library=library)
    assert library.read_bytes() == b"the library"


def test_the_source_of_the_same_command_is_refused(tmp_path: Path) -> None:
    source = tmp_path / "seminar.seminarnotes"
    source.write_bytes(b"the package")
    with pytest.raises(WriteError, match="is the file being read"):
        write_atomically(tmp_path / "." / "seminar.seminarnotes", b"x", sources=[source])
    assert source.read_bytes() == b"the package"


def test_a_symbolic_link_is_written_through_to_its_target(tmp_path: Path) -> None:
    real = tmp_path / "folder" / "real.docx"
    real.parent.mkdir()
    real.write_bytes(b"old")
    link = tmp_path / "link.docx"
    link.symlink_to(real)
    written = write_atomically(link, b"new")
    assert written == real.resolve()
    assert link.is_symlink() and real.read_bytes() == b"new" and link.read_bytes() == b"new"


def test_a_pipe_and_a_device_are_refused_and_stay_what_they_are(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.docx"
    os.mkfifo(fifo)
    for target in (fifo, Path("/dev/null")):
        with pytest.raises(WriteError, match="not an ordinary file"):
            write_atomically(target, b"x")
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    assert stat.S_ISCHR(Path("/dev/null").stat().st_mode)


def test_a_read_only_file_is_refused_even_for_root(tmp_path: Path) -> None:
    target = tmp_path / "kept.docx"
    target.write_bytes(b"keep me")
    target.chmod(0o444)
    with pytest.raises(WriteError, match="is read-only"):
        write_atomically(target, b"x")
    assert target.read_bytes() == b"keep me"


@pytest.mark.parametrize("name", ["", "."])
def test_an_empty_name_is_one_sentence(name: str) -> None:
    with pytest.raises(WriteError) as err:
        check_target(Path(name))
    assert str(err.value) == "No file name was given to save to."


def test_a_folder_path_through_a_file_is_one_sentence(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(WriteError) as err:
        write_atomically(blocker / "sub" / "out.docx", b"x")
    assert str(err.value) == f"{blocker / 'sub' / 'out.docx'} could not be saved: {blocker} is a file, not a folder."


WRITER = """
import os, sys, time
from pathlib import Path
from seminarnotes.core import atomic
atomic.keep_journal_in(Path(sys.argv[1]))
def slow(tmp):
    tmp.write_bytes(b"half")
    print("writing", flush=True)
    time.sleep(60)
atomic.write_with(Path(sys.argv[2]), slow)
"""


def test_a_killed_write_leaves_no_temporary_file_after_the_next_start(tmp_path: Path) -> None:
    journal, target = tmp_path / "journal", tmp_path / "docs" / "report.docx"
    target.parent.mkdir()
    child = subprocess.Popen([sys.executable, "-c", WRITER, str(journal), str(target)], stdout=subprocess.PIPE,
                             text=True, cwd=Path(__file__).resolve().parents[2])
    assert child.stdout.readline().strip() == "writing"
    leftovers = list(target.parent.iterdir())
    assert len(leftovers) == 1 and leftovers[0].name.startswith(".report.docx.")  # hidden, beside the target
    child.send_signal(signal.SIGKILL)
    child.wait()
    atomic.keep_journal_in(journal)
    try:
        removed = atomic.clean_interrupted_writes()
    finally:
        atomic.keep_journal_in(None)
    assert removed == leftovers
    assert list(target.parent.iterdir()) == [] and list(journal.iterdir()) == []


def test_a_write_in_progress_of_a_live_process_is_left_alone(tmp_path: Path) -> None:
    journal, target = tmp_path / "journal", tmp_path / "report.docx"
    child = subprocess.Popen([sys.executable, "-c", WRITER, str(journal), str(target)], stdout=subprocess.PIPE,
                             text=True, cwd=Path(__file__).resolve().parents[2])
    try:
        assert child.stdout.readline().strip() == "writing"
        atomic.keep_journal_in(journal)
        try:
            assert atomic.clean_interrupted_writes() == []
        finally:
            atomic.keep_journal_in(None)
        assert len([p for p in tmp_path.iterdir() if p.name.startswith(".report.docx.")]) == 1
    finally:
        child.kill()
        child.wait()
