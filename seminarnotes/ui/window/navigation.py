"""Getting around the library from the window: the archive page (Ctrl+O, and what the
window shows when no seminar is open), search across all seminars (Ctrl+Shift+F, a
dock) and the find bar for the open seminar (Ctrl+F, F3/Shift+F3, Escape).

The central widget becomes a stack of two pages: the seminar (tree, forms and the
find bar under them) and the archive. The archive and the search dock are built on
first use, so start-up does not pay for listing 1,000 seminars.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QDockWidget, QStackedWidget, QVBoxLayout, QWidget

from seminarnotes.ui.archive.find_bar import FindBar

if TYPE_CHECKING:
    from seminarnotes.ui.archive.archive_page import ArchivePage
    from seminarnotes.ui.archive.search_panel import SearchPanel
    from seminarnotes.ui.window.main_window import MainWindow


class Navigation(QObject):
    """Owns the archive page, the search dock and the find bar of one MainWindow."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.archivePage: ArchivePage | None = None
        self.searchPanel: SearchPanel | None = None
        self.searchDock: QDockWidget | None = None
        self._returnFocus: QWidget | None = None

        self.findBar = FindBar(window.library)
        self.findBar.hide()
        self.workPage = QWidget()
        layout = QVBoxLayout(self.workPage)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(window.takeCentralWidget(), 1)
        layout.addWidget(self.findBar)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.workPage)
        window.setCentralWidget(self.stack)
        self._buildActions()

        window.seminarOpened.connect(self._opened)
        window.libraryChanged.connect(self._outsideWrite)
        window.autosaver.saved.connect(self._edited)
        window.structure.changed.connect(self._structureChanged)
        self.findBar.matchFound.connect(self._showMatch)
        self.findBar.closed.connect(self._findClosed)

    def _buildActions(self) -> None:
        window, edit = self.window, self.window.editMenu
        self.findAction = QAction(self.tr("&Find in this seminar…"), window)
        self.findAction.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Find))
        self.findAction.triggered.connect(lambda _c=False: self.startFind())
        self.searchAction = QAction(self.tr("Search &all seminars…"), window)
        self.searchAction.setShortcut(QKeySequence("Ctrl+Shift+F"))
        self.searchAction.triggered.connect(lambda _c=False: self.showSearch())
        for action, step in ((self.findBar.nextAction, 1), (self.findBar.previousAction, -1)):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)  # F3 from the editor too
            action.triggered.disconnect()
            action.triggered.connect(lambda _c=False, step=step: self.findStep(step))
        edit.addSeparator()
        edit.addActions([self.findAction, self.findBar.nextAction, self.findBar.previousAction, self.searchAction])

    # --- pages ---------------------------------------------------------------------------

    def archiveShown(self) -> bool:
        return self.archivePage is not None and self.stack.currentWidget() is self.archivePage

    def _archive(self) -> ArchivePage:
        if self.archivePage is None:
            from seminarnotes.ui.archive.archive_page import ArchivePage

            w = self.window
            self.archivePage = ArchivePage(w.library, [w.newAction, w.sampleAction, w.importPackageAction])
            self.stack.addWidget(self.archivePage)
            view = self.archivePage.view
            view.openRequested.connect(self._openFromArchive)
            view.seminarDeleted.connect(self._deleted)
            self.archivePage.backRequested.connect(self.showWork)
        return self.archivePage

    def showArchive(self) -> None:
        """The archive page, refreshed, with the open seminar selected and the filter focused."""
        page = self._archive()
        w = self.window
        page.refresh(self._title() if w.seminar_id is not None else None)
        if w.seminar_id is not None:
            page.view.selectSeminar(w.seminar_id)
        self.stack.setCurrentWidget(page)
        w.setWindowTitle(self.tr("Seminars \u2014 Seminarnotes"))
        page.view.filterEdit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        page.view.filterEdit.selectAll()

    def showWork(self) -> None:
        """Back to the open seminar (nothing happens when none is open)."""
        w = self.window
        if w.seminar_id is None:
            return
        if self.stack.currentWidget() is not self.workPage:
            self.stack.setCurrentWidget(self.workPage)
            w._updateTitle()
            if w.pages.currentWidget() is w.groupForm:
                w.editor.setFocus(Qt.FocusReason.OtherFocusReason)
            else:
                w.tree.setFocus(Qt.FocusReason.OtherFocusReason)

    def _title(self) -> str:
        return self.window.library.details(self.window.seminar_id).title or self.tr("Untitled seminar")

    def _opened(self, seminar_id: int | None) -> None:
        self.findBar.setSeminar(seminar_id)
        if seminar_id is None:
            if self.archiveShown():
                self.window.setWindowTitle(self.tr("Seminars \u2014 Seminarnotes"))
            else:
                self.showArchive()
            return
        if self.stack.currentWidget() is not self.workPage:
            self.stack.setCurrentWidget(self.workPage)
            self.window.tree.setFocus(Qt.FocusReason.OtherFocusReason)

    def _outsideWrite(self) -> None:
        """Another program wrote the library (a seminar imported on the command line):
        the archive, when shown, lists what is there now."""
        if self.archiveShown():
            w = self.window
            self.archivePage.refresh(self._title() if w.seminar_id is not None else None)  # type: ignore[union-attr]
        self._edited()

    def _openFromArchive(self, seminar_id: int) -> None:
        if seminar_id == self.window.seminar_id:
            self.showWork()
        else:
            self.window.openSeminarId(seminar_id)

    def _deleted(self, seminar_id: int) -> None:
        """Deleting the open seminar closes it; the window stays on the archive."""
        w = self.window
        if seminar_id == w.seminar_id:
            w.openSeminarId(None)
            w._settings().remove(w._libraryKey("seminar"))
            self.archivePage.refresh(None)  # type: ignore[union-attr]

    # --- search all seminars ---------------------------------------------------------------

    def showSearch(self) -> None:
        """Ctrl+Shift+F: the search dock, query selected; results re-read the library."""
        if self.searchDock is None:
            from seminarnotes.ui.archive.search_panel import SearchPanel

            self.searchPanel = SearchPanel(self.window.library)
            self.searchPanel.hitChosen.connect(self._openHit)
            self.searchDock = QDockWidget(self.tr("Search all seminars"), self.window)
            self.searchDock.setObjectName("searchDock")
            self.searchDock.setWidget(self.searchPanel)
            self.searchDock.setAllowedAreas(Qt.DockWidgetArea.LeftDockWidgetArea
                                            | Qt.DockWidgetArea.RightDockWidgetArea)
            close = QAction(self.tr("Close search"), self.searchDock)
            close.setShortcut(QKeySequence(Qt.Key.Key_Escape))
            close.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            close.triggered.connect(self._closeSearch)
            self.searchDock.addAction(close)
            self.window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.searchDock)
            self.window.resizeDocks([self.searchDock], [420], Qt.Orientation.Horizontal)
        elif self.searchPanel is not None and self.searchPanel.queryEdit.text().strip():
            self.searchPanel.runSearch()  # the library may have changed since
        self.searchDock.show()
        self.searchDock.raise_()
        self.searchPanel.queryEdit.setFocus(Qt.FocusReason.ShortcutFocusReason)  # type: ignore[union-attr]
        self.searchPanel.queryEdit.selectAll()  # type: ignore[union-attr]

    def _closeSearch(self) -> None:
        self.searchDock.hide()  # type: ignore[union-attr]
        self._focusWork()

    def _openHit(self, hit: Any) -> None:
        """A search hit: open its seminar at the session, group and point it names."""
        from seminarnotes.core.search import KIND_POINT, KIND_SEMINAR, KIND_SESSION

        w = self.window
        if hit.seminar_id != w.seminar_id:
            w.openSeminarId(hit.seminar_id)
        self.showWork()
        if hit.kind == KIND_SEMINAR or (hit.kind == KIND_SESSION and hit.session_id is None):
            w.select("seminar", hit.seminar_id)
            w.tree.setFocus(Qt.FocusReason.OtherFocusReason)
        elif hit.kind == KIND_SESSION:
            w.select("session", hit.session_id)
            w.tree.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            w.select("group", hit.group_id)
            w.editor.setCurrentPoint(hit.point_index if hit.kind == KIND_POINT and hit.point_index is not None
                                     else 0)
            w.editor.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- find in this seminar ------------------------------------------------------------

    def startFind(self) -> None:
        """Ctrl+F: the find bar, searching from the current group and point."""
        w = self.window
        if self.archiveShown() or w.seminar_id is None:
            self.showArchive()  # in the archive, Ctrl+F means its filter
            return
        focus = QApplication.focusWidget()
        if focus is not None and not self.findBar.isAncestorOf(focus):
            self._returnFocus = focus
        node = w.currentNode()
        if node is not None and node.kind == "group":
            in_points = self._returnFocus is w.editor
            cursor = w.editor.textCursor()
            self.findBar.setOrigin(node.id, w.editor.currentPointIndex() if in_points else -1,
                                   cursor.positionInBlock() if in_points else 0)
        elif node is not None and node.kind == "session" and node.children:
            self.findBar.setOrigin(node.children[0].id, -1, 0)
        self.findBar.activate()

    def findStep(self, step: int) -> None:
        """F3 / Shift+F3: the next or previous match; from outside the bar, counted from the cursor."""
        w = self.window
        focus = QApplication.focusWidget()
        if focus is not None and not self.findBar.isAncestorOf(focus):
            node = w.currentNode()
            if node is not None and node.kind == "group":
                if focus is w.editor:
                    cursor = w.editor.textCursor()
                    block = w.editor.document().findBlock(cursor.selectionEnd() if step > 0 else cursor.selectionStart())
                    position = (cursor.selectionEnd() if step > 0 else cursor.selectionStart()) - block.position()
                    self.findBar.setOrigin(node.id, block.blockNumber(), position)
                else:
                    self.findBar.setOrigin(node.id, -1, 1 if step > 0 else 0)
        if step > 0:
            self.findBar.findNext()
        else:
            self.findBar.findPrevious()

    def _showMatch(self, group_id: int, point_index: int, start: int, length: int) -> None:
        """Select the match's group; a point match is selected in the editor, a name match in the name field."""
        w = self.window
        w.select("group", group_id)
        if point_index >= 0:
            w.editor.selectInPoint(point_index, start, length)
        else:
            w.groupForm.nameEdit.setSelection(start, length)

    def _findClosed(self) -> None:
        target = self._returnFocus
        self._returnFocus = None
        if target is not None and target.isVisible() and target.isEnabled():
            target.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self._focusWork()

    def _focusWork(self) -> None:
        w = self.window
        if self.archiveShown():
            self.archivePage.view.filterEdit.setFocus()  # type: ignore[union-attr]
        elif w.pages.currentWidget() is w.groupForm:
            w.editor.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            w.tree.setFocus(Qt.FocusReason.OtherFocusReason)

    def _structureChanged(self) -> None:
        # A rename typed in a form changes the structure during an autosave, whose `saved` follows.
        if not self.window.autosaver.flushing():
            self._edited()

    def _edited(self) -> None:
        """After a save or a structure change: the open find bar's count follows the
        library (a closed one searches afresh when Ctrl+F or F3 brings it back)."""
        if self.findBar.isVisible() and self.findBar.query().strip():
            self.findBar.refresh()
