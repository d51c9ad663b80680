"""Find in the open seminar (Ctrl+F): group names and point texts, in reading order.

The bar reads the seminar from the Library whenever the query changes (or on
`refresh()`), so it never searches a stale copy; it only reports where a match
is (`matchFound`) and leaves selecting the group and placing the cursor to the window.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from seminarnotes.core.fold import find_all
from seminarnotes.core.library import Library
from seminarnotes.core.outline import Point


def _with(standard: QKeySequence.StandardKey, key: str) -> list[QKeySequence]:
    """The platform's keys plus `key`, once: a key listed twice is an ambiguous shortcut and does nothing."""
    keys = QKeySequence.keyBindings(standard)
    return keys if QKeySequence(key) in keys else [QKeySequence(key), *keys]


@dataclass(frozen=True)
class Match:
    """One occurrence: point_index -1 means the group's name."""

    group_id: int
    point_index: int
    start: int
    length: int

    def place(self) -> tuple[int, int, int]:
        return self.group_id, self.point_index, self.start


class FindBar(QWidget):
    """A line edit with Next/Previous, an "n of m" count, and Escape to close."""

    matchFound = Signal(int, int, int, int)  # group id, point index (-1: group name), start, length
    closed = Signal()
    aboutToStep = Signal(int)
    """Next (1) or Previous (-1) while the keys are outside the bar (F3 in the editor): the
    window may say where the user is first (`setOrigin`), so the search goes on from there."""

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.seminarId: int | None = None
        self.matches: list[Match] = []
        self.current = -1
        self._order: list[int] = []  # group ids in reading order, to resume from the window's position
        self._origin: tuple[int, int, int] | None = None

        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(self.tr("Find in this seminar"))
        self.edit.setClearButtonEnabled(True)
        self.edit.textChanged.connect(self._queryChanged)
        self.edit.installEventFilter(self)
        self.countLabel = QLabel(self)
        self.countLabel.setMinimumWidth(self.fontMetrics().horizontalAdvance("0000 of 0000") + 8)

        self.nextAction = QAction(self.tr("Find &Next"), self)
        self.nextAction.setShortcuts(_with(QKeySequence.StandardKey.FindNext, "F3"))
        self.nextAction.triggered.connect(lambda _c=False: self._stepFromAction(1))
        self.previousAction = QAction(self.tr("Find Pre&vious"), self)
        self.previousAction.setShortcuts(_with(QKeySequence.StandardKey.FindPrevious, "Shift+F3"))
        self.previousAction.triggered.connect(lambda _c=False: self._stepFromAction(-1))
        self.closeAction = QAction(self.tr("Close"), self)
        self.closeAction.setToolTip(self.tr("Close the find bar (Escape)"))
        self.closeAction.triggered.connect(self.dismiss)
        for action in (self.nextAction, self.previousAction):
            # the window may add these to its Edit menu with Qt.WindowShortcut so F3 works from the editor
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        label = QLabel(self.tr("Fi&nd:"), self)
        label.setBuddy(self.edit)
        layout.addWidget(label)
        layout.addWidget(self.edit, 1)
        for action, text in ((self.previousAction, self.tr("Previous")), (self.nextAction, self.tr("Next")),
                             (self.closeAction, "✕")):
            action.setIconText(text)  # the button's short label; the menu keeps the full text
            button = QToolButton(self)
            button.setDefaultAction(action)
            button.setToolTip(action.toolTip() if action is self.closeAction else
                              f"{action.text().replace('&', '')} ({action.shortcut().toString()})")
            layout.addWidget(button)
        layout.addWidget(self.countLabel)
        self.setFocusProxy(self.edit)
        self._update()

    # --- API for the window ------------------------------------------------------------

    def setSeminar(self, seminar_id: int | None) -> None:
        """Search this seminar from now on (None: no seminar open)."""
        self.seminarId = seminar_id
        self._origin = None
        self.current = -1
        self.refresh()

    def setOrigin(self, group_id: int, point_index: int = -1, position: int = 0) -> None:
        """Where the user is: the next search starts there instead of at the top (or at the last match)."""
        self._origin = (group_id, point_index, position)
        self.current = -1

    def activate(self) -> None:
        """Show the bar with the query selected, for Ctrl+F; a query kept from before
        is searched again and its first match from the origin shown."""
        self.show()
        if self.edit.text().strip():
            self._research(emit=True)
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.edit.selectAll()

    def query(self) -> str:
        return self.edit.text()

    def refresh(self) -> None:
        """Re-read the seminar after an edit; updates the count without moving the user's cursor."""
        self._research(emit=False)

    def _research(self, emit: bool) -> None:
        """Search again, staying at (or just after) the current match."""
        here = self.matches[self.current].place() if 0 <= self.current < len(self.matches) else self._origin
        self.matches = self._collect()
        self.current = self._firstAtOrAfter(here) if self.matches else -1
        self._update(emit)

    def findNext(self) -> None:
        self._step(1)

    def _stepFromAction(self, step: int) -> None:
        focus = QApplication.focusWidget()
        if focus is not None and not self.isAncestorOf(focus):
            self.aboutToStep.emit(step)
        self._step(step)

    def findPrevious(self) -> None:
        self._step(-1)

    # --- searching ----------------------------------------------------------------------

    def _collect(self) -> list[Match]:
        needle = self.edit.text()
        self._order = []
        if self.seminarId is None or not needle.strip():
            return []
        # Two reads per search, whatever the seminar's size: ids from the tree, texts from the
        # document, which lists sessions and groups in the same order.
        tree = self.library.seminar_tree(self.seminarId)
        shape = [len(session.groups) for session in tree]
        texts: list[list[list[Point]]] = [[[] for _ in session.groups] for session in tree]
        if any(group.point_count for session in tree for group in session.groups):
            doc = self.library.seminar_doc(self.seminarId)
            if [len(session.groups) for session in doc.sessions] == shape:
                texts = [[group.points for group in session.groups] for session in doc.sessions]
            else:  # another program changed the seminar between the two reads
                texts = [[self.library.points(group.id) for group in session.groups] for session in tree]
        matches: list[Match] = []
        for session, session_texts in zip(tree, texts, strict=True):
            for group, points in zip(session.groups, session_texts, strict=True):
                self._order.append(group.id)
                matches += [Match(group.id, -1, s, n) for s, n in find_all(needle, group.name)]
                for i, point in enumerate(points):
                    matches += [Match(group.id, i, s, n) for s, n in find_all(needle, point.text)]
        return matches

    def _key(self, place: tuple[int, int, int]) -> tuple[int, int, int]:
        group, point, start = place
        return (self._order.index(group) if group in self._order else -1, point, start)

    def _firstAtOrAfter(self, place: tuple[int, int, int] | None) -> int:
        if place is None:
            return 0
        key = self._key(place)
        for i, match in enumerate(self.matches):
            if self._key(match.place()) >= key:
                return i
        return 0  # wrap

    def _step(self, delta: int) -> None:
        if self.current < 0 or not self.matches:  # fresh from setOrigin: the first match from there
            self._research(emit=False)
            if not self.matches:
                return
            if delta < 0:
                self.current = (self.current - 1) % len(self.matches)
            self._update(emit=True)
            return
        self.current = (self.current + delta) % len(self.matches)
        self._update(emit=True)

    def _queryChanged(self, _text: str) -> None:
        self._research(emit=True)

    def _update(self, emit: bool = False) -> None:
        text = self.edit.text()
        if not text.strip():
            self.countLabel.setText("")
        elif not self.matches:
            self.countLabel.setText(self.tr("No matches"))
        else:
            self.countLabel.setText(self.tr("%1 of %2").replace("%1", str(self.current + 1))
                                    .replace("%2", str(len(self.matches))))
        enabled = bool(self.matches)
        self.nextAction.setEnabled(enabled)
        self.previousAction.setEnabled(enabled)
        if emit and 0 <= self.current < len(self.matches):
            match = self.matches[self.current]
            self.matchFound.emit(match.group_id, match.point_index, match.start, match.length)

    # --- keys ---------------------------------------------------------------------------

    def dismiss(self) -> None:
        """Hide the bar and tell the window, which puts the focus back in the editor."""
        self.hide()
        self.closed.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.dismiss()
            return
        super().keyPressEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.KeyPress:
            key = event.key()  # type: ignore[attr-defined] - PySide hands over a QKeyEvent
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)  # type: ignore[attr-defined]
                self._step(-1 if shift else 1)
                return True
            if key == Qt.Key.Key_F3:  # reached here only when the window has not taken F3 as a shortcut
                shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)  # type: ignore[attr-defined]
                self._step(-1 if shift else 1)
                return True
            if key == Qt.Key.Key_Escape:
                self.dismiss()
                return True
        return super().eventFilter(watched, event)
