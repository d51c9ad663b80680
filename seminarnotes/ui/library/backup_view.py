"""A backup shown read-only in the archive, to bring single seminars back from it.

The backup is opened for reading only (Library.open_read_only); the archive view
lists its seminars, its Deleted list included (a seminar purged from the library
is still there in the backups of the weeks before). "Copy into my library" adds
the selected seminar to the open library as a new seminar; nothing else changes.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

from seminarnotes.core.library import Library
from seminarnotes.ui.archive.archive_view import ArchiveView

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text") calls


class BackupArchiveView(ArchiveView):
    """The archive view without its changing actions: opening a seminar means copying it."""

    copyRequested = Signal(int)

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(library, parent)
        for action in (self.openAction, self.duplicateAction, self.archiveAction, self.deleteAction,
                       self.restoreAction):
            self._buttons[action].hide()
            self.removeAction(action)
            self.table.removeAction(action)
        self.deletedNote.setText(translate("BackupView", "Seminars that were in the Deleted list when this backup "
                                                         "was made."))

    def _applyMode(self) -> None:
        super()._applyMode()
        for button in self._buttons.values():
            button.hide()

    def openSelected(self) -> None:
        if self.selectedId() is not None:
            self.copyRequested.emit(self.selectedId())

    def restoreSelected(self) -> None:  # Enter in the Deleted list: copy, too
        self.openSelected()

    def _openIndex(self, index) -> None:
        if index.isValid():
            self.table.setCurrentIndex(index)
            self.openSelected()


class BackupView(QDialog):
    """Read-only archive of one backup with "Copy into my library"."""

    def __init__(self, backup: Library, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.backup = backup
        self.chosen: int | None = None
        self.setWindowTitle(translate("BackupView", "Backup of %1").replace("%1", title))
        note = QLabel(translate("BackupView", "This backup is shown read-only. Copy a seminar into your library to "
                                              "work on it; the library keeps everything else as it is."), self)
        note.setWordWrap(True)
        self.view = BackupArchiveView(backup, self)
        self.view.copyRequested.connect(self._copy)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copyButton = QPushButton(translate("BackupView", "&Copy into my library"), self)
        buttons.addButton(self.copyButton, QDialogButtonBox.ButtonRole.ActionRole)
        self.copyButton.clicked.connect(self.view.openSelected)
        self.copyButton.setDefault(True)
        for button in self.view.findChildren(QPushButton):
            button.setAutoDefault(False)  # Enter copies, whichever button was clicked last
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.resize(900, 560)
        self.view.refresh()

    def _copy(self, seminar_id: int) -> None:
        self.chosen = seminar_id
        self.accept()


def copy_from_backup(parent: QWidget, library: Library, path: Path, title: str) -> int | None:
    """Show the backup at `path`; the id of the seminar copied into `library`, or None."""
    backup = Library.open_read_only(path)
    try:
        view = BackupView(backup, title, parent)
        if view.exec() != QDialog.DialogCode.Accepted or view.chosen is None:
            return None
        doc = backup.seminar_doc(view.chosen)
    finally:
        backup.close()
    return library.import_doc(doc)
