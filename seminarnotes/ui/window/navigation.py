"""Getting around the library from the window: which page it shows (the open seminar,
or the archive: Ctrl+O, and what the window shows when no seminar is open), search
across all seminars (Ctrl+Shift+F, a dock) and the find bar for the open seminar
(Ctrl+F, F3/Shift+F3, Escape).

The window lays out its pages and hands them over; what Navigation needs of the open
seminar's side (open a seminar, show an item, where the user is) it asks through
`Workplace`, which the window implements. The archive and the search dock are built on
first use, so start-up does not pay for listing 1,000 seminars.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QDockWidget, QMainWindow, QStackedWidget, QWidget

from seminarnotes.core.library import Library
from seminarnotes.ui.archive.find_bar import FindBar

if TYPE_CHECKING:
    from seminarnotes.ui.archive.archive_page import ArchivePage
    from seminarnotes.ui.archive.search_panel import SearchPanel


class Workplace(Protocol):
    """The open seminar's side of the window, as Navigation asks of it."""

    def openSeminarId(self, seminar_id: int | None) -> None:
        """Show this seminar (None: none)."""

    def closeDeletedSeminar(self) -> None:
        """The open seminar went to the Deleted list: show none, and do not reopen it at the next start."""

    def showItem(self, kind: str, id_: int, point: int | None = None) -> None:
        """Select the item and put the keys there: a group's points at `point`, else the tree."""

    def showMatch(self, group_id: int, point_index: int, start: int, length: int) -> None:
        """Select a find match: in the group's points, or in its name (point_index -1)."""

    def findOrigin(self, step: int, keysIn: QWidget | None) -> tuple[int, int, int] | None:
        """Where a search starts (group, point or -1, offset) when the keys are in `keysIn`:
        Ctrl+F (step 0) at the cursor, F3 (1) or Shift+F3 (-1) from the selection."""

    def focusWork(self) -> None:
        """The keys into the shown group's points, else into the tree."""

    def focusTree(self) -> None:
        """The keys into the tree."""


class Navigation(QObject):
    """The pages, the search dock and the find bar of one window."""

    pageChanged = Signal()
    """The archive was shown or left: the window's title follows."""

    def __init__(self, library: Library, workplace: Workplace, stack: QStackedWidget, workPage: QWidget,
                 findBar: FindBar, docks: QMainWindow, archiveActions: list[QAction]) -> None:
        """`stack` holds `workPage` (the open seminar with the find bar under it); the
        archive is added to it when first shown, with `archiveActions` (new, sample,
        import) in its header; the search dock goes on `docks`."""
        super().__init__(docks)
        self._library, self._workplace = library, workplace
        self._stack, self.workPage, self.findBar, self._docks = stack, workPage, findBar, docks
        self._archiveActions = archiveActions
        self.seminarId: int | None = None
        self.archivePage: ArchivePage | None = None
        self.searchPanel: SearchPanel | None = None
        self.searchDock: QDockWidget | None = None
        self._returnFocus: QWidget | None = None
        findBar.matchFound.connect(workplace.showMatch)
        findBar.aboutToStep.connect(self._findFromHere)
        findBar.closed.connect(self._findClosed)

    # --- pages ---------------------------------------------------------------------------

    def archiveShown(self) -> bool:
        return self.archivePage is not None and self._stack.currentWidget() is self.archivePage

    def _archive(self) -> ArchivePage:
        if self.archivePage is None:
            from seminarnotes.ui.archive.archive_page import ArchivePage

            self.archivePage = ArchivePage(self._library, self._archiveActions)
            self._stack.addWidget(self.archivePage)
            view = self.archivePage.view
            view.openRequested.connect(self._openFromArchive)
            view.seminarDeleted.connect(self._deleted)
            self.archivePage.backRequested.connect(self.showWork)
        return self.archivePage

    def showArchive(self) -> None:
        """The archive page, refreshed, with the open seminar selected and the filter focused."""
        page = self._archive()
        page.refresh(self._title() if self.seminarId is not None else None)
        if self.seminarId is not None:
            page.view.selectSeminar(self.seminarId)
        self._stack.setCurrentWidget(page)
        self.pageChanged.emit()
        page.view.filterEdit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        page.view.filterEdit.selectAll()

    def showWork(self) -> None:
        """Back to the open seminar (nothing happens when none is open)."""
        if self.seminarId is None:
            return
        if self._stack.currentWidget() is not self.workPage:
            self._stack.setCurrentWidget(self.workPage)
            self.pageChanged.emit()
            self._workplace.focusWork()

    def _title(self) -> str:
        return self._library.details(self.seminarId).title or QCoreApplication.translate(  # type: ignore[arg-type]
            "Navigation", "Untitled seminar")

    def seminarOpened(self, seminar_id: int | None) -> None:
        """The window shows this seminar now (None: none, so the archive)."""
        self.seminarId = seminar_id
        self.findBar.setSeminar(seminar_id)
        if seminar_id is None:
            if self.archiveShown():
                self.pageChanged.emit()
            else:
                self.showArchive()
            return
        if self._stack.currentWidget() is not self.workPage:
            self._stack.setCurrentWidget(self.workPage)
            self.pageChanged.emit()
            self._workplace.focusTree()

    def libraryChanged(self) -> None:
        """Another program wrote the library (a seminar imported on the command line):
        the archive, when shown, lists what is there now."""
        if self.archiveShown():
            self.archivePage.refresh(self._title() if self.seminarId is not None else None)  # type: ignore[union-attr]
        self.seminarEdited()

    def _openFromArchive(self, seminar_id: int) -> None:
        if seminar_id == self.seminarId:
            self.showWork()
        else:
            self._workplace.openSeminarId(seminar_id)

    def _deleted(self, seminar_id: int) -> None:
        """Deleting the open seminar closes it; the window stays on the archive."""
        if seminar_id == self.seminarId:
            self._workplace.closeDeletedSeminar()
            self.archivePage.refresh(None)  # type: ignore[union-attr]

    # --- search all seminars ---------------------------------------------------------------

    def showSearch(self) -> None:
        """Ctrl+Shift+F: the search dock, query selected; results re-read the library."""
        if self.searchDock is None:
            from seminarnotes.ui.archive.search_panel import SearchPanel

            self.searchPanel = SearchPanel(self._library)
            self.searchPanel.hitChosen.connect(self._openHit)
            self.searchDock = QDockWidget(self.tr("Search all seminars"), self._docks)
            self.searchDock.setObjectName("searchDock")
            self.searchDock.setWidget(self.searchPanel)
            self.searchDock.setAllowedAreas(Qt.DockWidgetArea.LeftDockWidgetArea
                                            | Qt.DockWidgetArea.RightDockWidgetArea)
            close = QAction(self.tr("Close search"), self.searchDock)
            close.setShortcut(QKeySequence(Qt.Key.Key_Escape))
            close.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            close.triggered.connect(self._closeSearch)
            self.searchDock.addAction(close)
            self._docks.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.searchDock)
            self._docks.resizeDocks([self.searchDock], [420], Qt.Orientation.Horizontal)
        elif self.searchPanel is not None and self.searchPanel.queryEdit.text().strip():
            self.searchPanel.runSearch()  # the library may have changed since
        self.searchDock.show()
        self.searchDock.raise_()
        self.searchPanel.queryEdit.setFocus(Qt.FocusReason.ShortcutFocusReason)  # type: ignore[union-attr]
        self.searchPanel.queryEdit.selectAll()  # type: ignore[union-attr]

    def stop(self) -> None:
        """The window closes: the search thread ends and lets go of the library."""
        if self.searchPanel is not None:
            self.searchPanel.worker.stop()

    def _closeSearch(self) -> None:
        self.searchDock.hide()  # type: ignore[union-attr]
        self._focusWork()

    def _openHit(self, hit: Any) -> None:
        """A search hit: open its seminar at the session, group and point it names."""
        from seminarnotes.core.search import KIND_POINT, KIND_SEMINAR, KIND_SESSION

        if hit.seminar_id != self.seminarId:
            self._workplace.openSeminarId(hit.seminar_id)
        self.showWork()
        if hit.kind == KIND_SEMINAR or (hit.kind == KIND_SESSION and hit.session_id is None):
            self._workplace.showItem("seminar", hit.seminar_id)
        elif hit.kind == KIND_SESSION:
            self._workplace.showItem("session", hit.session_id)
        else:
            point = hit.point_index if hit.kind == KIND_POINT and hit.point_index is not None else 0
            self._workplace.showItem("group", hit.group_id, point)

    # --- find in this seminar ------------------------------------------------------------

    def startFind(self) -> None:
        """Ctrl+F: the find bar, searching from the current group and point."""
        if self.archiveShown() or self.seminarId is None:
            self.showArchive()  # in the archive, Ctrl+F means its filter
            return
        focus = QApplication.focusWidget()
        if focus is not None and not self.findBar.isAncestorOf(focus):
            self._returnFocus = focus
        origin = self._workplace.findOrigin(0, self._returnFocus)
        if origin is not None:
            self.findBar.setOrigin(*origin)
        self.findBar.activate()

    def _findFromHere(self, step: int) -> None:
        """F3 / Shift+F3 from outside the bar: the search goes on from the cursor."""
        origin = self._workplace.findOrigin(step, QApplication.focusWidget())
        if origin is not None:
            self.findBar.setOrigin(*origin)

    def _findClosed(self) -> None:
        target = self._returnFocus
        self._returnFocus = None
        if target is not None and target.isVisible() and target.isEnabled():
            target.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self._focusWork()

    def _focusWork(self) -> None:
        if self.archiveShown():
            self.archivePage.view.filterEdit.setFocus()  # type: ignore[union-attr]
        else:
            self._workplace.focusWork()

    def seminarEdited(self) -> None:
        """After a save or a structure change: the open find bar's count follows the
        library (a closed one searches afresh when Ctrl+F or F3 brings it back)."""
        if self.findBar.isVisible() and self.findBar.query().strip():
            self.findBar.refresh()
