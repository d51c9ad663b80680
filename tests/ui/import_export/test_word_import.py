"""File ▸ Import Word document… and a dropped .docx: the preview, corrected with the
keyboard, then one import; assertions read a freshly opened Library."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from seminarnotes.core.library import Library
from seminarnotes.ui.common import file_dialogs
from seminarnotes.ui.import_export.word_import import WordImportDialog
from seminarnotes.ui.window.main_window import MainWindow
from tests.helpers import REFERENCE_HANDMADE as HANDMADE
from tests.helpers import drop_files, show_window
from tests.wordimport.handmade import FIXTURES, HandMade


@pytest.fixture
def window(qtbot, library: Library) -> MainWindow:  # noqa: ANN001
    return show_window(qtbot, library)


def _open_with_menu(qtbot, window: MainWindow, path: Path, monkeypatch: pytest.MonkeyPatch) -> WordImportDialog:  # noqa: ANN001
    monkeypatch.setattr(file_dialogs, "open_file_name", lambda *_args: str(path))
    assert window.windowActions.importWordAction in window.windowActions.fileMenu.actions()
    window.windowActions.importWordAction.trigger()
    qtbot.waitUntil(lambda: window.findChild(WordImportDialog) is not None, timeout=5000)
    dialog = window.findChild(WordImportDialog)
    qtbot.waitExposed(dialog)
    return dialog


def _go_to_line(qtbot, dialog: WordImportDialog, line: int) -> None:  # noqa: ANN001
    """Arrow down through the tree until the current row is the given paragraph."""
    qtbot.keyClick(dialog.view, Qt.Key.Key_Home)
    for _ in range(200):
        row = dialog.model.row(dialog.view.currentIndex())
        if row is not None and row.line == line:
            return
        qtbot.keyClick(dialog.view, Qt.Key.Key_Down)
    raise AssertionError(f"line {line} not found")


def test_preview_change_a_line_with_the_keyboard_and_import(qtbot, window: MainWindow, library_path: Path,  # noqa: ANN001
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = _open_with_menu(qtbot, window, HANDMADE, monkeypatch)
    assert dialog.summary.text().startswith("Sessions: 2, groups: 12, points: 56.")
    _go_to_line(qtbot, dialog, 10)  # "Tematiska möten – ge övrig information …", a point of Kungsör/Köping
    qtbot.keyClick(dialog.view, Qt.Key.Key_G)  # read it as a group name
    assert dialog.model.row(dialog.view.currentIndex()).kind == "group"
    _go_to_line(qtbot, dialog, 9)
    qtbot.keyClick(dialog.view, Qt.Key.Key_Tab)  # a sub-point of the point before it
    assert dialog.model.row(dialog.view.currentIndex()).level == 1
    assert dialog.summary.text().startswith("Sessions: 2, groups: 13, points: 55.")
    qtbot.keyClick(dialog.view, Qt.Key.Key_Return)  # Import
    qtbot.waitUntil(lambda: window.seminar_id is not None, timeout=5000)

    with Library.open(library_path) as fresh:
        (summary,) = fresh.list_seminars()
        doc = fresh.seminar_doc(summary.id)
    assert window.seminar_id == summary.id
    morning = doc.sessions[0]
    assert [g.name for g in morning.groups][:3] == [
        "Kungsör/Köping",
        "Tematiska möten – ge övrig information i veckobrev istället för att de upptar en stor del av tiden "
        "på personalmöte",
        "Fagersta"]
    assert [(p.text, p.level) for p in morning.groups[0].points] == [
        ("Ständigt reflektera och utvärdera arbetssätt i verksamheten, t ex på arbetsplatsträffar (APT)", 0),
        ("Som chef är det viktigt att uppmuntra frågor och dialog på arbetsplatsen", 1)]
    assert morning.groups[1].points == []
    assert doc.details.speaker == "Per-Erik Ellström" and doc.details.compiled_by == "Karina Tilling"


def test_f3_finds_the_guesses_and_ctrl_z_takes_a_change_back(qtbot, window: MainWindow, library: Library,  # noqa: ANN001
                                                             tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = (HandMade().line("Höstträff", bold=True, size=20).line("Förmiddag", bold=True, size=14)
            .line("Köping", bold=True).line("- Mer dialog").line("Sala").line("- Fika").save(tmp_path / "h.docx"))
    dialog = _open_with_menu(qtbot, window, path, monkeypatch)
    assert "guesses, marked with a warning sign: 2." in dialog.summary.text()  # "Köping" and "Sala"
    assert dialog.model.row(dialog.view.currentIndex()).line == 3  # the first guess is shown first
    assert "bold and short" in dialog.reason.text()
    qtbot.keyClick(dialog.view, Qt.Key.Key_F3)
    row = dialog.model.row(dialog.view.currentIndex())
    assert (row.line, row.kind) == (5, "point")  # "Sala": a plain line among typed dashes
    qtbot.keyClick(dialog.view, Qt.Key.Key_G)
    assert dialog.model.row(dialog.view.currentIndex()).kind == "group"
    qtbot.keyClick(dialog.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert dialog.model.row(dialog.view.currentIndex()).kind == "point"
    qtbot.keyClick(dialog.view, Qt.Key.Key_Escape)  # Cancel: nothing is written
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=3000)
    assert library.list_seminars() == []


def test_the_role_box_changes_a_line_too(qtbot, window: MainWindow, library_path: Path,  # noqa: ANN001
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = _open_with_menu(qtbot, window, HANDMADE, monkeypatch)
    _go_to_line(qtbot, dialog, 16)  # a shaded good example
    dialog.roleBox.setFocus()
    qtbot.keyClick(dialog.roleBox, Qt.Key.Key_Up)  # Highlight -> Point in the box's order
    assert dialog.model.row(dialog.view.currentIndex()).kind == "point"
    dialog.importButton.click()
    qtbot.waitUntil(lambda: window.seminar_id is not None, timeout=5000)
    with Library.open(library_path) as fresh:
        doc = fresh.seminar_doc(fresh.list_seminars()[0].id)
    assert [p.kind for p in doc.sessions[0].groups[1].points] == ["point"] * 5


def test_a_dropped_word_document_opens_the_preview(qtbot, window: MainWindow, library_path: Path) -> None:  # noqa: ANN001
    assert drop_files(window, [HANDMADE])
    qtbot.waitUntil(lambda: window.findChild(WordImportDialog) is not None, timeout=5000)
    dialog = window.findChild(WordImportDialog)
    assert dialog.windowTitle() == "Import Word document \u2014 resk-2014-handmade.docx"
    dialog.importButton.click()
    qtbot.waitUntil(lambda: window.seminar_id is not None, timeout=5000)
    with Library.open(library_path) as fresh:
        assert [s.title for s in fresh.list_seminars()] == ["En lärande och utvecklingsinriktad arbetsplats"]


def test_a_bad_word_document_is_one_sentence_and_changes_nothing(qtbot, window: MainWindow, library: Library,  # noqa: ANN001
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda _p, _t, text, *_a: said.append(text)))
    monkeypatch.setattr(file_dialogs, "open_file_name", lambda *_args: str(FIXTURES / "old-format.doc"))
    window.windowActions.importWordAction.trigger()
    assert said == ["old-format.doc is an old Word document (.doc); open it in Word or LibreOffice, save it as a "
                    "Word document (.docx) and import that."]
    assert window.findChild(WordImportDialog) is None
    assert library.list_seminars() == []
