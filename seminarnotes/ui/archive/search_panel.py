"""Search everything said in every seminar, as you type.

A thin view over `core.search.search`: a query field, a debounce so a fast typist
does not run one query per key, and a list of hits whose snippet shows the match
in bold. The search runs on a thread of its own (search_worker.py), the newest
query winning, so a slow query never freezes the window. Enter or double-click
emits `hitActivated` for the window to open the seminar at that group and point.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QShowEvent, QTextDocument, QTextOption
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QLineEdit,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from seminarnotes.core.library import Library
from seminarnotes.core.search import KIND_GROUP, KIND_SEMINAR, KIND_SESSION, SearchHit
from seminarnotes.ui.archive.search_worker import SearchWorker

Index = QModelIndex | QPersistentModelIndex
HtmlRole = Qt.ItemDataRole.UserRole + 1
LIMIT = 500
DEBOUNCE_MS = 150
# FTS5 marks the match with these; they cannot occur in typed text, so the stored
# text can be HTML-escaped first and the markers turned into <b></b> afterwards.
_START, _END = "\x02", "\x03"


def snippet_html(snippet: str) -> str:
    """The snippet with the stored text escaped and the match in bold."""
    return html.escape(snippet, quote=False).replace(_START, "<b>").replace(_END, "</b>")


class HitModel(QAbstractListModel):
    """Search hits; DisplayRole is plain text (for tests and accessibility), HtmlRole is what is drawn."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.hits: list[SearchHit] = []

    def setHits(self, hits: list[SearchHit]) -> None:
        self.beginResetModel()
        self.hits = hits
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.hits)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        hit = self.hits[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            text = hit.snippet.replace(_START, "").replace(_END, "")
            return f"{text}\n{self.context(hit)}"
        if role == HtmlRole:
            return snippet_html(hit.snippet), html.escape(self.context(hit), quote=False)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.context(hit)
        return None

    def context(self, hit: SearchHit) -> str:
        """Where the hit is: seminar, date, session, group (or what kind of name matched)."""
        parts = [hit.seminar_title or self.tr("(untitled)")]
        if hit.date:
            parts.append(hit.date.isoformat())
        if hit.kind == KIND_SEMINAR:
            parts.append(self.tr("seminar title"))
        elif hit.kind == KIND_SESSION:
            parts.append(self.tr("session: %1").replace("%1", hit.session_name))
        else:
            parts.append(hit.session_name)
            group = hit.group_name
            parts.append(self.tr("group: %1").replace("%1", group) if hit.kind == KIND_GROUP else group)
        return " · ".join(p for p in parts if p)


class HitDelegate(QStyledItemDelegate):
    """Draws a hit on two lines: the snippet (match in bold), then its place in grey."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        snippet, context = index.data(HtmlRole)
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        group = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        text_color = opt.palette.color(group).name()
        doc = QTextDocument()
        doc.setDefaultFont(opt.font)
        doc.setDocumentMargin(2)
        no_wrap = QTextOption()
        no_wrap.setWrapMode(QTextOption.WrapMode.NoWrap)  # one line each: a long snippet is cut, not overlapped
        doc.setDefaultTextOption(no_wrap)
        doc.setHtml(f'<div style="color:{text_color}">{snippet}</div>'
                    f'<div style="color:{text_color}"><small>{context}</small></div>')
        doc.setTextWidth(opt.rect.width() - 8)
        painter.save()
        painter.translate(opt.rect.left() + 4, opt.rect.top() + 2)
        painter.setClipRect(0, 0, opt.rect.width() - 8, opt.rect.height() - 4)
        context_ = QAbstractTextDocumentLayout.PaintContext()
        doc.documentLayout().draw(painter, context_)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        height = option.fontMetrics.lineSpacing()
        return QSize(200, height * 2 + 12)


class SearchPanel(QWidget):
    """Full-text search across all seminars, with results the keyboard can reach."""

    hitActivated = Signal(int, int, int)  # seminar id, group id or -1, point index or -1
    hitChosen = Signal(object)  # the same activation, with the whole SearchHit (session hits need its session)

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.queryEdit = QLineEdit(self)
        self.queryEdit.setPlaceholderText(self.tr('Search all seminars: words, prefix*, "a phrase"'))
        self.queryEdit.setClearButtonEnabled(True)
        self.queryEdit.installEventFilter(self)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.runSearch)
        self.queryEdit.textChanged.connect(self.timer.start)

        self.model = HitModel(self)
        self.list = QListView(self)
        self.list.setModel(self.model)
        self.list.setItemDelegate(HitDelegate(self.list))
        self.list.setUniformItemSizes(True)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.doubleClicked.connect(self._activate)
        self.list.installEventFilter(self)
        self.statusLabel = QLabel(self)

        layout = QVBoxLayout(self)
        layout.addWidget(self.queryEdit)
        layout.addWidget(self.statusLabel)
        layout.addWidget(self.list, 1)
        self.setFocusProxy(self.queryEdit)

        self.worker = SearchWorker(library, LIMIT, _START, _END)  # no parent: it outlives the panel's C++ side
        self.worker.answered.connect(self._answered)
        worker = self.worker
        self.destroyed.connect(lambda *_: worker.stop())  # not a method of the object being destroyed
        self._asked = 0  # the newest query's number; older answers are dropped
        self._answeredSerial = 0
        self._openWhenAnswered = False

    def runSearch(self) -> None:
        """Search now (on the search thread); called by the debounce timer."""
        self.timer.stop()
        text = self.queryEdit.text().strip()
        self._asked += 1
        if not text:
            self._answered(self._asked, [], None)
            return
        self.statusLabel.setText(self.tr("Searching…"))
        self.worker.ask(self._asked, text)

    def searching(self) -> bool:
        """Whether the newest query is still waiting for its answer."""
        return self._answeredSerial != self._asked or self.timer.isActive()

    def _answered(self, serial: int, hits: list[SearchHit], error: Exception | None) -> None:
        if serial != self._asked:
            return  # a newer query is on its way
        self._answeredSerial = serial
        self.model.setHits(hits)
        if hits:
            self.list.setCurrentIndex(self.model.index(0))
        if error is not None:
            from seminarnotes.ui.common.core_messages import translated

            self.statusLabel.setText(translated(error))
        elif not self.queryEdit.text().strip():
            self.statusLabel.setText("")
        elif not hits:
            self.statusLabel.setText(self.tr("No matches"))
        elif len(hits) >= LIMIT:
            self.statusLabel.setText(self.tr("The first %n matches", "", LIMIT))
        else:
            self.statusLabel.setText(self.tr("%n matches", "", len(hits)))  # "1 match": seminarnotes_en.ts
        if self._openWhenAnswered:
            self._openWhenAnswered = False
            self._activate(self.list.currentIndex())

    def _activate(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        hit = self.model.hits[index.row()]
        group = hit.group_id if hit.group_id is not None and hit.kind not in (KIND_SEMINAR, KIND_SESSION) else -1
        point = hit.point_index if hit.point_index is not None else -1
        self.hitActivated.emit(hit.seminar_id, group, point)
        self.hitChosen.emit(hit)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.queryEdit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.queryEdit.selectAll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress:
            return super().eventFilter(watched, event)
        key = event.key()  # type: ignore[attr-defined] - PySide hands over a QKeyEvent
        enter = key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if watched is self.queryEdit:
            if enter:
                if self.timer.isActive():  # typed faster than the debounce: answer what is typed
                    self.runSearch()
                if self.searching():
                    self._openWhenAnswered = True  # the first hit of what is typed, once it is found
                else:
                    self._activate(self.list.currentIndex())
                return True
            if key in (Qt.Key.Key_Down, Qt.Key.Key_PageDown) and self.model.rowCount():
                self.list.setFocus(Qt.FocusReason.OtherFocusReason)
                return True
        elif watched is self.list:
            if enter:
                self._activate(self.list.currentIndex())
                return True
            if key == Qt.Key.Key_Up and self.list.currentIndex().row() <= 0:
                self.queryEdit.setFocus(Qt.FocusReason.OtherFocusReason)
                return True
        return super().eventFilter(watched, event)
