"""The archive view: find a seminar by typing, open it, reuse its structure, archive,
delete and restore it, all from the keyboard, checked against what the library holds."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from seminarnotes.core.errors import LibraryError
from seminarnotes.core.library import Library
from seminarnotes.core.outline import Point
from seminarnotes.ui.archive import seminar_table
from seminarnotes.ui.archive.archive_view import ArchiveView
from seminarnotes.ui.archive.seminar_table import DATE, GROUPS, TITLE, VENUE
from tests.ui.conftest import show, type_text


@pytest.fixture
def lib(lib: Library) -> Library:
    """The RESK library with two more seminars, an older and a newer one."""
    library = lib
    library.old = library.create_seminar(  # type: ignore[attr-defined]
        "Samverkan kring barn och unga", venue="Falun", organizer="Region Dalarna", speaker="Anna Öberg",
        date=dt.date(2012, 9, 1))
    library.new = library.create_seminar(  # type: ignore[attr-defined]
        "Äldreomsorgens dag", venue="Mora", organizer="Kommunförbundet", date=dt.date(2016, 3, 3))
    return library


@pytest.fixture
def view(qtbot, lib: Library) -> ArchiveView:  # noqa: ANN001 - qtbot
    return show(qtbot, ArchiveView(lib), 900, 500)


def _titles(view: ArchiveView) -> list[str]:
    return [view.proxy.index(r, TITLE).data() for r in range(view.rowCount())]


def _answer(monkeypatch: pytest.MonkeyPatch, button: QMessageBox.StandardButton) -> list[str]:
    asked: list[str] = []

    def question(_parent, _title, text, *_args):  # noqa: ANN001, ANN202
        asked.append(text)
        return button

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    return asked


def test_lists_every_seminar_newest_first_with_counts(view: ArchiveView, lib: Library) -> None:
    assert view.visibleIds() == [lib.new, lib.resk, lib.old]
    row = view.visibleIds().index(lib.resk)
    assert view.proxy.index(row, DATE).data() == "2014-04-08"
    assert view.proxy.index(row, VENUE).data() == "Aros Congress Center"
    assert view.proxy.index(row, GROUPS).data() == "12"
    assert view.countLabel.text() == "3 seminars"


def test_point_count_matches_the_library(view: ArchiveView, lib: Library) -> None:
    points = sum(g.point_count for s in lib.seminar_tree(lib.resk) for g in s.groups)
    row = view.visibleIds().index(lib.resk)
    assert view.proxy.index(row, GROUPS + 1).data() == str(points)


def test_sorting_by_a_column_and_back(view: ArchiveView, lib: Library) -> None:
    view.table.sortByColumn(TITLE, Qt.SortOrder.AscendingOrder)
    assert _titles(view) == ["En lärande och utvecklingsinriktad arbetsplats", "Samverkan kring barn och unga",
                             "Äldreomsorgens dag"]  # Swedish order: Ä after S
    view.table.sortByColumn(DATE, Qt.SortOrder.AscendingOrder)
    assert view.visibleIds() == [lib.old, lib.resk, lib.new]


def test_sorting_keeps_each_rows_folded_text_with_it(
        qtbot, view: ArchiveView, lib: Library, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    folded: list[str] = []
    monkeypatch.setattr(seminar_table, "fold", lambda text: folded.append(text) or text.casefold())
    view.table.sortByColumn(TITLE, Qt.SortOrder.AscendingOrder)
    view.table.sortByColumn(VENUE, Qt.SortOrder.DescendingOrder)
    assert folded == []  # the rows' texts were folded when they were listed, not again per sort
    monkeypatch.undo()
    qtbot.keyClicks(view.filterEdit, "mora")
    assert view.visibleIds() == [lib.new]


def test_the_list_is_read_once_by_whoever_shows_it(
        qtbot, lib: Library, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    reads: list[bool] = []
    real = lib.list_seminars
    monkeypatch.setattr(lib, "list_seminars", lambda **k: reads.append(True) or real(**k))
    page = ArchiveView(lib)
    assert reads == []  # constructing reads nothing: the archive page refreshes it before showing it
    page.refresh()
    show(qtbot, page, 900, 500)
    assert len(reads) == 1 and page.visibleIds() == [lib.new, lib.resk, lib.old]
    plain = show(qtbot, ArchiveView(lib), 900, 500)  # shown without a refresh: it lists itself
    assert len(reads) == 2 and plain.visibleIds() == [lib.new, lib.resk, lib.old]


def test_the_filter_has_focus_and_filters_as_you_type_ignoring_case_and_diacritics(
        qtbot, view: ArchiveView, lib: Library) -> None:  # noqa: ANN001
    assert QApplication.focusWidget() is view.filterEdit
    qtbot.keyClicks(view.filterEdit, "aros")
    assert view.visibleIds() == [lib.resk]
    assert view.countLabel.text() == "1 of 3 seminars"
    view.filterEdit.clear()
    qtbot.keyClicks(view.filterEdit, "OBERG")  # the speaker, typed without diacritics
    assert view.visibleIds() == [lib.old]
    view.filterEdit.clear()
    qtbot.keyClicks(view.filterEdit, "kommunforbundet mora")  # every word must match somewhere
    assert view.visibleIds() == [lib.new]
    qtbot.keyClicks(view.filterEdit, "xyz")
    assert view.visibleIds() == []
    assert not view.openAction.isEnabled()


def test_enter_in_the_filter_opens_the_only_match(qtbot, view: ArchiveView, lib: Library) -> None:  # noqa: ANN001
    type_text(qtbot, view.filterEdit, "västmanland")
    with qtbot.waitSignal(view.openRequested) as signal:
        qtbot.keyClick(view.filterEdit, Qt.Key.Key_Return)
    assert signal.args == [lib.resk]


def test_down_moves_into_the_table_and_enter_opens(qtbot, view: ArchiveView, lib: Library) -> None:  # noqa: ANN001
    qtbot.keyClick(view.filterEdit, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is view.table
    qtbot.keyClick(view.table, Qt.Key.Key_Down)
    with qtbot.waitSignal(view.openRequested) as signal:
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert signal.args == [lib.resk]
    qtbot.keyClick(view.table, Qt.Key.Key_Up)
    qtbot.keyClick(view.table, Qt.Key.Key_Up)
    assert QApplication.focusWidget() is view.filterEdit


def test_double_click_opens(qtbot, view: ArchiveView, lib: Library) -> None:  # noqa: ANN001
    row = view.visibleIds().index(lib.old)
    rect = view.table.visualRect(view.proxy.index(row, TITLE))
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # a double click's
    with qtbot.waitSignal(view.openRequested) as signal:  # first press: QTest's DClick sends only the second
        qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert signal.args == [lib.old]


def test_new_from_this_structure(qtbot, view: ArchiveView, lib: Library) -> None:  # noqa: ANN001
    assert view.selectSeminar(lib.resk)
    with qtbot.waitSignal(view.openRequested) as signal:
        view.duplicateAction.trigger()
    new_id = signal.args[0]
    assert new_id not in (lib.resk, lib.old, lib.new)
    old_tree, new_tree = lib.seminar_tree(lib.resk), lib.seminar_tree(new_id)
    assert [(s.name, s.question, [g.name for g in s.groups]) for s in new_tree] == [
        (s.name, s.question, [g.name for g in s.groups]) for s in old_tree]
    assert all(g.point_count == 0 for s in new_tree for g in s.groups)
    assert lib.details(new_id).date == dt.date.today()
    assert view.visibleIds()[0] == new_id and view.selectedId() == new_id


def test_delete_asks_then_moves_to_the_deleted_list_and_restore_brings_it_back(
        qtbot, view: ArchiveView, lib: Library, monkeypatch: pytest.MonkeyPatch,  # noqa: ANN001
        english: None) -> None:
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    view.selectSeminar(lib.resk)
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert len(asked) == 1 and "En lärande" in asked[0]
    assert lib.resk in view.visibleIds()  # cancelled: nothing happened

    _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    view.selectSeminar(lib.resk)
    with qtbot.waitSignal(view.seminarDeleted) as signal:
        view.deleteAction.trigger()
    assert signal.args == [lib.resk]
    assert lib.resk not in view.visibleIds()
    assert [s.id for s in lib.list_seminars(deleted=True)] == [lib.resk]
    assert view.selectedId() is not None  # the neighbour is selected, ready for the next key

    qtbot.mouseClick(view.deletedButton, Qt.MouseButton.LeftButton)
    assert view.showingDeleted() and view.visibleIds() == [lib.resk]
    assert view.countLabel.text() == "1 seminar"  # not "1 seminars": seminarnotes_en has the plural forms
    assert not view.openAction.isVisible() and view.restoreAction.isVisible()
    kept_until = view.proxy.index(0, 6).data()
    assert kept_until == (dt.date.today() + dt.timedelta(days=30)).isoformat()
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Return)  # Enter restores in the Deleted list
    assert view.visibleIds() == []
    assert lib.list_seminars(deleted=True) == []
    qtbot.mouseClick(view.deletedButton, Qt.MouseButton.LeftButton)
    assert lib.resk in view.visibleIds()


def test_archive_hides_unless_show_archived(qtbot, view: ArchiveView, lib: Library) -> None:  # noqa: ANN001
    view.selectSeminar(lib.old)
    assert view.archiveAction.text() == "&Archive"
    view.archiveAction.trigger()
    assert lib.old not in view.visibleIds()
    assert [s.archived for s in lib.list_seminars() if s.id == lib.old] == [True]

    view.showArchivedBox.setChecked(True)
    assert lib.old in view.visibleIds()
    row = view.visibleIds().index(lib.old)
    assert view.proxy.index(row, TITLE).data() == "Samverkan kring barn och unga (archived)"
    view.selectSeminar(lib.old)
    assert view.archiveAction.text() == "Un&archive"
    view.archiveAction.trigger()
    assert lib.list_seminars(archived=False)[-1].id == lib.old
    view.showArchivedBox.setChecked(False)
    assert lib.old in view.visibleIds()


def test_refresh_sees_changes_made_elsewhere_and_keeps_the_selection(view: ArchiveView, lib: Library) -> None:
    view.selectSeminar(lib.old)
    added = lib.create_seminar("Nytt", date=dt.date(2020, 1, 1))
    lib.set_points(lib.seminar_tree(lib.resk)[0].groups[0].id, [Point("Ny punkt", 0, "point")] * 4)
    view.refresh()
    assert view.visibleIds()[0] == added
    assert view.selectedId() == lib.old


def test_undated_seminars_go_last(view: ArchiveView, lib: Library) -> None:
    undated = lib.create_seminar("Utan datum")
    view.refresh()
    assert view.visibleIds()[-1] == undated
    view.table.sortByColumn(DATE, Qt.SortOrder.AscendingOrder)
    assert view.visibleIds()[-1] == undated


def test_delete_in_the_filter_edits_the_text_not_the_library(
        qtbot, view: ArchiveView, lib: Library, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    qtbot.keyClicks(view.filterEdit, "xaros")
    qtbot.keyClick(view.filterEdit, Qt.Key.Key_Home)
    qtbot.keyClick(view.filterEdit, Qt.Key.Key_Delete)
    assert view.filterEdit.text() == "aros" and asked == []
    assert len(lib.list_seminars()) == 3


@pytest.mark.parametrize(("method", "action"), [("duplicate_structure", "duplicateAction"),
                                                ("set_archived", "archiveAction"),
                                                ("delete_seminar", "deleteAction"),
                                                ("restore_seminar", "restoreAction")])
def test_a_failed_library_write_is_one_sentence_in_a_warning(
        qtbot, view: ArchiveView, lib: Library, monkeypatch: pytest.MonkeyPatch, method: str,  # noqa: ANN001
        action: str) -> None:
    if action == "restoreAction":
        lib.delete_seminar(lib.old)
        view.deletedButton.setChecked(True)
    _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    sentence = "The library file is read-only, so nothing could be changed."

    def fail(*_args: object, **_kwargs: object) -> None:
        raise LibraryError(sentence)

    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda _parent, _title, text, *_a: warned.append(text)))
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(lambda *_a: pytest.fail("the crash dialog showed")))
    monkeypatch.setattr(lib, method, fail)
    shown = view.visibleIds()
    view.selectSeminar(lib.old)
    getattr(view, action).trigger()  # an exception escaping the slot would fail the test (pytest-qt)
    assert warned == [sentence]
    assert view.visibleIds() == shown
