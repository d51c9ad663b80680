"""Export to Word and PDF from the window: propose a file name, remember the folder,
offer to open. The window's package export asks for its file the same way, in the same folder.

python-docx and the exporter are imported only here, when the user exports, so they
cost nothing at start-up. The PDF is made by LibreOffice in a worker thread while a
progress dialog (with Cancel) keeps the window responsive.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QSettings, QStandardPaths, Qt, QTimer, QUrl
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import QMenu, QMessageBox, QProgressDialog, QWidget

from seminarnotes.core.document import SeminarDetails, SeminarDoc
from seminarnotes.ui.common import file_dialogs

FOLDER_KEY = "export/folder"
_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f]')
_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)), *(f"LPT{i}" for i in range(1, 10))}
WORD_SUFFIX = ".docx"
PDF_SUFFIX = ".pdf"


def safe_file_stem(text: str) -> str:
    """`text` usable as a file name on Windows too: forbidden characters become "-",
    trailing dots and spaces go, reserved device names get an underscore."""
    stem = _FORBIDDEN.sub("-", text).strip().rstrip(". ")
    stem = re.sub(r"\s+", " ", stem)
    if stem.split(".")[0].upper() in _RESERVED:
        stem = f"_{stem}"
    return stem[:150]


def proposed_name(details: SeminarDetails, fallback: str = "Seminar", suffix: str = WORD_SUFFIX) -> str:
    """`YYYY-MM-DD Title.docx` (or just the title, or the fallback, when missing)."""
    parts = [details.date.isoformat()] if details.date else []
    title = safe_file_stem(details.title)
    parts.append(title or fallback)
    return safe_file_stem(" ".join(parts)) + suffix


def export_folder() -> Path:
    """The folder last exported to, else the user's Documents folder."""
    remembered = QSettings().value(FOLDER_KEY, "", str)
    if remembered and Path(remembered).is_dir():
        return Path(remembered)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents and Path(documents).is_dir() else Path.home()


def ask_target(parent: QWidget, doc: SeminarDoc, suffix: str = WORD_SUFFIX, file_filter: str | None = None,
               title: str | None = None) -> Path | None:
    """Ask where to save a file ending in `suffix` (Word by default), starting at the
    remembered folder with the proposed name; the chosen folder is remembered."""
    fallback = QCoreApplication.translate("ExportDialog", "Seminar")
    start = export_folder() / proposed_name(doc.details, fallback, suffix)
    title = title or QCoreApplication.translate("ExportDialog", "Export to Word")
    file_filter = file_filter or QCoreApplication.translate("ExportDialog", "Word documents (*.docx)")
    path = file_dialogs.save_file_name(parent, title, str(start), file_filter)
    if not path:
        return None
    target = Path(path)
    if target.suffix.lower() != suffix.lower():
        target = target.with_name(target.name + suffix)
    QSettings().setValue(FOLDER_KEY, str(target.parent))
    return target


def export_to_word(parent: QWidget, doc: SeminarDoc, library: Path) -> Path | None:
    """The whole Export to Word gesture; returns the written file, or None. The target may
    not be `library` or one of its own files (atomic.check_target says so in a warning)."""
    target = ask_target(parent, doc)
    if target is None:
        return None
    from seminarnotes.core.atomic import WriteError

    title = QCoreApplication.translate("ExportDialog", "Export to Word")
    try:
        from seminarnotes.export.docx import export_docx
    except ImportError:
        QMessageBox.warning(parent, title, QCoreApplication.translate(
            "ExportDialog", "Word export is not available in this installation."))
        return None
    try:
        export_docx(doc, target, library=library)
    except WriteError as err:
        from seminarnotes.ui.common.core_messages import translated

        QMessageBox.warning(parent, title, translated(err))
        return None
    offer_to_open(parent, target)
    return target


def pdf_unavailable_reason() -> str | None:
    """Why PDF export cannot be used here (LibreOffice is missing), or None when it can."""
    from seminarnotes.export.pdf import find_soffice

    if find_soffice() is not None:
        return None
    return QCoreApplication.translate(
        "ExportDialog", "PDF export needs LibreOffice, which is not installed; install LibreOffice to use it.")


def keep_pdf_action_current(menu: QMenu, action: QAction) -> None:
    """Enable Export PDF only when LibreOffice is installed, checked again each time `menu`
    opens (it may be installed while the window is open); the tooltip says why not."""
    menu.setToolTipsVisible(True)

    def refresh() -> None:
        reason = pdf_unavailable_reason()
        action.setEnabled(reason is None)
        action.setToolTip(reason or QCoreApplication.translate(
            "ExportDialog", "Save the Word document as a PDF for participants"))
        action.setStatusTip(action.toolTip())

    refresh()
    menu.aboutToShow.connect(refresh)


def export_to_pdf(parent: QWidget, doc: SeminarDoc, library: Path) -> Path | None:
    """The whole Export PDF gesture; returns the written file, or None. The target may not
    be `library` or one of its own files, as for Word."""
    from seminarnotes.core.atomic import WriteError
    from seminarnotes.export.pdf import PdfCancelled, PdfError, export_pdf

    title = QCoreApplication.translate("ExportDialog", "Export PDF")
    target = ask_target(parent, doc, PDF_SUFFIX, QCoreApplication.translate("ExportDialog", "PDF files (*.pdf)"),
                        title)
    if target is None:
        return None
    label = QCoreApplication.translate("ExportDialog", "LibreOffice is making the PDF…")
    try:
        run_with_progress(parent, title, label,
                          lambda cancelled: export_pdf(doc, target, cancelled=cancelled, library=library))
    except PdfCancelled:
        return None
    except (PdfError, WriteError) as err:
        from seminarnotes.ui.common.core_messages import translated

        QMessageBox.warning(parent, title, translated(err))
        return None
    offer_to_open(parent, target, title)
    return target


def run_with_progress(parent: QWidget, title: str, label: str, work: Callable[[Callable[[], bool]], None]) -> None:
    """Run `work(cancelled)` in a thread while a busy progress dialog with Cancel shows
    (after half a second); re-raise what it raised, here in the window's thread."""
    cancel = threading.Event()
    raised: list[BaseException] = []

    def run() -> None:
        try:
            work(cancel.is_set)
        except BaseException as err:
            raised.append(err)

    thread = threading.Thread(target=run, name="export", daemon=True)
    dialog = QProgressDialog(label, QCoreApplication.translate("ExportDialog", "Cancel"), 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(500)
    dialog.setValue(0)  # starts the half-second timer after which the dialog shows
    dialog.canceled.connect(cancel.set)
    loop = QEventLoop()
    timer = QTimer()
    timer.timeout.connect(lambda: None if thread.is_alive() else loop.quit())
    thread.start()
    timer.start(50)
    loop.exec()
    timer.stop()
    dialog.reset()
    dialog.deleteLater()
    thread.join()
    if raised:
        raise raised[0]


def offer_to_open(parent: QWidget, target: Path, title: str | None = None) -> None:
    text = QCoreApplication.translate("ExportDialog", "The seminar was saved as %1.").replace("%1", target.name)
    title = title or QCoreApplication.translate("ExportDialog", "Export to Word")
    box = QMessageBox(QMessageBox.Icon.Information, title, text, parent=parent)
    open_file = box.addButton(QCoreApplication.translate("ExportDialog", "Open document"),
                              QMessageBox.ButtonRole.AcceptRole)
    open_folder = box.addButton(QCoreApplication.translate("ExportDialog", "Show folder"),
                                QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Close)
    box.setDefaultButton(open_file)
    box.exec()
    if box.clickedButton() is open_file:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))
    elif box.clickedButton() is open_folder:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(target.parent)))
