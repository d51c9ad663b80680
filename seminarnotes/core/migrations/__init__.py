"""Alembic migrations for the library file, run by Library on open.

REVISIONS lists every revision this program knows, oldest first, so that opening
an up-to-date library need not load Alembic at all (start-up speed); a test checks
it against Alembic's own script directory.
"""

from pathlib import Path

REVISIONS = ("0001", "0002", "0003", "0004")
HEAD = REVISIONS[-1]
SCRIPT_LOCATION = Path(__file__).resolve().parent
