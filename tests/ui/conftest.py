"""UI test fixtures: a temporary library, and QSettings kept away from the user's own."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QSettings, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from seminarnotes.core import package
from seminarnotes.core.document import GroupDoc, SeminarDetails, SeminarDoc, SessionDoc
from seminarnotes.core.library import Library
from seminarnotes.core.outline import Point
from seminarnotes.ui.app import install_translations


@pytest.fixture(autouse=True)
def isolated_settings(qapp, tmp_path: Path) -> Iterator[Path]:  # noqa: ANN001 - pytest-qt's QApplication
    """Every test gets its own empty QSettings (INI files under tmp_path)."""
    folder = tmp_path / "settings"
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    QCoreApplication.setOrganizationName("SeminarnotesTest")
    QCoreApplication.setApplicationName("SeminarnotesTest")
    yield folder
    QSettings().clear()


@pytest.fixture
def english(qapp) -> Iterator[None]:  # noqa: ANN001 - pytest-qt's QApplication
    """The English translation, which has the plural forms ("1 match"); removed afterwards."""
    translators = install_translations(qapp, QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    for translator in translators:
        qapp.removeTranslator(translator)


@pytest.fixture
def library_path(tmp_path: Path) -> Path:
    return tmp_path / "library.sqlite"


@pytest.fixture
def library(library_path: Path) -> Iterator[Library]:
    with Library.open(library_path) as lib:
        yield lib


def two_session_doc() -> SeminarDoc:
    """A small seminar: two sessions, five groups, a few points."""
    return SeminarDoc(
        details=SeminarDetails(title="Samverkan", date=dt.date(2014, 4, 8), speaker="Per"),
        sessions=[
            SessionDoc("Förmiddag", "Vad vill vi?", [
                GroupDoc("Köping", [Point("Reflektera"), Point("På APT", 1)]),
                GroupDoc("Västerås", [Point("Dialog", 0, "highlight")]),
                GroupDoc("Sala"),
            ]),
            SessionDoc("Eftermiddag", "Hur gör vi?", [
                GroupDoc("Fagersta", [Point("Mentorer")]),
                GroupDoc("Arboga"),
            ]),
        ],
    )


@pytest.fixture
def seminar_id(library: Library) -> int:
    return library.import_doc(two_session_doc())


def names(library: Library, seminar_id: int) -> list[tuple[str, list[str]]]:
    """The seminar's sessions and group names, as the library holds them."""
    return [(s.name, [g.name for g in s.groups]) for s in library.seminar_tree(seminar_id)]


def type_text(qtbot, widget, text: str) -> None:  # noqa: ANN001 - qtbot
    """Type like a user; QTest's keyClicks accepts only ASCII (it crashes on å, ä, ö),
    so other letters go in as key events carrying their text, as an input method sends them."""
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier,
                                                         char))


@pytest.fixture
def lib(tmp_path: Path, reference_package: Path) -> Iterator[Library]:
    """A library holding the 2014 RESK seminar; its id is `lib.resk`."""
    library = Library.open(tmp_path / "lib.sqlite")
    library.resk = library.import_doc(package.read(reference_package))  # type: ignore[attr-defined]
    yield library
    library.close()


def show(qtbot, widget, width: int, height: int):  # noqa: ANN001, ANN201 - qtbot, any widget
    """Show a widget as a user would see it, and wait until it is on screen."""
    qtbot.addWidget(widget)
    widget.resize(width, height)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def show_window(qtbot, library: Library):  # noqa: ANN001, ANN201
    """The main window as it starts: session restored, shown and active."""
    from seminarnotes.ui.window.main_window import MainWindow

    window = MainWindow(library)
    qtbot.addWidget(window)
    window.restoreSession()
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    return window


def answer_save_dialogs(monkeypatch, chosen: Path) -> list[str]:  # noqa: ANN001 - pytest's monkeypatch
    """Every save dialog answers `chosen`; returns the list of proposed paths, filled as they are asked."""
    from seminarnotes.ui.common import file_dialogs

    proposals: list[str] = []

    def save_dialog(_parent, _title, start, _filter):  # noqa: ANN001, ANN202
        proposals.append(start)
        return str(chosen)

    monkeypatch.setattr(file_dialogs, "save_file_name", save_dialog)
    return proposals


def answer_reimport(monkeypatch, choice) -> list[str]:  # noqa: ANN001 - monkeypatch, reimport.Choice | None
    """The question about a package the library already holds answers `choice` (unanswered,
    a test would wait on the dialog); returns the titles it was asked about, as they are asked."""
    from seminarnotes.ui.import_export import reimport

    asked: list[str] = []

    def ask(_parent, doc, _held):  # noqa: ANN001, ANN202
        asked.append(doc.details.title)
        return choice

    monkeypatch.setattr(reimport, "ask", ask)
    return asked
