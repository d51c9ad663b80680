"""Never lose a typed word (issue: seven ways the first version lost text). Each test
types real keys where the user's keys would land (the window's focus widget) and
reads what a freshly opened library holds."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QMessageBox

from seminarnotes.core.library import Library
from seminarnotes.core.outline import Point
from seminarnotes.ui.window.main_window import MainWindow
from tests.helpers import (
    PACKAGE_ROOT,
    another_program_reads,
    answer_questions,
    show_window,
    text_another_program_reads,
    type_text,
)

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier
NONE = Qt.KeyboardModifier.NoModifier


def press(qtbot, window: MainWindow, key: Qt.Key, mods: Qt.KeyboardModifier = NONE) -> None:
    """A key where the user's key would land: the window's focus widget."""
    qtbot.keyClick(window.focusWidget() or window, key, mods)


def typed(qtbot, window: MainWindow, text: str) -> None:
    """Text typed key by key, each key where focus is at that moment."""
    for char in text:
        type_text(qtbot, window.focusWidget() or window, char)


def stored(path: Path) -> Library:
    return Library.open(path)


def group_named(path: Path, seminar_id: int, name: str) -> tuple[int, list[Point]] | None:
    with stored(path) as lib:
        for session in lib.seminar_tree(seminar_id):
            for group in session.groups:
                if group.name == name:
                    return group.id, lib.points(group.id)
    return None


def click_item(qtbot, window: MainWindow, kind: str, id_: int) -> None:
    index = window.model.indexFor(kind, id_)
    window.tree.scrollTo(index)
    qtbot.mouseClick(window.tree.viewport(), Qt.MouseButton.LeftButton, pos=window.tree.visualRect(index).center())


# --- 1. undo and redo never destroy ----------------------------------------------------

def test_undoing_and_redoing_a_new_group_brings_back_its_points(qtbot, window: MainWindow,
                                                                library_path: Path, seminar_id: int,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    asked = answer_questions(monkeypatch, QMessageBox.StandardButton.Yes)
    window.page.select("seminar", seminar_id)
    title = window.seminarForm.fields["title"]
    title.setFocus()
    title.selectAll()
    typed(qtbot, window, "Samverkan 2014")  # a title typed just before the group is added
    press(qtbot, window, Qt.Key.Key_N, CTRL | SHIFT)
    typed(qtbot, window, "Testgrupp")
    press(qtbot, window, Qt.Key.Key_Return)
    typed(qtbot, window, "Punkt ett")
    press(qtbot, window, Qt.Key.Key_Return)
    typed(qtbot, window, "Punkt två")
    points = [Point("Punkt ett"), Point("Punkt två")]
    qtbot.waitUntil(lambda: group_named(library_path, seminar_id, "Testgrupp") is not None
                    and group_named(library_path, seminar_id, "Testgrupp")[1] == points, timeout=3000)
    group_id = group_named(library_path, seminar_id, "Testgrupp")[0]
    click_item(qtbot, window, "group", group_id)
    press(qtbot, window, Qt.Key.Key_Escape)

    def group_exists() -> bool:
        with stored(library_path) as lib:
            return any(g.id == group_id for s in lib.seminar_tree(seminar_id) for g in s.groups)

    undone = 0
    while group_exists():
        assert undone < 20, "Ctrl+Z never took the group back"
        press(qtbot, window, Qt.Key.Key_Z, CTRL)
        undone += 1
    with stored(library_path) as lib:
        assert lib.details(seminar_id).title == "Samverkan 2014", "undoing the group also took back the title"
    assert window.windowActions.undoAction.text() == "Undo Rename seminar"

    for _ in range(undone):
        press(qtbot, window, Qt.Key.Key_Z, CTRL | SHIFT)
    window.autosaver.flush()
    assert group_named(library_path, seminar_id, "Testgrupp")[1] == points
    assert not asked, "the points had been undone one by one: nothing to ask"


def test_redoing_a_delete_asks_first_and_undo_brings_the_points_back(qtbot, window: MainWindow,
                                                                    library_path: Path, seminar_id: int,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    koping = group_named(library_path, seminar_id, "Köping")
    click_item(qtbot, window, "group", koping[0])
    answer_questions(monkeypatch, QMessageBox.StandardButton.Yes)
    press(qtbot, window, Qt.Key.Key_Delete)
    assert group_named(library_path, seminar_id, "Köping") is None
    press(qtbot, window, Qt.Key.Key_Z, CTRL)
    assert group_named(library_path, seminar_id, "Köping")[1] == koping[1]
    asked = answer_questions(monkeypatch, QMessageBox.StandardButton.No)
    press(qtbot, window, Qt.Key.Key_Z, CTRL | SHIFT)
    assert len(asked) == 1 and "2 point" in asked[0]
    assert group_named(library_path, seminar_id, "Köping")[1] == koping[1], "No: nothing was taken out"
    answer_questions(monkeypatch, QMessageBox.StandardButton.Yes)
    press(qtbot, window, Qt.Key.Key_Z, CTRL | SHIFT)
    assert group_named(library_path, seminar_id, "Köping") is None
    press(qtbot, window, Qt.Key.Key_Z, CTRL)
    assert group_named(library_path, seminar_id, "Köping")[1] == koping[1]


def test_undoing_an_added_group_that_another_program_filled_asks_and_redo_restores(
        qtbot, window: MainWindow, library_path: Path, seminar_id: int,
        monkeypatch: pytest.MonkeyPatch) -> None:
    window.page.select("seminar", seminar_id)
    window.tree.setFocus()
    press(qtbot, window, Qt.Key.Key_N, CTRL | SHIFT)
    typed(qtbot, window, "Ny")
    window.autosaver.flush()
    group_id = group_named(library_path, seminar_id, "Ny")[0]
    with stored(library_path) as other:  # points that are in no undo step of this window
        other.set_points(group_id, [Point("utifrån")])
    window.tree.setFocus()
    asked = answer_questions(monkeypatch, QMessageBox.StandardButton.No)
    for _ in range(2):  # the rename, then the group itself
        press(qtbot, window, Qt.Key.Key_Z, CTRL)
    assert asked and "1 point" in asked[0]
    assert group_named(library_path, seminar_id, "") == (group_id, [Point("utifrån")]), "No: the group stays"
    answer_questions(monkeypatch, QMessageBox.StandardButton.Yes)
    press(qtbot, window, Qt.Key.Key_Z, CTRL)
    assert group_named(library_path, seminar_id, "") is None
    press(qtbot, window, Qt.Key.Key_Z, CTRL | SHIFT)
    press(qtbot, window, Qt.Key.Key_Z, CTRL | SHIFT)
    assert group_named(library_path, seminar_id, "Ny")[1] == [Point("utifrån")], "redo put back what undo took"


# --- 3. saved while typing -------------------------------------------------------------

def _stored_text(path: Path, group_id: int) -> str:
    db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return "\n".join(t for (t,) in db.execute("SELECT text FROM point WHERE group_id = ? ORDER BY position",
                                                  (group_id,)))
    finally:
        db.close()


def test_text_typed_without_a_pause_reaches_the_disk_within_two_seconds(qtbot, window: MainWindow,
                                                                        library_path: Path,
                                                                        seminar_id: int) -> None:
    sala = group_named(library_path, seminar_id, "Sala")[0]
    window.page.select("group", sala)
    press(qtbot, window, Qt.Key.Key_PageDown, CTRL)
    press(qtbot, window, Qt.Key.Key_PageUp, CTRL)
    assert window.editor.hasFocus()
    sentence = "Vi behöver mer tid för uppföljning och reflektion i arbetsgruppen varje vecka"
    history: list[tuple[float, str]] = []
    late = []
    for i, char in enumerate(sentence):
        type_text(qtbot, window.editor, char)
        now = time.monotonic()
        history.append((now, sentence[:i + 1]))
        qtbot.wait(110)  # about 8 keys a second, never a pause
        on_disk = _stored_text(library_path, sala)
        due = [text for t, text in history if t <= time.monotonic() - 2.0]
        if due and not on_disk.startswith(due[-1]):
            late.append((i, due[-1], on_disk))
    assert not late, f"typed more than 2 s earlier but not on disk: {late[:3]}"


def test_each_new_point_is_saved_at_once(qtbot, window: MainWindow, library_path: Path,
                                         seminar_id: int) -> None:
    sala = group_named(library_path, seminar_id, "Sala")[0]
    window.page.select("group", sala)
    window.page.focusPoints()
    for n in range(1, 6):
        typed(qtbot, window, f"punkt {n}")
        press(qtbot, window, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda n=n: _stored_text(library_path, sala).count("punkt") == n, timeout=400)
    press(qtbot, window, Qt.Key.Key_Tab)  # an indent is saved at once too
    typed(qtbot, window, "under")
    press(qtbot, window, Qt.Key.Key_H, CTRL)
    qtbot.waitUntil(lambda: stored(library_path).points(sala)[-1] == Point("under", 1, "highlight"), timeout=400)


# --- 4. focus never swallows keys -----------------------------------------------------

def test_after_renaming_with_f2_typing_goes_into_the_points(qtbot, window: MainWindow,
                                                             library_path: Path, seminar_id: int) -> None:
    sala = group_named(library_path, seminar_id, "Sala")[0]
    click_item(qtbot, window, "group", sala)
    press(qtbot, window, Qt.Key.Key_F2)
    typed(qtbot, window, "Sala kommun")
    press(qtbot, window, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.tree.state() != QAbstractItemView.State.EditingState)  # the delegate's next turn
    assert window.tree.hasFocus()
    typed(qtbot, window, "Första punkten")
    window.autosaver.flush()
    assert group_named(library_path, seminar_id, "Sala kommun")[1] == [Point("Första punkten")]


def test_enter_in_the_tree_leads_into_the_item(qtbot, window: MainWindow, library_path: Path,
                                               seminar_id: int) -> None:
    koping = group_named(library_path, seminar_id, "Köping")[0]
    click_item(qtbot, window, "group", koping)
    press(qtbot, window, Qt.Key.Key_F2)
    press(qtbot, window, Qt.Key.Key_Return)  # rename done, name unchanged
    qtbot.waitUntil(lambda: window.tree.state() != QAbstractItemView.State.EditingState)
    press(qtbot, window, Qt.Key.Key_Return)  # the next Enter goes to the points ...
    assert window.editor.hasFocus()
    press(qtbot, window, Qt.Key.Key_Return)  # ... at the end of the last point
    typed(qtbot, window, "Ny")
    window.autosaver.flush()
    assert group_named(library_path, seminar_id, "Köping")[1] == [Point("Reflektera"), Point("På APT", 1),
                                                                     Point("Ny", 1)]
    session = window.model.sessions()[0]
    click_item(qtbot, window, "session", session.id)
    press(qtbot, window, Qt.Key.Key_Return)
    assert window.sessionForm.fields["question"].hasFocus()
    click_item(qtbot, window, "seminar", seminar_id)
    press(qtbot, window, Qt.Key.Key_Return)
    assert window.seminarForm.fields["title"].hasFocus()


def test_after_undoing_a_move_in_the_tree_typing_lands(qtbot, window: MainWindow, library_path: Path,
                                                       seminar_id: int) -> None:
    sala = group_named(library_path, seminar_id, "Sala")[0]
    click_item(qtbot, window, "group", sala)
    press(qtbot, window, Qt.Key.Key_Up, ALT | SHIFT)
    press(qtbot, window, Qt.Key.Key_Z, CTRL)
    typed(qtbot, window, "Efter ångra")
    window.autosaver.flush()
    assert group_named(library_path, seminar_id, "Sala")[1] == [Point("Efter ångra")]


def test_from_the_seminar_item_ctrl_page_down_goes_to_type_in_the_first_group(
        qtbot, library: Library, library_path: Path, seminar_id: int) -> None:
    window = show_window(qtbot, library)  # a fresh start selects the seminar
    assert window.page.currentNode().kind == "seminar"
    press(qtbot, window, Qt.Key.Key_PageDown, CTRL)
    typed(qtbot, window, "X")
    window.autosaver.flush()
    assert group_named(library_path, seminar_id, "Köping")[1] == [Point("Reflektera"), Point("På APTX", 1)]


# --- 5. arriving in a group -----------------------------------------------------------

def test_arriving_in_a_group_never_puts_the_cursor_before_its_first_point(qtbot, library: Library,
                                                                          library_path: Path,
                                                                          seminar_id: int) -> None:
    window = show_window(qtbot, library)
    koping = group_named(library_path, seminar_id, "Köping")[0]
    window.page.select("group", koping)
    press(qtbot, window, Qt.Key.Key_PageDown, CTRL)
    press(qtbot, window, Qt.Key.Key_PageUp, CTRL)  # back in Köping
    press(qtbot, window, Qt.Key.Key_Return)
    typed(qtbot, window, "Mer")
    window.autosaver.flush()
    assert group_named(library_path, seminar_id, "Köping")[1] == [Point("Reflektera"), Point("På APT", 1),
                                                                     Point("Mer", 1)]
    # where the user left the cursor in a group is where it comes back
    window.editor.setCurrentPoint(0)
    press(qtbot, window, Qt.Key.Key_End)
    press(qtbot, window, Qt.Key.Key_PageDown, CTRL)
    press(qtbot, window, Qt.Key.Key_PageUp, CTRL)
    typed(qtbot, window, "!")
    window.close()
    assert group_named(library_path, seminar_id, "Köping")[1][0] == Point("Reflektera!")
    # after a restart: the end of the last point
    again = show_window(qtbot, library)
    assert again.page.currentNode().key() == ("group", koping)
    press(qtbot, again, Qt.Key.Key_Return)
    typed(qtbot, again, "Sist")
    again.close()
    assert group_named(library_path, seminar_id, "Köping")[1][-1] == Point("Sist", 1)


# --- 7. nothing in the process opens the library's files ------------------------------

def test_browsing_the_library_folder_keeps_the_library_locked(qtbot, window: MainWindow,
                                                              library_path: Path, seminar_id: int) -> None:
    from PySide6.QtWidgets import QFileSystemModel

    from seminarnotes.ui.common import file_dialogs

    sala = group_named(library_path, seminar_id, "Sala")[0]
    window.page.select("group", sala)
    window.page.focusPoints()
    typed(qtbot, window, "före")
    window.autosaver.flush()
    dialog = file_dialogs.make_dialog(window, "Import package", str(library_path.parent), "All files (*)")
    dialog.show()
    model = dialog.findChild(QFileSystemModel)
    qtbot.waitUntil(lambda: model.rowCount(model.index(str(library_path.parent))) >= 3, timeout=3000)
    qtbot.wait(500)  # the file-info thread asks for types and icons after the rows appear
    dialog.reject()
    another_program_reads(library_path)
    assert library_path.with_name(library_path.name + "-wal").exists(), "another program deleted the -wal"
    typed(qtbot, window, " och efter")
    window.autosaver.flush()
    assert text_another_program_reads(library_path, sala) == "före och efter", \
        "the window wrote into a file no other program sees"


def test_no_file_dialog_is_made_outside_file_dialogs() -> None:
    """Qt's static dialogs (and a platform's native one) open the files they list."""
    package = PACKAGE_ROOT
    offenders = [str(p.relative_to(package)) for p in package.rglob("*.py")
                 if p.name != "file_dialogs.py" and "QFileDialog" in p.read_text(encoding="utf-8")]
    assert offenders == []


# --- keep both texts ---------------------------------------------------------------------

def test_a_save_never_overwrites_what_another_program_wrote_meanwhile(qtbot, window: MainWindow,
                                                                      library_path: Path, seminar_id: int,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda _p, _t, text, *_a: warned.append(text)))
    sala = group_named(library_path, seminar_id, "Sala")[0]
    window.page.select("group", sala)
    window.page.focusPoints()
    typed(qtbot, window, "från fönstret")
    window.autosaver.flush()
    typed(qtbot, window, " och mer")  # not saved yet ...
    with stored(library_path) as other:  # ... when another program writes the group
        other.set_points(sala, [Point("från den andra")])
    window.autosaver.flush()
    with stored(library_path) as lib:
        groups = {g.name: lib.points(g.id) for g in lib.seminar_tree(seminar_id)[0].groups}
    assert groups["Sala"] == [Point("från den andra")]
    copies = [name for name in groups if name.startswith("Sala (your text")]
    assert len(copies) == 1 and groups[copies[0]] == [Point("från fönstret och mer")]
    assert len(warned) == 1 and "Both texts are kept" in warned[0]
    typed(qtbot, window, "!")  # typing goes on in the copy, not over the other text
    window.autosaver.flush()
    assert group_named(library_path, seminar_id, copies[0])[1] == [Point("från fönstret och mer!")]
    assert group_named(library_path, seminar_id, "Sala")[1] == [Point("från den andra")]


def test_what_another_program_writes_to_the_shown_group_appears_when_nothing_is_pending(
        qtbot, window: MainWindow, library_path: Path, seminar_id: int) -> None:
    sala = group_named(library_path, seminar_id, "Sala")[0]
    window.page.select("group", sala)
    with stored(library_path) as other:
        other.set_points(sala, [Point("skrivet utifrån")])
    qtbot.waitUntil(lambda: window.editor.points() == [Point("skrivet utifrån")], timeout=3000)
    window.page.focusPoints()
    typed(qtbot, window, " och i fönstret")
    window.autosaver.flush()
    assert group_named(library_path, seminar_id, "Sala")[1] == [Point("skrivet utifrån och i fönstret")]
