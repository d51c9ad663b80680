"""Getting around in the window with real keys: the archive (Ctrl+O, and the empty
state), search across all seminars (Ctrl+Shift+F), the find bar (Ctrl+F, Enter/F3,
Escape), File ▸ Open Recent, and dropping a package on the window. Assertions read
the library and what the user sees."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import NamedTuple
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from seminarnotes.core import package
from seminarnotes.core.document import GroupDoc, SeminarDetails, SeminarDoc, SessionDoc
from seminarnotes.core.library import Library
from seminarnotes.core.outline import Point
from seminarnotes.ui.window.main_window import MainWindow
from tests.helpers import answer_questions, drop_files, names, show_window, two_session_doc, type_text

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


class Seminars(NamedTuple):
    """The seminars the tests open: the 2014 RESK seminar, the small two-session one, and
    one with a point to search for."""

    resk: int
    small: int
    other: int


@pytest.fixture
def seminars(library: Library, reference_package: Path) -> Seminars:
    return Seminars(
        library.import_doc(package.read(reference_package)),
        library.import_doc(two_session_doc()),
        library.import_doc(SeminarDoc(
            details=SeminarDetails(title="Äldreomsorgens dag", venue="Mora", date=dt.date(2016, 3, 3)),
            sessions=[SessionDoc("Kvällspass", "Hur följer vi upp?", [
                GroupDoc("Orsa", [Point("Fika"), Point("Samtal", 1)]),
                GroupDoc("Sala", [Point("Ett"), Point("Två"), Point("Kvalitetsdialog varje månad")]),
            ])])))


@pytest.fixture
def window(qtbot, library: Library, seminars: Seminars) -> Iterator[MainWindow]:  # noqa: ANN001, ARG001
    yield show_window(qtbot, library)


def _group(library: Library, seminar_id: int, name: str) -> int:
    return next(g.id for s in library.seminar_tree(seminar_id) for g in s.groups if g.name == name)


def _node(window: MainWindow) -> tuple[str, int] | None:
    node = window.page.currentNode()
    return node.key() if node is not None else None


# --- the archive ---------------------------------------------------------------------------


def test_an_empty_library_shows_the_archive_with_a_hint(qtbot, library: Library) -> None:  # noqa: ANN001
    window = show_window(qtbot, library)
    nav = window.navigation
    assert window.seminar_id is None and nav.archiveShown()
    assert nav.archivePage.hint.isVisible()
    assert not nav.archivePage.backButton.isVisible()
    assert QApplication.focusWidget() is nav.archivePage.view.filterEdit
    qtbot.keyClick(nav.archivePage.view.filterEdit, Qt.Key.Key_N, CTRL)  # New seminar from the empty state
    assert window.seminar_id is not None and not nav.archiveShown()
    assert len(library.list_seminars()) == 1


def test_ctrl_o_shows_the_archive_typing_a_venue_filters_and_enter_opens(
        qtbot, window: MainWindow, seminars: Seminars) -> None:  # noqa: ANN001
    assert window.seminar_id == seminars.other  # the newest, at first start
    qtbot.keyClick(window.tree, Qt.Key.Key_O, CTRL)
    nav = window.navigation
    view = nav.archivePage.view
    assert nav.archiveShown() and view.isVisible() and not window.tree.isVisible()
    assert QApplication.focusWidget() is view.filterEdit
    assert view.selectedId() == seminars.other  # the open seminar is where the list starts
    assert nav.archivePage.backButton.isVisible()
    type_text(qtbot, view.filterEdit, "Aros")
    assert view.visibleIds() == [seminars.resk]
    qtbot.keyClick(view.filterEdit, Qt.Key.Key_Return)
    assert window.seminar_id == seminars.resk
    assert not nav.archiveShown() and window.tree.isVisible()
    assert window.windowTitle().startswith("En lärande och utvecklingsinriktad arbetsplats")
    assert _node(window) == ("seminar", seminars.resk)


def test_escape_in_the_archive_goes_back_to_the_open_seminar(
        qtbot, window: MainWindow, seminars: Seminars) -> None:  # noqa: ANN001
    qtbot.keyClick(window.tree, Qt.Key.Key_O, CTRL)
    view = window.navigation.archivePage.view
    qtbot.keyClicks(view.filterEdit, "mora")
    qtbot.keyClick(view.filterEdit, Qt.Key.Key_Escape)
    assert not window.navigation.archiveShown() and window.seminar_id == seminars.other
    assert window.windowTitle().startswith("Äldreomsorgens dag")


def test_new_from_this_structure_opens_the_new_seminar(
        qtbot, window: MainWindow, library: Library, seminars: Seminars) -> None:  # noqa: ANN001
    before = {s.id for s in library.list_seminars()}
    qtbot.keyClick(window.tree, Qt.Key.Key_O, CTRL)
    view = window.navigation.archivePage.view
    qtbot.keyClicks(view.filterEdit, "aros")
    qtbot.mouseClick(view._buttons[view.duplicateAction], Qt.MouseButton.LeftButton)
    (new_id,) = {s.id for s in library.list_seminars()} - before
    assert window.seminar_id == new_id and not window.navigation.archiveShown()
    assert names(library, new_id) == names(library, seminars.resk)
    questions = [s.question for s in library.seminar_tree(seminars.resk)]
    assert [s.question for s in library.seminar_tree(new_id)] == questions
    assert all(g.point_count == 0 for s in library.seminar_tree(new_id) for g in s.groups)
    assert library.details(new_id).date == dt.date.today()


def test_deleting_the_open_seminar_closes_it_and_it_is_restorable(
        qtbot, window: MainWindow, library: Library, seminars: Seminars,  # noqa: ANN001
        monkeypatch: pytest.MonkeyPatch) -> None:
    asked = answer_questions(monkeypatch, QMessageBox.StandardButton.Yes)
    qtbot.keyClick(window.tree, Qt.Key.Key_O, CTRL)
    page = window.navigation.archivePage
    view = page.view
    qtbot.keyClick(view.filterEdit, Qt.Key.Key_Down)  # into the table, on the open seminar
    assert view.selectedId() == seminars.other
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert len(asked) == 1 and "Äldreomsorgens dag" in asked[0]
    assert window.seminar_id is None and window.navigation.archiveShown()
    assert not page.backButton.isVisible()
    assert window.windowTitle() == "Seminars \u2014 Seminarnotes"
    assert [s.id for s in library.list_seminars(deleted=True)] == [seminars.other]
    assert seminars.other not in view.visibleIds()

    qtbot.mouseClick(view.deletedButton, Qt.MouseButton.LeftButton)
    assert view.visibleIds() == [seminars.other]
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Return)  # Enter restores in the Deleted list
    assert library.list_seminars(deleted=True) == []
    assert seminars.other in {s.id for s in library.list_seminars()}
    qtbot.mouseClick(view.deletedButton, Qt.MouseButton.LeftButton)
    view.selectSeminar(seminars.other)
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert window.seminar_id == seminars.other


def test_a_restart_after_deleting_the_open_seminar_does_not_reopen_it(
        qtbot, window: MainWindow, library: Library, seminars: Seminars,  # noqa: ANN001
        monkeypatch: pytest.MonkeyPatch) -> None:
    answer_questions(monkeypatch, QMessageBox.StandardButton.Yes)
    window.openSeminarId(seminars.small)
    window.navigation.showArchive()
    window.navigation.archivePage.view.deleteAction.trigger()
    window.close()
    again = show_window(qtbot, library)
    assert again.seminar_id == seminars.other  # the newest left, not the deleted one


# --- search all seminars --------------------------------------------------------------------


def test_a_search_hit_opens_the_seminar_at_the_group_and_point(
        qtbot, window: MainWindow, library: Library, seminars: Seminars) -> None:  # noqa: ANN001
    window.openSeminarId(seminars.resk)
    qtbot.keyClick(window.tree, Qt.Key.Key_F, CTRL | SHIFT)
    panel = window.navigation.searchPanel
    assert window.navigation.searchDock.isVisible()
    assert QApplication.focusWidget() is panel.queryEdit
    qtbot.keyClicks(panel.queryEdit, "kvalitetsdial*")
    qtbot.keyClick(panel.queryEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not panel.searching())  # the search runs on its own thread
    assert window.seminar_id == seminars.other
    assert _node(window) == ("group", _group(library, seminars.other, "Sala"))
    assert window.editor.currentPointIndex() == 2
    assert window.editor.textCursor().block().text() == "Kvalitetsdialog varje månad"
    assert window.editor.hasFocus()


def test_a_session_hit_selects_the_session(
        qtbot, window: MainWindow, library: Library, seminars: Seminars) -> None:  # noqa: ANN001
    window.openSeminarId(seminars.small)
    qtbot.keyClick(window.tree, Qt.Key.Key_F, CTRL | SHIFT)
    panel = window.navigation.searchPanel
    type_text(qtbot, panel.queryEdit, "kvällspass")
    qtbot.keyClick(panel.queryEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not panel.searching())  # the search runs on its own thread
    assert window.seminar_id == seminars.other
    assert _node(window) == ("session", library.seminar_tree(seminars.other)[0].id)
    assert window.pages.currentWidget() is window.sessionForm


def test_a_search_hit_from_the_archive_page_leaves_the_archive(
        qtbot, window: MainWindow, library: Library, seminars: Seminars) -> None:  # noqa: ANN001
    qtbot.keyClick(window.tree, Qt.Key.Key_O, CTRL)
    qtbot.keyClick(window.navigation.archivePage.view.filterEdit, Qt.Key.Key_F, CTRL | SHIFT)
    panel = window.navigation.searchPanel
    qtbot.keyClicks(panel.queryEdit, "utnyttja")
    qtbot.keyClick(panel.queryEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not panel.searching())  # the search runs on its own thread
    assert window.seminar_id == seminars.resk and not window.navigation.archiveShown()
    assert _node(window) == ("group", _group(library, seminars.resk, "Fagersta och Skinnskatteberg"))
    assert window.editor.currentPointIndex() == 0


# --- find in this seminar -------------------------------------------------------------------


def test_find_bar_moves_across_groups_and_sessions_and_escape_closes(
        qtbot, window: MainWindow, library: Library, seminars: Seminars) -> None:  # noqa: ANN001
    window.openSeminarId(seminars.small)
    koping, vasteras, fagersta = (_group(library, seminars.small, n) for n in ("Köping", "Västerås", "Fagersta"))
    window.page.select("group", koping)
    window.editor.setCurrentPoint(0)  # arriving puts the cursor at the end; find from the first point
    window.editor.setFocus()
    qtbot.keyClick(window.editor, Qt.Key.Key_F, CTRL)
    bar = window.navigation.findBar
    assert bar.isVisible() and QApplication.focusWidget() is bar.edit
    qtbot.keyClicks(bar.edit, "er")  # Reflektera (Köping), Västerås, Fagersta, Mentorer (Fagersta)
    assert _node(window) == ("group", koping)
    assert window.editor.textCursor().selectedText() == "er"
    assert window.editor.currentPointIndex() == 0
    assert bar.countLabel.text() == "1 of 4"
    qtbot.keyClick(bar.edit, Qt.Key.Key_Return)
    assert _node(window) == ("group", vasteras)  # a group-name match selects the group
    assert window.groupForm.nameEdit.selectedText() == "er"
    qtbot.keyClick(bar.edit, Qt.Key.Key_F3)
    assert _node(window) == ("group", fagersta)  # in the second session
    qtbot.keyClick(bar.edit, Qt.Key.Key_F3)
    assert _node(window) == ("group", fagersta) and bar.countLabel.text() == "4 of 4"
    assert window.editor.textCursor().block().text() == "Mentorer"
    assert window.editor.textCursor().selectedText() == "er"
    qtbot.keyClick(bar.edit, Qt.Key.Key_F3)  # wraps to the start
    assert _node(window) == ("group", koping)
    qtbot.keyClick(bar.edit, Qt.Key.Key_F3, SHIFT)
    assert _node(window) == ("group", fagersta)
    assert QApplication.focusWidget() is bar.edit  # the keys keep going to the bar
    qtbot.keyClick(bar.edit, Qt.Key.Key_Escape)
    assert not bar.isVisible()
    assert QApplication.focusWidget() is window.editor  # back where the user was, at the match
    assert window.editor.textCursor().selectedText() == "er"


def test_f3_from_the_editor_and_edits_update_the_count(
        qtbot, window: MainWindow, library: Library, seminars: Seminars, library_path: Path) -> None:  # noqa: ANN001
    window.openSeminarId(seminars.small)
    sala = _group(library, seminars.small, "Sala")
    window.page.select("group", sala)
    window.editor.setFocus()
    qtbot.keyClick(window.editor, Qt.Key.Key_F, CTRL)
    bar = window.navigation.findBar
    qtbot.keyClicks(bar.edit, "mentor")
    assert bar.countLabel.text() == "1 of 1"
    qtbot.keyClick(bar.edit, Qt.Key.Key_Escape)
    window.page.select("group", sala)
    window.editor.setFocus()
    qtbot.keyClicks(window.editor, "Mentorskap")
    qtbot.waitUntil(lambda: [p.text for p in library.points(sala)] == ["Mentorskap"], timeout=3000)
    qtbot.keyClick(window.editor, Qt.Key.Key_F3)  # F3 works from the editor, the bar closed
    assert _node(window) == ("group", _group(library, seminars.small, "Fagersta"))
    assert bar.countLabel.text().endswith("of 2")  # the edit is found too


def test_ctrl_f_in_the_archive_goes_to_its_filter(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    qtbot.keyClick(window.tree, Qt.Key.Key_O, CTRL)
    view = window.navigation.archivePage.view
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_F, CTRL)
    assert QApplication.focusWidget() is view.filterEdit
    assert not window.navigation.findBar.isVisible()


# --- recent seminars ------------------------------------------------------------------------


def test_recent_lists_opened_seminars_by_title_and_opens_them(
        qtbot, window: MainWindow, library: Library, seminars: Seminars) -> None:  # noqa: ANN001
    window.openSeminarId(seminars.resk)
    window.openSeminarId(seminars.small)
    menu = window.recent.menu
    menu.aboutToShow.emit()
    texts = [a.text() for a in menu.actions()]
    assert texts == ["&1 En lärande och utvecklingsinriktad arbetsplats (2014-04-08)",
                     "&2 Äldreomsorgens dag (2016-03-03)"]  # last opened first; the open one is left out
    menu.actions()[0].trigger()
    assert window.seminar_id == seminars.resk
    library.delete_seminar(seminars.small)
    menu.aboutToShow.emit()
    assert [a.text() for a in menu.actions()] == ["&1 Äldreomsorgens dag (2016-03-03)"]
    assert menu.menuAction() in window.windowActions.fileMenu.actions()


def test_recent_skips_deleted_and_purged_seminars_without_listing_the_library(
        window: MainWindow, library: Library, seminars: Seminars, monkeypatch: pytest.MonkeyPatch) -> None:
    untitled = library.create_seminar("")
    for seminar_id in (seminars.small, untitled, seminars.other, seminars.resk):
        window.openSeminarId(seminar_id)
    library.delete_seminar(seminars.other)
    library.purge_seminar(seminars.small)
    monkeypatch.setattr(library, "list_seminars", lambda **_k: pytest.fail("every seminar listed for the menu"))
    read: list[int] = []
    details = library.details
    monkeypatch.setattr(library, "details", lambda seminar_id: read.append(seminar_id) or details(seminar_id))
    assert window.recent.entries() == [(untitled, "Untitled seminar")]  # the open one is left out too
    assert read == [untitled]  # titles read only for what is shown


def test_recent_is_kept_per_library_across_restarts(
        qtbot, window: MainWindow, library: Library, seminars: Seminars, tmp_path: Path) -> None:  # noqa: ANN001
    window.openSeminarId(seminars.resk)
    window.close()
    again = show_window(qtbot, library)
    again.recent.menu.aboutToShow.emit()
    assert [a.data() for a in again.recent.menu.actions()] == [seminars.other]
    with Library.open(tmp_path / "other.sqlite") as elsewhere:
        third = show_window(qtbot, elsewhere)
        third.recent.menu.aboutToShow.emit()
        assert [a.text() for a in third.recent.menu.actions()] == ["No recent seminars"]
        third.close()


# --- dropping a package ---------------------------------------------------------------------


def test_dropping_a_package_imports_and_opens_it(
        qtbot, window: MainWindow, library: Library, seminars: Seminars,  # noqa: ANN001
                                                  reference_package: Path, tmp_path: Path) -> None:
    before = {s.id for s in library.list_seminars()}
    window.page.select("group", _group(library, seminars.other, "Orsa"))
    doc = package.read(reference_package)
    doc.details.title = "Uppföljning 2015"  # a seminar the library does not hold (import_export/test_reimport.py)
    dropped = tmp_path / "uppfoljning.seminarnotes"
    package.write(doc, dropped)
    assert drop_files(window.editor.viewport(), [dropped])  # on the editor: not pasted as text
    qtbot.waitUntil(lambda: len(library.list_seminars()) == len(before) + 1, timeout=3000)
    (new_id,) = {s.id for s in library.list_seminars()} - before
    assert window.seminar_id == new_id
    assert names(library, new_id) == names(library, seminars.resk)
    assert [p.text for p in library.points(_group(library, seminars.other, "Orsa"))] == ["Fika", "Samtal"]


def test_dropping_a_bad_package_says_one_sentence_and_changes_nothing(
        qtbot, window: MainWindow, library: Library, seminars: Seminars, tmp_path: Path,  # noqa: ANN001
        monkeypatch: pytest.MonkeyPatch) -> None:
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda _p, _t, text, *_a: said.append(text)))
    bad = tmp_path / "broken.seminarnotes"
    bad.write_bytes(b"this is not a zip file")
    before = library.list_seminars()
    drop_files(window, [bad])
    qtbot.waitUntil(lambda: said != [], timeout=3000)
    assert len(said) == 1 and "\n" not in said[0] and "Traceback" not in said[0]
    assert said[0].startswith("broken.seminarnotes") and said[0].rstrip().endswith(".")
    assert library.list_seminars() == before
    assert window.seminar_id == seminars.other


def test_other_files_are_not_taken(window: MainWindow, tmp_path: Path) -> None:
    text = tmp_path / "notes.txt"
    text.write_text("x")
    assert not drop_files(window, [text])
