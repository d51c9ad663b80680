"""The open seminar's page of the window: the tree of its sessions and groups beside the
selected item's form (the group's with its points editor).

The page shows what the library holds: selecting an item fills its form from the
library, and every gesture in the tree (add, rename, move, delete) is a Structure call
after which the tree is read again. Enter and typed text in the tree lead on into the
item, so no key goes nowhere (EDITOR.md, "Focus").
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QMessageBox, QSplitter, QStackedWidget, QWidget

from seminarnotes.core.library import Library
from seminarnotes.ui.common.user_errors import user_errors
from seminarnotes.ui.editor.keys import forward_key
from seminarnotes.ui.editor.widget import PointEditor
from seminarnotes.ui.forms.group_form import GroupForm
from seminarnotes.ui.forms.seminar_form import SeminarForm
from seminarnotes.ui.forms.session_form import SessionForm
from seminarnotes.ui.saving.autosave import Autosaver
from seminarnotes.ui.tree.model import Node, SeminarTreeModel
from seminarnotes.ui.tree.structure import Structure
from seminarnotes.ui.tree.view import SeminarTreeView


class SeminarPage(QSplitter):
    """One open seminar: the tree on the left, the selected item's form on the right."""

    itemShown = Signal(object)
    """The form of this tree Node is shown now (None: none)."""
    itemChosen = Signal(str, int)
    """The user selected this item (kind, id): it is shown again at the next start."""
    bothKept = Signal(int, int)
    """Another program wrote a group while the user typed in it (group id, id of the copy
    beside it with the user's text, which the page now shows)."""

    def __init__(self, library: Library, structure: Structure, autosaver: Autosaver,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library, self.structure, self.autosaver = library, structure, autosaver
        self.seminarId: int | None = None
        self._shown: tuple[str, int] | None = None  # the tree item whose form is shown
        self.model = SeminarTreeModel(structure, self)
        self.tree = SeminarTreeView()
        self.tree.setModel(self.model)
        self.editor = PointEditor()
        self.seminarForm = SeminarForm(library, structure, autosaver)
        self.sessionForm = SessionForm(library, structure, autosaver)
        self.groupForm = GroupForm(library, structure, autosaver, self.editor, self._groupName)
        self.emptyPage = QLabel(QCoreApplication.translate(
            "MainWindow", "No seminar is open.\n\nFile \u203a New seminar (Ctrl+N) starts one;\n"
                          "File \u203a New from sample shows what a finished one looks like."))
        self.emptyPage.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.emptyPage.setWordWrap(True)  # its lines set no minimum width on a small screen
        self.pages = QStackedWidget()
        for page in (self.emptyPage, self.seminarForm, self.sessionForm, self.groupForm):
            self.pages.addWidget(page)
        self.addWidget(self.tree)
        self.addWidget(self.pages)
        self.setStretchFactor(1, 1)
        self.setSizes([300, 900])

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

    # --- the seminar shown ---------------------------------------------------------------

    def open(self, seminar_id: int | None, item: tuple[str, int] | None = None) -> None:
        """Show a seminar (None: none) with `item` (default: its root) selected."""
        self.groupForm.leave()
        self.groupForm.points.forgetCursors()
        self._shown = None
        self.seminarId = seminar_id
        self.model.setSeminar(seminar_id)
        self.tree.expandAll()
        if seminar_id is None:
            self.pages.setCurrentWidget(self.emptyPage)
            return
        if item is None or not self.model.indexFor(*item).isValid():
            item = ("seminar", seminar_id)
        self.select(*item)

    def seminarTitle(self) -> str:
        """The open seminar's title as the tree last read it ("" when none is open)."""
        return self.model.seminarTitle()

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
            self.itemChosen.emit(node.kind, node.id)

    def _show(self, node: Node | None) -> None:
        """Fill the form for `node`; the points editor is reloaded only for another group,
        with the cursor where the user left it there (else at the end of the last point)."""
        key = node.key() if node is not None else None
        if key != self._shown and self._shown is not None and self._shown[0] == "group":
            self.groupForm.leave()
        if node is None:
            self.pages.setCurrentWidget(self.emptyPage if self.seminarId is None else self.seminarForm)
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
        self.itemShown.emit(node)

    def _groupName(self, group_id: int) -> str:
        """A group's name as the tree shows it."""
        return str(self.model.data(self.model.indexFor("group", group_id)) or "")

    # --- the library changed ---------------------------------------------------------------

    def structureChanged(self) -> None:
        """After any tree change or its undo: read the tree again, keep a sensible selection."""
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

    def changedOutside(self) -> None:
        """Another program wrote the library: the tree, and the shown group's points when
        nothing of ours waits to be saved, as they are now."""
        self.model.reload()
        shown = self.groupForm.shownGroup()
        if shown is not None and self._shown == ("group", shown) and self.model.indexFor("group", shown).isValid():
            self.groupForm.points.reloadIfNewer()

    def _bothKept(self, group_id: int, copy_id: int) -> None:
        """Another program wrote a group while the user typed: its text stays in the group,
        the user's went into a copy beside it, which the editor now edits."""
        if self._shown == ("group", group_id):
            self._shown = ("group", copy_id)
        self.model.reload()
        self.tree.expandAll()
        if self._shown == ("group", copy_id):
            self.select("group", copy_id)  # already shown: the editor keeps the user's text and cursor
        self.bothKept.emit(group_id, copy_id)
        QMessageBox.warning(self.window(), QCoreApplication.translate("MainWindow", "Both texts kept"),
                            QCoreApplication.translate(
                                "MainWindow", "Another program changed \u201c%1\u201d while you were typing in it. "
                                              "Both texts are kept: the other one in \u201c%1\u201d, yours in "
                                              "\u201c%2\u201d.")
                            .replace("%1", self._groupName(group_id)).replace("%2", self._groupName(copy_id)))

    # --- where the keys go -------------------------------------------------------------------

    def focusWork(self) -> None:
        """The keys into the shown group's points, else into the tree."""
        self.workWidget().setFocus(Qt.FocusReason.OtherFocusReason)

    def workWidget(self) -> QWidget:
        """Where the user types: the points when a group is shown, else the tree."""
        return self.editor if self.pages.currentWidget() is self.groupForm else self.tree

    def showItem(self, kind: str, id_: int, point: int | None = None) -> None:
        """Select the item and put the keys there: a group's points at `point`, else the tree."""
        self.select(kind, id_)
        if kind == "group":
            self.editor.setCurrentPoint(point or 0)
            self.editor.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.tree.setFocus(Qt.FocusReason.OtherFocusReason)

    def showMatch(self, group_id: int, point_index: int, start: int, length: int) -> None:
        """Select a find match: in the group's points, or in its name (point_index -1)."""
        self.select("group", group_id)
        if point_index >= 0:
            self.editor.selectInPoint(point_index, start, length)
        else:
            self.groupForm.nameEdit.setSelection(start, length)

    def findOrigin(self, step: int, keysIn: QWidget | None) -> tuple[int, int, int] | None:
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
        if self.seminarId is None:
            return
        node = self.currentNode()
        after = _ancestors(node)
        session_row = next((n.row for n in after if n.kind == "session"), None)
        index = None if session_row is None else session_row + 1
        session_id = self.structure.add_session(self.seminarId, index=index)
        self.select("session", session_id)
        self.sessionForm.fields["name"].setFocus()

    @user_errors
    def addGroup(self) -> None:
        """Ctrl+Shift+N: a group at the end of the current session, cursor in its name."""
        if self.seminarId is None:
            return
        session_id = self._currentSession()
        with self.structure.step(QCoreApplication.translate("MainWindow", "Add group")):
            if session_id is None:
                session_id = self.structure.add_session(self.seminarId)
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
            question = QCoreApplication.translate("MainWindow",
                                                  "Delete the group \u201c%1\u201d and its points (%2)?")
        else:
            question = QCoreApplication.translate(
                "MainWindow", "Delete the session \u201c%1\u201d with its groups (%3) and points (%2)?")
        question = question.replace("%1", str(name)).replace("%2", str(node.count)).replace(
            "%3", str(len(node.children)))
        again = QCoreApplication.translate("MainWindow", "Edit \u203a Undo brings it back.")
        answer = QMessageBox.question(self.window(), QCoreApplication.translate("MainWindow", "Delete"),
                                      f"{question}\n{again}",
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
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

    def focusForm(self) -> None:
        """Ctrl+2: the keys into the form shown (a group's points)."""
        page = self.pages.currentWidget()
        if page is self.groupForm:
            self.editor.setFocus()
        else:
            page.nextInFocusChain().setFocus() if page is not None else None


def _ancestors(node: Node | None) -> list[Node]:
    """The node, then its parents up to the seminar."""
    chain = []
    while node is not None and node.kind != "root":
        chain.append(node)
        node = node.parent
    return chain
