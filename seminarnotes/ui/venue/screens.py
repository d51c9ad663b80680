"""Which screen the projector view goes to, and how.

On a screen other than the documenter's it fills that screen; on the documenter's own
screen (the only one, or the one the user picked) it is a normal window beside the
main window. The user's pick (View ▸ Projector screen) is remembered by the screen's
name, so the same projector is found again at the next seminar; a name that is not
connected now counts as no pick.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRect, QSettings
from PySide6.QtGui import QGuiApplication, QScreen

SETTING = "projector/screen"


@dataclass(frozen=True)
class Placement:
    """Where the view goes: the screen, full screen or as a window (in `window`)."""

    screen: QScreen
    full_screen: bool
    window: QRect


def remembered_screen() -> str:
    """The name of the screen the user picked last; "" for automatic."""
    return str(QSettings().value(SETTING, "") or "")


def remember_screen(name: str) -> None:
    QSettings().setValue(SETTING, name)


def choose(screens: list[QScreen], documenter: QScreen | None, picked: str) -> Placement:
    """The placement for the view: the picked screen if it is connected, else the first
    screen that is not the documenter's, else the documenter's screen as a window."""
    documenter = documenter if documenter in screens else (screens[0] if screens else None)
    chosen = next((s for s in screens if picked and s.name() == picked), None)
    if chosen is None:
        chosen = next((s for s in screens if s is not documenter), documenter)
    if chosen is None:
        chosen = QGuiApplication.primaryScreen()
    full = chosen is not documenter
    return Placement(chosen, full, chosen.geometry() if full else window_beside(chosen.availableGeometry()))


def window_beside(available: QRect) -> QRect:
    """A normal window on the documenter's screen: the right half, less a margin, so the
    main window stays usable beside it."""
    width = max(320, available.width() // 2 - 16)
    height = max(240, min(available.height() - 64, round(width * 0.75)))
    return QRect(available.right() - width - 8, available.top() + 32, width, height)
