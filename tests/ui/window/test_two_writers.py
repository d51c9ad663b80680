"""Two processes on one library, in every order of saves: the window (its points saved
while the user types) and another program writing the same group in a process of its
own (points_writer.py). What is promised (README, "Your notes are safe"; core/points_write):
- the window never writes over a text it has not seen: a save based on an older version
  of the group keeps the other text in the group and puts the user's into a copy beside
  it, "Sala (your text, HH:MM)", and says so once;
- what another program writes while nothing of the user's waits to be saved is shown in
  the window, and the user's typing goes on from there (the later text wins, as the
  other program wanted);
- a program that follows the same version rule loses nothing in any order either.
Each test reads the library afresh in this process after the other one has exited."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


from seminarnotes.core.library import Library
from seminarnotes.core.outline import Point
from seminarnotes.ui.window.main_window import MainWindow
from tests.helpers import type_text

WRITER = Path(__file__).with_name("points_writer.py")
THEIRS = "från den andra"




def groups(path: Path, seminar_id: int) -> dict[str, list[Point]]:
    """Every group of the seminar's first session by name, read afresh."""
    with Library.open(path) as lib:
        return {g.name: lib.points(g.id) for g in lib.seminar_tree(seminar_id)[0].groups}


def sala(path: Path, seminar_id: int) -> tuple[int, int]:
    """The group Sala's id and its version now."""
    with Library.open(path) as lib:
        group = next(g.id for g in lib.seminar_tree(seminar_id)[0].groups if g.name == "Sala")
        return group, lib.versioned_points(group)[1]


def other_program_writes(path: Path, group: int, text: str, based_on: int | None = None, copy_name: str = "") -> str:
    """The other process, run to its end (the window's event loop waits meanwhile, so no
    timer of the window runs in between)."""
    extra = [] if based_on is None else [str(based_on), copy_name]
    done = subprocess.run([sys.executable, str(WRITER), str(path), str(group), text, *extra],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return done.stdout


def start_typing(qtbot, window: MainWindow, group: int, text: str) -> None:
    window.page.select("group", group)
    window.page.focusPoints()
    type_more(qtbot, window, text)


def type_more(qtbot, window: MainWindow, text: str) -> None:
    for char in text:
        type_text(qtbot, window.focusWidget() or window, char)


def your_copy(now: dict[str, list[Point]]) -> list[Point]:
    [name] = [name for name in now if name.startswith("Sala (your text, ")]
    return now[name]


def test_the_other_program_writes_while_the_window_has_unsaved_typing(
        qtbot, window: MainWindow, library_path: Path, seminar_id: int, warnings: list[str]) -> None:
    group, _ = sala(library_path, seminar_id)
    start_typing(qtbot, window, group, "från fönstret")
    assert window.autosaver.pending()
    other_program_writes(library_path, group, THEIRS)
    window.autosaver.flush()  # the window saves last
    now = groups(library_path, seminar_id)
    assert now["Sala"] == [Point(THEIRS)]
    assert your_copy(now) == [Point("från fönstret")]
    assert len(warnings) == 1 and "Both texts are kept" in warnings[0]


def test_the_other_program_writes_after_a_save_and_the_user_types_on_before_the_window_noticed(
        qtbot, window: MainWindow, library_path: Path, seminar_id: int, warnings: list[str]) -> None:
    group, _ = sala(library_path, seminar_id)
    start_typing(qtbot, window, group, "från fönstret")
    window.autosaver.flush()
    assert groups(library_path, seminar_id)["Sala"] == [Point("från fönstret")]
    other_program_writes(library_path, group, THEIRS)
    type_more(qtbot, window, " och mer")  # before the window's watch has had a chance to look
    window.autosaver.flush()
    now = groups(library_path, seminar_id)
    assert now["Sala"] == [Point(THEIRS)]
    assert your_copy(now) == [Point("från fönstret och mer")]
    assert len(warnings) == 1 and "Both texts are kept" in warnings[0]


def test_the_other_program_writes_after_a_save_and_the_window_shows_it_before_the_user_types_on(
        qtbot, window: MainWindow, library_path: Path, seminar_id: int, warnings: list[str]) -> None:
    group, _ = sala(library_path, seminar_id)
    start_typing(qtbot, window, group, "från fönstret")
    window.autosaver.flush()
    other_program_writes(library_path, group, THEIRS)
    qtbot.waitUntil(lambda: window.editor.points() == [Point(THEIRS)], timeout=5000)  # the later text is shown
    type_more(qtbot, window, " och mer")
    window.autosaver.flush()
    now = groups(library_path, seminar_id)
    assert now["Sala"] == [Point(THEIRS + " och mer")]
    assert not any("(your text" in name for name in now)
    assert warnings == []


def test_a_program_that_follows_the_version_rule_loses_nothing_when_the_window_saved_first(
        qtbot, window: MainWindow, library_path: Path, seminar_id: int, warnings: list[str]) -> None:
    group, seen = sala(library_path, seminar_id)  # the other program reads the group now ...
    start_typing(qtbot, window, group, "från fönstret")
    window.autosaver.flush()  # ... the window saves ...
    printed = other_program_writes(library_path, group, THEIRS, based_on=seen, copy_name="Sala (den andra)")
    assert printed.split()[2] != "-"  # ... and its write, based on what it read, went into a copy
    type_more(qtbot, window, " och mer")
    window.autosaver.flush()
    now = groups(library_path, seminar_id)
    assert now["Sala"] == [Point("från fönstret och mer")]
    assert now["Sala (den andra)"] == [Point(THEIRS)]
    assert warnings == []
