"""The command line can tell whether a window holds a library, without Qt."""

from __future__ import annotations

import signal
import subprocess
import sys
import textwrap
from pathlib import Path

from seminarnotes.core.window_lock import lock_path, window_holds

HOLD = textwrap.dedent("""
    import sys, time
    from PySide6.QtCore import QCoreApplication, QLockFile
    app = QCoreApplication([])
    lock = QLockFile(sys.argv[1]); lock.setStaleLockTime(0)
    print("locked" if lock.tryLock(0) else "refused", flush=True)
    time.sleep(60)
""")


def test_a_live_window_holds_and_a_killed_one_does_not(tmp_path: Path) -> None:
    library = tmp_path / "library.sqlite"
    assert lock_path(library) == tmp_path / "library.sqlite.lock"
    assert not window_holds(library)  # no lock file at all
    proc = subprocess.Popen([sys.executable, "-c", HOLD, str(lock_path(library))], stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline() == "locked\n"
        assert window_holds(library)
        assert window_holds(library), "asking must not release the holder's lock"
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    assert lock_path(library).exists(), "a crash leaves the file behind"
    assert not window_holds(library), "a lock left by a crash is not held"
