"""Files dropped on the window: a .seminarnotes package is imported and opened, a Word
document (.docx) gets the import preview (word_import.py).

An event filter on the window and on the child views that would otherwise take a file
drop themselves (the points editor would paste the path as text). Other drops pass
through untouched. What the files become is the window's to do (Transfers): the filter
only says which files were dropped.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QEvent, QMimeData, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from seminarnotes.core.package import SUFFIX

WORD_SUFFIX = ".docx"

_DRAG = (QEvent.Type.DragEnter, QEvent.Type.DragMove)


def package_paths(mime: QMimeData | None) -> list[Path]:
    """The local .seminarnotes and .docx files among the dropped URLs."""
    if mime is None or not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls()
            if url.isLocalFile() and url.toLocalFile().lower().endswith((SUFFIX, WORD_SUFFIX))]


class PackageDrop(QObject):
    """Accepts package and Word files dropped on the given widgets (which accept drops)."""

    packagesDropped = Signal(list)
    """Packages (list of Path) to import; the last one imported is shown."""
    wordDocumentsDropped = Signal(list)
    """Word documents (list of Path) to preview and import, one after another."""

    def __init__(self, widgets: Sequence[QWidget], parent: QObject | None = None) -> None:
        super().__init__(parent)
        for widget in widgets:
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _DRAG or event.type() == QEvent.Type.Drop:
            paths = package_paths(event.mimeData())  # type: ignore[attr-defined]
            if paths:
                event.acceptProposedAction()  # type: ignore[attr-defined]
                if event.type() == QEvent.Type.Drop:
                    # after the drop returns, so the file manager is not held by a dialog
                    QTimer.singleShot(0, self, lambda: self.openPackages(paths))
                return True
        return super().eventFilter(watched, event)

    def openPackages(self, paths: list[Path]) -> None:
        """The packages first, then the Word documents."""
        words = [path for path in paths if path.name.lower().endswith(WORD_SUFFIX)]
        packages = [path for path in paths if path not in words]
        if packages:
            self.packagesDropped.emit(packages)
        self.wordDocumentsDropped.emit(words)
