"""The projector reads the editor's document as it is typed: whatever the keys, what it
reads is what the editor holds, and reading records nothing in the editor."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication

from seminarnotes.core.outline import Point
from seminarnotes.ui.editor.widget import PointEditor
from seminarnotes.ui.venue.feed import EditorReader
from tests.helpers import type_text

SHIFT, CTRL = Qt.KeyboardModifier.ShiftModifier, Qt.KeyboardModifier.ControlModifier

KEYS = {
    "type": lambda bot, e: type_text(bot, e, "å"),  # one key: the projector re-reads one block
    "type two": lambda bot, e: type_text(bot, e, "ti"),
    "enter": lambda bot, e: bot.keyClick(e, Qt.Key.Key_Return),
    "linebreak": lambda bot, e: bot.keyClick(e, Qt.Key.Key_Return, SHIFT),
    "tab": lambda bot, e: bot.keyClick(e, Qt.Key.Key_Tab),
    "backtab": lambda bot, e: bot.keyClick(e, Qt.Key.Key_Backtab, SHIFT),
    "backspace": lambda bot, e: bot.keyClick(e, Qt.Key.Key_Backspace),
    "delete": lambda bot, e: bot.keyClick(e, Qt.Key.Key_Delete),
    "up": lambda bot, e: bot.keyClick(e, Qt.Key.Key_Up),
    "down": lambda bot, e: bot.keyClick(e, Qt.Key.Key_Down),
    "highlight": lambda bot, e: bot.keyClick(e, Qt.Key.Key_H, CTRL),
    "move": lambda bot, e: bot.keyClick(e, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier | SHIFT),
    "undo": lambda bot, e: bot.keyClick(e, Qt.Key.Key_Z, CTRL),
    "select across": lambda bot, e: bot.keyClick(e, Qt.Key.Key_Up, SHIFT),
    "paste lines": lambda bot, e: _paste(e, "ett\n\tsub\ntvå"),
}


def _paste(editor: PointEditor, text: str) -> None:
    mime = QMimeData()
    mime.setText(text)
    editor.insertFromMimeData(mime)


# qtbot only types
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(sorted(KEYS)), min_size=1, max_size=30))
def test_what_the_projector_reads_is_what_the_editor_holds(qtbot, keys: list[str]) -> None:
    editor = PointEditor()
    editor.setPoints([Point("Reflektera"), Point("På APT", 1), Point("Dialog", 0, "highlight")])
    editor.moveCursor(QTextCursor.MoveOperation.End)
    reader = EditorReader(editor)
    assert reader.points() == tuple(editor.points())
    for key in keys:
        KEYS[key](qtbot, editor)
        QApplication.processEvents()  # Qt's own edits are recorded from the event loop
        stack = editor.undoStack()
        steps, index = stack.count(), stack.index()
        read = reader.points()
        assert (stack.count(), stack.index()) == (steps, index)  # reading records nothing of its own
        assert read == tuple(editor.points()), key
    editor.deleteLater()
