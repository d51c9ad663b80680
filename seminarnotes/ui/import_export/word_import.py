"""File ▸ Import Word document… and a .docx dropped on the window: the recognised
seminar as a tree to check and correct before anything is written, then one import.

Keys in the tree: S session, Q question, G group, P point, H highlight, T title,
I ignore; Tab / Shift+Tab change a point's level; Ctrl+Z takes back a change;
F3 / Shift+F3 go to the next / previous uncertain line. The role box and the level
box below the tree do the same for the mouse.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from seminarnotes.core.document import SeminarDoc
from seminarnotes.ui.common import file_dialogs
from seminarnotes.ui.common.core_messages import translated
from seminarnotes.ui.common.user_errors import USER_ERRORS, warn
from seminarnotes.ui.import_export.word_import_model import KIND, LEVEL, LINE, TEXT, OutlineModel, kind_name
from seminarnotes.wordimport.errors import WordImportError
from seminarnotes.wordimport.items import USER_ROLES, Item, with_level, with_role

if TYPE_CHECKING:
    from seminarnotes.wordimport.assemble import Assembly
    from seminarnotes.wordimport.reader import WordReading

log = logging.getLogger(__name__)

ROLE_KEYS = {Qt.Key.Key_S: "session", Qt.Key.Key_Q: "question", Qt.Key.Key_G: "group", Qt.Key.Key_P: "point",
             Qt.Key.Key_H: "highlight", Qt.Key.Key_T: "title", Qt.Key.Key_I: "ignored"}
LEVELLED = ("point", "highlight")


class OutlineView(QTreeView):
    """The preview tree: role keys and Tab for levels act on the current line."""

    roleKey = Signal(str)
    levelKey = Signal(int)

    def __init__(self) -> None:
        super().__init__()
        self.setUniformRowHeights(True)
        self.setAllColumnsShowFocus(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

    def event(self, event: QEvent) -> bool:
        # Tab and Shift+Tab change a point's level, as in the points editor; on other lines they move focus.
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key, mods = event.key(), event.modifiers()
            if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and not mods & Qt.KeyboardModifier.ControlModifier:
                row = self.model().row(self.currentIndex()) if self.model() else None
                if row is not None and row.kind in LEVELLED and row.item is not None:
                    self.levelKey.emit(-1 if key == Qt.Key.Key_Backtab or mods & Qt.KeyboardModifier.ShiftModifier
                                       else 1)
                    return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        plain = event.modifiers() in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
        if plain and event.key() in ROLE_KEYS:
            self.roleKey.emit(ROLE_KEYS[Qt.Key(event.key())])
            return
        super().keyPressEvent(event)


class WordImportDialog(QDialog):
    """The preview of one Word document; `seminar()` is what Import writes."""

    def __init__(self, reading: WordReading, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reading = reading
        self.items: list[Item] = list(reading.items)
        self.history: list[tuple[list[Item], set[int]]] = []
        self.changed: set[int] = set()  # items whose role or level the user set
        self.assembly: Assembly = reading.assemble(self.items)
        self.setWindowTitle(self.tr("Import Word document \u2014 %1").replace("%1", reading.path.name))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.model = OutlineModel(self)
        self.view = OutlineView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Recognised seminar"))
        header = self.view.header()
        header.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        for column in (KIND, LEVEL, LINE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.reason = QLabel()
        self.reason.setWordWrap(True)
        self.reason.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.roleBox = QComboBox()
        for role in USER_ROLES:
            self.roleBox.addItem(kind_name(role), role)
        self.levelBox = QSpinBox()
        self.levelBox.setRange(1, 3)
        form = QFormLayout()
        roleLabel = QLabel(self.tr("&Read line as:"))
        roleLabel.setBuddy(self.roleBox)
        levelLabel = QLabel(self.tr("Le&vel:"))
        levelLabel.setBuddy(self.levelBox)
        row = QHBoxLayout()
        row.addWidget(self.roleBox, 1)
        row.addWidget(levelLabel)
        row.addWidget(self.levelBox)
        form.addRow(roleLabel, row)
        self.hint = QLabel(self.tr("Keys in the tree: S session, Q question, G group, P point, H highlight, "
                                   "T title, I ignore; Tab / Shift+Tab change a point's level; Ctrl+Z takes a "
                                   "change back; F3 goes to the next uncertain line."))
        self.hint.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.importButton = self.buttons.addButton(self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.reason)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self.importButton.setDefault(True)  # Enter imports; only now is the button inside the dialog
        self.view.roleKey.connect(self.setRole)
        self.view.levelKey.connect(self.stepLevel)
        self.view.selectionModel().currentChanged.connect(lambda current, _previous: self._showLine(current))
        self.roleBox.activated.connect(lambda i: self.setRole(self.roleBox.itemData(i)))
        self.levelBox.valueChanged.connect(self._levelBoxChanged)
        self.resize(960, 680)
        self._refresh(None)
        if not self.nextUncertain(1):
            self.view.setCurrentIndex(self.model.index(0, 0))
        self.view.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """F3 / Shift+F3 and Undo, wherever the focus is in the dialog (unless a field takes them)."""
        if event.matches(QKeySequence.StandardKey.Undo):
            self.undo()
        elif event.key() == Qt.Key.Key_F3:
            self.nextUncertain(-1 if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else 1)
        else:
            super().keyPressEvent(event)

    # --- what Import writes ------------------------------------------------------------------

    def seminar(self) -> SeminarDoc:
        return self.assembly.doc

    # --- changes ---------------------------------------------------------------------------------

    def currentItem(self) -> int | None:
        row = self.model.row(self.view.currentIndex())
        return row.item if row is not None else None

    def setRole(self, role: str) -> None:
        """Read the current line as `role` (one of the roles the role box offers)."""
        item = self.currentItem()
        if item is None or self.items[item].role == role and not self.items[item].uncertain:
            return
        self._change(with_role(self.items, item, role), item)

    def stepLevel(self, step: int) -> None:
        row = self.model.row(self.view.currentIndex())
        if row is None or row.item is None or row.kind not in LEVELLED:
            return
        self._change(with_level(self.items, row.item, row.level + step), row.item)

    def _levelBoxChanged(self, value: int) -> None:
        row = self.model.row(self.view.currentIndex())
        if row is not None and row.item is not None and row.kind in LEVELLED and value - 1 != row.level:
            self._change(with_level(self.items, row.item, value - 1), row.item)

    def undo(self) -> None:
        if self.history:
            self.items, self.changed = self.history.pop()
            self._refresh(self.currentItem())

    def _change(self, items: list[Item], current: int) -> None:
        self.history.append((self.items, self.changed))
        self.items, self.changed = items, self.changed | {current}
        self._refresh(current)

    def _refresh(self, current: int | None) -> None:
        self.assembly = self.reading.assemble(self.items)
        self.model.setRows(self.assembly.rows)
        self.view.expandAll()
        if current is not None:
            index = self.model.indexOfItem(current)
            if index.isValid():
                self.view.setCurrentIndex(index)
                self.view.scrollTo(index)
        self._showSummary()
        self._showLine(self.view.currentIndex())

    # --- showing ------------------------------------------------------------------------------

    def nextUncertain(self, step: int) -> bool:
        """Go to the next (step 1) or previous (-1) uncertain line; False when there is none."""
        indexes = self.model.indexes()
        rows = [i for i, index in enumerate(indexes) if (r := self.model.row(index)) is not None and r.uncertain]
        if not rows:
            return False
        here = next((i for i, index in enumerate(indexes) if index == self.view.currentIndex()), -1)
        ahead = [i for i in rows if (i - here) * step > 0]
        target = (ahead[0] if step > 0 else ahead[-1]) if ahead else (rows[0] if step > 0 else rows[-1])
        self.view.setCurrentIndex(indexes[target])
        self.view.scrollTo(indexes[target])
        return True

    def _showSummary(self) -> None:
        doc = self.assembly.doc
        groups = [g for s in doc.sessions for g in s.groups]
        points = sum(len(g.points) for g in groups)
        text = self.tr("Sessions: %1, groups: %2, points: %3.").replace("%1", str(len(doc.sessions))).replace(
            "%2", str(len(groups))).replace("%3", str(points))
        uncertain = sum(1 for row in self.assembly.rows if row.uncertain)
        if uncertain:
            text += " " + self.tr("Lines that are guesses, marked with a warning sign: %1. Check them before "
                                  "importing.").replace("%1", str(uncertain))
        else:
            text += " " + self.tr("Every line was recognised with certainty.")
        for note in self.reading.facts.notes:
            text += "\n" + translated(note)
        self.summary.setText(text)

    def _showLine(self, index: QModelIndex) -> None:
        row = self.model.row(index)
        editable = row is not None and row.item is not None
        self.roleBox.setEnabled(editable)
        self.levelBox.setEnabled(editable and row.kind in LEVELLED)
        if row is None:
            self.reason.clear()
            return
        where = self.tr("Line %1").replace("%1", str(row.line)) if row.line is not None else ""
        if row.uncertain:
            why = translated(row.reason) if row.reason else ""
        elif row.item in self.changed:
            why = self.tr("Read as you set it.")
        elif editable:
            why = self.tr("Recognised with certainty.")
        else:
            why = self.tr("Not a line of the document: made from the lines around it.")
        self.reason.setText(f"{where}: {why}" if where else why)
        self.roleBox.blockSignals(True)
        position = self.roleBox.findData(row.kind)
        if position < 0:  # a role of the title block or the closing, which the box does not offer
            self.roleBox.setCurrentIndex(-1)
            self.roleBox.setPlaceholderText(kind_name(row.kind))
        else:
            self.roleBox.setCurrentIndex(position)
        self.roleBox.blockSignals(False)
        self.levelBox.blockSignals(True)
        self.levelBox.setValue(row.level + 1)
        self.levelBox.blockSignals(False)


# --- the gesture -------------------------------------------------------------------------------

def importWordDocument(parent: QWidget, importSeminar: Callable[[SeminarDoc], None], path: Path | None,
                       library: Path) -> WordImportDialog | None:
    """Ask for a .docx (unless given), read it and open the preview over `parent`; Import
    hands the seminar to `importSeminar`, which writes it in one transaction and shows it.
    A bad file, or `library` or one of its own files (never opened), is one sentence in a warning."""
    if path is None:
        name = file_dialogs.open_file_name(
            parent, QCoreApplication.translate("WordImport", "Import Word document"), "",
            QCoreApplication.translate("WordImport", "Word documents (*.docx);;All files (*)"))
        if not name:
            return None
        path = Path(name)
    from seminarnotes.wordimport.reader import read_word

    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        reading = read_word(path, library=library)
    except (WordImportError, *USER_ERRORS) as error:
        QGuiApplication.restoreOverrideCursor()
        warn(parent, error)
        return None
    QGuiApplication.restoreOverrideCursor()
    dialog = WordImportDialog(reading, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.accepted.connect(lambda: importSeminar(dialog.seminar()))
    dialog.open()
    return dialog


def importWordDocuments(parent: QWidget, importSeminar: Callable[[SeminarDoc], None],
                        paths: list[Path], library: Path) -> None:
    """Several documents dropped at once: one preview after another."""
    if not paths:
        return
    dialog = importWordDocument(parent, importSeminar, paths[0], library)
    if dialog is None:
        importWordDocuments(parent, importSeminar, paths[1:], library)
    else:
        dialog.finished.connect(lambda _result: importWordDocuments(parent, importSeminar, paths[1:], library))
