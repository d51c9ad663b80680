"""Keys never go nowhere (EDITOR.md, "Focus"): where the user works is remembered from
every deliberate focus, and the keys go back there when a menu or a dialog closes or
the window is activated again.

Qt gives the focus back to the widget it last knew of, which need not be where the keys
went since (a popup completion list, a menu left with Escape, a platform that leaves a
closed menu active): the keeper puts them where the user was.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow, QMenu, QMenuBar, QWidget


class FocusKeeper(QObject):
    """The focus rule of one window; `fallback()` names where keys go when the field the
    user worked in can no longer take them (the points when a group is shown, else the tree)."""

    def __init__(self, window: QMainWindow, fallback: Callable[[], QWidget]) -> None:
        super().__init__(window)
        self._window = window
        self._fallback = fallback
        self._workFocus: QWidget | None = None  # the last field the user worked in (not a menu)
        QApplication.instance().installEventFilter(self)  # dialogs closing: the keys go back where the user was

    def stop(self) -> None:
        """The window closes: no more watching the application's focus."""
        QApplication.instance().removeEventFilter(self)

    def workFocus(self) -> QWidget | None:
        """The last field the user worked in."""
        return self._workFocus

    def returnFocus(self, where: QWidget | None) -> None:
        """Back to `where` if it can still take keys; else to the fallback."""
        window = self._window
        if where is not None and where.isVisible() and where.isEnabled() and where.window() is window:
            where.setFocus(Qt.FocusReason.OtherFocusReason)
        elif window.isVisible():
            self._fallback().setFocus(Qt.FocusReason.OtherFocusReason)

    def menuClosed(self) -> None:
        """Esc or a choice in a menu: the keys go back where the user was, not to the menu bar."""
        QTimer.singleShot(0, self, self._leaveMenuBar)

    def _leaveMenuBar(self) -> None:
        window = self._window
        if isinstance(QApplication.activePopupWidget(), QMenu):
            return  # another menu opened (arrow keys in the menu bar)
        if QApplication.activeWindow() is not window and window.isVisible():
            window.activateWindow()  # some platforms leave the closed menu as the active window
        focus = QApplication.focusWidget()
        if focus is None or isinstance(focus, QMenuBar) or focus is window or focus.window() is not window:
            self.returnFocus(self._workFocus)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.FocusIn and isinstance(watched, QWidget) and watched.window() is self._window:
            self._focusIn(watched, event.reason())  # type: ignore[attr-defined]
        elif kind == QEvent.Type.Hide and isinstance(watched, QDialog) and watched.window() is not self._window:
            QTimer.singleShot(0, self, self._afterDialog)
        return super().eventFilter(watched, event)

    def _focusIn(self, widget: QWidget, reason: Qt.FocusReason) -> None:
        """Remember where the user works. When the window is activated again or a popup
        (a menu, the completion list) closes, Qt gives the focus back to the widget it
        last knew of, which need not be where the keys went since: put them back."""
        if isinstance(widget, (QMenuBar, QMenu)) or widget is self._window:
            return
        if reason in (Qt.FocusReason.ActiveWindowFocusReason, Qt.FocusReason.PopupFocusReason):
            target = self._workFocus
            if target is not None and target is not widget and target.isVisible() and target.isEnabled():
                QTimer.singleShot(0, target, lambda: target.setFocus(Qt.FocusReason.OtherFocusReason)
                                  if self._workFocus is target and target.isVisible() else None)
            return
        self._workFocus = widget

    def _afterDialog(self) -> None:
        """A dialog closed: unless another one is up or the gesture put the focus
        somewhere, the window becomes active again with the keys where they were."""
        window = self._window
        if QApplication.activeModalWidget() is not None or QApplication.activePopupWidget() is not None:
            return
        if not window.isVisible() or window.isMinimized():
            return
        focus = QApplication.focusWidget()
        if focus is None or focus.window() is not window:
            window.activateWindow()
            self.returnFocus(self._workFocus)
