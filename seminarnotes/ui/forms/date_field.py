"""The seminar's date: a line the user types a date into, with a calendar beside it.

QDateEdit edits a date section by section: typing 2014-04-08 in one go stored another
date, depending on the section last used, and Tab walked its sections instead of
leaving, so the next field's text went into the date. Here the date is typed as text
and read as a whole; Tab leaves like any line.

What it reads (`read_date`), year first as Swedish dates are written:
2014-04-08, 2014-4-8 (also with / or . between), and 20140408. Cleared means no date.
Everything else is refused with its reason beside the field and nothing is stored:
a two-digit year (140408: which century?), a day or month first (8/4 2014: which is
the month?), a day or month that does not exist, and years outside 1900–2100 (a typo
such as 2104 or 0214). Alt+Down or F4 (or the button) opens a calendar.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, QPoint, Qt, Signal
from PySide6.QtGui import QIcon, QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QCalendarWidget,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text") calls

FIRST_YEAR, LAST_YEAR = 1900, 2100

_YEAR_FIRST = re.compile(r"(\d{4})([-/.])(\d{1,2})\2(\d{1,2})")
_COMPLETE = re.compile(r"\d{4}([-/.])\d{2}\1\d{2}|\d{8}")  # no prefix of these reads as a date
_DIGITS = re.compile(r"(\d{4})(\d{2})(\d{2})")
_SHORT_YEAR = re.compile(r"\d{6}|\d{2}([-/.])\d{1,2}\1\d{1,2}")
_DAY_FIRST = re.compile(r"\d{1,2}[-/. ]\d{1,2}[-/. ]+\d{2,4}")


class DateRefused(ValueError):
    """Text that is not a date the field takes; str() is the reason, one sentence."""


def read_date(text: str) -> dt.date | None:
    """The date the text means, None for empty text; DateRefused with the reason otherwise."""
    text = text.strip()
    if not text:
        return None
    match = _YEAR_FIRST.fullmatch(text)
    if match:
        year, month, day = int(match[1]), int(match[3]), int(match[4])
    elif match := _DIGITS.fullmatch(text):
        year, month, day = int(match[1]), int(match[2]), int(match[3])
    elif _SHORT_YEAR.fullmatch(text):
        raise DateRefused(translate("DateField", "Write the year with four digits, as in 2014-04-08."))
    elif _DAY_FIRST.fullmatch(text):
        raise DateRefused(translate("DateField", "Write the year first, as in 2014-04-08; %1 can be read more than "
                                                 "one way.")
                          .replace("%1", text))
    else:
        raise DateRefused(translate("DateField", "\u201c%1\u201d is not a date; write it as 2014-04-08.").replace(
            "%1", text))
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise DateRefused(translate("DateField", "%1 is not a year between %2 and %3.").replace("%1", str(year))
                          .replace("%2", str(FIRST_YEAR)).replace("%3", str(LAST_YEAR)))
    if not 1 <= month <= 12:
        raise DateRefused(translate("DateField", "There is no month %1; months go from 1 to 12.").replace(
            "%1", str(month)))
    days = calendar.monthrange(year, month)[1]
    if not 1 <= day <= days:
        month_name = QLocale().standaloneMonthName(month, QLocale.FormatType.LongFormat)
        raise DateRefused(translate("DateField", "%1 %2 has no day %3; it has %4 days.").replace("%1", month_name)
                          .replace("%2", str(year)).replace("%3", str(day)).replace("%4", str(days)))
    return dt.date(year, month, day)


class _DateLine(QLineEdit):
    """The line itself: Alt+Down and F4 open the calendar, as in Qt's own date fields."""

    calendarRequested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        alt_down = event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier
        if alt_down or (event.key() == Qt.Key.Key_F4 and not event.modifiers()):
            self.calendarRequested.emit()
            return
        super().keyPressEvent(event)


class _CalendarPopup(QFrame):
    """A calendar below the field: Enter or a click picks a day, Escape closes it."""

    picked = Signal(object)  # dt.date

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(True)
        self.calendar.setDateRange(QDate(FIRST_YEAR, 1, 1), QDate(LAST_YEAR, 12, 31))
        self.calendar.activated.connect(self._pick)
        self.calendar.clicked.connect(self._pick)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.calendar)

    def _pick(self, date: QDate) -> None:
        self.picked.emit(dt.date(date.year(), date.month(), date.day()))
        self.close()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)


class DateField(QWidget):
    """The date as typed text, read as a whole; a calendar button; the reason for a
    refusal beside it. `date()` is what the field last read; `dateEdited` fires when
    the user changed it (a date read, or the field cleared)."""

    dateEdited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._date: dt.date | None = None
        self._settled: dt.date | None = None  # the date before the current edit: kept if it is refused
        self.edit = _DateLine()
        self.edit.setPlaceholderText(self.tr("No date (yyyy-mm-dd)"))
        self.edit.setToolTip(self.tr("Type the date as 2014-04-08 (2014-4-8 and 20140408 work too); clear it for no "
                                     "date. Alt+Down opens a calendar."))
        width = self.edit.fontMetrics().horizontalAdvance(self.edit.placeholderText() + "MMM")
        self.edit.setMinimumWidth(width)
        self.edit.setMaximumWidth(width * 3 // 2)  # a date's width, not the whole row
        self.edit.textEdited.connect(self._typed)
        self.edit.editingFinished.connect(self._finished)
        self.edit.calendarRequested.connect(self.openCalendar)
        self.calendarButton = QToolButton()
        self.calendarButton.setIcon(QIcon.fromTheme("x-office-calendar"))
        if self.calendarButton.icon().isNull():
            self.calendarButton.setText("\u2026")
        self.calendarButton.setToolTip(self.tr("Choose the date in a calendar (Alt+Down)"))
        self.calendarButton.setAccessibleName(self.tr("Calendar"))
        self.calendarButton.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes on to the next field
        self.calendarButton.clicked.connect(self.openCalendar)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self._colourProblem()
        self.problem.hide()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        layout.addWidget(self.calendarButton)
        layout.addWidget(self.problem, 1)
        layout.addStretch(0)  # keeps the line and the button together on the left
        self.setFocusProxy(self.edit)
        self.setFocusPolicy(self.edit.focusPolicy())  # so the "&Date:" label's Alt+D reaches the line
        self.popup: _CalendarPopup | None = None

    def date(self) -> dt.date | None:
        return self._date

    def setDate(self, value: dt.date | None) -> None:
        """Show a stored date. While the user is in the field and it already holds this
        date, what they typed stays as it is (a refresh must not move the cursor)."""
        if value == self._date and self.edit.hasFocus():
            return
        self._date = self._settled = value
        self.edit.setText(value.isoformat() if value else "")
        self._showProblem("")

    def problemText(self) -> str:
        """The reason shown beside the field, "" when there is none."""
        return self.problem.text() if not self.problem.isHidden() else ""

    def openCalendar(self) -> None:
        """The calendar under the field, on the field's date (or today)."""
        if self.popup is None:
            self.popup = _CalendarPopup(self)
            self.popup.picked.connect(self._picked)
        shown = self._date or dt.date.today()
        self.popup.calendar.setSelectedDate(QDate(shown.year, shown.month, shown.day))
        self.popup.adjustSize()
        self.popup.move(self.edit.mapToGlobal(QPoint(0, self.edit.height())))
        self.popup.show()
        self.popup.calendar.setFocus()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._colourProblem()
        super().changeEvent(event)

    # --- reading what the user typed ------------------------------------------------

    def _typed(self, text: str) -> None:
        """Each key: a date typed in full (2014-04-08, 20140408) or an empty field is
        saved at once, like any typing; shorter forms wait for the end of the edit, since
        2014-02-3 is on its way to 2014-02-30, not a date. A reason shown before goes
        as soon as the text reads."""
        try:
            value = read_date(text)
        except DateRefused:
            return
        self._showProblem("")
        if value is None or _COMPLETE.fullmatch(text.strip()):
            self._take(value)

    def _finished(self) -> None:
        """Enter, Tab or leaving the field: take the date and show it in full, or say why
        not and keep the date from before this edit."""
        try:
            value = read_date(self.edit.text())
        except DateRefused as refused:
            self._showProblem(str(refused))
            self._take(self._settled)
            return
        self._showProblem("")
        shown = value.isoformat() if value else ""
        if self.edit.text() != shown:
            self.edit.setText(shown)
        self._take(value)
        self._settled = value

    def _picked(self, value: dt.date) -> None:
        self.edit.setText(value.isoformat())
        self._showProblem("")
        self._take(value)
        self._settled = value
        self.edit.setFocus()

    def _take(self, value: dt.date | None) -> None:
        if value != self._date:
            self._date = value
            self.dateEdited.emit()

    def _showProblem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))
        self.edit.setAccessibleDescription(text)

    def _colourProblem(self) -> None:
        """The reason in red, dark on a light theme and light on a dark one."""
        palette = self.problem.palette()
        dark = self.palette().color(QPalette.ColorRole.Window).lightness() < 128
        palette.setColor(QPalette.ColorRole.WindowText, Qt.GlobalColor.red if dark else Qt.GlobalColor.darkRed)
        self.problem.setPalette(palette)
