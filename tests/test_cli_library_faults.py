"""The library file under faults, on the command line: backups, a damaged file, read-only files
and folders, full disks, locks, and files that are not libraries (issue 9, data loss 4-6 and
the library's messages). Every refusal is one sentence, status 2, and leaves the file as it was."""

from __future__ import annotations

import os
import re
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from seminarnotes.core.migrations import HEAD
from tests.damage import behind_an_index, damage_page
from tests.disks import as_a_user, cli_command, read_only, small_disk
from tests.helpers import cli, one_sentence_error


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.rglob("*") if p.is_file()}


@pytest.fixture
def library(tmp_path: Path, reference_package: Path) -> Path:
    path = tmp_path / "lib" / "library.sqlite"
    assert cli("import", str(reference_package), library=path).returncode == 0
    for _ in range(5):
        assert cli("sample", library=path).returncode == 0
    return path


# 4. no backups at all

def test_every_import_into_a_changed_library_is_backed_up_first(library: Path) -> None:
    from seminarnotes.core.backup import list_backups

    backups = list_backups(library)  # newest first
    assert [b.reason for b in backups] == ["import"] * 5
    assert [b.seminars() for b in backups] == [5, 4, 3, 2, 1]  # each: the library just before an import


# 5. a damaged library is opened and written to

@pytest.fixture
def damaged(library: Path) -> Path:
    damage_page(library, "seminar", 0)
    return library


def test_a_damaged_library_is_not_written(damaged: Path, reference_package: Path) -> None:
    before = _files(damaged.parent)
    message = one_sentence_error(cli("import", str(reference_package), library=damaged))
    assert message.startswith(f"seminarnotes: The library {damaged} is damaged, so Seminarnotes will not write to it")
    assert "'seminarnotes restore'" in message and "'seminarnotes rescue'" in message
    assert _files(damaged.parent) == before


@pytest.mark.parametrize("command", [["list"], ["search", "samverkan"], ["export", "1", "-o", "x.docx"]])
def test_reading_a_damaged_library_says_so_in_one_sentence(damaged: Path, command: list[str]) -> None:
    assert "is damaged" in one_sentence_error(cli(*command, library=damaged))


def test_an_export_refuses_a_library_whose_index_misses_a_point(library: Path, tmp_path: Path) -> None:
    """Damage quick_check does not see: a point moved to another group behind the index, so
    no read of either group shows it. An export would leave it out without a word."""
    with closing(sqlite3.connect(library)) as db:
        first, second = [g for (g,) in db.execute(
            "SELECT g.id FROM discussion_group g JOIN seminar_session s ON g.session_id = s.id "
            "WHERE s.seminar_id = 1 ORDER BY g.id LIMIT 2")]
    behind_an_index(library, "UPDATE point SET group_id = ? WHERE id = (SELECT min(id) FROM point WHERE group_id = ?)",
                    (first, second))
    for command, target in (("export", tmp_path / "out.docx"), ("export-package", tmp_path / "out.seminarnotes")):
        message = one_sentence_error(cli(command, "1", "-o", str(target), library=library))
        assert message.startswith(f"seminarnotes: The library {library} is damaged, so Seminarnotes exports nothing "
                                  "from it"), message
        assert "'seminarnotes restore'" in message and "'seminarnotes rescue'" in message
        assert not target.exists()
    assert cli("list", library=library).returncode == 0  # reading commands that write nothing are not checked
    assert cli("check", library=library).returncode == 1


def test_check_says_sound_or_damaged_in_one_line(library: Path) -> None:
    sound = cli("check", library=library)
    assert sound.returncode == 0 and sound.stdout.startswith("sound: 6 seminars, ")
    assert len(sound.stdout.splitlines()) == 1
    damage_page(library, "point", 1)
    bad = cli("check", library=library)
    assert bad.returncode == 1 and bad.stdout.startswith("damaged: ") and len(bad.stdout.splitlines()) == 1


def test_check_finds_a_search_index_out_of_step(library: Path) -> None:
    with closing(sqlite3.connect(library)) as db:
        db.execute("DELETE FROM search_index WHERE rowid = (SELECT max(rowid) FROM search_index)")
        db.commit()
    result = cli("check", library=library)
    assert result.returncode == 1 and "search index" in result.stdout


def test_restore_then_rescue_on_the_command_line(library: Path) -> None:
    from seminarnotes.core.backup import list_backups

    oldest = list_backups(library)[-1]
    damage_page(library, "point", 2)
    restored = cli("restore", oldest.path.name, library=library)
    assert restored.returncode == 0, restored.stderr
    assert "-damaged-" in restored.stdout
    assert cli("check", library=library).returncode == 0
    assert len(cli("list", library=library).stdout.splitlines()) == 1  # as it was before the second import
    damage_page(library, "point", 1)
    rescued = cli("rescue", library=library)
    assert rescued.returncode == 0, rescued.stderr
    assert re.match(r"Rescued \d+ seminars? and \d+ points into ", rescued.stdout.splitlines()[-1])
    assert cli("check", library=library).returncode == 0
    titles = [line.split("\t")[2] for line in cli("list", library=library).stdout.splitlines()]
    assert "En lärande och utvecklingsinriktad arbetsplats" in titles


def test_rescue_refuses_a_sound_library_and_restore_refuses_under_a_window(library: Path) -> None:
    assert "not damaged" in one_sentence_error(cli("rescue", library=library))
    lock = library.with_name(library.name + ".lock")
    holder = subprocess.Popen([sys.executable, "-c", (
        "import fcntl, sys, time\nf = open(sys.argv[1], 'w')\nfcntl.flock(f, fcntl.LOCK_EX)\n"
        "print('held', flush=True)\ntime.sleep(60)"), str(lock)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        backups = sorted((library.parent / "backups").iterdir())
        message = one_sentence_error(cli("restore", str(backups[0]), library=library))
        assert "A Seminarnotes window has" in message
        assert cli("backup", library=library).returncode == 0  # backups and checks work anytime
        assert cli("check", library=library).returncode == 0
    finally:
        holder.kill()
        holder.wait()


# 6. a read-only library leaves a read-only -shm that blocks every write

def _as_a_user(*args: str, library: Path) -> subprocess.CompletedProcess:
    return subprocess.run(as_a_user(cli_command(*args, library=library)), capture_output=True, text=True,
                          timeout=120)


def test_a_read_only_library_is_refused_and_can_be_written_once_writable_again(
        library: Path, reference_package: Path) -> None:
    library.chmod(0o444)
    listed = _as_a_user("list", library=library)
    assert listed.returncode == 2 and "is read-only" in listed.stderr and len(listed.stderr.splitlines()) == 1
    library.chmod(0o644)
    result = _as_a_user("import", "--copy", str(reference_package), library=library)
    assert result.returncode == 0, result.stderr


def test_read_only_journal_files_left_by_a_read_only_opening_are_made_writable(
        library: Path, reference_package: Path) -> None:
    library.chmod(0o444)
    reader = ("import sqlite3, sys\ndb = sqlite3.connect(sys.argv[1])\n"
              "print(db.execute('SELECT count(*) FROM seminar').fetchone()[0])")
    left = subprocess.run(as_a_user([sys.executable, "-c", reader, str(library)]), capture_output=True, text=True)
    assert left.stdout.strip() == "6"  # what an earlier version's `list` did: read, and leave read-only files
    shm = library.with_name(library.name + "-shm")
    assert shm.exists() and not shm.stat().st_mode & 0o222
    library.chmod(0o644)
    result = _as_a_user("import", "--copy", str(reference_package), library=library)
    assert result.returncode == 0, result.stderr
    assert len(cli("list", library=library).stdout.splitlines()) == 7


# messages: files that are not libraries are left untouched

def _alembic_db(path: Path, versions: list[str], ours: bool) -> None:
    with closing(sqlite3.connect(path)) as db:
        db.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY)")
        db.executemany("INSERT INTO alembic_version VALUES (?)", [(v,) for v in versions])
        if ours:
            for table in ("seminar", "seminar_session", "discussion_group", "point"):
                db.execute(f"CREATE TABLE {table} (id INTEGER PRIMARY KEY)")
        else:
            db.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, amount REAL)")
        db.commit()


@pytest.mark.parametrize("case, words", [
    ("empty alembic_version", "is an SQLite file, but not a Seminarnotes library; it was left as it is"),
    ("another program's alembic", "is an SQLite file, but not a Seminarnotes library; it was left as it is"),
    ("zero-length file", "is an empty file, not a Seminarnotes library; it was left as it is"),
    ("text file", "is not a Seminarnotes library (it is not an SQLite file)"),
    ("newer Seminarnotes", "was written by a newer version of Seminarnotes"),
])
@pytest.mark.parametrize("command", ["list", "sample"])
def test_a_file_that_is_not_a_library_is_left_untouched(tmp_path: Path, case: str, words: str,
                                                        command: str) -> None:
    path = tmp_path / "library.sqlite"
    if case == "empty alembic_version":
        _alembic_db(path, [], ours=True)
    elif case == "another program's alembic":
        _alembic_db(path, ["ae1027a6acf"], ours=False)
    elif case == "zero-length file":
        path.touch()
    elif case == "text file":
        path.write_text("Dear diary" * 100)
    else:
        _alembic_db(path, [f"{int(HEAD) + 1:04d}"], ours=True)
    before = _files(tmp_path)
    assert words in one_sentence_error(cli(command, library=path))
    assert _files(tmp_path) == before  # no journal mode switched, no .bak, no backups folder


@pytest.mark.parametrize("command", [["list"], ["search", "x"], ["export", "1", "-o", "x.docx"], ["check"],
                                     ["backup"]])
def test_a_mistyped_library_path_for_reading_creates_nothing(tmp_path: Path, command: list[str]) -> None:
    path = tmp_path / "Dokument" / "libary.sqlite"
    assert "There is no library at" in one_sentence_error(cli(*command, library=path))
    assert not (tmp_path / "Dokument").exists()
    listed = cli("backups", library=path)  # backups can outlive their library: listing them creates nothing
    assert listed.returncode == 0 and listed.stdout.startswith("0 backups, 0.0 MB in ")
    assert not (tmp_path / "Dokument").exists()


def test_a_library_path_through_a_file_is_one_sentence(tmp_path: Path) -> None:
    blocker = tmp_path / "notes.txt"
    blocker.write_text("x")
    message = one_sentence_error(cli("sample", library=blocker / "library.sqlite"))
    assert message.endswith(f"{blocker} is a file, not a folder.")


# messages: locks

def _hold(path: Path, how: str) -> subprocess.Popen:
    code = ("import sqlite3, sys, time\ndb = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
            + ("db.execute('PRAGMA locking_mode=EXCLUSIVE')\ndb.execute('BEGIN EXCLUSIVE')\n" if how == "exclusive"
               else "db.execute('BEGIN IMMEDIATE')\n")
            + "db.execute('CREATE TABLE IF NOT EXISTS held (x)')\nprint('held', flush=True)\ntime.sleep(60)")
    child = subprocess.Popen([sys.executable, "-c", code, str(path)], stdout=subprocess.PIPE, text=True)
    assert child.stdout.readline().strip() == "held"
    return child


def test_another_programs_exclusive_lock_is_one_sentence(library: Path) -> None:
    holder = _hold(library, "exclusive")
    try:
        message = one_sentence_error(cli("list", library=library))
    finally:
        holder.kill()
        holder.wait()
    assert "another program (or another Seminarnotes) is writing to it" in message
    assert len(cli("list", library=library).stdout.splitlines()) == 6


def _old_library(path: Path) -> None:
    from tests.core.test_migrations import make_at

    make_at(path, "0003", "Gammal")


def test_an_upgrade_under_another_writer_is_one_sentence_with_one_backup(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite"
    _old_library(path)
    holder = _hold(path, "immediate")
    try:
        for _ in range(2):
            message = one_sentence_error(cli("list", library=path))
            assert "could not be upgraded to this version: another program" in message
    finally:
        holder.kill()
        holder.wait()
    backups = list((tmp_path / "backups").iterdir())
    assert len(backups) == 1 and backups[0].stat().st_size > 0 and not list(tmp_path.glob("*.bak"))
    assert cli("list", library=path).stdout.endswith("Gammal\n")


# messages: full and read-only disks

def test_an_upgrade_without_room_is_one_sentence_and_leaves_no_empty_backups(tmp_path: Path) -> None:
    with small_disk(tmp_path) as disk:
        path = disk.folder / "library.sqlite"
        _old_library(path)
        before = path.read_bytes()
        disk.fill(leave=0)
        for _ in range(2):
            result = disk.run(cli_command("list", library=path))
            assert result.returncode == 2 and len(result.stderr.splitlines()) == 1, result.stderr
            assert "Traceback" not in result.stderr
            assert "must be backed up before it is upgraded" in result.stderr or "disk is full" in result.stderr
        assert path.read_bytes() == before
        made = [p for p in disk.folder.rglob("*") if p.is_file() and p.name not in ("filler", path.name)]
        assert all(p.stat().st_size > 0 for p in made) and len(made) <= 1, made  # no pile of empty copies
        disk.empty()
        assert disk.run(cli_command("list", library=path)).stdout.endswith("Gammal\n")


def test_a_full_disk_when_only_reading(tmp_path: Path, reference_package: Path) -> None:
    with small_disk(tmp_path) as disk:
        path = disk.folder / "library.sqlite"
        assert disk.run(cli_command("import", str(reference_package), library=path)).returncode == 0
        disk.fill(leave=0)
        result = disk.run(cli_command("list", library=path))
        assert "Traceback" not in result.stderr
        assert (result.returncode == 0 and result.stdout.count("\n") == 1) or (
            result.returncode == 2 and "the disk is full" in result.stderr and len(result.stderr.splitlines()) == 1)
        export = disk.run(cli_command("export", str(reference_package), "-o", str(disk.folder / "out.docx"),
                                      library=tmp_path / "elsewhere.sqlite"))
        assert export.returncode == 2 and export.stderr.strip().endswith("could not be saved: the disk is full.")
        assert len(export.stderr.splitlines()) == 1, export.stderr  # no zip traceback after the sentence
        assert not [p for p in disk.folder.iterdir() if p.name.startswith(".out.docx")]


def test_a_read_only_folder(tmp_path: Path, reference_package: Path) -> None:
    folder = tmp_path / "shared"
    folder.mkdir()
    path = folder / "library.sqlite"
    assert cli("import", str(reference_package), library=path).returncode == 0
    with read_only(folder):
        message = one_sentence_error(cli("list", library=path))
        assert f"its folder {folder} is read-only" in message or "read-only" in message
        new = one_sentence_error(cli("export", "1", "-o", str(folder / "x.docx"), library=tmp_path / "nowhere.db"))
        assert "read-only" in new or "There is no library" in new
    assert os.access(folder, os.W_OK)
