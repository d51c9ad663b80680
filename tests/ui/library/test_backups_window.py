"""Backups, restore and a damaged library, in the window: typed text is saved and backed up
before a restore, a seminar comes back from a backup, a damaged library gets the dialog (not
the crash dialog) and is rescued or restored, damage only the full integrity check finds is found
once the window is idle, and backups are made at start and every 30 minutes."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from seminarnotes.core import backup
from seminarnotes.core.document import GroupDoc, SeminarDetails, SeminarDoc, SessionDoc
from seminarnotes.core.library import Library
from seminarnotes.core.outline import Point
from seminarnotes.ui.library.backup_view import BackupView
from seminarnotes.ui.library.backups_dialog import BackupsDialog
from seminarnotes.ui.library.care import IDLE_POLL_MS
from seminarnotes.ui.session import LibrarySession
from tests.damage import behind_an_index, damage_page
from tests.helpers import type_text


def seminar(title: str, groups: int = 2, points: int = 20) -> SeminarDoc:
    return SeminarDoc(SeminarDetails(title=title, date=dt.date(2024, 9, 12)), [SessionDoc("Förmiddag", "Vad?", [
        GroupDoc(f"Grupp {g}", [Point(f"{title}, grupp {g}: punkt {k}") for k in range(points)])
        for g in range(groups)])])


@pytest.fixture
def path(tmp_path: Path) -> Path:
    with Library.open(tmp_path / "library.sqlite") as lib:
        lib.import_doc(seminar("Våren"))
    return tmp_path / "library.sqlite"


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Information and warning boxes answered at once; their texts, in order."""
    shown: list[str] = []
    for kind in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(
            lambda _parent, _title, text, *_args, kind=kind: shown.append(f"{kind}: {text}")))
    return shown


@pytest.fixture
def session(qtbot, path: Path) -> Iterator[LibrarySession]:
    session = LibrarySession(path)
    yield session
    if session.window is not None:
        session.window.close()
    session.close()


def _open(qtbot, session: LibrarySession) -> None:
    assert session.open()  # the session fixture closes its windows
    qtbot.waitExposed(session.window)
    session.window.activateWindow()


def _reasons(path: Path) -> list[str]:
    return [b.reason for b in backup.list_backups(path)]


def _texts(path: Path) -> set[str]:
    with Library.open(path) as lib:
        return {p.text for s in lib.list_seminars() for se in lib.seminar_doc(s.id).sessions for g in se.groups
                for p in g.points}


def test_a_backup_at_start_and_every_30_minutes_of_editing(qtbot, session: LibrarySession, path: Path) -> None:
    _open(qtbot, session)
    qtbot.waitUntil(lambda: _reasons(path) == ["start"], timeout=5000)
    ticks: list[object] = []
    session.care.backedUp.connect(ticks.append)  # the backup made, or None
    session.care.timer.setInterval(100)  # 30 minutes, shortened
    qtbot.waitUntil(lambda: ticks.count(None) >= 2, timeout=5000)
    assert _reasons(path) == ["start"]  # nothing changed: no new backup
    window = session.window
    window.page.select("group", window.model.groups()[0].id)
    window.editor.setFocus()
    type_text(qtbot, window.editor, "Ny punkt")
    window.autosaver.flush()
    qtbot.waitUntil(lambda: _reasons(path) == ["auto", "start"], timeout=5000)
    with Library.open_read_only(backup.list_backups(path)[0].path) as newest:
        assert any("Ny punkt" in p.text for p in newest.points(window.model.groups()[0].id))


def _choose_in_backups_dialog(monkeypatch: pytest.MonkeyPatch, pick: Path, button: str) -> None:
    def exec_(dialog: BackupsDialog) -> int:
        row = [b.path for b in dialog.backups].index(pick)
        dialog.table.selectRow(row)
        (dialog.restoreButton if button == "restore" else dialog.openButton).click()
        return dialog.result()

    monkeypatch.setattr(BackupsDialog, "exec", exec_)
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *_args: QMessageBox.StandardButton.Yes))


def test_restore_from_the_window_saves_and_backs_up_what_was_typed_first(
        qtbot, session: LibrarySession, path: Path, monkeypatch: pytest.MonkeyPatch, messages: list[str]) -> None:
    older = backup.make_backup(path, "manual")
    with Library.open(path) as lib:
        lib.import_doc(seminar("Hösten"))
    _open(qtbot, session)
    old_window = session.window
    group = old_window.model.groups()[0].id
    old_window.page.select("group", group)
    old_window.editor.setFocus()
    type_text(qtbot, old_window.editor, "Skrivet nyss")  # pending: the autosave has not run yet
    assert old_window.autosaver.pending()
    _choose_in_backups_dialog(monkeypatch, older, "restore")
    old_window.windowActions.restoreBackupAction.trigger()
    assert session.window is not old_window and session.window.isVisible()
    assert [s.title for s in session.library.list_seminars()] == ["Våren"]
    assert not any("Skrivet nyss" in t for t in _texts(path))
    before = next(b for b in backup.list_backups(path) if b.reason == "restore")
    with Library.open_read_only(before.path) as kept:
        assert sorted(s.title for s in kept.list_seminars()) == ["Hösten", "Våren"]
        assert any("Skrivet nyss" in p.text for p in kept.points(group))
    assert messages == [f"information: The library now holds the backup of "
                        f"{messages[0].split('backup of ')[1].split('. The library')[0]}. The library as it was is "
                        f"kept as {before.path}."]


def test_a_seminar_comes_back_from_a_backup_after_it_was_purged(
        qtbot, session: LibrarySession, path: Path, monkeypatch: pytest.MonkeyPatch, messages: list[str]) -> None:
    with Library.open(path) as lib:
        gone = lib.import_doc(seminar("Bortglömd"))
        lib.delete_seminar(gone)
        lib.purge_seminar(gone)  # backs up first
        assert [s.title for s in lib.list_seminars()] == ["Våren"]
    [made] = backup.list_backups(path)
    _open(qtbot, session)
    window = session.window
    _choose_in_backups_dialog(monkeypatch, made.path, "open")

    def view_exec(view: BackupView) -> int:
        view.view.deletedButton.setChecked(True)  # it was in the Deleted list when the backup was made
        assert view.view.visibleIds() == [gone]
        view.view.selectSeminar(gone)
        view.copyButton.click()
        return view.result()

    monkeypatch.setattr(BackupView, "exec", view_exec)
    window.windowActions.openBackupAction.trigger()
    titles = sorted(s.title for s in session.library.list_seminars())
    assert titles == ["Bortglömd", "Våren"]
    assert session.library.details(window.seminar_id).title == "Bortglömd"  # opened in the window
    assert "Bortglömd, grupp 1: punkt 19" in _texts(path)
    assert messages == []


def _click(monkeypatch: pytest.MonkeyPatch, label: str, asked: list[str]) -> None:
    """The damaged-library dialog answers by clicking the button whose text starts with `label`."""

    def exec_(box: QMessageBox) -> int:
        asked.append(box.text())
        button = next(b for b in box.buttons() if b.text().startswith(label))
        button.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)


def _big(path: Path) -> None:
    with Library.open(path) as lib:
        for k in range(15):
            lib.import_doc(seminar(f"Seminarium {k}", 3, 30))


def test_a_library_damaged_before_the_window_opens_is_rescued(
        qtbot, session: LibrarySession, path: Path, monkeypatch: pytest.MonkeyPatch, messages: list[str]) -> None:
    _big(path)
    damage_page(path, "sqlite_schema")  # not even the list of tables is readable
    asked: list[str] = []
    _click(monkeypatch, "Rescue", asked)
    _open(qtbot, session)
    assert asked and f"The library {path} is damaged" in asked[0]
    assert list(path.parent.glob("library-damaged-*.sqlite"))
    assert session.library.integrity_ok()
    assert messages and messages[0].startswith("information: ") and "were rescued" in messages[0]


def test_damage_found_after_opening_gets_the_dialog_and_a_restore(
        qtbot, session: LibrarySession, path: Path, monkeypatch: pytest.MonkeyPatch, messages: list[str]) -> None:
    _big(path)
    backup.make_backup(path, "manual")
    damage_page(path, "point", 5)
    asked: list[str] = []
    _click(monkeypatch, "Restore the backup of", asked)
    assert session.open()
    first = session.window
    qtbot.waitUntil(lambda: session.window is not first, timeout=10000)
    assert asked and "is damaged" in asked[0]
    assert session.library.integrity_ok() and len(session.library.list_seminars()) == 16
    assert [p.name for p in path.parent.glob("library-damaged-*")]
    assert messages and "The library was restored from the backup" in messages[0]


def test_a_damaged_library_refuses_writes_with_a_sentence_not_the_crash_dialog(
        qtbot, session: LibrarySession, path: Path, monkeypatch: pytest.MonkeyPatch, messages: list[str]) -> None:
    _big(path)
    damage_page(path, "point", 5)
    asked: list[str] = []
    _click(monkeypatch, "Not now", asked)
    _open(qtbot, session)
    qtbot.waitUntil(lambda: bool(asked), timeout=10000)
    window = session.window
    before = path.read_bytes()
    window.newSeminar()
    assert path.read_bytes() == before
    assert messages and messages[-1].startswith("warning: The library") and "is damaged" in messages[-1]
    assert not any("Something unexpected" in m for m in messages)


def _library_files(path: Path) -> dict[str, bytes]:
    """The library and its write-ahead log, where every write lands."""
    return {p.name: p.read_bytes() for p in (path, path.parent / f"{path.name}-wal") if p.exists()}


def _hide_a_point_from_its_group(path: Path) -> int:
    """Move a point to another group behind the point index: every page reads well, so
    quick_check passes, but the moved point is missing from the index (integrity_check says
    so) and the group it went to shows it nowhere. Counts and versions stay as they were.
    Returns the group the point went to."""
    with Library.open(path) as lib:
        groups = [g.id for s in lib.seminar_tree(lib.list_seminars()[0].id) for g in s.groups]
    behind_an_index(path, "UPDATE point SET group_id = ? WHERE id = (SELECT min(id) FROM point WHERE group_id = ?)",
                    (groups[0], groups[1]))
    with closing(sqlite3.connect(path)) as db:
        assert db.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        assert "missing from index" in db.execute("PRAGMA integrity_check").fetchone()[0]
    return groups[0]


@pytest.mark.parametrize("backed_up", [False, True], ids=["start-up backup refused", "no start-up backup"])
def test_damage_only_the_full_check_finds_gets_the_dialog_after_start_and_nothing_more_is_written(
        qtbot, session: LibrarySession, path: Path, monkeypatch: pytest.MonkeyPatch, messages: list[str],
        backed_up: bool) -> None:
    if backed_up:  # a backup of this very content: the start-up backup is skipped, the full check is not
        backup.make_backup(path, "manual")
    group = _hide_a_point_from_its_group(path)
    asked: list[str] = []
    files_when_asked: list[dict[str, bytes]] = []

    def exec_(box: QMessageBox) -> int:
        asked.append(box.text())
        files_when_asked.append(_library_files(path))
        next(b for b in box.buttons() if b.text().startswith("Not now")).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    _open(qtbot, session)
    window = session.window
    window.page.select("group", group)
    window.editor.setFocus()
    qtbot.waitUntil(lambda: bool(asked), timeout=15000)  # after start, at the first idle moment
    assert f"The library {path} is damaged" in asked[0]
    assert session.window is window and window.isVisible()
    type_text(qtbot, window.editor, "Skrivet efter beskedet")
    window.autosaver.flush()
    assert _library_files(path) == files_when_asked[0]
    assert not any("Skrivet efter beskedet" in t for t in _texts(path))
    assert any(m.startswith("warning: The library") and "is damaged" in m for m in messages)
    assert not any("Something unexpected" in m for m in messages)
    assert len(asked) == 1
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *_args: QMessageBox.StandardButton.Close))
    assert window.close()  # "Close anyway and lose them?": yes (the fixture closes the window too)


def test_the_full_check_runs_once_after_start_unless_the_start_up_backup_was_it(
        qtbot, session: LibrarySession, path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    checks: list[Path] = []
    check = Library.verify_fully_apart

    def counted(library: Library):
        checks.append(library.path)
        return check(library)

    monkeypatch.setattr(Library, "verify_fully_apart", counted)
    _open(qtbot, session)
    qtbot.waitUntil(lambda: session.care.fullCheck is not None, timeout=15000)
    assert session.care.fullCheck == "backup" and _reasons(path) == ["start"]  # that backup's check was the library's
    assert checks == []
    session.window.close()
    session.close()
    _open(qtbot, session)  # nothing changed: no start-up backup, so the library itself is checked
    qtbot.waitUntil(lambda: session.care.fullCheck is not None, timeout=15000)
    assert session.care.fullCheck == "library" and _reasons(path) == ["start"]
    qtbot.wait(3 * IDLE_POLL_MS)
    assert checks == [path]  # once
