"""The list of the library's backups, with their time, reason, number of seminars and
size, to restore the whole library or to open one read-only and copy a seminar back
(backup_view.py). The window's gestures that show it are in backups.py.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from seminarnotes.core import backup
from seminarnotes.core.library_files import backups_dir

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text") calls


def reason_text(why: str) -> str:
    """Why a backup was made, in the user's words."""
    return {
        "start": translate("Backups", "Program started"),
        "auto": translate("Backups", "Every 30 minutes"),
        "upgrade": translate("Backups", "Before an upgrade"),
        "import": translate("Backups", "Before an import"),
        "purge": translate("Backups", "Before emptying the Deleted list"),
        "restore": translate("Backups", "Before a restore"),
        "manual": translate("Backups", "Made by hand"),
    }.get(why, why)


def megabytes(size: int) -> str:
    return translate("Backups", "%1 MB").replace("%1", QLocale().toString(size / 1e6, "f", 1))


class BackupsDialog(QDialog):
    """The list of backups; `chosen` is ("restore" | "open", Backup) after accept()."""

    def __init__(self, library_path: Path, open_mode: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library_path = Path(library_path)
        self.chosen: tuple[str, backup.Backup] | None = None
        self.setWindowTitle(translate("Backups", "Open backup") if open_mode else translate("Backups", "Restore from "
                                                                                                       "backup"))
        self.backups = backup.list_backups(self.library_path)
        about = QLabel(translate("Backups", "Backups of %1 are kept in %2: the 10 newest, the newest of each of the "
                                            "last 14 days and the newest of each of the last 8 weeks.")
                       .replace("%1", self.library_path.name).replace("%2", str(backups_dir(self.library_path))), self)
        about.setWordWrap(True)
        about.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table = QTableWidget(len(self.backups), 4, self)
        self.table.setHorizontalHeaderLabels([translate("Backups", "Made"), translate("Backups", "Why"),
                                              translate("Backups", "Seminars"), translate("Backups", "Size")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        for row, b in enumerate(self.backups):
            count = b.seminars()
            cells = (QLocale().toString(b.when, QLocale.FormatType.ShortFormat), reason_text(b.reason),
                     translate("Backups", "unreadable") if count is None else str(count), megabytes(b.size))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column >= 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.resizeColumnsToContents()
        self._default = self.openBackup if open_mode else self.restoreBackup
        self.table.doubleClicked.connect(lambda _index: self._default())
        self.table.installEventFilter(self)  # Enter in the list: the default button
        if self.backups:
            self.table.selectRow(0)
        total = QLabel(translate("Backups", "Backups: %1, %2 in all")  # no plural form needed
                       .replace("%1", str(len(self.backups))).replace("%2", megabytes(backup.total_size(self.backups))),
                       self)
        total.setObjectName("backupsTotal")
        self.totalLabel = total

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.openButton = QPushButton(translate("Backups", "&Open…"), self)
        self.openButton.setToolTip(translate("Backups", "Show the backup's seminars read-only, to copy one into your "
                                                        "library"))
        self.restoreButton = QPushButton(translate("Backups", "&Restore…"), self)
        self.restoreButton.setToolTip(translate("Backups", "Replace the whole library with this backup (the library "
                                                           "as it is now is backed up first)"))
        for button in (self.openButton, self.restoreButton):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
            button.setEnabled(bool(self.backups))
        (self.openButton if open_mode else self.restoreButton).setDefault(True)
        self.openButton.clicked.connect(self.openBackup)
        self.restoreButton.clicked.connect(self.restoreBackup)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addWidget(self.table, 1)
        layout.addWidget(total)
        layout.addWidget(buttons)
        self.resize(640, 420)
        self.table.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.table and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):  # type: ignore[attr-defined]
            self._default()
            return True
        return super().eventFilter(watched, event)

    def selected(self) -> backup.Backup | None:
        row = self.table.currentRow()
        return self.backups[row] if 0 <= row < len(self.backups) else None

    def openBackup(self) -> None:
        chosen = self.selected()
        if chosen is not None:
            self.chosen = ("open", chosen)
            self.accept()

    def restoreBackup(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        from seminarnotes.ui.library.damaged_dialog import describe

        answer = QMessageBox.question(
            self, translate("Backups", "Restore from backup"),
            translate("Backups", "Replace the whole library with the backup of %1? The library as it is now is "
                                 "backed up first, so this can be undone by "
                                 "restoring that backup.").replace("%1", describe(chosen)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
        if answer == QMessageBox.StandardButton.Yes:
            self.chosen = ("restore", chosen)
            self.accept()
