"""The program's icon for its windows (title bar, task bar, Alt+Tab).

The PNGs are exported from resources/icons/seminarnotes.svg by resources/icons/build.sh;
PNG needs no Qt image plugin, so the icon shows in the bundle as in a checkout.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon

from seminarnotes.paths import RESOURCES

ICONS = RESOURCES / "icons"


WINDOW_SIZES = range(16, 257)
"""Title bars, task bars and Alt+Tab use up to 256 pixels; X11 sends every size to the window manager."""


def app_icon() -> QIcon:
    """Every exported size a window uses, so that Qt never scales a large picture down to 16 pixels."""
    icon = QIcon()
    for png in ICONS.glob("seminarnotes-*.png"):
        size = int(png.stem.rsplit("-", 1)[1])
        if size in WINDOW_SIZES:
            icon.addFile(str(png), QSize(size, size))
    return icon
