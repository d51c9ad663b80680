"""The window's one undo history: the tree's steps, the forms' renames and the points'
edits in one QUndoStack (Structure's), whatever field the keys are in.

Undo and redo save pending edits first, ask before a step would take points out of
the library (undoing "Add group" of a group with points, redoing a delete), as Delete
does, and leave the keys where the user works. The Edit menu names the step they take.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox, QWidget

from seminarnotes.ui.editor.widget import PointEditor
from seminarnotes.ui.saving.autosave import Autosaver
from seminarnotes.ui.tree.structure import Structure
from seminarnotes.ui.window.focus import FocusKeeper


class History(QObject):
    """Undo and redo for one window; its Undo and Redo actions say what they will do."""

    def __init__(self, structure: Structure, editor: PointEditor, autosaver: Autosaver, focus: FocusKeeper,
                 undoAction: QAction, redoAction: QAction, parent: QWidget) -> None:
        super().__init__(parent)
        self._structure, self._editor, self._autosaver, self._focus = structure, editor, autosaver, focus
        self._undoAction, self._redoAction = undoAction, redoAction
        self.stack = structure.stack
        for changed in (self.stack.undoTextChanged, self.stack.redoTextChanged, self.stack.indexChanged):
            changed.connect(self._nameSteps)
        self._nameSteps()

    def undo(self) -> None:
        self._step(undo=True)

    def redo(self) -> None:
        self._step(undo=False)

    def clear(self) -> None:
        """Forget every step (another seminar is shown, or the steps describe a text that is gone)."""
        self.stack.clear()

    def _step(self, undo: bool) -> None:
        self._editor.recordPending()
        self._autosaver.flush()
        stack = self.stack
        index = stack.index() - 1 if undo else stack.index()
        if not 0 <= index < stack.count():
            return
        command = stack.command(index)
        removed = self._structure.points_removed(command, undo)
        if removed:
            verb = (QCoreApplication.translate("MainWindow", "Undo") if undo
                    else QCoreApplication.translate("MainWindow", "Redo"))
            # self.tr: the form in which lupdate marks a message as plural
            question = self.tr("%1 \u201c%2\u201d takes %n point(s) out of the seminar.", "", removed)
            question = question.replace("%1", verb).replace("%2", command.text())
            again = (QCoreApplication.translate("MainWindow", "Redo brings them back.") if undo
                     else QCoreApplication.translate("MainWindow", "Undo brings them back."))
            answer = QMessageBox.question(self.parent(), verb, f"{question}\n{again}",
                                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                          QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                return
        where = self._focus.workFocus()
        stack.undo() if undo else stack.redo()
        self._focus.returnFocus(where)

    def _nameSteps(self, *_args: object) -> None:
        """The Edit menu names the step Ctrl+Z (and Ctrl+Shift+Z) will take."""
        stack = self.stack
        if not shiboken6.isValid(stack):
            return  # the window is being destroyed, and its stack says goodbye
        for action, can, text, plain, named in (
            (self._undoAction, stack.canUndo(), stack.undoText(), QCoreApplication.translate("MainWindow", "Undo"),
             QCoreApplication.translate("MainWindow", "Undo %1")),
            (self._redoAction, stack.canRedo(), stack.redoText(), QCoreApplication.translate("MainWindow", "Redo"),
             QCoreApplication.translate("MainWindow", "Redo %1")),
        ):
            action.setEnabled(can)
            action.setText(named.replace("%1", text) if can and text else plain)
