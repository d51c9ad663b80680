"""The exception hook: the traceback goes to the log, pending edits are saved, and the
one sentence the user reads says the text is saved only when saving worked."""

from __future__ import annotations

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
