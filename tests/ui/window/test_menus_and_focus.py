"""Menus, dialogs and focus in a real X window (Qt's xcb platform on Xvfb), where they
behave as users see them: after a menu or a dialog closes, keys go back where the user
was and Ctrl+Z undoes there; the Edit menu names the step Ctrl+Z will undo."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer, Qt
from PySide6.QtWidgets import QApplication, QDialog, QMenu

from seminarnotes.core.library import Library
from seminarnotes.core.outline import Point
from seminarnotes.ui.window.main_window import MainWindow
from tests.helpers import show_window, type_text

pytestmark = pytest.mark.xcb

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def window(qtbot, library: Library, seminar_id: int) -> Iterator[MainWindow]:  # noqa: ANN001
    window = show_window(qtbot, library)
    koping = library.seminar_tree(seminar_id)[0].groups[0].id
    window.page.select("group", koping)
    window.page.focusPoints()
    qtbot.waitUntil(window.editor.hasFocus)
    yield window


def koping(path: Path, seminar_id: int) -> list[Point]:
    with Library.open(path) as lib:
        return lib.points(lib.seminar_tree(seminar_id)[0].groups[0].id)


def focused(window: MainWindow):  # noqa: ANN201
    return QApplication.focusWidget() or window


def open_menu(qtbot, window: MainWindow, letter: Qt.Key) -> QMenu:  # noqa: ANN001
    qtbot.keyClick(focused(window), letter, ALT)
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    return QApplication.activePopupWidget()


def test_escape_from_the_edit_menu_then_ctrl_z_undoes_the_highlight(qtbot, window: MainWindow,  # noqa: ANN001
                                                                    library_path: Path, seminar_id: int) -> None:
    qtbot.keyClick(focused(window), Qt.Key.Key_H, CTRL)
    window.autosaver.flush()
    assert koping(library_path, seminar_id)[-1] == Point("På APT", 1, "highlight")
    menu = open_menu(qtbot, window, Qt.Key.Key_E)
    assert menu is window.windowActions.editMenu
    assert window.windowActions.undoAction.text() == "Undo Mark as highlight"
    qtbot.keyClick(menu, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None)
    qtbot.waitUntil(window.editor.hasFocus)
    qtbot.keyClick(focused(window), Qt.Key.Key_Z, CTRL)
    window.autosaver.flush()
    assert koping(library_path, seminar_id) == [Point("Reflektera"), Point("På APT", 1)]
    type_text(qtbot, focused(window), " och mer")
    window.autosaver.flush()
    assert koping(library_path, seminar_id)[-1] == Point("På APT och mer", 1)


def test_choosing_undo_in_the_menu_undoes_the_step_it_names(qtbot, window: MainWindow,  # noqa: ANN001
                                                            library_path: Path, seminar_id: int) -> None:
    type_text(qtbot, focused(window), "idag")
    menu = open_menu(qtbot, window, Qt.Key.Key_E)
    assert window.windowActions.undoAction.text() == "Undo Typing"
    menu.setActiveAction(window.windowActions.undoAction)
    qtbot.keyClick(menu, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None)
    window.autosaver.flush()
    assert koping(library_path, seminar_id)[-1] == Point("På APT", 1)
    qtbot.waitUntil(window.editor.hasFocus)


def test_after_a_menu_bar_walk_and_escape_letters_land_in_the_points(qtbot, window: MainWindow,  # noqa: ANN001
                                                                     library_path: Path, seminar_id: int) -> None:
    menu = open_menu(qtbot, window, Qt.Key.Key_F)
    qtbot.keyClick(menu, Qt.Key.Key_Right)  # on to the Edit menu, as users browse
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is window.windowActions.editMenu)
    qtbot.keyClick(QApplication.activePopupWidget(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None)
    qtbot.waitUntil(lambda: focused(window) is window.editor)  # the keys went back where they were
    type_text(qtbot, focused(window), "X")
    window.autosaver.flush()
    assert koping(library_path, seminar_id)[-1] == Point("På APTX", 1)


def test_closing_a_dialog_gives_the_keys_back_to_the_points(qtbot, window: MainWindow,  # noqa: ANN001
                                                            library_path: Path, seminar_id: int) -> None:
    def close_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QDialog)
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    QTimer.singleShot(300, close_dialog)
    window.windowActions.shortcutsAction.trigger()  # Help ▸ Keyboard shortcuts, a modal dialog
    qtbot.waitUntil(window.editor.hasFocus)
    type_text(qtbot, focused(window), "!")
    window.autosaver.flush()
    assert koping(library_path, seminar_id)[-1] == Point("På APT!", 1)
