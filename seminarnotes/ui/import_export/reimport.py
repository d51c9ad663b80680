"""Importing a package whose seminar the library already holds: ask, don't duplicate.

Every way a package reaches the window (File ▸ Import package…, a drop, opening a
`.seminarnotes` file) comes through `import_or_open`. The library decides what "already
holds" means (`Library.already_holds`: the same uid, or the same title, date and
content); the user chooses between the one they have and a copy of its own.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from seminarnotes.core.document import SeminarDoc
from seminarnotes.core.library import InLibrary, Library

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text") calls


class Choice(Enum):
    OPEN = "open"  # open the seminar the library holds
    COPY = "copy"  # import the package as a copy with an identity of its own


def ask(parent: QWidget | None, doc: SeminarDoc, held: InLibrary) -> Choice | None:
    """The question, in the window; None when the user cancels (Escape)."""
    box = QMessageBox(QMessageBox.Icon.Question, translate("Reimport", "Import package"),
                      translate("Reimport", "\u201c%1\u201d is already in your library.")
                      .replace("%1", doc.details.title or translate("Reimport", "Untitled seminar")), parent=parent)
    if held.same_content:
        box.setInformativeText(translate("Reimport", "The seminar you have says the same as the package."))
    else:
        box.setInformativeText(translate("Reimport", "The seminar you have and the package differ now; a copy keeps "
                                                     "both."))
    open_button = box.addButton(translate("Reimport", "&Open the one you have"), QMessageBox.ButtonRole.AcceptRole)
    copy_button = box.addButton(translate("Reimport", "Import a &copy"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(open_button)
    box.exec()
    clicked = box.clickedButton()
    box.deleteLater()
    if clicked is open_button:
        return Choice.OPEN
    if clicked is copy_button:
        return Choice.COPY
    return None


def import_or_open(parent: QWidget | None, library: Library, doc: SeminarDoc) -> int | None:
    """The seminar to show for a package: newly imported, or, if the library already
    holds it, the one the user chooses; None when they cancel."""
    held = library.already_holds(doc)
    if held is None:
        return library.import_doc(doc)
    choice = ask(parent, doc, held)
    if choice is Choice.OPEN:
        return held.id
    if choice is Choice.COPY:
        return library.import_copy(doc)
    return None
