"""The archive's list of seminars: a table model of `Library.list_seminars()` rows,
sorted in Python, and a proxy that filters them by every typed word, without case or
diacritics (core/fold.py).
"""

from __future__ import annotations

import datetime as dt
from functools import cmp_to_key
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCollator,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QFont

from seminarnotes.core.fold import fold
from seminarnotes.core.library import KEEP_DELETED, SeminarSummary

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

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
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
            return self.tr("%1 (archived)").replace("%1", title) if row.archived else title
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
