"""The undo commands of Structure: one per tree gesture, whose redo and undo are
Library calls, and the snapshots that let a deleted group or session come back whole.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from seminarnotes.core.outline import Point

if TYPE_CHECKING:
    from seminarnotes.ui.tree.structure import Structure

_RENAME_ID = 1


@dataclass
class GroupSnapshot:
    name: str
    points: list[Point]
    index: int
    group_id: int


@dataclass
class SessionSnapshot:
    name: str
    question: str
    index: int
    session_id: int
    groups: list[GroupSnapshot] = field(default_factory=list)

class Command(QUndoCommand):
    """A command that tells the views to refresh after it ran either way."""

    def __init__(self, structure: Structure, text: str) -> None:
        super().__init__(text)
        self.s = structure
        self.done = False  # made by Structure._run already: the redo() of push skips it

    def redo(self) -> None:
        if self.done:
            self.done = False
            return
        self.s.aboutToChange.emit()
        self.apply()
        self.s.changed.emit()

    def undo(self) -> None:
        self.s.aboutToChange.emit()
        self.revert()
        self.s.changed.emit()

    def apply(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError

    def points_removed(self, undo: bool) -> int:
        """Points that undoing (undo=True) or redoing this step takes out of the library."""
        return 0


class AddSession(Command):
    """Undo takes the session out with whatever it holds by then (groups typed into it
    since); redo puts exactly that back."""

    def __init__(self, s: Structure, seminar_id: int, name: str, index: int | None) -> None:
        super().__init__(s, QCoreApplication.translate("Structure", "Add session"))
        self.seminar_id, self.name, self.index = seminar_id, name, index
        self.session_id = 0
        self.snap: SessionSnapshot | None = None

    def apply(self) -> None:
        if self.snap is not None:
            self.s.restore_session(self.seminar_id, self.snap)
        else:
            self.session_id = self.s.library.add_session(self.seminar_id, self.name, index=self.index)

    def revert(self) -> None:
        session_id = self.s.resolve("session", self.session_id)
        self.snap = self.s.snapshot_session(session_id)
        self.s.library.delete_session(session_id)

    def points_removed(self, undo: bool) -> int:
        return self.s.point_count("session", self.session_id) if undo else 0


class AddGroup(Command):
    """Undo takes the group out with its name and points as they are by then; redo
    puts exactly that back (nothing typed into a new group is lost by undo and redo)."""

    def __init__(self, s: Structure, session_id: int, name: str, index: int | None) -> None:
        super().__init__(s, QCoreApplication.translate("Structure", "Add group"))
        self.session_id, self.name, self.index = session_id, name, index
        self.group_id = 0
        self.snap: GroupSnapshot | None = None

    def apply(self) -> None:
        session_id = self.s.resolve("session", self.session_id)
        if self.snap is not None:
            self.s.restore_group(session_id, self.snap)
        else:
            self.group_id = self.s.library.add_group(session_id, self.name, self.index)

    def revert(self) -> None:
        group_id = self.s.resolve("group", self.group_id)
        self.snap = self.s.snapshot_group(group_id)
        self.s.library.delete_group(group_id)

    def points_removed(self, undo: bool) -> int:
        return self.s.point_count("group", self.group_id) if undo else 0


class Rename(Command):
    """Renames typed in quick succession merge into one step."""

    def __init__(self, s: Structure, kind: str, id_: int, old: str, new: str, text: str) -> None:
        super().__init__(s, text)
        self.kind, self.id_, self.old, self.new = kind, id_, old, new

    def id(self) -> int:
        return _RENAME_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, Rename) or (other.kind, self.s.resolve(other.kind, other.id_)) != (
            self.kind, self.s.resolve(self.kind, self.id_)
        ):
            return False
        self.new = other.new
        return True

    def _set(self, name: str) -> None:
        id_ = self.s.resolve(self.kind, self.id_)
        if self.kind == "group":
            self.s.library.rename_group(id_, name)
        elif self.kind == "session":
            self.s.library.update_session(id_, name=name)
        else:
            self.s.library.update_seminar(id_, title=name)

    def apply(self) -> None:
        self._set(self.new)

    def revert(self) -> None:
        self._set(self.old)


class DeleteGroup(Command):
    def __init__(self, s: Structure, group_id: int) -> None:
        super().__init__(s, QCoreApplication.translate("Structure", "Delete group"))
        self.group_id = group_id
        self.session_id = 0
        self.snap: GroupSnapshot | None = None

    def apply(self) -> None:
        group_id = self.s.resolve("group", self.group_id)
        self.session_id = self.s.library.session_of(group_id)
        self.snap = self.s.snapshot_group(group_id)
        self.s.library.delete_group(group_id)

    def revert(self) -> None:
        assert self.snap is not None
        self.s.restore_group(self.s.resolve("session", self.session_id), self.snap)

    def points_removed(self, undo: bool) -> int:
        return 0 if undo else self.s.point_count("group", self.group_id)


class DeleteSession(Command):
    def __init__(self, s: Structure, session_id: int) -> None:
        super().__init__(s, QCoreApplication.translate("Structure", "Delete session"))
        self.session_id = session_id
        self.seminar_id = 0
        self.snap: SessionSnapshot | None = None

    def apply(self) -> None:
        session_id = self.s.resolve("session", self.session_id)
        self.seminar_id = self.s.library.seminar_of_session(session_id)
        self.snap = self.s.snapshot_session(session_id)
        self.s.library.delete_session(session_id)

    def revert(self) -> None:
        assert self.snap is not None
        self.s.restore_session(self.seminar_id, self.snap)

    def points_removed(self, undo: bool) -> int:
        return 0 if undo else self.s.point_count("session", self.session_id)


class MoveGroup(Command):
    def __init__(self, s: Structure, group_id: int, source: int, old_index: int, target: int, index: int) -> None:
        super().__init__(s, QCoreApplication.translate("Structure", "Move group"))
        self.group_id, self.source, self.old_index, self.target, self.index = (
            group_id, source, old_index, target, index)

    def apply(self) -> None:
        self.s.library.move_group(self.s.resolve("group", self.group_id),
                                  self.s.resolve("session", self.target), self.index)

    def revert(self) -> None:
        self.s.library.move_group(self.s.resolve("group", self.group_id),
                                  self.s.resolve("session", self.source), self.old_index)


class MoveSession(Command):
    def __init__(self, s: Structure, session_id: int, old_index: int, index: int) -> None:
        super().__init__(s, QCoreApplication.translate("Structure", "Move session"))
        self.session_id, self.old_index, self.index = session_id, old_index, index

    def apply(self) -> None:
        self.s.library.move_session(self.s.resolve("session", self.session_id), self.index)

    def revert(self) -> None:
        self.s.library.move_session(self.s.resolve("session", self.session_id), self.old_index)
