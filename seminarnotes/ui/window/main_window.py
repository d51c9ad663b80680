"""The main window: it builds the window's parts and wires them; the parts do the work.

The open seminar's page (tree and forms, SeminarPage) with the find bar under it, the
archive as a second page (Navigation), every action and menu in one place
(WindowActions). Saving is the Autosaver's and the group form's, undo the History's,
where the keys go the FocusKeeper's, import and export the Transfers', what is
remembered per library LibrarySettings'. No seminar logic lives here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from seminarnotes.core.library import Library
from seminarnotes.ui.archive.find_bar import FindBar
from seminarnotes.ui.common.user_errors import user_errors
from seminarnotes.ui.editor.keys import window_keys
from seminarnotes.ui.editor.zoom import EditorZoom
from seminarnotes.ui.import_export.package_drop import PackageDrop
from seminarnotes.ui.import_export.transfers import Transfers
from seminarnotes.ui.library.backups import Backups
from seminarnotes.ui.library.watch import LibraryWatch
from seminarnotes.ui.saving.autosave import Autosaver
from seminarnotes.ui.tree.structure import Structure
from seminarnotes.ui.venue.appearance import Appearance
from seminarnotes.ui.venue.feed import ProjectorFeed
from seminarnotes.ui.venue.projector import Projector
from seminarnotes.ui.window import dialogs, screen_fit
from seminarnotes.ui.window.actions import WindowActions
from seminarnotes.ui.window.focus import FocusKeeper
from seminarnotes.ui.window.history import History
from seminarnotes.ui.window.library_settings import LibrarySettings
from seminarnotes.ui.window.navigation import Navigation
from seminarnotes.ui.window.recent import RecentSeminars
from seminarnotes.ui.window.seminar_page import SeminarPage


class MainWindow(QMainWindow):
    """One open seminar: the tree on the left, the selected item's form on the right."""

    seminarOpened = Signal(object)  # the seminar id now shown, or None (navigation shows the archive)

    def __init__(self, library: Library) -> None:
        super().__init__()
        self.library = library
        self.settings = LibrarySettings(library.path)
        self.autosaver = Autosaver(self, library.path)
        self.structure = Structure(library, self)
        self._buildPages()
        self.recent = RecentSeminars(library, self.settings, self)
        self.windowActions = WindowActions(self, self.tree, self.editor, self.findBar, self.recent.menu)
        actions = self.windowActions
        self.focus = FocusKeeper(self, self.page.workWidget)
        self.history = History(self.structure, self.editor, self.autosaver, self.focus, actions.undoAction,
                               actions.redoAction, self)
        self.editor.shareUndoStack(self.history.stack, lambda group: self.structure.resolve("group", group),
                                   self.history.undo, self.history.redo)
        self.editor.setWindowKeys(window_keys(actions.windowWide()))
        self.navigation = Navigation(library, self, self.stack, self.workPage, self.findBar, self,
                                     [actions.newAction, actions.sampleAction, actions.importPackageAction])
        self.transfers = Transfers(library, self, self.autosaver.flush, lambda: self.seminar_id)
        self.backups = Backups(library, self, self.autosaver.flush)
        self.setAcceptDrops(True)
        self.packageDrop = PackageDrop([self, self.editor.viewport(), self.tree.viewport()], self)
        self.watch = LibraryWatch(library, self.autosaver.flushing, self)
        self.appearance = Appearance(actions.appearanceMenu, self)
        self.editorZoom = EditorZoom(self.editor)
        self.projector = Projector(self, ProjectorFeed(library, self.model, self.tree.selectionModel(), self.editor,
                                                       self.groupForm.nameEdit, self.sessionForm.fields["question"]),
                                   actions.projectorAction, actions.projectorOptionsMenu, actions.projectorScreenMenu)
        self.sharedWidth = screen_fit.SharedWidth(self, self.page, self.tree)
        self._connect()
        self._connectActions()
        self.resize(1200, 760)
        self._updateTitle()

    # --- set-up ------------------------------------------------------------------------

    def _buildPages(self) -> None:
        """The open seminar's page with the find bar under it; the archive comes as a second
        page of `stack` (Navigation)."""
        self.page = SeminarPage(self.library, self.structure, self.autosaver)
        # the page's parts, which the window wires to its actions, menus and drops
        page = self.page
        self.tree, self.model, self.editor, self.pages = page.tree, page.model, page.editor, page.pages
        self.seminarForm, self.sessionForm, self.groupForm = page.seminarForm, page.sessionForm, page.groupForm
        self.findBar = FindBar(self.library)
        self.findBar.hide()
        self.workPage = QWidget()
        layout = QVBoxLayout(self.workPage)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.page, 1)
        layout.addWidget(self.findBar)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.workPage)
        self.setCentralWidget(self.stack)
        self.saveStatus = QLabel(self.tr("All changes saved"))
        self.statusBar().addPermanentWidget(self.saveStatus)

    def _connect(self) -> None:
        page = self.page
        page.itemShown.connect(lambda node: self.windowActions.deleteAction.setEnabled(
            node is not None and node.kind != "seminar"))
        page.itemChosen.connect(self.settings.setLastItem)
        page.bothKept.connect(self.history.clear)  # its steps describe a text no longer in that group
        self.structure.aboutToChange.connect(self.autosaver.flush)
        self.structure.changed.connect(self._structureChanged)
        self.autosaver.statusChanged.connect(self.saveStatus.setText)
        self.autosaver.failed.connect(lambda sentence: QMessageBox.warning(self, self.tr("Not saved"), sentence))
        self.autosaver.saved.connect(self.navigation.seminarEdited)
        self.seminarOpened.connect(self.navigation.seminarOpened)
        self.seminarOpened.connect(self.recent.push)
        self.navigation.pageChanged.connect(self._updateTitle)
        self.recent.openRequested.connect(self.openSeminarId)
        self.transfers.openRequested.connect(self.openSeminarId)
        self.transfers.statusMessage.connect(lambda text: self.statusBar().showMessage(text, 5000))
        self.backups.seminarCopied.connect(self._copiedFromBackup)
        self.packageDrop.packagesDropped.connect(self.transfers.importPackages)
        self.packageDrop.wordDocumentsDropped.connect(self.transfers.importWordDocuments)
        self.watch.changed.connect(self._libraryChangedOutside)
        for menu in self.windowActions.menus():
            menu.aboutToHide.connect(self.focus.menuClosed)
        app = QApplication.instance()
        app.focusChanged.connect(self._focusChanged)
        app.aboutToQuit.connect(self.autosaver.close)

    def _connectActions(self) -> None:
        a, transfers, navigation = self.windowActions, self.transfers, self.navigation
        slots: list[tuple[QAction, Callable[[], Any]]] = [
            (a.newAction, self.newSeminar), (a.sampleAction, transfers.newFromSample),
            (a.openAction, self.openSeminar), (a.exportAction, transfers.exportWord),
            (a.exportPdfAction, transfers.exportPdf), (a.exportPackageAction, transfers.exportPackage),
            (a.importPackageAction, transfers.importPackage), (a.importWordAction, transfers.importWord),
            (a.restoreBackupAction, lambda: self.backups.showBackups(open_mode=False)),
            (a.openBackupAction, lambda: self.backups.showBackups(open_mode=True)),
            (a.saveAction, self.autosaver.flush), (a.quitAction, self.close),
            (a.undoAction, self.history.undo), (a.redoAction, self.history.redo),
            (a.cutAction, lambda: self._forward("cut")), (a.copyAction, lambda: self._forward("copy")),
            (a.pasteAction, lambda: self._forward("paste")),
            (a.addSessionAction, self.page.addSession), (a.addGroupAction, self.page.addGroup),
            (a.renameAction, self.page.rename), (a.deleteAction, self.page.deleteSelected),
            (a.findAction, navigation.startFind), (a.searchAction, navigation.showSearch),
            (a.nextGroupAction, lambda: self.page.stepGroup(1)),
            (a.previousGroupAction, lambda: self.page.stepGroup(-1)),
            (a.treeFocusAction, self.tree.setFocus), (a.editorFocusAction, self.page.focusForm),
            (a.zoomInAction, lambda: self._zoom(1)), (a.zoomOutAction, lambda: self._zoom(-1)),
            (a.zoomResetAction, lambda: self._zoom(0)),
            (a.shortcutsAction, lambda: dialogs.show_shortcuts(self, a)),
            (a.aboutAction, lambda: dialogs.show_about(self)),
        ]
        for action, slot in slots:
            action.triggered.connect(lambda _checked=False, slot=slot: slot())

    # --- opening -----------------------------------------------------------------------

    def openSeminarId(self, seminar_id: int | None, item: tuple[str, int] | None = None) -> None:
        """Show a seminar of the library (None: none) with `item` (default: its root) selected."""
        self.autosaver.flush()
        self.history.clear()
        self.page.open(seminar_id, item)
        self._updateTitle()
        if seminar_id is not None:
            self.settings.setLastSeminar(seminar_id)
        self.seminarOpened.emit(seminar_id)

    @property
    def seminar_id(self) -> int | None:
        """The seminar shown, if any."""
        return self.page.seminarId

    def restoreSession(self) -> None:
        """Geometry, splitter, the last seminar and the selected item, as they were."""
        geometry, splitter = self.settings.windowState()
        if geometry is None or not self.restoreGeometry(geometry):
            screen_fit.fit_first_window(self)
        if splitter is not None:
            self.page.restoreState(splitter)
        last, item = self.settings.lastSeminar(), self.settings.lastItem()  # read before opening selects the root
        seminar_id = last if last is not None and self.library.exists(last) else None
        if seminar_id is None:
            seminar_id = self.library.newest_seminar_id()
        self.openSeminarId(seminar_id, item)
        if self.seminar_id is None:
            self.navigation.showArchive()
        else:
            self.page.workWidget().setFocus()

    def closeDeletedSeminar(self) -> None:
        """The open seminar went to the Deleted list: none is shown, and none is reopened at the next start."""
        self.openSeminarId(None)
        self.settings.forgetLastSeminar()

    def importPackage(self, path: Path | None = None) -> None:
        """A package to import and show (File ▸ Import package…, the command line, a second launch)."""
        self.transfers.importPackage(path)

    def handOver(self, open_file: Path | None) -> None:
        """Another launch with this library: come to the front (and open its package)."""
        self.setWindowState((self.windowState() & ~Qt.WindowState.WindowMinimized) | Qt.WindowState.WindowActive)
        self.show()
        self.raise_()
        self.activateWindow()
        if open_file is not None:
            QTimer.singleShot(0, self, lambda: self.importPackage(open_file))

    @user_errors
    def newSeminar(self) -> None:
        self.autosaver.flush()
        seminar_id = self.library.create_seminar("", date=dt.date.today())
        self.openSeminarId(seminar_id)
        self.seminarForm.fields["title"].setFocus()

    @user_errors
    def openSeminar(self) -> None:
        """File ▸ Open… (Ctrl+O): the archive of every seminar, in the window."""
        self.autosaver.flush()
        self.navigation.showArchive()

    def _copiedFromBackup(self, seminar_id: int) -> None:
        self.openSeminarId(seminar_id)
        self.statusBar().showMessage(QCoreApplication.translate("Backups", "The seminar was copied into your library."),
                                     5000)

    def _libraryChangedOutside(self) -> None:
        """Another program (the command line, say) wrote the library: show what changed.
        Our own saves change the data version too; reloading the tree is then a no-op."""
        if self.seminar_id is not None and not self.library.exists(self.seminar_id):
            self.openSeminarId(None)
            return
        if self.seminar_id is not None:
            self.page.changedOutside()
            self._updateTitle()
        self.navigation.libraryChanged()

    def _structureChanged(self) -> None:
        """After any tree change or its undo: the page reads the tree again, the title follows."""
        self.page.structureChanged()
        self._updateTitle()
        if not self.autosaver.flushing():  # a rename typed in a form: the save's `saved` follows
            self.navigation.seminarEdited()

    def _updateTitle(self) -> None:
        """The title as the tree last read it (the seminar's title changes only through Structure)."""
        if self.navigation.archiveShown():
            self.setWindowTitle(QCoreApplication.translate("Navigation", "Seminars \u2014 Seminarnotes"))
        elif self.seminar_id is None:
            self.setWindowTitle(self.tr("Seminarnotes"))
        else:
            title = self.page.seminarTitle() or self.tr("Untitled seminar")
            self.setWindowTitle(self.tr("%1 \u2014 Seminarnotes").replace("%1", title))

    # --- what Navigation asks of the seminar's side (navigation.Workplace) --------------

    def showItem(self, kind: str, id_: int, point: int | None = None) -> None:
        self.page.showItem(kind, id_, point)

    def showMatch(self, group_id: int, point_index: int, start: int, length: int) -> None:
        self.page.showMatch(group_id, point_index, start, length)

    def findOrigin(self, step: int, keysIn: QWidget | None) -> tuple[int, int, int] | None:
        return self.page.findOrigin(step, keysIn)

    def focusWork(self) -> None:
        self.page.focusWork()

    def focusTree(self) -> None:
        self.tree.setFocus(Qt.FocusReason.OtherFocusReason)

    def _forward(self, method: str) -> None:
        """Cut/copy/paste from the menu act on the focused text field."""
        widget = QApplication.focusWidget()
        if widget is not None and hasattr(widget, method):
            getattr(widget, method)()

    def _zoom(self, step: int) -> None:
        """Ctrl++, Ctrl+- (step 1, -1), Ctrl+0 (0): the projector view's text while the mouse
        is over it, else the points' text."""
        if self.projector.zoomIfPointed(step):
            return
        {1: self.editorZoom.zoomIn, -1: self.editorZoom.zoomOut, 0: self.editorZoom.reset}[step]()
        self.statusBar().showMessage(self.tr("Text size %1 %").replace(
            "%1", str(round(self.editorZoom.scale() * 100))), 2000)

    # --- the window itself -------------------------------------------------------------

    def _focusChanged(self, old: QWidget | None, new: QWidget | None) -> None:
        if old is not None and old is not new:
            self.autosaver.flush()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.ActivationChange and not self.isActiveWindow():
            self.autosaver.flush()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.editor.recordPending()
        if not self.autosaver.flush():
            answer = QMessageBox.warning(
                self, self.tr("Not saved"),
                self.tr("Your last changes could not be saved. Close anyway and lose them?"),
                QMessageBox.StandardButton.Close | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel)
            if answer != QMessageBox.StandardButton.Close:
                event.ignore()
                return
        self.settings.setWindowState(self.saveGeometry(), self.page.saveState())
        self.projector.release()
        QApplication.instance().focusChanged.disconnect(self._focusChanged)
        self.focus.stop()
        self.watch.stop()
        self.navigation.stop()
        self.autosaver.close()
        super().closeEvent(event)

