"""UI test fixtures: QSettings kept away from the user's own, the English translation,
and the library with the seminars the tests open. What tests import is in tests/helpers.py."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings
from PySide6.QtWidgets import QMessageBox

from seminarnotes.core import package
from seminarnotes.core.library import Library
from seminarnotes.ui.app import install_translations
from seminarnotes.ui.window.main_window import MainWindow
from tests.helpers import show_window, two_session_doc


@pytest.fixture(autouse=True)
def isolated_settings(qapp, tmp_path: Path) -> Iterator[Path]:
    """Every test gets its own empty QSettings (INI files under tmp_path)."""
    folder = tmp_path / "settings"
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    QCoreApplication.setOrganizationName("SeminarnotesTest")
    QCoreApplication.setApplicationName("SeminarnotesTest")
    yield folder
    QSettings().clear()


@pytest.fixture
def english(qapp) -> Iterator[None]:
    """The English translation, which has the plural forms ("1 match"); removed afterwards."""
    translators = install_translations(qapp, QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    for translator in translators:
        qapp.removeTranslator(translator)


@pytest.fixture
def library_path(tmp_path: Path) -> Path:
    return tmp_path / "library.sqlite"


@pytest.fixture
def library(open_library: Callable[..., Library], library_path: Path) -> Library:
    """The test's library (tests/conftest.py's open_library), empty."""
    return open_library(library_path)


@pytest.fixture
def seminar_id(library: Library) -> int:
    """A small seminar in the library (helpers.two_session_doc)."""
    return library.import_doc(two_session_doc())


@pytest.fixture
def resk_id(library: Library, reference_package: Path) -> int:
    """The 2014 RESK seminar in the library."""
    return library.import_doc(package.read(reference_package))


@pytest.fixture
def window(qtbot, library: Library, seminar_id: int) -> Iterator[MainWindow]:
    """The main window on the library, shown, with the test seminar in it."""
    yield show_window(qtbot, library)


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The sentences shown in warning boxes, in order (none is shown)."""
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda _p, _t, text, *_a: said.append(text)))
    return said
