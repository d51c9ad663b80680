"""The library's own files are never read as a document and never written over from the
window (issue 8 case 7, issue 9 item 1).

Reading: POSIX locks belong to a process, so if anything in the window's process opens and
closes the library (or its -shm) outside SQLite, SQLite's locks on it are gone and another
program takes itself for the last one and deletes the -wal under the window. So every
gesture that reads a file the user chose (Import Word document…, Import package…, a drop, a
second launch's hand-over, the logo) refuses the library, its companions and its backups
with one sentence before anything opens them; the tests check that no file of the library
was opened in Python, and that after another program has read the library, the -wal is
still there and what is typed next reaches the file other programs see.

Writing: the exports (Word, PDF, package) refuse the library itself and its backups folder
with one sentence, and write nothing.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from seminarnotes.core import backup
from seminarnotes.core.library import Library
from seminarnotes.ui.common import file_dialogs
from seminarnotes.ui.import_export.word_import import WordImportDialog
from seminarnotes.ui.window.main_window import MainWindow
from tests.helpers import (
    another_program_reads,
    answer_save_dialogs,
    drop_files,
    files_opened,
    need,
    own_files_among,
    show_window,
    text_another_program_reads,
    tiny_png,
    two_session_doc,
    type_text,
)

ITSELF = "{path} is the library itself; choose another file."
OWN_FILE = "{path} is one of the library's own files (its journal, lock or backups); choose another file."


def choose_in_open_dialogs(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(file_dialogs, "open_file_name", lambda *_args, **_kwargs: str(path))


def typed(qtbot, window: MainWindow, text: str) -> None:
    for char in text:
        type_text(qtbot, window.focusWidget() or window, char)


def group_id(library: Library, seminar_id: int, name: str) -> int:
    return next(g.id for s in library.seminar_tree(seminar_id) for g in s.groups if g.name == name)


class Typing:
    """The user types "före" in the group Sala before the gesture and " och efter" after it."""

    def __init__(self, qtbot, window: MainWindow, seminar_id: int) -> None:
        self.qtbot, self.window = qtbot, window
        self.sala = group_id(window.library, seminar_id, "Sala")
        window.page.select("group", self.sala)
        window.page.focusPoints()
        typed(qtbot, window, "före")
        window.autosaver.flush()

    def still_locked(self) -> None:
        """Another program reads the library; the window's -wal survives it, and what is typed
        next is in the file that other program sees."""
        library_path = self.window.library.path
        another_program_reads(library_path)
        assert library_path.with_name(library_path.name + "-wal").exists(), "another program deleted the -wal"
        self.window.page.focusPoints()
        typed(self.qtbot, self.window, " och efter")
        self.window.autosaver.flush()
        assert text_another_program_reads(library_path, self.sala) == "före och efter", \
            "the window wrote into a file no other program sees"


def own_file(library_path: Path, which: str) -> Path:
    """The library itself (""), a companion ("-wal", "-shm", ".lock") or a backup ("backup")."""
    if which == "backup":
        return backup.make_backup(library_path, "manual")
    return library_path.with_name(library_path.name + which)


def sentence(library_path: Path, path: Path) -> str:
    return (ITSELF if path == library_path else OWN_FILE).format(path=path)


def link_to(library_path: Path, name: str) -> Path:
    """A symbolic link to the library under a document's name, as a user may make one."""
    link = library_path.parent / "elsewhere" / name
    link.parent.mkdir(exist_ok=True)
    link.symlink_to(library_path)
    return link


# --- reading -------------------------------------------------------------------------------

@pytest.mark.parametrize("which", ["", "-wal", "-shm", "backup"])
def test_import_word_document_refuses_the_library_and_keeps_it_locked(qtbot, window: MainWindow,
                                                                       library_path: Path, seminar_id: int,
                                                                       warnings: list[str], which: str,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    typing = Typing(qtbot, window, seminar_id)
    chosen = own_file(library_path, which)
    choose_in_open_dialogs(monkeypatch, chosen)  # "All files (*)" lists the library too
    with files_opened() as opened:
        window.windowActions.importWordAction.trigger()
    assert warnings == [sentence(library_path, chosen)]
    assert own_files_among(opened, library_path) == []
    assert window.findChild(WordImportDialog) is None
    typing.still_locked()


@pytest.mark.parametrize("which", ["", "-wal", ".lock", "backup"])
def test_import_package_refuses_the_library_and_keeps_it_locked(qtbot, window: MainWindow, library_path: Path,
                                                                seminar_id: int, warnings: list[str], which: str,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    typing = Typing(qtbot, window, seminar_id)
    chosen = own_file(library_path, which)
    choose_in_open_dialogs(monkeypatch, chosen)  # typed into the dialog's name field
    with files_opened() as opened:
        window.windowActions.importPackageAction.trigger()
    assert warnings == [sentence(library_path, chosen)]
    assert own_files_among(opened, library_path) == []
    assert [s.title for s in window.library.list_seminars()] == ["Samverkan"]
    typing.still_locked()


def test_a_dropped_link_to_the_library_is_refused(qtbot, window: MainWindow, library_path: Path,
                                                  seminar_id: int, warnings: list[str]) -> None:
    typing = Typing(qtbot, window, seminar_id)
    package_link = link_to(library_path, "Samverkan.seminarnotes")
    word_link = link_to(library_path, "Samverkan.docx")
    with files_opened() as opened:
        assert drop_files(window, [package_link, word_link])
        qtbot.waitUntil(lambda: len(warnings) == 2, timeout=3000)
    assert warnings == [ITSELF.format(path=package_link), ITSELF.format(path=word_link)]
    assert own_files_among(opened, library_path) == []
    assert window.findChild(WordImportDialog) is None
    typing.still_locked()


def test_a_second_launch_handing_over_the_library_is_refused(qtbot, window: MainWindow, library_path: Path,
                                                             seminar_id: int, warnings: list[str]) -> None:
    """`seminarnotes Samverkan.seminarnotes` while the window runs: the file manager's launch
    hands the file over to the window (single_instance), which imports it."""
    typing = Typing(qtbot, window, seminar_id)
    link = link_to(library_path, "Samverkan.seminarnotes")
    with files_opened() as opened:
        window.handOver(link)
        qtbot.waitUntil(lambda: bool(warnings), timeout=3000)
    assert warnings == [ITSELF.format(path=link)]
    assert own_files_among(opened, library_path) == []
    typing.still_locked()


def test_opening_the_library_as_a_package_from_the_file_manager_is_refused(qtbot, library: Library,
                                                                           library_path: Path, seminar_id: int,
                                                                           warnings: list[str],
                                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """`seminarnotes Samverkan.seminarnotes` with no window running: app.run opens the
    window, which imports the file."""
    import sys

    from seminarnotes.ui import app

    library.close()
    link = link_to(library_path, "Samverkan.seminarnotes")
    shown: list[MainWindow] = []

    class TestApplication:
        """This test's QApplication, whose exec returns once the window has answered."""

        def exec(self) -> int:
            qtbot.waitUntil(lambda: bool(warnings), timeout=5000)
            another_program_reads(library_path)
            assert library_path.with_name(library_path.name + "-wal").exists(), "another program deleted the -wal"
            shown.extend(w for w in QApplication.topLevelWidgets()
                         if isinstance(w, MainWindow) and w.library.path == library_path)
            return 0

        def __getattr__(self, name: str):
            return getattr(QApplication.instance(), name)

    monkeypatch.setattr(app, "make_application", TestApplication)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    with files_opened() as opened:
        assert app.run(library_path, link) == 0
    for window in shown:
        qtbot.addWidget(window)
    assert warnings == [ITSELF.format(path=link)]
    # the backup at start writes its own new file in the backups folder
    assert own_files_among(opened, library_path, ("library", "companion")) == []
    with Library.open(library_path) as fresh:
        assert [s.title for s in fresh.list_seminars()] == ["Samverkan"]


@pytest.mark.parametrize("which", ["", "-shm"])
def test_the_logo_chooser_refuses_the_library(qtbot, window: MainWindow, library_path: Path, seminar_id: int,
                                              warnings: list[str], which: str,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    typing = Typing(qtbot, window, seminar_id)
    window.page.select("seminar", seminar_id)
    chosen = own_file(library_path, which)
    choose_in_open_dialogs(monkeypatch, chosen)
    with files_opened() as opened:
        window.page.seminarForm.chooseLogo()
    assert warnings == [sentence(library_path, chosen)]
    assert own_files_among(opened, library_path) == []
    assert window.library.export_settings(seminar_id).logo is None
    window.page.select("group", typing.sala)
    typing.still_locked()


def test_the_logo_chooser_still_takes_an_image(qtbot, window: MainWindow, library_path: Path, seminar_id: int,
                                               warnings: list[str], tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    logo = tmp_path / "logo.png"
    logo.write_bytes(tiny_png())
    window.page.select("seminar", seminar_id)
    choose_in_open_dialogs(monkeypatch, logo)
    window.page.seminarForm.chooseLogo()
    assert warnings == []
    with Library.open(library_path) as fresh:
        assert fresh.export_settings(seminar_id).logo == tiny_png()


# --- writing -------------------------------------------------------------------------------

def _export_word(window: MainWindow) -> None:
    window.windowActions.exportAction.trigger()


def _export_pdf(window: MainWindow) -> None:
    need("soffice")  # without LibreOffice the menu item is disabled (test_export_pdf.py)
    window.windowActions.exportPdfAction.trigger()


def _export_package(window: MainWindow) -> None:
    window.windowActions.exportPackageAction.trigger()


EXPORTS: dict[str, tuple[str, Callable[[MainWindow], None]]] = {
    "Word": (".docx", _export_word),
    "PDF": (".pdf", _export_pdf),
    "package": (".seminarnotes", _export_package),
}


@pytest.fixture
def no_offer_to_open(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """What the exports offer to open (the box that would wait for an answer)."""
    from seminarnotes.ui.import_export import export_dialog

    offered: list[Path] = []
    monkeypatch.setattr(export_dialog, "offer_to_open", lambda _parent, target, _title=None: offered.append(target))
    return offered


@pytest.mark.parametrize("kind", EXPORTS)
def test_an_export_onto_the_library_itself_is_refused(qtbot, open_library: Callable[..., Library], tmp_path: Path,
                                                      kind: str, warnings: list[str], no_offer_to_open: list[Path],
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """A library whose name ends like the export (`--library Seminarier.docx`): the save
    dialog proposes other names, but the user may pick the library's."""
    suffix, export = EXPORTS[kind]
    library_path = tmp_path / f"Seminarier{suffix}"
    library = open_library(library_path)
    seminar_id = library.import_doc(two_session_doc())
    window = show_window(qtbot, library)
    window.openSeminarId(seminar_id)
    before = os.stat(library_path)
    answer_save_dialogs(monkeypatch, library_path)
    export(window)
    assert warnings == [f"{library_path} is the library itself; choose another file name."]
    assert no_offer_to_open == []
    assert os.stat(library_path).st_ino == before.st_ino  # not replaced
    window.close()
    library.close()
    with Library.open(library_path) as fresh:
        assert [s.title for s in fresh.list_seminars()] == ["Samverkan"]


@pytest.mark.parametrize("kind", EXPORTS)
def test_an_export_into_the_backups_folder_is_refused(qtbot, window: MainWindow, library_path: Path,
                                                      seminar_id: int, kind: str, warnings: list[str],
                                                      no_offer_to_open: list[Path],
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    suffix, export = EXPORTS[kind]
    made = backup.make_backup(library_path, "manual")
    folder = made.parent
    window.openSeminarId(seminar_id)
    for chosen in (folder / f"Samverkan{suffix}", made):  # a new file there, and a backup itself
        warnings.clear()
        answer_save_dialogs(monkeypatch, chosen)
        export(window)
        shown = chosen if chosen.name.endswith(suffix) else chosen.with_name(chosen.name + suffix)
        assert warnings == [f"{shown} is one of the library's own files (its journal, lock or backups); "
                            "choose another file name."]
    assert no_offer_to_open == []
    assert sorted(folder.iterdir()) == [made]
    assert backup.list_backups(library_path)[0].seminars() == 1
