"""File ▸ Export PDF…: a PDF for participants made by LibreOffice, unavailable (and saying
why) when LibreOffice is not installed, cancellable while it runs."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox, QProgressDialog

from seminarnotes.export import pdf
from seminarnotes.ui.import_export import export_dialog
from seminarnotes.ui.window.main_window import MainWindow
from tests.helpers import answer_save_dialogs, need


def open_file_menu(qtbot, window: MainWindow) -> QMenu:
    """Alt+F, as a user opens the File menu; returns the open menu."""
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu), timeout=2000)
    return QApplication.activePopupWidget()


def close_menu(qtbot, menu: QMenu) -> None:
    qtbot.keyClick(menu, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None, timeout=2000)


def test_menu_item_is_unavailable_and_says_why_without_libreoffice(qtbot, window: MainWindow, tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(pdf.SOFFICE_ENV, str(tmp_path / "no-soffice"))
    menu = open_file_menu(qtbot, window)
    action = window.windowActions.exportPdfAction
    assert menu is window.windowActions.fileMenu and action in menu.actions()
    assert not action.isEnabled()
    assert "LibreOffice" in action.toolTip() and "install" in action.toolTip()
    assert menu.toolTipsVisible()
    close_menu(qtbot, menu)
    # installed while the window is open: the next time the menu opens, it is offered
    script = tmp_path / "bin" / "soffice"
    script.parent.mkdir()
    script.write_text("#!/bin/sh\nexit 0\n")
    script.chmod(0o755)
    monkeypatch.setenv(pdf.SOFFICE_ENV, str(script))
    menu = open_file_menu(qtbot, window)
    assert action.isEnabled() and "LibreOffice" not in action.toolTip()
    close_menu(qtbot, menu)


def test_export_pdf_from_the_menu_writes_the_pdf_and_offers_to_open_it(qtbot, window: MainWindow,
                                                                       tmp_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    need("soffice", "pdftotext")
    monkeypatch.delenv(pdf.SOFFICE_ENV, raising=False)
    chosen = tmp_path / "utskick" / "till deltagarna"
    chosen.parent.mkdir()
    proposals = answer_save_dialogs(monkeypatch, chosen)
    offered: list[Path] = []
    monkeypatch.setattr(export_dialog, "offer_to_open", lambda _parent, target, _title=None: offered.append(target))
    menu = open_file_menu(qtbot, window)
    qtbot.keyClick(menu, Qt.Key.Key_D)  # Export P&DF…
    written = chosen.with_name("till deltagarna.pdf")
    qtbot.waitUntil(lambda: offered == [written], timeout=120_000)
    assert proposals[0].endswith("2014-04-08 Samverkan.pdf")
    text = subprocess.run(["pdftotext", str(written), "-"], capture_output=True, text=True, check=True).stdout
    for point in ("Reflektera", "På APT", "Dialog", "Mentorer"):
        assert point in text


def test_cancel_while_libreoffice_works_writes_nothing(qtbot, window: MainWindow, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    script = tmp_path / "bin" / "soffice"
    script.parent.mkdir()
    script.write_text("#!/bin/sh\nsleep 60 & wait\n")  # a LibreOffice that takes its time
    script.chmod(0o755)
    monkeypatch.setenv(pdf.SOFFICE_ENV, str(script))
    chosen = tmp_path / "out" / "ut.pdf"
    chosen.parent.mkdir()
    answer_save_dialogs(monkeypatch, chosen)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *_a: warnings.append(text))

    def cancel_when_shown() -> None:
        (dialog,) = window.findChildren(QProgressDialog)
        assert dialog.isVisible()
        assert "LibreOffice" in dialog.labelText()
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    menu = open_file_menu(qtbot, window)
    QTimer.singleShot(1500, cancel_when_shown)  # the dialog shows after half a second
    qtbot.keyClick(menu, Qt.Key.Key_D)  # returns when the export has ended
    assert warnings == [] and list(chosen.parent.iterdir()) == []  # not even a temporary file
