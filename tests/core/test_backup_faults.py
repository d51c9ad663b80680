"""Kill the program at random moments during backups and restores (SIGKILL, seeded).

After every kill the library opens, passes SQLite's integrity check, and holds either
the old or the new content, never a mix and never nothing; every backup in the folder
is sound, and the next start removes what the killed write left behind.
"""

from __future__ import annotations

import datetime as dt
import random
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

import pytest

from seminarnotes.core import atomic, backup
from seminarnotes.core.document import GroupDoc, SeminarDetails, SeminarDoc, SessionDoc
from seminarnotes.core.library import Library
from seminarnotes.core.outline import Point

WORKER = Path(__file__).with_name("backup_worker.py")
KILLS = 20


def _seminar(title: str) -> SeminarDoc:
    return SeminarDoc(SeminarDetails(title=title, date=dt.date(2023, 3, 1)), [SessionDoc("Pass", "?", [
        GroupDoc(f"Grupp {g}", [Point(f"{title} {g} punkt {k} om samverkan och lärande") for k in range(40)])
        for g in range(5)])])


def _content(path: Path) -> tuple[str, ...]:
    with Library.open(path) as lib:
        assert lib.integrity_ok()
        return tuple(sorted(s.title for s in lib.list_seminars()))


def _kill_at_random(args: list[str], rng: random.Random) -> None:
    child = subprocess.Popen([sys.executable, str(WORKER), *args], stdout=subprocess.PIPE, text=True)
    assert child.stdout.readline().strip() == "ready"
    time.sleep(rng.uniform(0.0, 0.6))
    child.send_signal(signal.SIGKILL)
    child.wait()


def _next_start(library: Path) -> int:
    """What the next start of the program does before it backs up again; how many files it removed."""
    return len(backup.clean_leftovers(library)) + len(atomic.clean_interrupted_writes())


def _library(path: Path, titles: list[str]) -> None:
    with Library.open(path) as lib:
        for title in titles:
            lib.import_doc(_seminar(title))


def test_killed_backups_never_harm_the_library_and_leave_only_sound_backups(tmp_path: Path) -> None:
    library = tmp_path / "library.sqlite"
    _library(library, [f"Gammal {k}" for k in range(40)])
    expected = _content(library)
    rng = random.Random(91)
    interrupted = 0
    for _ in range(KILLS):
        _kill_at_random(["backup", str(library)], rng)
        interrupted += _next_start(library) > 0
        assert _content(library) == expected
    assert interrupted >= KILLS // 4, f"only {interrupted} kills landed in the middle of a backup"
    folder = tmp_path / "backups"
    assert [p for p in folder.iterdir() if not p.name.endswith(".sqlite")] == []  # no temporary file left
    made = backup.list_backups(library)
    assert made, "no backup ever finished: the kills came too early to test anything"
    for b in made:
        with closing(sqlite3.connect(f"{b.path.as_uri()}?mode=ro", uri=True)) as db:
            assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert _content(b.path) == expected


def test_killed_restores_leave_the_old_or_the_new_library_never_a_mix(tmp_path: Path) -> None:
    library = tmp_path / "library.sqlite"
    _library(library, [f"A {k}" for k in range(40)])
    a = backup.make_backup(library, "manual")
    other = tmp_path / "other" / "library.sqlite"
    _library(other, [f"B {k}" for k in range(25)])
    b = backup.make_backup(other, "manual")
    contents = {_content(a), _content(b)}
    rng = random.Random(17)
    seen = set()
    for _ in range(KILLS):
        _kill_at_random(["restore", str(library), str(b), str(a)], rng)
        _next_start(library)
        content = _content(library)
        assert content in contents
        seen.add(content)
    assert len(seen) == 2, "every kill left the same content: the restores never finished"
    for kept in backup.list_backups(library):
        assert _content(kept.path) in contents


@pytest.fixture(autouse=True)
def _journal(tmp_path: Path):
    atomic.keep_journal_in(tmp_path / "journal")
    yield
    atomic.keep_journal_in(None)
