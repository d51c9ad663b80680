"""A group's form: its name (completed from names used before) above its points editor,
whose saving it owns (points_saving.py)."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QCompleter, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from seminarnotes.core.library import Library
from seminarnotes.ui.editor.widget import PointEditor
from seminarnotes.ui.forms.form import Form
from seminarnotes.ui.forms.points_saving import PointsSaving
from seminarnotes.ui.saving.autosave import Autosaver
from seminarnotes.ui.tree.structure import Structure


class _NameEdit(QLineEdit):
    """A line edit that refreshes its completions when it gets the focus."""

    focused = Signal()

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.focused.emit()
        super().focusInEvent(event)


class GroupForm(Form):
    """A group's name (completed from names used before) above its points editor."""

    nameEntered = Signal()
    """Enter in the name field: the window moves the cursor into the points."""
    pointsSaved = Signal(int, int)
    """A group's points reached the library (group id, number of points)."""
    bothKept = Signal(int, int)
    """Another program wrote the group while the user typed in it (group id, id of the copy
    beside it that holds the user's text; the form now shows the copy)."""

    def __init__(self, library: Library, structure: Structure, autosaver: Autosaver, editor: PointEditor,
                 groupName: Callable[[int], str] | None = None, parent: QWidget | None = None) -> None:
        """`groupName(id)` names a group as the window shows it (the copy's name says whose it was)."""
        super().__init__(library, structure, autosaver, parent)
        self.group_id = 0
        self.editor = editor
        self.points = PointsSaving(library, autosaver, editor, groupName or (lambda _group_id: ""), self)
        self.points.saved.connect(self.pointsSaved)
        self.points.bothKept.connect(self._bothKept)
        self.nameEdit = _NameEdit()
        self.nameEdit.setPlaceholderText(self.tr("Municipality or workplace"))
        self.nameEdit.textEdited.connect(lambda _t: self._edited("name"))
        self.nameEdit.returnPressed.connect(self.nameEntered)
        self.nameEdit.focused.connect(self._refreshCompletions)
        self.fields["name"] = self.nameEdit
        self._names = QStringListModel(self)
        completer = QCompleter(self._names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.nameEdit.setCompleter(completer)
        label = QLabel(self.tr("Group &name:"))
        label.setBuddy(self.nameEdit)
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.nameEdit, 1)
        self.pointsLabel = QLabel(self.tr("&Points:"))
        self.pointsLabel.setBuddy(editor)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.pointsLabel)
        layout.addWidget(editor, 1)

    def target(self) -> int:
        return self.group_id

    def load(self, group_id: int, name: str, points: bool = True) -> None:
        """Show the group's name and, with `points`, its points (a group shown already keeps
        the editor as it is)."""
        self.group_id = group_id
        self._fill({"name": name})
        if points:
            self.points.load(group_id)

    def leave(self) -> None:
        """Another item is shown: the points typed here are kept for their save, and where
        the cursor was."""
        self.points.leave()

    def shownGroup(self) -> int | None:
        """The group whose points the editor shows, if any."""
        return self.editor.group()

    def _bothKept(self, group_id: int, copy_id: int) -> None:
        if self.editor.group() == copy_id:
            self.group_id = copy_id  # the name field names the copy the user now types in
        self.bothKept.emit(group_id, copy_id)

    def _saver(self, name: str, value: Any) -> Callable[[], None]:
        return partial(self.structure.rename_group, self.group_id, value)

    def _refreshCompletions(self) -> None:
        self._names.setStringList(self.library.group_names())
