"""The window's one key table: the actions' keys reach the window from the editor, the
shortcut list shows the keys the actions have, and no key is listed twice (a key listed
twice is an ambiguous shortcut, which does nothing)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication

from seminarnotes.core.library import Library
from seminarnotes.ui.window.dialogs import shortcut_rows
from tests.helpers import show_window

CTRL = Qt.KeyboardModifier.ControlModifier


def _overridden(widget, key: int, mods: Qt.KeyboardModifier) -> bool:  # noqa: ANN001
    """Whether `widget` takes the key before the window's shortcuts see it."""
    event = QKeyEvent(QEvent.Type.ShortcutOverride, key, mods)
    event.ignore()
    QApplication.sendEvent(widget, event)
    return event.isAccepted()


def test_every_window_key_passes_the_editor_and_the_outline_keys_stay_its_own(qtbot, library: Library,  # noqa: ANN001
                                                                            seminar_id: int) -> None:  # noqa: ARG001
    window = show_window(qtbot, library)
    window.page.select("group", library.seminar_tree(seminar_id)[0].groups[0].id)
    window.editor.setFocus()
    keys = [(sequence[0].key(), sequence[0].keyboardModifiers())
            for action in window.windowActions.windowWide() for sequence in action.shortcuts() if sequence.count()]
    assert {(Qt.Key.Key_PageDown, CTRL), (Qt.Key.Key_F2, Qt.KeyboardModifier.NoModifier),
            (Qt.Key.Key_E, CTRL), (Qt.Key.Key_F, CTRL)} <= set(keys)
    assert [key for key in keys if _overridden(window.editor, *key)] == []
    for key in (Qt.Key.Key_Z, Qt.Key.Key_H):  # undo and highlight: the editor's, while it has the keys
        assert _overridden(window.editor, key, CTRL)


def test_the_shortcut_list_shows_the_keys_the_actions_have(qtbot, library: Library) -> None:  # noqa: ANN001
    window = show_window(qtbot, library)
    actions = window.windowActions
    new_group = "New group in the current session, cursor in its name"
    assert ("Ctrl+Shift+N", new_group) in shortcut_rows(actions)
    actions.addGroupAction.setShortcut(QKeySequence("Ctrl+Alt+G"))
    assert ("Ctrl+Alt+G", new_group) in shortcut_rows(actions)
    keys = dict((text, key) for key, text in shortcut_rows(actions))
    assert keys["Indent / outdent the point (and the selected points)"] == "Tab / Shift+Tab"
    assert keys["Next / previous group, across sessions"] == "Ctrl+PgDown / Ctrl+PgUp"
    assert keys["Delete the selected group or session, after asking"] == "Del (in the tree)"


def test_no_action_lists_a_key_twice(qtbot, library: Library) -> None:  # noqa: ANN001
    window = show_window(qtbot, library)
    for action in window.findChildren(type(window.windowActions.undoAction)):
        shortcuts = [sequence.toString() for sequence in action.shortcuts()]
        assert len(shortcuts) == len(set(shortcuts)), (action.text(), shortcuts)


def test_ctrl_y_redoes_in_the_tree_too(qtbot, library: Library, seminar_id: int) -> None:  # noqa: ANN001
    window = show_window(qtbot, library)
    group = library.seminar_tree(seminar_id)[0].groups[0]
    window.structure.rename_group(group.id, "Kungsör")
    window.page.select("group", group.id)
    window.tree.setFocus()
    qtbot.waitUntil(window.tree.hasFocus)
    qtbot.keyClick(window.tree, Qt.Key.Key_Z, CTRL)
    assert library.seminar_tree(seminar_id)[0].groups[0].name == group.name
    qtbot.keyClick(window.tree, Qt.Key.Key_Y, CTRL)
    assert library.seminar_tree(seminar_id)[0].groups[0].name == "Kungsör"
