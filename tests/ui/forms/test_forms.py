"""Seminar, session and group forms: typed values reach the library through the
autosave; the group name completes from names used before; Export to Word proposes
a safe file name and remembers the folder."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QSettings

from seminarnotes.core.document import SeminarDetails
from seminarnotes.core.library import Library
from seminarnotes.ui.editor.widget import PointEditor
from seminarnotes.ui.forms.group_form import GroupForm
from seminarnotes.ui.forms.seminar_form import SeminarForm
from seminarnotes.ui.forms.session_form import SessionForm
from seminarnotes.ui.import_export import export_dialog
from seminarnotes.ui.saving.autosave import Autosaver
from seminarnotes.ui.tree.structure import Structure
from tests.helpers import answer_save_dialogs


def _parts(library: Library) -> tuple[Structure, Autosaver]:
    return Structure(library), Autosaver()


def test_seminar_form_saves_typed_details_and_export_settings(qtbot, library: Library, library_path: Path,  # noqa: ANN001
                                                              seminar_id: int) -> None:
    structure, autosaver = _parts(library)
    form = SeminarForm(library, structure, autosaver)
    qtbot.addWidget(form)
    form.load(seminar_id)
    assert form.fields["title"].text() == "Samverkan"
    qtbot.keyClicks(form.fields["venue"], "Aros Congress Center")
    qtbot.keyClicks(form.fields["contact_email"], "karina@example.se")
    qtbot.keyClicks(form.fields["thanks"], "Tack!")
    form.fields["title"].selectAll()
    qtbot.keyClicks(form.fields["title"], "Larande arbetsplats")
    form.fields["date"].edit.selectAll()
    qtbot.keyClicks(form.fields["date"].edit, "2014-04-09")
    form.fields["date_format"].setCurrentIndex(form.fields["date_format"].findData("long"))
    form.fields["page_word"].click()
    qtbot.waitUntil(lambda: not autosaver.pending(), timeout=3000)  # the debounce, not a forced save
    with Library.open(library_path) as lib:
        details, export = lib.details(seminar_id), lib.export_settings(seminar_id)
    assert (details.venue, details.contact_email, details.thanks) == ("Aros Congress Center", "karina@example.se",
                                                                      "Tack!")
    assert details.title == "Larande arbetsplats"
    assert details.date == dt.date(2014, 4, 9)
    assert export.date_format == "long" and export.page_word is False
    assert structure.stack.undoText() == "Rename seminar"


def test_seminar_without_date_shows_no_date(qtbot, library: Library) -> None:  # noqa: ANN001
    structure, autosaver = _parts(library)
    form = SeminarForm(library, structure, autosaver)
    qtbot.addWidget(form)
    form.load(library.create_seminar("Utan datum"))
    assert form.fields["date"].date() is None
    assert form.fields["date"].edit.text() == ""
    assert form.fields["date"].edit.placeholderText() == "No date (yyyy-mm-dd)"


def test_logo_is_kept_and_removed(qtbot, library: Library, seminar_id: int) -> None:  # noqa: ANN001
    structure, autosaver = _parts(library)
    form = SeminarForm(library, structure, autosaver)
    qtbot.addWidget(form)
    form.load(seminar_id)
    png = b"\x89PNG\r\n\x1a\n" + b"\0" * 16
    form.setLogo(png, "logo.png")
    assert library.export_settings(seminar_id).logo == png
    form.removeLogoButton.click()
    assert library.export_settings(seminar_id).logo is None


def test_session_form_saves_name_and_question(qtbot, library: Library, seminar_id: int) -> None:  # noqa: ANN001
    structure, autosaver = _parts(library)
    form = SessionForm(library, structure, autosaver)
    qtbot.addWidget(form)
    session = library.seminar_tree(seminar_id)[0]
    form.load(session.id, session.name, session.question)
    qtbot.keyClicks(form.fields["name"], " 9-12")
    form.fields["question"].selectAll()
    qtbot.keyClicks(form.fields["question"], "Vad tar vi med oss?")
    autosaver.flush()
    fresh = library.seminar_tree(seminar_id)[0]
    assert (fresh.name, fresh.question) == ("Förmiddag 9-12", "Vad tar vi med oss?")


def test_group_name_completes_from_names_used_anywhere(qtbot, library: Library, seminar_id: int) -> None:  # noqa: ANN001
    other = library.create_seminar("Annat")
    library.add_group(library.add_session(other, "Dag"), "Hallstahammar")
    structure, autosaver = _parts(library)
    form = GroupForm(library, structure, autosaver, PointEditor())
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    gid = library.add_group(library.seminar_tree(seminar_id)[0].id)
    form.load(gid, "")
    form.nameEdit.setFocus()
    qtbot.waitUntil(form.nameEdit.hasFocus)
    completer = form.nameEdit.completer()
    assert "Hallstahammar" in completer.model().stringList()
    qtbot.keyClicks(form.nameEdit, "hall")
    assert completer.currentCompletion() == "Hallstahammar"


def test_proposed_export_name_replaces_what_windows_forbids() -> None:
    details = SeminarDetails(title='Möte: "lärande"/utveckling? <del 1>', date=dt.date(2014, 4, 8))
    assert export_dialog.proposed_name(details) == "2014-04-08 Möte- -lärande--utveckling- -del 1-.docx"
    assert export_dialog.proposed_name(SeminarDetails(title="Slut. ")) == "Slut.docx"
    assert export_dialog.proposed_name(SeminarDetails(title="CON")) == "_CON.docx"
    assert export_dialog.proposed_name(SeminarDetails(), "Seminarium") == "Seminarium.docx"


def test_export_dialog_proposes_the_name_in_the_remembered_folder(qtbot, library: Library, seminar_id: int,  # noqa: ANN001
                                                                   tmp_path: Path, monkeypatch) -> None:
    from PySide6.QtWidgets import QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    chosen = tmp_path / "out" / "mitt namn"
    chosen.parent.mkdir()
    proposals = answer_save_dialogs(monkeypatch, chosen)
    doc = library.seminar_doc(seminar_id)
    assert export_dialog.ask_target(parent, doc) == chosen.with_name("mitt namn.docx")
    assert proposals[0].endswith("2014-04-08 Samverkan.docx")
    assert QSettings().value(export_dialog.FOLDER_KEY) == str(chosen.parent)
    export_dialog.ask_target(parent, doc)
    assert proposals[1] == str(chosen.parent / "2014-04-08 Samverkan.docx")
