"""What every form shares: widgets by field name, filled from the library without
triggering saves, and each edit scheduled with the Autosaver under its own key.

Forms hold no state of their own: `load` fills them from the library, and each edit
schedules a save (names go through `Structure`, so they undo).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPlainTextEdit, QWidget

from seminarnotes.core.library import Library
from seminarnotes.ui.forms.date_field import DateField
from seminarnotes.ui.saving.autosave import Autosaver
from seminarnotes.ui.tree.structure import Structure


class Form(QWidget):
    """Shared wiring: widgets by field name, filled without triggering saves."""

    def __init__(self, library: Library, structure: Structure, autosaver: Autosaver,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library, self.structure, self.autosaver = library, structure, autosaver
        self.fields: dict[str, QWidget] = {}
        self._loading = False

    def _line(self, name: str, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit()
        edit.setPlaceholderText(placeholder)
        edit.textEdited.connect(lambda _text, n=name: self._edited(n))
        edit.returnPressed.connect(lambda e=edit: self._enterFrom(e))
        self.fields[name] = edit
        return edit

    def _enterFrom(self, edit: QWidget) -> None:
        """Enter in a line of a form goes on to the form's next field, as a documenter filling
        in a session's name and then its question expects (a key must do something visible).
        The next field gets the cursor at its end, not its text selected as Tab would, so
        the next keys add to what is there instead of replacing it."""
        widget = edit.nextInFocusChain()
        while widget is not edit:
            if self.isAncestorOf(widget) and widget.isVisibleTo(self) and widget.isEnabled() \
                    and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
                if isinstance(widget, QPlainTextEdit):
                    widget.moveCursor(QTextCursor.MoveOperation.End)
                return
            widget = widget.nextInFocusChain()

    def _text(self, name: str, placeholder: str = "", lines: int = 3) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setPlaceholderText(placeholder)
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + 14)
        edit.textChanged.connect(lambda n=name: self._edited(n))
        self.fields[name] = edit
        return edit

    def _set(self, name: str, value: Any) -> None:
        widget = self.fields[name]
        # Text that already says this (up to the spaces saving trims) is left alone, so a
        # refresh while typing never moves the cursor, eats a space or clears undo.
        if isinstance(widget, QLineEdit):
            if widget.text().strip() != (value or ""):
                widget.setText(value or "")
        elif isinstance(widget, QPlainTextEdit):
            if widget.toPlainText().strip() != (value or ""):
                widget.setPlainText(value or "")
        elif isinstance(widget, DateField):
            widget.setDate(value)
        elif isinstance(widget, QComboBox):
            widget.setCurrentIndex(max(0, widget.findData(value)))
        elif isinstance(widget, QCheckBox):
            widget.setChecked(bool(value))

    def _value(self, name: str) -> Any:
        widget = self.fields[name]
        if isinstance(widget, QLineEdit):
            return widget.text().strip()
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText().strip()
        if isinstance(widget, DateField):
            return widget.date()
        if isinstance(widget, QComboBox):
            return widget.currentData()
        if isinstance(widget, QCheckBox):
            return widget.isChecked()
        raise TypeError(name)

    def _fill(self, values: dict[str, Any]) -> None:
        self._loading = True
        try:
            for name, value in values.items():
                if name in self.fields:
                    self._set(name, value)
        finally:
            self._loading = False

    def _edited(self, name: str) -> None:
        if not self._loading:
            self.autosaver.schedule((type(self).__name__, self.target(), name), self._saver(name, self._value(name)))

    def target(self) -> int:
        raise NotImplementedError

    def _saver(self, name: str, value: Any) -> Callable[[], None]:
        raise NotImplementedError
