"""Saving the points of the group shown in the editor (EDITOR.md, "Saving").

Typing is saved when it pauses, and at least every two seconds however long the user
types; a new point, an indent, a highlight, a paste or an undo at once (the Autosaver's
clock). The save reads the editor when it runs, on the GUI thread, and hands the write
to the Autosaver's writer thread, based on the version of the group the editor showed
(core/points_write.py's VersionBook): if another program wrote the group meanwhile,
nothing is overwritten, the user's text goes into a copy beside it (`bothKept`), and
the editor goes on in that copy.

It also remembers where the cursor was in each group, so that arriving in a group
again puts it there (else at the end of the last point).
"""

from __future__ import annotations

import functools
import sqlite3
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QTime, Signal

from seminarnotes.core.library import Library
from seminarnotes.core.outline import Point
from seminarnotes.core.points_write import PointsSaved, VersionBook
from seminarnotes.ui.editor.cursor import CursorState
from seminarnotes.ui.editor.widget import PointEditor
from seminarnotes.ui.saving.autosave import Autosaver
from seminarnotes.ui.saving.writer import Job


class PointsSaving(QObject):
    """The points' autosave of the group form, and the cursor memory of its groups."""

    saved = Signal(int, int)
    """A group's points reached the library (group id, number of points)."""
    bothKept = Signal(int, int)
    """Another program wrote the group while the user typed (group id, id of the copy that
    holds the user's text, which the editor now edits)."""

    def __init__(self, library: Library, autosaver: Autosaver, editor: PointEditor,
                 groupName: Callable[[int], str], parent: QObject | None = None) -> None:
        """`groupName(id)` is the group's name as the window shows it (for the copy's name)."""
        super().__init__(parent)
        self._library, self._autosaver, self._editor, self._groupName = library, autosaver, editor, groupName
        self._versions = VersionBook()  # each shown group's version, for saves on the writer thread
        self._cursors: dict[int, CursorState] = {}  # where the user left each group's points
        editor.edited.connect(self._edited)

    # --- the group shown -----------------------------------------------------------------

    def load(self, group_id: int) -> None:
        """Show the group's points, with the cursor where the user left it there."""
        points, version = self._library.versioned_points(group_id)
        self._versions.loaded(group_id, version)
        self._editor.setPoints(points, group_id)
        if group_id in self._cursors:
            self._editor.restoreCursor(self._cursors[group_id])

    def leave(self) -> None:
        """The editor stops showing its group: what is pending for it keeps the points as
        typed, and the cursor is remembered. An undo of the group's steps shows it again first."""
        group_id = self._editor.group()
        if group_id is None:
            return
        self.keepTyped()
        self._cursors[group_id] = self._editor.cursorState()
        self._editor.setGroup(None)

    def keepTyped(self) -> None:
        """A save still pending for the shown group (one that failed, or not run yet) keeps a
        copy of the points instead of reading the editor later."""
        group_id = self._editor.group()
        key = ("points", group_id)
        if group_id is not None and self._autosaver.pending(key):
            self._autosaver.schedule(key, functools.partial(self._job, group_id, self._editor.points()))

    def forgetCursors(self) -> None:
        """Another seminar: the cursor memory starts afresh."""
        self._cursors.clear()

    def reloadIfNewer(self) -> None:
        """Another program wrote the library: show the group's points as they are now if
        they changed and nothing of ours is waiting to be saved; the cursor stays."""
        editor, autosaver = self._editor, self._autosaver
        shown = editor.group()
        if shown is None or autosaver.pending(("points", shown)) or autosaver.busy():
            return
        _points, version = self._library.versioned_points(shown)
        if version is not None and version > self._versions.version(shown):
            cursor, at_end = editor.cursorState(), editor.atEnd()
            self.load(shown)
            editor.moveToEnd() if at_end else editor.restoreCursor(cursor)

    # --- saving -------------------------------------------------------------------------

    def _edited(self, structural: bool) -> None:
        """A change in the points: typing is saved when it pauses (and at least every
        MAX_WAIT), a new point, an indent or a highlight at once. The save reads the
        editor when it runs, not now."""
        group_id = self._editor.group()
        if not group_id:
            return
        self._autosaver.schedule(("points", group_id), functools.partial(self._job, group_id), now=structural)

    def _job(self, group_id: int, points: list[Point] | None = None) -> Job:
        """The save of a group's points: the editor's text, read now on the GUI thread,
        written on the autosaver's thread based on the version the editor showed."""
        self._library.writable()  # a damaged library or a backup opened for reading: one sentence, kept pending
        if points is None:
            points = self._editor.points()
        time = QLocale().toString(QTime.currentTime(), QLocale.FormatType.ShortFormat)
        copy_name = QCoreApplication.translate("MainWindow", "%1 (your text, %2)").replace(
            "%1", self._groupName(group_id)).replace("%2", time)
        return Job(functools.partial(self._write, group_id, points, copy_name),
                   functools.partial(self._saved, group_id, len(points)))

    def _write(self, group_id: int, points: list[Point], copy_name: str, db: sqlite3.Connection) -> PointsSaved:
        """On the writer thread: the library may have been found damaged since the save was
        handed over (the full integrity check runs on a thread of its own); then it is refused."""
        self._library.writable()
        return self._versions.save(db, group_id, points, copy_name)

    def _saved(self, group_id: int, count: int, saved: PointsSaved) -> None:
        if saved.copy_id is None:
            self.saved.emit(saved.group_id, count)
            return
        # Another program wrote this group while the user typed: its text stays in the
        # group, the user's went into a copy beside it, which the editor now edits.
        copy_id = saved.copy_id
        if self._editor.group() == saved.group_id:
            self._editor.setGroup(copy_id)
        if self._autosaver.pending(("points", saved.group_id)):
            self._autosaver.schedule(("points", copy_id), functools.partial(self._job, copy_id))
        self.bothKept.emit(saved.group_id, copy_id)
