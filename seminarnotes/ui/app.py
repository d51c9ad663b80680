"""Start the window: QApplication, translations, the exception hook, session memory.

`run` is what `seminarnotes` without a subcommand calls. An unexpected error is
logged with its traceback, pending edits are saved, and the user reads one sentence.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import sys
import time
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from seminarnotes.paths import APP_ID, RESOURCES, log_path
from seminarnotes.ui.app_icon import app_icon

BENCH_ENV = "SEMINARNOTES_BENCH_READY"
log = logging.getLogger("seminarnotes")


def make_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with names (for QSettings) and the user's language loaded."""
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName("Seminarnotes")
    app.setApplicationName("Seminarnotes")
    app.setDesktopFileName(APP_ID)  # the installed .desktop file: its icon on Wayland
    app.setWindowIcon(app_icon())
    install_translations(app)
    return app  # type: ignore[return-value]


def install_translations(app: QApplication, locale: QLocale | None = None) -> list[QTranslator]:
    """Our own strings from resources/translations, Qt's own from its install; returns
    the translators installed (a test removes them again with app.removeTranslator).

    A language we do not ship gets seminarnotes_en: the English source needs its plural
    forms ("1 match", not "1 matches")."""
    locale = locale or QLocale.system()
    folder = RESOURCES / "translations"
    installed = []
    for name, where in (("seminarnotes", str(folder)),
                        ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))):
        translator = QTranslator(app)
        if translator.load(locale, name, "_", where) or (
                name == "seminarnotes" and translator.load(QLocale(QLocale.Language.English), name, "_", where)):
            app.installTranslator(translator)
            installed.append(translator)
    return installed


def _log_traceback(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> Path:
    """The traceback into the rotating, time-stamped log (logs.py); stderr if that cannot be written."""
    from seminarnotes import logs

    if value.__traceback__ is None:
        value = value.with_traceback(tb)
    where = logs.log_unexpected(value)
    if where is None:
        sys.stderr.write("".join(traceback.format_exception(kind, value, tb)))
        return log_path()
    return where


def _save_pending(window) -> bool | None:
    """Save what the window has pending: whether that worked, None without a window."""
    if window is None:
        return None
    try:
        return bool(window.autosaver.flush())
    except Exception:
        return False


def crash_message(kind: str, path: Path, saved: bool | None) -> str:
    """The one sentence after an unexpected error; it says the text is saved only when it is."""
    if saved is None:  # no window: no text to speak of
        text = QApplication.translate("App", "Something unexpected went wrong (%1); the details are in %2.")
    elif saved:
        text = QApplication.translate(
            "App", "Something unexpected went wrong (%1); your text is saved and the details are in %2.")
    else:
        text = QApplication.translate(
            "App", "Something unexpected went wrong (%1) and your latest changes could not be saved; "
                   "the details are in %2.")
    return text.replace("%1", kind).replace("%2", str(path))


def install_exception_hook(window_getter, damaged=None) -> None:
    """Programming errors: save what is pending, log the traceback, show one sentence. A
    read that met a damaged page goes to `damaged(DamagedLibrary)` (the session offers
    restore or rescue), else it is one sentence."""

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            QApplication.quit()
            return
        path = _log_traceback(kind, value, tb)
        window = window_getter()
        if _damage_found(window, value, damaged):
            return
        saved = _save_pending(window)
        QMessageBox.critical(window, QApplication.translate("App", "Seminarnotes"),
                             crash_message(kind.__name__, path, saved))

    sys.excepthook = hook


def _damage_found(window, value: BaseException, damaged) -> bool:
    """A read that met a damaged page is not a crash: the window offers restore or rescue."""
    from seminarnotes.core.sqlite_errors import is_damage

    if window is None or not isinstance(value, sqlite3.DatabaseError) or not is_damage(value):
        return False
    from seminarnotes.core.errors import DamagedLibrary

    library = window.library
    library.damage = library.damage or DamagedLibrary(library.path, str(value))
    if damaged is not None:
        damaged(library.damage)
    else:
        from seminarnotes.ui.common.user_errors import warn

        warn(window, library.damage)
    return True


def run(library_path: Path | None, open_file: Path | None = None) -> int:
    """Open the library and show the window; returns the exit status."""
    app = make_application()
    from seminarnotes.paths import default_library_path
    from seminarnotes.ui.session import LibrarySession
    from seminarnotes.ui.single_instance import SingleInstance

    path = library_path or default_library_path()
    instance = SingleInstance(path)
    if not instance.acquire():
        if instance.handOver(open_file):
            return 0  # the window that has this library came to the front
        if not instance.takeOverStale():
            sentence = app.translate("App", "Seminarnotes is already open with this library but does not "
                                            "answer; close that window (or end the program) and start again.")
            print(f"seminarnotes: {sentence}", file=sys.stderr)
            QMessageBox.critical(None, app.translate("App", "Seminarnotes"), sentence)
            return 2
    session = LibrarySession(path)  # the library and its window; a restore replaces the window
    if not session.open():
        instance.release()
        return 2
    window = session.window
    instance.handedOver.connect(lambda open_file: session.window.handOver(open_file))
    install_exception_hook(lambda: session.window, session.damaged)
    bench = bool(os.environ.get(BENCH_ENV))
    if bench:
        QTimer.singleShot(0, lambda: _report_ready(window))
    # once the window is up: import the write machinery in the background, so that
    # the first save does not wait for it
    preload = []
    QTimer.singleShot(0, lambda: preload.append(session.library.preload()))
    if open_file is not None:
        QTimer.singleShot(0, lambda: session.window.importPackage(open_file))
    if bench:
        QTimer.singleShot(0, lambda: _report_idle(window, preload))
    try:
        return app.exec()
    finally:
        session.close()
        instance.release()


def _report_ready(window) -> None:
    """For benchmarks/bench_startup.py: the window is up and the editor takes keys."""
    window.activateWindow()
    ready = window.isVisible() and window.seminar_id is not None and window.editor.isEnabled()
    import resource

    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"ready {time.monotonic():.6f} rss={rss:.1f} seminar={window.seminar_id} ok={int(ready)}", flush=True)


def _report_idle(window, preload: list) -> None:
    """For the benchmark: once the background preload has finished too; then quit."""
    for thread in preload:
        thread.join()
    print(f"idle {time.monotonic():.6f}", flush=True)
    window.close()
