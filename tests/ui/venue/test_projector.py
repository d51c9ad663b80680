"""The projector view at a venue, driven by the documenter's keys in the main window.

Offscreen, Qt offers one screen unless told otherwise; these tests run with two
virtual screens (tests/offscreen_screens.json: "Laptop" 1366×768 with the main window,
"Projector" 1024×768 beside it), so the view meets real QScreens. What the room sees
is read from the view itself (`visibleText`: the lines on screen now).

"Within 100 ms" is checked as: the view shows a key after one pass of Qt's event
loop, before the autosave has run (nothing waits for a timer); the milliseconds are
measured by benchmarks/bench_projector.py, not asserted here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QCursor, QGuiApplication, QImage
from PySide6.QtWidgets import QApplication, QMenuBar, QMessageBox

from seminarnotes.core.document import GroupDoc, SeminarDetails, SeminarDoc, SessionDoc
from seminarnotes.core.library import Library
from seminarnotes.core.outline import Point
from seminarnotes.ui.venue import screens
from seminarnotes.ui.venue.projector_view import ProjectorView
from seminarnotes.ui.window.main_window import MainWindow
from tests.helpers import show_window, type_text

CTRL = Qt.KeyboardModifier.ControlModifier
F5 = Qt.Key.Key_F5


def group_id(library: Library, seminar_id: int, session: int, group: int) -> int:
    return library.seminar_tree(seminar_id)[session].groups[group].id


@pytest.fixture
def window(qtbot, library: Library, seminar_id: int) -> Iterator[MainWindow]:
    """The window typing in Köping's points, at the end of "På APT"."""
    window = show_window(qtbot, library)
    window.page.select("group", group_id(library, seminar_id, 0, 0))
    window.page.focusPoints(at_end=True)
    qtbot.waitUntil(window.editor.hasFocus)
    yield window


def settle() -> None:
    """One pass of the event loop: posted events and due zero-timers, nothing waited for."""
    QApplication.processEvents()


def open_view(qtbot, window: MainWindow) -> ProjectorView:
    qtbot.keyClick(QApplication.focusWidget(), F5)
    view = window.projector.view
    assert view is not None
    qtbot.waitExposed(view)
    qtbot.wait(50)  # the platform's window events; the view hands any activation back
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return view


def test_f5_opens_the_view_full_screen_on_the_projector_and_the_keys_stay_in_the_editor(qtbot,
                                                                                      window: MainWindow) -> None:
    assert [s.name() for s in QGuiApplication.screens()] == ["Laptop", "Projector"]
    assert window.screen().name() == "Laptop"
    view = open_view(qtbot, window)
    assert view.screen().name() == "Projector"
    assert view.isFullScreen() and view.geometry() == view.screen().geometry()
    assert window.windowActions.projectorAction.isChecked()
    assert window.editor.hasFocus() and QApplication.focusWidget() is window.editor
    assert view.visibleText().splitlines() == ["Vad vill vi?", "Köping", "Reflektera", "På APT"]
    assert not view.findChildren(QMenuBar)  # no menus
    type_text(qtbot, QApplication.focusWidget(), " och tillit")
    settle()
    assert view.visibleText().splitlines()[-1] == "På APT och tillit"
    assert window.editor.points()[-1] == Point("På APT och tillit", 1)


def test_every_key_shows_in_the_view_without_waiting_for_the_autosave(qtbot, window: MainWindow,
                                                                      library: Library, seminar_id: int) -> None:
    view = open_view(qtbot, window)
    koping = group_id(library, seminar_id, 0, 0)
    shown = []
    for char in "tid":
        type_text(qtbot, window.editor, char)
        settle()
        shown.append(view.visibleText().splitlines()[-1])
    assert shown == ["På APTt", "På APTti", "På APTtid"]
    assert window.autosaver.pending(("points", koping))  # the save has not run: the view did not wait for it
    # "no, we said tillit, not tid": the correction shows as it is typed
    for _ in range(3):
        qtbot.keyClick(window.editor, Qt.Key.Key_Backspace)
    qtbot.keyClick(window.editor, Qt.Key.Key_Return)
    type_text(qtbot, window.editor, "tillit")
    settle()
    assert view.visibleText().splitlines()[-2:] == ["På APT", "tillit"]
    assert view.slide().sections[0].points[-1] == Point("tillit", 1)
    assert view.slide().current == 2


def test_ctrl_pgdown_moves_the_view_to_the_next_group(qtbot, window: MainWindow) -> None:
    view = open_view(qtbot, window)
    qtbot.keyClick(window.editor, Qt.Key.Key_PageDown, CTRL)
    settle()
    assert view.visibleText().splitlines() == ["Vad vill vi?", "Västerås", "Dialog"]
    assert view.slide().sections[0].points == (Point("Dialog", 0, "highlight"),)
    qtbot.keyClick(window.editor, Qt.Key.Key_PageDown, CTRL)
    qtbot.keyClick(window.editor, Qt.Key.Key_PageDown, CTRL)
    settle()
    assert view.visibleText().splitlines() == ["Hur gör vi?", "Fagersta", "Mentorer"]  # across sessions
    assert window.editor.hasFocus()
    type_text(qtbot, window.editor, " från start")
    settle()
    assert view.visibleText().splitlines()[-1] == "Mentorer från start"


def test_esc_or_f5_closes_the_view_and_the_keys_stay_where_they_were(qtbot, window: MainWindow) -> None:
    view = open_view(qtbot, window)
    qtbot.keyClick(window.editor, Qt.Key.Key_Escape)
    assert not view.isVisible()
    assert not window.windowActions.projectorAction.isChecked()
    assert window.editor.hasFocus()
    view = open_view(qtbot, window)
    qtbot.keyClick(window.editor, F5)
    assert not view.isVisible()
    type_text(qtbot, QApplication.focusWidget(), "!")
    assert window.editor.points()[-1] == Point("På APT!", 1)


def test_esc_closes_the_find_bar_first(qtbot, window: MainWindow) -> None:
    view = open_view(qtbot, window)
    qtbot.keyClick(window.editor, Qt.Key.Key_F, CTRL)
    qtbot.waitUntil(window.findBar.edit.hasFocus)
    qtbot.keyClick(window.findBar.edit, Qt.Key.Key_Escape)
    assert not window.findBar.isVisible() and view.isVisible()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert not view.isVisible()


def test_the_chosen_screen_is_remembered_by_its_name(qtbot, window: MainWindow, library: Library) -> None:
    menu = window.windowActions.projectorScreenMenu
    menu.aboutToShow.emit()
    entries = {action.data(): action for action in menu.actions() if not action.isSeparator()}
    assert set(entries) == {"", "Laptop", "Projector"}
    assert entries[""].isChecked()  # automatic: a screen other than the documenter's
    assert "this window" in entries["Laptop"].text() and "1024 × 768" in entries["Projector"].text()
    entries["Laptop"].trigger()
    view = open_view(qtbot, window)
    assert view.screen().name() == "Laptop" and not view.isFullScreen()  # the documenter's screen: a window
    assert window.screen().availableGeometry().contains(view.frameGeometry())
    assert window.editor.hasFocus()
    window.close()
    assert not view.isVisible()  # the view goes with its window
    again = show_window(qtbot, library)
    again.page.select("group", library.seminar_tree(library.newest_seminar_id())[0].groups[0].id)
    again.page.focusPoints()
    view = open_view(qtbot, again)
    assert view.screen().name() == "Laptop"  # remembered
    menu = again.windowActions.projectorScreenMenu
    menu.aboutToShow.emit()
    next(a for a in menu.actions() if a.data() == "Projector").trigger()  # an open view moves at once
    qtbot.waitUntil(lambda: view.isVisible() and view.screen().name() == "Projector" and view.isFullScreen())
    assert QSettings().value("projector/screen") == "Projector"


def test_a_double_click_makes_the_view_full_screen_on_the_documenters_own_screen(qtbot,
                                                                                 window: MainWindow) -> None:
    """A laptop mirrored to the projector: the room sees the notes alone, the keys stay in the editor."""
    window.projector.pickScreen("Laptop")
    view = open_view(qtbot, window)
    assert not view.isFullScreen() and not window.projector.fullScreenAction.isChecked()
    qtbot.mouseDClick(view, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.isFullScreen() and view.geometry() == view.screen().geometry())
    assert view.screen().name() == "Laptop"
    assert window.projector.fullScreenAction.isChecked()
    type_text(qtbot, QApplication.focusWidget(), " blint")
    settle()
    assert window.editor.hasFocus() and view.visibleText().splitlines()[-1] == "På APT blint"
    qtbot.keyClick(window.editor, Qt.Key.Key_Escape)
    assert not view.isVisible()
    view = open_view(qtbot, window)  # remembered: a mirrored laptop at the next F5 too
    qtbot.waitUntil(lambda: view.isFullScreen() and view.geometry() == view.screen().geometry())
    window.projector.fullScreenAction.trigger()  # the same from the menu
    qtbot.waitUntil(lambda: not view.isFullScreen())
    assert window.screen().availableGeometry().contains(view.frameGeometry())
    qtbot.keyClick(window.editor, Qt.Key.Key_F5)
    view = open_view(qtbot, window)
    assert not view.isFullScreen()


def test_on_the_documenters_screen_the_view_stays_in_front_but_not_of_a_dialog(qtbot,
                                                                              window: MainWindow) -> None:
    """Sharing the documenter's screen, the view asks to stay in front (a menu or a click
    raising the main window must not show the room the tree); a modal dialog of the
    program comes first while it waits; on the projector's own screen nothing is asked."""
    def in_front(view: ProjectorView) -> bool:
        return bool(view.windowHandle().flags() & Qt.WindowType.WindowStaysOnTopHint)

    view = open_view(qtbot, window)
    assert view.screen().name() == "Projector" and not in_front(view)
    qtbot.keyClick(window.editor, F5)
    window.projector.pickScreen("Laptop")
    view = open_view(qtbot, window)
    assert in_front(view)
    seen: list[bool] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        seen.append(in_front(view))
        box.done(QMessageBox.StandardButton.Ok)

    QTimer.singleShot(100, answer)
    QMessageBox.information(window, "Seminarnotes", "A question")
    assert seen == [False] and in_front(view)


def test_a_single_screen_gives_a_window_beside_the_documenters(qapp) -> None:
    """One screen (a fake list of one: the test screens are two): a normal window on it,
    in its right half, whatever was picked at another venue."""
    laptop = QGuiApplication.screens()[0]
    for picked in ("", "HDMI-1", "Laptop"):
        placement = screens.choose([laptop], laptop, picked)
        assert placement.screen is laptop and not placement.full_screen
        area = laptop.availableGeometry()
        assert area.contains(placement.window) and placement.window.left() >= area.center().x() - 20


def test_the_point_being_typed_stays_on_screen(qtbot, library: Library, seminar_id: int) -> None:
    sala = group_id(library, seminar_id, 0, 2)
    library.set_points(sala, [Point(f"punkt {i} om samverkan och lärande i vardagen", [0, 1, 2, 1][i % 4])
                              for i in range(80)])
    window = show_window(qtbot, library)
    window.page.select("group", sala)
    window.page.focusPoints(at_end=True)
    view = open_view(qtbot, window)
    assert view.pointOnScreen(0, 79) and not view.pointOnScreen(0, 0)
    # the question stays; the group's name, scrolled away with the first points, is pinned under it
    shown = view.visibleText().splitlines()
    assert shown[:2] == ["Vad vill vi?", "Sala"] and shown[-1] == "punkt 79 om samverkan och lärande i vardagen"
    assert "punkt 0 om samverkan och lärande i vardagen" not in shown
    qtbot.keyClick(window.editor, Qt.Key.Key_Home, CTRL)
    settle()
    assert view.pointOnScreen(0, 0) and "Sala" in view.visibleText()
    for _ in range(30):
        qtbot.keyClick(window.editor, Qt.Key.Key_Down)
    type_text(qtbot, window.editor, "Västerås")
    settle()
    current = view.slide().current
    assert current == window.editor.textCursor().blockNumber() > 10
    assert "Västerås" in view.slide().sections[0].points[current].text
    assert view.pointOnScreen(0, current)
    qtbot.keyClick(window.editor, Qt.Key.Key_End, CTRL)
    for _ in range(12):
        qtbot.keyClick(window.editor, Qt.Key.Key_Return)
        type_text(qtbot, window.editor, "ny")
    settle()
    assert view.slide().current == 91 and view.pointOnScreen(0, 91)


def test_what_is_on_the_projector_after_keys_is_the_whole_view_drawn_anew(qtbot, window: MainWindow) -> None:
    """After a key only the view from the changed point down is painted again: what the
    screen holds then must be what a full paint draws (wrapped lines, a merge, a highlight)."""
    view = open_view(qtbot, window)
    window.projector.wholeSessionAction.trigger()

    def on_screen() -> QImage:
        return view.screen().grabWindow(view.winId()).toImage()

    def drawn_anew() -> QImage:
        return view.grab().toImage().convertToFormat(on_screen().format())

    steps = [lambda: type_text(qtbot, window.editor, " och en mening som blir lång nog att bryta raden i vyn"),
             lambda: qtbot.keyClick(window.editor, Qt.Key.Key_Return),
             lambda: type_text(qtbot, window.editor, "ny"),
             lambda: qtbot.keyClick(window.editor, Qt.Key.Key_H, CTRL),
             lambda: qtbot.keyClick(window.editor, Qt.Key.Key_Home),
             lambda: qtbot.keyClick(window.editor, Qt.Key.Key_Backspace),
             lambda: qtbot.keyClick(window.editor, Qt.Key.Key_Tab)]
    for step in steps:
        step()
        qtbot.wait(30)  # the view's paint
        assert on_screen() == drawn_anew()
    assert "ny" in view.visibleText()


def test_the_whole_session_shows_every_group_with_the_current_one_live(qtbot, window: MainWindow) -> None:
    view = open_view(qtbot, window)
    window.projector.wholeSessionAction.trigger()
    settle()
    assert [s.name for s in view.slide().sections] == ["Köping", "Västerås", "Sala"]
    assert view.visibleText().splitlines() == ["Vad vill vi?", "Köping", "Reflektera", "På APT", "Västerås",
                                               "Dialog", "Sala"]
    qtbot.keyClick(window.editor, Qt.Key.Key_PageDown, CTRL)
    type_text(qtbot, window.editor, " i grupp")
    settle()
    assert view.slide().live == 1 and view.slide().sections[1].points == (Point("Dialog i grupp", 0, "highlight"),)
    assert "Dialog i grupp" in view.visibleText()
    assert view.slide().sections[0].points == (Point("Reflektera"), Point("På APT", 1))  # saved when left
    assert QSettings().value("projector/wholeSession") in (True, "true")
    window.projector.groupOnlyAction.trigger()
    settle()
    assert [s.name for s in view.slide().sections] == ["Västerås"]


def test_ctrl_plus_over_the_view_sizes_its_text_and_elsewhere_the_editors(qtbot, window: MainWindow) -> None:
    view = open_view(qtbot, window)
    editor_scale, size = window.editor.textScale(), view.textSize()
    QCursor.setPos(view.geometry().center())
    qtbot.keyClick(window.editor, Qt.Key.Key_Plus, CTRL)
    qtbot.keyClick(window.editor, Qt.Key.Key_Plus, CTRL)
    assert view.textSize() > size and window.editor.textScale() == editor_scale
    assert float(QSettings().value("projector/size/Projector")) == view.textSize()  # per screen name
    assert window.editor.hasFocus()
    QCursor.setPos(window.geometry().center())
    qtbot.keyClick(window.editor, Qt.Key.Key_Minus, CTRL)
    assert window.editor.textScale() < editor_scale and view.textSize() > size
    QCursor.setPos(view.geometry().center())
    qtbot.keyClick(window.editor, Qt.Key.Key_0, CTRL)
    assert view.textSize() == 1.0
    window.projector.largerAction.trigger()  # the same from the menu
    assert view.textSize() > 1.0


def test_dark_colours_are_light_text_on_black(qtbot, window: MainWindow) -> None:
    view = open_view(qtbot, window)
    light = view.grab().toImage()
    assert light.pixelColor(3, 3).name() == "#ffffff"
    window.projector.darkAction.trigger()
    dark = view.grab().toImage()
    assert dark.pixelColor(3, 3).name() == "#000000"
    inks = {dark.pixelColor(x, y).lightness() for x in range(0, dark.width(), 3) for y in range(0, 300, 3)}
    assert max(inks) == 255  # white text on it
    assert QSettings().value("projector/dark") in (True, "true")
    window.close()
    again = show_window(qtbot, window.library)
    again.page.focusPoints()
    assert open_view(qtbot, again).isDark()


def test_it_shows_only_what_was_typed_into_the_open_seminar(qtbot, library: Library,
                                                             seminar_id: int) -> None:
    other = library.import_doc(SeminarDoc(
        details=SeminarDetails(title="Ett annat seminarium", date=dt.date(2015, 1, 1)),
        sessions=[SessionDoc("Förmiddag", "Hemlig fråga", [GroupDoc("Mora", [Point("Annat")])])]))
    window = show_window(qtbot, library)
    window.openSeminarId(seminar_id, ("group", group_id(library, seminar_id, 0, 2)))  # Sala: no points yet
    window.page.focusPoints()
    view = open_view(qtbot, window)
    assert view.visibleText().splitlines() == ["Vad vill vi?", "Sala"]  # not the editor's hint text
    qtbot.keyClick(window.editor, Qt.Key.Key_O, CTRL)  # the archive lists both seminars
    settle()
    assert "Ett annat" not in view.visibleText() and "Hemlig" not in view.visibleText()
    window.openSeminarId(other)
    settle()
    assert view.visibleText() == "Ett annat seminarium"  # the seminar the documenter opened now, its title
    assert "Sala" not in view.visibleText() and "Vad vill vi?" not in view.visibleText()


def test_closing_the_window_closes_the_view(qtbot, window: MainWindow) -> None:
    view = open_view(qtbot, window)
    window.close()
    assert not view.isVisible()
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, ProjectorView) and w.isVisible()]


def test_the_keyboard_shortcuts_list_the_projector_and_zoom(qtbot, window: MainWindow) -> None:
    from seminarnotes.ui.window.dialogs import shortcut_rows

    keys = {text: key for key, text in shortcut_rows(window.windowActions)}
    projector = next(text for text in keys if text.startswith("Open / close the projector view"))
    assert keys[projector] == "F5, Esc"
    zoom = next(text for text in keys if text.startswith("Larger / smaller / normal text"))
    assert keys[zoom] == "Ctrl++, Ctrl+= / Ctrl+- / Ctrl+0"
