"""File ▸ Open Recent: the last seminars opened in this library, newest first.

The ids are kept per library (LibrarySettings), because a seminar id means nothing in
another library file. The menu is built when it opens, so a seminar deleted since simply
is not listed.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QMenu, QWidget

from seminarnotes.core.library import Library
from seminarnotes.ui.window.library_settings import LibrarySettings

SHOWN = 8  # entries in the menu


class RecentSeminars(QObject):
    """Remembers opened seminars (`push`) and fills its menu, File ▸ Open Recent."""

    openRequested = Signal(int)
    """The user chose this seminar in the menu."""

    def __init__(self, library: Library, settings: LibrarySettings, parent: QWidget) -> None:
        super().__init__(parent)
        self._library, self._settings = library, settings
        self._open: int | None = None  # the seminar shown now, which the menu leaves out
        self.menu = QMenu(QCoreApplication.translate("Recent", "Open &Recent"), parent)
        self.menu.aboutToShow.connect(self.rebuild)

    def push(self, seminar_id: int | None) -> None:
        """The window shows this seminar now (None: none)."""
        self._open = seminar_id
        if seminar_id is not None:
            self._settings.pushRecent(seminar_id)

    def entries(self) -> list[tuple[int, str]]:
        """(id, title) of up to eight recent seminars, not the open one, not deleted ones."""
        library = self._library
        found: list[tuple[int, str]] = []
        for seminar_id in self._settings.recentIds():
            if seminar_id == self._open or not library.exists(seminar_id):  # deleted or purged
                continue
            details = library.details(seminar_id)
            title = details.title or QCoreApplication.translate("Recent", "Untitled seminar")
            if details.date:
                title = f"{title} ({details.date.isoformat()})"
            found.append((seminar_id, title))
            if len(found) == SHOWN:
                break
        return found

    def rebuild(self) -> None:
        self.menu.clear()
        entries = self.entries()
        if not entries:
            empty = self.menu.addAction(QCoreApplication.translate("Recent", "No recent seminars"))
            empty.setEnabled(False)
            return
        for number, (seminar_id, title) in enumerate(entries, start=1):
            action = self.menu.addAction(f"&{number} {title.replace('&', '&&')}")
            action.setData(seminar_id)
            action.triggered.connect(lambda _c=False, i=seminar_id: self.openRequested.emit(i))
