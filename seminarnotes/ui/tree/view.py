"""The tree's view: drag and drop, F2 rename, keys to reorder, each group's point count
drawn at the right edge; Enter and typed text lead on into the item (EDITOR.md, "Focus")."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRect, Qt, Signal
from PySide6.QtGui import QKeyEvent, QPainter
from PySide6.QtWidgets import QAbstractItemView, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QTreeView, QWidget

from seminarnotes.ui.tree.model import CountRole, Index, SeminarTreeModel


class _CountDelegate(QStyledItemDelegate):
    """Draws a group's point count at the right edge of its row."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        count = index.data(CountRole)
        if not count:
            super().paint(painter, option, index)
            return
        text = str(count)
        width = option.fontMetrics.horizontalAdvance(text) + 12
        opt = QStyleOptionViewItem(option)
        opt.rect = option.rect.adjusted(0, 0, -width, 0)
        super().paint(painter, opt, index)
        painter.save()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = option.palette.ColorRole.HighlightedText if selected else option.palette.ColorRole.PlaceholderText
        painter.setPen(option.palette.color(role))
        if selected:
            painter.fillRect(QRect(opt.rect.right(), option.rect.top(), width + 1, option.rect.height()),
                             option.palette.highlight())
        painter.drawText(option.rect.adjusted(0, 0, -6, 0), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                         text)
        painter.restore()


class SeminarTreeView(QTreeView):
    """The tree's view: drag and drop, F2 rename, Ctrl/Alt+Shift+Up/Down to reorder.
    Enter leads into the current item and text typed here is handed on (`typedInto`),
    so no key is swallowed by the tree (EDITOR.md, "Focus")."""

    enterPressed = Signal(QModelIndex)
    typedInto = Signal(QKeyEvent)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setUniformRowHeights(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDragDropOverwriteMode(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.SelectedClicked)
        self.setItemDelegate(_CountDelegate(self))
        self.setExpandsOnDoubleClick(False)

    def treeModel(self) -> SeminarTreeModel:
        return self.model()  # type: ignore[return-value]

    def keyPressEvent(self, event: QKeyEvent) -> None:
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        moving = mods in (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
                          Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier)
        if moving and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.treeModel().moveBy(self.currentIndex(), -1 if event.key() == Qt.Key.Key_Up else 1)
            return
        if self.state() != QAbstractItemView.State.EditingState and self.currentIndex().isValid():
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and mods == Qt.KeyboardModifier.NoModifier:
                self.enterPressed.emit(self.currentIndex())
                return
            plain = mods in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier)
            if plain and event.text() and event.text().isprintable():
                self.typedInto.emit(event)
                if event.isAccepted() and self.window().focusWidget() is not self:
                    return
        super().keyPressEvent(event)
