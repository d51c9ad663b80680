"""Starting the program: the exception hook (the traceback goes to the log, pending edits
are saved, and the one sentence the user reads says the text is saved only when saving
worked), and a start-up that does not wait for SQLAlchemy."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtWidgets import QMessageBox

from seminarnotes.core.errors import LibraryError
from seminarnotes.core.library import Library
from seminarnotes.ui import app


def _flush_returning(result: bool) -> SimpleNamespace:
    return SimpleNamespace(autosaver=SimpleNamespace(flush=lambda: result))


def _flush_failing() -> SimpleNamespace:
    def flush() -> bool:
        raise LibraryError("The library file could not be written.")

    return SimpleNamespace(autosaver=SimpleNamespace(flush=flush))


@pytest.mark.parametrize(("window", "says_saved", "says_not_saved"), [
    (_flush_returning(True), True, False),
    (_flush_returning(False), False, True),
    (_flush_failing(), False, True),
    (None, False, False),
])
def test_the_crash_dialog_says_the_text_is_saved_only_when_it_is(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path, window: SimpleNamespace | None, says_saved: bool,
        says_not_saved: bool) -> None:
    from seminarnotes import logs

    log = tmp_path / "logs" / "seminarnotes.log"
    logs.stop()
    monkeypatch.setattr(logs, "log_path", lambda: log)
    monkeypatch.setattr(app, "log_path", lambda: log)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # put back after the test
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(lambda _parent, _title, text: shown.append(text)))
    app.install_exception_hook(lambda: window)
    try:
        raise RuntimeError("a bug")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())
    assert len(shown) == 1
    assert ("your text is saved" in shown[0]) == says_saved
    assert ("could not be saved" in shown[0]) == says_not_saved
    assert "RuntimeError" in shown[0] and str(log) in shown[0]
    logs.stop()
    assert "a bug" in log.read_text(encoding="utf-8")


def test_strings_of_helpers_are_looked_up_under_their_own_context_whatever_window_calls_them(
        qtbot, monkeypatch: pytest.MonkeyPatch, library: Library) -> None:  # noqa: ANN001
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMainWindow

    from seminarnotes.ui.window import dialogs
    from seminarnotes.ui.window.library_settings import LibrarySettings
    from seminarnotes.ui.window.recent import RecentSeminars

    looked_up: list[tuple[str, str]] = []
    real = QCoreApplication.translate

    def translate(context: str, text: str, *args: object) -> str:
        looked_up.append((context, text))
        return real(context, text, *args)

    monkeypatch.setattr(QCoreApplication, "translate", staticmethod(translate))
    monkeypatch.setattr(QMessageBox, "about", staticmethod(lambda *_args: None))
    parent = QMainWindow()
    qtbot.addWidget(parent)
    dialogs.show_about(parent)
    RecentSeminars(library, LibrarySettings(library.path), parent)
    assert ("Dialogs", "About Seminarnotes") in looked_up
    assert ("Recent", "Open &Recent") in looked_up


STARTUP = """
import sys
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from seminarnotes.core.library import Library
from seminarnotes.ui.app import make_application

def write_side():
    return sorted({m.split(".")[0] for m in sys.modules} & {"sqlalchemy", "alembic"})

app = make_application([])
from seminarnotes.ui.window.main_window import MainWindow
library = Library.open(sys.argv[1], verify=False)  # as the session opens it
window = MainWindow(library)
window.restoreSession()
window.show()
window.page.select("group", int(sys.argv[2]))
app.processEvents()
print("started", write_side())
window.editor.setFocus()
QTest.keyClick(window.editor, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
QTest.keyClicks(window.editor, " och mer")
print("saved", window.autosaver.flush(), write_side())
library.preload().join()  # what the program does once the window is idle
QTest.keyClicks(window.editor, " efter")
print("saved", window.autosaver.flush(), write_side())
window.close()
library.close()
"""


def test_start_up_and_the_first_saves_do_not_wait_for_sqlalchemy(tmp_path: Path, library: Library,
                                                                  seminar_id: int) -> None:
    """Importing SQLAlchemy costs a few hundred milliseconds: the window reads the library and
    saves typed points without it (stdlib sqlite3), and loads it in the background for the
    rarer writes. Measured in a process of its own, as this one has long imported it."""
    group = library.seminar_tree(seminar_id)[1].groups[0].id  # Fagersta: "Mentorer"
    env = {**os.environ, "XDG_CONFIG_HOME": str(tmp_path / "config"), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", STARTUP, str(library.path), str(group)], capture_output=True,
                            text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    started, before, after = result.stdout.splitlines()
    assert (started, before) == ("started []", "saved True []")
    assert after.startswith("saved True [") and "sqlalchemy" in after  # the preload did load it
    assert [p.text for p in library.points(group)] == ["Mentorer och mer efter"]
