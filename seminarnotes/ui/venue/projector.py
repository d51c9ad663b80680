"""The projector view of one main window: F5 (View ▸ Projector view) opens it on the
projector and closes it again, Esc closes it too; its options live in the View menu
and in the view's own right-click menu, and are remembered (QSettings, for every
library: they belong to the venue's screens, not to a seminar).

The view opens full screen on a screen other than the documenter's when there is one
(screens.py), follows the window (feed.py) and never takes the keyboard: should a
platform make it active anyway, the documenter's window becomes active again and the
keys go back where they were. On the documenter's own screen it is a window that stays
in front of the main window, or full screen over it (a double click; for a laptop
mirrored to the projector, remembered). Text size is remembered per screen name: a
projector in a hall and a screen in a meeting room need different sizes.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QCursor, QGuiApplication, QKeyEvent, QScreen
from PySide6.QtWidgets import QMainWindow, QMenu

from seminarnotes.ui.venue import screens
from seminarnotes.ui.venue.feed import ProjectorFeed
from seminarnotes.ui.venue.projector_view import SIZES, ProjectorView

DARK_SETTING = "projector/dark"
OWN_SCREEN_FULL_SETTING = "projector/fullScreenOnOwnScreen"  # a laptop mirrored to the projector
WHOLE_SETTING = "projector/wholeSession"
SIZE_SETTING = "projector/size/"  # + the screen's name


def _flag(key: str) -> bool:
    return str(QSettings().value(key, "false")).lower() in ("true", "1")


def _size(screen: QScreen) -> float:
    try:
        value = float(QSettings().value(SIZE_SETTING + screen.name(), 1.0))
    except (TypeError, ValueError):
        return 1.0
    return min(SIZES, key=lambda size: abs(size - value))


class Projector(QObject):
    """Opens, places and closes the projector view; its options and its screen."""

    def __init__(self, window: QMainWindow, feed: ProjectorFeed, toggleAction: QAction, optionsMenu: QMenu,
                 screenMenu: QMenu) -> None:
        """`feed` follows `window`; `toggleAction` is View ▸ Projector view (F5); the
        options and screen menus of the View menu are filled here."""
        super().__init__(window)
        self._window = window
        self._toggle = toggleAction
        self.feed = feed
        feed.changed.connect(self._showSlide)
        self.feed.setWholeSession(_flag(WHOLE_SETTING))
        self.view: ProjectorView | None = None
        self._screen: QScreen | None = None
        toggleAction.setCheckable(True)
        toggleAction.triggered.connect(self.setOpen)
        self._contextMenu = self._makeContextMenu()
        self._makeOptions(optionsMenu)
        self._screenMenu = screenMenu
        screenMenu.aboutToShow.connect(self._fillScreenMenu)
        self._fillScreenMenu()  # never empty, also for a menu that is not opened yet
        app = QGuiApplication.instance()
        app.screenAdded.connect(self._screensChanged)
        app.screenRemoved.connect(self._screensChanged)
        window.installEventFilter(self)  # Esc that nothing in the window used

    # --- opening and closing -----------------------------------------------------------

    def isOpen(self) -> bool:
        return self.view is not None and self.view.isVisible()

    def setOpen(self, open_: bool) -> None:
        if open_:
            self.open()
        else:
            self.close()

    def open(self) -> None:
        """Show the view on the projector (or as a window), following the documenter."""
        view = self._view()
        self.feed.start()
        self._place(view)
        self._toggle.setChecked(True)

    def close(self) -> None:
        if self.view is not None:
            self.view.hide()
        self.feed.stop()
        self._toggle.setChecked(False)

    def release(self) -> None:
        """The main window closes: the view goes with it (else it would keep the program running)."""
        self.close()
        if self.view is not None:
            self.view.deleteLater()
            self.view = None

    def _view(self) -> ProjectorView:
        if self.view is None:
            view = self.view = ProjectorView(self._window)
            view.setDark(_flag(DARK_SETTING))
            view.setContextMenu(self._contextMenu)
            view.activated.connect(self._giveKeysBack)
            view.zoomRequested.connect(self._zoom)
            view.fullScreenRequested.connect(self.toggleFullScreen)
            view.installEventFilter(self)  # its window's close button
        return self.view

    def _place(self, view: ProjectorView) -> None:
        """On the chosen screen: full screen there, or a window on the documenter's screen."""
        placement = screens.choose(QGuiApplication.screens(), self._window.screen(), screens.remembered_screen())
        self._screen = placement.screen
        view.hide()
        view.setWindowState(Qt.WindowState.WindowNoState)
        view.setScreen(placement.screen)
        view.setGeometry(placement.window)
        view.setTextSize(_size(placement.screen))
        own = placement.screen is self._window.screen()
        full = placement.full_screen or (own and _flag(OWN_SCREEN_FULL_SETTING))
        if full:
            view.setGeometry(placement.screen.geometry())  # where a window manager would put it
            view.setWindowState(Qt.WindowState.WindowFullScreen)
        view.show()  # not showFullScreen(): that one activates the window
        view.setInFront(own)
        self.fullScreenAction.setChecked(full)
        view.setSlide(self.feed.slide())

    def toggleFullScreen(self) -> None:
        """Full screen on the view's screen, or a window there again (a double click on the
        view): on a laptop whose screen is mirrored to the projector, the room then sees the
        notes alone while the documenter types on (the keys stay in the editor). On the
        documenter's own screen the choice is remembered for the next F5."""
        view = self.view
        if view is None or not self.isOpen():
            self.fullScreenAction.setChecked(False)
            return
        if view.isFullScreen():
            view.setWindowState(Qt.WindowState.WindowNoState)
            view.setGeometry(screens.window_beside(view.screen().availableGeometry()))
        else:
            view.setGeometry(view.screen().geometry())  # where a window manager would put it
            view.setWindowState(Qt.WindowState.WindowFullScreen)
        self.fullScreenAction.setChecked(view.isFullScreen())
        if view.screen() is self._window.screen():
            QSettings().setValue(OWN_SCREEN_FULL_SETTING, view.isFullScreen())

    def _showSlide(self) -> None:
        if self.isOpen():
            self.view.setSlide(self.feed.slide())  # type: ignore[union-attr]

    def _giveKeysBack(self) -> None:
        """The platform made the view active: the documenter's window is again, and the
        keys go back where they were (the window's focus rule puts them there)."""
        window = self._window
        QTimer.singleShot(0, window, lambda: window.activateWindow() if window.isVisible() else None)

    def _screensChanged(self, _screen: QScreen) -> None:
        """A projector was plugged in or out: the open view goes where it belongs now."""
        if self.isOpen():
            QTimer.singleShot(0, self, lambda: self._place(self.view) if self.isOpen() else None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self._window and kind == QEvent.Type.KeyPress and self.isOpen():
            key = event  # a key that reached the window: no field in it wanted it
            if isinstance(key, QKeyEvent) and key.key() == Qt.Key.Key_Escape and not key.modifiers():
                self.close()
                return True
        elif watched is self.view and kind == QEvent.Type.Close:
            self.feed.stop()
            self._toggle.setChecked(False)
        return super().eventFilter(watched, event)

    # --- options -------------------------------------------------------------------------

    def _makeOptions(self, menu: QMenu) -> None:
        self.largerAction = QAction(self.tr("&Larger text"), self)
        self.largerAction.triggered.connect(lambda: self._zoom(1))
        self.smallerAction = QAction(self.tr("S&maller text"), self)
        self.smallerAction.triggered.connect(lambda: self._zoom(-1))
        colours = QActionGroup(self)
        self.lightAction = QAction(self.tr("L&ight colours (dark text on white)"), colours)
        self.darkAction = QAction(self.tr("&Dark colours (light text on black)"), colours)
        for action in (self.lightAction, self.darkAction):
            action.setCheckable(True)
        (self.darkAction if _flag(DARK_SETTING) else self.lightAction).setChecked(True)
        self.darkAction.toggled.connect(self._setDark)
        shown = QActionGroup(self)
        self.groupOnlyAction = QAction(self.tr("Only the &current group"), shown)
        self.wholeSessionAction = QAction(self.tr("The &whole session"), shown)
        for action in (self.groupOnlyAction, self.wholeSessionAction):
            action.setCheckable(True)
        (self.wholeSessionAction if _flag(WHOLE_SETTING) else self.groupOnlyAction).setChecked(True)
        self.wholeSessionAction.toggled.connect(self._setWholeSession)
        self.fullScreenAction = QAction(self.tr("&Full screen (double click on the view)"), self)
        self.fullScreenAction.setCheckable(True)
        self.fullScreenAction.triggered.connect(self.toggleFullScreen)
        options = [self.largerAction, self.smallerAction, None, self.lightAction, self.darkAction, None,
                   self.groupOnlyAction, self.wholeSessionAction, None, self.fullScreenAction]
        for target in (menu, self._contextMenu):
            for action in options:
                target.addSeparator() if action is None else target.addAction(action)

    def _makeContextMenu(self) -> QMenu:
        """The view's right-click menu: the options, the screens, and closing."""
        menu = QMenu(self._window)
        menu.aboutToHide.connect(self._giveKeysBack)
        screensMenu = menu.addMenu(self.tr("Projector &screen"))
        screensMenu.aboutToShow.connect(lambda: self._fillScreenMenu(screensMenu))
        menu.addAction(self._toggle)
        menu.addSeparator()
        return menu

    def _zoom(self, step: int) -> None:
        view = self._view()
        index = min(range(len(SIZES)), key=lambda i: abs(SIZES[i] - view.textSize()))
        size = SIZES[max(0, min(len(SIZES) - 1, index + step))]
        view.setTextSize(size)
        screen = self._screen or view.screen()
        if screen is not None:
            QSettings().setValue(SIZE_SETTING + screen.name(), size)

    def zoomIfPointed(self, step: int) -> bool:
        """Ctrl++ / Ctrl+- while the mouse is over the open view: its text size (True);
        else the keys are the editor's zoom (False). Step 0 is the normal size."""
        if not self.isOpen() or not self.view.frameGeometry().contains(QCursor.pos()):  # type: ignore[union-attr]
            return False
        if step == 0:
            self.view.setTextSize(1.0)  # type: ignore[union-attr]
            screen = self._screen or self.view.screen()  # type: ignore[union-attr]
            QSettings().remove(SIZE_SETTING + screen.name())
        else:
            self._zoom(step)
        return True

    def _setDark(self, dark: bool) -> None:
        QSettings().setValue(DARK_SETTING, dark)
        if self.view is not None:
            self.view.setDark(dark)

    def _setWholeSession(self, whole: bool) -> None:
        QSettings().setValue(WHOLE_SETTING, whole)
        self.feed.setWholeSession(whole)

    # --- the screen -----------------------------------------------------------------------

    def _fillScreenMenu(self, menu: QMenu | None = None) -> None:
        """Automatic, then every connected screen; the documenter's is marked."""
        menu = menu or self._screenMenu
        menu.clear()
        group = QActionGroup(menu)
        picked = screens.remembered_screen()
        connected = QGuiApplication.screens()
        if picked not in [s.name() for s in connected]:
            picked = ""
        automatic = menu.addAction(self.tr("&Automatic: a screen other than this window's"))
        automatic.setData("")
        menu.addSeparator()
        for screen in connected:
            size = screen.geometry().size()
            text = self.tr("%1 (%2 \u00d7 %3)").replace("%1", screen.name()).replace(
                "%2", str(size.width())).replace("%3", str(size.height()))
            if screen is self._window.screen():
                text = self.tr("%1, this window's screen").replace("%1", text)
            action = menu.addAction(text)
            action.setData(screen.name())
        for action in menu.actions():
            if action.isSeparator():
                continue
            action.setCheckable(True)
            action.setChecked(action.data() == picked)
            group.addAction(action)
            name = action.data()
            action.triggered.connect(lambda _checked=False, name=name: self.pickScreen(name))

    def pickScreen(self, name: str) -> None:
        """The user's pick ("" automatic), remembered; an open view moves there."""
        screens.remember_screen(name)
        if self.isOpen():
            self._place(self.view)  # type: ignore[arg-type]

