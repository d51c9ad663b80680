"""Dropping a .seminarnotes file on the window imports it and opens it; a dropped
Word document (.docx) opens the import preview (word_import.py).

An event filter on the window and on the child views that would otherwise take a
file drop themselves (the points editor would paste the path as text). Other drops
pass through untouched. A bad package is one sentence in a dialog (the window's
importPackage), and the library is left as it was.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QMimeData, QObject, QTimer

from seminarnotes.core.package import SUFFIX
from seminarnotes.ui.import_export.word_import import importWordDocuments

WORD_SUFFIX = ".docx"

if TYPE_CHECKING:
    from seminarnotes.ui.window.main_window import MainWindow

_DRAG = (QEvent.Type.DragEnter, QEvent.Type.DragMove)


def package_paths(mime: QMimeData | None) -> list[Path]:
    """The local .seminarnotes and .docx files among the dropped URLs."""
    if mime is None or not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls()
            if url.isLocalFile() and url.toLocalFile().lower().endswith((SUFFIX, WORD_SUFFIX))]


class PackageDrop(QObject):
    """Accepts package files dropped anywhere on the window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        window.setAcceptDrops(True)
        for widget in (window, window.editor.viewport(), window.tree.viewport()):
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
        """Import each package (the last one imported is opened), then preview each Word document."""
        for path in paths:
            if not path.name.lower().endswith(WORD_SUFFIX):
                self.window.importPackage(path)
        importWordDocuments(self.window, [path for path in paths if path.name.lower().endswith(WORD_SUFFIX)])
