"""Test-wide set-up: Qt offscreen, the test's own state folder, the reference seminar and
the one library factory. Helpers that tests import are in tests/helpers.py."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterator
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

from seminarnotes.core.library import Library  # noqa: E402 - after the environment is set
from tests.helpers import REFERENCE_PACKAGE  # noqa: E402


@pytest.fixture
def reference_package() -> Path:
    """The real 2014 RESK seminar as a package."""
    assert REFERENCE_PACKAGE.exists(), f"missing {REFERENCE_PACKAGE}: ../shared must sit beside the repo"
    return REFERENCE_PACKAGE


@pytest.fixture
def open_library(tmp_path: Path) -> Iterator[Callable[..., Library]]:
    """The one way a test gets a library: open_library() opens (creating it) the library
    file tmp_path / "library.sqlite", open_library(name) another one; every library opened
    so is closed after the test."""
    opened: list[Library] = []

    def open_(name: str | Path = "library.sqlite") -> Library:
        library = Library.open(tmp_path / name)
        opened.append(library)
        return library

    yield open_
    for library in opened:
        library.close()


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


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Menus and focus tests need a real X server: `make test` runs them in a second
    session on Xvfb (pytest-xvfb) with QT_QPA_PLATFORM=xcb, and leaves them out of the
    offscreen one (-m "not xcb"); a plain offscreen run skips them with that reason."""
    if XCB:
        return
    skip = pytest.mark.skip(reason="needs Qt's xcb platform: make test runs it on Xvfb")
    for item in items:
        if "xcb" in item.keywords:
            item.add_marker(skip)
