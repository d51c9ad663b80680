"""The seminar tree: drag and drop through mimeData/dropMimeData, keys to reorder,
in-place rename, and undo of each, checked against the library."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt

from seminarnotes.core.errors import LibraryError
from seminarnotes.core.library import Library
from seminarnotes.ui.tree.model import CountRole, SeminarTreeModel
from seminarnotes.ui.tree.structure import Structure
from seminarnotes.ui.tree.view import SeminarTreeView
from tests.helpers import names

MOVE = Qt.DropAction.MoveAction


def _model(library: Library, seminar_id: int) -> SeminarTreeModel:
    structure = Structure(library)
    structure.changed.connect(lambda: model.reload())
    model = SeminarTreeModel(structure)
    model.setSeminar(seminar_id)
    return model


def _drag(model: SeminarTreeModel, kind: str, id_: int, row: int, parent: QModelIndex) -> bool:
    mime = model.mimeData([model.indexFor(kind, id_)])
    assert mime is not None
    return model.dropMimeData(mime, MOVE, row, 0, parent)


def _reopened(path: Path, seminar_id: int) -> list[tuple[str, list[str]]]:
    with Library.open(path) as lib:
        return names(lib, seminar_id)


def test_model_shows_sessions_groups_and_point_counts(library: Library, seminar_id: int) -> None:
    model = _model(library, seminar_id)
    root = model.index(0, 0)
    assert root.data() == "Samverkan"
    assert model.rowCount(root) == 2
    morning = model.index(0, 0, root)
    assert morning.data() == "Förmiddag"
    assert [model.index(r, 0, morning).data() for r in range(3)] == ["Köping", "Västerås", "Sala"]
    assert model.index(0, 0, morning).data(CountRole) == 2
    assert model.index(2, 0, morning).data(CountRole) == 0


def test_drag_reorders_groups_within_a_session(library: Library, library_path: Path, seminar_id: int) -> None:
    model = _model(library, seminar_id)
    sala = [g.id for g in library.seminar_tree(seminar_id)[0].groups][2]
    morning = model.index(0, 0, model.index(0, 0))
    assert _drag(model, "group", sala, 0, morning)
    assert _reopened(library_path, seminar_id)[0] == ("Förmiddag", ["Sala", "Köping", "Västerås"])
    # and down again, past its own place (the index counts the row it leaves)
    assert _drag(model, "group", sala, 3, model.index(0, 0, model.index(0, 0)))
    assert _reopened(library_path, seminar_id)[0] == ("Förmiddag", ["Köping", "Västerås", "Sala"])


def test_drag_moves_a_group_to_another_session_with_its_points(library: Library, library_path: Path,
                                                                seminar_id: int) -> None:
    model = _model(library, seminar_id)
    koping = library.seminar_tree(seminar_id)[0].groups[0].id
    afternoon = model.index(1, 0, model.index(0, 0))
    assert _drag(model, "group", koping, 1, afternoon)
    assert _reopened(library_path, seminar_id) == [
        ("Förmiddag", ["Västerås", "Sala"]), ("Eftermiddag", ["Fagersta", "Köping", "Arboga"])]
    with Library.open(library_path) as lib:
        assert [p.text for p in lib.points(koping)] == ["Reflektera", "På APT"]


def test_drop_onto_a_session_appends_and_onto_a_group_goes_before_it(library: Library, library_path: Path,
                                                                      seminar_id: int) -> None:
    model = _model(library, seminar_id)
    tree = library.seminar_tree(seminar_id)
    sala, arboga = tree[0].groups[2].id, tree[1].groups[1].id
    assert _drag(model, "group", sala, -1, model.index(1, 0, model.index(0, 0)))
    assert _reopened(library_path, seminar_id)[1] == ("Eftermiddag", ["Fagersta", "Arboga", "Sala"])
    assert _drag(model, "group", sala, -1, model.indexFor("group", arboga))
    assert _reopened(library_path, seminar_id)[1] == ("Eftermiddag", ["Fagersta", "Sala", "Arboga"])


def test_drag_reorders_sessions(library: Library, library_path: Path, seminar_id: int) -> None:
    model = _model(library, seminar_id)
    afternoon = library.seminar_tree(seminar_id)[1].id
    assert _drag(model, "session", afternoon, 0, model.index(0, 0))
    assert [s for s, _ in _reopened(library_path, seminar_id)] == ["Eftermiddag", "Förmiddag"]
    assert model.index(0, 0, model.index(0, 0)).data() == "Eftermiddag"


def test_impossible_drops_are_refused(library: Library, seminar_id: int) -> None:
    model = _model(library, seminar_id)
    tree = library.seminar_tree(seminar_id)
    group_mime = model.mimeData([model.indexFor("group", tree[0].groups[0].id)])
    session_mime = model.mimeData([model.indexFor("session", tree[0].id)])
    assert not model.canDropMimeData(group_mime, MOVE, 0, 0, model.index(0, 0))  # a group among sessions
    assert not model.canDropMimeData(session_mime, MOVE, 0, 0, model.indexFor("session", tree[1].id))
    assert model.mimeData([model.index(0, 0)]) is None
    before = names(library, seminar_id)
    assert not model.dropMimeData(group_mime, MOVE, 0, 0, QModelIndex())
    assert names(library, seminar_id) == before


def _view(qtbot, model: SeminarTreeModel) -> SeminarTreeView:  # noqa: ANN001
    view = SeminarTreeView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.expandAll()
    return view


def test_keys_reorder_groups_across_sessions_and_undo(qtbot, library: Library, seminar_id: int) -> None:  # noqa: ANN001
    model = _model(library, seminar_id)
    view = _view(qtbot, model)
    sala = library.seminar_tree(seminar_id)[0].groups[2].id
    view.setCurrentIndex(model.indexFor("group", sala))
    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(view, Qt.Key.Key_Down, ctrl_shift)  # last of its session: into the next one, first
    assert names(library, seminar_id)[1] == ("Eftermiddag", ["Sala", "Fagersta", "Arboga"])
    view.setCurrentIndex(model.indexFor("group", sala))
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier)
    assert names(library, seminar_id)[1] == ("Eftermiddag", ["Fagersta", "Sala", "Arboga"])
    stack = model.structure.stack
    assert stack.undoText() == "Move group"
    stack.undo()
    stack.undo()
    assert names(library, seminar_id)[0] == ("Förmiddag", ["Köping", "Västerås", "Sala"])


def test_rename_in_place_with_f2(qtbot, library: Library, seminar_id: int) -> None:  # noqa: ANN001
    model = _model(library, seminar_id)
    view = _view(qtbot, model)
    view.show()
    qtbot.waitExposed(view)
    sala = library.seminar_tree(seminar_id)[0].groups[2].id
    view.setCurrentIndex(model.indexFor("group", sala))
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = view.indexWidget(view.currentIndex())
    assert editor is not None, "F2 opens an editor in the row"
    editor.selectAll()
    qtbot.keyClicks(editor, "Sala kommun")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on the next turn of the event loop
    qtbot.waitUntil(lambda: names(library, seminar_id)[0][1][2] == "Sala kommun", timeout=2000)
    assert model.structure.stack.undoText() == "Rename group"
    model.structure.stack.undo()
    assert names(library, seminar_id)[0][1][2] == "Sala"


def test_delete_and_undo_restore_groups_sessions_and_points(library: Library, seminar_id: int) -> None:
    model = _model(library, seminar_id)
    structure = model.structure
    tree = library.seminar_tree(seminar_id)
    koping = tree[0].groups[0].id
    structure.rename_group(koping, "Köping kommun")
    structure.delete_group(koping)
    structure.delete_session(tree[1].id)
    assert names(library, seminar_id) == [("Förmiddag", ["Västerås", "Sala"])]
    structure.stack.undo()
    structure.stack.undo()
    after = library.seminar_tree(seminar_id)
    assert names(library, seminar_id) == [("Förmiddag", ["Köping kommun", "Västerås", "Sala"]),
                                          ("Eftermiddag", ["Fagersta", "Arboga"])]
    assert [p.text for p in library.points(after[0].groups[0].id)] == ["Reflektera", "På APT"]
    assert library.points(after[1].groups[0].id)[0].text == "Mentorer"
    assert after[1].question == "Hur gör vi?"
    # older commands still find the group under its new id
    structure.stack.undo()
    assert names(library, seminar_id)[0][1][0] == "Köping"
    structure.stack.redo()
    structure.stack.redo()
    structure.stack.redo()
    assert names(library, seminar_id) == [("Förmiddag", ["Västerås", "Sala"])]


def test_undoing_a_session_delete_is_one_write_and_older_commands_find_its_groups(
        library: Library, seminar_id: int, monkeypatch: pytest.MonkeyPatch) -> None:
    structure = _model(library, seminar_id).structure
    afternoon = library.seminar_tree(seminar_id)[1]
    structure.rename_group(afternoon.groups[1].id, "Arboga kommun")
    structure.delete_session(afternoon.id)
    writes: list[str] = []
    for name in ("add_session", "add_group", "set_points"):
        real = getattr(library, name)
        monkeypatch.setattr(library, name, lambda *a, _real=real, _name=name, **k: writes.append(_name) or _real(*a, **k))
    structure.stack.undo()
    assert writes == ["add_session"]  # the session comes back with its groups and points in one transaction
    back = library.seminar_tree(seminar_id)[1]
    assert [g.name for g in back.groups] == ["Fagersta", "Arboga kommun"]
    assert library.points(back.groups[0].id)[0].text == "Mentorer"
    structure.stack.undo()  # the rename, made before the delete, finds the group under its new id
    assert names(library, seminar_id)[1] == ("Eftermiddag", ["Fagersta", "Arboga"])


@pytest.mark.parametrize("gesture", ["rename", "add", "delete", "move"])
def test_a_failed_write_raises_its_sentence_and_leaves_the_undo_stack_alone(
        library: Library, seminar_id: int, monkeypatch: pytest.MonkeyPatch, gesture: str) -> None:
    structure = _model(library, seminar_id).structure
    tree = library.seminar_tree(seminar_id)
    koping = tree[0].groups[0].id
    structure.rename_group(tree[0].groups[1].id, "Västerås stad")  # something on the stack already
    before, count, changed = names(library, seminar_id), structure.stack.count(), []
    structure.changed.connect(lambda: changed.append(True))
    sentence = "The library file could not be written: the disk is full."

    def fail(*_args: object, **_kwargs: object) -> None:
        raise LibraryError(sentence)

    call = {"rename": ("rename_group", lambda: structure.rename_group(koping, "Köping kommun")),
            "add": ("add_group", lambda: structure.add_group(tree[0].id, "Ny")),
            "delete": ("delete_session", lambda: structure.delete_session(tree[1].id)),
            "move": ("move_group", lambda: structure.move_group(koping, tree[1].id, 0))}[gesture]
    monkeypatch.setattr(library, call[0], fail)
    with pytest.raises(LibraryError) as raised:
        call[1]()
    assert str(raised.value) == sentence  # the sentence itself, not "Error calling Python override …"
    assert structure.stack.count() == count and structure.stack.undoText() == "Rename group"
    assert names(library, seminar_id) == before and changed == []
    monkeypatch.undo()
    structure.stack.undo()  # the stack still undoes what it held
    assert names(library, seminar_id)[0][1][1] == "Västerås"


def test_adjacent_group_crosses_sessions(library: Library, seminar_id: int) -> None:
    model = _model(library, seminar_id)
    tree = library.seminar_tree(seminar_id)
    sala, fagersta = tree[0].groups[2].id, tree[1].groups[0].id
    assert model.node(model.adjacentGroup(model.indexFor("group", sala), 1)).id == fagersta
    assert model.node(model.adjacentGroup(model.indexFor("group", fagersta), -1)).id == sala
    assert model.node(model.adjacentGroup(model.index(0, 0), 1)).name == "Köping"
    assert model.node(model.adjacentGroup(model.indexFor("session", tree[1].id), -1)).id == sala
    assert not model.adjacentGroup(model.indexFor("group", tree[1].groups[1].id), 1).isValid()


def test_a_failed_rename_or_drop_in_the_tree_is_one_sentence(library: Library, seminar_id: int,
                                                            monkeypatch) -> None:  # noqa: ANN001
    model = SeminarTreeModel(Structure(library))
    model.setSeminar(seminar_id)
    shown: list[str] = []
    monkeypatch.setattr("seminarnotes.ui.common.user_errors.QMessageBox.warning", lambda *a: shown.append(a[2]))

    def locked(*_args: object) -> None:
        raise LibraryError("The library could not be written (database is locked); nothing was changed.")

    monkeypatch.setattr(library, "rename_group", locked)
    monkeypatch.setattr(library, "move_group", locked)
    group = library.seminar_tree(seminar_id)[0].groups[0]
    index = model.indexFor("group", group.id)
    assert model.setData(index, "Nytt namn") is False
    session = model.indexFor("session", library.seminar_tree(seminar_id)[1].id)
    assert model.dropMimeData(model.mimeData([index]), Qt.DropAction.MoveAction, 0, 0, session) is False
    assert shown == ["The library could not be written (database is locked); nothing was changed."] * 2
    assert library.seminar_tree(seminar_id)[0].groups[0] == group
