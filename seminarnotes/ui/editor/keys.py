"""What a key press means to the point editor: an outline command, the window's, or text.

The editor asks before Qt's shortcut map does (ShortcutOverride), so outline keys are
the editor's while it has focus and the window's keys always reach their actions.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget

_NONE = Qt.KeyboardModifier.NoModifier
_CTRL = Qt.KeyboardModifier.ControlModifier
_SHIFT = Qt.KeyboardModifier.ShiftModifier
_ALT = Qt.KeyboardModifier.AltModifier
_KEYPAD = Qt.KeyboardModifier.KeypadModifier
_Key = Qt.Key

WINDOW = "window"  # a key the editor must leave to the main window

# Keys the main window owns: the editor must never take them (EDITOR.md).
WINDOW_KEYS: frozenset[tuple[int, Qt.KeyboardModifier]] = frozenset({
    (_Key.Key_PageUp, _CTRL), (_Key.Key_PageDown, _CTRL), (_Key.Key_N, _CTRL | _SHIFT),
    (_Key.Key_F2, _NONE), (_Key.Key_F, _CTRL), (_Key.Key_E, _CTRL), (_Key.Key_S, _CTRL),
    (_Key.Key_O, _CTRL),
})

_COMMANDS: dict[tuple[int, Qt.KeyboardModifier], str] = {
    (_Key.Key_Return, _NONE): "enter", (_Key.Key_Enter, _NONE): "enter",
    (_Key.Key_Return, _SHIFT): "linebreak", (_Key.Key_Enter, _SHIFT): "linebreak",
    (_Key.Key_Tab, _NONE): "indent",
    (_Key.Key_Backtab, _NONE): "outdent", (_Key.Key_Backtab, _SHIFT): "outdent",
    (_Key.Key_Up, _ALT | _SHIFT): "up", (_Key.Key_Up, _CTRL | _SHIFT): "up",
    (_Key.Key_Down, _ALT | _SHIFT): "down", (_Key.Key_Down, _CTRL | _SHIFT): "down",
    (_Key.Key_H, _CTRL): "highlight",
    (_Key.Key_Z, _CTRL | _SHIFT): "redo", (_Key.Key_Y, _CTRL): "redo",
    (_Key.Key_Z, _CTRL): "undo",
    (_Key.Key_V, _CTRL | _SHIFT): "pasteplain",
}

# The platform's own keys for these, after the fixed ones above (order matters).
_STANDARD: tuple[tuple[QKeySequence.StandardKey, str], ...] = (
    (QKeySequence.StandardKey.Redo, "redo"),
    (QKeySequence.StandardKey.Undo, "undo"),
    (QKeySequence.StandardKey.Paste, "paste"),
    (QKeySequence.StandardKey.Cut, "cut"),
)


def key_command(event: QKeyEvent, at_point_start: Callable[[], bool]) -> str | None:
    """The outline command a key means, WINDOW, or None for QTextEdit to handle as
    text. Backspace is a command only at a point's start with nothing selected."""
    key = event.key()
    mods = event.modifiers() & ~_KEYPAD
    if (key, mods) in WINDOW_KEYS:
        return WINDOW
    command = _COMMANDS.get((key, mods))
    if command is not None:
        return command
    if key in (_Key.Key_Return, _Key.Key_Enter):
        return WINDOW  # Enter with other modifiers: the window's (e.g. Ctrl+Enter)
    if key == _Key.Key_Backspace and mods == _NONE:
        return "backspace" if at_point_start() else None
    for standard, name in _STANDARD:
        if event.matches(standard):
            return name
    return None


def forward_key(event: QKeyEvent, target: QWidget) -> None:
    """Deliver a copy of a key press to `target` (a key that reached the wrong widget)."""
    QApplication.sendEvent(target, QKeyEvent(event.type(), event.key(), event.modifiers(), event.text(),
                                             event.isAutoRepeat(), event.count()))
