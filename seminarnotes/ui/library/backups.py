"""File ▸ Restore from backup… and File ▸ Open backup…: the gestures of one window.

The list of backups (backups_dialog.py, with the backup module and hashing) is imported
when the user asks for it, not when the window starts.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QDialog, QWidget

from seminarnotes.core.library import Library
from seminarnotes.ui.common.user_errors import USER_ERRORS, warn

if TYPE_CHECKING:
    from seminarnotes.core import backup

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text") calls


class Backups(QObject):
    """File ▸ Restore from backup… and File ▸ Open backup… of one window."""

    replaceRequested = Signal(object, object)
    """(action, describe): the program closes the window, runs action(library path), reopens the
    library and shows describe(result) if that is not None."""
    seminarCopied = Signal(int)
    """A seminar was copied into the library from a backup (its new id)."""

    def __init__(self, library: Library, parent: QWidget, flush: Callable[[], bool]) -> None:
        """`flush()` saves what is pending before the backups are listed."""
        super().__init__(parent)
        self._library, self._parent, self._flush = library, parent, flush

    def showBackups(self, open_mode: bool) -> None:
        from seminarnotes.ui.library.backups_dialog import BackupsDialog

        self._flush()
        dialog = BackupsDialog(self._library.path, open_mode, self._parent)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.chosen is None:
            return
        what, chosen = dialog.chosen
        if what == "open":
            self._copyFrom(chosen)
        else:
            self.replaceRequested.emit(restorer(chosen.path), restored_sentence(chosen))

    def _copyFrom(self, chosen: backup.Backup) -> None:
        from seminarnotes.ui.library.backup_view import copy_from_backup
        from seminarnotes.ui.library.damaged_dialog import describe

        try:
            new_id = copy_from_backup(self._parent, self._library, chosen.path, describe(chosen))
        except USER_ERRORS as err:
            warn(self._parent, err)
            return
        if new_id is not None:
            self.seminarCopied.emit(new_id)


def restorer(source: Path) -> Callable[[Path], Any]:
    def run(library: Path) -> Any:
        from seminarnotes.core.restore import restore

        return restore(library, source)

    return run


def restored_sentence(chosen: backup.Backup) -> Callable[[Any], str]:
    from seminarnotes.ui.library.damaged_dialog import describe

    when = describe(chosen)

    def sentence(kept: Path | None) -> str:
        text = translate("Backups", "The library now holds the backup of %1.").replace("%1", when)
        if kept is not None:
            text += " " + translate("Backups", "The library as it was is kept as %1.").replace("%1", str(kept))
        return text

    return sentence

