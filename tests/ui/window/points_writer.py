"""Another program writing one group's points into the library, in a process of its own
(see test_two_writers.py), through the core as a script would.

Usage: python points_writer.py LIBRARY GROUP_ID TEXT [BASED_ON COPY_NAME]

Without BASED_ON it replaces whatever the group holds (a program that does not look).
With it, the write is based on that version of the group, as the window's saves are: a
group another writer changed since keeps its text, and TEXT goes into a new group
COPY_NAME right after it. Prints "group version copy" (copy "-" when none was made).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from seminarnotes.core.library import Library
from seminarnotes.core.outline import Point


def main(library: str, group: str, text: str, based_on: str | None = None, copy_name: str = "") -> None:
    with Library.open(library, create=False) as lib:
        saved = lib.set_points(int(group), [Point(text)], based_on=None if based_on is None else int(based_on),
                               copy_name=copy_name)
    print(saved.group_id, saved.version, "-" if saved.copy_id is None else saved.copy_id)


if __name__ == "__main__":
    main(*sys.argv[1:])
