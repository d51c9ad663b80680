"""What the desktop knows the window by: its icon, its desktop entry, its version in About."""

from __future__ import annotations

import tomllib

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox

from seminarnotes.paths import APP_ID, RESOURCES
from seminarnotes.ui.app import make_application
from seminarnotes.ui.window import dialogs


def test_the_window_icon_has_every_exported_size(qapp: QApplication) -> None:
    make_application()
    sizes = {int(p.stem.rsplit("-", 1)[1]) for p in (RESOURCES / "icons").glob("seminarnotes-*.png")} - {512}
    assert sizes >= {16, 32, 48, 256}
    assert set(QApplication.windowIcon().availableSizes()) == {QSize(n, n) for n in sizes}
    assert not QMainWindow().windowIcon().pixmap(16, 16).isNull()


def test_the_desktop_entry_is_named_after_the_app_id(qapp: QApplication) -> None:
    make_application()
    assert QApplication.desktopFileName() == APP_ID
    assert (RESOURCES.parent / "packaging" / "linux" / f"{APP_ID}.desktop").is_file()


def test_about_shows_the_pyproject_version(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> None:
    version = tomllib.loads((RESOURCES.parent / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "about", staticmethod(lambda _parent, _title, text: shown.append(text)))
    dialogs.show_about(QMainWindow())
    assert f"Seminarnotes {version}</h3>" in shown[0]
