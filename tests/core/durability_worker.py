"""Edit a library the way the editor does, until killed (see test_durability.py).

Usage: python durability_worker.py LIBRARY LOG [SEED]

Before each call it appends {"begin": edit} to LOG, after the call returns
{"done": edit} (with the new id for additions), each line flushed and fsynced.
So every "done" line is an edit the program told the user was saved, and at most
one "begin" without "done" can be in flight when the process is killed.
"""

from __future__ import annotations

import json
import os
import random
import sys
import time
from pathlib import Path
from typing import Any, TextIO

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from seminarnotes.core.library import Library
from seminarnotes.core.outline import Point, clamp_levels

MAX_SECONDS = 60  # a safety net if the test never kills us
MAX_POINTS = 40


def point_to_json(p: Point) -> list[Any]:
    return [p.text, p.level, p.kind]


def _log(handle: TextIO, key: str, edit: dict[str, Any]) -> None:
    handle.write(json.dumps({key: edit}, ensure_ascii=False) + "\n")
    handle.flush()
    os.fsync(handle.fileno())


def _typed(rng: random.Random, points: list[Point], seq: int) -> list[Point]:
    """The next save of a group: a new point, a retyped point, or a merge (Backspace).

    Every result holds text never saved before, so a lost save is visible."""
    action = rng.random()
    if not points or (action < 0.6 and len(points) < MAX_POINTS):
        level = rng.randint(0, min(2, points[-1].level + 1)) if points else 0
        kind = "highlight" if rng.random() < 0.1 else "point"
        text = f"Punkt {seq}: åtgärd för förskola och skola" + ("\nmed radbrytning" if seq % 7 == 0 else "")
        return [*points, Point(text, level, kind)]
    if action < 0.85 or len(points) < 2:
        i = rng.randrange(len(points))
        old = points[i]
        kind = old.kind if rng.random() < 0.8 else ("point" if old.kind == "highlight" else "highlight")
        return [*points[:i], Point(f"Rättad {seq}: {old.text[:40]}", old.level, kind), *points[i + 1:]]
    i = rng.randrange(1, len(points))
    merged = Point(f"{points[i - 1].text} {points[i].text}"[:300] + f" ({seq})", points[i - 1].level,
                   points[i - 1].kind)
    return clamp_levels([*points[:i - 1], merged, *points[i + 1:]])


def main(library_path: str, log_path: str, seed: int) -> None:
    rng = random.Random(seed)
    lib = Library.open(library_path)
    seminar_id = lib.newest_seminar_id()
    tree = lib.seminar_tree(seminar_id)
    sessions = [se.id for se in tree]
    groups = {g.id: lib.points(g.id) for se in tree for g in se.groups}
    started = time.monotonic()
    ready = False
    seq = seed * 100_000
    with open(log_path, "a", encoding="utf-8") as log:
        while time.monotonic() - started < MAX_SECONDS:
            seq += 1
            group = rng.choice(list(groups))
            roll = rng.random()
            if roll < 0.75:
                points = _typed(rng, groups[group], seq)
                edit: dict[str, Any] = {"op": "set_points", "group": group,
                                        "points": [point_to_json(p) for p in points]}
                _log(log, "begin", edit)
                lib.set_points(group, points)
                groups[group] = points
            elif roll < 0.85:
                edit = {"op": "rename_group", "group": group, "name": f"Kommun {seq}"}
                _log(log, "begin", edit)
                lib.rename_group(group, edit["name"])
            elif roll < 0.93:
                edit = {"op": "move_group", "group": group, "session": rng.choice(sessions),
                        "index": rng.randint(0, 8)}
                _log(log, "begin", edit)
                lib.move_group(group, edit["session"], edit["index"])
            elif roll < 0.98 or len(sessions) >= 5:
                index = rng.choice([None, 0, rng.randint(0, 8)])
                edit = {"op": "add_group", "session": rng.choice(sessions), "name": f"Grupp {seq}", "index": index}
                _log(log, "begin", edit)
                edit["id"] = lib.add_group(edit["session"], edit["name"], index)
                groups[edit["id"]] = []
            else:
                edit = {"op": "add_session", "name": f"Pass {seq}", "question": f"Fråga {seq}?"}
                _log(log, "begin", edit)
                edit["id"] = lib.add_session(seminar_id, edit["name"], edit["question"])
                sessions.append(edit["id"])
            _log(log, "done", edit)
            if not ready:  # the test's kill clock starts at the first completed write
                print("ready", flush=True)
                ready = True


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]) if len(sys.argv) > 3 else 1)
