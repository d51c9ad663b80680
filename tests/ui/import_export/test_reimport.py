"""Importing a package whose seminar the library already holds (issue 8, case 10): the
window asks "Open the one you have / Import a copy" (or Cancel) for File ▸ Import
package…, a dropped package and `seminarnotes FILE.seminarnotes`; assertions read a
freshly opened Library."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from seminarnotes.core import package
from seminarnotes.core.library import Library
from seminarnotes.ui import app
from seminarnotes.ui.import_export import reimport
from seminarnotes.ui.import_export.reimport import Choice
from seminarnotes.ui.window.main_window import MainWindow
from tests.helpers import answer_reimport, drop_files, show_window


def answer_file_dialog(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    from seminarnotes.ui.common import file_dialogs

    monkeypatch.setattr(file_dialogs, "open_file_name", lambda *_a, **_k: str(path))


def titles(path: Path) -> list[str]:
    with Library.open(path) as lib:
        return sorted(s.title for s in lib.list_seminars())


def uids(path: Path) -> set[str]:
    with Library.open(path) as lib:
        return {lib.seminar_doc(s.id).uid for s in lib.list_seminars()}


@pytest.fixture
def held(library: Library, reference_package: Path) -> int:
    """The library holds the RESK seminar already, imported from the same package."""
    return library.import_doc(package.read(reference_package))


@pytest.fixture
def window(qtbot, library: Library, held: int) -> Iterator[MainWindow]:  # noqa: ANN001, ARG001
    yield show_window(qtbot, library)


RESK = "En lärande och utvecklingsinriktad arbetsplats"


def test_import_package_of_a_held_seminar_opens_the_one_you_have(
        window: MainWindow, library_path: Path, reference_package: Path, held: int,
        monkeypatch: pytest.MonkeyPatch) -> None:
    other = window.library.create_seminar("Annat")
    window.openSeminarId(other)
    answer_file_dialog(monkeypatch, reference_package)
    asked = answer_reimport(monkeypatch, Choice.OPEN)
    window.windowActions.importPackageAction.trigger()
    assert asked == [RESK]
    assert titles(library_path) == ["Annat", RESK]
    assert window.seminar_id == held


def test_import_a_copy_makes_a_second_seminar_with_its_own_uid(
        window: MainWindow, library_path: Path, reference_package: Path, held: int,
        monkeypatch: pytest.MonkeyPatch) -> None:
    answer_file_dialog(monkeypatch, reference_package)
    answer_reimport(monkeypatch, Choice.COPY)
    window.windowActions.importPackageAction.trigger()
    assert titles(library_path) == [RESK, RESK]
    assert len(uids(library_path)) == 2
    assert window.seminar_id not in (None, held)


def test_cancel_imports_nothing_and_stays(window: MainWindow, library_path: Path, reference_package: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    other = window.library.create_seminar("Annat")
    window.openSeminarId(other)
    answer_file_dialog(monkeypatch, reference_package)
    answer_reimport(monkeypatch, None)
    window.windowActions.importPackageAction.trigger()
    assert titles(library_path) == ["Annat", RESK]
    assert window.seminar_id == other


def test_a_package_not_in_the_library_is_imported_without_a_question(
        window: MainWindow, library_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    doc = window.library.seminar_doc(window.seminar_id)  # type: ignore[arg-type]
    doc.uid = ""
    doc.details.title = "Ett annat seminarium"
    path = tmp_path / "annat.seminarnotes"
    package.write(doc, path)
    asked = answer_reimport(monkeypatch, Choice.OPEN)
    window.importPackage(path)
    assert asked == []
    assert titles(library_path) == [RESK, "Ett annat seminarium"]


def _answer_with_keys(qtbot, *keys: tuple[Qt.Key, Qt.KeyboardModifier] | str) -> list[str]:  # noqa: ANN001
    """Press keys in the next modal dialog, as the user would; a text instead of a key
    means Tab until the button with that text has the focus. Returns the dialog's text
    and buttons."""
    seen: list[str] = []

    def press() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, press)
            return
        box.activateWindow()  # as a window manager does with a new dialog
        qtbot.waitUntil(box.isActiveWindow, timeout=2000)
        seen.append(box.text())
        seen.extend(button.text() for button in box.buttons())
        for key in keys:
            if isinstance(key, str):
                for _ in box.buttons():
                    if QApplication.focusWidget().text() == key:
                        break
                    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
            else:
                qtbot.keyClick(QApplication.focusWidget(), *key)
        if box.isVisible():  # the keys did not answer: fail rather than hang
            seen.append("still open")
            box.reject()

    QTimer.singleShot(0, press)
    return seen


@pytest.mark.usefixtures("english")
def test_the_question_is_answered_with_the_keyboard(qtbot, window: MainWindow, library_path: Path,  # noqa: ANN001
                                                    reference_package: Path, held: int) -> None:
    seen = _answer_with_keys(qtbot, "Import a &copy", (Qt.Key.Key_Space, Qt.KeyboardModifier.NoModifier))
    window.importPackage(reference_package)
    assert seen[0] == f"\u201c{RESK}\u201d is already in your library."
    assert {"&Open the one you have", "Import a &copy", "Cancel"} <= set(seen[1:])
    assert titles(library_path) == [RESK, RESK]
    seen = _answer_with_keys(qtbot, (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier))
    window.importPackage(reference_package)
    assert seen and titles(library_path) == [RESK, RESK]
    seen = _answer_with_keys(qtbot, (Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier))  # the default: open
    window.openSeminarId(window.library.create_seminar("Annat"))
    window.importPackage(reference_package)
    assert seen and titles(library_path) == ["Annat", RESK, RESK]
    assert window.seminar_id in {s.id for s in window.library.list_seminars() if s.title == RESK}


def test_a_dropped_package_the_library_holds_asks_too(qtbot, window: MainWindow, library_path: Path,  # noqa: ANN001
                                                      reference_package: Path, held: int,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    window.openSeminarId(window.library.create_seminar("Annat"))
    asked = answer_reimport(monkeypatch, Choice.OPEN)
    assert drop_files(window.editor.viewport(), [reference_package])
    qtbot.waitUntil(lambda: asked == [RESK], timeout=3000)
    assert titles(library_path) == ["Annat", RESK]
    assert window.seminar_id == held


def test_opening_a_package_file_the_library_holds_asks(qtbot, library_path: Path,  # noqa: ANN001
                                                       reference_package: Path, held: int,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """`seminarnotes FILE.seminarnotes`, as a file manager runs it: app.run with the file."""
    asked: list[str] = []
    shown: list[QWidget] = []

    class TestApplication:
        """This test's QApplication, whose exec returns once the window has acted (a real
        exec would leave Qt "closing", refusing to activate any window in later tests)."""

        def exec(self) -> int:
            qtbot.waitUntil(lambda: bool(asked), timeout=5000)
            return 0

        def __getattr__(self, name: str):  # noqa: ANN204
            return getattr(QApplication.instance(), name)

    def ask(_parent, doc, _held) -> Choice:  # noqa: ANN001
        asked.append(doc.details.title)
        shown.extend(w for w in QApplication.topLevelWidgets()
                     if isinstance(w, MainWindow) and w.isVisible() and w.library.path == library_path)
        return Choice.OPEN

    monkeypatch.setattr(app, "make_application", TestApplication)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(reimport, "ask", ask)
    assert app.run(library_path, reference_package) == 0
    (window,) = shown
    qtbot.addWidget(window)
    assert asked == [RESK]
    assert titles(library_path) == [RESK]
    assert window.seminar_id == held
