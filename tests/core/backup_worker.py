"""Back up or restore a library over and over, until killed (see test_backup_faults.py).

Usage: python backup_worker.py backup LIBRARY
       python backup_worker.py restore LIBRARY BACKUP_A BACKUP_B

Prints "ready" once imported, then works without pause, so that a kill lands in the
middle of a backup or a restore.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from seminarnotes.core import backup, restore

MAX_SECONDS = 60  # a safety net if the test never kills us


def main() -> None:
    what, library = sys.argv[1], Path(sys.argv[2])
    print("ready", flush=True)
    started = time.monotonic()
    sources = [Path(p) for p in sys.argv[3:]]
    turn = 0
    while time.monotonic() - started < MAX_SECONDS:
        if what == "backup":
            backup.make_backup(library, "manual")
        else:
            restore.restore(library, sources[turn % 2])
            turn += 1


if __name__ == "__main__":
    main()
