"""What the program remembers between runs, in QSettings: per library file the seminar
and item last shown and the seminars opened recently (a seminar id means nothing in
another library file), and for every library the window's size and splitter.

Values are read defensively: a settings file edited by hand or damaged gives "nothing
remembered", never an error.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

RECENT_KEPT = 16  # ids remembered, so that deleting a few still leaves eight to show


class LibrarySettings:
    """The settings of one library file (and the window's, which all libraries share)."""

    def __init__(self, library_path: Path) -> None:
        digest = hashlib.sha1(str(Path(library_path).resolve()).encode()).hexdigest()[:12]
        self._prefix = f"libraries/{digest}"

    def key(self, name: str) -> str:
        """The QSettings key of `name` for this library."""
        return f"{self._prefix}/{name}"

    # --- what was shown last -----------------------------------------------------------

    def lastSeminar(self) -> int | None:
        """The seminar shown last, if what is stored is a seminar id at all."""
        stored = str(QSettings().value(self.key("seminar"), "") or "")
        return int(stored) if stored.isdecimal() else None

    def setLastSeminar(self, seminar_id: int) -> None:
        QSettings().setValue(self.key("seminar"), seminar_id)

    def forgetLastSeminar(self) -> None:
        """The seminar shown last is gone (deleted): the next start does not look for it."""
        QSettings().remove(self.key("seminar"))

    def lastItem(self) -> tuple[str, int] | None:
        """The item selected last in the tree, as (kind, id)."""
        kind, _, id_ = str(QSettings().value(self.key("item"), "") or "").partition(":")
        return (kind, int(id_)) if id_.isdecimal() else None

    def setLastItem(self, kind: str, id_: int) -> None:
        QSettings().setValue(self.key("item"), f"{kind}:{id_}")

    # --- recent seminars ---------------------------------------------------------------

    def recentIds(self) -> list[int]:
        """Seminars opened in this library, most recently opened first (deleted ones included)."""
        raw = str(QSettings().value(self.key("recent"), "") or "")
        return [int(part) for part in raw.split(",") if part.strip().isdecimal()]

    def pushRecent(self, seminar_id: int) -> None:
        ids = [seminar_id, *(i for i in self.recentIds() if i != seminar_id)][:RECENT_KEPT]
        QSettings().setValue(self.key("recent"), ",".join(map(str, ids)))

    # --- the window, whatever the library ------------------------------------------------

    def windowState(self) -> tuple[QByteArray | None, QByteArray | None]:
        """The window's geometry and its splitter's state, as saved at the last close."""
        settings = QSettings()
        return settings.value("window/geometry"), settings.value("window/splitter")

    def setWindowState(self, geometry: QByteArray, splitter: QByteArray) -> None:
        settings = QSettings()
        settings.setValue("window/geometry", geometry)
        settings.setValue("window/splitter", splitter)
        settings.sync()
