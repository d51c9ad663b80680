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

import seminarnotes


def shortcut_rows() -> list[tuple[str, str]]:
    """EDITOR.md's key table, in the user's language."""
    return [
        (QCoreApplication.translate("Shortcuts", "Enter"),
         QCoreApplication.translate("Shortcuts", "New point after this one, same level (splits the "
                                                 "point at the cursor)")),
        (QCoreApplication.translate("Shortcuts", "Enter on an empty point"),
         QCoreApplication.translate("Shortcuts", "Outdent it; on an empty top-level point nothing is added")),
        (QCoreApplication.translate("Shortcuts", "Shift+Enter"),
         QCoreApplication.translate("Shortcuts", "Line break inside the point")),
        (QCoreApplication.translate("Shortcuts", "Tab / Shift+Tab"),
         QCoreApplication.translate("Shortcuts", "Indent / outdent the point (and the selected points)")),
        (QCoreApplication.translate("Shortcuts", "Backspace at the start of a point"),
         QCoreApplication.translate("Shortcuts", "Outdent if indented, else merge into the previous point")),
        (QCoreApplication.translate("Shortcuts", "Alt+Shift+Up / Down, Ctrl+Shift+Up / Down"),
         QCoreApplication.translate("Shortcuts", "Move the point with its sub-points up / down; in the tree, "
                                                 "move the session or group")),
        (QCoreApplication.translate("Shortcuts", "Ctrl+H"),
         QCoreApplication.translate("Shortcuts", "Mark the point(s) as a highlight (a workplace's own good example)")),
        (QCoreApplication.translate("Shortcuts", "Ctrl+Z / Ctrl+Shift+Z, Ctrl+Y"),
         QCoreApplication.translate("Shortcuts", "Undo / redo, also for moves, indents and highlights")),
        (QCoreApplication.translate("Shortcuts", "Ctrl+V"),
         QCoreApplication.translate("Shortcuts", "Paste several lines as one point per line; indentation and "
                                                 "bullets set the level")),
        (QCoreApplication.translate("Shortcuts", "Ctrl+X / Ctrl+C, then Ctrl+V"),
         QCoreApplication.translate("Shortcuts", "Whole points move or copy with their level and highlight; "
                                                 "a cut leaves no empty point")),
        (QCoreApplication.translate("Shortcuts", "Ctrl+Shift+V"),
         QCoreApplication.translate("Shortcuts", "Paste as plain text into the current point")),
        (QCoreApplication.translate("Shortcuts", "Alt+Down (in the date)"),
         QCoreApplication.translate("Shortcuts", "Choose the date in a calendar")),
        (QCoreApplication.translate("Shortcuts", "Ctrl+PgDown / Ctrl+PgUp"),
         QCoreApplication.translate("Shortcuts", "Next / previous group, across sessions")),
        (QCoreApplication.translate("Shortcuts", "Ctrl+Shift+N"),
         QCoreApplication.translate("Shortcuts", "New group in the current session, cursor in its name")),
        (QCoreApplication.translate("Shortcuts", "Ctrl+Alt+N"),
         QCoreApplication.translate("Shortcuts", "New session")),
        (QCoreApplication.translate("Shortcuts", "F2"),
         QCoreApplication.translate("Shortcuts", "Rename the selected item in the tree")),
        (QCoreApplication.translate("Shortcuts", "Delete (in the tree)"),
         QCoreApplication.translate("Shortcuts", "Delete the selected group or session, after asking")),
        (QCoreApplication.translate("Shortcuts", "Ctrl+F, then Enter / F3, Shift+Enter / Shift+F3"),
         QCoreApplication.translate("Shortcuts", "Find in this seminar: next / previous match, across groups and "
                                                 "sessions; Escape closes")),
        (QCoreApplication.translate("Shortcuts", "Ctrl+Shift+F"),
         QCoreApplication.translate("Shortcuts", "Search all seminars")),
        (QCoreApplication.translate("Shortcuts", "Ctrl+O"),
         QCoreApplication.translate("Shortcuts", "The archive of all seminars: filter, open, reuse a "
                                                 "structure, delete, restore")),
        (QCoreApplication.translate("Shortcuts", "Ctrl+E"),
         QCoreApplication.translate("Shortcuts", "Export to Word")),
        (QCoreApplication.translate("Shortcuts", "Ctrl+S"),
         QCoreApplication.translate("Shortcuts", "Save now (changes are saved within a second anyway)")),
    ]


def show_shortcuts(parent: QWidget) -> None:
    dialog = QDialog(parent)
    dialog.setWindowTitle(QCoreApplication.translate("Dialogs", "Keyboard shortcuts"))
    rows = shortcut_rows()
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
