"""File dialogs that never open the files they list.

SQLite's locks on the library are POSIX advisory locks, which belong to the process:
when any code in the process opens and closes one of the library's files (the file,
its -wal or its -shm), the process loses every lock it held on that file, and another
program can then check-point and delete the -wal under the running window ("How To
Corrupt An SQLite Database File", section 2.2). Qt's file dialog does exactly that
when it lists a folder: its icon provider opens files to guess their type. Every file
dialog of the program is made here, with an icon provider that goes by the name
alone, and (except on Windows, whose locks are not POSIX) Qt's own dialog rather than
a platform one that would probe files in our process.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QFileInfo, QMimeDatabase
from PySide6.QtGui import QAbstractFileIconProvider, QIcon
from PySide6.QtWidgets import QApplication, QFileDialog, QStyle, QWidget


class NamesOnlyIconProvider(QAbstractFileIconProvider):
    """Icons and type names from the file name alone; never reads a file."""

    def __init__(self) -> None:
        super().__init__()
        self._mimes = QMimeDatabase()

    def icon(self, what: QFileInfo | QAbstractFileIconProvider.IconType) -> QIcon:
        style = QApplication.style()
        if isinstance(what, QFileInfo):
            if what.isRoot():
                return style.standardIcon(QStyle.StandardPixmap.SP_DriveHDIcon)
            kind = QStyle.StandardPixmap.SP_DirIcon if what.isDir() else QStyle.StandardPixmap.SP_FileIcon
            return style.standardIcon(kind)
        kinds = {
            QAbstractFileIconProvider.IconType.Computer: QStyle.StandardPixmap.SP_ComputerIcon,
            QAbstractFileIconProvider.IconType.Desktop: QStyle.StandardPixmap.SP_DesktopIcon,
            QAbstractFileIconProvider.IconType.Trashcan: QStyle.StandardPixmap.SP_TrashIcon,
            QAbstractFileIconProvider.IconType.Network: QStyle.StandardPixmap.SP_DriveNetIcon,
            QAbstractFileIconProvider.IconType.Drive: QStyle.StandardPixmap.SP_DriveHDIcon,
            QAbstractFileIconProvider.IconType.Folder: QStyle.StandardPixmap.SP_DirIcon,
        }
        return style.standardIcon(kinds.get(what, QStyle.StandardPixmap.SP_FileIcon))

    def type(self, info: QFileInfo) -> str:
        if info.isDir():
            return QApplication.translate("FileDialogs", "Folder")
        return self._mimes.mimeTypeForFile(info, QMimeDatabase.MatchMode.MatchExtension).comment()


def make_dialog(parent: QWidget | None, caption: str, directory: str, file_filter: str,
                mode: QFileDialog.AcceptMode = QFileDialog.AcceptMode.AcceptOpen) -> QFileDialog:
    """A file dialog that lists folders without opening any file in them."""
    dialog = QFileDialog(parent, caption, directory, file_filter)
    dialog.setAcceptMode(mode)
    if sys.platform != "win32":
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setIconProvider(NamesOnlyIconProvider())
    if mode == QFileDialog.AcceptMode.AcceptOpen:
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    return dialog


def _ask(dialog: QFileDialog) -> str:
    try:
        if dialog.exec() != QFileDialog.DialogCode.Accepted or not dialog.selectedFiles():
            return ""
        return dialog.selectedFiles()[0]
    finally:
        dialog.deleteLater()


def open_file_name(parent: QWidget | None, caption: str, directory: str = "", file_filter: str = "") -> str:
    """The file the user chose to open, or "" when cancelled."""
    return _ask(make_dialog(parent, caption, directory, file_filter))


def save_file_name(parent: QWidget | None, caption: str, directory: str = "", file_filter: str = "") -> str:
    """The file the user chose to save to, or "" when cancelled (the dialog asks before
    replacing an existing file)."""
    return _ask(make_dialog(parent, caption, directory, file_filter, QFileDialog.AcceptMode.AcceptSave))
