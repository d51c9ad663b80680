"""A group's form: its name (completed from names used before) above its points editor."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QCompleter, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from seminarnotes.core.library import Library
from seminarnotes.ui.forms.form import Form
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

    def __init__(self, library: Library, structure: Structure, autosaver: Autosaver, editor: QWidget,
                 parent: QWidget | None = None) -> None:
        super().__init__(library, structure, autosaver, parent)
        self.group_id = 0
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

    def load(self, group_id: int, name: str) -> None:
        self.group_id = group_id
        self._fill({"name": name})

    def _saver(self, name: str, value: Any) -> Callable[[], None]:  # noqa: ARG002 - only the name
        return partial(self.structure.rename_group, self.group_id, value)

    def _refreshCompletions(self) -> None:
        self._names.setStringList(self.library.group_names())
