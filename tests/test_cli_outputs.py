"""The command line never writes over the library, its files, its source or anything that is
not an ordinary writable file, and gives a safe copy of the library (data loss 1-3 of issue 9)."""

from __future__ import annotations

import os
import sqlite3
import stat
from contextlib import closing
from pathlib import Path

import pytest

from seminarnotes.core.library import Library
from tests.helpers import cli, one_sentence_error


@pytest.fixture
def library(tmp_path: Path, reference_package: Path) -> Path:
    path = tmp_path / "library.sqlite"
    assert cli("import", str(reference_package), library=path).returncode == 0
    return path


def _seminars(path: Path) -> int:
    with Library.open(path) as lib:
        return len(lib.list_seminars())


# 1. export and export-package can overwrite the library itself

@pytest.mark.parametrize("command", ["export", "export-package"])
@pytest.mark.parametrize("suffix", ["", "-wal", ".lock"])
def test_exports_onto_the_library_or_its_files_are_refused(library: Path, command: str, suffix: str) -> None:
    target = library.with_name(library.name + suffix)
    message = one_sentence_error(cli(command, "1", "-o", str(target), library=library))
    assert "the library itself" in message if not suffix else "one of the library's own files" in message
    assert _seminars(library) == 1


def test_export_of_a_package_onto_itself_is_refused(tmp_path: Path, reference_package: Path) -> None:
    package = tmp_path / "seminar.seminarnotes"
    package.write_bytes(reference_package.read_bytes())
    message = one_sentence_error(cli("export", str(package), "-o", str(package), library=tmp_path / "x.db"))
    assert message == f"seminarnotes: {package} is the file being read; choose another file name."
    assert package.read_bytes() == reference_package.read_bytes()


def test_export_into_the_backups_folder_is_refused(library: Path) -> None:
    assert cli("backup", library=library).returncode == 0
    [made] = (library.parent / "backups").iterdir()
    before = made.read_bytes()
    assert "one of the library's own files" in one_sentence_error(
        cli("export-package", "1", "-o", str(made), library=library))
    assert made.read_bytes() == before


# 2. export by rename replaces whatever is at the target

def test_read_only_fifo_and_device_targets_are_refused(library: Path, tmp_path: Path) -> None:
    kept = tmp_path / "kept.docx"
    kept.write_bytes(b"keep")
    kept.chmod(0o444)
    fifo = tmp_path / "pipe.docx"
    os.mkfifo(fifo)
    for target, words in ((kept, "is read-only"), (fifo, "not an ordinary file"), (Path("/dev/null"),
                                                                                    "not an ordinary file")):
        assert words in one_sentence_error(cli("export", "1", "-o", str(target), library=library))
    assert kept.read_bytes() == b"keep"
    assert stat.S_ISFIFO(fifo.stat().st_mode) and stat.S_ISCHR(os.stat("/dev/null").st_mode)


def test_a_symbolic_link_is_written_through(library: Path, tmp_path: Path) -> None:
    real = tmp_path / "real.seminarnotes"
    real.write_text("old")
    link = tmp_path / "link.seminarnotes"
    link.symlink_to(real)
    assert cli("export-package", "1", "-o", str(link), library=library).returncode == 0
    assert link.is_symlink() and real.read_text(encoding="utf-8").startswith("{")


@pytest.mark.parametrize("output", ["", "file/inside.docx"])
def test_an_empty_name_or_a_file_as_folder_is_one_sentence(library: Path, tmp_path: Path, output: str) -> None:
    (tmp_path / "file").write_text("x")
    message = one_sentence_error(cli("export", "1", "-o", str(tmp_path / output) if output else "",
                                      library=library))
    assert "No file name was given" in message or "is a file, not a folder" in message


# 3. copying "the one library file" while the program runs misses saved edits

def test_backup_copies_what_the_write_ahead_log_holds(library: Path, tmp_path: Path, reference_package: Path) -> None:
    with Library.open(library) as open_in_a_window:
        from seminarnotes.core import package

        open_in_a_window.import_doc(package.read(reference_package))  # saved, in the -wal only
        plain_copy = tmp_path / "copied.sqlite"
        plain_copy.write_bytes(library.read_bytes())
        copy = tmp_path / "safe copy.sqlite"
        result = cli("backup", "-o", str(copy), library=library)
        assert result.returncode == 0, result.stderr
        assert result.stdout.strip() == str(copy)
    with closing(sqlite3.connect(plain_copy)) as db:
        assert db.execute("SELECT count(*) FROM seminar").fetchone()[0] == 1  # what a file copy gets
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("safe copy")) == ["safe copy.sqlite"]
    assert _seminars(copy) == 2


def test_backup_into_the_backups_folder_and_the_list(library: Path) -> None:
    made = cli("backup", library=library)
    assert made.returncode == 0
    path = Path(made.stdout.strip())
    assert path.parent == library.parent / "backups" and path.name.endswith("-manual.sqlite")
    listed = cli("backups", library=library).stdout.splitlines()
    fields = listed[0].split("\t")
    assert fields[1:3] == ["manual", "1 seminar"] and fields[4] == str(path)
    assert listed[-1].startswith("1 backup, ") and listed[-1].endswith(f"MB in {library.parent / 'backups'}")
