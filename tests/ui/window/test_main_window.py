"""The whole window driven by real keys; every assertion reads the library back
from disk (a fresh Library.open) after the autosave has run."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from seminarnotes.core.library import Library
from seminarnotes.core.outline import Point
from seminarnotes.ui.window.main_window import MainWindow
from tests.helpers import answer_save_dialogs, names, show_window, type_text

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier


def stored_points(path: Path, group_id: int) -> list[Point]:
    with Library.open(path) as lib:
        return lib.points(group_id)


def group_id(library: Library, seminar_id: int, session: int, group: int) -> int:
    return library.seminar_tree(seminar_id)[session].groups[group].id


def open_group(window: MainWindow, gid: int) -> None:
    window.page.select("group", gid)
    window.editor.setFocus()
    assert window.editor.hasFocus()


def wait_saved(qtbot, path: Path, gid: int, expected: list[Point]) -> None:
    """The autosave (not a forced save) brings the library to `expected` within a second or so."""
    qtbot.waitUntil(lambda: stored_points(path, gid) == expected, timeout=3000)


def test_outline_keys_are_saved(qtbot, window: MainWindow, library: Library, library_path: Path,
                                seminar_id: int) -> None:
    sala = group_id(library, seminar_id, 0, 2)
    open_group(window, sala)
    editor = window.editor
    qtbot.keyClicks(editor, "Tidiga insatser")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    type_text(qtbot, editor, "Elevhälsan")
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    type_text(qtbot, editor, "Skolsköterskan")
    qtbot.keyClick(editor, Qt.Key.Key_Return, SHIFT)
    qtbot.keyClicks(editor, "och kuratorn")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, "Gemensam lista")
    qtbot.keyClick(editor, Qt.Key.Key_Backtab, SHIFT)
    wait_saved(qtbot, library_path, sala, [
        Point("Tidiga insatser"), Point("Elevhälsan", 1), Point("Skolsköterskan\noch kuratorn", 1),
        Point("Gemensam lista"),
    ])
    # Backspace at the start of an indented point outdents it, at level 0 it merges
    editor.setCurrentPoint(1)
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    editor.setCurrentPoint(3)
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    wait_saved(qtbot, library_path, sala, [
        Point("Tidiga insatser"), Point("Elevhälsan"), Point("Skolsköterskan\noch kuratornGemensam lista", 1),
    ])
    # highlight and moving a point with its sub-points
    editor.setCurrentPoint(1)
    qtbot.keyClick(editor, Qt.Key.Key_H, CTRL)
    qtbot.keyClick(editor, Qt.Key.Key_Up, ALT | SHIFT)
    wait_saved(qtbot, library_path, sala, [
        Point("Elevhälsan", 0, "highlight"), Point("Skolsköterskan\noch kuratornGemensam lista", 1),
        Point("Tidiga insatser"),
    ])
    qtbot.keyClick(editor, Qt.Key.Key_Down, CTRL | SHIFT)
    wait_saved(qtbot, library_path, sala, [
        Point("Tidiga insatser"), Point("Elevhälsan", 0, "highlight"),
        Point("Skolsköterskan\noch kuratornGemensam lista", 1),
    ])
    qtbot.waitUntil(lambda: window.saveStatus.text().startswith("Saved "), timeout=2000)


def test_multi_line_paste_becomes_points(qtbot, window: MainWindow, library: Library,
                                         library_path: Path, seminar_id: int) -> None:
    sala = group_id(library, seminar_id, 0, 2)
    open_group(window, sala)
    QApplication.clipboard().setText("- Mötesplatser\n  - Nätverk\n  - Frukostmöten\n• Uppföljning\n")
    qtbot.keyClick(window.editor, Qt.Key.Key_V, CTRL)
    wait_saved(qtbot, library_path, sala, [
        Point("Mötesplatser"), Point("Nätverk", 1), Point("Frukostmöten", 1), Point("Uppföljning"),
    ])


def test_undo_and_redo_through_the_window(qtbot, window: MainWindow, library: Library,
                                          library_path: Path, seminar_id: int) -> None:
    koping = group_id(library, seminar_id, 0, 0)
    open_group(window, koping)
    editor = window.editor
    editor.setCurrentPoint(1)
    qtbot.keyClick(editor, Qt.Key.Key_Backtab, SHIFT)
    original = [Point("Reflektera"), Point("På APT", 1)]
    wait_saved(qtbot, library_path, koping, [Point("Reflektera"), Point("På APT")])
    assert window.windowActions.undoAction.text() == "Undo Outdent"
    qtbot.keyClick(editor, Qt.Key.Key_Z, CTRL)
    wait_saved(qtbot, library_path, koping, original)
    qtbot.keyClick(editor, Qt.Key.Key_Z, CTRL | SHIFT)
    wait_saved(qtbot, library_path, koping, [Point("Reflektera"), Point("På APT")])
    qtbot.keyClick(editor, Qt.Key.Key_Y, CTRL)  # nothing more to redo: nothing changes
    window.windowActions.undoAction.trigger()  # the Edit menu's Undo acts on the editor it names
    wait_saved(qtbot, library_path, koping, original)


def test_ctrl_shift_n_adds_a_named_group_to_the_current_session(qtbot, window: MainWindow,
                                                                 library: Library, library_path: Path,
                                                                 seminar_id: int) -> None:
    open_group(window, group_id(library, seminar_id, 1, 0))
    qtbot.keyClick(window.editor, Qt.Key.Key_N, CTRL | SHIFT)
    name_field = window.groupForm.nameEdit
    assert name_field.hasFocus()
    type_text(qtbot, name_field, "Kungsör")
    qtbot.keyClick(name_field, Qt.Key.Key_Return)
    assert window.editor.hasFocus()
    qtbot.keyClicks(window.editor, "Ny punkt")
    with Library.open(library_path) as lib:
        assert names(lib, seminar_id)[1] == ("Eftermiddag", ["Fagersta", "Arboga", "Kungsör"])
    new_id = library.seminar_tree(seminar_id)[1].groups[2].id
    wait_saved(qtbot, library_path, new_id, [Point("Ny punkt")])
    assert window.model.indexFor("group", new_id).data() == "Kungsör"


def test_closing_while_typing_keeps_every_character(qtbot, library: Library, library_path: Path,
                                                     seminar_id: int) -> None:
    window = show_window(qtbot, library)
    sala = group_id(library, seminar_id, 0, 2)
    open_group(window, sala)
    type_text(qtbot, window.editor, "Sista meningen innan locket stängs")
    assert window.autosaver.pending()  # the debounce has not fired yet
    window.close()
    assert stored_points(library_path, sala) == [Point("Sista meningen innan locket stängs")]


def test_group_name_typed_then_close_is_kept(qtbot, library: Library, library_path: Path,
                                             seminar_id: int) -> None:
    window = show_window(qtbot, library)
    window.page.select("group", group_id(library, seminar_id, 0, 2))
    window.groupForm.nameEdit.setFocus()
    window.groupForm.nameEdit.selectAll()
    qtbot.keyClicks(window.groupForm.nameEdit, "Sala kommun")
    window.close()
    with Library.open(library_path) as lib:
        assert names(lib, seminar_id)[0][1][2] == "Sala kommun"


def test_session_memory_restores_the_selected_group(qtbot, library: Library, seminar_id: int) -> None:
    first = show_window(qtbot, library)
    fagersta = group_id(library, seminar_id, 1, 0)
    first.page.select("group", fagersta)
    first.page.setSizes([250, 750])
    first.close()
    second = show_window(qtbot, library)
    assert second.seminar_id == seminar_id
    assert second.page.currentNode().key() == ("group", fagersta)
    assert second.editor.points() == [Point("Mentorer")]
    assert second.editor.hasFocus()


def test_session_memory_reopens_the_last_seminar(qtbot, library: Library, seminar_id: int) -> None:
    newer = library.create_seminar("Nästa år", date=dt.date(2015, 4, 8))
    first = show_window(qtbot, library)
    assert first.seminar_id == newer  # nothing remembered yet: the newest
    first.openSeminarId(seminar_id)
    first.close()
    assert library.newest_seminar_id() == newer
    assert show_window(qtbot, library).seminar_id == seminar_id  # the one last open, not the newest


def test_a_last_seminar_deleted_elsewhere_is_not_reopened(qtbot, library: Library,
                                                          seminar_id: int) -> None:
    first = show_window(qtbot, library)
    first.openSeminarId(seminar_id)
    first.close()
    library.delete_seminar(seminar_id)  # e.g. from the command line or another window
    assert show_window(qtbot, library).seminar_id is None


def test_ctrl_pgdown_moves_to_the_next_group_across_sessions(qtbot, window: MainWindow,
                                                              library: Library, seminar_id: int) -> None:
    open_group(window, group_id(library, seminar_id, 0, 2))
    qtbot.keyClick(window.editor, Qt.Key.Key_PageDown, CTRL)
    assert window.page.currentNode().key() == ("group", group_id(library, seminar_id, 1, 0))
    assert window.editor.points() == [Point("Mentorer")]
    assert window.editor.hasFocus()
    qtbot.keyClick(window.editor, Qt.Key.Key_PageUp, CTRL)
    assert window.page.currentNode().key() == ("group", group_id(library, seminar_id, 0, 2))
    window.tree.setFocus()
    qtbot.keyClick(window.tree, Qt.Key.Key_PageDown, CTRL)
    assert window.page.currentNode().key() == ("group", group_id(library, seminar_id, 1, 0))


def test_delete_asks_and_undo_brings_the_group_back_with_its_points(qtbot, window: MainWindow,
                                                                     library: Library, library_path: Path,
                                                                     seminar_id: int, monkeypatch) -> None:
    asked: list[str] = []
    answer = QMessageBox.StandardButton.No

    def question(_parent, _title, text, *_args):
        asked.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    koping = group_id(library, seminar_id, 0, 0)
    window.page.select("group", koping)
    window.tree.setFocus()
    qtbot.keyClick(window.tree, Qt.Key.Key_Delete)
    assert "Köping" in asked[0] and "points (2)" in asked[0]
    with Library.open(library_path) as lib:
        assert names(lib, seminar_id)[0][1] == ["Köping", "Västerås", "Sala"]
    answer = QMessageBox.StandardButton.Yes
    qtbot.keyClick(window.tree, Qt.Key.Key_Delete)
    with Library.open(library_path) as lib:
        assert names(lib, seminar_id)[0][1] == ["Västerås", "Sala"]
    assert window.windowActions.undoAction.text() == "Undo Delete group"
    qtbot.keyClick(window.tree, Qt.Key.Key_Z, CTRL)
    with Library.open(library_path) as lib:
        assert names(lib, seminar_id)[0][1] == ["Köping", "Västerås", "Sala"]
        restored = lib.seminar_tree(seminar_id)[0].groups[0].id
        assert lib.points(restored) == [Point("Reflektera"), Point("På APT", 1)]
    assert window.windowActions.redoAction.text() == "Redo Delete group"


def test_delete_session_undo_restores_groups_and_points(qtbot, window: MainWindow, library: Library,
                                                        seminar_id: int, monkeypatch) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    before = library.seminar_doc(seminar_id).sessions
    window.page.select("session", library.seminar_tree(seminar_id)[0].id)
    window.tree.setFocus()
    qtbot.keyClick(window.tree, Qt.Key.Key_Delete)
    assert [s.name for s in library.seminar_tree(seminar_id)] == ["Eftermiddag"]
    window.windowActions.undoAction.trigger()
    assert library.seminar_doc(seminar_id).sessions == before


def test_new_seminar_title_typed_is_saved(qtbot, window: MainWindow, library_path: Path) -> None:
    qtbot.keyClick(window.tree, Qt.Key.Key_N, CTRL)
    title = window.seminarForm.fields["title"]
    assert title.hasFocus()
    qtbot.keyClicks(title, "Nytt seminarium")
    new_id = window.seminar_id
    qtbot.waitUntil(lambda: Library.open(library_path).details(new_id).title == "Nytt seminarium", timeout=3000)
    assert "Nytt seminarium" in window.windowTitle()


def test_import_of_a_bad_package_is_one_sentence(qtbot, window: MainWindow, tmp_path: Path,
                                                 monkeypatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: shown.append(text))
    bad = tmp_path / "bad.seminarnotes"
    bad.write_text("{not json")
    before = window.seminar_id
    window.importPackage(bad)
    assert len(shown) == 1 and "\n" not in shown[0] and "Traceback" not in shown[0]
    assert window.seminar_id == before


def _count_calls(monkeypatch, obj: object, name: str) -> list[int]:
    calls: list[int] = []
    real = getattr(obj, name)
    monkeypatch.setattr(obj, name, lambda *a, **k: calls.append(1) or real(*a, **k))
    return calls


def test_typing_points_saves_without_rereading_the_tree(qtbot, window: MainWindow, library: Library,
                                                        library_path: Path, seminar_id: int, monkeypatch) -> None:
    from seminarnotes.ui.tree.model import CountRole

    sala = group_id(library, seminar_id, 0, 2)
    open_group(window, sala)
    tree_reads = _count_calls(monkeypatch, library, "seminar_tree")
    detail_reads = _count_calls(monkeypatch, library, "details")
    qtbot.keyClicks(window.editor, "Tjugo tecken i rad!")
    qtbot.keyClick(window.editor, Qt.Key.Key_Return)
    qtbot.keyClicks(window.editor, "x")  # 21 keys, a second point
    wait_saved(qtbot, library_path, sala, [Point("Tjugo tecken i rad!"), Point("x")])
    assert tree_reads == [] and detail_reads == []  # the count is set, not re-read; the title is unchanged
    model = window.model
    assert model.indexFor("group", sala).data(CountRole) == 2
    assert model.indexFor("session", library.seminar_tree(seminar_id)[0].id).data(CountRole) == 5
    assert model.index(0, 0).data(CountRole) == 6


def test_a_typed_group_name_refreshes_the_tree_and_the_find_bar_once(qtbot, window: MainWindow,
                                                                     library: Library, library_path: Path,
                                                                     seminar_id: int, monkeypatch) -> None:
    sala = group_id(library, seminar_id, 0, 2)
    window.page.select("group", sala)
    bar = window.navigation.findBar
    bar.activate()  # the find bar is open while the name is typed
    bar.edit.setText("sala")
    reloads = _count_calls(monkeypatch, window.model, "reload")
    refreshes = _count_calls(monkeypatch, bar, "refresh")
    window.groupForm.nameEdit.setFocus()
    window.groupForm.nameEdit.selectAll()
    qtbot.keyClicks(window.groupForm.nameEdit, "Sala kommun")
    qtbot.waitUntil(lambda: names(library, seminar_id)[0][1][2] == "Sala kommun", timeout=3000)
    assert reloads == [1] and refreshes == [1]
    assert window.model.indexFor("group", sala).data() == "Sala kommun"


def test_a_question_typed_reaches_the_tree_tooltip(qtbot, window: MainWindow, library: Library,
                                                   seminar_id: int) -> None:
    morning = library.seminar_tree(seminar_id)[0].id
    window.page.select("session", morning)
    question = window.sessionForm.fields["question"]
    question.setFocus()
    question.selectAll()
    qtbot.keyClicks(question, "Vad hindrar oss?")
    qtbot.waitUntil(lambda: library.seminar_tree(seminar_id)[0].question == "Vad hindrar oss?", timeout=3000)
    assert window.model.indexFor("session", morning).data(Qt.ItemDataRole.ToolTipRole) == "Vad hindrar oss?"
    window.page.select("seminar", seminar_id)
    window.page.select("session", morning)  # the form is filled from the tree again
    assert question.toPlainText() == "Vad hindrar oss?"


@pytest.mark.parametrize("stored", ["abc", "12x", "²", "", "-1"])
def test_a_damaged_remembered_seminar_starts_with_the_newest(qtbot, library: Library, seminar_id: int,
                                                             stored: str) -> None:
    from PySide6.QtCore import QSettings

    first = show_window(qtbot, library)
    first.close()
    QSettings().setValue(first.settings.key("seminar"), stored)
    QSettings().setValue(first.settings.key("item"), "group:zz")
    second = show_window(qtbot, library)
    assert second.seminar_id == seminar_id == library.newest_seminar_id()
    assert second.page.currentNode().key() == ("seminar", seminar_id)


def test_package_export_remembers_the_folder_word_export_uses(qtbot, window: MainWindow, library: Library,
                                                              seminar_id: int, tmp_path: Path,
                                                              monkeypatch) -> None:
    from PySide6.QtCore import QSettings

    from seminarnotes.core import package
    from seminarnotes.ui.import_export import export_dialog

    chosen = tmp_path / "paket" / "till Anna"
    chosen.parent.mkdir()
    proposals = answer_save_dialogs(monkeypatch, chosen)
    window.transfers.exportPackage()
    written = chosen.with_name("till Anna.seminarnotes")
    assert package.read(written).details.title == "Samverkan"
    assert proposals[0].endswith("2014-04-08 Samverkan.seminarnotes")
    assert QSettings().value(export_dialog.FOLDER_KEY) == str(chosen.parent)
    window.transfers.exportPackage()
    assert proposals[1] == str(chosen.parent / "2014-04-08 Samverkan.seminarnotes")
    export_dialog.ask_target(window, library.seminar_doc(seminar_id))  # Word export starts there too
    assert proposals[2] == str(chosen.parent / "2014-04-08 Samverkan.docx")


def test_points_that_could_not_be_saved_stay_with_their_group_after_switching(
        qtbot, window: MainWindow, library: Library, library_path: Path, seminar_id: int, monkeypatch) -> None:
    from seminarnotes.core.errors import LibraryError

    monkeypatch.setattr(QMessageBox, "warning", lambda *_a: QMessageBox.StandardButton.Ok)
    sala, fagersta = group_id(library, seminar_id, 0, 2), group_id(library, seminar_id, 1, 0)
    real = library.set_points

    def disk_full(*_a: object) -> None:
        raise LibraryError("The library file could not be written: the disk is full.")

    monkeypatch.setattr(library, "set_points", disk_full)
    open_group(window, sala)
    qtbot.keyClicks(window.editor, "Kvar i Sala")
    window.page.select("group", fagersta)  # the save fails; the editor now shows Fagersta
    assert window.editor.points() == [Point("Mentorer")]
    monkeypatch.setattr(library, "set_points", real)
    assert window.autosaver.flush()
    assert stored_points(library_path, sala) == [Point("Kvar i Sala")]
    assert stored_points(library_path, fagersta) == [Point("Mentorer")]
