"""What the tests share besides fixtures: where the checkout and ../shared are, the rule
for tools a test needs (skip here, fail in CI), the command line as a user runs it, a
small seminar, and driving the window as a user does (typing, dropping files, answering
its dialogs). Fixtures stay in the conftest files; everything a test imports is here.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import struct
import subprocess
import sys
import zlib
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from seminarnotes.core.document import GroupDoc, SeminarDetails, SeminarDoc, SessionDoc
from seminarnotes.core.outline import Point

if TYPE_CHECKING:
    from seminarnotes.core.library import Library

REPO = Path(__file__).resolve().parents[1]
PACKAGE_ROOT = REPO / "seminarnotes"
SHARED = Path(os.environ.get("SEMINARNOTES_SHARED", REPO.parent / "shared"))
"""The project's shared folder: ../shared beside the checkout, or where SEMINARNOTES_SHARED points."""
REFERENCE_PACKAGE = SHARED / "reference" / "resk-2014-04-08.seminarnotes"
REFERENCE_HANDMADE = SHARED / "reference" / "resk-2014-handmade.docx"
IN_CI = bool(os.environ.get("CI"))


# --- tools a test needs, files it makes ----------------------------------------------------

def unavailable(reason: str) -> None:
    """Something the test needs is not here (a tool, root): skip with the reason, but in CI
    (CI set) fail, so that nothing is skipped there."""
    if IN_CI:
        pytest.fail(reason)
    pytest.skip(reason)


def need(*tools: str) -> None:
    """The programs must be on the PATH."""
    absent = [tool for tool in tools if shutil.which(tool) is None]
    if absent:
        unavailable(f"not installed: {', '.join(absent)}")


def venv_tool(name: str) -> str:
    """A program installed with the Python packages (pyside6-lupdate, say): beside this
    Python, else on the PATH."""
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        unavailable(f"not installed: {name}")
    return found  # type: ignore[return-value]


def tiny_png() -> bytes:
    """A valid 2x1 RGB PNG, made without Pillow (a logo, a picture in a Word document)."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    raw = b"\x00" + b"\x1f\x3a\x5f" * 2
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 2, 1, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


# --- the command line ---------------------------------------------------------------------

def cli(*args: str, library: Path | None = None, env: dict | None = None) -> subprocess.CompletedProcess:
    """`seminarnotes ARGS` in a process of its own, as a user runs it."""
    full = [sys.executable, "-m", "seminarnotes"]
    if library is not None:
        full += ["--library", str(library)]
    return subprocess.run(full + list(args), capture_output=True, text=True, env={**os.environ, **(env or {})},
                          timeout=120)


def one_sentence_error(result: subprocess.CompletedProcess) -> str:
    """The one sentence a refused command prints, after checking it is one sentence and exit status 2."""
    assert result.returncode == 2, result
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    return result.stderr.strip()


# --- a small seminar ----------------------------------------------------------------------

def two_session_doc() -> SeminarDoc:
    """A small seminar: two sessions, five groups, a few points."""
    return SeminarDoc(
        details=SeminarDetails(title="Samverkan", date=dt.date(2014, 4, 8), speaker="Per"),
        sessions=[
            SessionDoc("Förmiddag", "Vad vill vi?", [
                GroupDoc("Köping", [Point("Reflektera"), Point("På APT", 1)]),
                GroupDoc("Västerås", [Point("Dialog", 0, "highlight")]),
                GroupDoc("Sala"),
            ]),
            SessionDoc("Eftermiddag", "Hur gör vi?", [
                GroupDoc("Fagersta", [Point("Mentorer")]),
                GroupDoc("Arboga"),
            ]),
        ],
    )


def names(library: Library, seminar_id: int) -> list[tuple[str, list[str]]]:
    """The seminar's sessions and group names, as the library holds them."""
    return [(s.name, [g.name for g in s.groups]) for s in library.seminar_tree(seminar_id)]


# --- the window, driven as a user drives it ---------------------------------------------------

def type_text(qtbot: Any, widget: Any, text: str) -> None:
    """Type like a user; QTest's keyClicks accepts only ASCII (it crashes on å, ä, ö),
    so other letters go in as key events carrying their text, as an input method sends them."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier,
                                                         char))


def show(qtbot: Any, widget: Any, width: int, height: int) -> Any:
    """Show a widget as a user would see it, and wait until it is on screen."""
    qtbot.addWidget(widget)
    widget.resize(width, height)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def show_window(qtbot: Any, library: Library) -> Any:
    """The main window as it starts: session restored, shown and active."""
    from PySide6.QtWidgets import QApplication

    from seminarnotes.ui.window.main_window import MainWindow

    window = MainWindow(library)
    qtbot.addWidget(window)
    window.restoreSession()
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    return window


def drop_files(widget: Any, paths: Sequence[Path]) -> bool:
    """Drag files from a file manager onto `widget` and drop them there; whether the widget
    took them (a drag it refuses is not dropped)."""
    from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
    from PySide6.QtGui import QDragEnterEvent, QDropEvent
    from PySide6.QtWidgets import QApplication

    mime = QMimeData()  # alive until the events are handled: they hold only a pointer to it
    mime.setUrls([QUrl.fromLocalFile(str(path)) for path in paths])
    enter = QDragEnterEvent(widget.rect().center(), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    enter.ignore()
    QApplication.sendEvent(widget, enter)
    if not enter.isAccepted():
        return False
    drop = QDropEvent(QPointF(widget.rect().center()), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, drop)
    return drop.isAccepted()


def answer_questions(monkeypatch: pytest.MonkeyPatch, answer: Any) -> list[str]:
    """Every question box (QMessageBox.question) answers `answer`; returns the questions,
    filled as they are asked."""
    from PySide6.QtWidgets import QMessageBox

    asked: list[str] = []

    def question(_parent, _title, text, *_args):  # noqa: ANN001, ANN202
        asked.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    return asked


def answer_save_dialogs(monkeypatch: pytest.MonkeyPatch, chosen: Path) -> list[str]:
    """Every save dialog answers `chosen`; returns the list of proposed paths, filled as they are asked."""
    from seminarnotes.ui.common import file_dialogs

    proposals: list[str] = []

    def save_dialog(_parent, _title, start, _filter):  # noqa: ANN001, ANN202
        proposals.append(start)
        return str(chosen)

    monkeypatch.setattr(file_dialogs, "save_file_name", save_dialog)
    return proposals


def answer_reimport(monkeypatch: pytest.MonkeyPatch, choice: Any) -> list[str]:
    """The question about a package the library already holds answers `choice` (a
    reimport.Choice, or None for Cancel; unanswered, a test would wait on the dialog);
    returns the titles it was asked about, as they are asked."""
    from seminarnotes.ui.import_export import reimport

    asked: list[str] = []

    def ask(_parent, doc, _held):  # noqa: ANN001, ANN202
        asked.append(doc.details.title)
        return choice

    monkeypatch.setattr(reimport, "ask", ask)
    return asked
