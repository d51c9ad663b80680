"""Cursors and selections in the point editor as points: (point, offset) pairs that
survive a rewrite of the document, and the points a selection touches or holds.
Qt counts positions in UTF-16 units, Python in code points.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QTextCursor, QTextDocument

from seminarnotes.core.outline import Point
from seminarnotes.ui.editor.look import block_point


@dataclass(frozen=True, slots=True)
class CursorState:
    """Cursor and anchor as (point index, offset in the point's text)."""

    anchor_block: int
    anchor_offset: int
    block: int
    offset: int


def utf16_len(text: str) -> int:
    """Qt counts positions in UTF-16 units; Python in code points."""
    return len(text.encode("utf-16-le")) // 2


def py_index(text: str, utf16_offset: int) -> int:
    """The Python index of a Qt offset into `text`."""
    units = 0
    for index, char in enumerate(text):
        if units >= utf16_offset:
            return index
        units += 2 if ord(char) > 0xFFFF else 1
    return len(text)


def cursor_state(cursor: QTextCursor) -> CursorState:
    """Where a cursor and its anchor are, as (point index, offset in the point)."""
    anchor = cursor.document().findBlock(cursor.anchor())
    return CursorState(anchor.blockNumber(), cursor.anchor() - anchor.position(),
                       cursor.blockNumber(), cursor.positionInBlock())


def cursor_at(document: QTextDocument, state: CursorState) -> QTextCursor:
    """A cursor for a recorded state; points and offsets out of range are clamped."""
    def position(number: int, offset: int) -> int:
        block = document.findBlockByNumber(max(0, min(number, document.blockCount() - 1)))
        return block.position() + max(0, min(offset, block.length() - 1))

    cursor = QTextCursor(document)
    cursor.setPosition(position(state.anchor_block, state.anchor_offset))
    cursor.setPosition(position(state.block, state.offset), QTextCursor.MoveMode.KeepAnchor)
    return cursor


def selected_range(cursor: QTextCursor) -> tuple[int, int]:
    """The points the selection touches, as start..end (end exclusive); a selection
    ending at the very start of a point leaves that point out."""
    document = cursor.document()
    first = document.findBlock(cursor.selectionStart())
    last = document.findBlock(cursor.selectionEnd())
    start, end = first.blockNumber(), last.blockNumber()
    if end > start and cursor.selectionEnd() == last.position():
        end -= 1
    return start, end + 1


def selected_points(cursor: QTextCursor) -> list[Point]:
    """The selected parts of the points a selection spans, with their levels and kinds."""
    document = cursor.document()
    first = document.findBlock(cursor.selectionStart())
    last = document.findBlock(cursor.selectionEnd())
    selected: list[Point] = []
    block = first
    while block.isValid() and block.blockNumber() <= last.blockNumber():
        point = block_point(block)
        start = max(0, cursor.selectionStart() - block.position())
        stop = min(block.length() - 1, cursor.selectionEnd() - block.position())
        if block == last and stop == 0 and selected:
            break  # selection ends at the start of this point: not part of it
        text = point.text
        selected.append(Point(text[py_index(text, start):py_index(text, stop)], point.level, point.kind))
        block = block.next()
    return selected
