"""Undoable structure changes (add, delete, move, rename) over the library.

Every tree gesture becomes one QUndoCommand whose redo/undo are Library calls, so
the library stays the only state and views refresh from it. A gesture makes its
library change first and pushes the command only when that worked, so a failed write
raises its own LibraryError (one sentence) and leaves the stack as it was; the first
redo(), which QUndoStack.push calls, then does nothing. A deleted group or session
comes back under a new id; `Structure` remembers which new id stands for which old
one, so older commands on the stack keep finding their rows.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from seminarnotes.core.document import GroupDoc
from seminarnotes.core.library import Library
from seminarnotes.core.outline import Point

_RENAME_ID = 1


@dataclass
class _GroupSnapshot:
    name: str
    points: list[Point]
    index: int
    group_id: int


@dataclass
class _SessionSnapshot:
    name: str
    question: str
    index: int
    session_id: int
    groups: list[_GroupSnapshot] = field(default_factory=list)


class Structure(QObject):
    """The tree's undo stack and the id bookkeeping its commands share."""

    aboutToChange = Signal()
    """Emitted before any change runs, undo or redo: pending edits are saved first."""
    changed = Signal()
    """Emitted after any structure change, undo or redo: views refresh from the library."""

    def __init__(self, library: Library, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.stack = QUndoStack(self)
        self._alias: dict[tuple[str, int], int] = {}

    # --- ids that survive delete + undo --------------------------------------------

    def resolve(self, kind: str, id_: int) -> int:
        """The current id of what a command first knew as `id_`."""
        while (kind, id_) in self._alias:
            id_ = self._alias[(kind, id_)]
        return id_

    def remember(self, kind: str, old: int, new: int) -> None:
        if old != new:
            self._alias[(kind, old)] = new

    # --- gestures --------------------------------------------------------------------

    @contextmanager
    def step(self, text: str) -> Iterator[None]:
        """Several changes as one undo step. Pending edits are saved before it opens,
        so a save that was due (a title typed just before) stays a step of its own."""
        self.aboutToChange.emit()
        self.stack.beginMacro(text)
        try:
            yield
        finally:
            self.stack.endMacro()

    def points_removed(self, command: QUndoCommand, undo: bool) -> int:
        """How many points undoing (or redoing) `command` would take out of the library:
        the window asks first, as Delete does."""
        own = command.points_removed(undo) if isinstance(command, _Command) else 0
        return own + sum(self.points_removed(command.child(i), undo) for i in range(command.childCount()))

    def _count(self, kind: str, id_: int) -> int:
        id_ = self.resolve(kind, id_)
        if kind == "group":
            return len(self.library.points(id_))
        session = self._session_node(id_)
        return sum(g.point_count for g in session.groups)

    def _run(self, command: _Command) -> None:
        """Make the change, then push the command; a LibraryError leaves the stack untouched."""
        self.aboutToChange.emit()
        command.apply()
        command.done = True
        self.stack.push(command)
        self.changed.emit()

    def add_session(self, seminar_id: int, name: str = "", index: int | None = None) -> int:
        command = _AddSession(self, seminar_id, name, index)
        self._run(command)
        return command.session_id

    def add_group(self, session_id: int, name: str = "", index: int | None = None) -> int:
        command = _AddGroup(self, session_id, name, index)
        self._run(command)
        return command.group_id

    def rename_group(self, group_id: int, name: str) -> None:
        old = self._group_name(group_id)
        if old != name:
            text = QCoreApplication.translate("Structure", "Rename group")
            self._run(_Rename(self, "group", group_id, old, name, text))

    def rename_session(self, session_id: int, name: str) -> None:
        old = self._session_node(session_id).name
        if old != name:
            text = QCoreApplication.translate("Structure", "Rename session")
            self._run(_Rename(self, "session", session_id, old, name, text))

    def rename_seminar(self, seminar_id: int, title: str) -> None:
        old = self.library.details(seminar_id).title
        if old != title:
            text = QCoreApplication.translate("Structure", "Rename seminar")
            self._run(_Rename(self, "seminar", seminar_id, old, title, text))

    def delete_group(self, group_id: int) -> None:
        self._run(_DeleteGroup(self, group_id))

    def delete_session(self, session_id: int) -> None:
        self._run(_DeleteSession(self, session_id))

    def move_group(self, group_id: int, session_id: int, index: int) -> None:
        """Put the group at `index` of `session_id`, index counted before the group leaves."""
        source = self.library.session_of(group_id)
        old_index = self._group_index(source, group_id)
        if source == session_id and index > old_index:
            index -= 1
        if (source, old_index) != (session_id, index):
            self._run(_MoveGroup(self, group_id, source, old_index, session_id, index))

    def move_session(self, session_id: int, index: int) -> None:
        """Put the session at `index`, counted before it leaves its place."""
        seminar_id = self.library.seminar_of_session(session_id)
        ids = [s.id for s in self.library.seminar_tree(seminar_id)]
        old_index = ids.index(session_id)
        if index > old_index:
            index -= 1
        index = max(0, min(index, len(ids) - 1))
        if index != old_index:
            self._run(_MoveSession(self, session_id, old_index, index))

    # --- helpers the commands share ----------------------------------------------

    def _session_node(self, session_id: int):  # noqa: ANN202 - SessionNode
        seminar_id = self.library.seminar_of_session(session_id)
        return next(s for s in self.library.seminar_tree(seminar_id) if s.id == session_id)

    def _group_index(self, session_id: int, group_id: int) -> int:
        return [g.id for g in self._session_node(session_id).groups].index(group_id)

    def _group_name(self, group_id: int) -> str:
        session = self._session_node(self.library.session_of(group_id))
        return next(g.name for g in session.groups if g.id == group_id)

    def snapshot_group(self, group_id: int) -> _GroupSnapshot:
        session_id = self.library.session_of(group_id)
        return _GroupSnapshot(self._group_name(group_id), self.library.points(group_id),
                              self._group_index(session_id, group_id), group_id)

    def restore_group(self, session_id: int, snap: _GroupSnapshot) -> None:
        new_id = self.library.add_group(session_id, snap.name, snap.index, snap.points)
        self.remember("group", self.resolve("group", snap.group_id), new_id)

    def snapshot_session(self, session_id: int) -> _SessionSnapshot:
        """A session with its groups and their points, as the library holds them now."""
        seminar_id = self.library.seminar_of_session(session_id)
        tree = self.library.seminar_tree(seminar_id)
        index = [n.id for n in tree].index(session_id)
        node = tree[index]
        return _SessionSnapshot(node.name, node.question, index, session_id, [
            _GroupSnapshot(g.name, self.library.points(g.id), i, g.id) for i, g in enumerate(node.groups)
        ])

    def restore_session(self, seminar_id: int, snap: _SessionSnapshot) -> None:
        """Put a snapshot back in one transaction; its old ids now stand for the new ones."""
        new_id = self.library.add_session(seminar_id, snap.name, snap.question, snap.index,
                                          [GroupDoc(g.name, g.points) for g in snap.groups])
        self.remember("session", self.resolve("session", snap.session_id), new_id)
        restored = next(n for n in self.library.seminar_tree(seminar_id) if n.id == new_id)
        for group, node in zip(snap.groups, restored.groups, strict=True):
            self.remember("group", self.resolve("group", group.group_id), node.id)


class _Command(QUndoCommand):
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

    def points_removed(self, undo: bool) -> int:  # noqa: ARG002 - most steps remove none
        """Points that undoing (undo=True) or redoing this step takes out of the library."""
        return 0


class _AddSession(_Command):
    """Undo takes the session out with whatever it holds by then (groups typed into it
    since); redo puts exactly that back."""

    def __init__(self, s: Structure, seminar_id: int, name: str, index: int | None) -> None:
        super().__init__(s, QCoreApplication.translate("Structure", "Add session"))
        self.seminar_id, self.name, self.index = seminar_id, name, index
        self.session_id = 0
        self.snap: _SessionSnapshot | None = None

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
        return self.s._count("session", self.session_id) if undo else 0


class _AddGroup(_Command):
    """Undo takes the group out with its name and points as they are by then; redo
    puts exactly that back (nothing typed into a new group is lost by undo and redo)."""

    def __init__(self, s: Structure, session_id: int, name: str, index: int | None) -> None:
        super().__init__(s, QCoreApplication.translate("Structure", "Add group"))
        self.session_id, self.name, self.index = session_id, name, index
        self.group_id = 0
        self.snap: _GroupSnapshot | None = None

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
        return self.s._count("group", self.group_id) if undo else 0


class _Rename(_Command):
    """Renames typed in quick succession merge into one step."""

    def __init__(self, s: Structure, kind: str, id_: int, old: str, new: str, text: str) -> None:
        super().__init__(s, text)
        self.kind, self.id_, self.old, self.new = kind, id_, old, new

    def id(self) -> int:  # noqa: A003 - Qt's name
        return _RENAME_ID

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802
        if not isinstance(other, _Rename) or (other.kind, self.s.resolve(other.kind, other.id_)) != (
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


class _DeleteGroup(_Command):
    def __init__(self, s: Structure, group_id: int) -> None:
        super().__init__(s, QCoreApplication.translate("Structure", "Delete group"))
        self.group_id = group_id
        self.session_id = 0
        self.snap: _GroupSnapshot | None = None

    def apply(self) -> None:
        group_id = self.s.resolve("group", self.group_id)
        self.session_id = self.s.library.session_of(group_id)
        self.snap = self.s.snapshot_group(group_id)
        self.s.library.delete_group(group_id)

    def revert(self) -> None:
        assert self.snap is not None
        self.s.restore_group(self.s.resolve("session", self.session_id), self.snap)

    def points_removed(self, undo: bool) -> int:
        return 0 if undo else self.s._count("group", self.group_id)


class _DeleteSession(_Command):
    def __init__(self, s: Structure, session_id: int) -> None:
        super().__init__(s, QCoreApplication.translate("Structure", "Delete session"))
        self.session_id = session_id
        self.seminar_id = 0
        self.snap: _SessionSnapshot | None = None

    def apply(self) -> None:
        session_id = self.s.resolve("session", self.session_id)
        self.seminar_id = self.s.library.seminar_of_session(session_id)
        self.snap = self.s.snapshot_session(session_id)
        self.s.library.delete_session(session_id)

    def revert(self) -> None:
        assert self.snap is not None
        self.s.restore_session(self.seminar_id, self.snap)

    def points_removed(self, undo: bool) -> int:
        return 0 if undo else self.s._count("session", self.session_id)


class _MoveGroup(_Command):
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


class _MoveSession(_Command):
    def __init__(self, s: Structure, session_id: int, old_index: int, index: int) -> None:
        super().__init__(s, QCoreApplication.translate("Structure", "Move session"))
        self.session_id, self.old_index, self.index = session_id, old_index, index

    def apply(self) -> None:
        self.s.library.move_session(self.s.resolve("session", self.session_id), self.index)

    def revert(self) -> None:
        self.s.library.move_session(self.s.resolve("session", self.session_id), self.old_index)

