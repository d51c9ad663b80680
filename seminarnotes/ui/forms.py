"""The right-hand forms: seminar details with closing, contact and export settings;
a session's name and question; a group's name above its points.

Forms hold no state of their own: `load` fills them from the library, and each edit
schedules a save with the Autosaver (names go through `Structure`, so they undo).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QStringListModel, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from seminarnotes.core.document import is_logo_image
from seminarnotes.core.library import Library
from seminarnotes.ui import file_dialogs
from seminarnotes.ui.autosave import Autosaver
from seminarnotes.ui.point_keys import forward_key
from seminarnotes.ui.undo import Structure

NO_DATE = QDate(1900, 1, 1)
MAX_LOGO_BYTES = 5 * 1000 * 1000


class _Form(QWidget):
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
        self.fields[name] = edit
        return edit

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
        elif isinstance(widget, QDateEdit):
            widget.setDate(QDate(value.year, value.month, value.day) if value else NO_DATE)
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
        if isinstance(widget, QDateEdit):
            date = widget.date()
            return None if date == NO_DATE else dt.date(date.year(), date.month(), date.day())
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


class SeminarForm(_Form):
    """Everything the Word document says besides the points, and how it is laid out."""

    def __init__(self, library: Library, structure: Structure, autosaver: Autosaver,
                 parent: QWidget | None = None) -> None:
        super().__init__(library, structure, autosaver, parent)
        self.seminar_id = 0
        self._logo: bytes | None = None
        body = QWidget()
        column = QVBoxLayout(body)

        details = self._box(self.tr("Seminar"), column)
        details.addRow(self.tr("&Title:"), self._line("title", self.tr("What the seminar was about")))
        details.addRow(self.tr("S&peaker:"), self._line("speaker"))
        details.addRow(self.tr("Ve&nue:"), self._line("venue"))
        date = QDateEdit()
        date.setCalendarPopup(True)
        date.setDisplayFormat("yyyy-MM-dd")
        date.setMinimumDate(NO_DATE)
        date.setSpecialValueText(self.tr("No date"))
        date.dateChanged.connect(lambda _d: self._edited("date"))
        self.fields["date"] = date
        details.addRow(self.tr("&Date:"), date)
        details.addRow(self.tr("Document t&ype:"), self._line("document_type",
                                                              self.tr("Dokumentation av gruppdiskussioner")))
        details.addRow(self.tr("&Organiser:"), self._line("organizer"))
        language = QComboBox()
        language.addItem(self.tr("Swedish"), "sv")
        language.addItem(self.tr("English"), "en")
        language.currentIndexChanged.connect(lambda _i: self._edited("language"))
        self.fields["language"] = language
        details.addRow(self.tr("Document &language:"), language)

        closing = self._box(self.tr("Closing"), column)
        closing.addRow(self.tr("Thanks:"), self._text("thanks", self.tr("Thank you for taking part!"), 2))
        closing.addRow(self.tr("About:"), self._text("about", self.tr("Who organised the seminar and why")))
        closing.addRow(self.tr("Compiled by:"), self._line("compiled_by"))
        closing.addRow(self.tr("Website:"), self._line("website"))

        contact = self._box(self.tr("Contact"), column)
        contact.addRow(self.tr("Name:"), self._line("contact_name"))
        contact.addRow(self.tr("Role:"), self._line("contact_role"))
        contact.addRow(self.tr("Organisation:"), self._line("contact_organization"))
        contact.addRow(self.tr("Phone:"), self._line("contact_phone"))
        contact.addRow(self.tr("Email:"), self._line("contact_email"))

        export = self._box(self.tr("Word export"), column)
        date_format = QComboBox()
        date_format.addItem(self.tr("2014-04-08"), "iso")
        date_format.addItem(self.tr("8 April 2014"), "long")
        date_format.addItem(self.tr("140408"), "compact")
        date_format.currentIndexChanged.connect(lambda _i: self._edited("date_format"))
        self.fields["date_format"] = date_format
        export.addRow(self.tr("Date format:"), date_format)
        for name, label in (("session_page_break", self.tr("Start each session on a new page")),
                            ("include_empty_groups", self.tr("Include groups without points")),
                            ("page_word", self.tr("Write page numbers as \u201cSida 1 (7)\u201d"))):
            box = QCheckBox(label)
            box.toggled.connect(lambda _on, n=name: self._edited(n))
            self.fields[name] = box
            export.addRow("", box)
        logo_row = QHBoxLayout()
        self.logoLabel = QLabel()
        self.logoLabel.setMinimumHeight(32)
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self.chooseLogo)
        self.removeLogoButton = QPushButton(self.tr("Remove"))
        self.removeLogoButton.clicked.connect(lambda: self.setLogo(None, ""))
        logo_row.addWidget(self.logoLabel, 1)
        logo_row.addWidget(choose)
        logo_row.addWidget(self.removeLogoButton)
        export.addRow(self.tr("Logo:"), logo_row)
        column.addStretch(1)

        scroll = QScrollArea()
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def _box(self, title: str, column: QVBoxLayout) -> QFormLayout:
        box = QGroupBox(title)
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        column.addWidget(box)
        return form

    def target(self) -> int:
        return self.seminar_id

    def load(self, seminar_id: int) -> None:
        self.seminar_id = seminar_id
        details = self.library.details(seminar_id)
        export = self.library.export_settings(seminar_id)
        self._fill({**vars(details), **vars(export)})
        self._showLogo(export.logo, export.logo_filename)

    def _saver(self, name: str, value: Any) -> Callable[[], None]:
        if name == "title":
            return partial(self.structure.rename_seminar, self.seminar_id, value)
        return partial(self.library.update_seminar, self.seminar_id, **{name: value})

    # --- logo ------------------------------------------------------------------------

    def chooseLogo(self) -> None:
        path = file_dialogs.open_file_name(self, self.tr("Choose a logo"), "",
                                           self.tr("Images (*.png *.jpg *.jpeg)"))
        if not path:
            return
        try:
            data = Path(path).read_bytes()
        except OSError as err:
            QMessageBox.warning(self, self.tr("Logo"), self.tr("%1 cannot be read: %2.")
                                .replace("%1", path).replace("%2", err.strerror or str(err)))
            return
        if len(data) > MAX_LOGO_BYTES or not is_logo_image(data):
            QMessageBox.warning(self, self.tr("Logo"),
                                self.tr("The logo must be a PNG or JPEG image of at most 5 MB."))
            return
        self.setLogo(data, Path(path).name)

    def setLogo(self, data: bytes | None, filename: str) -> None:
        self._showLogo(data, filename)
        self.autosaver.schedule(("SeminarForm", self.seminar_id, "logo"),
                                partial(self.library.update_seminar, self.seminar_id, logo=data,
                                        logo_filename=filename))
        self.autosaver.flush()

    def _showLogo(self, data: bytes | None, filename: str) -> None:
        self.removeLogoButton.setEnabled(bool(data))
        if not data:
            self.logoLabel.setPixmap(QPixmap())
            self.logoLabel.setText(self.tr("No logo"))
            return
        pixmap = QPixmap()
        if pixmap.loadFromData(data):
            self.logoLabel.setPixmap(pixmap.scaledToHeight(32, Qt.TransformationMode.SmoothTransformation))
            self.logoLabel.setToolTip(filename)
        else:
            self.logoLabel.setText(filename)


class SessionForm(_Form):
    """A session's name and the question its groups discuss."""

    questionSaved = Signal(int, str)
    """A question reached the library (session id, question): the tree's tooltip follows."""

    def __init__(self, library: Library, structure: Structure, autosaver: Autosaver,
                 parent: QWidget | None = None) -> None:
        super().__init__(library, structure, autosaver, parent)
        self.session_id = 0
        form = QFormLayout(self)
        form.addRow(self.tr("Session &name:"), self._line("name", self.tr("e.g. Morning")))
        form.addRow(self.tr("&Question:"), self._text("question", self.tr("What the groups discuss"), 4))

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


class _NameEdit(QLineEdit):
    """A line edit that refreshes its completions when it gets the focus.

    Enter hands the keys on to the points. When the completion list was open, keys
    typed at full speed after Enter still reach the list, which passes them to this
    field, and once the list closes Qt gives the focus back to this field: either way
    the first words of the first point would land in the name. Until the user comes
    back here themselves, such keys and such a focus are passed on (`strayKey`,
    `handBack`)."""

    focused = Signal()
    handBack = Signal()
    strayKey = Signal(QKeyEvent)

    def __init__(self) -> None:
        super().__init__()
        self.handedOn = False
        self.returnPressed.connect(lambda: setattr(self, "handedOn", True))

    def focusInEvent(self, event: QFocusEvent) -> None:
        if self.handedOn and event.reason() in (Qt.FocusReason.ActiveWindowFocusReason,
                                                Qt.FocusReason.PopupFocusReason):
            self.handBack.emit()
            return
        self.handedOn = False
        self.focused.emit()
        super().focusInEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.handedOn and not self.hasFocus():
            self.strayKey.emit(event)
            return
        super().keyPressEvent(event)


class GroupForm(_Form):
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
        self.nameEdit.handBack.connect(lambda: editor.setFocus(Qt.FocusReason.OtherFocusReason))
        self.nameEdit.strayKey.connect(lambda event: forward_key(event, editor))
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
        if group_id != self.group_id:
            self.nameEdit.handedOn = False
        self.group_id = group_id
        self._fill({"name": name})

    def _saver(self, name: str, value: Any) -> Callable[[], None]:  # noqa: ARG002 - only the name
        return partial(self.structure.rename_group, self.group_id, value)

    def _refreshCompletions(self) -> None:
        self._names.setStringList(self.library.group_names())
