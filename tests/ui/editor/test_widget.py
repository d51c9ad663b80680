"""The point editor driven by real keys, as a documenter at a venue would (EDITOR.md)."""

from __future__ import annotations


import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QAction, QKeySequence, QTextCursor
from PySide6.QtWidgets import QApplication, QMainWindow

from seminarnotes.core.outline import Point, clamp_levels
from seminarnotes.ui.editor.cursor import CursorState
from seminarnotes.ui.editor.keys import window_keys
from seminarnotes.ui.editor.widget import PointEditor
from tests.helpers import type_text

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def editor(qtbot) -> PointEditor:  # noqa: ANN001
    widget = PointEditor()
    qtbot.addWidget(widget)
    widget.resize(600, 400)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    widget.setFocus()
    return widget


def P(text: str, level: int = 0, kind: str = "point") -> Point:  # noqa: N802
    return Point(text, level, kind)


def H(text: str, level: int = 0) -> Point:  # noqa: N802
    return Point(text, level, "highlight")


def place(editor: PointEditor, index: int, offset: int = 0, select_to: tuple[int, int] | None = None) -> None:
    """Put the cursor at (point, offset), optionally selecting to another (point, offset)."""
    document = editor.document()
    cursor = QTextCursor(document)
    cursor.setPosition(document.findBlockByNumber(index).position() + offset)
    if select_to is not None:
        block, at = select_to
        cursor.setPosition(document.findBlockByNumber(block).position() + at, QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)


def key(qtbot, editor, k, mods=Qt.KeyboardModifier.NoModifier) -> None:  # noqa: ANN001
    qtbot.keyClick(editor, k, mods)


def undo_texts(editor: PointEditor) -> list[str]:
    stack = editor.undoStack()
    return [stack.text(i) for i in range(stack.count())]


# ----- empty editor, typing, edited signal ---------------------------------------------

def test_empty_editor_and_single_empty_point_mean_no_points(editor):
    assert editor.points() == []
    assert editor.currentPointIndex() == -1
    editor.setPoints([P("")])
    assert editor.points() == []
    editor.setPoints([P("a"), P("")])
    assert editor.points() == [P("a"), P("")]


def test_typing_makes_the_first_point(qtbot, editor):
    type_text(qtbot, editor, "Mer tid för uppföljning")
    assert editor.points() == [P("Mer tid för uppföljning")]
    assert undo_texts(editor) == ["Typing", "Typing", "Typing", "Typing"]  # one step per word


def test_edited_fires_on_typing_and_undo_not_on_set_points(qtbot, editor):
    seen: list[int] = []
    editor.edited.connect(lambda: seen.append(1))
    editor.setPoints([P("a"), P("b", 1)])
    assert seen == []
    assert editor.undoStack().count() == 0
    place(editor, 0, 1)
    type_text(qtbot, editor, "x")
    assert len(seen) == 1
    key(qtbot, editor, Qt.Key.Key_Z, CTRL)
    assert len(seen) == 2
    key(qtbot, editor, Qt.Key.Key_Left)  # moving the cursor is not an edit
    assert len(seen) == 2


def test_set_points_repairs_levels_and_restarts_history(qtbot, editor):
    type_text(qtbot, editor, "old")
    editor.setPoints([P("a", 1), P("b", 2), P("c", 2), P("d", 0, "bogus")])
    assert editor.points() == [P("a"), P("b", 1), P("c", 2), P("d")]
    assert not editor.undoStack().canUndo()


def test_emoji_offsets_split_correctly(qtbot, editor):
    editor.setPoints([P("bra 👍 idé")])
    place(editor, 0, 6)  # after the emoji (two UTF-16 units) and a space
    key(qtbot, editor, Qt.Key.Key_Return)
    assert editor.points() == [P("bra 👍"), P(" idé")]


# ----- Enter, Shift+Enter ------------------------------------------------------------------

def test_enter_adds_a_point_after_at_the_same_level(qtbot, editor):
    type_text(qtbot, editor, "Samverkan")
    key(qtbot, editor, Qt.Key.Key_Return)
    key(qtbot, editor, Qt.Key.Key_Tab)
    type_text(qtbot, editor, "möten")
    key(qtbot, editor, Qt.Key.Key_Return)
    type_text(qtbot, editor, "rektor")
    assert editor.points() == [P("Samverkan"), P("möten", 1), P("rektor", 1)]
    assert editor.currentPointIndex() == 2


def test_enter_mid_text_splits_the_point(qtbot, editor):
    editor.setPoints([P("a"), P("hello world", 1), P("b", 1)])
    place(editor, 1, 5)
    key(qtbot, editor, Qt.Key.Key_Return)
    assert editor.points() == [P("a"), P("hello", 1), P(" world", 1), P("b", 1)]
    type_text(qtbot, editor, "X")
    assert editor.points()[2] == P("X world", 1)


def test_enter_at_start_puts_an_empty_point_above(qtbot, editor):
    editor.setPoints([H("text")])
    place(editor, 0, 0)
    key(qtbot, editor, Qt.Key.Key_Return)
    assert editor.points() == [P(""), H("text")]
    assert editor.currentPointIndex() == 1


def test_enter_splitting_a_highlight_keeps_it_on_both_halves_but_not_on_a_new_point(qtbot, editor):
    editor.setPoints([H("good example")])
    place(editor, 0, 4)
    key(qtbot, editor, Qt.Key.Key_Return)
    assert editor.points() == [H("good"), H(" example")]
    key(qtbot, editor, Qt.Key.Key_End)
    key(qtbot, editor, Qt.Key.Key_Return)
    assert editor.points() == [H("good"), H(" example"), P("")]


def test_enter_replaces_a_selection_then_splits(qtbot, editor):
    editor.setPoints([P("abc"), P("def", 1)])
    place(editor, 0, 1, select_to=(1, 1))
    key(qtbot, editor, Qt.Key.Key_Return)
    assert editor.points() == [P("a"), P("ef")]
    assert undo_texts(editor) == ["New point"]
    key(qtbot, editor, Qt.Key.Key_Z, CTRL)
    assert editor.points() == [P("abc"), P("def", 1)]


def test_enter_on_an_empty_point_outdents_it(qtbot, editor):
    editor.setPoints([P("a"), P("b", 1), P("c", 2)])
    place(editor, 2, 1)
    key(qtbot, editor, Qt.Key.Key_Return)
    key(qtbot, editor, Qt.Key.Key_Return)  # empty level-2 point → level 1
    assert editor.points() == [P("a"), P("b", 1), P("c", 2), P("", 1)]
    key(qtbot, editor, Qt.Key.Key_Return)  # → level 0
    assert editor.points() == [P("a"), P("b", 1), P("c", 2), P("")]
    key(qtbot, editor, Qt.Key.Key_Return)  # empty level 0: nothing new
    assert editor.points() == [P("a"), P("b", 1), P("c", 2), P("")]
    assert undo_texts(editor)[-2:] == ["Outdent", "Outdent"]


def test_enter_in_an_empty_editor_adds_nothing(qtbot, editor):
    key(qtbot, editor, Qt.Key.Key_Return)
    assert editor.points() == []
    assert editor.document().blockCount() == 1
    assert editor.undoStack().count() == 0


def test_shift_enter_is_a_line_break_inside_the_point(qtbot, editor):
    type_text(qtbot, editor, "first")
    key(qtbot, editor, Qt.Key.Key_Return, SHIFT)
    type_text(qtbot, editor, "second")
    assert editor.points() == [P("first\nsecond")]
    assert editor.document().blockCount() == 1
    editor.setPoints([P("one\ntwo", 0)])
    assert editor.document().blockCount() == 1
    assert editor.points() == [P("one\ntwo")]


# ----- Tab, Shift+Tab ------------------------------------------------------------------------

def test_tab_on_the_first_point_does_nothing(qtbot, editor):
    type_text(qtbot, editor, "a")
    key(qtbot, editor, Qt.Key.Key_Tab)
    assert editor.points() == [P("a")]
    assert "\t" not in editor.toPlainText()
    assert editor.hasFocus()  # Tab did not move focus away


def test_tab_goes_at_most_one_deeper_and_at_most_level_2(qtbot, editor):
    editor.setPoints([P("a"), P("b"), P("c"), P("d")])
    place(editor, 1)
    key(qtbot, editor, Qt.Key.Key_Tab)
    key(qtbot, editor, Qt.Key.Key_Tab)  # not two deeper than "a"
    assert editor.points() == [P("a"), P("b", 1), P("c"), P("d")]
    place(editor, 2)
    for _ in range(3):
        key(qtbot, editor, Qt.Key.Key_Tab)
    assert editor.points() == [P("a"), P("b", 1), P("c", 2), P("d")]
    place(editor, 3)
    for _ in range(4):
        key(qtbot, editor, Qt.Key.Key_Tab)
    assert editor.points() == [P("a"), P("b", 1), P("c", 2), P("d", 2)]  # max level 2


def test_tab_and_shift_tab_carry_sub_points(qtbot, editor):
    editor.setPoints([P("a"), P("b"), P("c", 1), P("d")])
    place(editor, 1, 1)
    key(qtbot, editor, Qt.Key.Key_Tab)
    assert editor.points() == [P("a"), P("b", 1), P("c", 2), P("d")]
    key(qtbot, editor, Qt.Key.Key_Backtab, SHIFT)
    assert editor.points() == [P("a"), P("b"), P("c", 1), P("d")]
    key(qtbot, editor, Qt.Key.Key_Backtab, SHIFT)  # level 0 stays 0
    assert editor.points() == [P("a"), P("b"), P("c", 1), P("d")]


def test_tab_refuses_when_a_sub_point_would_pass_level_2(qtbot, editor):
    editor.setPoints([P("a"), P("b", 1), P("c", 1), P("d", 2)])
    place(editor, 2)
    key(qtbot, editor, Qt.Key.Key_Tab)
    assert editor.points() == [P("a"), P("b", 1), P("c", 1), P("d", 2)]
    assert editor.undoStack().count() == 0


def test_tab_and_shift_tab_on_selected_points(qtbot, editor):
    editor.setPoints([P("a"), P("b"), P("c"), P("d")])
    place(editor, 1, 0, select_to=(2, 1))
    key(qtbot, editor, Qt.Key.Key_Tab)
    assert editor.points() == [P("a"), P("b", 1), P("c", 1), P("d")]
    assert editor.textCursor().hasSelection()
    place(editor, 0, 0, select_to=(3, 0))  # ends at the start of "d": "d" is not selected
    key(qtbot, editor, Qt.Key.Key_Backtab, SHIFT)
    assert editor.points() == [P("a"), P("b"), P("c"), P("d")]


# ----- Backspace -------------------------------------------------------------------------------

def test_backspace_at_start_outdents_then_merges(qtbot, editor):
    editor.setPoints([P("one"), P("two", 1), P("x", 2)])
    place(editor, 1, 0)
    key(qtbot, editor, Qt.Key.Key_Backspace)
    assert editor.points() == [P("one"), P("two"), P("x", 1)]
    key(qtbot, editor, Qt.Key.Key_Backspace)
    assert editor.points() == [P("onetwo"), P("x", 1)]
    assert editor.textCursor().positionInBlock() == 3
    assert undo_texts(editor) == ["Outdent", "Merge points"]
    key(qtbot, editor, Qt.Key.Key_Z, CTRL)
    assert editor.points() == [P("one"), P("two"), P("x", 1)]


def test_backspace_at_the_start_of_the_first_point_does_nothing(qtbot, editor):
    editor.setPoints([P("a"), P("b")])
    place(editor, 0, 0)
    key(qtbot, editor, Qt.Key.Key_Backspace)
    assert editor.points() == [P("a"), P("b")]


def test_backspace_removes_an_empty_point_and_keeps_a_highlight(qtbot, editor):
    editor.setPoints([P("a"), P(""), H("good")])
    place(editor, 1, 0)
    key(qtbot, editor, Qt.Key.Key_Backspace)
    assert editor.points() == [P("a"), H("good")]
    assert undo_texts(editor) == ["Delete point"]
    place(editor, 1, 0)
    key(qtbot, editor, Qt.Key.Key_Backspace)
    assert editor.points() == [P("agood")]


def test_backspace_inside_text_deletes_a_character(qtbot, editor):
    editor.setPoints([P("abc", 0), P("def", 1)])
    place(editor, 1, 2)
    key(qtbot, editor, Qt.Key.Key_Backspace)
    assert editor.points() == [P("abc"), P("df", 1)]


def test_deleting_a_selection_across_levels_keeps_the_rules(qtbot, editor):
    editor.setPoints([P("a"), P("b", 1), P("c", 2), P("d", 2)])
    place(editor, 1, 0, select_to=(2, 1))
    key(qtbot, editor, Qt.Key.Key_Delete)
    assert editor.points() == [P("a"), P("", 1), P("d", 2)]  # keeps "b"'s level
    editor.setPoints([P("a"), P("b", 1), P("c", 2)])
    place(editor, 0, 1, select_to=(1, 1))
    type_text(qtbot, editor, "Z")
    assert editor.points() == [P("aZ"), P("c", 1)]


# ----- moves ---------------------------------------------------------------------------------

def test_alt_shift_up_and_down_move_the_point_with_its_sub_points(qtbot, editor):
    editor.setPoints([P("a"), P("a1", 1), P("b"), P("b1", 1), P("b2", 2)])
    place(editor, 2, 1)
    key(qtbot, editor, Qt.Key.Key_Up, ALT | SHIFT)
    assert editor.points() == [P("b"), P("b1", 1), P("b2", 2), P("a"), P("a1", 1)]
    assert editor.currentPointIndex() == 0
    assert editor.textCursor().positionInBlock() == 1
    key(qtbot, editor, Qt.Key.Key_Up, ALT | SHIFT)  # already first: nothing
    assert editor.undoStack().count() == 1
    key(qtbot, editor, Qt.Key.Key_Down, ALT | SHIFT)
    assert editor.points() == [P("a"), P("a1", 1), P("b"), P("b1", 1), P("b2", 2)]
    assert undo_texts(editor) == ["Move point up", "Move point down"]


def test_ctrl_shift_up_and_down_move_too_and_only_among_siblings(qtbot, editor):
    editor.setPoints([P("a"), P("x", 1), P("y", 1), P("b")])
    place(editor, 1)
    key(qtbot, editor, Qt.Key.Key_Down, CTRL | SHIFT)
    assert editor.points() == [P("a"), P("y", 1), P("x", 1), P("b")]
    key(qtbot, editor, Qt.Key.Key_Down, CTRL | SHIFT)  # last child: stays under "a"
    assert editor.points() == [P("a"), P("y", 1), P("x", 1), P("b")]
    key(qtbot, editor, Qt.Key.Key_Up, CTRL | SHIFT)
    assert editor.points() == [P("a"), P("x", 1), P("y", 1), P("b")]


def test_move_undo_and_redo(qtbot, editor):
    editor.setPoints([P("a"), P("b"), H("c")])
    place(editor, 2)
    key(qtbot, editor, Qt.Key.Key_Up, ALT | SHIFT)
    key(qtbot, editor, Qt.Key.Key_Up, ALT | SHIFT)
    assert editor.points() == [H("c"), P("a"), P("b")]
    key(qtbot, editor, Qt.Key.Key_Z, CTRL)
    assert editor.points() == [P("a"), H("c"), P("b")]
    assert editor.currentPointIndex() == 1
    key(qtbot, editor, Qt.Key.Key_Z, CTRL | SHIFT)
    assert editor.points() == [H("c"), P("a"), P("b")]
    assert editor.currentPointIndex() == 0


# ----- highlight ---------------------------------------------------------------------------------

def test_ctrl_h_toggles_highlight_on_the_point(qtbot, editor):
    editor.setPoints([P("a"), P("b", 1)])
    place(editor, 1, 1)
    key(qtbot, editor, Qt.Key.Key_H, CTRL)
    assert editor.points() == [P("a"), H("b", 1)]
    assert editor.highlightAction().isChecked()
    key(qtbot, editor, Qt.Key.Key_H, CTRL)
    assert editor.points() == [P("a"), P("b", 1)]
    assert undo_texts(editor) == ["Mark as highlight", "Remove highlight"]
    key(qtbot, editor, Qt.Key.Key_Z, CTRL)
    assert editor.points() == [P("a"), H("b", 1)]
    key(qtbot, editor, Qt.Key.Key_Z, CTRL)
    assert editor.points() == [P("a"), P("b", 1)]
    key(qtbot, editor, Qt.Key.Key_Y, CTRL)
    assert editor.points() == [P("a"), H("b", 1)]


def test_ctrl_h_on_selected_points_marks_all_unless_all_are_marked(qtbot, editor):
    editor.setPoints([H("a"), P("b"), P("c")])
    place(editor, 0, 0, select_to=(1, 1))
    key(qtbot, editor, Qt.Key.Key_H, CTRL)
    assert editor.points() == [H("a"), H("b"), P("c")]
    key(qtbot, editor, Qt.Key.Key_H, CTRL)
    assert editor.points() == [P("a"), P("b"), P("c")]


def test_highlight_action_works_from_a_menu(qtbot, editor):
    editor.setPoints([P("a")])
    assert editor.highlightAction().text() == "Mark as highlight"
    assert editor.highlightAction().shortcut() == QKeySequence("Ctrl+H")
    editor.highlightAction().trigger()
    assert editor.points() == [H("a")]
    for action in (editor.moveUpAction(), editor.moveDownAction(), editor.indentAction(),
                   editor.outdentAction(), editor.pastePlainAction()):
        assert action.text() and not action.shortcut().isEmpty()


def test_typing_in_a_highlight_stays_plain_text(qtbot, editor):
    editor.setPoints([H("bra")])
    place(editor, 0, 3)
    type_text(qtbot, editor, " exempel")
    assert editor.points() == [H("bra exempel")]
    assert "<i>" not in editor.toHtml() and "italic" not in editor.toHtml()


# ----- undo and redo -----------------------------------------------------------------------------

def test_undo_redo_of_each_structure_action(qtbot, editor):
    editor.setPoints([P("a"), P("b"), P("c")])
    steps = [
        (lambda: (place(editor, 1, 1), key(qtbot, editor, Qt.Key.Key_Return)), "New point"),
        (lambda: (place(editor, 1), key(qtbot, editor, Qt.Key.Key_Tab)), "Indent"),
        (lambda: (place(editor, 1), key(qtbot, editor, Qt.Key.Key_Backtab, SHIFT)), "Outdent"),
        (lambda: (place(editor, 2), key(qtbot, editor, Qt.Key.Key_Up, ALT | SHIFT)), "Move point up"),
        (lambda: (place(editor, 0), key(qtbot, editor, Qt.Key.Key_H, CTRL)), "Mark as highlight"),
        (lambda: (place(editor, 2, 0), key(qtbot, editor, Qt.Key.Key_Backspace)), "Merge points"),
    ]
    for act, name in steps:
        before = editor.points()
        act()
        after = editor.points()
        assert after != before, name
        assert editor.undoStack().undoText() == name
        key(qtbot, editor, Qt.Key.Key_Z, CTRL)
        assert editor.points() == before, name
        key(qtbot, editor, Qt.Key.Key_Y, CTRL)
        assert editor.points() == after, name
        key(qtbot, editor, Qt.Key.Key_Z, CTRL)
        key(qtbot, editor, Qt.Key.Key_Z, CTRL | SHIFT)
        assert editor.points() == after, name


def test_typing_undoes_a_word_at_a_time(qtbot, editor):
    type_text(qtbot, editor, "tre ord här")
    key(qtbot, editor, Qt.Key.Key_Z, CTRL)
    assert editor.points() == [P("tre ord ")]
    key(qtbot, editor, Qt.Key.Key_Z, CTRL)
    assert editor.points() == [P("tre ")]
    key(qtbot, editor, Qt.Key.Key_Y, CTRL)
    key(qtbot, editor, Qt.Key.Key_Y, CTRL)
    assert editor.points() == [P("tre ord här")]


def test_undo_of_typing_after_a_structure_action_keeps_the_structure(qtbot, editor):
    type_text(qtbot, editor, "a")
    key(qtbot, editor, Qt.Key.Key_Return)
    key(qtbot, editor, Qt.Key.Key_Tab)
    type_text(qtbot, editor, "b")
    key(qtbot, editor, Qt.Key.Key_Z, CTRL)
    assert editor.points() == [P("a"), P("", 1)]
    key(qtbot, editor, Qt.Key.Key_Z, CTRL)
    assert editor.points() == [P("a"), P("")]
    assert editor.undoStack().undoText() == "New point"


# ----- paste and copy ---------------------------------------------------------------------------

def paste(qtbot, editor, text: str, mods=CTRL) -> None:  # noqa: ANN001
    QApplication.clipboard().setText(text)
    key(qtbot, editor, Qt.Key.Key_V, mods)


def test_multi_line_paste_reads_bullets_and_indentation(qtbot, editor):
    paste(qtbot, editor, "- Samverkan\n  * möten\n\tbarn\n\n1. Tid\n2. Pengar\n• Lokaler\n")
    assert editor.points() == [P("Samverkan"), P("möten", 1), P("barn", 1), P("Tid"), P("Pengar"), P("Lokaler")]
    assert editor.undoStack().undoText() == "Paste"
    assert editor.currentPointIndex() == 5
    key(qtbot, editor, Qt.Key.Key_Z, CTRL)
    assert editor.points() == []


def test_pasted_levels_are_relative_to_the_current_point(qtbot, editor):
    editor.setPoints([P("a"), P("b", 1)])
    place(editor, 1, 1)  # end of "b"
    paste(qtbot, editor, "x\n\ty\n\t\tz")
    assert editor.points() == [P("a"), P("b", 1), P("x", 1), P("y", 2), P("z", 2)]


def test_indented_block_paste_stays_at_the_current_level(qtbot, editor):
    editor.setPoints([P("a")])
    place(editor, 0, 1)
    paste(qtbot, editor, "    - one\n    - two")
    assert editor.points() == [P("a"), P("one"), P("two")]


def test_multi_line_paste_into_an_empty_point_replaces_it(qtbot, editor):
    editor.setPoints([P("a"), P("", 1)])
    place(editor, 1)
    paste(qtbot, editor, "x\ny")
    assert editor.points() == [P("a"), P("x", 1), P("y", 1)]


def test_multi_line_paste_mid_point_goes_between_its_halves(qtbot, editor):
    editor.setPoints([P("abcd")])
    place(editor, 0, 2)
    paste(qtbot, editor, "x\ny")
    assert editor.points() == [P("ab"), P("x"), P("y"), P("cd")]
    place(editor, 0, 0)
    paste(qtbot, editor, "p\nq")
    assert editor.points() == [P("p"), P("q"), P("ab"), P("x"), P("y"), P("cd")]


def test_single_line_paste_goes_into_the_point(qtbot, editor):
    editor.setPoints([P("ab")])
    place(editor, 0, 1)
    paste(qtbot, editor, "XY \n")
    assert editor.points() == [P("aXY b")]
    assert editor.textCursor().positionInBlock() == 4


def test_ctrl_shift_v_pastes_plain_text_into_the_current_point(qtbot, editor):
    editor.setPoints([P("a"), P("b", 1)])
    place(editor, 1, 1)
    paste(qtbot, editor, "- one\n  two\n\tthree", CTRL | SHIFT)
    assert editor.points() == [P("a"), P("b- one two three", 1)]
    assert editor.undoStack().undoText() == "Paste"


def test_pasted_html_becomes_plain_lines(qtbot, editor):
    mime = QMimeData()
    mime.setHtml("<ul><li><b>Fet</b> text</li><li style='color:red'>Röd</li></ul>")
    QApplication.clipboard().setMimeData(mime)
    key(qtbot, editor, Qt.Key.Key_V, CTRL)
    assert editor.points() == [P("Fet text"), P("Röd")]
    assert "font-weight:700" not in editor.toHtml() and "color:" not in editor.toHtml()


def test_copy_across_points_gives_tabbed_text_and_internal_paste_keeps_levels_and_highlights(qtbot, editor):
    editor.setPoints([P("a"), P("bb", 1), H("cc", 2), P("d")])
    place(editor, 1, 1, select_to=(2, 2))
    key(qtbot, editor, Qt.Key.Key_C, CTRL)
    assert QApplication.clipboard().text() == "b\n\tcc"
    place(editor, 3, 1)
    key(qtbot, editor, Qt.Key.Key_V, CTRL)
    assert editor.points() == [P("a"), P("bb", 1), H("cc", 2), P("d"), P("b", 1), H("cc", 2)]


def test_copy_inside_one_point_is_its_text(qtbot, editor):
    editor.setPoints([P("one\ntwo", 1 - 1)])
    place(editor, 0, 0, select_to=(0, 7))
    key(qtbot, editor, Qt.Key.Key_C, CTRL)
    assert QApplication.clipboard().text() == "one\ntwo"


def test_cut_across_points_is_one_undo_step(qtbot, editor):
    editor.setPoints([P("ab"), P("cd", 1), P("ef")])
    place(editor, 0, 1, select_to=(1, 1))
    key(qtbot, editor, Qt.Key.Key_X, CTRL)
    assert editor.points() == [P("ad"), P("ef")]
    assert QApplication.clipboard().text() == "b\n\tc"
    assert editor.undoStack().undoText() == "Cut"
    key(qtbot, editor, Qt.Key.Key_Z, CTRL)
    assert editor.points() == [P("ab"), P("cd", 1), P("ef")]


# ----- whole points through the clipboard (issue 8, case 9) -----------------------------------

def select_point_with_keys(qtbot, editor, index: int) -> None:  # noqa: ANN001
    """Into the point, then Home, Shift+End: its whole text, as the user selects it."""
    place(editor, index, 1)
    key(qtbot, editor, Qt.Key.Key_Home)
    key(qtbot, editor, Qt.Key.Key_End, SHIFT)


def test_cut_of_a_whole_highlighted_point_and_paste_elsewhere_keeps_level_and_highlight(qtbot, editor):
    editor.setPoints([P("a"), H("Viktigt", 1), P("c"), P("d")])
    select_point_with_keys(qtbot, editor, 1)
    key(qtbot, editor, Qt.Key.Key_X, CTRL)
    assert editor.points() == [P("a"), P("c"), P("d")]  # no empty point left behind
    assert editor.undoStack().undoText() == "Cut"
    assert QApplication.clipboard().text() == "Viktigt"  # other programs get the text alone
    assert editor.currentPointIndex() == 1 and editor.textCursor().positionInBlock() == 0
    key(qtbot, editor, Qt.Key.Key_Down)
    key(qtbot, editor, Qt.Key.Key_End)
    key(qtbot, editor, Qt.Key.Key_V, CTRL)
    assert editor.points() == [P("a"), P("c"), P("d"), H("Viktigt", 1)]
    assert editor.currentPointIndex() == 3 and editor.textCursor().positionInBlock() == len("Viktigt")
    key(qtbot, editor, Qt.Key.Key_Z, CTRL)
    key(qtbot, editor, Qt.Key.Key_Z, CTRL)
    assert editor.points() == [P("a"), H("Viktigt", 1), P("c"), P("d")]


def test_a_whole_point_pasted_onto_an_empty_point_replaces_it(qtbot, editor):
    editor.setPoints([P("a"), H("b"), P("c")])
    select_point_with_keys(qtbot, editor, 1)
    key(qtbot, editor, Qt.Key.Key_C, CTRL)
    place(editor, 2, 1)
    key(qtbot, editor, Qt.Key.Key_Return)  # a new empty point after "c"
    key(qtbot, editor, Qt.Key.Key_Tab)
    key(qtbot, editor, Qt.Key.Key_V, CTRL)
    assert editor.points() == [P("a"), H("b"), P("c"), H("b")]  # its own level, not the empty point's


def test_whole_points_go_before_a_point_at_its_start_and_never_split_its_text(qtbot, editor):
    editor.setPoints([P("abcd"), H("x", 1), P("efgh")])
    select_point_with_keys(qtbot, editor, 1)
    key(qtbot, editor, Qt.Key.Key_X, CTRL)
    place(editor, 1, 2)  # in the middle of "efgh"
    key(qtbot, editor, Qt.Key.Key_V, CTRL)
    assert editor.points() == [P("abcd"), P("efgh"), H("x", 1)]
    place(editor, 0, 0)
    key(qtbot, editor, Qt.Key.Key_V, CTRL)
    assert editor.points() == [H("x"), P("abcd"), P("efgh"), H("x", 1)]  # first point: level 0


def test_several_whole_points_cut_and_pasted_keep_their_levels(qtbot, editor):
    editor.setPoints([P("a"), P("b", 1), H("c", 2), P("d"), P("e")])
    place(editor, 1, 0)
    key(qtbot, editor, Qt.Key.Key_Down, SHIFT)
    key(qtbot, editor, Qt.Key.Key_Down, SHIFT)
    key(qtbot, editor, Qt.Key.Key_Home, SHIFT)  # "b" and "c" whole, up to the start of "d"
    key(qtbot, editor, Qt.Key.Key_X, CTRL)
    assert editor.points() == [P("a"), P("d"), P("e")]
    assert QApplication.clipboard().text() == "b\n\tc"
    key(qtbot, editor, Qt.Key.Key_End)  # end of "d"
    key(qtbot, editor, Qt.Key.Key_V, CTRL)
    assert editor.points() == [P("a"), P("d"), P("b", 1), H("c", 2), P("e")]


def test_whole_points_pasted_over_selected_whole_points_replace_them(qtbot, editor):
    editor.setPoints([P("a"), H("b", 1), P("c"), P("d")])
    select_point_with_keys(qtbot, editor, 1)
    key(qtbot, editor, Qt.Key.Key_C, CTRL)
    place(editor, 2, 0, select_to=(4 - 1, 1))  # "c" and "d"
    key(qtbot, editor, Qt.Key.Key_V, CTRL)
    assert editor.points() == [P("a"), H("b", 1), H("b", 1)]


def test_cutting_every_point_leaves_an_empty_group(qtbot, editor):
    editor.setPoints([H("a"), P("b", 1)])
    key(qtbot, editor, Qt.Key.Key_A, CTRL)
    key(qtbot, editor, Qt.Key.Key_X, CTRL)
    assert editor.points() == []
    key(qtbot, editor, Qt.Key.Key_V, CTRL)
    assert editor.points() == [H("a"), P("b", 1)]


def test_a_whole_point_pasted_as_plain_text_goes_into_the_current_point(qtbot, editor):
    editor.setPoints([H("Viktigt", 1 - 1), P("abcd")])
    select_point_with_keys(qtbot, editor, 0)
    key(qtbot, editor, Qt.Key.Key_C, CTRL)
    place(editor, 1, 2)
    key(qtbot, editor, Qt.Key.Key_V, CTRL | SHIFT)
    assert editor.points() == [H("Viktigt"), P("abViktigtcd")]


# ----- the window's keys -------------------------------------------------------------------------

WINDOW_SHORTCUTS = ["Ctrl+PgDown", "Ctrl+PgUp", "Ctrl+Shift+N", "F2", "Ctrl+F", "Ctrl+E", "Ctrl+S", "Ctrl+O"]


def test_window_shortcuts_reach_the_window(qtbot):
    window = QMainWindow()
    qtbot.addWidget(window)
    editor = PointEditor()
    window.setCentralWidget(editor)
    fired: list[str] = []
    actions = []
    for text in WINDOW_SHORTCUTS:
        action = QAction(text, window)
        action.setShortcut(QKeySequence(text))
        action.triggered.connect(lambda _=False, t=text: fired.append(t))
        window.addAction(action)
        actions.append(action)
    editor.setWindowKeys(window_keys(actions))  # as the main window tells its editor
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    editor.setFocus()
    qtbot.waitUntil(editor.hasFocus)
    editor.setPoints([P("a"), P("b")])
    for text in WINDOW_SHORTCUTS:
        combo = QKeySequence(text)[0]
        qtbot.keyClick(editor, combo.key(), combo.keyboardModifiers())
    assert fired == WINDOW_SHORTCUTS
    assert editor.points() == [P("a"), P("b")]


def test_ctrl_page_down_is_not_swallowed_without_a_window_action(qtbot, editor):
    """A key the window names travels up even where no action takes it."""
    action = QAction("Next group")
    action.setShortcut(QKeySequence("Ctrl+PgDown"))
    editor.setWindowKeys(window_keys([action]))
    editor.setPoints([P("a"), P("b")])
    place(editor, 0)
    event_seen: list[bool] = []
    original = type(editor).keyPressEvent

    def spy(self, event):  # noqa: ANN001
        original(self, event)
        if event.key() == Qt.Key.Key_PageDown:  # QTest also presses Ctrl itself
            event_seen.append(event.isAccepted())

    editor.keyPressEvent = spy.__get__(editor)  # type: ignore[method-assign]
    key(qtbot, editor, Qt.Key.Key_PageDown, CTRL)
    assert event_seen == [False]  # ignored, so it travels up to the window
    assert editor.currentPointIndex() == 0


# ----- cursor API, performance, robustness ----------------------------------------------------

def test_set_current_point_puts_the_cursor_at_its_start(qtbot, editor):
    editor.setPoints([P("a"), P("bcd", 1), P("e")])
    editor.setCurrentPoint(1)
    assert editor.currentPointIndex() == 1
    assert editor.textCursor().positionInBlock() == 0
    editor.setCurrentPoint(99)
    assert editor.currentPointIndex() == 2


def test_asking_for_the_current_point_records_no_undo_step(qtbot, editor):
    """Ctrl+F asks where the cursor is; an edit Qt made itself (a drop, an input method)
    is recorded once, when control is back in the event loop, not by the question."""
    editor.setPoints([P("a"), P("b")])
    place(editor, 1, 1)
    editor.textCursor().insertText("c")  # Qt's own edit, not a key the editor handled
    assert editor.currentPointIndex() == 1
    assert editor.undoStack().count() == 0
    qtbot.waitUntil(lambda: editor.undoStack().count() == 1)
    assert editor.points() == [P("a"), P("bc")]
    editor.setPoints([])
    assert editor.currentPointIndex() == -1


def test_typing_in_a_group_of_300_points_edits_only_that_point(qtbot, editor):
    """Speed is measured in benchmarks/bench_typing.py; this checks the result."""
    outline = [P(f"punkt {i} med lite text", [0, 1, 2, 1][i % 4]) for i in range(300)]
    editor.setPoints(outline)
    editor.setCurrentPoint(150)
    key(qtbot, editor, Qt.Key.Key_End)
    qtbot.keyClicks(editor, "x" * 60)
    key(qtbot, editor, Qt.Key.Key_Return)
    key(qtbot, editor, Qt.Key.Key_Tab)
    points = editor.points()
    assert points[150] == P(outline[150].text + "x" * 60, outline[150].level)
    assert points[151] == P("", min(outline[150].level + 1, 2))
    assert points[:150] == outline[:150] and points[152:] == outline[151:]


levels = st.lists(st.tuples(st.sampled_from(["", "a", "b", "c\nd", "ä"]), st.integers(0, 2),
                            st.sampled_from(["point", "highlight"])), min_size=0, max_size=8)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(first=levels, second=levels)
def test_undo_snapshots_write_any_outline_over_any_other(editor, first, second):
    a = clamp_levels([Point(*row) for row in first])
    b = clamp_levels([Point(*row) for row in second])
    editor.setPoints(a)
    editor.restoreSnapshot(b or [P("")], CursorState(0, 0, 0, 0))
    assert editor.points() == ([] if b in ([], [P("")]) or (len(b) == 1 and not b[0].text) else b)
    assert editor.document().blockCount() == max(1, len(b))


# ----- edits that do not come through keyPressEvent ----------------------------------------

def test_an_input_method_commit_is_typing(qtbot, editor):
    from PySide6.QtGui import QInputMethodEvent

    editor.setPoints([P("caf")])
    place(editor, 0, 3)
    event = QInputMethodEvent()
    event.setCommitString("é")
    QApplication.sendEvent(editor, event)
    assert editor.points() == [P("café")]
    assert editor.undoStack().undoText() == "Typing"


def test_changes_qt_makes_by_itself_are_recorded(qtbot, editor):
    editor.setPoints([P("a"), P("b", 1)])
    place(editor, 1, 1)
    editor.insertPlainText("c")  # as the context menu or an accessibility tool might
    qtbot.waitUntil(lambda: editor.undoStack().undoText() == "Edit")  # recorded back in the event loop
    assert editor.points() == [P("a"), P("bc", 1)]
    editor.undoStack().undo()
    assert editor.points() == [P("a"), P("b", 1)]


def drag_inside(qtbot, editor, select: tuple[int, int, int, int], to: tuple[int, int]) -> None:  # noqa: ANN001
    """What QTextEdit's dropEvent does for a move: remove the dragged text and paste at
    the drop point, inside one edit block whose signals arrive afterwards."""
    place(editor, select[0], select[1], select_to=(select[2], select[3]))
    mime = editor.createMimeDataFromSelection()
    drop = QTextCursor(editor.document())
    drop.beginEditBlock()
    drag = editor.textCursor()
    drag.removeSelectedText()
    target = editor.textCursor()
    target.setPosition(editor.document().findBlockByNumber(to[0]).position() + to[1])
    editor.setTextCursor(target)
    editor.insertFromMimeData(mime)
    drop.endEditBlock()
    QApplication.processEvents()  # back in the event loop, where a real drop returns


def test_a_drag_inside_the_editor_is_one_undoable_paste(qtbot, editor):
    editor.setPoints([P("a"), P("bc", 1), P("d")])
    drag_inside(qtbot, editor, (1, 0, 1, 1), to=(2, 1))  # "b": part of a point
    assert editor.points() == [P("a"), P("c", 1), P("db")]
    editor.undoStack().undo()
    assert editor.points() == [P("a"), P("bc", 1), P("d")]


def test_a_whole_point_dragged_moves_with_its_level_and_leaves_nothing_empty(qtbot, editor):
    editor.setPoints([P("a"), H("bc", 1), P("d"), P("e")])
    drag_inside(qtbot, editor, (1, 0, 1, 2), to=(2, 1))  # to the end of "d"
    assert editor.points() == [P("a"), P("d"), H("bc", 1), P("e")]
    assert editor.undoStack().undoText() == "Paste"
    editor.undoStack().undo()
    assert editor.points() == [P("a"), H("bc", 1), P("d"), P("e")]
    drag_inside(qtbot, editor, (1, 0, 1, 2), to=(0, 0))  # to the start of "a"
    assert editor.points() == [H("bc"), P("a"), P("d"), P("e")]


def test_cut_called_by_the_window_is_named(qtbot, editor):
    editor.setPoints([P("abc")])
    place(editor, 0, 0, select_to=(0, 2))
    editor.cut()
    assert editor.points() == [P("c")]
    assert editor.undoStack().undoText() == "Cut"
