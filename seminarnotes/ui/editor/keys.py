"""What a key press means to the point editor: an outline command, the window's, or text.

The editor asks before Qt's shortcut map does (ShortcutOverride), so outline keys are
the editor's while it has focus and the window's keys always reach their actions. Which
keys are the window's the window tells the editor, from its actions (`window_keys`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget

_NONE = Qt.KeyboardModifier.NoModifier
_CTRL = Qt.KeyboardModifier.ControlModifier
_SHIFT = Qt.KeyboardModifier.ShiftModifier
_ALT = Qt.KeyboardModifier.AltModifier
_KEYPAD = Qt.KeyboardModifier.KeypadModifier
_Key = Qt.Key

WINDOW = "window"  # a key the editor must leave to the main window

KeySet = frozenset[tuple[int, Qt.KeyboardModifier]]


def window_keys(actions: Iterable[QAction]) -> KeySet:
    """The keys of `actions`, as (key, modifiers) of each one-key shortcut: the keys the
    editor must never take (EDITOR.md)."""
    keys = set()
    for action in actions:
        for sequence in action.shortcuts():
            if sequence.count() == 1:
                combination = sequence[0]
                keys.add((combination.key(), combination.keyboardModifiers() & ~_KEYPAD))
    return frozenset(keys)

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


def key_command(event: QKeyEvent, at_point_start: Callable[[], bool], window: KeySet = frozenset()) -> str | None:
    """The outline command a key means, WINDOW (one of the `window` keys, or Enter with
    other modifiers), or None for QTextEdit to handle as text. Backspace is a command only
    at a point's start with nothing selected."""
    key = event.key()
    mods = event.modifiers() & ~_KEYPAD
    if (key, mods) in window:
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
