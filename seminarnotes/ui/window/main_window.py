"""The main window: it builds the window's parts and wires them; the parts do the work.

On the left the tree of the open seminar, on the right the selected item's form (the
group's with the points editor), the find bar under them, the archive as a second page
(Navigation), every action and menu in one place (WindowActions). Saving is the
Autosaver's and the group form's, undo the History's, where the keys go the
FocusKeeper's, import and export the Transfers', what is remembered per library
LibrarySettings'. Gestures on the tree become Structure calls; views refresh from the
library afterwards. No seminar logic lives here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from seminarnotes.core.library import Library
from seminarnotes.ui.archive.find_bar import FindBar
from seminarnotes.ui.common.user_errors import user_errors
from seminarnotes.ui.editor.keys import forward_key, window_keys
from seminarnotes.ui.editor.widget import PointEditor
from seminarnotes.ui.editor.zoom import EditorZoom
from seminarnotes.ui.forms.group_form import GroupForm
from seminarnotes.ui.forms.seminar_form import SeminarForm
from seminarnotes.ui.forms.session_form import SessionForm
from seminarnotes.ui.import_export.package_drop import PackageDrop
from seminarnotes.ui.import_export.transfers import Transfers
from seminarnotes.ui.library.backups_dialog import Backups
from seminarnotes.ui.library.watch import LibraryWatch
from seminarnotes.ui.saving.autosave import Autosaver
from seminarnotes.ui.tree.model import Node, SeminarTreeModel
from seminarnotes.ui.tree.structure import Structure
from seminarnotes.ui.tree.view import SeminarTreeView
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


class MainWindow(QMainWindow):
    """One open seminar: the tree on the left, the selected item's form on the right."""

    seminarOpened = Signal(object)  # the seminar id now shown, or None (navigation shows the archive)

    def __init__(self, library: Library) -> None:
        super().__init__()
        self.library = library
        self.settings = LibrarySettings(library.path)
        self.seminar_id: int | None = None
        self._shown: tuple[str, int] | None = None  # the tree item whose form is shown
        self.autosaver = Autosaver(self, library.path)
        self.structure = Structure(library, self)
        self._buildPages()
        self.recent = RecentSeminars(library, self.settings, self)
        self.windowActions = WindowActions(self, self.tree, self.editor, self.findBar, self.recent.menu)
        actions = self.windowActions
        self.focus = FocusKeeper(self, lambda: self.editor if self.pages.currentWidget() is self.groupForm
                                 else self.tree)
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
        self.sharedWidth = screen_fit.SharedWidth(self, self.splitter, self.tree)
        self._connect()
        self._connectActions()
        self.resize(1200, 760)
        self._updateTitle()

    # --- set-up ------------------------------------------------------------------------

    def _buildPages(self) -> None:
        """The tree beside the forms, the find bar under them; the archive comes as a
        second page of `stack` (Navigation)."""
        library, structure, autosaver = self.library, self.structure, self.autosaver
        self.model = SeminarTreeModel(structure, self)
        self.tree = SeminarTreeView()
        self.tree.setModel(self.model)
        self.editor = PointEditor()
        self.seminarForm = SeminarForm(library, structure, autosaver)
        self.sessionForm = SessionForm(library, structure, autosaver)
        self.groupForm = GroupForm(library, structure, autosaver, self.editor, self._groupName)
        self.emptyPage = QLabel(self.tr("No seminar is open.\n\nFile \u203a New seminar (Ctrl+N) starts one;\n"
                                        "File \u203a New from sample shows what a finished one looks like."))
        self.emptyPage.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.emptyPage.setWordWrap(True)  # its lines set no minimum width on a small screen
        self.pages = QStackedWidget()
        for page in (self.emptyPage, self.seminarForm, self.sessionForm, self.groupForm):
            self.pages.addWidget(page)
        self.splitter = QSplitter()
        self.splitter.addWidget(self.tree)
        self.splitter.addWidget(self.pages)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([300, 900])
        self.findBar = FindBar(self.library)
        self.findBar.hide()
        self.workPage = QWidget()
        layout = QVBoxLayout(self.workPage)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.findBar)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.workPage)
        self.setCentralWidget(self.stack)
        self.saveStatus = QLabel(self.tr("All changes saved"))
        self.statusBar().addPermanentWidget(self.saveStatus)

    def _connect(self) -> None:
        self.tree.selectionModel().currentChanged.connect(self._currentChanged)
        self.tree.enterPressed.connect(self.enterItem)
        self.tree.typedInto.connect(self._typedIntoTree)
        self.editor.groupNeeded.connect(lambda group_id: self.select("group", group_id))
        self.groupForm.nameEntered.connect(self._nameEntered)
        # Two views follow a save without re-reading the library: the tree's point counts
        # and the session's question in its tooltip.
        self.groupForm.pointsSaved.connect(self.model.setPointCount)
        self.sessionForm.questionSaved.connect(self.model.setQuestion)
        self.groupForm.bothKept.connect(self._bothKept)
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
            (a.addSessionAction, self.addSession), (a.addGroupAction, self.addGroup),
            (a.renameAction, self.rename), (a.deleteAction, self.deleteSelected),
            (a.findAction, navigation.startFind), (a.searchAction, navigation.showSearch),
            (a.nextGroupAction, lambda: self.stepGroup(1)), (a.previousGroupAction, lambda: self.stepGroup(-1)),
            (a.treeFocusAction, self.tree.setFocus), (a.editorFocusAction, self._focusForm),
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
        self.groupForm.leave()
        self.groupForm.points.forgetCursors()
        self._shown = None
        self.seminar_id = seminar_id
        self.model.setSeminar(seminar_id)
        self.tree.expandAll()
        self._updateTitle()
        if seminar_id is None:
            self.pages.setCurrentWidget(self.emptyPage)
            self.seminarOpened.emit(None)
            return
        if item is None or not self.model.indexFor(*item).isValid():
            item = ("seminar", seminar_id)
        self.select(*item)
        self.settings.setLastSeminar(seminar_id)
        self.seminarOpened.emit(seminar_id)

    def restoreSession(self) -> None:
        """Geometry, splitter, the last seminar and the selected item, as they were."""
        geometry, splitter = self.settings.windowState()
        if geometry is None or not self.restoreGeometry(geometry):
            screen_fit.fit_first_window(self)
        if splitter is not None:
            self.splitter.restoreState(splitter)
        last, item = self.settings.lastSeminar(), self.settings.lastItem()  # read before opening selects the root
        seminar_id = last if last is not None and self.library.exists(last) else None
        if seminar_id is None:
            seminar_id = self.library.newest_seminar_id()
        self.openSeminarId(seminar_id, item)
        if self.seminar_id is None:
            self.navigation.showArchive()
        elif self.pages.currentWidget() is self.groupForm:
            self.editor.setFocus()
        else:
            self.tree.setFocus()

    def closeDeletedSeminar(self) -> None:  # noqa: N802
        """The open seminar went to the Deleted list: none is shown, and none is reopened at the next start."""
        self.openSeminarId(None)
        self.settings.forgetLastSeminar()

    def importPackage(self, path: Path | None = None) -> None:  # noqa: N802
        """A package to import and show (File ▸ Import package…, the command line, a second launch)."""
        self.transfers.importPackage(path)

    def handOver(self, open_file: Path | None) -> None:  # noqa: N802
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

    # --- selection and forms ---------------------------------------------------------

    def select(self, kind: str, id_: int) -> None:
        index = self.model.indexFor(kind, id_)
        if index.isValid():
            self.tree.setCurrentIndex(index)
            self.tree.scrollTo(index)

    def currentNode(self) -> Node | None:  # noqa: N802
        return self.model.node(self.tree.currentIndex())

    def _currentChanged(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.autosaver.flush()
        node = self.model.node(current)
        self._show(node)
        if node is not None:
            self.settings.setLastItem(node.kind, node.id)

    def _show(self, node: Node | None) -> None:
        """Fill the form for `node`; the points editor is reloaded only for another group,
        with the cursor where the user left it there (else at the end of the last point)."""
        key = node.key() if node is not None else None
        if key != self._shown and self._shown is not None and self._shown[0] == "group":
            self.groupForm.leave()
        if node is None:
            self.pages.setCurrentWidget(self.emptyPage if self.seminar_id is None else self.seminarForm)
        elif node.kind == "seminar":
            self.seminarForm.load(node.id)
            self.pages.setCurrentWidget(self.seminarForm)
        elif node.kind == "session":
            self.sessionForm.load(node.id, node.name, node.question)
            self.pages.setCurrentWidget(self.sessionForm)
        else:
            self.groupForm.load(node.id, node.name, points=key != self._shown)
            self.pages.setCurrentWidget(self.groupForm)
        self._shown = key
        self.windowActions.deleteAction.setEnabled(node is not None and node.kind != "seminar")

    def _groupName(self, group_id: int) -> str:
        """A group's name as the tree shows it."""
        return str(self.model.data(self.model.indexFor("group", group_id)) or "")

    def _bothKept(self, group_id: int, copy_id: int) -> None:
        """Another program wrote a group while the user typed: its text stays in the group,
        the user's went into a copy beside it, which the editor now edits."""
        if self._shown == ("group", group_id):
            self._shown = ("group", copy_id)
        self.history.clear()  # its steps describe a text that is no longer in that group
        self.model.reload()
        self.tree.expandAll()
        if self._shown == ("group", copy_id):
            self.select("group", copy_id)  # already shown: the editor keeps the user's text and cursor
        QMessageBox.warning(self, self.tr("Both texts kept"), self.tr(
            "Another program changed \u201c%1\u201d while you were typing in it. Both texts are kept: the other "
            "one in \u201c%1\u201d, yours in \u201c%2\u201d.").replace("%1", self._groupName(group_id)).replace(
            "%2", self._groupName(copy_id)))

    def _libraryChangedOutside(self) -> None:
        """Another program (the command line, say) wrote the library: show what changed.
        Our own saves change the data version too; reloading the tree is then a no-op."""
        if self.seminar_id is not None and not self.library.exists(self.seminar_id):
            self.openSeminarId(None)
            return
        if self.seminar_id is not None:
            self.model.reload()
            self._updateTitle()
            shown = self.groupForm.shownGroup()
            if shown is not None and self._shown == ("group", shown) and self.model.indexFor("group", shown).isValid():
                self.groupForm.points.reloadIfNewer()
        self.navigation.libraryChanged()

    def _structureChanged(self) -> None:
        """After any tree change or its undo: refresh from the library, keep a sensible selection."""
        node = self.currentNode()
        fallback = [n.key() for n in _ancestors(node)]
        self.model.reload()
        for kind, id_ in fallback:
            index = self.model.indexFor(kind, id_)
            if index.isValid():
                self.tree.expandAll()
                if index != self.tree.currentIndex():
                    self.tree.setCurrentIndex(index)
                else:
                    self._show(self.model.node(index))
                break
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
            title = self.model.seminarTitle() or self.tr("Untitled seminar")
            self.setWindowTitle(self.tr("%1 \u2014 Seminarnotes").replace("%1", title))

    # --- what Navigation asks of the seminar's side (navigation.Workplace) --------------

    def showItem(self, kind: str, id_: int, point: int | None = None) -> None:  # noqa: N802
        self.select(kind, id_)
        if kind == "group":
            self.editor.setCurrentPoint(point or 0)
            self.editor.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.tree.setFocus(Qt.FocusReason.OtherFocusReason)

    def showMatch(self, group_id: int, point_index: int, start: int, length: int) -> None:  # noqa: N802
        """Select a find match: in the group's points, or in its name."""
        self.select("group", group_id)
        if point_index >= 0:
            self.editor.selectInPoint(point_index, start, length)
        else:
            self.groupForm.nameEdit.setSelection(start, length)

    def findOrigin(self, step: int, keysIn: QWidget | None) -> tuple[int, int, int] | None:  # noqa: N802
        """Where a search goes on from: Ctrl+F (step 0) at the cursor's point, F3 (1) or
        Shift+F3 (-1) from the selection's end or start; from the tree, the current group
        (Ctrl+F on a session: its first group)."""
        node = self.currentNode()
        if node is not None and node.kind == "group":
            cursor = self.editor.textCursor()
            if keysIn is not self.editor:
                return node.id, -1, 1 if step > 0 else 0
            if step == 0:
                return node.id, self.editor.currentPointIndex(), cursor.positionInBlock()
            at = cursor.selectionEnd() if step > 0 else cursor.selectionStart()
            block = self.editor.document().findBlock(at)
            return node.id, block.blockNumber(), at - block.position()
        if step == 0 and node is not None and node.kind == "session" and node.children:
            return node.children[0].id, -1, 0
        return None

    def focusWork(self) -> None:  # noqa: N802
        if self.pages.currentWidget() is self.groupForm:
            self.editor.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.tree.setFocus(Qt.FocusReason.OtherFocusReason)

    def focusTree(self) -> None:  # noqa: N802
        self.tree.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- gestures in the tree ------------------------------------------------------------

    def _currentSession(self) -> int | None:
        node = self.currentNode()
        if node is not None and node.kind == "group" and node.parent is not None:
            return node.parent.id
        if node is not None and node.kind == "session":
            return node.id
        sessions = self.model.sessions()
        return sessions[-1].id if sessions else None

    @user_errors
    def addSession(self) -> None:
        if self.seminar_id is None:
            return
        node = self.currentNode()
        after = _ancestors(node)
        session_row = next((n.row for n in after if n.kind == "session"), None)
        index = None if session_row is None else session_row + 1
        session_id = self.structure.add_session(self.seminar_id, index=index)
        self.select("session", session_id)
        self.sessionForm.fields["name"].setFocus()

    @user_errors
    def addGroup(self) -> None:
        """Ctrl+Shift+N: a group at the end of the current session, cursor in its name."""
        if self.seminar_id is None:
            return
        session_id = self._currentSession()
        with self.structure.step(self.tr("Add group")):
            if session_id is None:
                session_id = self.structure.add_session(self.seminar_id)
            group_id = self.structure.add_group(session_id)
        self.select("group", group_id)
        self.groupForm.nameEdit.setFocus()

    def _nameEntered(self) -> None:
        self.autosaver.flush()
        self.focusPoints()

    def focusPoints(self, at_end: bool = False) -> None:
        """The cursor into the shown group's points (at the end of the last one if asked)."""
        if self.pages.currentWidget() is not self.groupForm:
            return
        if at_end:
            self.editor.moveToEnd()
        self.editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def enterItem(self, index: QModelIndex) -> None:
        """Enter on a tree item leads into it: a group's points (at the end), a session's
        question, the seminar's title."""
        node = self.model.node(index)
        if node is None:
            return
        if index != self.tree.currentIndex():
            self.tree.setCurrentIndex(index)
        if node.kind == "group":
            self.focusPoints(at_end=True)
        elif node.kind == "session":
            self.sessionForm.fields["question"].setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.seminarForm.fields["title"].setFocus(Qt.FocusReason.OtherFocusReason)

    def _typedIntoTree(self, event: QKeyEvent) -> None:
        """Text typed while a group is selected in the tree continues its points."""
        node = self.currentNode()
        if node is not None and node.kind == "group" and self.pages.currentWidget() is self.groupForm:
            self.focusPoints()
            forward_key(event, self.editor)

    def rename(self) -> None:
        index = self.tree.currentIndex()
        if index.isValid():
            self.tree.setFocus()
            self.tree.edit(index)

    @user_errors
    def deleteSelected(self) -> None:
        node = self.currentNode()
        if node is None or node.kind == "seminar":
            return
        self.autosaver.flush()
        name = node.name or self.model.data(self.tree.currentIndex())
        if node.kind == "group":
            question = self.tr("Delete the group \u201c%1\u201d and its points (%2)?")
        else:
            question = self.tr("Delete the session \u201c%1\u201d with its groups (%3) and points (%2)?")
        question = question.replace("%1", str(name)).replace("%2", str(node.count)).replace(
            "%3", str(len(node.children)))
        answer = QMessageBox.question(self, self.tr("Delete"), question + "\n" + self.tr("Edit \u203a Undo brings "
                                      "it back."), QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        if node.kind == "group":
            self.structure.delete_group(node.id)
        else:
            self.structure.delete_session(node.id)
        self.tree.setFocus()

    def stepGroup(self, step: int) -> None:
        """Ctrl+PgDown / Ctrl+PgUp: the next or previous group across sessions."""
        index = self.model.adjacentGroup(self.tree.currentIndex(), step)
        if index.isValid():
            self.tree.setCurrentIndex(index)
            self.tree.scrollTo(index)
            self.focusPoints()  # to type in it, wherever the keys came from

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

    def _focusForm(self) -> None:
        page = self.pages.currentWidget()
        if page is self.groupForm:
            self.editor.setFocus()
        else:
            page.nextInFocusChain().setFocus() if page is not None else None

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
        self.settings.setWindowState(self.saveGeometry(), self.splitter.saveState())
        self.projector.release()
        QApplication.instance().focusChanged.disconnect(self._focusChanged)
        self.focus.stop()
        self.watch.stop()
        self.navigation.stop()
        self.autosaver.close()
        super().closeEvent(event)


def _ancestors(node: Node | None) -> list[Node]:
    """The node, then its parents up to the seminar."""
    chain = []
    while node is not None and node.kind != "root":
        chain.append(node)
        node = node.parent
    return chain
