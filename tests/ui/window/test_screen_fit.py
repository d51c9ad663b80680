"""Small screens: the first window fits the available area with its status bar on
screen (1366×768 and 1024×768: the test screens "Laptop" and "Projector"; 800×600 as
an available area given to the window), and nothing widens a window of 800 pixels:
the search results take the tree's place and stay readable."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from seminarnotes.core.library import Library
from seminarnotes.ui.window import screen_fit
from seminarnotes.ui.window.main_window import MainWindow

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


def first_window(qtbot, library: Library, screen: int = 0, area: QRect | None = None) -> MainWindow:
    """The window as it first starts (nothing remembered) on a test screen, or fitted to `area`."""
    window = MainWindow(library)
    qtbot.addWidget(window)
    window.setScreen(QGuiApplication.screens()[screen])
    window.restoreSession()
    if area is not None:
        screen_fit.fit_first_window(window, area)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.wait(10)  # the frame check after showing
    return window


def on_screen(widget: QWidget) -> QRect:
    return QRect(widget.mapToGlobal(QPoint(0, 0)), widget.size())


@pytest.mark.parametrize("available", [QRect(0, 0, 1366, 768), QRect(0, 0, 1366, 728), QRect(0, 0, 1024, 768),
                                       QRect(0, 0, 800, 600), QRect(1366, 24, 1024, 744)])
def test_the_first_geometry_and_a_title_bar_fit_the_available_area(available: QRect) -> None:
    geometry = screen_fit.first_geometry(available)
    assert available.contains(geometry.marginsAdded(screen_fit.TITLE_BAR))
    assert geometry.size() == screen_fit.WANTED.boundedTo(available.size() - QRect(0, 0, 0, 32).size())


@pytest.mark.parametrize(("screen", "size"), [(0, (1366, 768)), (1, (1024, 768))])
def test_the_first_window_fits_with_its_status_bar(qtbot, library: Library, seminar_id: int, screen: int,
                                                   size: tuple[int, int]) -> None:
    window = first_window(qtbot, library, screen)
    area = window.screen().availableGeometry()
    assert (area.width(), area.height()) == size and window.screen() is QGuiApplication.screens()[screen]
    assert area.contains(window.frameGeometry())
    status = window.statusBar()
    assert status.isVisible() and window.saveStatus.isVisible()
    assert area.contains(on_screen(status)) and area.contains(on_screen(window.saveStatus))


def test_at_800_by_600_nothing_widens_the_window_and_the_search_takes_the_trees_place(
        qtbot, library: Library, seminar_id: int) -> None:
    area = QRect(0, 0, 800, 600)
    window = first_window(qtbot, library, area=area)
    assert area.contains(window.frameGeometry()) and area.contains(on_screen(window.saveStatus))
    window.page.select("group", library.seminar_tree(seminar_id)[0].groups[0].id)
    window.page.focusPoints()
    qtbot.keyClick(window.editor, Qt.Key.Key_F, CTRL | SHIFT)  # search all seminars
    dock = window.navigation.searchDock
    qtbot.waitUntil(lambda: dock is not None and dock.isVisible() and window.page.sizes()[0] == 0)
    qtbot.wait(20)
    assert window.frameGeometry().width() <= 800
    assert dock.width() >= 300 and window.pages.width() >= 300  # search and points share the width
    panel = window.navigation.searchPanel
    panel.queryEdit.setText("APT")
    panel.runSearch()
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F, CTRL)  # the find bar under the points too
    assert window.frameGeometry().width() <= 800
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_1, CTRL)  # to the tree: it comes back
    qtbot.waitUntil(lambda: window.page.sizes()[0] > 0)
    assert window.tree.hasFocus() and window.tree.width() >= 100
    assert window.frameGeometry().width() <= 800
    qtbot.keyClick(window.editor, Qt.Key.Key_O, CTRL)  # the archive page
    qtbot.wait(20)
    assert window.frameGeometry().width() <= 800 and window.minimumSizeHint().width() <= 800


def test_the_tree_comes_back_when_the_search_closes(qtbot, library: Library, seminar_id: int) -> None:
    window = first_window(qtbot, library, area=QRect(0, 0, 800, 600))
    tree_width = window.page.sizes()[0]
    assert tree_width >= 150
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F, CTRL | SHIFT)
    qtbot.waitUntil(lambda: window.page.sizes()[0] == 0)
    qtbot.keyClick(window.navigation.searchPanel.queryEdit, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.page.sizes()[0] > 0)
    assert window.page.sizes()[0] == tree_width


def test_a_wide_window_keeps_tree_search_and_points(qtbot, library: Library, seminar_id: int) -> None:
    window = first_window(qtbot, library)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F, CTRL | SHIFT)
    dock = window.navigation.searchDock
    qtbot.waitUntil(lambda: dock is not None and dock.isVisible())
    qtbot.wait(20)
    assert window.page.sizes()[0] >= 150 and dock.width() >= 300 and window.pages.width() >= 400
