"""Every action of the main window with its text and keys, and the menus that hold them:
the one key table of the window. The editor learns from it which keys it must leave to
the window (`windowWide`), and Help ▸ Keyboard shortcuts lists them (dialogs.py).

The window connects each action's `triggered` to what it does; nothing here acts.
Texts are translated under the "MainWindow" context, where they have always been.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QWidget

from seminarnotes.ui.archive.find_bar import FindBar
from seminarnotes.ui.editor.widget import PointEditor
from seminarnotes.ui.import_export.export_dialog import keep_pdf_action_current

Keys = QKeySequence | QKeySequence.StandardKey | str | Sequence[QKeySequence]


class WindowActions(QObject):
    """The window's actions (`xxxAction`) and menus (`fileMenu`, `editMenu`, `viewMenu`,
    `helpMenu`). The editor's outline actions, the find bar's Next and Previous and the
    Open Recent menu belong to those parts; they are only placed in the menus here. The
    View menu's Appearance, Projector screen and Projector options submenus are filled
    by their parts (venue/appearance.py, venue/projector.py)."""

    def __init__(self, window: QMainWindow, tree: QWidget, editor: PointEditor, findBar: FindBar,
                 recentMenu: QMenu) -> None:
        super().__init__(window)
        self._window = window
        std = QKeySequence.StandardKey
        make = self._make
        self.newAction = make(QCoreApplication.translate("MainWindow", "&New seminar"), std.New)
        self.sampleAction = make(QCoreApplication.translate("MainWindow", "New from &sample"))
        self.openAction = make(QCoreApplication.translate("MainWindow", "&Open…"), std.Open)
        self.exportAction = make(QCoreApplication.translate("MainWindow", "&Export to Word…"), "Ctrl+E")
        self.exportPdfAction = make(QCoreApplication.translate("MainWindow", "Export P&DF…"))
        self.exportPackageAction = make(QCoreApplication.translate("MainWindow", "Export &package…"))
        self.importPackageAction = make(QCoreApplication.translate("MainWindow", "&Import package…"))
        self.importWordAction = make(QCoreApplication.translate("MainWindow", "Import &Word document…"))
        self.restoreBackupAction = make(QCoreApplication.translate("Backups", "Restore from &backup…"))
        self.openBackupAction = make(QCoreApplication.translate("Backups", "Open bac&kup…"))
        self.saveAction = make(QCoreApplication.translate("MainWindow", "Sa&ve now"), std.Save)
        self.quitAction = make(QCoreApplication.translate("MainWindow", "&Quit"), std.Quit)
        self.quitAction.setMenuRole(QAction.MenuRole.QuitRole)

        self.undoAction = make(QCoreApplication.translate("MainWindow", "Undo"), QKeySequence.keyBindings(std.Undo))
        self.redoAction = make(QCoreApplication.translate("MainWindow", "Redo"), [
            *QKeySequence.keyBindings(std.Redo), QKeySequence("Ctrl+Y")])
        self.cutAction = make(QCoreApplication.translate("MainWindow", "Cu&t"), std.Cut)
        self.copyAction = make(QCoreApplication.translate("MainWindow", "&Copy"), std.Copy)
        self.pasteAction = make(QCoreApplication.translate("MainWindow", "&Paste"), std.Paste)
        self.addSessionAction = make(QCoreApplication.translate("MainWindow", "Add &session"), "Ctrl+Alt+N")
        self.addGroupAction = make(QCoreApplication.translate("MainWindow", "Add &group"), "Ctrl+Shift+N")
        self.renameAction = make(QCoreApplication.translate("MainWindow", "&Rename"), "F2")
        self.deleteAction = QAction(QCoreApplication.translate("MainWindow", "&Delete…"), window)
        self.deleteAction.setShortcut(QKeySequence(std.Delete))  # in the tree only: in a text, Delete deletes text
        self.deleteAction.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        tree.addAction(self.deleteAction)
        self.findAction = make(QCoreApplication.translate("Navigation", "&Find in this seminar…"),
                               QKeySequence.keyBindings(std.Find))
        self.findNextAction, self.findPreviousAction = findBar.nextAction, findBar.previousAction
        for action in (self.findNextAction, self.findPreviousAction):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)  # F3 from the editor too
        self.searchAction = make(QCoreApplication.translate("Navigation", "Search &all seminars…"), "Ctrl+Shift+F")

        self.nextGroupAction = make(QCoreApplication.translate("MainWindow", "&Next group"), "Ctrl+PgDown")
        self.previousGroupAction = make(QCoreApplication.translate("MainWindow", "&Previous group"), "Ctrl+PgUp")
        self.treeFocusAction = make(QCoreApplication.translate("MainWindow", "Go to &tree"), "Ctrl+1")
        self.editorFocusAction = make(QCoreApplication.translate("MainWindow", "Go to &form"), "Ctrl+2")
        # Zoom: the points' text size, or the projector view's while the mouse is over it.
        self.zoomInAction = make(QCoreApplication.translate("MainWindow", "&Zoom in"),
                                 [QKeySequence(std.ZoomIn), QKeySequence("Ctrl+=")])
        self.zoomOutAction = make(QCoreApplication.translate("MainWindow", "Zoom o&ut"), std.ZoomOut)
        self.zoomResetAction = make(QCoreApplication.translate("MainWindow", "Normal te&xt size"), "Ctrl+0")
        self.projectorAction = make(QCoreApplication.translate("MainWindow", "Pro&jector view"), "F5")
        self.projectorAction.setCheckable(True)
        self.shortcutsAction = make(QCoreApplication.translate("MainWindow", "&Keyboard shortcuts"), std.HelpContents)
        self.aboutAction = make(QCoreApplication.translate("MainWindow", "&About Seminarnotes"))
        self.aboutAction.setMenuRole(QAction.MenuRole.AboutRole)
        self.editor = editor
        self._buildMenus(window, editor, recentMenu)

    def _make(self, text: str, keys: Keys | None = None) -> QAction:
        """An action of the whole window: its keys work wherever the keys are in it."""
        action = QAction(text, self._window)
        if keys is not None:
            action.setShortcuts(_unique(keys))
        self._window.addAction(action)
        return action

    def _buildMenus(self, window: QMainWindow, editor: PointEditor, recentMenu: QMenu) -> None:
        bar = window.menuBar()
        file = self.fileMenu = bar.addMenu(QCoreApplication.translate("MainWindow", "&File"))
        file.addActions([self.newAction, self.sampleAction, self.openAction])
        file.addMenu(recentMenu)
        file.addSeparator()
        file.addActions([self.exportAction, self.exportPdfAction, self.exportPackageAction, self.importPackageAction,
                         self.importWordAction])
        keep_pdf_action_current(file, self.exportPdfAction)
        file.addSeparator()
        file.addActions([self.restoreBackupAction, self.openBackupAction])
        file.addSeparator()
        file.addActions([self.saveAction, self.quitAction])
        edit = self.editMenu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Edit"))
        edit.addActions([self.undoAction, self.redoAction])
        edit.addSeparator()
        edit.addActions([self.cutAction, self.copyAction, self.pasteAction, editor.pastePlainAction()])
        edit.addSeparator()
        edit.addActions([editor.highlightAction(), editor.moveUpAction(), editor.moveDownAction(),
                         editor.indentAction(), editor.outdentAction()])
        edit.addSeparator()
        edit.addActions([self.addSessionAction, self.addGroupAction, self.renameAction, self.deleteAction])
        edit.addSeparator()
        edit.addActions([self.findAction, self.findNextAction, self.findPreviousAction, self.searchAction])
        view = self.viewMenu = bar.addMenu(QCoreApplication.translate("MainWindow", "&View"))
        view.addActions([self.nextGroupAction, self.previousGroupAction])
        view.addSeparator()
        view.addActions([self.treeFocusAction, self.editorFocusAction])
        view.addSeparator()
        view.addActions([self.zoomInAction, self.zoomOutAction, self.zoomResetAction])
        self.appearanceMenu = view.addMenu(QCoreApplication.translate("MainWindow", "&Appearance"))
        view.addSeparator()
        view.addAction(self.projectorAction)
        self.projectorScreenMenu = view.addMenu(QCoreApplication.translate("MainWindow", "Projector &screen"))
        self.projectorOptionsMenu = view.addMenu(QCoreApplication.translate("MainWindow", "Projector opt&ions"))
        self.helpMenu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Help"))
        self.helpMenu.addActions([self.shortcutsAction, self.aboutAction])

    def menus(self) -> list[QMenu]:
        return [self.fileMenu, self.editMenu, self.viewMenu, self.helpMenu]

    def windowWide(self) -> list[QAction]:
        """The actions whose keys the window owns wherever the keys are: the editor must
        never take them (EDITOR.md). Undo, redo, cut, copy and paste act on the field
        that has the keys, and Delete only in the tree, so they are not among them."""
        editing = {self.undoAction, self.redoAction, self.cutAction, self.copyAction, self.pasteAction,
                   self.deleteAction}
        return [action for menu in self.menus() for action in menu.actions()
                if action not in editing and action.shortcutContext() != Qt.ShortcutContext.WidgetWithChildrenShortcut
                and action.shortcuts() and action.menu() is None]


def _unique(keys: Keys) -> list[QKeySequence]:
    """The key sequences once each, in order: a key listed twice is an ambiguous shortcut,
    which does nothing."""
    if isinstance(keys, (QKeySequence, QKeySequence.StandardKey, str)):
        sequences = [QKeySequence(keys)]  # a standard key: its first binding on this platform
    else:
        sequences = list(keys)
    unique: list[QKeySequence] = []
    for sequence in sequences:
        if sequence not in unique:
            unique.append(sequence)
    return unique
