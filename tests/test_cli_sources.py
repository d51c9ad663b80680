"""The command line never reads the library's own files as a package or a Word document
(issue 8 case 7): `import` opens the library before it reads a package, so reading the
library itself outside SQLite would cancel SQLite's locks in that process. Each refusal is
one sentence, before the file is opened at all, and the library is as it was."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from seminarnotes.core.library import Library
from seminarnotes.core.library_files import belongs_to
from tests.helpers import cli, one_sentence_error

ITSELF = "seminarnotes: {path} is the library itself; choose another file."
OWN_FILE = "seminarnotes: {path} is one of the library's own files (its journal, lock or backups); choose another file."

# the command line with Python's "open" audit event recorded: the files it opened go to stdout
_AUDITED = """
import os, sys
opened = []
def hook(event, args):
    if event == "open" and isinstance(args[0], (str, bytes, os.PathLike)):
        opened.append(os.fsdecode(args[0]))
sys.addaudithook(hook)
from seminarnotes.cli import main
code = main(sys.argv[1:])
sys.stdout.write("".join(f"opened {os.path.realpath(p)}\\n" for p in opened))
sys.exit(code)
"""


def audited_cli(*args: str, library: Path) -> tuple[subprocess.CompletedProcess, list[Path]]:
    """`seminarnotes --library LIBRARY ARGS` and the files the process opened from Python."""
    result = subprocess.run([sys.executable, "-c", _AUDITED, "--library", str(library), *args],
                            capture_output=True, text=True, timeout=120, env=os.environ)
    opened = [Path(line.removeprefix("opened ")) for line in result.stdout.splitlines() if line.startswith("opened ")]
    return result, opened


@pytest.fixture
def library(tmp_path: Path, reference_package: Path) -> Path:
    path = tmp_path / "library.sqlite"
    assert cli("import", str(reference_package), library=path).returncode == 0
    return path


def _own(library: Path, which: str) -> Path:
    if which == "backup":
        assert cli("backup", library=library).returncode == 0
        return next((library.parent / "backups").iterdir())
    return library.with_name(library.name + which)


def _seminars(path: Path) -> int:
    with Library.open(path) as lib:
        return len(lib.list_seminars())


@pytest.mark.parametrize("dry_run", [[], ["--dry-run"]])
@pytest.mark.parametrize("which", ["", "-wal", ".lock", "backup"])
def test_import_refuses_the_library_and_its_files_before_opening_them(library: Path, which: str,
                                                                      dry_run: list[str]) -> None:
    chosen = _own(library, which)
    result, opened = audited_cli("import", *dry_run, str(chosen), library=library)
    assert one_sentence_error(result) == (ITSELF if not which else OWN_FILE).format(path=chosen)
    assert [path for path in opened if belongs_to(path, library)] == []
    assert _seminars(library) == 1


def test_a_library_named_like_a_word_document_is_not_imported_into_itself(tmp_path: Path,
                                                                          reference_package: Path) -> None:
    library = tmp_path / "Seminarier.docx"
    assert cli("import", str(reference_package), library=library).returncode == 0
    link = tmp_path / "Samverkan.seminarnotes"
    link.symlink_to(library)
    for chosen in (library, link):
        result, opened = audited_cli("import", str(chosen), library=library)
        assert one_sentence_error(result) == ITSELF.format(path=chosen)
        assert [path for path in opened if belongs_to(path, library)] == []
    assert _seminars(library) == 1


def test_export_refuses_the_library_as_the_seminar_to_export(library: Path, tmp_path: Path) -> None:
    """`export FILE -o OUT` reads a package file; the library is not one."""
    out = tmp_path / "out.docx"
    result, opened = audited_cli("export", str(library), "-o", str(out), library=library)
    assert one_sentence_error(result) == ITSELF.format(path=library)
    assert [path for path in opened if belongs_to(path, library)] == []
    assert not out.exists()


@pytest.mark.parametrize("name", ["notes.docx", "notes.seminarnotes"])
def test_a_pipe_is_refused_instead_of_waited_for(library: Path, tmp_path: Path, name: str) -> None:
    """A named pipe chosen to import would be read for ever (nothing ever writes to it);
    it gets one sentence at once, like a device."""
    fifo = tmp_path / name
    os.mkfifo(fifo)
    result = cli("import", str(fifo), library=library)
    assert one_sentence_error(result) == (f"seminarnotes: {fifo} is not an ordinary file (a device, pipe or "
                                          "socket); choose another file.")
    assert _seminars(library) == 1
