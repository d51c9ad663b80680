"""The archive view: find a seminar by typing, open it, reuse its structure, archive,
delete and restore it, all from the keyboard, checked against what the library holds."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from typing import NamedTuple

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from seminarnotes.core.errors import LibraryError
from seminarnotes.core.library import Library
from seminarnotes.core.outline import Point
from seminarnotes.ui.archive import seminar_table
from seminarnotes.ui.archive.archive_view import ArchiveView
from seminarnotes.ui.archive.seminar_table import DATE, GROUPS, TITLE, VENUE
from tests.helpers import answer_questions, show, type_text


RESK = "En lärande och utvecklingsinriktad arbetsplats"


class Seminars(NamedTuple):
    """The 2014 RESK seminar with an older and a newer one."""

    old: int
    resk: int
    new: int


@pytest.fixture
def seminars(library: Library, resk_id: int) -> Seminars:
    old = library.create_seminar("Samverkan kring barn och unga", venue="Falun", organizer="Region Dalarna",
                                 speaker="Anna Öberg", date=dt.date(2012, 9, 1))
    new = library.create_seminar("Äldreomsorgens dag", venue="Mora", organizer="Kommunförbundet",
                                 date=dt.date(2016, 3, 3))
    return Seminars(old, resk_id, new)


@contextmanager
def collation(language: QLocale.Language) -> Iterator[None]:
    """Titles sort in the user's language (QLocale's default, read when the view is made):
    a test that expects an order says which language it is."""
    previous = QLocale()
    QLocale.setDefault(QLocale(language))
    try:
        yield
    finally:
        QLocale.setDefault(previous)


@pytest.fixture
def view(qtbot, library: Library, seminars: Seminars) -> Iterator[ArchiveView]:  # noqa: ANN001, ARG001 - qtbot
    with collation(QLocale.Language.Swedish):
        yield show(qtbot, ArchiveView(library), 900, 500)


def _titles(view: ArchiveView) -> list[str]:
    return [view.proxy.index(r, TITLE).data() for r in range(view.rowCount())]


def test_lists_every_seminar_newest_first_with_counts(view: ArchiveView, seminars: Seminars) -> None:
    assert view.visibleIds() == [seminars.new, seminars.resk, seminars.old]
    row = view.visibleIds().index(seminars.resk)
    assert view.proxy.index(row, DATE).data() == "2014-04-08"
    assert view.proxy.index(row, VENUE).data() == "Aros Congress Center"
    assert view.proxy.index(row, GROUPS).data() == "12"
    assert view.countLabel.text() == "3 seminars"


def test_point_count_matches_the_library(view: ArchiveView, library: Library, seminars: Seminars) -> None:
    points = sum(g.point_count for s in library.seminar_tree(seminars.resk) for g in s.groups)
    row = view.visibleIds().index(seminars.resk)
    assert view.proxy.index(row, GROUPS + 1).data() == str(points)


def test_sorting_by_a_column_and_back(view: ArchiveView, seminars: Seminars) -> None:
    view.table.sortByColumn(TITLE, Qt.SortOrder.AscendingOrder)
    assert _titles(view) == [RESK, "Samverkan kring barn och unga", "Äldreomsorgens dag"]  # Swedish: Ä after Z
    view.table.sortByColumn(DATE, Qt.SortOrder.AscendingOrder)
    assert view.visibleIds() == [seminars.old, seminars.resk, seminars.new]


@pytest.mark.parametrize(("language", "titles"), [
    (QLocale.Language.Swedish, [RESK, "Samverkan kring barn och unga", "Äldreomsorgens dag"]),  # Ä after Z
    (QLocale.Language.English, ["Äldreomsorgens dag", RESK, "Samverkan kring barn och unga"]),  # Ä as A
])
def test_titles_sort_in_the_users_language(qtbot, library: Library, seminars: Seminars,  # noqa: ANN001, ARG001
                                           language: QLocale.Language, titles: list[str]) -> None:
    with collation(language):
        view = show(qtbot, ArchiveView(library), 900, 500)
        view.table.sortByColumn(TITLE, Qt.SortOrder.AscendingOrder)
        assert _titles(view) == titles


def test_sorting_keeps_each_rows_folded_text_with_it(
        qtbot, view: ArchiveView, seminars: Seminars, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    folded: list[str] = []
    monkeypatch.setattr(seminar_table, "fold", lambda text: folded.append(text) or text.casefold())
    view.table.sortByColumn(TITLE, Qt.SortOrder.AscendingOrder)
    view.table.sortByColumn(VENUE, Qt.SortOrder.DescendingOrder)
    assert folded == []  # the rows' texts were folded when they were listed, not again per sort
    monkeypatch.undo()
    qtbot.keyClicks(view.filterEdit, "mora")
    assert view.visibleIds() == [seminars.new]


def test_the_list_is_read_once_by_whoever_shows_it(
        qtbot, library: Library, seminars: Seminars, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    reads: list[bool] = []
    real = library.list_seminars
    monkeypatch.setattr(library, "list_seminars", lambda **k: reads.append(True) or real(**k))
    page = ArchiveView(library)
    assert reads == []  # constructing reads nothing: the archive page refreshes it before showing it
    page.refresh()
    show(qtbot, page, 900, 500)
    assert len(reads) == 1 and page.visibleIds() == [seminars.new, seminars.resk, seminars.old]
    plain = show(qtbot, ArchiveView(library), 900, 500)  # shown without a refresh: it lists itself
    assert len(reads) == 2 and plain.visibleIds() == [seminars.new, seminars.resk, seminars.old]


def test_the_filter_has_focus_and_filters_as_you_type_ignoring_case_and_diacritics(
        qtbot, view: ArchiveView, seminars: Seminars) -> None:  # noqa: ANN001
    assert QApplication.focusWidget() is view.filterEdit
    qtbot.keyClicks(view.filterEdit, "aros")
    assert view.visibleIds() == [seminars.resk]
    assert view.countLabel.text() == "1 of 3 seminars"
    view.filterEdit.clear()
    qtbot.keyClicks(view.filterEdit, "OBERG")  # the speaker, typed without diacritics
    assert view.visibleIds() == [seminars.old]
    view.filterEdit.clear()
    qtbot.keyClicks(view.filterEdit, "kommunforbundet mora")  # every word must match somewhere
    assert view.visibleIds() == [seminars.new]
    qtbot.keyClicks(view.filterEdit, "xyz")
    assert view.visibleIds() == []
    assert not view.openAction.isEnabled()


def test_enter_in_the_filter_opens_the_only_match(qtbot, view: ArchiveView, seminars: Seminars) -> None:  # noqa: ANN001
    type_text(qtbot, view.filterEdit, "västmanland")
    with qtbot.waitSignal(view.openRequested) as signal:
        qtbot.keyClick(view.filterEdit, Qt.Key.Key_Return)
    assert signal.args == [seminars.resk]


def test_down_moves_into_the_table_and_enter_opens(
        qtbot, view: ArchiveView, seminars: Seminars) -> None:  # noqa: ANN001
    qtbot.keyClick(view.filterEdit, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is view.table
    qtbot.keyClick(view.table, Qt.Key.Key_Down)
    with qtbot.waitSignal(view.openRequested) as signal:
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert signal.args == [seminars.resk]
    qtbot.keyClick(view.table, Qt.Key.Key_Up)
    qtbot.keyClick(view.table, Qt.Key.Key_Up)
    assert QApplication.focusWidget() is view.filterEdit


def test_double_click_opens(qtbot, view: ArchiveView, seminars: Seminars) -> None:  # noqa: ANN001
    row = view.visibleIds().index(seminars.old)
    rect = view.table.visualRect(view.proxy.index(row, TITLE))
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # a double click's
    with qtbot.waitSignal(view.openRequested) as signal:  # first press: QTest's DClick sends only the second
        qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert signal.args == [seminars.old]


def test_new_from_this_structure(
        qtbot, view: ArchiveView, library: Library, seminars: Seminars) -> None:  # noqa: ANN001
    assert view.selectSeminar(seminars.resk)
    with qtbot.waitSignal(view.openRequested) as signal:
        view.duplicateAction.trigger()
    new_id = signal.args[0]
    assert new_id not in (seminars.resk, seminars.old, seminars.new)
    old_tree, new_tree = library.seminar_tree(seminars.resk), library.seminar_tree(new_id)
    assert [(s.name, s.question, [g.name for g in s.groups]) for s in new_tree] == [
        (s.name, s.question, [g.name for g in s.groups]) for s in old_tree]
    assert all(g.point_count == 0 for s in new_tree for g in s.groups)
    assert library.details(new_id).date == dt.date.today()
    assert view.visibleIds()[0] == new_id and view.selectedId() == new_id


def test_delete_asks_then_moves_to_the_deleted_list_and_restore_brings_it_back(
        qtbot, view: ArchiveView, library: Library, seminars: Seminars, monkeypatch: pytest.MonkeyPatch,  # noqa: ANN001
        english: None) -> None:
    asked = answer_questions(monkeypatch, QMessageBox.StandardButton.Cancel)
    view.selectSeminar(seminars.resk)
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert len(asked) == 1 and "En lärande" in asked[0]
    assert seminars.resk in view.visibleIds()  # cancelled: nothing happened

    answer_questions(monkeypatch, QMessageBox.StandardButton.Yes)
    view.selectSeminar(seminars.resk)
    with qtbot.waitSignal(view.seminarDeleted) as signal:
        view.deleteAction.trigger()
    assert signal.args == [seminars.resk]
    assert seminars.resk not in view.visibleIds()
    assert [s.id for s in library.list_seminars(deleted=True)] == [seminars.resk]
    assert view.selectedId() is not None  # the neighbour is selected, ready for the next key

    qtbot.mouseClick(view.deletedButton, Qt.MouseButton.LeftButton)
    assert view.showingDeleted() and view.visibleIds() == [seminars.resk]
    assert view.countLabel.text() == "1 seminar"  # not "1 seminars": seminarnotes_en has the plural forms
    assert not view.openAction.isVisible() and view.restoreAction.isVisible()
    kept_until = view.proxy.index(0, 6).data()
    assert kept_until == (dt.date.today() + dt.timedelta(days=30)).isoformat()
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Return)  # Enter restores in the Deleted list
    assert view.visibleIds() == []
    assert library.list_seminars(deleted=True) == []
    qtbot.mouseClick(view.deletedButton, Qt.MouseButton.LeftButton)
    assert seminars.resk in view.visibleIds()


def test_archive_hides_unless_show_archived(
        qtbot, view: ArchiveView, library: Library, seminars: Seminars) -> None:  # noqa: ANN001
    view.selectSeminar(seminars.old)
    assert view.archiveAction.text() == "&Archive"
    view.archiveAction.trigger()
    assert seminars.old not in view.visibleIds()
    assert [s.archived for s in library.list_seminars() if s.id == seminars.old] == [True]

    view.showArchivedBox.setChecked(True)
    assert seminars.old in view.visibleIds()
    row = view.visibleIds().index(seminars.old)
    assert view.proxy.index(row, TITLE).data() == "Samverkan kring barn och unga (archived)"
    view.selectSeminar(seminars.old)
    assert view.archiveAction.text() == "Un&archive"
    view.archiveAction.trigger()
    assert library.list_seminars(archived=False)[-1].id == seminars.old
    view.showArchivedBox.setChecked(False)
    assert seminars.old in view.visibleIds()


def test_refresh_sees_changes_made_elsewhere_and_keeps_the_selection(
        view: ArchiveView, library: Library, seminars: Seminars) -> None:
    view.selectSeminar(seminars.old)
    added = library.create_seminar("Nytt", date=dt.date(2020, 1, 1))
    library.set_points(library.seminar_tree(seminars.resk)[0].groups[0].id, [Point("Ny punkt", 0, "point")] * 4)
    view.refresh()
    assert view.visibleIds()[0] == added
    assert view.selectedId() == seminars.old


def test_undated_seminars_go_last(view: ArchiveView, library: Library) -> None:
    undated = library.create_seminar("Utan datum")
    view.refresh()
    assert view.visibleIds()[-1] == undated
    view.table.sortByColumn(DATE, Qt.SortOrder.AscendingOrder)
    assert view.visibleIds()[-1] == undated


def test_delete_in_the_filter_edits_the_text_not_the_library(
        qtbot, view: ArchiveView, library: Library, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    asked = answer_questions(monkeypatch, QMessageBox.StandardButton.Yes)
    qtbot.keyClicks(view.filterEdit, "xaros")
    qtbot.keyClick(view.filterEdit, Qt.Key.Key_Home)
    qtbot.keyClick(view.filterEdit, Qt.Key.Key_Delete)
    assert view.filterEdit.text() == "aros" and asked == []
    assert len(library.list_seminars()) == 3


@pytest.mark.parametrize(("method", "action"), [("duplicate_structure", "duplicateAction"),
                                                ("set_archived", "archiveAction"),
                                                ("delete_seminar", "deleteAction"),
                                                ("restore_seminar", "restoreAction")])
def test_a_failed_library_write_is_one_sentence_in_a_warning(
        qtbot, view: ArchiveView, library: Library, seminars: Seminars,  # noqa: ANN001
        monkeypatch: pytest.MonkeyPatch, method: str,
        action: str) -> None:
    if action == "restoreAction":
        library.delete_seminar(seminars.old)
        view.deletedButton.setChecked(True)
    answer_questions(monkeypatch, QMessageBox.StandardButton.Yes)
    sentence = "The library file is read-only, so nothing could be changed."

    def fail(*_args: object, **_kwargs: object) -> None:
        raise LibraryError(sentence)

    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda _parent, _title, text, *_a: warned.append(text)))
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(lambda *_a: pytest.fail("the crash dialog showed")))
    monkeypatch.setattr(library, method, fail)
    shown = view.visibleIds()
    view.selectSeminar(seminars.old)
    getattr(view, action).trigger()  # an exception escaping the slot would fail the test (pytest-qt)
    assert warned == [sentence]
    assert view.visibleIds() == shown
