"""The archive: every seminar in the library, to find, open, reuse, archive or delete.

A read-only table of `Library.list_seminars()` behind a sort/filter proxy; every
action is one library call followed by `refresh()`, so the view never holds state
the library does not; a call that fails says its one sentence in a warning. The
window wires `openRequested` to opening a seminar.
"""

from __future__ import annotations

import datetime as dt
from functools import cmp_to_key
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCollator,
    QEvent,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QFont, QKeySequence, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from seminarnotes.core.library import KEEP_DELETED, Library, SeminarSummary
from seminarnotes.ui.fold import fold
from seminarnotes.ui.user_errors import user_errors

Index = QModelIndex | QPersistentModelIndex
DATE, TITLE, VENUE, ORGANIZER, GROUPS, POINTS, DELETED = range(7)
IdRole = Qt.ItemDataRole.UserRole + 1
_NUMBERS = (GROUPS, POINTS)


class SeminarTableModel(QAbstractTableModel):
    """Rows of SeminarSummary, sorted here (not in the proxy) so that sorting 1,000
    rows is one Python sort instead of thousands of data() calls; keeps a folded
    haystack per row for fast filtering."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[SeminarSummary] = []
        self.haystacks: list[str] = []
        self.sortColumn, self.sortOrder = DATE, Qt.SortOrder.DescendingOrder
        self._collator = QCollator(QLocale())
        self._collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._collator.setNumericMode(True)

    def setRows(self, rows: list[SeminarSummary]) -> None:
        self.beginResetModel()
        self.rows = self._sorted(rows)
        self.haystacks = [fold(" ".join((r.title, r.venue, r.organizer, r.speaker))) for r in self.rows]
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by `column`; rows without a value (no date, no venue) always go last."""
        self.sortColumn, self.sortOrder = column, order
        self.layoutAboutToBeChanged.emit()
        position = {id(row): i for i, row in enumerate(self.rows)}
        self.rows = self._sorted(self.rows)
        moved = {position[id(row)]: i for i, row in enumerate(self.rows)}
        self.haystacks = [self.haystacks[position[id(row)]] for row in self.rows]  # folded once, in setRows
        old = self.persistentIndexList()
        self.changePersistentIndexList(old, [self.index(moved[i.row()], i.column()) for i in old])
        self.layoutChanged.emit()

    def _sorted(self, rows: list[SeminarSummary]) -> list[SeminarSummary]:
        column, descending = self.sortColumn, self.sortOrder == Qt.SortOrder.DescendingOrder
        if column in _NUMBERS:
            return sorted(rows, key=lambda r: r.groups if column == GROUPS else r.points, reverse=descending)
        if column == DATE:
            dated = sorted((r for r in rows if r.date), key=lambda r: r.date, reverse=descending)  # type: ignore
            return dated + [r for r in rows if not r.date]
        if column == DELETED:
            return sorted(rows, key=lambda r: r.deleted or dt.datetime.min, reverse=descending)
        texts = {id(r): self._display(r, column) for r in rows}
        filled = sorted((r for r in rows if texts[id(r)]), key=cmp_to_key(
            lambda a, b: self._collator.compare(texts[id(a)], texts[id(b)])), reverse=descending)
        return filled + [r for r in rows if not texts[id(r)]]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Date"), self.tr("Title"), self.tr("Venue"), self.tr("Organiser"), self.tr("Groups"),
                    self.tr("Points"), self.tr("Kept until"))[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and section in _NUMBERS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == IdRole:
            return row.id
        if role == Qt.ItemDataRole.TextAlignmentRole and column in _NUMBERS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and row.archived:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            text = self._display(row, column)
            if column == TITLE and row.speaker:
                text = self.tr("%1\nSpeaker: %2").replace("%1", text).replace("%2", row.speaker)
            return text or None
        return None

    def _display(self, row: SeminarSummary, column: int) -> str:
        if column == DATE:
            return row.date.isoformat() if row.date else ""
        if column == TITLE:
            title = row.title or self.tr("(untitled)")
            return self.tr("%s (archived)") % title if row.archived else title
        if column == VENUE:
            return row.venue
        if column == ORGANIZER:
            return row.organizer
        if column == GROUPS:
            return str(row.groups)
        if column == POINTS:
            return str(row.points)
        if column == DELETED and row.deleted:
            return (row.deleted + KEEP_DELETED).date().isoformat()
        return ""


class SeminarFilterProxy(QSortFilterProxyModel):
    """Keeps rows whose title, venue, organiser or speaker contain every typed word."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """The source model sorts; the proxy keeps its order and only filters."""
        self.sourceModel().sort(column, order)

    def setFilterWords(self, text: str) -> None:
        self.beginFilterChange()
        self._words = fold(text).split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self._words:
            return True
        haystack = self.sourceModel().haystacks[source_row]  # type: ignore[attr-defined]
        return all(word in haystack for word in self._words)


class ActionButton(QPushButton):
    """A push button that mirrors an action (text with its mnemonic and "…", enabled, tooltip);
    QToolButton would drop both the mnemonic and the ellipsis."""

    def __init__(self, action: QAction, parent: QWidget) -> None:
        super().__init__(parent)
        self._action = action
        self.setAutoDefault(False)
        self.clicked.connect(action.trigger)
        action.changed.connect(self._sync)
        self._sync()

    def _sync(self) -> None:
        self.setText(self._action.text())
        self.setEnabled(self._action.isEnabled())
        self.setToolTip(self._action.toolTip())


class ArchiveView(QWidget):
    """Find a seminar among hundreds and open it, reuse it, archive or delete it.

    Constructing it reads nothing: the list is read by `refresh()` (the archive page
    calls it before showing the view), or when the view is first shown without one."""

    openRequested = Signal(int)  # seminar id: open it (also sent with the id of a new seminar)
    seminarDeleted = Signal(int)  # moved to the Deleted list: the window closes it if it is open
    libraryChanged = Signal()  # any change made here (for recent-files menus and the like)

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.model = SeminarTableModel(self)
        self.proxy = SeminarFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self._loaded = False  # listed by the first refresh(), or when first shown without one
        self._build()

    # --- building ----------------------------------------------------------------------

    def _build(self) -> None:
        self.filterEdit = QLineEdit(self)
        self.filterEdit.setPlaceholderText(self.tr("Filter by title, venue, organiser or speaker"))
        self.filterEdit.setClearButtonEnabled(True)
        self.filterEdit.textChanged.connect(self._filterChanged)
        self.filterEdit.installEventFilter(self)

        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.horizontalHeader().setSortIndicator(DATE, Qt.SortOrder.DescendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setShowGrid(False)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        digit = self.fontMetrics().horizontalAdvance("0")
        for column, chars in ((DATE, 13), (VENUE, 22), (ORGANIZER, 26), (GROUPS, 9), (POINTS, 9), (DELETED, 14)):
            header.resizeSection(column, digit * chars)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnHidden(DELETED, True)
        self.table.doubleClicked.connect(self._openIndex)
        self.table.installEventFilter(self)
        self.table.selectionModel().currentRowChanged.connect(self._updateActions)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

        self.openAction = self._action(self.tr("&Open"), self.openSelected, self.tr("Open the selected seminar"))
        self.duplicateAction = self._action(
            self.tr("&New from this structure"), self.newFromStructure,
            self.tr("Start a new seminar with the same sessions, questions and groups, no points, dated today"))
        self.archiveAction = self._action(self.tr("&Archive"), self.toggleArchived,
                                          self.tr("Hide the seminar unless Show archived is on"))
        self.deleteAction = self._action(self.tr("&Delete…"), self.deleteSelected,
                                         self.tr("Move the seminar to the Deleted list for 30 days"))
        self.deleteAction.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.restoreAction = self._action(self.tr("&Restore"), self.restoreSelected,
                                          self.tr("Bring the seminar back from the Deleted list"))

        self.showArchivedBox = QCheckBox(self.tr("Sho&w archived"), self)
        self.showArchivedBox.toggled.connect(self.refresh)
        self.deletedButton = QPushButton(self.tr("De&leted seminars"), self)
        self.deletedButton.setCheckable(True)
        self.deletedButton.setToolTip(self.tr("Show the seminars deleted in the last 30 days, to restore them"))
        self.deletedButton.toggled.connect(self._deletedToggled)
        self.countLabel = QLabel(self)
        self.countLabel.setObjectName("archiveCount")

        buttons = QHBoxLayout()
        self._buttons: dict[QAction, QPushButton] = {}
        for action in (self.openAction, self.duplicateAction, self.archiveAction, self.deleteAction,
                       self.restoreAction):
            button = ActionButton(action, self)
            self._buttons[action] = button
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.countLabel)
        buttons.addSpacing(12)
        buttons.addWidget(self.showArchivedBox)
        buttons.addWidget(self.deletedButton)

        top = QHBoxLayout()
        label = QLabel(self.tr("F&ilter:"), self)
        label.setBuddy(self.filterEdit)
        top.addWidget(label)
        top.addWidget(self.filterEdit, 1)

        self.deletedNote = QLabel(self.tr("Deleted seminars are removed for good 30 days after they were deleted."),
                                  self)
        self.deletedNote.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.deletedNote)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.setFocusProxy(self.filterEdit)
        self._applyMode()

    def _action(self, text: str, slot: Any, tip: str) -> QAction:
        action = QAction(text, self)
        action.setToolTip(tip)
        action.setStatusTip(tip)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        self.table.addAction(action)
        return action

    # --- state -------------------------------------------------------------------------

    def showingDeleted(self) -> bool:
        return self.deletedButton.isChecked()

    def rowCount(self) -> int:
        """Rows the user sees now (after filtering)."""
        return self.proxy.rowCount()

    def visibleIds(self) -> list[int]:
        return [self.proxy.index(r, 0).data(IdRole) for r in range(self.proxy.rowCount())]

    def selectedId(self) -> int | None:
        index = self.table.currentIndex()
        return index.data(IdRole) if index.isValid() else None

    def selectSeminar(self, seminar_id: int) -> bool:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(IdRole) == seminar_id:
                self._select(row)
                return True
        return False

    def refresh(self) -> None:
        """Reload from the library, keeping the selected seminar selected if it is still listed."""
        self._loaded = True
        keep, row = self.selectedId(), max(self.table.currentIndex().row(), 0)
        if self.showingDeleted():
            rows = self.library.list_seminars(deleted=True)
        else:
            rows = self.library.list_seminars(archived=self.showArchivedBox.isChecked())
        self.model.setRows(rows)
        self._fitColumns()
        if keep is None or not self.selectSeminar(keep):
            self._select(min(row, self.proxy.rowCount() - 1))
        self._updateCount()

    def _fitColumns(self) -> None:
        """Share the width between title, venue and organiser by what their longest texts need,
        the title first (up to 45 %); measured here because ResizeToContents re-measures on every layout."""
        metrics, padding, header = self.table.fontMetrics(), 24, self.table.horizontalHeader()

        def need(column: int, values: set[str]) -> int:
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            longest = sorted(values | {title}, key=len)[-20:]  # measuring all 1,000 titles would cost 25 ms
            return max(metrics.horizontalAdvance(v) for v in longest) + padding

        rows = self.model.rows
        width = self.table.viewport().width() if self.table.isVisible() else self.width() - 24
        available = width - sum(header.sectionSize(c) for c in (DATE, GROUPS, POINTS))
        title = min(need(TITLE, {r.title for r in rows}), available * 45 // 100)
        rest = max(available - title, 2 * 120)
        venue, organizer = need(VENUE, {r.venue for r in rows}), need(ORGANIZER, {r.organizer for r in rows})
        header.resizeSection(VENUE, min(venue, max(rest // 2, rest - organizer)))
        header.resizeSection(ORGANIZER, min(organizer, max(rest // 2, rest - venue)))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fitColumns()

    def _select(self, row: int) -> None:
        if row < 0:
            self.table.setCurrentIndex(QModelIndex())
            self._updateActions()
            return
        index = self.proxy.index(row, TITLE)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)
        self._updateActions()

    def _updateCount(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if shown == total:
            text = self.tr("%n seminars", "", total)  # "1 seminar": seminarnotes_en.ts
        else:
            text = self.tr("%1 of %2 seminars").replace("%1", str(shown)).replace("%2", str(total))
        self.countLabel.setText(text)

    def _updateActions(self, *_: object) -> None:
        summary = self._selectedSummary()
        selected = summary is not None
        for action in (self.openAction, self.duplicateAction, self.archiveAction, self.deleteAction,
                       self.restoreAction):
            action.setEnabled(selected)
        self.archiveAction.setText(self.tr("Un&archive") if summary and summary.archived else self.tr("&Archive"))

    def _applyMode(self) -> None:
        deleted = self.showingDeleted()
        for action in (self.openAction, self.duplicateAction, self.archiveAction, self.deleteAction):
            self._buttons[action].setVisible(not deleted)
            action.setVisible(not deleted)
        self._buttons[self.restoreAction].setVisible(deleted)
        self.restoreAction.setVisible(deleted)
        self.showArchivedBox.setEnabled(not deleted)
        self.deletedNote.setVisible(deleted)
        self.table.setColumnHidden(DELETED, not deleted)

    def _selectedSummary(self) -> SeminarSummary | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.rows[self.proxy.mapToSource(index).row()]

    # --- slots ---------------------------------------------------------------------------

    def _filterChanged(self, text: str) -> None:
        self.proxy.setFilterWords(text)
        if not self.table.currentIndex().isValid() and self.proxy.rowCount():
            self._select(0)
        self._updateCount()
        self._updateActions()

    def _deletedToggled(self, on: bool) -> None:
        self.deletedButton.setText(self.tr("&All seminars") if on else self.tr("De&leted seminars"))
        self._applyMode()
        self.refresh()

    def _openIndex(self, index: QModelIndex) -> None:
        if index.isValid() and not self.showingDeleted():
            self.openRequested.emit(index.data(IdRole))

    def openSelected(self) -> None:
        self._openIndex(self.table.currentIndex())

    @user_errors
    def newFromStructure(self) -> None:
        summary = self._selectedSummary()
        if summary is None or self.showingDeleted():
            return
        new_id = self.library.duplicate_structure(summary.id)
        self.refresh()
        self.selectSeminar(new_id)
        self.libraryChanged.emit()
        self.openRequested.emit(new_id)

    @user_errors
    def toggleArchived(self) -> None:
        summary = self._selectedSummary()
        if summary is None or self.showingDeleted():
            return
        self.library.set_archived(summary.id, not summary.archived)
        self.refresh()
        self.libraryChanged.emit()

    @user_errors
    def deleteSelected(self) -> None:
        summary = self._selectedSummary()
        if summary is None or self.showingDeleted():
            return
        title = summary.title or self.tr("(untitled)")
        answer = QMessageBox.question(
            self, self.tr("Delete seminar"),
            self.tr("Delete “%s”? It stays in the Deleted list for 30 days and can be restored from there.")
            % title,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.library.delete_seminar(summary.id)
        self.refresh()
        self.seminarDeleted.emit(summary.id)
        self.libraryChanged.emit()

    @user_errors
    def restoreSelected(self) -> None:
        summary = self._selectedSummary()
        if summary is None or not self.showingDeleted():
            return
        self.library.restore_seminar(summary.id)
        self.refresh()
        self.libraryChanged.emit()

    # --- keyboard ------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        if not self._loaded:
            self.refresh()
        super().showEvent(event)
        self.filterEdit.setFocus(Qt.FocusReason.OtherFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress:
            return super().eventFilter(watched, event)
        key = event.key()  # type: ignore[attr-defined] - PySide hands over a QKeyEvent
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):  # in the filter or the table alike
            (self.restoreSelected if self.showingDeleted() else self.openSelected)()
            return True
        if watched is self.filterEdit:
            if key in (Qt.Key.Key_Down, Qt.Key.Key_PageDown) and self.proxy.rowCount():
                if not self.table.currentIndex().isValid():
                    self._select(0)
                self.table.setFocus(Qt.FocusReason.OtherFocusReason)
                return True
        elif watched is self.table:
            if key == Qt.Key.Key_Up and self.table.currentIndex().row() <= 0:
                self.filterEdit.setFocus(Qt.FocusReason.OtherFocusReason)
                return True
        return super().eventFilter(watched, event)
