"""The window's gestures that move seminars in and out of its library: File ▸ New from
sample, Import package…, Import Word document…, Export to Word…, Export PDF…, Export
package…, and files dropped on the window or handed over by a second launch.

Each gesture saves what is pending first, reads or writes through the library and the
exporters, and says what the window should do next: show a seminar (`openRequested`)
or a line in the status bar (`statusMessage`). A user's mistake or a bad file is one
sentence in a warning (user_errors).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QWidget

from seminarnotes.core.document import SeminarDoc
from seminarnotes.core.library import Library
from seminarnotes.core.package import SUFFIX
from seminarnotes.ui.common.user_errors import USER_ERRORS, user_errors, warn


class Transfers(QObject):
    """Import and export for one window; dialogs open over `parent`."""

    openRequested = Signal(int)
    """Show this seminar: just imported, or the one the library already held."""
    statusMessage = Signal(str)
    """A line for the status bar ("Exported …")."""

    def __init__(self, library: Library, parent: QWidget, flush: Callable[[], bool],
                 seminarId: Callable[[], int | None]) -> None:
        """`flush()` saves what is pending; `seminarId()` is the seminar the window shows."""
        super().__init__(parent)
        self._library, self._parent, self._flush, self._seminarId = library, parent, flush, seminarId

    # --- in ------------------------------------------------------------------------------

    @user_errors
    def newFromSample(self) -> None:
        from seminarnotes.core import package
        from seminarnotes.paths import SAMPLE_PACKAGE

        doc = package.read(SAMPLE_PACKAGE)
        self._flush()
        self.openRequested.emit(self._library.import_doc(doc))

    @user_errors
    def importPackage(self, path: Path | None = None) -> None:
        """A package: imported and shown, or, when the library already holds its seminar,
        the one the user chooses (reimport.py)."""
        from seminarnotes.core import package

        if path is None:
            from seminarnotes.ui.common import file_dialogs  # the dialog when it is asked for, not at start-up

            name = file_dialogs.open_file_name(
                self._parent, QCoreApplication.translate("MainWindow", "Import package"), "",
                QCoreApplication.translate("MainWindow", "Seminarnotes packages (*%1)").replace("%1", SUFFIX))
            if not name:
                return
            path = Path(name)
        from seminarnotes.ui.import_export.reimport import import_or_open

        doc = package.read(path, library=self._library.path)  # never the library's own files
        self._flush()  # the seminar shown may be the one compared with the package
        seminar_id = import_or_open(self._parent, self._library, doc)
        if seminar_id is not None:
            self.openRequested.emit(seminar_id)

    def importPackages(self, paths: list[Path]) -> None:
        """Several packages dropped at once: each imported; the last one is shown."""
        for path in paths:
            self.importPackage(path)

    def importWord(self, path: Path | None = None) -> None:
        """A Word document: its preview, then one import (word_import.py)."""
        from seminarnotes.ui.import_export.word_import import importWordDocument

        importWordDocument(self._parent, self._importWordSeminar, path, self._library.path)

    def importWordDocuments(self, paths: list[Path]) -> None:
        """Several documents dropped at once: one preview after another."""
        from seminarnotes.ui.import_export.word_import import importWordDocuments

        importWordDocuments(self._parent, self._importWordSeminar, paths, self._library.path)

    def _importWordSeminar(self, doc: SeminarDoc) -> None:
        try:
            self._flush()
            seminar_id = self._library.import_doc(doc)
        except USER_ERRORS as error:
            warn(self._parent, error)
            return
        self.openRequested.emit(seminar_id)
        self.statusMessage.emit(QCoreApplication.translate("WordImport", "Imported \u201c%1\u201d").replace(
            "%1", doc.details.title))

    # --- out -----------------------------------------------------------------------------

    @user_errors
    def exportPackage(self) -> None:
        from seminarnotes.core import package
        from seminarnotes.ui.import_export import export_dialog

        doc = self._shownSeminar()
        if doc is None:
            return
        target = export_dialog.ask_target(
            self._parent, doc, SUFFIX,
            QCoreApplication.translate("MainWindow", "Seminarnotes packages (*%1)").replace("%1", SUFFIX),
            QCoreApplication.translate("MainWindow", "Export package"))
        if target is not None:
            package.write(doc, target, library=self._library.path)
            self.statusMessage.emit(QCoreApplication.translate("MainWindow", "Exported %1").replace("%1", target.name))

    @user_errors
    def exportWord(self) -> None:
        from seminarnotes.ui.import_export import export_dialog

        doc = self._shownSeminar()
        if doc is not None:
            export_dialog.export_to_word(self._parent, doc, self._library.path)

    @user_errors
    def exportPdf(self) -> None:
        from seminarnotes.ui.import_export import export_dialog

        doc = self._shownSeminar()
        if doc is not None:
            export_dialog.export_to_pdf(self._parent, doc, self._library.path)

    def _shownSeminar(self) -> SeminarDoc | None:
        """The whole seminar shown, read after pending edits are saved; None when none is open."""
        self._flush()
        seminar_id = self._seminarId()
        return None if seminar_id is None else self._library.seminar_doc(seminar_id)
