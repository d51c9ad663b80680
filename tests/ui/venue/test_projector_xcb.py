"""The projector view in a real X window (Qt's xcb platform on Xvfb, one screen): it
opens beside the main window without taking the keyboard, through F5 and through the
View menu, and its own right-click menu gives the keys back to the editor."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QContextMenuEvent, QGuiApplication
from PySide6.QtWidgets import QApplication, QMenu

from seminarnotes.core.library import Library
from seminarnotes.core.outline import Point
from seminarnotes.ui.venue.projector_view import ProjectorView
from seminarnotes.ui.window.main_window import MainWindow
from tests.helpers import show_window, type_text

pytestmark = pytest.mark.xcb

ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def window(qtbot, library: Library, seminar_id: int) -> Iterator[MainWindow]:
    window = show_window(qtbot, library)
    window.page.select("group", library.seminar_tree(seminar_id)[0].groups[0].id)
    window.page.focusPoints(at_end=True)
    qtbot.waitUntil(window.editor.hasFocus)
    yield window


def focused(window: MainWindow):
    return QApplication.focusWidget() or window


def shown_view(qtbot, window: MainWindow) -> ProjectorView:
    view = window.projector.view
    assert view is not None
    qtbot.waitExposed(view)
    qtbot.wait(200)  # what the X server and Qt do after mapping a window
    return view


def test_f5_shows_the_view_and_the_keys_stay_in_the_editor(qtbot, window: MainWindow) -> None:
    qtbot.keyClick(focused(window), Qt.Key.Key_F5)
    view = shown_view(qtbot, window)
    assert len(QGuiApplication.screens()) == 1 and not view.isFullScreen()  # one screen: a window beside
    assert QApplication.activeWindow() is window and not view.isActiveWindow()
    assert focused(window) is window.editor
    type_text(qtbot, focused(window), " och tillit")
    qtbot.waitUntil(lambda: view.visibleText().splitlines()[-1] == "På APT och tillit", timeout=1000)
    assert window.editor.points()[-1] == Point("På APT och tillit", 1)
    qtbot.keyClick(focused(window), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not view.isVisible())
    assert focused(window) is window.editor


def test_the_view_menu_opens_it_and_the_keys_come_back(qtbot, window: MainWindow) -> None:
    qtbot.keyClick(focused(window), Qt.Key.Key_V, ALT)
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    menu = QApplication.activePopupWidget()
    assert menu is window.windowActions.viewMenu
    qtbot.keyClick(menu, Qt.Key.Key_J)  # Pro&jector view
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None)
    view = shown_view(qtbot, window)
    qtbot.waitUntil(lambda: focused(window) is window.editor)
    assert QApplication.activeWindow() is window
    type_text(qtbot, focused(window), "!")
    assert window.editor.points()[-1] == Point("På APT!", 1)
    assert view.isVisible()


def test_the_views_own_menu_gives_the_keys_back(qtbot, window: MainWindow) -> None:
    qtbot.keyClick(focused(window), Qt.Key.Key_F5)
    view = shown_view(qtbot, window)
    at = QPoint(40, 40)  # a right click there: the event the window system sends for it
    QApplication.sendEvent(view, QContextMenuEvent(QContextMenuEvent.Reason.Mouse, at, view.mapToGlobal(at)))
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    menu = QApplication.activePopupWidget()
    menu.setActiveAction(window.projector.darkAction)
    qtbot.keyClick(menu, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None)
    assert view.isDark()
    qtbot.waitUntil(lambda: focused(window) is window.editor and QApplication.activeWindow() is window)
    type_text(qtbot, focused(window), "?")
    assert window.editor.points()[-1] == Point("På APT?", 1)


def test_full_screen_over_the_window_the_keys_stay_in_the_editor(qtbot, window: MainWindow) -> None:
    """One screen mirrored to the projector: a double click puts the view over everything,
    the documenter types on blind, Esc closes it."""
    qtbot.keyClick(focused(window), Qt.Key.Key_F5)
    view = shown_view(qtbot, window)
    qtbot.mouseDClick(view, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.isFullScreen() and view.geometry() == view.screen().geometry())
    qtbot.wait(200)
    assert QApplication.activeWindow() is window and focused(window) is window.editor
    type_text(qtbot, focused(window), " blint")
    qtbot.waitUntil(lambda: view.visibleText().splitlines()[-1] == "På APT blint", timeout=1000)
    qtbot.keyClick(focused(window), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not view.isVisible())
    assert window.editor.points()[-1] == Point("På APT blint", 1)
