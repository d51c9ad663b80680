"""Where the program's own files and the user's library live."""

from __future__ import annotations

import os
from pathlib import Path

# resources/ sits beside the package in a checkout; the PyInstaller bundle
# (packaging/pyinstaller/seminarnotes.spec) puts it in the same place relative to the
# package, so this one rule finds it in both.
RESOURCES = Path(__file__).resolve().parent.parent / "resources"
APP_ID = "io.github.seminarnotes.Seminarnotes"
"""The desktop id: the .desktop file, the AppStream component and the icon are named after it."""
SAMPLE_PACKAGE = RESOURCES / "sample.seminarnotes"
LIBRARY_ENV = "SEMINARNOTES_LIBRARY"


def user_data_dir() -> Path:
    """The platform's per-user data folder for Seminarnotes."""
    import platformdirs

    return Path(platformdirs.user_data_dir("Seminarnotes", appauthor=False))


def default_library_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    """`--library` wins, then $SEMINARNOTES_LIBRARY, then the user data folder."""
    if explicit:
        return Path(explicit).expanduser()
    env = os.environ.get(LIBRARY_ENV)
    if env:
        return Path(env).expanduser()
    return user_data_dir() / "library.sqlite"


def log_path() -> Path:
    """Unexpected errors are logged here with their traceback."""
    import platformdirs

    return Path(platformdirs.user_log_dir("Seminarnotes", appauthor=False)) / "seminarnotes.log"


def state_dir() -> Path:
    """The platform's per-user state folder: the journal of writes in progress."""
    import platformdirs

    return Path(platformdirs.user_state_dir("Seminarnotes", appauthor=False))


def pending_writes_dir() -> Path:
    """Where the program notes each file it is writing, so that the next start can remove
    the temporary file of a write that was interrupted."""
    return state_dir() / "writing"
