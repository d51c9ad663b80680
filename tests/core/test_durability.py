"""Nothing typed may be lost: kill the program mid-edit, over and over.

durability_worker.py edits a library through the editor's API and logs each edit
after its call returned. We SIGKILL it at random moments (seeded), then check that
the library opens, passes SQLite's integrity check, and holds exactly the state the
logged edits describe, or that state plus the one edit that was in flight.
"""

from __future__ import annotations

import copy
import json
import random
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from seminarnotes.core.library import Library
from seminarnotes.core.outline import Point

WORKER = Path(__file__).with_name("durability_worker.py")
KILLS_PER_SEED = 12
SEEDS = (1, 2)

Points = list[tuple[str, int, str]]


@dataclass
class State:
    """What the user sees of the seminar: sessions in order, their groups, all points."""

    sessions: list[tuple[int, str, str, list[int]]] = field(default_factory=list)  # id, name, question, groups
    groups: dict[int, tuple[str, Points]] = field(default_factory=dict)  # id -> name, points

    def group_ids(self) -> set[int]:
        return set(self.groups)

    def session_ids(self) -> set[int]:
        return {s[0] for s in self.sessions}


def snapshot(lib: Library, seminar_id: int) -> State:
    state = State()
    for se in lib.seminar_tree(seminar_id):
        state.sessions.append((se.id, se.name, se.question, [g.id for g in se.groups]))
        for g in se.groups:
            state.groups[g.id] = (g.name, [(p.text, p.level, p.kind) for p in lib.points(g.id)])
    return state


def _insert(ids: list[int], item: int, index: int | None) -> None:
    """The library's own rule: None or past the end appends; negative clamps to 0."""
    ids.insert(len(ids) if index is None else max(0, min(index, len(ids))), item)


def apply(state: State, edit: dict[str, Any]) -> State:
    """The state after one logged edit, computed independently of the library."""
    new = copy.deepcopy(state)
    op = edit["op"]
    if op == "set_points":
        name, _ = new.groups[edit["group"]]
        new.groups[edit["group"]] = (name, [tuple(p) for p in edit["points"]])  # type: ignore[misc]
    elif op == "rename_group":
        _, points = new.groups[edit["group"]]
        new.groups[edit["group"]] = (edit["name"], points)
    elif op == "move_group":
        for _, _, _, ids in new.sessions:
            if edit["group"] in ids:
                ids.remove(edit["group"])
        target = next(ids for sid, _, _, ids in new.sessions if sid == edit["session"])
        _insert(target, edit["group"], edit["index"])
    elif op == "add_group":
        target = next(ids for sid, _, _, ids in new.sessions if sid == edit["session"])
        _insert(target, edit["id"], edit["index"])
        new.groups[edit["id"]] = (edit["name"], [])
    elif op == "add_session":
        new.sessions.append((edit["id"], edit["name"], edit["question"], []))
    else:
        raise AssertionError(f"unknown edit {op}")
    return new


def read_log(path: Path) -> tuple[list[dict[str, Any]], dict[str, Any] | None]:
    """The completed edits, and the edit in flight (begun, never reported done).

    A last line without its newline was cut by the kill and does not count."""
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    done: list[dict[str, Any]] = []
    pending = None
    for line in text.split("\n")[:-1]:
        entry = json.loads(line)
        if "begin" in entry:
            assert pending is None, "a begin without done before another begin"
            pending = entry["begin"]
        else:
            assert pending is not None and {k: v for k, v in entry["done"].items() if k != "id"} == pending
            done.append(entry["done"])
            pending = None
    return done, pending


def in_flight_result(model: State, observed: State, edit: dict[str, Any]) -> State | None:
    """The state if the in-flight edit had committed; additions take the id the library gave."""
    if edit["op"] == "add_group":
        new_ids = observed.group_ids() - model.group_ids()
        return apply(model, {**edit, "id": new_ids.pop()}) if len(new_ids) == 1 else None
    if edit["op"] == "add_session":
        new_ids = observed.session_ids() - model.session_ids()
        return apply(model, {**edit, "id": new_ids.pop()}) if len(new_ids) == 1 else None
    return apply(model, edit)


def _new_library(path: Path) -> tuple[int, State]:
    with Library.open(path) as lib:
        seminar = lib.create_seminar("Hållbarhetsprov", venue="Ingenstans")
        for name in ("Förmiddag", "Eftermiddag"):
            session = lib.add_session(seminar, name, "Vad ska vi göra?")
            for town in ("Falun", "Mora"):
                group = lib.add_group(session, f"{town} {name}")
                lib.set_points(group, [Point("Första punkten"), Point("En underpunkt", 1)])
        return seminar, snapshot(lib, seminar)


def _run_and_kill(rng: random.Random, library: Path, log: Path, seed: int, early: bool) -> None:
    """Start the worker and SIGKILL it: `early` at any moment from its start, else at a
    random moment after its first completed write (its start-up time varies)."""
    proc = subprocess.Popen([sys.executable, str(WORKER), str(library), str(log), str(seed)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        if early:
            time.sleep(rng.uniform(0.0, 0.6))
        else:
            assert proc.stdout is not None
            ready = proc.stdout.readline()
            assert ready == "ready\n", f"worker did not start: {proc.stderr.read() if proc.stderr else ''}"
            time.sleep(rng.uniform(0.02, 0.5))
        proc.send_signal(signal.SIGKILL)
        _, err = proc.communicate(timeout=10)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == -signal.SIGKILL, f"worker ended by itself ({proc.returncode}): {err}"


@pytest.mark.parametrize("seed", SEEDS)
def test_no_returned_edit_is_lost_when_killed(tmp_path: Path, seed: int) -> None:
    rng = random.Random(seed)
    library = tmp_path / "library.sqlite"
    seminar, model = _new_library(library)
    edits = in_flight_applied = in_flight_lost = 0
    for kill in range(KILLS_PER_SEED):
        log = tmp_path / f"run-{kill}.jsonl"
        _run_and_kill(rng, library, log, seed * 1000 + kill, early=kill % 4 == 3)
        done, pending = read_log(log)
        for edit in done:
            model = apply(model, edit)
        edits += len(done)
        with Library.open(library) as lib:
            assert lib.integrity_ok(), f"integrity check failed after kill {kill}"
            observed = snapshot(lib, seminar)
        if pending is not None and observed != model:
            after = in_flight_result(model, observed, pending)
            assert observed == after, f"kill {kill}: the library lost a saved edit or holds an unknown one"
            in_flight_applied += 1
        else:
            assert observed == model, f"kill {kill}: the library does not hold every edit whose call returned"
            in_flight_lost += pending is not None
        model = observed
    print(f"seed {seed}: {KILLS_PER_SEED} kills, {edits} returned edits checked, "
          f"in flight at the kill: {in_flight_applied} committed, {in_flight_lost} not")
    assert edits >= 5 * KILLS_PER_SEED, "the worker made too few edits for the test to mean anything"


def test_a_lost_edit_would_be_noticed() -> None:
    """The check itself: a state missing the last returned save is not accepted."""
    before = State([(1, "Förmiddag", "", [10])], {10: ("Falun", [("a", 0, "point")])})
    save = {"op": "set_points", "group": 10, "points": [["a", 0, "point"], ["b", 1, "point"]]}
    after = apply(before, save)
    assert after != before
    rename = {"op": "rename_group", "group": 10, "name": "Mora"}
    assert in_flight_result(after, before, rename) != before
