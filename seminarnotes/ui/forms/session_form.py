"""A session's form: its name and the question its groups discuss."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QVBoxLayout, QWidget

from seminarnotes.core.library import Library
from seminarnotes.ui.forms.form import Form
from seminarnotes.ui.saving.autosave import Autosaver
from seminarnotes.ui.tree.structure import Structure


class SessionForm(Form):
    """A session's name and the question its groups discuss."""

    questionSaved = Signal(int, str)
    """A question reached the library (session id, question): the tree's tooltip follows."""

    def __init__(self, library: Library, structure: Structure, autosaver: Autosaver,
                 parent: QWidget | None = None) -> None:
        super().__init__(library, structure, autosaver, parent)
        self.session_id = 0
        form = QFormLayout()
        form.addRow(self.tr("Session &name:"), self._line("name", self.tr("e.g. Morning")))
        form.addRow(self.tr("&Question:"), self._text("question", self.tr("What the groups discuss"), 4))
        column = QVBoxLayout(self)
        column.addLayout(form)
        column.addStretch(1)  # the two fields at the top, one under the other, not spread over the page

    def target(self) -> int:
        return self.session_id

    def load(self, session_id: int, name: str, question: str) -> None:
        self.session_id = session_id
        self._fill({"name": name, "question": question})

    def _saver(self, name: str, value: Any) -> Callable[[], None]:
        if name == "name":
            return partial(self.structure.rename_session, self.session_id, value)
        return partial(self._saveQuestion, self.session_id, value)

    def _saveQuestion(self, session_id: int, question: str) -> None:
        self.library.update_session(session_id, question=question)
        self.questionSaved.emit(session_id, question)
