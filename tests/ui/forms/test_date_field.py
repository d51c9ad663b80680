"""The seminar's date typed with real keys (issue 8, case 8): 2014-04-08 typed in one
go is stored as 2014-04-08, Tab leaves the field, a calendar is offered, and a date the
field cannot read is refused with its reason beside the field, never stored as
another date. Assertions read a freshly opened Library."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from seminarnotes.core.library import Library
from seminarnotes.ui.forms.date_field import DateRefused, read_date
from seminarnotes.ui.forms.seminar_form import SeminarForm
from seminarnotes.ui.saving.autosave import Autosaver
from seminarnotes.ui.tree.structure import Structure
from tests.helpers import show

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
NONE = Qt.KeyboardModifier.NoModifier
BEFORE = dt.date(2013, 11, 20)


@pytest.fixture
def seminar(library: Library) -> int:
    return library.create_seminar("Samverkan", date=BEFORE, venue="Västerås")


@pytest.fixture
def form(qtbot, library: Library, seminar: int) -> Iterator[SeminarForm]:  # noqa: ANN001
    form = SeminarForm(library, Structure(library), Autosaver())
    form.load(seminar)
    show(qtbot, form, 800, 700)
    form.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is form, timeout=2000)
    yield form
    form.autosaver.flush()


def stored(path: Path, seminar: int) -> tuple[dt.date | None, str]:
    """The date and document type a freshly opened library holds."""
    with Library.open(path) as lib:
        details = lib.details(seminar)
    return details.date, details.document_type


def saved(qtbot, form: SeminarForm) -> None:  # noqa: ANN001
    """Wait for the autosave's quiet period (not a forced save)."""
    qtbot.waitUntil(lambda: not form.autosaver.pending(), timeout=3000)


def focused() -> QWidget:
    return QApplication.focusWidget()


def into_date_field(qtbot, form: SeminarForm) -> QWidget:  # noqa: ANN001
    """From the venue, Tab: the keyboard's way into the date."""
    form.fields["venue"].setFocus()
    qtbot.waitUntil(form.fields["venue"].hasFocus)
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    return focused()


def key(qtbot, k: Qt.Key, mods: Qt.KeyboardModifier = NONE) -> None:  # noqa: ANN001
    qtbot.keyClick(focused(), k, mods)


def type_into_focus(qtbot, text: str) -> None:  # noqa: ANN001
    qtbot.keyClicks(focused(), text)


def retype_date(qtbot, form: SeminarForm, text: str) -> QWidget:  # noqa: ANN001
    """Into the date, Ctrl+A, type `text`; returns the date's line."""
    field = into_date_field(qtbot, form)
    key(qtbot, Qt.Key.Key_A, CTRL)
    type_into_focus(qtbot, text)
    return field


def test_a_date_typed_in_one_go_is_stored_and_tab_goes_on_to_the_next_field(
        qtbot, form: SeminarForm, library_path: Path, seminar: int) -> None:  # noqa: ANN001
    retype_date(qtbot, form, "2014-04-08")
    key(qtbot, Qt.Key.Key_Tab)
    type_into_focus(qtbot, "Dokumentation")  # the next field's text goes into the next field
    saved(qtbot, form)
    assert stored(library_path, seminar) == (dt.date(2014, 4, 8), "Dokumentation")
    # again, with the cursor left anywhere in the date: select all and retype
    into_date_field(qtbot, form)
    key(qtbot, Qt.Key.Key_Home)
    key(qtbot, Qt.Key.Key_Right)
    key(qtbot, Qt.Key.Key_Right)
    key(qtbot, Qt.Key.Key_Right)
    key(qtbot, Qt.Key.Key_Right)
    key(qtbot, Qt.Key.Key_Right)
    key(qtbot, Qt.Key.Key_A, CTRL)
    type_into_focus(qtbot, "2015-11-30")
    key(qtbot, Qt.Key.Key_Tab)
    saved(qtbot, form)
    assert stored(library_path, seminar)[0] == dt.date(2015, 11, 30)
    assert focused() is form.fields["document_type"]


@pytest.mark.parametrize("typed", ["2014-4-8", "20140408", "2014/04/08", "2014.4.08", " 2014-04-08 "])
def test_the_forms_swedish_users_type_are_read_and_shown_in_full(
        qtbot, form: SeminarForm, library_path: Path, seminar: int, typed: str) -> None:  # noqa: ANN001
    field = retype_date(qtbot, form, typed)
    key(qtbot, Qt.Key.Key_Tab)
    assert field.text() == "2014-04-08"
    saved(qtbot, form)
    assert stored(library_path, seminar)[0] == dt.date(2014, 4, 8)


@pytest.mark.usefixtures("english")
@pytest.mark.parametrize(("typed", "reason"), [
    ("2014-02-30", "February 2014 has no day 30; it has 28 days."),
    ("2014-13-01", "There is no month 13; months go from 1 to 12."),
    ("140408", "Write the year with four digits, as in 2014-04-08."),
    ("8/4 2014", "Write the year first, as in 2014-04-08; 8/4 2014 can be read more than one way."),
    ("08.04.2014", "Write the year first, as in 2014-04-08; 08.04.2014 can be read more than one way."),
    ("2104-04-08", "2104 is not a year between 1900 and 2100."),
    ("igår", "\u201cigår\u201d is not a date; write it as 2014-04-08."),
    ("2014-04-081", "\u201c2014-04-081\u201d is not a date; write it as 2014-04-08."),  # read once on the way
])
def test_a_date_it_cannot_read_is_refused_with_the_reason_and_nothing_is_stored(
        qtbot, form: SeminarForm, library_path: Path, seminar: int, typed: str, reason: str) -> None:  # noqa: ANN001
    field = into_date_field(qtbot, form)
    key(qtbot, Qt.Key.Key_A, CTRL)
    if typed.isascii():
        type_into_focus(qtbot, typed)
    else:
        field.insert(typed)  # QTest types ASCII only; the text is what matters here
    key(qtbot, Qt.Key.Key_Return)
    date = form.fields["date"]
    assert date.problemText() == reason
    assert date.problem.isVisible()
    assert field.text() == typed  # kept as typed, for the user to correct
    key(qtbot, Qt.Key.Key_Tab)
    form.autosaver.flush()
    assert stored(library_path, seminar)[0] == BEFORE


def test_correcting_a_refused_date_takes_it_and_the_reason_goes(
        qtbot, form: SeminarForm, library_path: Path, seminar: int) -> None:  # noqa: ANN001
    retype_date(qtbot, form, "2014-02-30")
    key(qtbot, Qt.Key.Key_Tab)
    assert form.fields["date"].problemText()
    key(qtbot, Qt.Key.Key_Backtab)
    key(qtbot, Qt.Key.Key_End)
    key(qtbot, Qt.Key.Key_Backspace)
    key(qtbot, Qt.Key.Key_Backspace)
    type_into_focus(qtbot, "28")
    assert form.fields["date"].problemText() == ""  # as soon as it reads
    saved(qtbot, form)
    assert stored(library_path, seminar)[0] == dt.date(2014, 2, 28)


def test_clearing_the_field_means_no_date(qtbot, form: SeminarForm, library_path: Path,  # noqa: ANN001
                                          seminar: int) -> None:
    into_date_field(qtbot, form)
    key(qtbot, Qt.Key.Key_A, CTRL)
    key(qtbot, Qt.Key.Key_Delete)
    key(qtbot, Qt.Key.Key_Tab)
    saved(qtbot, form)
    assert stored(library_path, seminar)[0] is None
    assert form.fields["date"].problemText() == ""


def test_the_calendar_opens_with_alt_down_and_a_day_is_picked_with_the_keyboard(
        qtbot, form: SeminarForm, library_path: Path, seminar: int) -> None:  # noqa: ANN001
    field = into_date_field(qtbot, form)
    key(qtbot, Qt.Key.Key_Down, ALT)
    popup = form.fields["date"].popup
    qtbot.waitUntil(lambda: popup is not None and popup.isVisible(), timeout=2000)
    assert popup.calendar.selectedDate().toPython() == BEFORE  # it opens on the field's date
    key(qtbot, Qt.Key.Key_Right)  # the next day
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not popup.isVisible(), timeout=2000)
    assert field.text() == "2013-11-21"
    saved(qtbot, form)
    assert stored(library_path, seminar)[0] == dt.date(2013, 11, 21)
    # F4 opens it too, and Escape closes it without changing the date
    form.activateWindow()  # a window manager gives the window back once the popup is gone
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    key(qtbot, Qt.Key.Key_F4)
    qtbot.waitUntil(popup.isVisible, timeout=2000)
    key(qtbot, Qt.Key.Key_Right)
    key(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not popup.isVisible(), timeout=2000)
    assert field.text() == "2013-11-21" and not form.autosaver.pending()


def test_the_calendar_button_takes_no_tab_stop_and_opens_the_calendar(qtbot, form: SeminarForm) -> None:  # noqa: ANN001
    button = form.fields["date"].calendarButton
    assert button.focusPolicy() == Qt.FocusPolicy.NoFocus
    button.click()
    qtbot.waitUntil(lambda: form.fields["date"].popup is not None and form.fields["date"].popup.isVisible(),
                    timeout=2000)
    form.fields["date"].popup.close()


def test_a_short_form_is_taken_when_the_edit_ends_and_a_refresh_leaves_it_alone(
        qtbot, form: SeminarForm, library_path: Path, seminar: int) -> None:  # noqa: ANN001
    field = retype_date(qtbot, form, "2014-4-1")  # on its way to 2014-4-12: not taken yet
    form.load(seminar)  # as the window does when the tree is read again
    assert field.text() == "2014-4-1" and field.hasFocus()
    type_into_focus(qtbot, "2")
    form.autosaver.flush()
    assert stored(library_path, seminar)[0] == BEFORE
    key(qtbot, Qt.Key.Key_Return)
    assert field.text() == "2014-04-12"
    saved(qtbot, form)
    assert stored(library_path, seminar)[0] == dt.date(2014, 4, 12)


def test_a_date_typed_in_full_is_saved_before_the_field_is_left(
        qtbot, form: SeminarForm, library_path: Path, seminar: int) -> None:  # noqa: ANN001
    retype_date(qtbot, form, "2014-04-08")
    saved(qtbot, form)  # still in the field
    assert stored(library_path, seminar)[0] == dt.date(2014, 4, 8)
    assert form.fields["date"].edit.hasFocus()


@pytest.mark.parametrize(("text", "date"), [
    ("", None), ("   ", None), ("2014-04-08", dt.date(2014, 4, 8)), ("2014-4-8", dt.date(2014, 4, 8)),
    ("20140408", dt.date(2014, 4, 8)), ("2016-02-29", dt.date(2016, 2, 29)), ("1900-01-01", dt.date(1900, 1, 1)),
    ("2100-12-31", dt.date(2100, 12, 31)),
])
def test_read_date_takes(qapp, text: str, date: dt.date | None) -> None:  # noqa: ANN001, ARG001
    assert read_date(text) == date


@pytest.mark.parametrize("text", ["2015-02-29", "2014-0-8", "2014-04-00", "1899-12-31", "2014-04", "2014-04-08-",
                                  "2014-04/08", "201404080", "14-04-08", "8 april 2014"])
def test_read_date_refuses(qapp, text: str) -> None:  # noqa: ANN001, ARG001
    with pytest.raises(DateRefused) as refused:
        read_date(text)
    assert str(refused.value).endswith(".") and "\n" not in str(refused.value)


def test_alt_d_the_date_labels_key_goes_into_the_date(qtbot, form: SeminarForm) -> None:  # noqa: ANN001
    form.fields["title"].setFocus()
    qtbot.waitUntil(form.fields["title"].hasFocus)
    key(qtbot, Qt.Key.Key_D, ALT)
    assert focused() is form.fields["date"].edit
