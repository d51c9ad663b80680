"""The Library API that the window and the command line share."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from seminarnotes.core.errors import LibraryError, NotFound
from seminarnotes.core.library import Library
from seminarnotes.core.outline import LevelError, Point


@pytest.fixture
def lib(tmp_path: Path):
    library = Library.open(tmp_path / "lib.sqlite")
    yield library
    library.close()


def _names(lib: Library, seminar_id: int) -> list[tuple[str, list[str]]]:
    return [(s.name, [g.name for g in s.groups]) for s in lib.seminar_tree(seminar_id)]


def test_pragmas_make_every_edit_durable(lib: Library) -> None:
    with lib.store._engine.connect() as c:
        assert c.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert c.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert c.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_seminar_details_round_trip_and_list_newest_first(lib: Library) -> None:
    old = lib.create_seminar("Våren 2014", date=dt.date(2014, 4, 8), venue="Aros")
    new = lib.create_seminar("Hösten 2015", date=dt.date(2015, 10, 1))
    undated = lib.create_seminar("Utan datum")
    lib.update_seminar(old, speaker="Per-Erik", contact_email="a@example.se", date_format="long")
    details = lib.details(old)
    assert (details.title, details.venue, details.speaker, details.contact_email) == (
        "Våren 2014", "Aros", "Per-Erik", "a@example.se")
    assert lib.export_settings(old).date_format == "long"
    assert [s.id for s in lib.list_seminars()] == [new, old, undated]
    lib.update_seminar(old, title="Våren 2014, omtag")
    assert lib.details(old).title == "Våren 2014, omtag"
    lib.delete_seminar(new)
    assert [s.id for s in lib.list_seminars()] == [old, undated]


def test_bad_seminar_fields_are_refused(lib: Library) -> None:
    seminar = lib.create_seminar("S")
    with pytest.raises(LibraryError):
        lib.update_seminar(seminar, date_format="yyyy")
    with pytest.raises(TypeError):
        lib.update_seminar(seminar, colour="red")
    with pytest.raises(NotFound, match="no seminar with id 999"):
        lib.details(999)


def test_sessions_and_groups_add_rename_reorder_delete(lib: Library) -> None:
    seminar = lib.create_seminar("S")
    am = lib.add_session(seminar, "Förmiddag", "Vad?")
    pm = lib.add_session(seminar, "Eftermiddag")
    first = lib.add_session(seminar, "Inledning", index=0)
    assert [s.name for s in lib.seminar_tree(seminar)] == ["Inledning", "Förmiddag", "Eftermiddag"]
    lib.move_session(first, 2)
    lib.update_session(pm, question="Hur?")
    a = lib.add_group(am, "Köping")
    b = lib.add_group(am, "Fagersta")
    c = lib.add_group(am, "Arboga", index=0)
    lib.rename_group(b, "Fagersta kommun")
    assert _names(lib, seminar) == [("Förmiddag", ["Arboga", "Köping", "Fagersta kommun"]),
                                    ("Eftermiddag", []), ("Inledning", [])]
    lib.move_group(c, am, 2)
    assert _names(lib, seminar)[0] == ("Förmiddag", ["Köping", "Fagersta kommun", "Arboga"])
    lib.move_group(a, pm, 0)
    assert _names(lib, seminar)[:2] == [("Förmiddag", ["Fagersta kommun", "Arboga"]), ("Eftermiddag", ["Köping"])]
    assert lib.seminar_tree(seminar)[1].question == "Hur?"
    lib.delete_group(b)
    lib.delete_session(first)
    assert _names(lib, seminar) == [("Förmiddag", ["Arboga"]), ("Eftermiddag", ["Köping"])]


def test_group_cannot_move_to_another_seminars_session(lib: Library) -> None:
    one, two = lib.create_seminar("1"), lib.create_seminar("2")
    group = lib.add_group(lib.add_session(one, "A"), "G")
    with pytest.raises(LibraryError):
        lib.move_group(group, lib.add_session(two, "B"), 0)
    assert lib.seminar_tree(one)[0].groups[0].id == group


def test_set_points_replaces_in_one_transaction_and_enforces_levels(lib: Library) -> None:
    group = lib.add_group(lib.add_session(lib.create_seminar("S"), "A"), "G")
    points = [Point("Ett"), Point("Under", 1), Point("Djupare", 2), Point("Lyft", 0, "highlight"),
              Point("Rad ett\nrad två")]
    lib.set_points(group, points)
    assert lib.points(group) == points
    lib.set_points(group, points[:2])
    assert lib.points(group) == points[:2]
    for bad in ([Point("x", 1)], [Point("a"), Point("b", 2)], [Point("a"), Point("b", 1), Point("c", 3)],
                [Point("a", kind="note")]):
        with pytest.raises(LevelError):
            lib.set_points(group, bad)
        assert lib.points(group) == points[:2]


def test_deleted_seminars_go_to_the_deleted_list_and_can_be_restored(lib: Library) -> None:
    keep, gone = lib.create_seminar("Kvar"), lib.create_seminar("Borttagen")
    lib.delete_seminar(gone)
    assert [s.id for s in lib.list_seminars()] == [keep]
    assert [s.id for s in lib.list_seminars(deleted=True)] == [gone]
    lib.restore_seminar(gone)
    assert {s.id for s in lib.list_seminars()} == {keep, gone}
    assert lib.list_seminars(deleted=True) == []


def test_deleted_seminars_are_purged_after_30_days_with_their_content(lib: Library) -> None:
    seminar = lib.create_seminar("S")
    group = lib.add_group(lib.add_session(seminar, "A"), "G")
    lib.set_points(group, [Point("x")])
    lib.delete_seminar(seminar)
    assert lib.purge_expired(dt.datetime.now() + dt.timedelta(days=29)) == 0
    assert lib.purge_expired(dt.datetime.now() + dt.timedelta(days=31)) == 1
    assert lib.list_seminars(deleted=True) == []
    with lib.reading() as c:
        assert c.execute("SELECT count(*) FROM point").fetchone()[0] == 0
        assert c.execute("SELECT count(*) FROM discussion_group").fetchone()[0] == 0
        assert c.execute("SELECT count(*) FROM search_index").fetchone()[0] == 0


def test_archived_seminars_are_hidden_on_request(lib: Library) -> None:
    old, new = lib.create_seminar("Gammal"), lib.create_seminar("Ny")
    lib.set_archived(old, True)
    assert [s.id for s in lib.list_seminars(archived=False)] == [new]
    assert {s.id for s in lib.list_seminars()} == {old, new}
    lib.set_archived(old, False)
    assert {s.id for s in lib.list_seminars(archived=False)} == {old, new}


def test_duplicate_structure_copies_sessions_questions_groups_not_points(lib: Library) -> None:
    seminar = lib.create_seminar("RESK", venue="Aros", date=dt.date(2014, 4, 8))
    am = lib.add_session(seminar, "Förmiddag", "Vad vill vi fokusera på?")
    lib.set_points(lib.add_group(am, "Köping"), [Point("x")])
    lib.add_group(lib.add_session(seminar, "Eftermiddag"), "Fagersta")
    copy = lib.duplicate_structure(seminar)
    assert copy != seminar
    assert _names(lib, copy) == _names(lib, seminar)
    assert lib.seminar_tree(copy)[0].question == "Vad vill vi fokusera på?"
    assert all(g.point_count == 0 for s in lib.seminar_tree(copy) for g in s.groups)
    assert lib.details(copy).date == dt.date.today()
    assert lib.details(copy).venue == "Aros"
    assert lib.seminar_tree(seminar)[0].groups[0].point_count == 1


def test_list_counts_groups_and_points(lib: Library, reference_package: Path) -> None:
    from seminarnotes.core import package

    seminar = lib.import_doc(package.read(reference_package))
    summary = lib.list_seminars()[0]
    assert (summary.id, summary.groups, summary.points) == (seminar, 12, 56)


def test_group_names_for_completion_most_used_first(lib: Library) -> None:
    seminar = lib.create_seminar("S")
    for name in ["Köping", "Fagersta", "Köping", ""]:
        lib.add_group(lib.add_session(seminar, "A"), name)
    assert lib.group_names() == ["Köping", "Fagersta"]


def test_a_folder_is_not_a_library(tmp_path: Path) -> None:
    with pytest.raises(LibraryError, match="folder"):
        Library.open(tmp_path)


def test_a_library_locked_by_another_program_gives_one_sentence_and_changes_nothing(
        tmp_path: Path, monkeypatch) -> None:
    import sqlite3

    from seminarnotes.core import connections

    monkeypatch.setattr(connections, "BUSY_TIMEOUT_MS", 50)
    path = tmp_path / "lib.sqlite"
    with Library.open(path) as lib:
        group = lib.add_group(lib.add_session(lib.create_seminar("S"), "A"), "G")
        lib.set_points(group, [Point("kvar")])
        other = sqlite3.connect(path, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")
        try:
            with pytest.raises(LibraryError, match="could not be written: another program .* is writing to it; "
                                                   "nothing was changed") as err:
                lib.set_points(group, [Point("ny")])
            assert "\n" not in str(err.value)
        finally:
            other.execute("ROLLBACK")
            other.close()
        assert lib.points(group) == [Point("kvar")]
        lib.set_points(group, [Point("ny")])
        assert lib.points(group) == [Point("ny")]


def test_exists_is_false_for_deleted_and_unknown_seminars(lib: Library) -> None:
    seminar = lib.create_seminar("S")
    assert lib.exists(seminar)
    lib.delete_seminar(seminar)
    assert not lib.exists(seminar)
    assert not lib.exists(seminar + 1)


def test_a_group_or_session_comes_back_with_its_content_in_one_call(lib: Library) -> None:
    from seminarnotes.core.document import GroupDoc

    seminar = lib.create_seminar("S")
    session = lib.add_session(seminar, "A")
    group = lib.add_group(session, "Köping", 0, [Point("ett"), Point("två", 1)])
    assert lib.points(group) == [Point("ett"), Point("två", 1)]
    again = lib.add_session(seminar, "B", "Hur?", 0, [GroupDoc("Sala", [Point("x")]), GroupDoc("Tom")])
    assert _names(lib, seminar) == [("B", ["Sala", "Tom"]), ("A", ["Köping"])]
    assert lib.points(lib.seminar_tree(seminar)[0].groups[0].id) == [Point("x")]
    with pytest.raises(LevelError):
        lib.add_group(session, "Fel", None, [Point("x", 1)])
    assert _names(lib, seminar)[1] == ("A", ["Köping"])
    assert session != again


def test_newest_seminar_id_matches_the_list(lib: Library) -> None:
    assert lib.newest_seminar_id() is None
    lib.create_seminar("Gammal", date=dt.date(2014, 4, 8))
    new = lib.create_seminar("Ny", date=dt.date(2020, 1, 1))
    lib.create_seminar("Utan datum")
    assert lib.newest_seminar_id() == new == lib.list_seminars()[0].id
    lib.delete_seminar(new)
    assert lib.newest_seminar_id() == lib.list_seminars()[0].id != new
