"""Writing one group's points: the save that runs every second or two while a
documenter types, so it is plain sqlite3 and writes only what changed.

Rows of the common start and end of the old and new outline are kept (the end's
positions shift when points are added or removed, which the search index ignores);
the rows between are updated in place, added or deleted. Every write that changes
something bumps the group's `version`. A save says which version it started from:
when another connection has written the group since, nothing is overwritten; the
save's points go into a new group right after it ("keep both texts").
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from seminarnotes.core import connections, rows
from seminarnotes.core.errors import NotFound
from seminarnotes.core.outline import Point, check_levels, common_ends


@dataclass(frozen=True)
class PointsSaved:
    """What a save did: the group's version after it, and where the points went when
    another writer had changed the group meanwhile (`copy_id`, else None)."""

    group_id: int
    version: int
    copy_id: int | None = None


def connect(path: Path) -> sqlite3.Connection:
    """The points writer's connection: WAL, every commit on disk before it returns, keys on,
    rows read by column name (connections.for_writing)."""
    return connections.for_writing(path)


def timestamp() -> str:
    """Now, to the second, in the form the ORM stores (so both sides read alike)."""
    return dt.datetime.now().strftime("%Y-%m-%d %H:%M:%S.000000")


def write_points(db: sqlite3.Connection, group_id: int, points: Sequence[Point], *,
                 based_on: int | None = None, copy_name: str = "") -> PointsSaved:
    """Make the group hold `points` in one transaction. With `based_on`, a group whose
    version differs keeps its text and the points go into a new group named
    `copy_name` right after it. `db` is a connection from `connect`."""
    check_levels(points)
    try:
        db.execute("BEGIN IMMEDIATE")
        try:
            saved = _write(db, group_id, list(points), based_on, copy_name)
        except BaseException:
            db.execute("ROLLBACK")
            raise
        db.execute("COMMIT")
    except sqlite3.DatabaseError as err:  # full, locked, read-only or damaged: one sentence (sqlite_errors)
        from seminarnotes.core.sqlite_errors import write_failure

        raise write_failure(Path(db.execute("PRAGMA database_list").fetchone()["file"]), err) from None
    return saved


def _write(db: sqlite3.Connection, group_id: int, points: list[Point], based_on: int | None,
           copy_name: str) -> PointsSaved:
    group = db.execute("SELECT g.session_id, g.position, g.name, g.version, s.seminar_id FROM discussion_group g "
                       "JOIN seminar_session s ON s.id = g.session_id WHERE g.id = ?", (group_id,)).fetchone()
    if group is None:
        raise NotFound("group", group_id)
    version, stamp = group["version"], timestamp()
    if based_on is not None and version != based_on:
        db.execute("UPDATE discussion_group SET position = position + 1 WHERE session_id = ? AND position > ?",
                   (group["session_id"], group["position"]))
        copy_id = db.execute("INSERT INTO discussion_group (session_id, position, name, version) VALUES (?, ?, ?, 1)",
                             (group["session_id"], group["position"] + 1, copy_name or group["name"])).lastrowid
        _insert(db, copy_id, 0, points, stamp)
        db.execute("UPDATE seminar SET modified = ? WHERE id = ?", (stamp, group["seminar_id"]))
        return PointsSaved(group_id, version, copy_id)
    if _diff_write(db, group_id, points, stamp):
        version += 1
        db.execute("UPDATE discussion_group SET version = ? WHERE id = ?", (version, group_id))
        db.execute("UPDATE seminar SET modified = ? WHERE id = ?", (stamp, group["seminar_id"]))
    return PointsSaved(group_id, version)


def _insert(db: sqlite3.Connection, group_id: int, start: int, points: Sequence[Point], stamp: str) -> None:
    db.executemany("INSERT INTO point (group_id, position, text, level, kind, created) VALUES (?, ?, ?, ?, ?, ?)",
                   [(group_id, start + k, p.text, p.level, p.kind, stamp) for k, p in enumerate(points)])


def _diff_write(db: sqlite3.Connection, group_id: int, new: list[Point], stamp: str) -> bool:
    """Write the difference between the stored rows and `new`; whether anything changed."""
    stored = db.execute("SELECT id, text, level, kind FROM point WHERE group_id = ? ORDER BY position",
                        (group_id,)).fetchall()
    old = [rows.point(row) for row in stored]
    n, m = len(old), len(new)
    head, tail = common_ends(old, new)
    if head == n == m:
        return False
    middle_old, middle_new = stored[head:n - tail], new[head:m - tail]
    paired = min(len(middle_old), len(middle_new))
    db.executemany("UPDATE point SET text = ?, level = ?, kind = ? WHERE id = ?",
                   [(p.text, p.level, p.kind, row["id"])
                    for row, p in zip(middle_old[:paired], middle_new[:paired], strict=True) if rows.point(row) != p])
    db.executemany("DELETE FROM point WHERE id = ?", [(row["id"],) for row in middle_old[paired:]])
    _insert(db, group_id, head + paired, middle_new[paired:], stamp)
    if m != n:  # the common end moves along
        db.executemany("UPDATE point SET position = ? WHERE id = ?",
                       [(m - tail + k, row["id"]) for k, row in enumerate(stored[n - tail:])])
    return True


class VersionBook:
    """The newest version of each group this program has read or written, for saves
    that run on another thread than the reads (thread-safe). A group whose save found
    another writer's newer text is diverted: later saves of the same typing go on
    into the copy that holds it."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._versions: dict[int, int] = {}
        self._diverted: dict[int, int] = {}

    def loaded(self, group_id: int, version: int) -> None:
        """The group was read at `version` (the editor now shows that text). Taken as it
        is, not as a maximum: a deleted group that comes back may get its old id anew,
        with its versions counted from 0 again (the caller has no save in flight)."""
        with self._lock:
            self._versions[group_id] = version
            self._diverted.pop(group_id, None)

    def version(self, group_id: int) -> int:
        """The newest version of the group known here (-1: never read nor written)."""
        with self._lock:
            return self._versions.get(group_id, -1)

    def save(self, db: sqlite3.Connection, group_id: int, points: Sequence[Point], copy_name: str) -> PointsSaved:
        """Write the points of `group_id` (or of the copy its typing was diverted to),
        based on the version known here."""
        with self._lock:
            target = self._diverted.get(group_id, group_id)
            based_on = self._versions.get(target)
        saved = write_points(db, target, points, based_on=based_on, copy_name=copy_name)
        with self._lock:
            if saved.copy_id is None:
                self._versions[target] = max(saved.version, self._versions.get(target, 0))
            else:
                self._diverted[group_id] = saved.copy_id
                self._versions[saved.copy_id] = 1
        return saved
