"""File ▸ Open Recent: the last seminars opened in this library, newest first.

Ids are kept in QSettings under the library's own key (as the session memory is),
because a seminar id means nothing in another library file. The menu is built when
it opens, so a seminar deleted since simply is not listed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

if TYPE_CHECKING:
    from seminarnotes.ui.window.main_window import MainWindow

SHOWN = 8  # entries in the menu
KEPT = 16  # ids remembered, so that deleting a few still leaves eight to show


class RecentSeminars(QObject):
    """Remembers opened seminars and fills File ▸ Open Recent."""

    def __init__(self, window: MainWindow, file_menu: QMenu, after: QAction) -> None:
        super().__init__(window)
        self.window = window
        self.menu = QMenu(QCoreApplication.translate("Recent", "Open &Recent"), window)
        actions = file_menu.actions()
        position = actions.index(after) + 1 if after in actions else len(actions)
        if position < len(actions):
            file_menu.insertMenu(actions[position], self.menu)
        else:
            file_menu.addMenu(self.menu)
        self.menu.aboutToShow.connect(self.rebuild)
        window.seminarOpened.connect(self.push)

    def _key(self) -> str:
        return self.window._libraryKey("recent")

    def ids(self) -> list[int]:
        """Remembered ids, most recently opened first (deleted ones included)."""
        raw = str(self.window._settings().value(self._key(), "") or "")
        return [int(part) for part in raw.split(",") if part.strip().isdigit()]

    def push(self, seminar_id: int | None) -> None:
        if seminar_id is None:
            return
        ids = [seminar_id, *(i for i in self.ids() if i != seminar_id)][:KEPT]
        self.window._settings().setValue(self._key(), ",".join(map(str, ids)))

    def entries(self) -> list[tuple[int, str]]:
        """(id, title) of up to eight recent seminars, not the open one, not deleted ones."""
        library = self.window.library
        found: list[tuple[int, str]] = []
        for seminar_id in self.ids():
            if seminar_id == self.window.seminar_id or not library.exists(seminar_id):  # deleted or purged
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
            action.triggered.connect(lambda _c=False, i=seminar_id: self.open(i))

    def open(self, seminar_id: int) -> None:
        self.window.autosaver.flush()
        self.window.openSeminarId(seminar_id)
