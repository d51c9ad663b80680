"""Zoom in the points editor: Ctrl++ / Ctrl+- / Ctrl+0 (the window's View menu) and
Ctrl+wheel change the text size in steps, and the size is remembered for the next
start (QSettings, the same for every library: it is about the user's eyes and screen).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, Signal
from PySide6.QtGui import QWheelEvent

from seminarnotes.ui.editor.widget import PointEditor

STEPS = (0.7, 0.8, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0)
SETTING = "editor/zoom"
_WHEEL_NOTCH = 120  # angleDelta of one notch of a mouse wheel


def remembered_zoom() -> float:
    """The zoom saved last, one of STEPS; 1.0 when nothing (or nonsense) is stored."""
    try:
        value = float(QSettings().value(SETTING, 1.0))
    except (TypeError, ValueError):
        return 1.0
    return min(STEPS, key=lambda step: abs(step - value))


class EditorZoom(QObject):
    """The editor's text size: `zoomIn`, `zoomOut`, `reset`; `changed(scale)` after each."""

    changed = Signal(float)

    def __init__(self, editor: PointEditor) -> None:
        super().__init__(editor)
        self._editor = editor
        self._wheel = 0
        editor.setTextScale(remembered_zoom())
        editor.viewport().installEventFilter(self)

    def scale(self) -> float:
        return self._editor.textScale()

    def zoomIn(self) -> None:
        self._step(1)

    def zoomOut(self) -> None:
        self._step(-1)

    def reset(self) -> None:
        self._set(1.0)

    def _step(self, direction: int) -> None:
        index = min(range(len(STEPS)), key=lambda i: abs(STEPS[i] - self.scale()))
        self._set(STEPS[max(0, min(len(STEPS) - 1, index + direction))])

    def _set(self, scale: float) -> None:
        if scale != self.scale():
            self._editor.setTextScale(scale)
            QSettings().setValue(SETTING, scale)
        self.changed.emit(scale)  # also at the end of the steps: the window says the size

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Ctrl+wheel over the points zooms, a notch a step (a touchpad's small deltas add up)."""
        if event.type() == QEvent.Type.Wheel and isinstance(event, QWheelEvent) and (
                event.modifiers() & Qt.KeyboardModifier.ControlModifier):
            self._wheel += event.angleDelta().y()
            while abs(self._wheel) >= _WHEEL_NOTCH:
                step = 1 if self._wheel > 0 else -1
                self._wheel -= step * _WHEEL_NOTCH
                self._step(step)
            return True
        return super().eventFilter(watched, event)
