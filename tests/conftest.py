"""Test-wide set-up: Qt offscreen, and where the shared reference files are."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
XCB = os.environ["QT_QPA_PLATFORM"] == "xcb"
if os.environ["QT_QPA_PLATFORM"] == "offscreen":
    # Offscreen, Qt has one 800×600 screen unless told otherwise: the tests get a laptop
    # and a projector beside it, as at a venue, so that the projector view meets real
    # QScreens (Qt's offscreen platform reads them from this file).
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={Path(__file__).with_name('offscreen_screens.json')}"
# The program's log and its journal of writes in progress go to the user's state folder:
# for the tests (and the command lines they start), a folder of their own.
os.environ["XDG_STATE_HOME"] = tempfile.mkdtemp(prefix="seminarnotes-test-state-")

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("SEMINARNOTES_SHARED", REPO.parent / "shared"))
REFERENCE_PACKAGE = SHARED / "reference" / "resk-2014-04-08.seminarnotes"


@pytest.fixture
def reference_package() -> Path:
    """The real 2014 RESK seminar as a package."""
    assert REFERENCE_PACKAGE.exists(), f"missing {REFERENCE_PACKAGE}: ../shared must sit beside the repo"
    return REFERENCE_PACKAGE


@pytest.fixture(scope="session", autouse=True)
def _empty_clipboard_before_qt_exits():
    """With QT_QPA_PLATFORM=offscreen, PySide6 6.12 crashes at interpreter exit when
    the clipboard holds a QMimeData made in Python (xcb does not); empty it at the end."""
    yield
    import sys

    if "PySide6.QtWidgets" in sys.modules:
        from PySide6.QtWidgets import QApplication

        if QApplication.instance() is not None:
            QApplication.clipboard().clear()


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:  # noqa: ARG001
    """Menus and focus tests need a real X server: `make test` runs them in a second
    session on Xvfb (pytest-xvfb) with QT_QPA_PLATFORM=xcb, and leaves them out of the
    offscreen one (-m "not xcb"); a plain offscreen run skips them with that reason."""
    if XCB:
        return
    skip = pytest.mark.skip(reason="needs Qt's xcb platform: make test runs it on Xvfb")
    for item in items:
        if "xcb" in item.keywords:
            item.add_marker(skip)
