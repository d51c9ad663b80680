"""The seminar's form: everything the Word document says besides the points (title,
speaker, venue, date, closing, contact) and how it is laid out (export settings, logo)."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from seminarnotes.core.document import is_logo_image
from seminarnotes.core.library import Library
from seminarnotes.ui.forms.date_field import DateField
from seminarnotes.ui.forms.form import Form
from seminarnotes.ui.saving.autosave import Autosaver
from seminarnotes.ui.tree.structure import Structure

MAX_LOGO_BYTES = 5 * 1000 * 1000


class SeminarForm(Form):
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
        date = DateField()
        date.dateEdited.connect(lambda: self._edited("date"))
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
        from seminarnotes.ui.common import file_dialogs  # the dialog when it is asked for, not at start-up

        path = file_dialogs.open_file_name(self, self.tr("Choose a logo"), "",
                                           self.tr("Images (*.png *.jpg *.jpeg)"))
        if not path:
            return
        from seminarnotes.core.errors import LibraryError
        from seminarnotes.core.library_files import refuse_as_source

        try:
            refuse_as_source(Path(path), self.library.path)  # SQLite alone opens the library's files
        except LibraryError as err:
            from seminarnotes.ui.common.core_messages import translated

            QMessageBox.warning(self, self.tr("Logo"), translated(err))
            return
        try:
            with open(path, "rb") as handle:
                data = handle.read(MAX_LOGO_BYTES + 1)  # no more: a file without a size cannot fill the memory
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
