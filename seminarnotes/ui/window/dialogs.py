"""Small dialogs of the window: the keyboard shortcuts (EDITOR.md's table, with the keys
of the window's actions) and About."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

import seminarnotes

if TYPE_CHECKING:
    from seminarnotes.ui.window.actions import WindowActions

# Keys only some keyboards have, which QKeySequence's standard bindings list beside the
# keys everyone types: a keyboard's own command keys (Undo, Copy, Find, ...) and the
# function keys above F12 (a Sun keyboard's Undo is F14).
_SPECIAL_KEYS = {Qt.Key.Key_New, Qt.Key.Key_Open, Qt.Key.Key_Save, Qt.Key.Key_Close, Qt.Key.Key_Undo,
                 Qt.Key.Key_Redo, Qt.Key.Key_Cut, Qt.Key.Key_Copy, Qt.Key.Key_Paste, Qt.Key.Key_Find,
                 Qt.Key.Key_Help, Qt.Key.Key_Forward, Qt.Key.Key_Back,
                 *(Qt.Key(Qt.Key.Key_F13.value + n) for n in range(23))}  # F13 to F35


def keys_text(*actions: QAction) -> str:
    """The keys of `actions` as the menus show them: an action's keys joined by ", ",
    one action from the next by " / " (keys only some keyboards have, such as a key
    labelled Undo, are left out)."""
    def typed(action: QAction) -> list[str]:
        return [sequence.toString(QKeySequence.SequenceFormat.NativeText) for sequence in action.shortcuts()
                if sequence.count() == 1 and not _SPECIAL_KEYS & {sequence[0].key()}]

    return " / ".join(", ".join(typed(action)) for action in actions)


def shortcut_rows(actions: WindowActions) -> list[tuple[str, str]]:
    """EDITOR.md's key table, in the user's language; the keys are the actions' own."""
    editor = actions.editor
    translate = QCoreApplication.translate
    return [
        (translate("Shortcuts", "Enter"),
         translate("Shortcuts", "New point after this one, same level (splits the point at the cursor)")),
        (translate("Shortcuts", "Enter on an empty point"),
         translate("Shortcuts", "Outdent it; on an empty top-level point nothing is added")),
        (translate("Shortcuts", "Shift+Enter"),
         translate("Shortcuts", "Line break inside the point")),
        (keys_text(editor.indentAction(), editor.outdentAction()),
         translate("Shortcuts", "Indent / outdent the point (and the selected points)")),
        (translate("Shortcuts", "Backspace at the start of a point"),
         translate("Shortcuts", "Outdent if indented, else merge into the previous point")),
        (keys_text(editor.moveUpAction(), editor.moveDownAction()),
         translate("Shortcuts", "Move the point with its sub-points up / down; in the tree, move the session or "
                                "group")),
        (keys_text(editor.highlightAction()),
         translate("Shortcuts", "Mark the point(s) as a highlight (a workplace's own good example)")),
        (keys_text(actions.undoAction, actions.redoAction),
         translate("Shortcuts", "Undo / redo, also for moves, indents and highlights")),
        (keys_text(actions.pasteAction),
         translate("Shortcuts", "Paste several lines as one point per line; indentation and bullets set the "
                                "level")),
        (translate("Shortcuts", "%1, then %2").replace("%1", keys_text(actions.cutAction, actions.copyAction))
         .replace("%2", keys_text(actions.pasteAction)),
         translate("Shortcuts", "Whole points move or copy with their level and highlight; a cut leaves no empty "
                                "point")),
        (keys_text(editor.pastePlainAction()),
         translate("Shortcuts", "Paste as plain text into the current point")),
        (translate("Shortcuts", "Alt+Down (in the date)"),
         translate("Shortcuts", "Choose the date in a calendar")),
        (keys_text(actions.nextGroupAction, actions.previousGroupAction),
         translate("Shortcuts", "Next / previous group, across sessions")),
        (keys_text(actions.addGroupAction),
         translate("Shortcuts", "New group in the current session, cursor in its name")),
        (keys_text(actions.addSessionAction),
         translate("Shortcuts", "New session")),
        (keys_text(actions.renameAction),
         translate("Shortcuts", "Rename the selected item in the tree")),
        (translate("Shortcuts", "%1 (in the tree)").replace("%1", keys_text(actions.deleteAction)),
         translate("Shortcuts", "Delete the selected group or session, after asking")),
        (translate("Shortcuts", "%1, then Enter / %2, Shift+Enter / %3")
         .replace("%1", keys_text(actions.findAction)).replace("%2", keys_text(actions.findNextAction))
         .replace("%3", keys_text(actions.findPreviousAction)),
         translate("Shortcuts", "Find in this seminar: next / previous match, across groups and sessions; Escape "
                                "closes")),
        (keys_text(actions.searchAction),
         translate("Shortcuts", "Search all seminars")),
        (keys_text(actions.openAction),
         translate("Shortcuts", "The archive of all seminars: filter, open, reuse a structure, delete, restore")),
        (keys_text(actions.exportAction),
         translate("Shortcuts", "Export to Word")),
        (keys_text(actions.saveAction),
         translate("Shortcuts", "Save now (changes are saved within a second anyway)")),
        (keys_text(actions.zoomInAction, actions.zoomOutAction, actions.zoomResetAction),
         translate("Shortcuts", "Larger / smaller / normal text in the points; with the mouse over the projector "
                                "view, its text")),
        (translate("Shortcuts", "%1, Esc").replace("%1", keys_text(actions.projectorAction)),
         translate("Shortcuts", "Open / close the projector view: the current group in large type on the "
                                "projector, as you type")),
    ]


def show_shortcuts(parent: QWidget, actions: WindowActions) -> None:
    dialog = QDialog(parent)
    dialog.setWindowTitle(QCoreApplication.translate("Dialogs", "Keyboard shortcuts"))
    rows = shortcut_rows(actions)
    table = QTableWidget(len(rows), 2)
    table.setHorizontalHeaderLabels([QCoreApplication.translate("Dialogs", "Key"),
                                     QCoreApplication.translate("Dialogs", "Action")])
    table.verticalHeader().hide()
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setWordWrap(True)
    for row, (key, action) in enumerate(rows):
        table.setItem(row, 0, QTableWidgetItem(key))
        table.setItem(row, 1, QTableWidgetItem(action))
    table.horizontalHeader().setStretchLastSection(True)
    table.resizeColumnToContents(0)
    table.resizeRowsToContents()
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(table)
    layout.addWidget(buttons)
    dialog.resize(760, 560)
    dialog.exec()


def show_about(parent: QWidget) -> None:
    QMessageBox.about(parent, QCoreApplication.translate("Dialogs", "About Seminarnotes"), QCoreApplication.translate(
        "Dialogs",
        "<h3>Seminarnotes %1</h3><p>Document seminar group discussions as they are said, and send every "
        "participant a Word document.</p><p>Licensed under the GNU GPL, version 3 or later.</p>"
    ).replace("%1", seminarnotes.__version__))
