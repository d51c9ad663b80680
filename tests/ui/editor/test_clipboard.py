"""Cut and paste of whole points in the window (issue 8, case 9): a highlighted point
cut with Home, Shift+End, Ctrl+X and pasted elsewhere keeps its level and highlight,
and no empty point is left; checked in a freshly opened Library."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from seminarnotes.core.library import Library
from seminarnotes.core.outline import Point
from tests.helpers import show_window

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def test_a_highlighted_point_cut_and_pasted_keeps_its_highlight_and_leaves_no_empty_point(
        qtbot, library: Library, library_path: Path, seminar_id: int) -> None:  # noqa: ANN001
    group = library.seminar_tree(seminar_id)[0].groups[0].id
    library.set_points(group, [Point("Reflektera"), Point("En kontaktperson per skola", 1, "highlight"),
                               Point("På APT"), Point("Mentorer")])
    window = show_window(qtbot, library)
    window.page.select("group", group)
    editor = window.editor
    editor.setFocus()
    editor.setCurrentPoint(1)
    qtbot.keyClick(editor, Qt.Key.Key_Right)
    qtbot.keyClick(editor, Qt.Key.Key_Home)
    qtbot.keyClick(editor, Qt.Key.Key_End, SHIFT)
    qtbot.keyClick(editor, Qt.Key.Key_X, CTRL)
    qtbot.keyClick(editor, Qt.Key.Key_End, CTRL)  # elsewhere: the end of the last point
    qtbot.keyClick(editor, Qt.Key.Key_V, CTRL)
    expected = [Point("Reflektera"), Point("På APT"), Point("Mentorer"),
                Point("En kontaktperson per skola", 1, "highlight")]

    def stored() -> list[Point]:
        with Library.open(library_path) as lib:
            return lib.points(group)

    qtbot.waitUntil(lambda: stored() == expected, timeout=3000)
