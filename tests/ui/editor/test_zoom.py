"""Zoom in the points editor: Ctrl++ / Ctrl+- / Ctrl+0 (and Ctrl+wheel) change the text
size with its indents, change nothing in the points, and are remembered."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QFontInfo, QTextCursor, QWheelEvent
from PySide6.QtWidgets import QApplication

from seminarnotes.core.library import Library
from seminarnotes.core.outline import Point
from seminarnotes.ui.window.main_window import MainWindow
from tests.helpers import show_window

CTRL = Qt.KeyboardModifier.ControlModifier


def open_koping(qtbot, library: Library, seminar_id: int) -> MainWindow:
    window = show_window(qtbot, library)
    window.page.select("group", library.seminar_tree(seminar_id)[0].groups[0].id)
    window.page.focusPoints(at_end=True)
    qtbot.waitUntil(window.editor.hasFocus)
    return window


def text_left(window: MainWindow, point: int) -> int:
    """Where the point's text starts in the editor."""
    block = window.editor.document().findBlockByNumber(point)
    return window.editor.cursorRect(QTextCursor(block)).left()


def test_ctrl_plus_minus_zero_size_the_text_and_its_indents(qtbot, library: Library, seminar_id: int) -> None:
    window = open_koping(qtbot, library, seminar_id)
    editor = window.editor
    pixels, indent = QFontInfo(editor.font()).pixelSize(), text_left(window, 1) - text_left(window, 0)
    steps = editor.undoStack().count()
    for _ in range(3):
        qtbot.keyClick(editor, Qt.Key.Key_Plus, CTRL)
    assert editor.textScale() == 1.5  # 1.1, 1.25, 1.5
    assert QFontInfo(editor.font()).pixelSize() >= pixels * 1.4
    assert abs((text_left(window, 1) - text_left(window, 0)) - indent * 1.5) <= 1  # the sub-point's indent grew too
    assert window.statusBar().currentMessage() == "Text size 150 %"
    assert editor.points() == [Point("Reflektera"), Point("På APT", 1)]
    assert editor.undoStack().count() == steps and not window.autosaver.pending()  # nothing to undo or save
    assert editor.hasFocus() and editor.textCursor().atEnd()
    qtbot.keyClick(editor, Qt.Key.Key_Minus, CTRL)
    assert editor.textScale() == 1.25
    qtbot.keyClick(editor, Qt.Key.Key_0, CTRL)
    assert editor.textScale() == 1.0 and QFontInfo(editor.font()).pixelSize() == pixels
    assert text_left(window, 1) - text_left(window, 0) == indent
    for _ in range(20):
        qtbot.keyClick(editor, Qt.Key.Key_Minus, CTRL)
    assert editor.textScale() == 0.7  # the smallest step, and no further


def test_the_zoom_is_remembered(qtbot, library: Library, seminar_id: int) -> None:
    window = open_koping(qtbot, library, seminar_id)
    qtbot.keyClick(window.editor, Qt.Key.Key_Plus, CTRL)
    qtbot.keyClick(window.editor, Qt.Key.Key_Plus, CTRL)
    window.close()
    again = open_koping(qtbot, library, seminar_id)
    assert again.editor.textScale() == 1.25
    assert again.editor.points() == [Point("Reflektera"), Point("På APT", 1)]


def test_ctrl_wheel_over_the_points_zooms(qtbot, library: Library, seminar_id: int) -> None:
    window = open_koping(qtbot, library, seminar_id)
    viewport = window.editor.viewport()
    for delta in (120, 120, -120):
        event = QWheelEvent(QPointF(20, 20), QPointF(viewport.mapToGlobal(QPoint(20, 20))), QPoint(), QPoint(0, delta),
                            Qt.MouseButton.NoButton, CTRL, Qt.ScrollPhase.NoScrollPhase, False)
        QApplication.sendEvent(viewport, event)
    assert window.editor.textScale() == 1.1
