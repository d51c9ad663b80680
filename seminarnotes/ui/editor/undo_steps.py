"""Undo commands for the point editor: whole-outline snapshots, before and after.

A snapshot is the list of points plus where the cursor was, so every edit (typing,
a move, an indent, a paste) undoes the same way and the editor keeps one history.
Snapshots share their Point objects, so one costs a list of references, not a copy.
"""

from __future__ import annotations

import time
from typing import Protocol

from PySide6.QtGui import QUndoCommand

from seminarnotes.core.outline import Point
from seminarnotes.ui.editor.cursor import CursorState

TYPING_ID = 7301
TYPING_PAUSE = 2.0  # seconds without a key that close an undo step


class SnapshotTarget(Protocol):
    def restoreSnapshot(self, points: list[Point], cursor: CursorState, group: int | None) -> None: ...


class SnapshotCommand(QUndoCommand):
    """One named edit of the points of `group` (None for an editor on its own). The
    editor has already made it when the command is pushed, so the first redo()
    (QUndoStack.push calls it) does nothing. Undone while another group is shown,
    the editor first goes back to this one (the window's one history)."""

    def __init__(self, target: SnapshotTarget, name: str, before: list[Point], after: list[Point],
                 cursor_before: CursorState, cursor_after: CursorState, group: int | None = None) -> None:
        super().__init__(name)
        self._target = target
        self.before, self.after = before, after
        self.cursor_before, self.cursor_after = cursor_before, cursor_after
        self.group = group
        self._done = True

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self._target.restoreSnapshot(self.after, self.cursor_after, self.group)

    def undo(self) -> None:
        self._target.restoreSnapshot(self.before, self.cursor_before, self.group)


class TypingCommand(SnapshotCommand):
    """Typing in one point. Keys typed in a row merge into one step, which ends at a
    pause, when the cursor moved in between, or after a word and its space."""

    def __init__(self, target: SnapshotTarget, name: str, before: list[Point], after: list[Point],
                 cursor_before: CursorState, cursor_after: CursorState, typed: str, group: int | None = None) -> None:
        super().__init__(target, name, before, after, cursor_before, cursor_after, group)
        self.time = time.monotonic()
        self.ends_in_space = typed.isspace() if typed else False
        self.typed = typed

    def id(self) -> int:
        return TYPING_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, TypingCommand) or other.group != self.group:
            return False
        if other.cursor_before != self.cursor_after or other.before is not self.after:
            return False  # the cursor moved, or something else changed in between
        if other.cursor_before.block != self.cursor_before.block:
            return False  # another point
        if other.time - self.time > TYPING_PAUSE:
            return False
        if self.ends_in_space and not other.ends_in_space:
            return False  # a new word starts a new step
        self.after, self.cursor_after = other.after, other.cursor_after
        self.time, self.ends_in_space = other.time, other.ends_in_space
        return True
