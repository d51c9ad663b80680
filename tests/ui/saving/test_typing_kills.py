"""A documenter types without a pause and the program dies (SIGKILL: a crash, a dead
battery): everything typed two seconds or more before is in the library.

typing_worker.py types into the real window at 10-30 keys a second and logs each key
with its time; we kill it at a random moment after its first save reached the disk,
then check that the library holds the outline as it was after some key typed no
earlier than two seconds before the kill. 20 kills here, 300 in `make soak`.
"""

from __future__ import annotations

import os
import random
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

from seminarnotes.core.library import Library
from tests.ui.saving.typing_worker import outline_after, script

WORKER = Path(__file__).with_name("typing_worker.py")
KILLS = int(os.environ.get("KILLS_OVERRIDE", 300 if os.environ.get("SEMINARNOTES_SOAK") else 20))
DEADLINE = 2.0  # seconds: what was typed this long before the kill must be on disk


def _stored(library: Path, group_id: int) -> list[tuple[str, int]]:
    with Library.open(library) as lib:
        return [(p.text, p.level) for p in lib.points(group_id)]


def _log(path: Path) -> tuple[list[tuple[int, float]], list[float]]:
    """(key index, time) of every key the worker finished, and the times its saves reached
    the disk; a line cut by the kill is left out."""
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    lines = [line.split() for line in text.split("\n")[:-1]]
    return ([(int(i), float(t)) for i, t in lines if i != "saved"],
            [float(t) for i, t in lines if i == "saved"])


def test_everything_typed_two_seconds_before_a_kill_is_in_the_library(tmp_path: Path) -> None:
    library = tmp_path / "library.sqlite"
    with Library.open(library) as lib:
        seminar = lib.create_seminar("Provtryckning")
        group = lib.add_group(lib.add_session(seminar, "Förmiddag"), "Sala")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "config"))
    rng = random.Random(8)
    outline: list[tuple[str, int]] = []
    checked_keys = 0
    for kill in range(KILLS):
        log = tmp_path / f"keys-{kill}.log"
        worker = subprocess.Popen([sys.executable, str(WORKER), str(library), str(group), str(log), str(kill)],
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
        try:
            readable, _, _ = select.select([worker.stdout], [], [], 30)
            assert readable and worker.stdout.readline() == "ready\n", worker.stderr.read()
            time.sleep(rng.uniform(1.0, 4.0))
            killed_at = time.monotonic()
            worker.send_signal(signal.SIGKILL)
        finally:
            worker.kill()
            worker.wait()
        keys = script(kill)
        logged, saves = _log(log)
        due = max((i for i, t in logged if t <= killed_at - DEADLINE), default=-1)
        last = min(len(keys) - 1, (logged[-1][0] if logged else -1) + 1)  # a key may be typed, not yet logged
        possible = [outline_after(keys[:j + 1], outline) for j in range(due, last + 1)]
        stored = _stored(library, group)
        assert stored in possible, (f"kill {kill}: the library lost text typed more than {DEADLINE} s before the "
                                    f"kill (key {due}); it holds {stored[-2:]}; saves reached the disk "
                                    f"{[round(t - killed_at, 2) for t in saves]} s from the kill")
        checked_keys += due + 1
        outline = stored
    assert checked_keys >= 10 * KILLS, "too few keys were old enough at the kills for the test to mean anything"
