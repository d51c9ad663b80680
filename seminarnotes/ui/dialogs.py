"""Small dialogs of the window: the keyboard shortcuts (EDITOR.md's table) and About."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from seminarnotes import __version__


def _tr(text: str) -> str:
    return QCoreApplication.translate("Shortcuts", text)


def _dialog_tr(text: str) -> str:
    """The dialogs' own titles and texts, under one context whatever window opens them."""
    return QCoreApplication.translate("Dialogs", text)


def shortcut_rows() -> list[tuple[str, str]]:
    """EDITOR.md's key table, in the user's language."""
    return [
        (_tr("Enter"), _tr("New point after this one, same level (splits the point at the cursor)")),
        (_tr("Enter on an empty point"), _tr("Outdent it; on an empty top-level point nothing is added")),
        (_tr("Shift+Enter"), _tr("Line break inside the point")),
        (_tr("Tab / Shift+Tab"), _tr("Indent / outdent the point (and the selected points)")),
        (_tr("Backspace at the start of a point"), _tr("Outdent if indented, else merge into the previous point")),
        (_tr("Alt+Shift+Up / Down, Ctrl+Shift+Up / Down"), _tr("Move the point with its sub-points up / down; "
                                                                "in the tree, move the session or group")),
        (_tr("Ctrl+H"), _tr("Mark the point(s) as a highlight (a workplace's own good example)")),
        (_tr("Ctrl+Z / Ctrl+Shift+Z, Ctrl+Y"), _tr("Undo / redo, also for moves, indents and highlights")),
        (_tr("Ctrl+V"), _tr("Paste several lines as one point per line; indentation and bullets set the level")),
        (_tr("Ctrl+Shift+V"), _tr("Paste as plain text into the current point")),
        (_tr("Ctrl+PgDown / Ctrl+PgUp"), _tr("Next / previous group, across sessions")),
        (_tr("Ctrl+Shift+N"), _tr("New group in the current session, cursor in its name")),
        (_tr("Ctrl+Alt+N"), _tr("New session")),
        (_tr("F2"), _tr("Rename the selected item in the tree")),
        (_tr("Delete (in the tree)"), _tr("Delete the selected group or session, after asking")),
        (_tr("Ctrl+F, then Enter / F3, Shift+Enter / Shift+F3"), _tr("Find in this seminar: next / previous match, "
                                                                     "across groups and sessions; Escape closes")),
        (_tr("Ctrl+Shift+F"), _tr("Search all seminars")),
        (_tr("Ctrl+O"), _tr("The archive of all seminars: filter, open, reuse a structure, delete, restore")),
        (_tr("Ctrl+E"), _tr("Export to Word")),
        (_tr("Ctrl+S"), _tr("Save now (changes are saved within a second anyway)")),
    ]


def show_shortcuts(parent: QWidget) -> None:
    dialog = QDialog(parent)
    dialog.setWindowTitle(_dialog_tr("Keyboard shortcuts"))
    rows = shortcut_rows()
    table = QTableWidget(len(rows), 2)
    table.setHorizontalHeaderLabels([_dialog_tr("Key"), _dialog_tr("Action")])
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
    QMessageBox.about(parent, _dialog_tr("About Seminarnotes"), _dialog_tr(
        "<h3>Seminarnotes %1</h3><p>Document seminar group discussions as they are said, and send every "
        "participant a Word document.</p><p>Licensed under the GNU GPL, version 3 or later.</p>"
    ).replace("%1", __version__))
