"""One window per library, across processes: a second launch hands over and exits,
the command line's imports show in the running window, and a lock left by a crash
never stops the program from starting."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from seminarnotes.core.library import Library
from seminarnotes.core.window_lock import lock_path, window_holds
from seminarnotes.ui.single_instance import SingleInstance
from tests.helpers import show_window


def _env(tmp_path: Path) -> dict[str, str]:
    """The program's own folders (settings, logs) inside the test's folder, offscreen."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        env[name] = str(tmp_path / name.lower())
    return env


def _launch(tmp_path: Path, library: Path, *args: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "seminarnotes", "--library", str(library), *args],
                            env=_env(tmp_path), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _answers(qapp, library: Path) -> bool:  # noqa: ANN001 - the test's QApplication, for the socket
    return SingleInstance(library).handOver(None)


def _wait(condition, seconds: float = 20.0) -> None:  # noqa: ANN001
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.1)


@pytest.fixture
def running(qapp, tmp_path: Path) -> Iterator[tuple[subprocess.Popen, Path]]:  # noqa: ANN001
    library = tmp_path / "library.sqlite"
    with Library.open(library) as lib:
        lib.create_seminar("Första")
    window = _launch(tmp_path, library)
    try:
        _wait(lambda: window.poll() is None and window_holds(library) and _answers(qapp, library))
        yield window, library
    finally:
        window.send_signal(signal.SIGKILL)
        window.wait()


def _titles(library: Path) -> list[str]:
    with Library.open(library) as lib:
        return sorted(s.title for s in lib.list_seminars())


def test_a_second_launch_hands_its_package_to_the_window_and_exits(
        running: tuple[subprocess.Popen, Path], tmp_path: Path, reference_package: Path) -> None:
    window, library = running
    second = _launch(tmp_path, library, str(reference_package))
    assert second.wait(timeout=20) == 0, second.stderr.read()
    _wait(lambda: "En lärande och utvecklingsinriktad arbetsplats" in _titles(library))
    assert window.poll() is None, "the first window still runs"
    plain = _launch(tmp_path, library)
    assert plain.wait(timeout=20) == 0
    assert len(_titles(library)) == 2, "a second launch without a file opened nothing new"


def test_a_window_killed_leaves_a_lock_that_does_not_stop_the_next_start(
        running: tuple[subprocess.Popen, Path], tmp_path: Path, qapp) -> None:  # noqa: ANN001
    window, library = running
    window.send_signal(signal.SIGKILL)
    window.wait()
    assert lock_path(library).exists() and not window_holds(library)
    again = _launch(tmp_path, library)
    try:
        _wait(lambda: again.poll() is None and window_holds(library) and _answers(qapp, library))
    finally:
        again.send_signal(signal.SIGKILL)
        again.wait()


def test_a_lock_naming_another_live_process_is_taken_over(tmp_path: Path, qapp) -> None:  # noqa: ANN001
    """After a power loss the lock's process id may belong to another program (even another
    Python): no flock is held on the file, so it is stale."""
    library = tmp_path / "library.sqlite"
    Library.open(library).close()
    sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        name = Path(os.readlink(f"/proc/{sleeper.pid}/exe")).name
        lock_path(library).write_text(f"{sleeper.pid}\n{name}\n{os.uname().nodename}\n", encoding="utf-8")
        window = _launch(tmp_path, library)
        try:
            _wait(lambda: window.poll() is None and window_holds(library) and _answers(qapp, library))
        finally:
            window.send_signal(signal.SIGKILL)
            window.wait()
    finally:
        sleeper.kill()
        sleeper.wait()


def test_a_command_line_import_shows_in_the_running_window(qtbot, library: Library, seminar_id: int,  # noqa: ANN001
                                                           tmp_path: Path, reference_package: Path) -> None:
    window = show_window(qtbot, library)
    window.navigation.showArchive()
    view = window.navigation.archivePage.view
    before = view.model.rowCount()
    done = subprocess.run([sys.executable, "-m", "seminarnotes", "--library", str(library.path), "import",
                           str(reference_package)], env=_env(tmp_path), capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    qtbot.waitUntil(lambda: view.model.rowCount() == before + 1, timeout=4000)
