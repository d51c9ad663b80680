"""The point editor's QTextDocument read as a list of points, and kept in step with it.

While the user types, the document is the truth: Qt's changes are only noted, then
read back when the editor records an undo step (`scan`), and typing inside one point
re-reads that block alone. Structure commands go the other way: `apply` writes a new
list, touching only the blocks that differ, so a group of hundreds of points stays
instant. Cursors as points are in cursor.py.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtGui import QTextCursor, QTextDocument

from seminarnotes.core.outline import KINDS, Point, clamp_levels, common_ends
from seminarnotes.ui.editor.look import (
    HighlightItalics,
    block_format,
    block_kind,
    block_level,
    block_matches,
    block_point,
    block_text,
)

EMPTY = [Point("")]  # what an editor without points holds


def safe_points(points: list[Point]) -> list[Point]:
    """Points from outside made safe: known kinds, whole levels, the rules."""
    fixed = [
        Point(
            str(p.text),
            p.level if isinstance(p.level, int) and not isinstance(p.level, bool) else 0,
            p.kind if p.kind in KINDS else "point",
        )
        for p in points
    ]
    return clamp_levels(fixed) or list(EMPTY)


class PointDocument:
    """A QTextDocument with one block per point, and `points`: what it holds, as last
    read or written, always obeying the level rules."""

    def __init__(self, document: QTextDocument, on_user_edit: Callable[[], None],
                 on_rewrite: Callable[[], None]) -> None:
        """`on_user_edit` is called when the user first changes the document after a
        read-back; `on_rewrite` after `apply` changed blocks (to repaint the bullets)."""
        self.document = document
        self.points: list[Point] = list(EMPTY)
        self.scale = 1.0  # of the blocks' indents and spacing (look.block_format): the text's zoom
        self.pending = False  # user changes in the document not read back yet
        self.writing = False  # True while the editor itself changes the document
        self._changes: list[tuple[int, int, int]] = []
        self._on_user_edit = on_user_edit
        self._on_rewrite = on_rewrite
        self._italics = HighlightItalics(document)
        document.contentsChange.connect(self._on_contents_change)

    @contextmanager
    def own_changes(self) -> Iterator[None]:
        """Changes made inside are the editor's own, not the user's."""
        self.writing = True
        try:
            yield
        finally:
            self.writing = False

    def load(self, points: list[Point]) -> None:
        """Replace the whole document with `points` (already safe) and forget any edits."""
        document = self.document
        with self.own_changes():
            document.clear()
            cursor = QTextCursor(document)
            cursor.beginEditBlock()
            for index, point in enumerate(points):
                if index:
                    cursor.insertBlock(block_format(point.level, point.kind, self.scale))
                else:
                    cursor.setBlockFormat(block_format(point.level, point.kind, self.scale))
                cursor.insertText(block_text(point))
            cursor.endEditBlock()
        self.points = points
        self.pending, self._changes = False, []

    def rescale(self, scale: float) -> None:
        """Indents and spacing for text `scale` times the normal size (zoom): every
        block's format again, as the editor's own change (no undo step, no save)."""
        if scale == self.scale:
            return
        self.scale = scale
        document = self.document
        cursor = QTextCursor(document)
        with self.own_changes():
            cursor.beginEditBlock()
            block = document.firstBlock()
            while block.isValid():
                cursor.setPosition(block.position())
                cursor.setBlockFormat(block_format(block_level(block), block_kind(block), scale))
                block = block.next()
            cursor.endEditBlock()
        self._on_rewrite()

    def _on_contents_change(self, position: int, removed: int, added: int) -> None:
        if self.writing:
            return
        self._changes.append((position, removed, added))
        if not self.pending:
            self.pending = True
            self._on_user_edit()

    def scan(self) -> list[Point]:
        """The outline after the user's edits. Typing inside one point re-reads only that
        block; anything else re-reads all and repairs the levels. Returns the very same
        list object when nothing changed (so typing undo steps may still merge)."""
        changes, self._changes, self.pending = self._changes, [], False
        document = self.document
        if len(changes) == 1 and document.blockCount() == len(self.points):
            position, _, added = changes[0]
            block = document.findBlock(position)
            if block.isValid() and block.contains(position + added):
                index = block.blockNumber()
                point = block_point(block)
                if point == self.points[index]:
                    return self.points
                after = list(self.points)
                after[index] = point
                self.points = after
                return after
        previous = self.points
        self.resync()
        if self.points == previous:
            self.points = previous
        return self.points

    def resync(self) -> None:
        """Read every block; lower levels that break the rules (e.g. after deleting a
        selection across points) in the document too."""
        self._changes, self.pending = [], False
        document = self.document
        raw = [block_point(document.findBlockByNumber(k)) for k in range(document.blockCount())]
        fixed = clamp_levels(raw)
        self.points = raw
        if fixed != raw:
            self.apply(fixed)
        self.points = fixed

    def apply(self, new: list[Point]) -> None:
        """Make the document hold `new`, touching only the blocks that differ from
        `points` (the common start and end are left alone)."""
        old = self.points
        n, m = len(old), len(new)
        a, b = common_ends(old, new)
        old_count, new_count = n - a - b, m - a - b
        if old_count == 0 and new_count == 0:
            self.points = new
            return
        document = self.document
        cursor = QTextCursor(document)
        with self.own_changes():
            cursor.beginEditBlock()
            try:
                if new_count > old_count:
                    if a + old_count > 0:
                        block = document.findBlockByNumber(a + old_count - 1)
                        cursor.setPosition(block.position() + block.length() - 1)
                    else:
                        cursor.setPosition(0)
                    for _ in range(new_count - old_count):
                        cursor.insertBlock()
                elif old_count > new_count:
                    first = document.findBlockByNumber(a + new_count)
                    stop = a + old_count
                    if stop < document.blockCount():
                        cursor.setPosition(first.position())
                        cursor.setPosition(document.findBlockByNumber(stop).position(),
                                           QTextCursor.MoveMode.KeepAnchor)
                    else:
                        previous = first.previous()
                        cursor.setPosition(previous.position() + previous.length() - 1)
                        cursor.setPosition(document.characterCount() - 1, QTextCursor.MoveMode.KeepAnchor)
                    cursor.removeSelectedText()
                # Rewrite the changed blocks, and the next one: a split or a merge may
                # have given it another block's format.
                for k in range(a, min(m, a + new_count + 1)):
                    self._write_block(cursor, k, new[k])
            finally:
                cursor.endEditBlock()
        self.points = new
        self._on_rewrite()

    def _write_block(self, cursor: QTextCursor, number: int, point: Point) -> None:
        block = self.document.findBlockByNumber(number)
        text = block_text(point)
        if block.text() != text:
            cursor.setPosition(block.position())
            cursor.setPosition(block.position() + block.length() - 1, QTextCursor.MoveMode.KeepAnchor)
            cursor.insertText(text) if text else cursor.removeSelectedText()
            block = self.document.findBlockByNumber(number)
        if not block_matches(block, point):
            cursor.setPosition(block.position())
            cursor.setBlockFormat(block_format(point.level, point.kind, self.scale))
            self._italics.rehighlightBlock(block)
