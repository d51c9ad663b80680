"""Small screens: the first window fits the screen's available area with its status bar
on screen (a 1366×768 laptop, a 1024×768 projector, 800×600), and a narrow window
shares its width sensibly: with the search open, the search results take the tree's
place, so neither becomes a sliver.

A window whose size was saved is restored by Qt, which keeps it on the screen.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QMargins, QObject, QRect, QSize, Qt, QTimer
from PySide6.QtWidgets import QDockWidget, QMainWindow, QSplitter, QWidget

WANTED = QSize(1200, 760)  # the first window where there is room for it
TITLE_BAR = QMargins(0, 32, 0, 0)  # what a window manager adds, until the window is shown and knows
NARROW = 980  # narrower than this, an open search takes the tree's place
SEARCH_SHARE = 0.42  # of a narrow window's width, for the search results


def first_geometry(available: QRect, frame: QMargins = TITLE_BAR, wanted: QSize = WANTED) -> QRect:
    """The first window's geometry (without its frame): `wanted`, or less where the
    available area is smaller, centred in it with the frame inside it too."""
    room = available.marginsRemoved(frame)
    size = wanted.boundedTo(room.size())
    left = room.left() + (room.width() - size.width()) // 2
    top = room.top() + (room.height() - size.height()) // 2
    return QRect(left, top, size.width(), size.height())


def fit_first_window(window: QWidget, available: QRect | None = None) -> None:
    """Give a window that has no saved size the first geometry on its screen; once it
    is shown and its frame is known, move it in again if the frame sticks out."""
    screen = window.screen()
    area = available if available is not None else screen.availableGeometry()
    window.setGeometry(first_geometry(area))
    QTimer.singleShot(0, window, lambda: _frameInside(window, area))


def _frameInside(window: QWidget, area: QRect) -> None:
    """The real frame (title bar, borders) inside `area`: smaller and moved if it is not."""
    if not window.isVisible() or window.isMaximized() or window.isFullScreen():
        return
    frame, inner = window.frameGeometry(), window.geometry()
    if area.contains(frame):
        return
    margins = QMargins(inner.left() - frame.left(), inner.top() - frame.top(), frame.right() - inner.right(),
                       frame.bottom() - inner.bottom())
    window.setGeometry(first_geometry(area, margins, inner.size()))


class SharedWidth(QObject):
    """In a narrow window, the open search (the window's dock) takes the tree's place;
    the tree comes back as wide as it was when the search closes, when the window is
    wide again, or when the keys go to it (Ctrl+1)."""

    def __init__(self, window: QMainWindow, splitter: QSplitter, tree: QWidget) -> None:
        super().__init__(window)
        self._window, self._splitter, self._tree = window, splitter, tree
        self._dock: QDockWidget | None = None
        self._treeWidth = 0  # the tree's width while no search is shown
        self._collapsed = False  # the search has the tree's place
        self._treeWanted = False  # the keys went to the tree while the search had its place
        window.installEventFilter(self)
        tree.installEventFilter(self)

    def narrow(self) -> bool:
        return self._window.width() < NARROW

    def _searching(self) -> bool:
        """Whether the search dock (made on first use) has its place in the window; from
        the moment it is added, before it is shown, as the tree already gives up room then."""
        if self._dock is None:
            docks = self._window.findChildren(QDockWidget)
            if not docks:
                return False
            self._dock = docks[0]
            self._dock.visibilityChanged.connect(self._searchShown)
        return not self._dock.isHidden() and not self._dock.isFloating()

    def _searchShown(self, _visible: bool) -> None:
        QTimer.singleShot(0, self, self.share)  # once the window's layout has settled

    def share(self) -> None:
        if not self._searching():
            self._treeWanted = False
        if self._searching() and self.narrow() and not self._treeWanted:
            if not self._collapsed:
                self._collapsed = True
                self._splitter.setSizes([0, sum(self._splitter.sizes())])
            self._window.resizeDocks([self._dock], [round(self._window.width() * SEARCH_SHARE)],
                                     Qt.Orientation.Horizontal)
        else:
            self._giveTreeBack()

    def _giveTreeBack(self) -> None:
        """The tree as wide as it was (at most half the splitter)."""
        if not self._collapsed:
            return
        self._collapsed = False
        self._window.layout().activate()  # the width the search leaves to the splitter
        total = sum(self._splitter.sizes())
        tree = max(self._tree.minimumSizeHint().width(), min(self._treeWidth, total // 2))
        self._splitter.setSizes([tree, total - tree])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self._tree and kind == QEvent.Type.Resize and not self._searching() and self._tree.width():
            self._treeWidth = self._tree.width()
        elif watched is self._tree and kind == QEvent.Type.FocusIn and self._collapsed:
            self._treeWanted = True
            QTimer.singleShot(0, self, self.share)
        elif watched is self._window and kind in (QEvent.Type.Resize, QEvent.Type.ChildPolished) and self._searching():
            QTimer.singleShot(0, self, self.share)
        elif watched is self._window and kind == QEvent.Type.Close:
            self._giveTreeBack()  # the splitter is saved as the user left it, not as the search made it
        return super().eventFilter(watched, event)
