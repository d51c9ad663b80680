"""The Word import preview's tree: the recognised outline rows (wordimport.assemble) as
sessions, groups and points, with the role, level and paragraph number of each line,
uncertain lines marked with an icon, their reason (translated, core_messages) as tooltip
and accessible text."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QApplication, QStyle

from seminarnotes.look import HIGHLIGHT_FILL
from seminarnotes.ui.common.core_messages import translated
from seminarnotes.wordimport.assemble import Row

COLUMNS = 4
TEXT, KIND, LEVEL, LINE = range(COLUMNS)
_Index = QModelIndex | QPersistentModelIndex


def kind_name(kind: str) -> str:
    """The role of a line as the preview names it."""
    t = QCoreApplication.translate
    names = {
        "title": t("WordImport", "Title"), "subtitle": t("WordImport", "Speaker, venue, date"),
        "document_type": t("WordImport", "Document type"), "organizer": t("WordImport", "Organiser (page header)"),
        "session": t("WordImport", "Session"), "question": t("WordImport", "Question"),
        "group": t("WordImport", "Group"), "point": t("WordImport", "Point"),
        "highlight": t("WordImport", "Highlight (good example)"), "ignored": t("WordImport", "Ignored"),
        "closing": t("WordImport", "Closing"), "thanks": t("WordImport", "Thanks"),
        "about": t("WordImport", "About the seminar"), "compiled_by": t("WordImport", "Compiled by"),
        "contact_heading": t("WordImport", "Contact heading"), "contact": t("WordImport", "Contact person"),
        "phone": t("WordImport", "Phone"), "email": t("WordImport", "E-mail"), "website": t("WordImport", "Website"),
    }
    return names.get(kind, kind)


@dataclass(eq=False)
class _Node:
    row: Row | None
    parent: _Node | None = None
    children: list[_Node] = field(default_factory=list)
    position: int = 0


class OutlineModel(QAbstractItemModel):
    """Read-only tree over outline rows; `setRows` replaces them after every change."""

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)
        self._root = _Node(None)
        self._byItem: dict[int, _Node] = {}
        self._warning = QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)

    def setRows(self, rows: list[Row]) -> None:
        self.beginResetModel()
        self._root = _Node(None)
        self._byItem = {}
        stack: list[_Node] = [self._root]
        for row in rows:
            while len(stack) > 1 and stack[-1].row is not None and stack[-1].row.depth >= row.depth:
                stack.pop()
            parent = stack[-1]
            node = _Node(row, parent, position=len(parent.children))
            parent.children.append(node)
            stack.append(node)
            if row.item is not None:
                self._byItem[row.item] = node
        self.endResetModel()

    # --- lookups ------------------------------------------------------------------------

    def row(self, index: _Index) -> Row | None:
        node = self._node(index)
        return node.row if node is not None else None

    def indexOfItem(self, item: int) -> QModelIndex:
        node = self._byItem.get(item)
        return self.createIndex(node.position, 0, node) if node is not None else QModelIndex()

    def indexes(self) -> list[QModelIndex]:
        """Every row's first-column index, top to bottom."""
        result: list[QModelIndex] = []

        def walk(node: _Node) -> None:
            for child in node.children:
                result.append(self.createIndex(child.position, 0, child))
                walk(child)

        walk(self._root)
        return result

    def _node(self, index: _Index) -> _Node | None:
        return index.internalPointer() if index.isValid() else None  # type: ignore[return-value]

    # --- QAbstractItemModel ----------------------------------------------------------------

    def index(self, row: int, column: int, parent: _Index = QModelIndex()) -> QModelIndex:
        node = self._node(parent) or self._root
        if 0 <= row < len(node.children) and 0 <= column < COLUMNS:
            return self.createIndex(row, column, node.children[row])
        return QModelIndex()

    def parent(self, index: _Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        node = self._node(index)
        if node is None or node.parent is None or node.parent is self._root:
            return QModelIndex()
        return self.createIndex(node.parent.position, 0, node.parent)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        node = self._node(parent) or self._root
        return len(node.children)

    def columnCount(self, _parent: _Index = QModelIndex()) -> int:
        return COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            t = QCoreApplication.translate
            return (t("WordImport", "Text"), t("WordImport", "Read as"), t("WordImport", "Level"),
                    t("WordImport", "Line"))[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        row = self.row(index)
        if row is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return translated(row.reason) if row.reason else None
        if role == Qt.ItemDataRole.AccessibleTextRole:
            text = f"{kind_name(row.kind)}: {self._display(row, TEXT)}"
            if not (row.uncertain and row.reason):
                return text
            return f"{text}. {QCoreApplication.translate('WordImport', 'Uncertain')}: {translated(row.reason)}"
        if role == Qt.ItemDataRole.DecorationRole and column == TEXT and row.uncertain:
            return self._warning
        if role == Qt.ItemDataRole.FontRole:
            return self._font(row)
        if role == Qt.ItemDataRole.BackgroundRole and row.kind == "highlight":
            return QBrush(QColor(f"#{HIGHLIGHT_FILL}"))
        if role == Qt.ItemDataRole.ForegroundRole and row.kind == "highlight":
            return QBrush(QColor("#1a1a1a"))  # readable on the light fill in a dark theme too
        return None

    def _display(self, row: Row, column: int) -> str:
        if column == TEXT:
            text = row.text.replace("\n", " \u21b5 ")
            if not text and row.kind in ("session", "group"):
                return QCoreApplication.translate("WordImport", "(no name)")
            return text if row.kind != "closing" else kind_name("closing")
        if column == KIND:
            return kind_name(row.kind) if row.kind != "closing" else ""
        if column == LEVEL:
            return str(row.level + 1) if row.kind in ("point", "highlight") else ""
        return str(row.line) if row.line is not None else ""

    @staticmethod
    def _font(row: Row) -> QFont | None:
        font = QFont()
        if row.kind in ("title", "session", "group", "closing"):
            font.setBold(True)
        elif row.kind == "highlight":
            font.setItalic(True)
        elif row.kind == "ignored":
            font.setStrikeOut(True)
        else:
            return None
        return font
