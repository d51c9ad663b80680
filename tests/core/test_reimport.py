"""Importing a package whose seminar the library already holds (issue 8, case 10):
the library recognises it by its uid, or without one by title, date and content."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from seminarnotes.core import package
from seminarnotes.core.document import GroupDoc, SeminarDetails, SeminarDoc, SessionDoc
from seminarnotes.core.library import InLibrary, Library
from seminarnotes.core.outline import Point


@pytest.fixture
def lib(tmp_path: Path):
    library = Library.open(tmp_path / "lib.sqlite")
    yield library
    library.close()


def _doc(uid: str = "", title: str = "Samverkan", date: dt.date | None = dt.date(2014, 4, 8),
         point: str = "Reflektera") -> SeminarDoc:
    return SeminarDoc(details=SeminarDetails(title=title, date=date, venue="Västerås"), uid=uid,
                      sessions=[SessionDoc("Förmiddag", "Vad?", [GroupDoc("Köping", [Point(point),
                                                                                    Point("På APT", 1)])])])


UID = "0123456789abcdef0123456789abcdef"


def test_a_package_exported_from_the_library_is_recognised_by_its_uid(lib: Library, tmp_path: Path) -> None:
    first = lib.import_doc(_doc())
    path = tmp_path / "s.seminarnotes"
    package.write(lib.seminar_doc(first), path)  # carries the uid the library gave it
    assert lib.already_holds(package.read(path)) == InLibrary(first, same_content=True)
    group = lib.seminar_tree(first)[0].groups[0].id
    lib.set_points(group, [Point("Ändrad efter exporten")])
    assert lib.already_holds(package.read(path)) == InLibrary(first, same_content=False)
    lib.update_seminar(first, title="Nytt namn", date=None)  # still the same seminar
    assert lib.already_holds(package.read(path)) == InLibrary(first, same_content=False)


def test_without_a_uid_the_same_title_date_and_content_count(lib: Library) -> None:
    first = lib.import_doc(_doc())
    assert lib.already_holds(_doc()) == InLibrary(first, same_content=True)
    assert lib.already_holds(_doc(point="Annat")) is None
    assert lib.already_holds(_doc(title="Samverkan 2")) is None
    assert lib.already_holds(_doc(date=dt.date(2014, 4, 9))) is None
    assert lib.already_holds(_doc(date=None)) is None
    undated = lib.import_doc(_doc(date=None))
    assert lib.already_holds(_doc(date=None)) == InLibrary(undated, same_content=True)
    other_venue = _doc()
    other_venue.details.venue = "Sala"
    assert lib.already_holds(other_venue) is None
    other_export = _doc()
    other_export.export.date_format = "long"  # how it is laid out, not what it says
    assert lib.already_holds(other_export) == InLibrary(first, same_content=True)


def test_a_package_with_an_unknown_uid_but_the_same_content_is_held_too(lib: Library) -> None:
    first = lib.import_doc(_doc())
    assert lib.already_holds(_doc(uid=UID)) == InLibrary(first, same_content=True)


def test_the_uid_wins_over_a_seminar_with_the_same_content(lib: Library) -> None:
    lookalike = lib.import_doc(_doc())
    same = lib.import_doc(_doc(uid=UID, point="Annat"))
    assert lookalike != same
    assert lib.already_holds(_doc(uid=UID)) == InLibrary(same, same_content=False)


def test_seminars_in_the_deleted_list_do_not_count(lib: Library) -> None:
    gone = lib.import_doc(_doc(uid=UID))
    lib.delete_seminar(gone)
    assert lib.already_holds(_doc(uid=UID)) is None
    again = lib.import_doc(_doc(uid=UID))
    assert lib.already_holds(_doc(uid=UID)) == InLibrary(again, same_content=True)
    lib.restore_seminar(gone)  # both are back: the one changed last is "the one you have"
    assert lib.already_holds(_doc(uid=UID)).id in {gone, again}


def test_a_copy_gets_its_own_uid_and_the_original_keeps_its_own(lib: Library) -> None:
    first = lib.import_doc(_doc(uid=UID))
    copy = lib.import_copy(_doc(uid=UID))
    assert lib.seminar_doc(first).uid == UID
    copy_uid = lib.seminar_doc(copy).uid
    assert copy_uid != UID and len(copy_uid) == 32
    assert lib.seminar_doc(copy).same_content(lib.seminar_doc(first))
    assert lib.already_holds(dataclasses.replace(_doc(), uid=copy_uid)).id == copy
