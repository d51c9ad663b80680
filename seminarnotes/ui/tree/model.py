"""The tree of the open seminar: the seminar, its sessions, their groups with point counts.

The model is a read-only picture of `Library.seminar_tree`; every change (rename,
drag and drop, keys to reorder) goes through `Structure`, whose undoable commands
call the library, after which the model reloads. The view is tree/view.py.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from PySide6.QtCore import QAbstractItemModel, QMimeData, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QWidget

from seminarnotes.ui.common.user_errors import USER_ERRORS, warn
from seminarnotes.ui.tree.structure import Structure

MIME = "application/x-seminarnotes-tree"
CountRole = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


@dataclass(eq=False)
class Node:
    """One row: kind is "seminar", "session" or "group"; id is the library's id."""

    kind: str
    id: int
    name: str
    parent: Node | None = field(default=None, repr=False)
    row: int = 0
    count: int = 0
    question: str = ""
    children: list[Node] = field(default_factory=list, repr=False)

    def key(self) -> tuple[str, int]:
        return self.kind, self.id


class SeminarTreeModel(QAbstractItemModel):
    """Sessions and groups of one seminar, in library order."""

    def __init__(self, structure: Structure, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.structure = structure
        self.seminar_id: int | None = None
        self._root = Node("root", 0, "")

    # --- building --------------------------------------------------------------------

    def setSeminar(self, seminar_id: int | None) -> None:
        self.seminar_id = seminar_id
        self.beginResetModel()
        self._root = self._build()
        self.endResetModel()

    def reload(self) -> None:
        """Re-read the library; keeps the view's state when only names or counts changed."""
        fresh = self._build()
        if _shape(fresh) != _shape(self._root):
            self.beginResetModel()
            self._root = fresh
            self.endResetModel()
            return
        for old, new in zip(_walk(self._root), _walk(fresh), strict=True):
            if (old.name, old.count, old.question) != (new.name, new.count, new.question):
                old.name, old.count, old.question = new.name, new.count, new.question
                index = self.createIndex(old.row, 0, old)
                self.dataChanged.emit(index, index)

    def setPointCount(self, group_id: int, count: int) -> None:
        """After the group's points were saved: its count and its session's and seminar's
        totals, without re-reading the library."""
        group = self._find("group", group_id)
        if group is None or group.count == count:
            return
        delta = count - group.count
        node: Node | None = group
        while node is not None and node is not self._root:
            node.count += delta
            index = self.createIndex(node.row, 0, node)
            self.dataChanged.emit(index, index, [CountRole, Qt.ItemDataRole.AccessibleDescriptionRole])
            node = node.parent

    def setQuestion(self, session_id: int, question: str) -> None:
        """After a session's question was saved (the tooltip shows it)."""
        session = self._find("session", session_id)
        if session is not None and session.question != question:
            session.question = question
            index = self.createIndex(session.row, 0, session)
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.ToolTipRole])

    def _find(self, kind: str, id_: int) -> Node | None:
        return next((n for n in _walk(self._root) if n.key() == (kind, id_)), None)

    def _build(self) -> Node:
        root = Node("root", 0, "")
        if self.seminar_id is None:
            return root
        library = self.structure.library
        seminar = Node("seminar", self.seminar_id, library.details(self.seminar_id).title, root)
        root.children.append(seminar)
        for i, s in enumerate(library.seminar_tree(self.seminar_id)):
            session = Node("session", s.id, s.name, seminar, i, question=s.question)
            session.children = [Node("group", g.id, g.name, session, j, g.point_count) for j, g in enumerate(s.groups)]
            session.count = sum(g.count for g in session.children)
            seminar.children.append(session)
        seminar.count = sum(s.count for s in seminar.children)
        return root

    # --- lookups the window uses ---------------------------------------------------

    def node(self, index: Index) -> Node | None:
        return index.internalPointer() if index.isValid() else None

    def indexFor(self, kind: str, id_: int) -> QModelIndex:
        node = self._find(kind, id_)
        return QModelIndex() if node is None else self.createIndex(node.row, 0, node)

    def seminarTitle(self) -> str:
        """The open seminar's title as last read from the library ("" when none is open)."""
        return self._root.children[0].name if self._root.children else ""

    def groups(self) -> list[Node]:
        return [n for n in _walk(self._root) if n.kind == "group"]

    def sessions(self) -> list[Node]:
        return self._root.children[0].children if self._root.children else []

    def adjacentGroup(self, index: Index, step: int) -> QModelIndex:
        """The next (step 1) or previous (-1) group across sessions; from a session or
        the seminar, its first group going forward and the group before it going back."""
        groups = self.groups()
        node = self.node(index)
        if not groups:
            return QModelIndex()
        if node is not None and node.kind == "group":
            position = groups.index(node) + step
        else:
            following = [i for i, g in enumerate(groups) if _precedes(node, g)]
            first = following[0] if following else len(groups)
            position = first if step > 0 else first - 1
        if not 0 <= position < len(groups):
            return QModelIndex()
        target = groups[position]
        return self.createIndex(target.row, 0, target)

    def moveBy(self, index: Index, step: int) -> None:
        """Keys to reorder: a group crosses into the neighbouring session at either end."""
        node = self.node(index)
        if node is None or node.parent is None:
            return
        if node.kind == "session":
            target = node.row + step
            if 0 <= target < len(node.parent.children):
                self.structure.move_session(node.id, target + (1 if step > 0 else 0))
        elif node.kind == "group":
            session = node.parent
            target = node.row + step
            if 0 <= target < len(session.children):
                self.structure.move_group(node.id, session.id, target + (1 if step > 0 else 0))
                return
            neighbour_row = session.row + step
            sessions = self.sessions()
            if 0 <= neighbour_row < len(sessions):
                neighbour = sessions[neighbour_row]
                self.structure.move_group(node.id, neighbour.id, len(neighbour.children) if step < 0 else 0)

    # --- QAbstractItemModel ----------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        owner = self.node(parent) or self._root
        if column != 0 or not 0 <= row < len(owner.children):
            return QModelIndex()
        return self.createIndex(row, 0, owner.children[row])

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        node = self.node(index)
        if node is None or node.parent is None or node.parent is self._root:
            return QModelIndex()
        return self.createIndex(node.parent.row, 0, node.parent)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        if parent.column() > 0:
            return 0
        return len((self.node(parent) or self._root).children)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        node = self.node(index)
        if node is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return node.name or _placeholder(node.kind)
        if role == Qt.ItemDataRole.EditRole:
            return node.name
        if role == CountRole:
            return node.count
        if role == Qt.ItemDataRole.ToolTipRole and node.kind == "session" and node.question:
            return node.question
        if role == Qt.ItemDataRole.FontRole and node.kind != "group":
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and not node.name:
            from PySide6.QtGui import QPalette

            return QPalette().brush(QPalette.ColorRole.PlaceholderText)
        if role == Qt.ItemDataRole.AccessibleDescriptionRole and node.kind == "group":
            return self.tr("%n point(s)", "", node.count)
        return None

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        node = self.node(index)
        if node is None or role != Qt.ItemDataRole.EditRole:
            return False
        rename = {"group": self.structure.rename_group, "session": self.structure.rename_session,
                  "seminar": self.structure.rename_seminar}[node.kind]
        try:
            rename(node.id, str(value).strip())
        except USER_ERRORS as error:  # F2 in the tree is a gesture too: one sentence, nothing lost
            warn(None, error)
            return False
        return True

    def flags(self, index: Index) -> Qt.ItemFlag:
        node = self.node(index)
        if node is None:
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable
        if node.kind in ("session", "group"):
            flags |= Qt.ItemFlag.ItemIsDragEnabled
        if node.kind in ("seminar", "session"):
            flags |= Qt.ItemFlag.ItemIsDropEnabled
        return flags

    # --- drag and drop ------------------------------------------------------------------

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData | None:
        nodes = [self.node(i) for i in indexes if self.node(i) is not None]
        if len(nodes) != 1 or nodes[0].kind not in ("session", "group"):
            return None
        mime = QMimeData()
        mime.setData(MIME, json.dumps({"kind": nodes[0].kind, "id": nodes[0].id}).encode())
        return mime

    def _dropTarget(self, mime: QMimeData, row: int, parent: Index) -> tuple[str, int, int, int] | None:
        """(kind, id, target session or 0, index) for a drop, or None where it cannot land."""
        if not mime.hasFormat(MIME):
            return None
        try:
            payload = json.loads(bytes(mime.data(MIME).data()).decode())
            kind, id_ = str(payload["kind"]), int(payload["id"])
        except (ValueError, KeyError, TypeError):
            return None
        target = self.node(parent)
        if target is None:
            return None
        if kind == "session":
            if target.kind == "seminar":
                return kind, id_, 0, row if row >= 0 else len(target.children)
            if target.kind == "session" and row < 0:  # dropped onto a session: take its place
                return kind, id_, 0, target.row
            return None
        if kind == "group":
            if target.kind == "session":
                return kind, id_, target.id, row if row >= 0 else len(target.children)
            if target.kind == "group" and row < 0:  # dropped onto a group: go before it
                return kind, id_, target.parent.id, target.row
        return None

    def canDropMimeData(self, mime: QMimeData, action: Qt.DropAction, row: int, column: int,
                        parent: Index) -> bool:
        return action == Qt.DropAction.MoveAction and self._dropTarget(mime, row, parent) is not None

    def dropMimeData(self, mime: QMimeData, action: Qt.DropAction, row: int, column: int,
                     parent: Index) -> bool:
        if not self.canDropMimeData(mime, action, row, column, parent):
            return False
        kind, id_, session_id, index = self._dropTarget(mime, row, parent)  # type: ignore[misc]
        try:
            if kind == "session":
                self.structure.move_session(id_, index)
            else:
                self.structure.move_group(id_, session_id, index)
        except USER_ERRORS as error:
            warn(None, error)
            return False
        # Done through the library; the model has no removeRows, so the view removes nothing.
        return True


def _placeholder(kind: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return {
        "seminar": QCoreApplication.translate("SeminarTreeModel", "Untitled seminar"),
        "session": QCoreApplication.translate("SeminarTreeModel", "Unnamed session"),
        "group": QCoreApplication.translate("SeminarTreeModel", "Unnamed group"),
    }.get(kind, "")


def _walk(node: Node):
    for child in node.children:
        yield child
        yield from _walk(child)


def _shape(root: Node) -> list[tuple[str, int, int]]:
    return [(n.kind, n.id, len(n.children)) for n in _walk(root)]


def _precedes(node: Node | None, group: Node) -> bool:
    """Whether `group` comes at or after the non-group `node` in reading order."""
    if node is None or node.kind == "seminar":
        return True
    return group.parent is not None and group.parent.row >= node.row
