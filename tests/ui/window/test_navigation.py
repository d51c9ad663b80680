"""Getting around in the window with real keys: the archive (Ctrl+O, and the empty
state), search across all seminars (Ctrl+Shift+F), the find bar (Ctrl+F, Enter/F3,
Escape), File ▸ Open Recent, and dropping a package on the window. Assertions read
the library and what the user sees."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from seminarnotes.core import package
from seminarnotes.core.document import GroupDoc, SeminarDetails, SeminarDoc, SessionDoc
from seminarnotes.core.library import Library
from seminarnotes.core.outline import Point
from seminarnotes.ui.window.main_window import MainWindow
from tests.ui.conftest import names, show_window, two_session_doc, type_text

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def lib(library: Library, reference_package: Path) -> Library:
    """The 2014 RESK seminar, the small two-session one, and one with a point to search for."""
    library.resk = library.import_doc(package.read(reference_package))  # type: ignore[attr-defined]
    library.small = library.import_doc(two_session_doc())  # type: ignore[attr-defined]
    library.other = library.import_doc(SeminarDoc(  # type: ignore[attr-defined]
        details=SeminarDetails(title="Äldreomsorgens dag", venue="Mora", date=dt.date(2016, 3, 3)),
        sessions=[SessionDoc("Kvällspass", "Hur följer vi upp?", [
            GroupDoc("Orsa", [Point("Fika"), Point("Samtal", 1)]),
            GroupDoc("Sala", [Point("Ett"), Point("Två"), Point("Kvalitetsdialog varje månad")]),
        ])]))
    return library


@pytest.fixture
def window(qtbot, lib: Library) -> Iterator[MainWindow]:  # noqa: ANN001
    yield show_window(qtbot, lib)


def _group(library: Library, seminar_id: int, name: str) -> int:
    return next(g.id for s in library.seminar_tree(seminar_id) for g in s.groups if g.name == name)


def _node(window: MainWindow) -> tuple[str, int] | None:
    node = window.currentNode()
    return node.key() if node is not None else None


def _yes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    asked: list[str] = []

    def question(_parent, _title, text, *_args):  # noqa: ANN001, ANN202
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    return asked


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
        qtbot, window: MainWindow, lib: Library) -> None:  # noqa: ANN001
    assert window.seminar_id == lib.other  # the newest, at first start
    qtbot.keyClick(window.tree, Qt.Key.Key_O, CTRL)
    nav = window.navigation
    view = nav.archivePage.view
    assert nav.archiveShown() and view.isVisible() and not window.tree.isVisible()
    assert QApplication.focusWidget() is view.filterEdit
    assert view.selectedId() == lib.other  # the open seminar is where the list starts
    assert nav.archivePage.backButton.isVisible()
    type_text(qtbot, view.filterEdit, "Aros")
    assert view.visibleIds() == [lib.resk]
    qtbot.keyClick(view.filterEdit, Qt.Key.Key_Return)
    assert window.seminar_id == lib.resk
    assert not nav.archiveShown() and window.tree.isVisible()
    assert window.windowTitle().startswith("En lärande och utvecklingsinriktad arbetsplats")
    assert _node(window) == ("seminar", lib.resk)


def test_escape_in_the_archive_goes_back_to_the_open_seminar(qtbot, window: MainWindow, lib: Library) -> None:  # noqa: ANN001
    qtbot.keyClick(window.tree, Qt.Key.Key_O, CTRL)
    view = window.navigation.archivePage.view
    qtbot.keyClicks(view.filterEdit, "mora")
    qtbot.keyClick(view.filterEdit, Qt.Key.Key_Escape)
    assert not window.navigation.archiveShown() and window.seminar_id == lib.other
    assert window.windowTitle().startswith("Äldreomsorgens dag")


def test_new_from_this_structure_opens_the_new_seminar(qtbot, window: MainWindow, lib: Library) -> None:  # noqa: ANN001
    before = {s.id for s in lib.list_seminars()}
    qtbot.keyClick(window.tree, Qt.Key.Key_O, CTRL)
    view = window.navigation.archivePage.view
    qtbot.keyClicks(view.filterEdit, "aros")
    qtbot.mouseClick(view._buttons[view.duplicateAction], Qt.MouseButton.LeftButton)
    (new_id,) = {s.id for s in lib.list_seminars()} - before
    assert window.seminar_id == new_id and not window.navigation.archiveShown()
    assert names(lib, new_id) == names(lib, lib.resk)
    assert [s.question for s in lib.seminar_tree(new_id)] == [s.question for s in lib.seminar_tree(lib.resk)]
    assert all(g.point_count == 0 for s in lib.seminar_tree(new_id) for g in s.groups)
    assert lib.details(new_id).date == dt.date.today()


def test_deleting_the_open_seminar_closes_it_and_it_is_restorable(
        qtbot, window: MainWindow, lib: Library, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    asked = _yes(monkeypatch)
    qtbot.keyClick(window.tree, Qt.Key.Key_O, CTRL)
    page = window.navigation.archivePage
    view = page.view
    qtbot.keyClick(view.filterEdit, Qt.Key.Key_Down)  # into the table, on the open seminar
    assert view.selectedId() == lib.other
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert len(asked) == 1 and "Äldreomsorgens dag" in asked[0]
    assert window.seminar_id is None and window.navigation.archiveShown()
    assert not page.backButton.isVisible()
    assert window.windowTitle() == "Seminars \u2014 Seminarnotes"
    assert [s.id for s in lib.list_seminars(deleted=True)] == [lib.other]
    assert lib.other not in view.visibleIds()

    qtbot.mouseClick(view.deletedButton, Qt.MouseButton.LeftButton)
    assert view.visibleIds() == [lib.other]
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Return)  # Enter restores in the Deleted list
    assert lib.list_seminars(deleted=True) == []
    assert lib.other in {s.id for s in lib.list_seminars()}
    qtbot.mouseClick(view.deletedButton, Qt.MouseButton.LeftButton)
    view.selectSeminar(lib.other)
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert window.seminar_id == lib.other


def test_a_restart_after_deleting_the_open_seminar_does_not_reopen_it(
        qtbot, window: MainWindow, lib: Library, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    _yes(monkeypatch)
    window.openSeminarId(lib.small)
    window.navigation.showArchive()
    window.navigation.archivePage.view.deleteAction.trigger()
    window.close()
    again = show_window(qtbot, lib)
    assert again.seminar_id == lib.other  # the newest left, not the deleted one


# --- search all seminars --------------------------------------------------------------------


def test_a_search_hit_opens_the_seminar_at_the_group_and_point(qtbot, window: MainWindow, lib: Library) -> None:  # noqa: ANN001
    window.openSeminarId(lib.resk)
    qtbot.keyClick(window.tree, Qt.Key.Key_F, CTRL | SHIFT)
    panel = window.navigation.searchPanel
    assert window.navigation.searchDock.isVisible()
    assert QApplication.focusWidget() is panel.queryEdit
    qtbot.keyClicks(panel.queryEdit, "kvalitetsdial*")
    qtbot.keyClick(panel.queryEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not panel.searching())  # the search runs on its own thread
    assert window.seminar_id == lib.other
    assert _node(window) == ("group", _group(lib, lib.other, "Sala"))
    assert window.editor.currentPointIndex() == 2
    assert window.editor.textCursor().block().text() == "Kvalitetsdialog varje månad"
    assert window.editor.hasFocus()


def test_a_session_hit_selects_the_session(qtbot, window: MainWindow, lib: Library) -> None:  # noqa: ANN001
    window.openSeminarId(lib.small)
    qtbot.keyClick(window.tree, Qt.Key.Key_F, CTRL | SHIFT)
    panel = window.navigation.searchPanel
    type_text(qtbot, panel.queryEdit, "kvällspass")
    qtbot.keyClick(panel.queryEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not panel.searching())  # the search runs on its own thread
    assert window.seminar_id == lib.other
    assert _node(window) == ("session", lib.seminar_tree(lib.other)[0].id)
    assert window.pages.currentWidget() is window.sessionForm


def test_a_search_hit_from_the_archive_page_leaves_the_archive(qtbot, window: MainWindow, lib: Library) -> None:  # noqa: ANN001
    qtbot.keyClick(window.tree, Qt.Key.Key_O, CTRL)
    qtbot.keyClick(window.navigation.archivePage.view.filterEdit, Qt.Key.Key_F, CTRL | SHIFT)
    panel = window.navigation.searchPanel
    qtbot.keyClicks(panel.queryEdit, "utnyttja")
    qtbot.keyClick(panel.queryEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not panel.searching())  # the search runs on its own thread
    assert window.seminar_id == lib.resk and not window.navigation.archiveShown()
    assert _node(window) == ("group", _group(lib, lib.resk, "Fagersta och Skinnskatteberg"))
    assert window.editor.currentPointIndex() == 0


# --- find in this seminar -------------------------------------------------------------------


def test_find_bar_moves_across_groups_and_sessions_and_escape_closes(
        qtbot, window: MainWindow, lib: Library) -> None:  # noqa: ANN001
    window.openSeminarId(lib.small)
    koping, vasteras, fagersta = (_group(lib, lib.small, n) for n in ("Köping", "Västerås", "Fagersta"))
    window.select("group", koping)
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


def test_f3_from_the_editor_and_edits_update_the_count(qtbot, window: MainWindow, lib: Library,  # noqa: ANN001
                                                       library_path: Path) -> None:
    window.openSeminarId(lib.small)
    sala = _group(lib, lib.small, "Sala")
    window.select("group", sala)
    window.editor.setFocus()
    qtbot.keyClick(window.editor, Qt.Key.Key_F, CTRL)
    bar = window.navigation.findBar
    qtbot.keyClicks(bar.edit, "mentor")
    assert bar.countLabel.text() == "1 of 1"
    qtbot.keyClick(bar.edit, Qt.Key.Key_Escape)
    window.select("group", sala)
    window.editor.setFocus()
    qtbot.keyClicks(window.editor, "Mentorskap")
    qtbot.waitUntil(lambda: [p.text for p in lib.points(sala)] == ["Mentorskap"], timeout=3000)
    qtbot.keyClick(window.editor, Qt.Key.Key_F3)  # F3 works from the editor, the bar closed
    assert _node(window) == ("group", _group(lib, lib.small, "Fagersta"))
    assert bar.countLabel.text().endswith("of 2")  # the edit is found too


def test_ctrl_f_in_the_archive_goes_to_its_filter(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    qtbot.keyClick(window.tree, Qt.Key.Key_O, CTRL)
    view = window.navigation.archivePage.view
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_F, CTRL)
    assert QApplication.focusWidget() is view.filterEdit
    assert not window.navigation.findBar.isVisible()


# --- recent seminars ------------------------------------------------------------------------


def test_recent_lists_opened_seminars_by_title_and_opens_them(qtbot, window: MainWindow, lib: Library) -> None:  # noqa: ANN001
    window.openSeminarId(lib.resk)
    window.openSeminarId(lib.small)
    menu = window.recent.menu
    menu.aboutToShow.emit()
    texts = [a.text() for a in menu.actions()]
    assert texts == ["&1 En lärande och utvecklingsinriktad arbetsplats (2014-04-08)",
                     "&2 Äldreomsorgens dag (2016-03-03)"]  # last opened first; the open one is left out
    menu.actions()[0].trigger()
    assert window.seminar_id == lib.resk
    lib.delete_seminar(lib.small)
    menu.aboutToShow.emit()
    assert [a.text() for a in menu.actions()] == ["&1 Äldreomsorgens dag (2016-03-03)"]
    assert menu.menuAction() in window.windowActions.fileMenu.actions()


def test_recent_skips_deleted_and_purged_seminars_without_listing_the_library(
        window: MainWindow, lib: Library, monkeypatch: pytest.MonkeyPatch) -> None:
    untitled = lib.create_seminar("")
    for seminar_id in (lib.small, untitled, lib.other, lib.resk):
        window.openSeminarId(seminar_id)
    lib.delete_seminar(lib.other)
    lib.purge_seminar(lib.small)
    monkeypatch.setattr(lib, "list_seminars", lambda **_k: pytest.fail("every seminar listed for the menu"))
    read: list[int] = []
    details = lib.details
    monkeypatch.setattr(lib, "details", lambda seminar_id: read.append(seminar_id) or details(seminar_id))
    assert window.recent.entries() == [(untitled, "Untitled seminar")]  # the open one is left out too
    assert read == [untitled]  # titles read only for what is shown


def test_recent_is_kept_per_library_across_restarts(qtbot, window: MainWindow, lib: Library, tmp_path: Path) -> None:  # noqa: ANN001
    window.openSeminarId(lib.resk)
    window.close()
    again = show_window(qtbot, lib)
    again.recent.menu.aboutToShow.emit()
    assert [a.data() for a in again.recent.menu.actions()] == [lib.other]
    with Library.open(tmp_path / "other.sqlite") as elsewhere:
        third = show_window(qtbot, elsewhere)
        third.recent.menu.aboutToShow.emit()
        assert [a.text() for a in third.recent.menu.actions()] == ["No recent seminars"]
        third.close()


# --- dropping a package ---------------------------------------------------------------------


def _mime(path: Path) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    return mime


def _drop(widget, mime: QMimeData) -> QDropEvent:  # noqa: ANN001
    enter = QDragEnterEvent(widget.rect().center(), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(widget.rect().center()), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, drop)
    return drop


def test_dropping_a_package_imports_and_opens_it(qtbot, window: MainWindow, lib: Library,  # noqa: ANN001
                                                  reference_package: Path, tmp_path: Path) -> None:
    before = {s.id for s in lib.list_seminars()}
    window.select("group", _group(lib, lib.other, "Orsa"))
    doc = package.read(reference_package)
    doc.details.title = "Uppföljning 2015"  # a seminar the library does not hold (tests/ui/test_reimport.py)
    dropped = tmp_path / "uppfoljning.seminarnotes"
    package.write(doc, dropped)
    mime = _mime(dropped)
    drop = _drop(window.editor.viewport(), mime)  # on the editor: not pasted as text
    assert drop.isAccepted()
    qtbot.waitUntil(lambda: len(lib.list_seminars()) == len(before) + 1, timeout=3000)
    (new_id,) = {s.id for s in lib.list_seminars()} - before
    assert window.seminar_id == new_id
    assert names(lib, new_id) == names(lib, lib.resk)
    assert [p.text for p in lib.points(_group(lib, lib.other, "Orsa"))] == ["Fika", "Samtal"]


def test_dropping_a_bad_package_says_one_sentence_and_changes_nothing(
        qtbot, window: MainWindow, lib: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda _p, _t, text, *_a: said.append(text)))
    bad = tmp_path / "broken.seminarnotes"
    bad.write_bytes(b"this is not a zip file")
    before = lib.list_seminars()
    mime = _mime(bad)
    _drop(window, mime)
    qtbot.waitUntil(lambda: said != [], timeout=3000)
    assert len(said) == 1 and "\n" not in said[0] and "Traceback" not in said[0]
    assert said[0].startswith("broken.seminarnotes") and said[0].rstrip().endswith(".")
    assert lib.list_seminars() == before
    assert window.seminar_id == lib.other


def test_other_files_are_not_taken(window: MainWindow, tmp_path: Path) -> None:
    text = tmp_path / "notes.txt"
    text.write_text("x")
    mime = _mime(text)  # kept alive: the event holds only a pointer to it
    enter = QDragEnterEvent(window.rect().center(), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    enter.ignore()
    QApplication.sendEvent(window, enter)
    assert not enter.isAccepted()


# --- the idle preload -----------------------------------------------------------------------


def test_autosave_works_before_and_after_the_idle_preload(qtbot, window: MainWindow, lib: Library) -> None:  # noqa: ANN001
    orsa = _group(lib, lib.other, "Orsa")
    window.select("group", orsa)
    window.editor.setFocus()
    qtbot.keyClick(window.editor, Qt.Key.Key_End, CTRL)
    qtbot.keyClick(window.editor, Qt.Key.Key_Return)
    qtbot.keyClicks(window.editor, "Before")  # the first save, before preload() has run
    qtbot.waitUntil(lambda: [p.text for p in lib.points(orsa)][-1] == "Before", timeout=3000)
    lib.preload().join()
    qtbot.keyClick(window.editor, Qt.Key.Key_Return)
    qtbot.keyClicks(window.editor, "After")
    qtbot.waitUntil(lambda: [p.text for p in lib.points(orsa)][-1] == "After", timeout=3000)
