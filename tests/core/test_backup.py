"""Backups: SQLite's backup API into backups/, checked, rotated; restore; rescue of a damaged library."""

from __future__ import annotations

import datetime as dt
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from seminarnotes.core import backup, package, rescue, restore
from seminarnotes.core.document import GroupDoc, SeminarDetails, SeminarDoc, SessionDoc
from seminarnotes.core.errors import DamagedLibrary, LibraryError
from seminarnotes.core.library import Library
from seminarnotes.core.outline import Point
from seminarnotes.paths import SAMPLE_PACKAGE
from tests.damage import damage_page


def seminar(title: str, points: int = 3) -> SeminarDoc:
    return SeminarDoc(SeminarDetails(title=title, date=dt.date(2024, 5, 2)), [SessionDoc("Förmiddag", "Vad?", [
        GroupDoc("Köping", [Point(f"{title}: punkt {k}") for k in range(points)])])])


def titles(path: Path) -> list[str]:
    with Library.open(path) as lib:
        return sorted(s.title for s in lib.list_seminars())


@pytest.fixture
def lib(tmp_path: Path):
    library = Library.open(tmp_path / "library.sqlite")
    library.import_doc(seminar("Första"))
    yield library
    library.close()


def test_a_backup_is_one_checked_file_holding_what_the_journal_held(lib: Library, tmp_path: Path) -> None:
    lib.import_doc(seminar("Andra"))  # in the -wal only: the connection is open, nothing checkpointed
    assert (tmp_path / "library.sqlite-wal").stat().st_size > 0
    written = backup.make_backup(lib.path, "manual")
    assert written.parent == tmp_path / "backups"
    assert written.name.startswith("library-") and written.name.endswith("-manual.sqlite")
    assert sorted(p.name for p in written.parent.iterdir()) == [written.name]  # no -wal, no temporary file
    with closing(sqlite3.connect(f"{written.as_uri()}?mode=ro", uri=True)) as db:
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert db.execute("PRAGMA journal_mode").fetchone() == ("delete",)
        assert sorted(t for (t,) in db.execute("SELECT title FROM seminar")) == ["Andra", "Första"]
    [listed] = backup.list_backups(lib.path)
    assert (listed.path, listed.reason, listed.seminars(), listed.size) == (written, "manual", 2,
                                                                            written.stat().st_size)


def test_a_backup_is_made_only_when_the_library_changed(lib: Library, tmp_path: Path) -> None:
    first = backup.make_backup(lib.path, "start", if_changed=True)
    assert first is not None
    assert backup.make_backup(lib.path, "auto", if_changed=True) is None
    lib.set_points(lib.seminar_tree(lib.list_seminars()[0].id)[0].groups[0].id, [Point("ändrad")])
    assert backup.make_backup(lib.path, "auto", if_changed=True) is not None
    empty = Library.open(tmp_path / "empty.sqlite")
    empty.close()
    assert backup.make_backup(empty.path, "start", if_changed=True) is None  # nothing to lose


def test_a_backup_that_fails_its_check_is_not_kept(lib: Library, monkeypatch: pytest.MonkeyPatch) -> None:
    from seminarnotes.core import integrity

    monkeypatch.setattr(integrity, "integrity_problems", lambda _db: ["*** in database main ***"])
    with pytest.raises(LibraryError, match="backup just written was not sound"):
        backup.make_backup(lib.path, "manual")
    assert list((lib.path.parent / "backups").iterdir()) == []


def _fake_backups(library: Path, times: list[dt.datetime], why: str = "auto") -> None:
    folder = library.parent / "backups"
    folder.mkdir(exist_ok=True)
    for when in times:
        (folder / f"{library.stem}-{when:%Y-%m-%d-%H%M%S}-{why}.sqlite").write_bytes(b"x")


def test_rotation_keeps_ten_newest_one_a_day_for_14_days_one_a_week_for_8_weeks(tmp_path: Path) -> None:
    library = tmp_path / "library.sqlite"
    now = dt.datetime(2025, 3, 14, 18, 0)
    every_4_hours = [now - dt.timedelta(hours=4 * k) for k in range(6 * 120)]  # 120 days of backups
    _fake_backups(library, every_4_hours)
    _fake_backups(library, [now - dt.timedelta(days=200)], "manual")
    _fake_backups(tmp_path / "other.sqlite", [now - dt.timedelta(days=300)])  # another library's: not ours
    backup.rotate(library, now=now)
    kept = backup.list_backups(library)
    times = [b.when for b in kept]
    assert times[:10] == every_4_hours[:10]
    days = {t.date() for t in times if t.date() > (now - dt.timedelta(days=14)).date()}
    assert len(days) == 14
    weeks = {b.when.isocalendar()[:2] for b in kept if b.reason != "manual"}
    assert 8 <= len(weeks) <= 9  # 8 weeks back from a Friday touch 9 calendar weeks
    assert min(b.when for b in kept if b.reason != "manual") >= now - dt.timedelta(days=56)
    assert any(b.reason == "manual" for b in kept)  # made by hand: never removed
    assert len([b for b in kept if b.reason != "manual"]) <= 10 + 14 + 8
    assert (tmp_path / "backups" / f"other-{now - dt.timedelta(days=300):%Y-%m-%d-%H%M%S}-auto.sqlite").exists()


def test_purging_backs_up_first_and_the_purged_seminar_stays_in_the_backup(lib: Library) -> None:
    gone = lib.import_doc(seminar("Raderad för länge sedan"))
    lib.delete_seminar(gone)
    long_ago = dt.datetime.now() + dt.timedelta(days=31)
    assert lib.purge_expired(long_ago) == 1
    assert [s.title for s in lib.list_seminars(deleted=True)] == []
    [made] = backup.list_backups(lib.path)
    assert made.reason == "purge"
    with Library.open_read_only(made.path) as old:
        assert [s.title for s in old.list_seminars(deleted=True)] == ["Raderad för länge sedan"]


def test_without_a_backup_nothing_is_purged(lib: Library) -> None:
    gone = lib.import_doc(seminar("Kvar i listan"))
    lib.delete_seminar(gone)
    (lib.path.parent / "backups").write_text("a file where the folder should be")
    assert lib.purge_expired(dt.datetime.now() + dt.timedelta(days=31)) == 0
    assert [s.title for s in lib.list_seminars(deleted=True)] == ["Kvar i listan"]


def test_imports_back_up_first_when_asked(lib: Library) -> None:
    lib.backup_before_imports = True
    lib.import_doc(package.read(SAMPLE_PACKAGE))
    [made] = backup.list_backups(lib.path)
    assert made.reason == "import" and made.seminars() == 1


def test_restore_backs_up_the_library_first_and_keeps_it_a_wal_library(lib: Library, tmp_path: Path) -> None:
    old = backup.make_backup(lib.path, "manual")
    lib.import_doc(seminar("Ny efter backupen"))
    lib.close()
    kept = restore.restore(tmp_path / "library.sqlite", old)
    assert titles(tmp_path / "library.sqlite") == ["Första"]
    assert kept is not None and kept.name.endswith("-restore.sqlite")
    with Library.open_read_only(kept) as before:
        assert sorted(s.title for s in before.list_seminars()) == ["Första", "Ny efter backupen"]
    with closing(sqlite3.connect(tmp_path / "library.sqlite")) as db:
        assert db.execute("PRAGMA journal_mode").fetchone() == ("wal",)


def test_a_damaged_library_is_kept_aside_and_replaced_by_the_backup(lib: Library, tmp_path: Path) -> None:
    for k in range(30):
        lib.import_doc(seminar(f"Seminarium {k}", 40))
    old = backup.make_backup(lib.path, "manual")
    lib.close()
    damage_page(tmp_path / "library.sqlite", "point", 2)
    damaged_bytes = (tmp_path / "library.sqlite").read_bytes()
    kept = restore.restore(tmp_path / "library.sqlite", old)
    assert kept is not None and "-damaged-" in kept.name and kept.parent == tmp_path
    assert kept.read_bytes() == damaged_bytes
    with Library.open(tmp_path / "library.sqlite") as again:
        assert again.integrity_ok() and len(again.list_seminars()) == 31


@pytest.mark.parametrize("what, words", [
    ("damaged", "is damaged; choose another"),
    ("text", "not a Seminarnotes library"),
    ("missing", "There is no backup"),
    ("itself", "is the library itself"),
])
def test_restore_refuses_what_is_not_a_sound_backup(lib: Library, tmp_path: Path, what: str, words: str) -> None:
    source = tmp_path / "source.sqlite"
    if what == "damaged":
        for k in range(20):
            lib.import_doc(seminar(f"S{k}", 40))
        made = backup.make_backup(lib.path, "manual")
        damage_page(made, "point", 1)
        source = made
    elif what == "text":
        source.write_text("not a database at all")
    elif what == "itself":
        source = lib.path
    lib.close()
    before = (tmp_path / "library.sqlite").read_bytes()
    with pytest.raises(LibraryError, match=words):
        restore.restore(tmp_path / "library.sqlite", source)
    assert (tmp_path / "library.sqlite").read_bytes() == before


def test_rescue_brings_back_every_point_it_can_read_and_the_rest_from_the_search_index(
        lib: Library, tmp_path: Path) -> None:
    for k in range(12):
        lib.import_doc(seminar(f"Seminarium {k}", 30))
    lib.close()
    path = tmp_path / "library.sqlite"
    damage_page(path, "point", 3)
    with pytest.raises(DamagedLibrary):
        Library.open(path)
    report, aside = rescue.rescue_in_place(path)
    assert aside.exists() and "-damaged-" in aside.name
    with Library.open(path) as rescued:
        assert rescued.integrity_ok()
        summaries = rescued.list_seminars()
        texts = {p.text for s in summaries for se in rescued.seminar_doc(s.id).sessions for g in se.groups
                 for p in g.points}
    expected = {f"Seminarium {k}: punkt {j}" for k in range(12) for j in range(30)} | {
        f"Första: punkt {j}" for j in range(3)}
    assert texts == expected  # every text: where it stood, or in "Rescued texts"
    assert "Rescued texts" in [s.title for s in summaries]
    assert [str(m) for m in report.lost][0] == "Some points could not be read."
    assert report.points == len(expected)


def test_rescue_gets_lost_titles_back_from_the_search_index(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite"
    with Library.open(path) as lib:
        for k in range(60):
            lib.import_doc(seminar(f"Seminarium med en ganska lång titel nummer {k}", 2))
    damage_page(path, "seminar", 0)
    report, _ = rescue.rescue_in_place(path)
    names = titles(path)
    assert "Seminarium med en ganska lång titel nummer 0" in names
    assert len([n for n in names if n.startswith("Seminarium")]) == 60
    assert any("could not be read; its sessions were rescued" in str(m) for m in report.lost)


def test_a_backup_of_an_older_schema_opens_read_only_through_an_upgraded_copy(tmp_path: Path) -> None:
    from tests.core.test_migrations import make_at

    old = tmp_path / "old.sqlite"
    make_at(old, "0002", "Gammal")
    before = old.read_bytes()
    with Library.open_read_only(old) as view:
        assert [s.title for s in view.list_seminars()] == ["Gammal"]
        with pytest.raises(LibraryError, match="open for reading only"):
            view.create_seminar("x")
        upgraded_copy = view.path
    assert old.read_bytes() == before
    assert not upgraded_copy.parent.exists()  # the temporary copy went with the view
