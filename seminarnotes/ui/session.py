"""The library the program has open and its window, and replacing both.

Restoring a backup or rescuing a damaged library changes the file under the window,
so the window lets go first: it closes (its pending edits are saved, or the user
decides), the background work stops, the library is closed, the file is replaced,
and the library opens again in a new window. A library found damaged when it is
opened gets the damaged-library dialog before any window.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from seminarnotes.core.errors import DamagedLibrary, LibraryError
from seminarnotes.core.library import Library
from seminarnotes.ui.common import core_messages
from seminarnotes.ui.common.core_messages import translated
from seminarnotes.ui.common.user_errors import USER_ERRORS, warn

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text") calls


class LibrarySession(QObject):
    """Owns the open Library, its MainWindow and its background care (library/care.py)."""

    def __init__(self, path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = Path(path)
        self.library: Library | None = None
        self.window: Any = None  # MainWindow
        self.care: Any = None  # LibraryCare
        self._asking = False

    # --- opening ---------------------------------------------------------------------

    def open(self, back_up: bool = True) -> bool:
        """Open the library in a new window; False when it cannot be opened (said in a dialog).
        `back_up`: take the start-up backup (not after a restore: the library is a backup then)."""
        try:
            library = Library.open(self.path, verify=False)
        except DamagedLibrary as damage:
            return self._damagedBeforeWindow(damage)
        except LibraryError as err:
            QMessageBox.critical(None, translate("LibrarySession", "Seminarnotes"), translated(err))
            return False
        from seminarnotes.ui.library.care import LibraryCare
        from seminarnotes.ui.window.main_window import MainWindow

        library.backup_before_imports = True
        self.library = library
        window = MainWindow(library)
        self.window = window
        self.care = LibraryCare(library, window, busy=window.autosaver.busy)
        self.care.damaged.connect(self.damaged)
        self.care.backupFailed.connect(self._backupFailed)
        window.backups.replaceRequested.connect(self.replace)
        window.restoreSession()
        window.show()
        window.raise_()
        window.activateWindow()  # keyboard shortcuts need an active window, with or without a window manager
        self.care.start(back_up)
        return True

    def close(self) -> None:
        """When the program ends: background work stopped, the library closed."""
        if self.care is not None:
            self.care.stop()
        if self.library is not None:
            self.library.close()
            self.library = None

    # --- replacing the library ---------------------------------------------------------

    def replace(self, action: Callable[[Path], Any], describe: Callable[[Any], str] | None = None,
                back_up: bool = False) -> bool:
        """Close the window (pending edits saved), run action(library path) on the closed library,
        open it again in a new window and tell what happened. False when the user kept the window.
        `back_up`: back the new library up once it is open (a rescued one; a restored one is a backup)."""
        app = QApplication.instance()
        old = self.window
        app.setQuitOnLastWindowClosed(False)
        try:
            if old is not None and not old.close():  # saves, and stops the window's threads
                return False
            self.close()
            result, failed = None, None
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                result = action(self.path)
            except USER_ERRORS as err:
                failed = err
            finally:
                QApplication.restoreOverrideCursor()
            opened = self.open(back_up=back_up or failed is not None)
            if old is not None:
                old.deleteLater()
            if failed is not None:
                warn(self.window, failed)
            elif describe is not None and opened:
                text = describe(result)
                if text:
                    QMessageBox.information(self.window, translate("LibrarySession", "Seminarnotes"), text)
            if not opened:
                app.quit()
            return True
        finally:
            app.setQuitOnLastWindowClosed(True)

    # --- a damaged library -------------------------------------------------------------------

    def damaged(self, damage: DamagedLibrary) -> None:
        """SQLite found the open library damaged: offer restore or rescue over the window."""
        if self._asking:
            return
        self._asking = True
        try:
            from seminarnotes.ui.library import damaged_dialog

            choice = damaged_dialog.ask(self.window, damage, window_open=True)
        finally:
            self._asking = False
        if choice is not None:
            self.replace(*_repair(*choice), back_up=choice[0] == "rescue")

    def _damagedBeforeWindow(self, damage: DamagedLibrary) -> bool:
        from seminarnotes.ui.library import damaged_dialog

        choice = damaged_dialog.ask(None, damage, window_open=False)
        if choice is None:
            return False
        action, describe = _repair(*choice)
        try:
            result = action(self.path)
        except USER_ERRORS as err:
            QMessageBox.critical(None, translate("LibrarySession", "Seminarnotes"), translated(err))
            return False
        if not self.open(back_up=choice[0] == "rescue"):
            return False
        QMessageBox.information(self.window, translate("LibrarySession", "Seminarnotes"), describe(result))
        return True

    def _backupFailed(self, error: BaseException) -> None:
        if self.window is not None:
            self.window.statusBar().showMessage(
                translate("LibrarySession", "The automatic backup failed: %1").replace("%1", translated(error)), 15000)


def _repair(what: str, source: Path | None) -> tuple[Callable[[Path], Any], Callable[[Any], str]]:
    """The action and its closing sentence for the damaged-library dialog's choice."""
    if what == "restore":
        from seminarnotes.ui.library.backups import restorer

        def restored(kept: Path | None) -> str:
            text = translate("LibrarySession", "The library was restored from the backup %1.").replace(
                "%1", str(source))
            if kept is not None:
                text += " " + translate("LibrarySession", "The damaged library is kept as %1.").replace("%1", str(kept))
            return text

        return restorer(source), restored  # type: ignore[arg-type]

    def rescue(library: Path) -> Any:
        from seminarnotes.core.rescue import rescue_in_place

        return rescue_in_place(library, core_messages.translate)

    def rescued(outcome: Any) -> str:
        report, aside = outcome
        text = translate("LibrarySession", "%1 seminars and %2 points were rescued. The damaged library is kept as "
                                           "%3.").replace(
            "%1", str(report.seminars)).replace("%2", str(report.points)).replace("%3", str(aside))
        lost = [translated(m) for m in report.lost]
        return text + ("\n\n" + "\n".join(lost) if lost else "")

    return rescue, rescued
