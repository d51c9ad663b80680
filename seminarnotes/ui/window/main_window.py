"""The main window: menus and actions, and the wiring between tree, forms, editor,
autosave and undo. Gestures become Library or Structure calls; views refresh from the
library afterwards. No seminar logic lives here.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QLocale, QModelIndex, QObject, QSettings, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMenuBar,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from seminarnotes.core.library import Library
from seminarnotes.core.outline import Point
from seminarnotes.core.package import SUFFIX
from seminarnotes.core.points_write import PointsSaved, VersionBook
from seminarnotes.ui.common import file_dialogs
from seminarnotes.ui.common.user_errors import user_errors
from seminarnotes.ui.editor.cursor import CursorState
from seminarnotes.ui.editor.keys import forward_key
from seminarnotes.ui.editor.widget import PointEditor
from seminarnotes.ui.forms.group_form import GroupForm
from seminarnotes.ui.forms.seminar_form import SeminarForm
from seminarnotes.ui.forms.session_form import SessionForm
from seminarnotes.ui.import_export.word_import import importWordDocument
from seminarnotes.ui.saving.autosave import Autosaver
from seminarnotes.ui.saving.writer import Job
from seminarnotes.ui.tree.model import Node, SeminarTreeModel
from seminarnotes.ui.tree.structure import Structure
from seminarnotes.ui.tree.view import SeminarTreeView

WATCH_MS = 1000  # how often the window asks whether another program wrote the library

class MainWindow(QMainWindow):
    """One open seminar: the tree on the left, the selected item's form on the right."""

    seminarOpened = Signal(object)  # the seminar id now shown, or None (navigation shows the archive)
    libraryChanged = Signal()  # another program wrote the library (the archive refreshes)

    def __init__(self, library: Library) -> None:
        super().__init__()
        self.library = library
        # Per-library settings keys: seminar ids mean nothing in another library file.
        self._settingsPrefix = "libraries/" + hashlib.sha1(str(Path(library.path).resolve()).encode()).hexdigest()[:12]
        self.seminar_id: int | None = None
        self.autosaver = Autosaver(self, library.path)
        self.structure = Structure(library, self)
        self.history = self.structure.stack  # one undo history for the tree, the forms and the points
        self.model = SeminarTreeModel(self.structure, self)
        self.tree = SeminarTreeView()
        self.tree.setModel(self.model)
        self.editor = PointEditor()
        self.editor.shareUndoStack(self.history, lambda group: self.structure.resolve("group", group),
                                   self.undo, self.redo)
        self._versions = VersionBook()  # each shown group's version, for saves on the writer thread
        self._cursors: dict[int, CursorState] = {}  # where the user left each group's points
        self._workFocus: QWidget | None = None  # the last field the user worked in (not a menu)
        self.seminarForm = SeminarForm(library, self.structure, self.autosaver)
        self.sessionForm = SessionForm(library, self.structure, self.autosaver)
        self.groupForm = GroupForm(library, self.structure, self.autosaver, self.editor)
        self.emptyPage = QLabel(self.tr("No seminar is open.\n\nFile \u203a New seminar (Ctrl+N) starts one;\n"
                                        "File \u203a New from sample shows what a finished one looks like."))
        self.emptyPage.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pages = QStackedWidget()
        for page in (self.emptyPage, self.seminarForm, self.sessionForm, self.groupForm):
            self.pages.addWidget(page)
        self.splitter = QSplitter()
        self.splitter.addWidget(self.tree)
        self.splitter.addWidget(self.pages)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([300, 900])
        self.setCentralWidget(self.splitter)
        self.saveStatus = QLabel(self.tr("All changes saved"))
        self.statusBar().addPermanentWidget(self.saveStatus)
        self._shown: tuple[str, int] | None = None
        self._buildActions()
        self._buildMenus()
        self._connect()
        self.resize(1200, 760)
        self._updateTitle()
        from seminarnotes.ui.import_export.package_drop import PackageDrop
        from seminarnotes.ui.window.navigation import Navigation
        from seminarnotes.ui.window.recent import RecentSeminars

        self.navigation = Navigation(self)  # archive, search, find bar; takes over the central widget
        self.recent = RecentSeminars(self, self.fileMenu, self.openAction)
        self.packageDrop = PackageDrop(self)
        from seminarnotes.ui.library.backups_dialog import BackupActions

        self.backupActions = BackupActions(self)  # File ▸ Restore from backup…, Open backup…
        self._dataVersion = library.data_version()
        self._watch = QTimer(self)
        self._watch.setInterval(WATCH_MS)
        self._watch.timeout.connect(self._checkOutsideWrites)
        self._watch.start()

    # --- set-up ------------------------------------------------------------------------

    def _action(self, text: str, slot: Callable[[], Any], keys: Any = None) -> QAction:
        action = QAction(text, self)
        if keys is not None:
            action.setShortcuts(keys if isinstance(keys, list) else [QKeySequence(keys)])
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _buildActions(self) -> None:
        std = QKeySequence.StandardKey
        self.newAction = self._action(self.tr("&New seminar"), self.newSeminar, std.New)
        self.sampleAction = self._action(self.tr("New from &sample"), self.newFromSample)
        self.openAction = self._action(self.tr("&Open…"), self.openSeminar, std.Open)
        self.exportAction = self._action(self.tr("&Export to Word…"), self.exportWord, "Ctrl+E")
        self.exportPdfAction = self._action(self.tr("Export P&DF…"), self.exportPdf)
        self.exportPackageAction = self._action(self.tr("Export &package…"), self.exportPackage)
        self.importPackageAction = self._action(self.tr("&Import package…"), self.importPackage)
        self.importWordAction = self._action(self.tr("Import &Word document…"), lambda: importWordDocument(self))
        self.saveAction = self._action(self.tr("Sa&ve now"), self.autosaver.flush, std.Save)
        self.quitAction = self._action(self.tr("&Quit"), self.close, std.Quit)
        self.quitAction.setMenuRole(QAction.MenuRole.QuitRole)

        self.undoAction = self._action(self.tr("Undo"), self.undo, QKeySequence.keyBindings(std.Undo))
        self.redoAction = self._action(self.tr("Redo"), self.redo,
                                       [*QKeySequence.keyBindings(std.Redo), QKeySequence("Ctrl+Y")])
        self.history.undoTextChanged.connect(self._nameUndoSteps)
        self.history.redoTextChanged.connect(self._nameUndoSteps)
        self.history.indexChanged.connect(self._nameUndoSteps)
        self._nameUndoSteps()
        self.cutAction = self._action(self.tr("Cu&t"), lambda: self._forward("cut"), std.Cut)
        self.copyAction = self._action(self.tr("&Copy"), lambda: self._forward("copy"), std.Copy)
        self.pasteAction = self._action(self.tr("&Paste"), lambda: self._forward("paste"), std.Paste)
        self.addSessionAction = self._action(self.tr("Add &session"), self.addSession, "Ctrl+Alt+N")
        self.addGroupAction = self._action(self.tr("Add &group"), self.addGroup, "Ctrl+Shift+N")
        self.renameAction = self._action(self.tr("&Rename"), self.rename, "F2")
        self.deleteAction = QAction(self.tr("&Delete…"), self)
        self.deleteAction.setShortcut(QKeySequence(std.Delete))
        self.deleteAction.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.deleteAction.triggered.connect(lambda _c=False: self.deleteSelected())
        self.tree.addAction(self.deleteAction)

        self.nextGroupAction = self._action(self.tr("&Next group"), lambda: self.stepGroup(1), "Ctrl+PgDown")
        self.previousGroupAction = self._action(self.tr("&Previous group"), lambda: self.stepGroup(-1),
                                                "Ctrl+PgUp")
        self.treeFocusAction = self._action(self.tr("Go to &tree"), self.tree.setFocus, "Ctrl+1")
        self.editorFocusAction = self._action(self.tr("Go to &form"), self._focusForm, "Ctrl+2")
        self.shortcutsAction = self._action(self.tr("&Keyboard shortcuts"), self._showShortcuts,
                                            std.HelpContents)
        self.aboutAction = self._action(self.tr("&About Seminarnotes"), self._showAbout)
        self.aboutAction.setMenuRole(QAction.MenuRole.AboutRole)

    def _buildMenus(self) -> None:
        bar = self.menuBar()
        file = self.fileMenu = bar.addMenu(self.tr("&File"))
        file.addActions([self.newAction, self.sampleAction, self.openAction])
        file.addSeparator()
        file.addActions([self.exportAction, self.exportPdfAction, self.exportPackageAction, self.importPackageAction,
                         self.importWordAction])
        from seminarnotes.ui.import_export.export_dialog import keep_pdf_action_current

        keep_pdf_action_current(file, self.exportPdfAction)
        file.addSeparator()
        file.addActions([self.saveAction, self.quitAction])
        edit = self.editMenu = bar.addMenu(self.tr("&Edit"))
        edit.addActions([self.undoAction, self.redoAction])
        edit.addSeparator()
        edit.addActions([self.cutAction, self.copyAction, self.pasteAction, self.editor.pastePlainAction()])
        edit.addSeparator()
        edit.addActions([self.editor.highlightAction(), self.editor.moveUpAction(), self.editor.moveDownAction(),
                         self.editor.indentAction(), self.editor.outdentAction()])
        edit.addSeparator()
        edit.addActions([self.addSessionAction, self.addGroupAction, self.renameAction, self.deleteAction])
        view = self.viewMenu = bar.addMenu(self.tr("&View"))
        view.addActions([self.nextGroupAction, self.previousGroupAction])
        view.addSeparator()
        view.addActions([self.treeFocusAction, self.editorFocusAction])
        helpMenu = bar.addMenu(self.tr("&Help"))
        helpMenu.addActions([self.shortcutsAction, self.aboutAction])
        for menu in (file, edit, view, helpMenu):
            menu.aboutToHide.connect(self._menuClosed)

    def _connect(self) -> None:
        self.tree.selectionModel().currentChanged.connect(self._currentChanged)
        self.tree.enterPressed.connect(self.enterItem)
        self.tree.typedInto.connect(self._typedIntoTree)
        self.editor.edited.connect(self._pointsEdited)
        self.editor.groupNeeded.connect(lambda group_id: self.select("group", group_id))
        self.groupForm.nameEntered.connect(self._nameEntered)
        self.structure.aboutToChange.connect(self.autosaver.flush)
        self.structure.changed.connect(self._structureChanged)
        self.sessionForm.questionSaved.connect(self.model.setQuestion)
        self.autosaver.statusChanged.connect(self.saveStatus.setText)
        self.autosaver.failed.connect(lambda sentence: QMessageBox.warning(self, self.tr("Not saved"), sentence))
        app = QApplication.instance()
        app.focusChanged.connect(self._focusChanged)
        app.installEventFilter(self)  # dialogs closing: the keys go back where the user was
        app.aboutToQuit.connect(self.autosaver.close)

    # --- opening -----------------------------------------------------------------------

    def openSeminarId(self, seminar_id: int | None, item: tuple[str, int] | None = None) -> None:
        """Show a seminar of the library (None: none) with `item` (default: its root) selected."""
        self.autosaver.flush()
        self.history.clear()
        self._keepTypedPoints()
        self._shown = None
        self._cursors.clear()
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
        self._settings().setValue(self._libraryKey("seminar"), seminar_id)
        self.seminarOpened.emit(seminar_id)

    def restoreSession(self) -> None:
        """Geometry, splitter, the last seminar and the selected item, as they were."""
        settings = self._settings()
        geometry = settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        splitter = settings.value("window/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)
        last = str(settings.value(self._libraryKey("seminar"), "") or "")  # digits, unless the file was damaged
        item = str(settings.value(self._libraryKey("item"), "") or "")  # before opening selects the root
        seminar_id = int(last) if last.isdecimal() and self.library.exists(int(last)) else None
        if seminar_id is None:
            seminar_id = self.library.newest_seminar_id()
        kind, _, id_ = item.partition(":")
        self.openSeminarId(seminar_id, (kind, int(id_)) if id_.isdecimal() else None)
        if self.seminar_id is None:
            self.navigation.showArchive()
        elif self.pages.currentWidget() is self.groupForm:
            self.editor.setFocus()
        else:
            self.tree.setFocus()

    # --- selection and forms ---------------------------------------------------------

    def select(self, kind: str, id_: int) -> None:
        index = self.model.indexFor(kind, id_)
        if index.isValid():
            self.tree.setCurrentIndex(index)
            self.tree.scrollTo(index)

    def currentNode(self) -> Node | None:
        return self.model.node(self.tree.currentIndex())

    def _currentChanged(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.autosaver.flush()
        node = self.model.node(current)
        self._show(node)
        if node is not None:
            self._settings().setValue(self._libraryKey("item"), f"{node.kind}:{node.id}")

    def _show(self, node: Node | None) -> None:
        """Fill the form for `node`; the points editor is reloaded only for another group,
        with the cursor where the user left it there (else at the end of the last point)."""
        key = node.key() if node is not None else None
        if key != self._shown:
            self._keepTypedPoints()
            if self._shown is not None and self._shown[0] == "group":
                self._cursors[self._shown[1]] = self.editor.cursorState()
                self.editor.setGroup(None)  # no longer shown: an undo of its steps shows it again first
        if node is None:
            self.pages.setCurrentWidget(self.emptyPage if self.seminar_id is None else self.seminarForm)
        elif node.kind == "seminar":
            self.seminarForm.load(node.id)
            self.pages.setCurrentWidget(self.seminarForm)
        elif node.kind == "session":
            self.sessionForm.load(node.id, node.name, node.question)
            self.pages.setCurrentWidget(self.sessionForm)
        else:
            self.groupForm.load(node.id, node.name)
            if key != self._shown:
                self._loadPoints(node.id)
            self.pages.setCurrentWidget(self.groupForm)
        self._shown = key
        self.deleteAction.setEnabled(node is not None and node.kind != "seminar")

    def _loadPoints(self, group_id: int) -> None:
        points, version = self.library.versioned_points(group_id)
        self._versions.loaded(group_id, version)
        self.editor.setPoints(points, group_id)
        if group_id in self._cursors:
            self.editor.restoreCursor(self._cursors[group_id])

    def _pointsEdited(self, structural: bool) -> None:
        """A change in the points: typing is saved when it pauses (and at least every
        MAX_WAIT), a new point, an indent or a highlight at once. The save reads the
        editor when it runs, not now."""
        group_id = self.editor.group()
        if self._shown != ("group", group_id) or not group_id:
            return
        self.autosaver.schedule(("points", group_id), functools.partial(self._pointsJob, group_id), now=structural)

    def _pointsJob(self, group_id: int, points: list[Point] | None = None) -> Job:
        """The save of a group's points: the editor's text, read now on the GUI thread,
        written on the autosaver's thread based on the version the editor showed."""
        self.library.writable()  # a damaged library or a backup opened for reading: one sentence, kept pending
        if points is None:
            points = self.editor.points()
        time = QLocale().toString(QTime.currentTime(), QLocale.FormatType.ShortFormat)
        name = self.model.data(self.model.indexFor("group", group_id)) or ""
        copy_name = self.tr("%1 (your text, %2)").replace("%1", str(name)).replace("%2", time)
        return Job(lambda db: self._versions.save(db, group_id, points, copy_name),
                   functools.partial(self._pointsSaved, group_id, len(points)))

    def _pointsSaved(self, group_id: int, count: int, saved: PointsSaved) -> None:
        if saved.copy_id is not None:
            self._keptBoth(saved)
        else:
            self.model.setPointCount(saved.group_id, count)

    def _keptBoth(self, saved: PointsSaved) -> None:
        """Another program wrote this group while the user typed: its text stays in the
        group, the user's went into a copy beside it, which the editor now edits."""
        copy_id = saved.copy_id
        if self._shown == ("group", saved.group_id):
            self._shown = ("group", copy_id)
            self.editor.setGroup(copy_id)
            self.groupForm.group_id = copy_id
        key = ("points", saved.group_id)
        if self.autosaver.pending(key):
            self.autosaver.schedule(("points", copy_id), functools.partial(self._pointsJob, copy_id))
        self.history.clear()  # its steps describe a text that is no longer in that group
        self.model.reload()
        self.tree.expandAll()
        if self._shown == ("group", copy_id):
            self.select("group", copy_id)  # already shown: the editor keeps the user's text and cursor
        name = self.model.data(self.model.indexFor("group", saved.group_id))
        copy = self.model.data(self.model.indexFor("group", copy_id))
        QMessageBox.warning(self, self.tr("Both texts kept"), self.tr(
            "Another program changed \u201c%1\u201d while you were typing in it. Both texts are kept: the other "
            "one in \u201c%1\u201d, yours in \u201c%2\u201d.").replace("%1", str(name)).replace("%2", str(copy)))

    def _keepTypedPoints(self) -> None:
        """Before the editor stops showing a group: a save still pending for it (one that
        failed, or not run yet) keeps a copy of the points instead of reading the editor later."""
        if self._shown is None or self._shown[0] != "group":
            return
        key = ("points", self._shown[1])
        if self.autosaver.pending(key):
            self.autosaver.schedule(key, functools.partial(self._pointsJob, self._shown[1], self.editor.points()))

    def _checkOutsideWrites(self) -> None:
        """Another program (the command line, say) wrote the library: show what changed.
        Our own saves change the data version too; reloading the tree is then a no-op."""
        version = self.library.data_version()
        if version == self._dataVersion or self.autosaver.flushing():
            return
        self._dataVersion = version
        if self.seminar_id is not None and not self.library.exists(self.seminar_id):
            self.openSeminarId(None)
            return
        if self.seminar_id is not None:
            self.model.reload()
            self._updateTitle()
            shown = self.editor.group()
            if (self._shown == ("group", shown) and shown is not None and not self.autosaver.pending(("points", shown))
                    and not self.autosaver.busy()):
                points, version = self.library.versioned_points(shown) if self.model.indexFor(
                    "group", shown).isValid() else ([], None)
                if version is not None and version > self._versions.version(shown):
                    cursor, at_end = self.editor.cursorState(), self.editor.atEnd()
                    self._loadPoints(shown)
                    self.editor.moveToEnd() if at_end else self.editor.restoreCursor(cursor)
        self.libraryChanged.emit()

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

    def _updateTitle(self) -> None:
        """The title as the tree last read it (the seminar's title changes only through Structure)."""
        if self.seminar_id is None:
            self.setWindowTitle(self.tr("Seminarnotes"))
            return
        title = self.model.seminarTitle() or self.tr("Untitled seminar")
        self.setWindowTitle(self.tr("%1 \u2014 Seminarnotes").replace("%1", title))

    # --- gestures ------------------------------------------------------------------------

    @user_errors
    def newSeminar(self) -> None:
        self.autosaver.flush()
        seminar_id = self.library.create_seminar("", date=dt.date.today())
        self.openSeminarId(seminar_id)
        self.seminarForm.fields["title"].setFocus()

    @user_errors
    def newFromSample(self) -> None:
        from seminarnotes.core import package
        from seminarnotes.paths import SAMPLE_PACKAGE

        self._openImported(package.read(SAMPLE_PACKAGE))

    def _showShortcuts(self) -> None:
        from seminarnotes.ui.window import dialogs

        dialogs.show_shortcuts(self)

    def _showAbout(self) -> None:
        from seminarnotes.ui.window import dialogs

        dialogs.show_about(self)

    @user_errors
    def openSeminar(self) -> None:
        """File ▸ Open… (Ctrl+O): the archive of every seminar, in the window."""
        self.autosaver.flush()
        self.navigation.showArchive()

    def handOver(self, open_file: Path | None) -> None:  # noqa: N802
        """Another launch with this library: come to the front (and open its package)."""
        self.setWindowState((self.windowState() & ~Qt.WindowState.WindowMinimized) | Qt.WindowState.WindowActive)
        self.show()
        self.raise_()
        self.activateWindow()
        if open_file is not None:
            QTimer.singleShot(0, self, lambda: self.importPackage(open_file))

    @user_errors
    def importPackage(self, path: Path | None = None) -> None:
        from seminarnotes.core import package

        if path is None:
            name = file_dialogs.open_file_name(self, self.tr("Import package"), "",
                                               self.tr("Seminarnotes packages (*%1)").replace("%1", SUFFIX))
            if not name:
                return
            path = Path(name)
        from seminarnotes.ui.import_export.reimport import import_or_open

        doc = package.read(path)
        self.autosaver.flush()  # the seminar shown may be the one compared with the package
        seminar_id = import_or_open(self, self.library, doc)
        if seminar_id is not None:
            self.openSeminarId(seminar_id)

    def _openImported(self, doc: Any) -> None:
        self.autosaver.flush()
        self.openSeminarId(self.library.import_doc(doc))

    @user_errors
    def exportPackage(self) -> None:
        from seminarnotes.core import package
        from seminarnotes.ui.import_export import export_dialog

        if not self._flushed():
            return
        doc = self.library.seminar_doc(self.seminar_id)  # type: ignore[arg-type]
        target = export_dialog.ask_target(self, doc, SUFFIX,
                                          self.tr("Seminarnotes packages (*%1)").replace("%1", SUFFIX),
                                          self.tr("Export package"))
        if target is not None:
            package.write(doc, target)
            self.statusBar().showMessage(self.tr("Exported %1").replace("%1", target.name), 5000)

    @user_errors
    def exportWord(self) -> None:
        from seminarnotes.ui.import_export import export_dialog

        if self._flushed():
            export_dialog.export_to_word(self, self.library.seminar_doc(self.seminar_id))  # type: ignore[arg-type]

    @user_errors
    def exportPdf(self) -> None:
        from seminarnotes.ui.import_export import export_dialog

        if self._flushed():
            export_dialog.export_to_pdf(self, self.library.seminar_doc(self.seminar_id))  # type: ignore[arg-type]

    def _flushed(self) -> bool:
        """Save pending edits before reading the whole seminar; False when none is open."""
        self.autosaver.flush()
        return self.seminar_id is not None

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

    def _focusForm(self) -> None:
        page = self.pages.currentWidget()
        if page is self.groupForm:
            self.editor.setFocus()
        else:
            page.nextInFocusChain().setFocus() if page is not None else None

    # --- undo and redo: one history, wherever the keys come from --------------------

    def undo(self) -> None:
        self._step(undo=True)

    def redo(self) -> None:
        self._step(undo=False)

    def _step(self, undo: bool) -> None:
        """Undo or redo the newest step of the one history. A step that would take points
        out of the library (undoing "Add group" of a group with points, redoing a delete)
        asks first, as Delete does. Focus stays where the user works."""
        self.editor.recordPending()
        self.autosaver.flush()
        index = self.history.index() - 1 if undo else self.history.index()
        if not 0 <= index < self.history.count():
            return
        command = self.history.command(index)
        removed = self.structure.points_removed(command, undo)
        if removed:
            verb = self.tr("Undo") if undo else self.tr("Redo")
            question = self.tr("%1 \u201c%2\u201d takes %n point(s) out of the seminar.", "", removed)
            question = question.replace("%1", verb).replace("%2", command.text())
            again = self.tr("Redo brings them back.") if undo else self.tr("Undo brings them back.")
            answer = QMessageBox.question(self, verb, f"{question}\n{again}",
                                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                          QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                return
        where = self._workFocus
        self.history.undo() if undo else self.history.redo()
        self._returnFocus(where)

    def _nameUndoSteps(self, *_args: object) -> None:
        """The Edit menu names the step Ctrl+Z (and Ctrl+Shift+Z) will take."""
        for action, can, text, plain in (
            (self.undoAction, self.history.canUndo(), self.history.undoText(), self.tr("Undo")),
            (self.redoAction, self.history.canRedo(), self.history.redoText(), self.tr("Redo")),
        ):
            action.setEnabled(can)
            named = self.tr("Undo %1") if action is self.undoAction else self.tr("Redo %1")
            action.setText(named.replace("%1", text) if can and text else plain)

    # --- focus: typing never goes nowhere --------------------------------------------

    def _returnFocus(self, where: QWidget | None) -> None:
        """Back to `where` if it can still take keys; into the points if a group is shown;
        else the tree."""
        if where is not None and where.isVisible() and where.isEnabled() and where.window() is self:
            where.setFocus(Qt.FocusReason.OtherFocusReason)
        elif self.pages.currentWidget() is self.groupForm and self.isVisible():
            self.editor.setFocus(Qt.FocusReason.OtherFocusReason)
        elif self.isVisible():
            self.tree.setFocus(Qt.FocusReason.OtherFocusReason)

    def _menuClosed(self) -> None:
        """Esc or a choice in a menu: the keys go back where the user was, not to the menu bar."""
        QTimer.singleShot(0, self, self._leaveMenuBar)

    def _leaveMenuBar(self) -> None:
        if isinstance(QApplication.activePopupWidget(), QMenu):
            return  # another menu opened (arrow keys in the menu bar)
        if QApplication.activeWindow() is not self and self.isVisible():
            self.activateWindow()  # some platforms leave the closed menu as the active window
        focus = QApplication.focusWidget()
        if focus is None or isinstance(focus, QMenuBar) or focus is self or focus.window() is not self:
            self._returnFocus(self._workFocus)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        kind = event.type()
        if kind == QEvent.Type.FocusIn and isinstance(watched, QWidget) and watched.window() is self:
            self._focusIn(watched, event.reason())  # type: ignore[attr-defined]
        elif kind == QEvent.Type.Hide and isinstance(watched, QDialog) and watched.window() is not self:
            QTimer.singleShot(0, self, self._afterDialog)
        return super().eventFilter(watched, event)

    def _focusIn(self, widget: QWidget, reason: Qt.FocusReason) -> None:
        """Remember where the user works. When the window is activated again or a popup
        (a menu, the completion list) closes, Qt gives the focus back to the widget it
        last knew of, which need not be where the keys went since: put them back."""
        if isinstance(widget, (QMenuBar, QMenu)) or widget is self:
            return
        if reason in (Qt.FocusReason.ActiveWindowFocusReason, Qt.FocusReason.PopupFocusReason):
            target = self._workFocus
            if target is not None and target is not widget and target.isVisible() and target.isEnabled():
                QTimer.singleShot(0, target, lambda: target.setFocus(Qt.FocusReason.OtherFocusReason)
                                  if self._workFocus is target and target.isVisible() else None)
            return
        self._workFocus = widget

    def _afterDialog(self) -> None:
        """A dialog closed: unless another one is up or the gesture put the focus
        somewhere, this window becomes active again with the keys where they were."""
        if QApplication.activeModalWidget() is not None or QApplication.activePopupWidget() is not None:
            return
        if not self.isVisible() or self.isMinimized():
            return
        focus = QApplication.focusWidget()
        if focus is None or focus.window() is not self:
            self.activateWindow()
            self._returnFocus(self._workFocus)

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
        settings = self._settings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/splitter", self.splitter.saveState())
        settings.sync()
        QApplication.instance().focusChanged.disconnect(self._focusChanged)
        QApplication.instance().removeEventFilter(self)
        self._watch.stop()
        self.autosaver.close()
        super().closeEvent(event)

    # --- settings ----------------------------------------------------------------------

    def _settings(self) -> QSettings:
        return QSettings()

    def _libraryKey(self, name: str) -> str:
        """Per-library keys: seminar ids mean nothing in another library file."""
        return f"{self._settingsPrefix}/{name}"


def _ancestors(node: Node | None) -> list[Node]:
    """The node, then its parents up to the seminar."""
    chain = []
    while node is not None and node.kind != "root":
        chain.append(node)
        node = node.parent
    return chain
