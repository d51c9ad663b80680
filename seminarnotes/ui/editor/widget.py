"""The outline editor: one group's points in one rich-text area (EDITOR.md).

Each point is one QTextBlock whose format carries its level and kind
(look.py). Typing goes through QTextEdit as usual and is recorded as a small
"Typing" step; structure keys (Enter, Tab, Backspace at a point's start, moves,
highlight, paste; see keys.py) compute the new outline with the pure rules in
`core.outline`, and document.py writes only the blocks that differ, so a group
of hundreds of points stays instant. One QUndoStack of snapshots holds every step.

`points()` is the outline the library stores: always obeying the level rules.
An editor holding one empty point (what a new group shows) means no points, [];
empty points among others are kept, as the user typed them.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QMimeData, QPoint, QPointF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QContextMenuEvent,
    QFont,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QPalette,
    QTextCursor,
    QUndoStack,
)
from PySide6.QtWidgets import QApplication, QMenu, QTextEdit, QWidget

from seminarnotes.core.outline import (
    Point,
    cut_points,
    indent,
    insert_lines,
    insert_points,
    insert_text,
    merge_with_previous,
    move_order,
    outdent,
    remove_points,
    replace_points,
    split_point,
    toggle_highlight,
)
from seminarnotes.ui.editor.clipboard import (
    one_line,
    plain_text_of,
    points_between,
    points_from_mime,
    points_to_mime,
    whole_points_selected,
)
from seminarnotes.ui.editor.cursor import (
    CursorState,
    cursor_at,
    cursor_state,
    py_index,
    selected_points,
    selected_range,
    utf16_len,
)
from seminarnotes.ui.editor.document import PointDocument, safe_points
from seminarnotes.ui.editor.keys import WINDOW, KeySet, key_command
from seminarnotes.ui.editor.look import LINE_SEPARATOR, paint_outline
from seminarnotes.ui.editor.undo_steps import SnapshotCommand, TypingCommand


class PointEditor(QTextEdit):
    """One group's points as a bulleted outline; see the module docstring."""

    edited = Signal(bool)
    """The points changed; True for a step that is saved at once (a new point, an
    indent, a highlight, a paste, an undo), False for typing inside a point."""
    groupNeeded = Signal(int)
    """An undo or redo belongs to another group: the window shows that group first."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptRichText(False)
        self.setUndoRedoEnabled(False)  # one history: ours
        self.setTabChangesFocus(False)
        self._stack = QUndoStack(self)
        self._ownStack = True
        self._group: int | None = None
        self._resolve: Callable[[int], int] = lambda group: group
        self._undoHandlers: tuple[Callable[[], None], Callable[[], None]] | None = None
        self._windowKeys: KeySet = frozenset()
        self._cursor = CursorState(0, 0, 0, 0)  # cursor as of the last recorded state
        # Qt's own edits (input methods, drops, the context menu) are recorded once
        # control is back in the event loop, unless a key handler records them first.
        self._doc = PointDocument(self.document(), on_user_edit=lambda: QTimer.singleShot(0, self, self._flush),
                                  on_rewrite=lambda: self.viewport().update())
        self.cursorPositionChanged.connect(self._onCursorMoved)
        self._keyHandlers: dict[str, Callable[[], None]] = {
            "enter": self._enter, "linebreak": self._lineBreak, "indent": self.indentPoints,
            "outdent": self.outdentPoints, "backspace": self._backspaceAtStart,
            "up": self.movePointUp, "down": self.movePointDown, "highlight": self.toggleHighlight,
            "undo": self._undo, "redo": self._redo, "paste": self.paste,
            "pasteplain": self.pastePlain, "cut": self.cut,
        }
        self._normalFont = QFont(self.font())  # the size zoom 1.0 means
        self._makeActions()
        self.setPoints([])

    # ----- the API the window uses -------------------------------------------------

    def setPoints(self, points: list[Point], group: int | None = None) -> None:
        """Show these points (of `group`), the cursor at the end of the last one; not
        reported as an edit. An editor with its own undo history forgets it."""
        self._doc.load(safe_points(points))
        self._group = group
        self.moveToEnd()
        if self._ownStack:
            self._stack.clear()
        self._updateActions()

    def group(self) -> int | None:
        """The group whose points are shown (as the window last set it)."""
        return self._group

    def setGroup(self, group: int | None) -> None:
        """The points shown now belong to `group` (e.g. a copy made to keep both texts)."""
        self._group = group

    def shareUndoStack(self, stack: QUndoStack, resolve: Callable[[int], int],
                       undo: Callable[[], None], redo: Callable[[], None]) -> None:
        """Record into the window's one history instead of our own. `resolve` maps a
        group id a step remembers to the group's id now (a deleted group comes back
        under a new id); Ctrl+Z and Ctrl+Shift+Z call `undo` and `redo`."""
        self._stack, self._ownStack, self._resolve = stack, False, resolve
        self._undoHandlers = (undo, redo)

    def setWindowKeys(self, keys: KeySet) -> None:
        """Keys the window owns (keys.window_keys of its actions): the editor leaves them
        to the window, even where no action takes them (EDITOR.md)."""
        self._windowKeys = keys

    def recordPending(self) -> None:
        """Record Qt's own edits not recorded yet (before an undo, or a save)."""
        self._flush()

    def cursorState(self) -> CursorState:
        """Where the cursor is, as (point, offset), to come back to later."""
        return self._cursorState()

    def restoreCursor(self, state: CursorState) -> None:
        """Put the cursor back where `cursorState` found it (clamped to the points)."""
        with self._doc.own_changes():
            self._setCursorState(state)

    def atEnd(self) -> bool:
        """Whether the cursor is at the end of the last point, with nothing selected."""
        cursor = self.textCursor()
        return not cursor.hasSelection() and cursor.atEnd()

    def moveToEnd(self) -> None:
        """The cursor at the end of the last point, where the next point is typed."""
        with self._doc.own_changes():
            cursor = QTextCursor(self.document())
            cursor.movePosition(QTextCursor.MoveOperation.End)
            self.setTextCursor(cursor)
        self._cursor = self._cursorState()
        self.ensureCursorVisible()

    def points(self) -> list[Point]:
        """The current outline, obeying the level rules; [] for an empty editor."""
        self._flush()
        if len(self._points) == 1 and not self._points[0].text:
            return []
        return list(self._points)

    @property
    def _points(self) -> list[Point]:
        """The outline the document holds, as last read back or written."""
        return self._doc.points

    def setTextScale(self, scale: float) -> None:
        """Zoom: the text `scale` times its normal size, with bullets, indents and spacing
        in step; the points, the cursor and the undo history stay as they are."""
        font = QFont(self._normalFont)
        if font.pointSizeF() > 0:
            font.setPointSizeF(self._normalFont.pointSizeF() * scale)
        else:
            font.setPixelSize(max(1, round(self._normalFont.pixelSize() * scale)))
        self.setFont(font)
        self._doc.rescale(scale)
        self.ensureCursorVisible()

    def textScale(self) -> float:
        return self._doc.scale

    def rewriting(self) -> bool:
        """True while the editor itself rewrites its document (an outline key, undo, a
        paste): then block formats change too, which QTextDocument's contentsChange does
        not report."""
        return self._doc.writing

    def undoStack(self) -> QUndoStack:
        return self._stack

    def currentPointIndex(self) -> int:
        """Index in points() of the point with the cursor; -1 when there are none. Read
        from the document as it is: asking records no undo step."""
        document = self.document()
        if document.blockCount() == 1 and not document.firstBlock().text():
            return -1
        return self.textCursor().blockNumber()

    def setCurrentPoint(self, index: int) -> None:
        """Put the cursor at the start of point `index` (clamped) and show it."""
        self._flush()
        block = self.document().findBlockByNumber(max(0, min(index, self.document().blockCount() - 1)))
        self.setTextCursor(QTextCursor(block))
        self.ensureCursorVisible()

    def selectInPoint(self, index: int, start: int, length: int) -> None:
        """Select `length` characters from `start` (Python offsets into the point's text)
        in point `index`, e.g. a match of the find bar, and show them."""
        self.setCurrentPoint(index)
        block = self.textCursor().block()
        text = block.text()
        begin = block.position() + utf16_len(text[:start])
        cursor = QTextCursor(block)
        cursor.setPosition(begin)
        cursor.setPosition(begin + utf16_len(text[start:start + length]), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    def highlightAction(self) -> QAction:
        return self._highlight

    def moveUpAction(self) -> QAction:
        return self._moveUp

    def moveDownAction(self) -> QAction:
        return self._moveDown

    def indentAction(self) -> QAction:
        return self._indent

    def outdentAction(self) -> QAction:
        return self._outdent

    def pastePlainAction(self) -> QAction:
        return self._pastePlain

    # ----- actions ----------------------------------------------------------------

    def _makeActions(self) -> None:
        def make(shortcuts: list[QKeySequence], slot) -> QAction:
            action = QAction(self)
            action.setShortcuts(shortcuts)
            # Active only while the editor has focus, so the tree can use the same keys.
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)
            return action

        seq = QKeySequence
        self._highlight = make([seq("Ctrl+H")], self.toggleHighlight)
        self._highlight.setCheckable(True)
        self._moveUp = make([seq("Alt+Shift+Up"), seq("Ctrl+Shift+Up")], self.movePointUp)
        self._moveDown = make([seq("Alt+Shift+Down"), seq("Ctrl+Shift+Down")], self.movePointDown)
        self._indent = make([seq("Tab")], self.indentPoints)
        self._outdent = make([seq("Shift+Tab")], self.outdentPoints)
        self._pastePlain = make([seq("Ctrl+Shift+V")], self.pastePlain)
        self._retranslate()

    def _retranslate(self) -> None:
        self._highlight.setText(self.tr("Mark as highlight"))
        self._moveUp.setText(self.tr("Move point up"))
        self._moveDown.setText(self.tr("Move point down"))
        self._indent.setText(self.tr("Indent point"))
        self._outdent.setText(self.tr("Outdent point"))
        self._pastePlain.setText(self.tr("Paste as plain text"))
        self._hint = self.tr("Type the group's points: Enter for the next point, "
                             "Tab for a sub-point, Ctrl+H for a highlight")
        self.viewport().update()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _updateActions(self) -> None:
        block = self.textCursor().blockNumber()
        if 0 <= block < len(self._points):
            self._highlight.setChecked(self._points[block].kind == "highlight")

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        """Our undo and outline actions instead of QTextEdit's (its undo is off)."""
        menu = QMenu(self)
        menu.addAction(self.tr("Undo"), self._undo).setEnabled(self._stack.canUndo())
        menu.addAction(self.tr("Redo"), self._redo).setEnabled(self._stack.canRedo())
        menu.addSeparator()
        has_selection = self.textCursor().hasSelection()
        menu.addAction(self.tr("Cut"), self.cut).setEnabled(has_selection)
        menu.addAction(self.tr("Copy"), self.copy).setEnabled(has_selection)
        menu.addAction(self.tr("Paste"), self.paste).setEnabled(self.canPaste())
        menu.addAction(self._pastePlain)
        menu.addSeparator()
        for action in (self._highlight, self._indent, self._outdent, self._moveUp, self._moveDown):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.tr("Select All"), self.selectAll)
        menu.exec(event.globalPos())
        menu.deleteLater()

    # ----- keys -------------------------------------------------------------------

    def _atPointStart(self) -> bool:
        cursor = self.textCursor()
        return not cursor.hasSelection() and cursor.positionInBlock() == 0

    def event(self, event: QEvent) -> bool:
        # Decide before Qt's shortcut map: outline keys are ours while typing,
        # window keys never are (their QActions must fire).
        if event.type() == QEvent.Type.ShortcutOverride:
            command = key_command(event, self._atPointStart, self._windowKeys)  # type: ignore[arg-type]
            if command == WINDOW:
                event.ignore()
                return True
            if command is not None:
                event.accept()
                return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        command = key_command(event, self._atPointStart, self._windowKeys)
        if command == WINDOW:
            event.ignore()  # up to the window
            return
        if command is not None:
            self._keyHandlers[command]()
            event.accept()
            return
        self._flush()
        before = self._cursorState()
        super().keyPressEvent(event)
        typed = event.text()
        name = self.tr("Typing") if typed and typed.isprintable() else self.tr("Delete")
        self._record(name, before, typed or "\b", typing=True)

    def inputMethodEvent(self, event) -> None:
        """Text from an input method (dead keys, compose) is typing like any other."""
        self._flush()
        before = self._cursorState()
        super().inputMethodEvent(event)
        self._record(self.tr("Typing"), before, event.commitString() or "\b", typing=True)

    # ----- structure commands -----------------------------------------------------

    def _enter(self) -> None:
        """New point after this one at the same level, splitting at the cursor; on an
        empty point outdent it (an empty level-0 point stays as it is)."""
        before, cursor_before = self._begin(delete_selection=True)
        i, offset = self._here()
        point = self._points[i]
        new, at = split_point(self._points, i, py_index(point.text, offset))
        if point.text:
            name = self.tr("New point")
        else:
            name = self.tr("Outdent") if new != self._points else self.tr("Delete")  # a deleted selection
        self._finish(name, before, cursor_before, new, CursorState(at, 0, at, 0))

    def _lineBreak(self) -> None:
        """Shift+Enter: a line break inside the point (U+2028, "\\n" in points())."""
        self._flush()
        before = self._cursorState()
        cursor = self.textCursor()
        cursor.insertText(LINE_SEPARATOR)
        self.setTextCursor(cursor)
        self._record(self.tr("Typing"), before, "\n", typing=True)

    def _backspaceAtStart(self) -> None:
        """Backspace at a point's start: outdent if indented, else merge into the one above."""
        before, cursor_before = self._begin()
        i, _ = self._here()
        point = self._points[i]
        if point.level > 0:
            self._finish(self.tr("Outdent"), before, cursor_before, outdent(self._points, i), cursor_before)
            return
        if i == 0:
            return
        new, join = merge_with_previous(self._points, i)
        end = utf16_len(new[i - 1].text[:join])
        name = self.tr("Merge points") if point.text else self.tr("Delete point")
        self._finish(name, before, cursor_before, new, CursorState(i - 1, end, i - 1, end))

    def indentPoints(self) -> None:
        """Tab: indent the selected points with their sub-points, where the rules allow."""
        before, cursor_before = self._begin()
        start, end = selected_range(self.textCursor())
        self._finish(self.tr("Indent"), before, cursor_before, indent(before, start, end), cursor_before)

    def outdentPoints(self) -> None:
        """Shift+Tab: outdent the selected points with their sub-points."""
        before, cursor_before = self._begin()
        start, end = selected_range(self.textCursor())
        self._finish(self.tr("Outdent"), before, cursor_before, outdent(before, start, end), cursor_before)

    def movePointUp(self) -> None:
        self._move(up=True)

    def movePointDown(self) -> None:
        self._move(up=False)

    def _move(self, up: bool) -> None:
        """Swap the cursor's point (with its sub-points) with its sibling above/below."""
        before, cursor_before = self._begin()
        order = move_order(before, cursor_before.block, up)
        where = {old: new for new, old in enumerate(order)}
        cursor_after = CursorState(where[cursor_before.anchor_block], cursor_before.anchor_offset,
                                   where[cursor_before.block], cursor_before.offset)
        name = self.tr("Move point up") if up else self.tr("Move point down")
        self._finish(name, before, cursor_before, [before[k] for k in order], cursor_after)

    def toggleHighlight(self) -> None:
        """Ctrl+H: mark the selected points as highlights, or unmark them if all are."""
        before, cursor_before = self._begin()
        start, end = selected_range(self.textCursor())
        new = toggle_highlight(before, start, end)
        name = self.tr("Mark as highlight") if new[start].kind == "highlight" else self.tr("Remove highlight")
        self._finish(name, before, cursor_before, new, cursor_before)
        self._updateActions()

    def _undo(self) -> None:
        self._flush()
        self._undoHandlers[0]() if self._undoHandlers else self._stack.undo()

    def _redo(self) -> None:
        self._flush()
        self._undoHandlers[1]() if self._undoHandlers else self._stack.redo()

    # ----- clipboard --------------------------------------------------------------

    def createMimeDataFromSelection(self) -> QMimeData:
        """Part of one point: its plain text. Whole points, or a selection across points:
        a tab per level, plus our own type so levels and highlights survive a paste
        inside the program."""
        cursor = self.textCursor()
        document = self.document()
        whole = whole_points_selected(cursor)
        if whole is not None:
            return points_to_mime(points_between(document, *whole))
        if document.findBlock(cursor.selectionStart()) == document.findBlock(cursor.selectionEnd()):
            mime = QMimeData()
            mime.setText(cursor.selectedText().replace(LINE_SEPARATOR, "\n"))
            return mime
        return points_to_mime(selected_points(cursor))

    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        return points_from_mime(source) is not None or source.hasText() or source.hasHtml()

    def insertFromMimeData(self, source: QMimeData) -> None:
        """Paste and drop: copied points arrive as whole points with their own levels
        and kinds (`_pastePoints`); several lines become points at the cursor's level;
        one line goes into the current point. Never formatting."""
        incoming = points_from_mime(source)
        if incoming is not None:
            self._pastePoints(incoming)
            return
        before, cursor_before = self._begin(delete_selection=True, resync=True)
        text = plain_text_of(source)
        lines = [line for line in text.split("\n") if line.strip()]
        if len(lines) <= 1:
            self._insertInline(before, cursor_before, one_line(text))
            return
        i, offset = self._here()
        new, last = insert_lines(self._points, i, py_index(self._points[i].text, offset), text)
        end = utf16_len(new[last].text)
        self._finish(self.tr("Paste"), before, cursor_before, new, CursorState(last, end, last, end))

    def _pastePoints(self, incoming: list[Point]) -> None:
        """Our own points: they replace selected whole points or an empty point, else
        stand before the point when the cursor is at its start and after it anywhere
        else (a paste of points never splits a point's text; core.outline.insert_points)."""
        whole = whole_points_selected(self.textCursor())
        before, cursor_before = self._begin(delete_selection=whole is None, resync=True)
        if whole is not None:
            new, last = replace_points(before, *whole, incoming)
        else:
            outline, i, offset = self._withoutDragResidue(before, incoming)
            new, last = insert_points(outline, i, offset, incoming)
        end = utf16_len(new[last].text)
        self._finish(self.tr("Paste"), before, cursor_before, new, CursorState(last, end, last, end))

    def _withoutDragResidue(self, before: list[Point], incoming: list[Point]) -> tuple[list[Point], int, int]:
        """The outline to paste into and the cursor in it, as (outline, point, Python offset).

        A drag of whole points inside the editor reaches here after Qt removed their text,
        which leaves one empty point where they were: that point goes too, so a move
        leaves nothing empty behind."""
        now, (i, offset) = self._points, self._here()
        offset = py_index(now[i].text, offset)
        n = len(incoming)
        if now == before or len(now) != len(before) - n + 1:
            return now, i, offset
        texts = [p.text for p in incoming]
        for s in range(len(now)):
            if (not now[s].text and [p.text for p in before[s:s + n]] == texts
                    and [p.text for p in now[:s]] == [p.text for p in before[:s]]
                    and [p.text for p in now[s + 1:]] == [p.text for p in before[s + n:]]):
                if i == s:  # dropped where they were
                    return remove_points(now, s, s + 1), s, 0
                return remove_points(now, s, s + 1), i - (i > s), offset
        return now, i, offset

    def pastePlain(self) -> None:
        """Ctrl+Shift+V: the clipboard as plain text into the current point."""
        mime = QApplication.clipboard().mimeData()
        if mime is None:
            return
        text = one_line(plain_text_of(mime))
        before, cursor_before = self._begin(delete_selection=True)
        self._insertInline(before, cursor_before, text)

    def _insertInline(self, before: list[Point], cursor_before: CursorState, text: str) -> None:
        i, offset = self._here()
        new, joined = insert_text(self._points, i, py_index(self._points[i].text, offset), text)
        end = utf16_len(new[i].text[:joined])
        self._finish(self.tr("Paste"), before, cursor_before, new, CursorState(i, end, i, end))

    def cut(self) -> None:
        """Cut as one named undo step (QTextEdit's own would be a nameless edit). Whole
        points go with their levels and kinds, and leave no empty point behind."""
        if not self.textCursor().hasSelection():
            return
        self.copy()
        whole = whole_points_selected(self.textCursor())
        if whole is not None:
            before, cursor_before = self._begin()
            new, at, at_end = cut_points(before, *whole)
            offset = utf16_len(new[at].text) if at_end else 0
            self._finish(self.tr("Cut"), before, cursor_before, new, CursorState(at, offset, at, offset))
            return
        before, cursor_before = self._begin(delete_selection=True)
        i, offset = self._here()
        self._finish(self.tr("Cut"), before, cursor_before, self._points, CursorState(i, offset, i, offset))

    # ----- recording and applying -------------------------------------------------

    def _begin(self, delete_selection: bool = False, resync: bool = False) -> tuple[list[Point], CursorState]:
        """Start a structure step: record pending typing, note the state before, and
        (for Enter and paste) remove the selection as part of this step."""
        self._flush()
        before, cursor_before = self._points, self._cursorState()
        if resync:
            # A drop removes the dragged text before it pastes, inside one Qt edit
            # block whose signals come later: read the document as it is now.
            self._doc.resync()
        cursor = self.textCursor()
        if delete_selection and cursor.hasSelection():
            with self._doc.own_changes():
                cursor.removeSelectedText()
                self.setTextCursor(cursor)
            self._doc.resync()
        return before, cursor_before

    def _finish(self, name: str, before: list[Point], cursor_before: CursorState,
                new: list[Point], cursor_after: CursorState) -> None:
        """Write `new` (already obeying the rules) and record it as one undo step."""
        if new == before and self._points == before:
            return
        self._doc.apply(new)
        self._setCursorState(cursor_after)
        self._stack.push(SnapshotCommand(self, name, before, self._points, cursor_before, cursor_after, self._group))
        self.edited.emit(True)

    def restoreSnapshot(self, points: list[Point], cursor: CursorState, group: int | None = None) -> None:
        """Undo/redo: bring the document back to a recorded outline and cursor, in
        the step's own group (the window shows it first when needed)."""
        self._flush()
        if group is not None and self._resolve(group) != self._group:
            self.groupNeeded.emit(self._resolve(group))
            if self._resolve(group) != self._group:
                return  # the group is gone; nothing to put back
        self._doc.apply(points)
        self._setCursorState(cursor)
        self._updateActions()
        self.edited.emit(True)

    def _onCursorMoved(self) -> None:
        if self._doc.writing:
            return
        if not self._doc.pending:
            self._cursor = self._cursorState()
        self._updateActions()

    def _flush(self) -> None:
        """Record changes Qt made to the document that no key handler recorded."""
        self._record(self.tr("Edit"), self._cursor, "", typing=False)

    def _record(self, name: str, cursor_before: CursorState, typed: str, typing: bool) -> None:
        """Record the user's change to the document, if any, as an undo step (typing merges)."""
        if not self._doc.pending:
            return
        before = self._points
        after = self._doc.scan()
        cursor_after = self._cursorState()
        self._cursor = cursor_after
        if after is before:
            return
        if typing:
            command: SnapshotCommand = TypingCommand(self, name, before, after, cursor_before, cursor_after, typed,
                                                     self._group)
        else:
            command = SnapshotCommand(self, name, before, after, cursor_before, cursor_after, self._group)
        self._stack.push(command)
        self.edited.emit(not typing)

    # ----- cursor -----------------------------------------------------------------

    def _here(self) -> tuple[int, int]:
        cursor = self.textCursor()
        return cursor.blockNumber(), cursor.positionInBlock()

    def _cursorState(self) -> CursorState:
        return cursor_state(self.textCursor())

    def _setCursorState(self, state: CursorState) -> None:
        self.setTextCursor(cursor_at(self.document(), state))
        self._cursor = self._cursorState()
        self.ensureCursorVisible()

    # ----- painting ---------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        """Bullets and highlight shading under the text, then the text itself."""
        painter = QPainter(self.viewport())
        offset = QPointF(-self.horizontalScrollBar().value(), -self.verticalScrollBar().value())
        first = self.cursorForPosition(QPoint(0, 0)).block()
        if first.previous().isValid():
            first = first.previous()
        paint_outline(painter, self.document(), first, offset, self.viewport().height(), self.palette(),
                      self._doc.scale)
        painter.end()
        super().paintEvent(event)
        block = self.document().firstBlock()
        if self.document().isEmpty() and self._hint and block.layout().lineCount():
            # QTextEdit's placeholder ignores the block's indent; this one starts where typing does.
            painter = QPainter(self.viewport())
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            line = block.layout().lineAt(0)
            x = self.document().documentMargin() + block.blockFormat().leftMargin() + offset.x()
            y = block.layout().position().y() + line.y() + line.ascent() + offset.y()
            width = self.viewport().width() - x
            painter.drawText(QPointF(x, y), self.fontMetrics().elidedText(self._hint, Qt.TextElideMode.ElideRight,
                                                                           int(width)))
            painter.end()


if __name__ == "__main__":  # a look at the editor: python -m seminarnotes.ui.editor.widget
    import sys

    app = QApplication(sys.argv)
    editor = PointEditor()
    editor.setPoints([
        Point("Samverkan med skolan fungerar bättre när vi träffas regelbundet"),
        Point("Gemensamma möten varannan månad", 1), Point("Rektor och socialtjänst", 2),
        Point("Västerås: en kontaktperson per skola, som alla känner till", 1, "highlight"),
        Point("Svårt att nå föräldrarna\nsärskilt på kvällstid"), Point("Mer tid behövs för uppföljning"),
    ])
    editor.resize(720, 420)
    editor.setWindowTitle("PointEditor")
    editor.show()
    sys.exit(app.exec())
