"""The archive: every seminar in the library, to find, open, reuse, archive or delete.

A read-only table of `Library.list_seminars()` behind a sort/filter proxy
(seminar_table.py); every
action is one library call followed by `refresh()`, so the view never holds state
the library does not; a call that fails says its one sentence in a warning. The
window wires `openRequested` to opening a seminar.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QResizeEvent, QShowEvent
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

from seminarnotes.core.library import Library, SeminarSummary
from seminarnotes.ui.archive.seminar_table import (
    DATE,
    DELETED,
    GROUPS,
    ORGANIZER,
    POINTS,
    TITLE,
    VENUE,
    IdRole,
    SeminarFilterProxy,
    SeminarTableModel,
)
from seminarnotes.ui.common.flow_layout import FlowLayout
from seminarnotes.ui.common.user_errors import user_errors


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

        buttons = FlowLayout()  # wraps on a small screen instead of widening the window
        self._buttons: dict[QAction, QPushButton] = {}
        for action in (self.openAction, self.duplicateAction, self.archiveAction, self.deleteAction,
                       self.restoreAction):
            button = ActionButton(action, self)
            self._buttons[action] = button
            buttons.addWidget(button)
        buttons.addWidget(self.countLabel)
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
            self.tr("Delete “%1”? It stays in the Deleted list for 30 days and can be restored from there.")
            .replace("%1", title),
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
