"""The program's colours for dark rooms and dark systems: it follows the system's light
or dark scheme (QStyleHints.colorScheme(), Qt 6.5 and later), or the user forces light
or dark (View ▸ Appearance); the choice is remembered for every library.

Where the platform can switch its own colours (Qt 6.8's setColorScheme: Windows, macOS,
desktops with the settings portal) its palette is used; where it cannot, the program
brings its own, on the Fusion style, which draws with any palette. Either way the
marks stay readable: the editor draws bullets and highlight shading from the palette
(editor/look.py), and a selection (the find bar's match in the points) keeps its
colours while the keys are in the find bar.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QMenu

SETTING = "appearance/scheme"
SYSTEM, LIGHT, DARK = "system", "light", "dark"
_NATIVE_STYLES = ("windowsvista", "windows", "macos")  # styles that draw with the platform's colours, not a palette

Role, Group = QPalette.ColorRole, QPalette.ColorGroup


def remembered() -> str:
    value = str(QSettings().value(SETTING, SYSTEM) or SYSTEM)
    return value if value in (SYSTEM, LIGHT, DARK) else SYSTEM


def is_dark(palette: QPalette) -> bool:
    return palette.color(Role.Window).lightness() < 128


def dark_palette() -> QPalette:
    """Light text on dark grey; every text colour at least 4.5:1 against its background."""
    palette = QPalette()
    colours = {
        Role.Window: "#2b2b2b", Role.WindowText: "#e8e8e8", Role.Base: "#1e1e1e", Role.AlternateBase: "#262626",
        Role.Text: "#ececec", Role.Button: "#353535", Role.ButtonText: "#e8e8e8", Role.BrightText: "#ff6b6b",
        Role.ToolTipBase: "#2b2b2b", Role.ToolTipText: "#f0f0f0", Role.PlaceholderText: "#a6a6a6",
        Role.Highlight: "#2f6ea8", Role.HighlightedText: "#ffffff", Role.Link: "#8ab4f8",
        Role.LinkVisited: "#c58af9", Role.Light: "#505050", Role.Midlight: "#404040", Role.Mid: "#303030",
        Role.Dark: "#1a1a1a", Role.Shadow: "#000000",
    }
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    for role in (Role.Text, Role.WindowText, Role.ButtonText, Role.HighlightedText):
        palette.setColor(Group.Disabled, role, QColor("#808080"))
    palette.setColor(Group.Disabled, Role.Base, QColor("#262626"))
    return palette


def readable_marks(palette: QPalette) -> QPalette:
    """The selection looks the same in a window without the keys: a find match selected
    in the points stays visible while the user types in the find bar."""
    palette = QPalette(palette)
    for role in (Role.Highlight, Role.HighlightedText):
        palette.setColor(Group.Inactive, role, palette.color(Group.Active, role))
    return palette


def system_scheme() -> Qt.ColorScheme:
    """Light or dark as the system says (Qt 6.5 and later); Unknown where it says nothing."""
    return QGuiApplication.styleHints().colorScheme()


def apply(mode: str) -> None:
    """Colours for `mode` (SYSTEM, LIGHT or DARK) for the whole program."""
    app = QApplication.instance()
    hints = app.styleHints()
    wanted = {LIGHT: Qt.ColorScheme.Light, DARK: Qt.ColorScheme.Dark}.get(mode)
    if hasattr(hints, "setColorScheme"):  # Qt 6.8: the platform switches its own colours where it can
        if wanted is None:
            hints.unsetColorScheme()
        else:
            hints.setColorScheme(wanted)
    app.setPalette(QPalette())  # the platform's and the style's own colours
    platform = app.palette()
    if wanted is None:
        scheme = system_scheme()
        dark = scheme == Qt.ColorScheme.Dark or (scheme == Qt.ColorScheme.Unknown and is_dark(platform))
    else:
        dark = wanted == Qt.ColorScheme.Dark
    if dark == is_dark(platform):
        palette = platform
    else:
        if app.style().name().lower() in _NATIVE_STYLES:
            app.setStyle("Fusion")
        palette = dark_palette() if dark else app.style().standardPalette()
    app.setPalette(readable_marks(palette))


class Appearance(QObject):
    """View ▸ Appearance: follow the system, light, or dark; applied at once and remembered."""

    def __init__(self, menu: QMenu, parent: QObject | None = None) -> None:
        super().__init__(parent)
        group = QActionGroup(self)
        self.actions: dict[str, QAction] = {}
        for mode, text in ((SYSTEM, self.tr("Follow the &system")), (LIGHT, self.tr("&Light")),
                           (DARK, self.tr("&Dark"))):
            action = QAction(text, group)
            action.setCheckable(True)
            action.triggered.connect(lambda _checked=False, mode=mode: self.setMode(mode))
            menu.addAction(action)
            self.actions[mode] = action
        self._mode = remembered()
        self.actions[self._mode].setChecked(True)
        apply(self._mode)
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._schemeChanged)

    def mode(self) -> str:
        return self._mode

    def setMode(self, mode: str) -> None:
        self._mode = mode
        self.actions[mode].setChecked(True)
        QSettings().setValue(SETTING, mode)
        apply(mode)

    def _schemeChanged(self, _scheme: Qt.ColorScheme) -> None:
        """The system switched between light and dark: follow it, once its palette is there."""
        QTimer.singleShot(0, self, self._systemChanged)

    def _systemChanged(self) -> None:
        """The setting, not this object's own mode: the colours are the whole program's,
        and a window closed earlier may still hear the system's signal."""
        if remembered() == SYSTEM:
            apply(SYSTEM)
