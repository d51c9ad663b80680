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

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from seminarnotes.core.document import GroupDoc
from seminarnotes.core.library import Library
from seminarnotes.ui.tree.structure_commands import (
    AddGroup,
    AddSession,
    Command,
    DeleteGroup,
    DeleteSession,
    GroupSnapshot,
    MoveGroup,
    MoveSession,
    Rename,
    SessionSnapshot,
)


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
        own = command.points_removed(undo) if isinstance(command, Command) else 0
        return own + sum(self.points_removed(command.child(i), undo) for i in range(command.childCount()))

    def point_count(self, kind: str, id_: int) -> int:
        """How many points the group or session that a command first knew as `id_` holds now."""
        id_ = self.resolve(kind, id_)
        if kind == "group":
            return len(self.library.points(id_))
        session = self._session_node(id_)
        return sum(g.point_count for g in session.groups)

    def _run(self, command: Command) -> None:
        """Make the change, then push the command; a LibraryError leaves the stack untouched."""
        self.aboutToChange.emit()
        command.apply()
        command.done = True
        self.stack.push(command)
        self.changed.emit()

    def add_session(self, seminar_id: int, name: str = "", index: int | None = None) -> int:
        command = AddSession(self, seminar_id, name, index)
        self._run(command)
        return command.session_id

    def add_group(self, session_id: int, name: str = "", index: int | None = None) -> int:
        command = AddGroup(self, session_id, name, index)
        self._run(command)
        return command.group_id

    def rename_group(self, group_id: int, name: str) -> None:
        old = self._group_name(group_id)
        if old != name:
            text = QCoreApplication.translate("Structure", "Rename group")
            self._run(Rename(self, "group", group_id, old, name, text))

    def rename_session(self, session_id: int, name: str) -> None:
        old = self._session_node(session_id).name
        if old != name:
            text = QCoreApplication.translate("Structure", "Rename session")
            self._run(Rename(self, "session", session_id, old, name, text))

    def rename_seminar(self, seminar_id: int, title: str) -> None:
        old = self.library.details(seminar_id).title
        if old != title:
            text = QCoreApplication.translate("Structure", "Rename seminar")
            self._run(Rename(self, "seminar", seminar_id, old, title, text))

    def delete_group(self, group_id: int) -> None:
        self._run(DeleteGroup(self, group_id))

    def delete_session(self, session_id: int) -> None:
        self._run(DeleteSession(self, session_id))

    def move_group(self, group_id: int, session_id: int, index: int) -> None:
        """Put the group at `index` of `session_id`, index counted before the group leaves."""
        source = self.library.session_of(group_id)
        old_index = self._group_index(source, group_id)
        if source == session_id and index > old_index:
            index -= 1
        if (source, old_index) != (session_id, index):
            self._run(MoveGroup(self, group_id, source, old_index, session_id, index))

    def move_session(self, session_id: int, index: int) -> None:
        """Put the session at `index`, counted before it leaves its place."""
        seminar_id = self.library.seminar_of_session(session_id)
        ids = [s.id for s in self.library.seminar_tree(seminar_id)]
        old_index = ids.index(session_id)
        if index > old_index:
            index -= 1
        index = max(0, min(index, len(ids) - 1))
        if index != old_index:
            self._run(MoveSession(self, session_id, old_index, index))

    # --- helpers the commands share ----------------------------------------------

    def _session_node(self, session_id: int):
        seminar_id = self.library.seminar_of_session(session_id)
        return next(s for s in self.library.seminar_tree(seminar_id) if s.id == session_id)

    def _group_index(self, session_id: int, group_id: int) -> int:
        return [g.id for g in self._session_node(session_id).groups].index(group_id)

    def _group_name(self, group_id: int) -> str:
        session = self._session_node(self.library.session_of(group_id))
        return next(g.name for g in session.groups if g.id == group_id)

    def snapshot_group(self, group_id: int) -> GroupSnapshot:
        session_id = self.library.session_of(group_id)
        return GroupSnapshot(self._group_name(group_id), self.library.points(group_id),
                              self._group_index(session_id, group_id), group_id)

    def restore_group(self, session_id: int, snap: GroupSnapshot) -> None:
        new_id = self.library.add_group(session_id, snap.name, snap.index, snap.points)
        self.remember("group", self.resolve("group", snap.group_id), new_id)

    def snapshot_session(self, session_id: int) -> SessionSnapshot:
        """A session with its groups and their points, as the library holds them now."""
        seminar_id = self.library.seminar_of_session(session_id)
        tree = self.library.seminar_tree(seminar_id)
        index = [n.id for n in tree].index(session_id)
        node = tree[index]
        return SessionSnapshot(node.name, node.question, index, session_id, [
            GroupSnapshot(g.name, self.library.points(g.id), i, g.id) for i, g in enumerate(node.groups)
        ])

    def restore_session(self, seminar_id: int, snap: SessionSnapshot) -> None:
        """Put a snapshot back in one transaction; its old ids now stand for the new ones."""
        new_id = self.library.add_session(seminar_id, snap.name, snap.question, snap.index,
                                          [GroupDoc(g.name, g.points) for g in snap.groups])
        self.remember("session", self.resolve("session", snap.session_id), new_id)
        restored = next(n for n in self.library.seminar_tree(seminar_id) if n.id == new_id)
        for group, node in zip(snap.groups, restored.groups, strict=True):
            self.remember("group", self.resolve("group", group.group_id), node.id)
