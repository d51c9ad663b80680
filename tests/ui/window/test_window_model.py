"""The window against a plain model of what the user did (Hypothesis state machine).

Rules drive the real main window with real keys: add a group or a session, type,
Enter, Tab, Shift+Tab, Ctrl+H, move a point, move a group or a session in the tree,
switch groups, rename with F2, delete and confirm, open and close a menu with the
keyboard, open and close the projector view (F5), undo, redo, restart. The model
is the seminar as plain tuples plus one undo history of whole states: every gesture
that changes something is one step (a rename typed right after another of the same
item merges with it, as the window's history does). After every rule the library,
read afresh, must equal the model: what was typed, minus what was undone.

Where the cursor is and which item is selected are read from the window, not
predicted; what they lead to is. The bounded run is part of `make test`; `make soak`
runs many more and longer examples.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, event, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule, run_state_machine_as_test
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QMenu, QMessageBox, QWidget

from seminarnotes.core.library import Library
from seminarnotes.core.outline import Point, indent, move_down, move_up, outdent
from seminarnotes.ui.window.main_window import MainWindow
from tests.helpers import type_text

SOAK = bool(os.environ.get("SEMINARNOTES_SOAK"))
CTRL, SHIFT, ALT = (Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier,
                    Qt.KeyboardModifier.AltModifier)
WORDS = st.sampled_from(["samverkan", "tillit", "APT", "dialog", "Västerås", "lärande", "mål"])

Points = tuple[Point, ...]
Group = tuple[str, Points]
Session = tuple[str, tuple[Group, ...]]
Content = tuple[Session, ...]


@dataclass
class History:
    """The model's one undo history: states, the index of the current one, and what
    made each state (for merging renames)."""

    states: list[Content]
    made_by: list[object] = field(default_factory=lambda: [None])
    index: int = 0

    @property
    def now(self) -> Content:
        return self.states[self.index]

    def step(self, content: Content, made_by: object = None) -> None:
        if made_by is not None and made_by == self.made_by[self.index] and self.index > 0:
            self.states[self.index] = content  # the window merges this rename into the last one
            return
        del self.states[self.index + 1:], self.made_by[self.index + 1:]
        self.states.append(content)
        self.made_by.append(made_by)
        self.index += 1


def read(library: Library, seminar_id: int) -> Content:
    return tuple(
        (s.name, tuple((g.name, tuple(library.points(g.id))) for g in s.groups))
        for s in library.seminar_tree(seminar_id)
    )


def replace_group(content: Content, where: tuple[int, int], group: Group) -> Content:
    s, g = where
    sessions = list(content)
    groups = list(sessions[s][1])
    groups[g] = group
    sessions[s] = (sessions[s][0], tuple(groups))
    return tuple(sessions)


class WindowMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        folder = Path(tempfile.mkdtemp(prefix="model-", dir=WindowMachine.base))
        self.path = folder / "library.sqlite"
        self.library = Library.open(self.path)
        self.seminar_id = self.library.create_seminar("Modellseminarium")
        for session, group in (("Förmiddag", "Köping"), ("Eftermiddag", "Arboga")):  # a group can change session
            self.library.add_group(self.library.add_session(self.seminar_id, session), group)
        self.history = History([read(self.library, self.seminar_id)])
        self.window = self._start()

    # --- the window ----------------------------------------------------------------

    def _start(self) -> MainWindow:
        window = MainWindow(self.library)
        window.restoreSession()
        window.show()
        WindowMachine.qtbot.waitExposed(window)
        window.activateWindow()
        WindowMachine.qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
        if window.page.currentNode() is None or window.page.currentNode().kind != "group":
            self._key(Qt.Key.Key_PageDown, CTRL, window)
        return window

    def _key(self, key: Qt.Key, mods: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
             window: MainWindow | None = None) -> None:
        from PySide6.QtTest import QTest

        window = window or self.window
        QTest.keyClick(self._target(window), key, mods)

    def _target(self, window: MainWindow | None = None) -> QWidget:
        """Where a key goes: an open popup (a completion list grabs the keyboard), else
        the window's focus widget."""
        return QApplication.activePopupWidget() or QApplication.focusWidget() or window or self.window

    def _type(self, text: str) -> None:
        for char in text:
            type_text(WindowMachine.qtbot, self._target(), char)

    def _where(self) -> tuple[int, int] | None:
        """(session, group) of the group whose points the editor shows, by position."""
        group_id = self.window.editor.group()
        for s, session in enumerate(self.library.seminar_tree(self.seminar_id)):
            for g, group in enumerate(session.groups):
                if group.id == group_id:
                    return s, g
        return None

    def _typing(self) -> bool:
        return QApplication.focusWidget() is self.window.editor and self._where() is not None

    def _point(self) -> int:
        return self.window.editor.textCursor().blockNumber()

    def _points(self, where: tuple[int, int]) -> list[Point]:
        return list(self.history.now[where[0]][1][where[1]][1])

    def _edit(self, where: tuple[int, int], points: list[Point]) -> None:
        content = self.history.now
        name = content[where[0]][1][where[1]][0]
        new = replace_group(content, where, (name, tuple(points)))
        if new != content:
            self.history.step(new)

    # --- typing in the points --------------------------------------------------------

    @precondition(lambda self: self._typing())
    @rule(word=WORDS)
    def type_word(self, word: str) -> None:
        where, i = self._where(), self._point()
        points = self._points(where) or [Point("")]
        assert self.window.editor.textCursor().atBlockEnd(), "typing never starts inside a point's text"
        points[i] = Point(points[i].text + word + " ", points[i].level, points[i].kind)
        self._type(word + " ")
        self._edit(where, points)

    @precondition(lambda self: self._typing())
    @rule()
    def enter(self) -> None:
        where, i = self._where(), self._point()
        points = self._points(where)
        if not points:
            pass  # an empty group: Enter on its one empty point adds nothing
        elif points[i].text:
            points.insert(i + 1, Point("", points[i].level))
        elif points[i].level > 0:
            points = outdent(points, i)
        self._key(Qt.Key.Key_Return)
        self._edit(where, points)

    @precondition(lambda self: self._typing() and self._points(self._where()))
    @rule(how=st.sampled_from(["tab", "backtab", "highlight", "up", "down"]))
    def outline_key(self, how: str) -> None:
        where, i = self._where(), self._point()
        points = self._points(where)
        if how == "tab":
            points, key = indent(points, i), (Qt.Key.Key_Tab, Qt.KeyboardModifier.NoModifier)
        elif how == "backtab":
            points, key = outdent(points, i), (Qt.Key.Key_Backtab, SHIFT)
        elif how == "highlight":
            p = points[i]
            points[i] = Point(p.text, p.level, "point" if p.kind == "highlight" else "highlight")
            key = (Qt.Key.Key_H, CTRL)
        elif how == "up":
            points, key = move_up(points, i)[0], (Qt.Key.Key_Up, ALT | SHIFT)
        else:
            points, key = move_down(points, i)[0], (Qt.Key.Key_Down, ALT | SHIFT)
        self._key(*key)
        self._edit(where, points)

    # --- groups and sessions ----------------------------------------------------------

    def _current_session(self) -> int:
        node = self.window.page.currentNode()
        while node is not None and node.kind == "group":
            node = node.parent
        if node is not None and node.kind == "session":
            return node.row
        return len(self.history.now) - 1

    @precondition(lambda self: self.history.now)
    @rule(name=WORDS)
    def add_group(self, name: str) -> None:
        s = self._current_session()
        self._key(Qt.Key.Key_N, CTRL | SHIFT)
        content = self.history.now
        sessions = list(content)
        sessions[s] = (sessions[s][0], (*sessions[s][1], ("", ())))
        self.history.step(tuple(sessions))
        self._type(name)
        self._key(Qt.Key.Key_Return)
        where = (s, len(sessions[s][1]) - 1)
        self.history.step(replace_group(self.history.now, where, (name, ())), ("rename", where))
        assert QApplication.focusWidget() is self.window.editor, "after the name, Enter leads into the points"

    @rule(name=WORDS)
    def add_session(self, name: str) -> None:
        node = self.window.page.currentNode()
        index = self._current_session() + 1 if node is not None and node.kind != "seminar" else len(self.history.now)
        self._key(Qt.Key.Key_N, CTRL | ALT)
        sessions = list(self.history.now)
        sessions.insert(index, ("", ()))
        self.history.step(tuple(sessions))
        self._type(name)
        self._key(Qt.Key.Key_S, CTRL)  # Save now: the name is a step of its own
        sessions[index] = (name, ())
        self.history.step(tuple(sessions), ("rename-session", index))
        self._key(Qt.Key.Key_1, CTRL)  # to the tree; Enter on a session leads to its question, so stay

    @precondition(lambda self: self._where() is not None)
    @rule(name=WORDS)
    def rename_with_f2(self, name: str) -> None:
        where = self._where()
        self._key(Qt.Key.Key_1, CTRL)  # the tree, on the shown group
        self._key(Qt.Key.Key_F2)
        editor = QApplication.focusWidget()
        editor.selectAll()
        self._type(name)
        self._key(Qt.Key.Key_Return)
        WindowMachine.qtbot.waitUntil(lambda: self.window.tree.state() != QAbstractItemView.State.EditingState)
        old = self.history.now[where[0]][1][where[1]]
        if old[0] != name:
            self.history.step(replace_group(self.history.now, where, (name, old[1])), ("rename", where))
        self._key(Qt.Key.Key_Return)  # rename done: Enter leads into the points
        assert QApplication.focusWidget() is self.window.editor

    @precondition(lambda self: self._where() is not None)
    @rule()
    def delete_group(self) -> None:
        s, g = self._where()
        self._key(Qt.Key.Key_1, CTRL)
        self._key(Qt.Key.Key_Delete)  # the question is answered Yes
        sessions = list(self.history.now)
        sessions[s] = (sessions[s][0], sessions[s][1][:g] + sessions[s][1][g + 1:])
        self.history.step(tuple(sessions))

    @precondition(lambda self: self._where() is not None)
    @rule(up=st.booleans(), mods=st.sampled_from([ALT | SHIFT, CTRL | SHIFT]))
    def move_group(self, up: bool, mods: Qt.KeyboardModifier) -> None:
        """In the tree, the shown group one place up or down; at either end of its session
        it crosses into the neighbouring session (last there going up, first going down)."""
        s, g = self._where()
        self._key(Qt.Key.Key_1, CTRL)  # the tree, on the shown group
        moved = self.window.page.currentNode().key()
        assert moved == ("group", self.window.editor.group())
        self._key(Qt.Key.Key_Up if up else Qt.Key.Key_Down, mods)
        assert self.window.page.currentNode().key() == moved, "the moved group stays selected"
        sessions = [(name, list(groups)) for name, groups in self.history.now]
        step = -1 if up else 1
        if 0 <= g + step < len(sessions[s][1]):
            groups = sessions[s][1]
            groups[g], groups[g + step] = groups[g + step], groups[g]
            event("a group moved within its session")
        elif 0 <= s + step < len(sessions):
            group = sessions[s][1].pop(g)
            neighbour = sessions[s + step][1]
            neighbour.insert(len(neighbour) if up else 0, group)
            event("a group moved into the neighbouring session")
        new = tuple((name, tuple(groups)) for name, groups in sessions)
        if new != self.history.now:
            self.history.step(new)

    @rule(up=st.booleans(), mods=st.sampled_from([ALT | SHIFT, CTRL | SHIFT]))
    def move_session(self, up: bool, mods: Qt.KeyboardModifier) -> None:
        """In the tree, the session of the current item one place up or down."""
        self._key(Qt.Key.Key_1, CTRL)
        node = self.window.page.currentNode()
        if node is not None and node.kind == "group":
            self._key(Qt.Key.Key_Left)  # from a group to its session
            node = self.window.page.currentNode()
        if node is None or node.kind != "session":
            return  # the seminar itself is current: nothing to move
        s = node.row
        self._key(Qt.Key.Key_Up if up else Qt.Key.Key_Down, mods)
        sessions = list(self.history.now)
        other = s - 1 if up else s + 1
        if 0 <= other < len(sessions):
            sessions[s], sessions[other] = sessions[other], sessions[s]
            self.history.step(tuple(sessions))
            event("a session moved")
        assert self.window.page.currentNode().key() == node.key(), "the moved session stays selected"

    @rule(forward=st.booleans())
    def switch_group(self, forward: bool) -> None:
        self._key(Qt.Key.Key_PageDown if forward else Qt.Key.Key_PageUp, CTRL)

    @rule(letter=st.sampled_from([Qt.Key.Key_F, Qt.Key.Key_E, Qt.Key.Key_V]))
    def open_and_close_a_menu(self, letter: Qt.Key) -> None:
        before = QApplication.focusWidget()
        self._key(letter, ALT)
        WindowMachine.qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
        from PySide6.QtTest import QTest

        QTest.keyClick(QApplication.activePopupWidget(), Qt.Key.Key_Escape)
        WindowMachine.qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None)
        WindowMachine.qtbot.waitUntil(lambda: QApplication.focusWidget() is before, timeout=1000)

    @rule()
    def projector_view(self) -> None:
        """F5 opens or closes the projector view; the keys stay where they were."""
        before = QApplication.focusWidget()
        self._key(Qt.Key.Key_F5)
        WindowMachine.qtbot.wait(50)  # the X server maps or unmaps the view, the platform may activate it
        WindowMachine.qtbot.waitUntil(lambda: QApplication.focusWidget() is before
                                      and QApplication.activeWindow() is self.window, timeout=1000)

    # --- history and restarts -------------------------------------------------------------

    @precondition(lambda self: QApplication.focusWidget() in (self.window.editor, self.window.tree))
    @rule()
    def undo(self) -> None:
        self._key(Qt.Key.Key_Z, CTRL)
        self.history.index = max(0, self.history.index - 1)

    @precondition(lambda self: QApplication.focusWidget() in (self.window.editor, self.window.tree))
    @rule()
    def redo(self) -> None:
        self._key(Qt.Key.Key_Z, CTRL | SHIFT)
        self.history.index = min(len(self.history.states) - 1, self.history.index + 1)

    @rule()
    def restart(self) -> None:
        self.window.close()
        self.window.deleteLater()
        self.window = self._start()
        self.history = History([self.history.now])

    # --- the invariant ---------------------------------------------------------------------

    @invariant()
    def library_holds_what_was_typed_minus_what_was_undone(self) -> None:
        self.window.editor.recordPending()
        self.window.autosaver.flush()
        with Library.open(self.path) as fresh:
            assert read(fresh, self.seminar_id) == self.history.now
        where = self._where()
        if where is not None and self.window.pages.currentWidget() is self.window.groupForm:
            assert self.window.editor.points() == self._points(where), "the editor shows the group's points"

    def teardown(self) -> None:
        self.window.close()
        self.window.deleteLater()
        self.library.close()


@pytest.mark.xcb  # menus and focus as a real X server does them (make test runs it on Xvfb)
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_the_window_keeps_what_the_user_typed_minus_what_was_undone(qtbot, tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *_a: QMessageBox.StandardButton.Yes))
    WindowMachine.qtbot, WindowMachine.base = qtbot, tmp_path
    examples, steps = (200, 60) if SOAK else (12, 25)
    run_state_machine_as_test(WindowMachine, settings=settings(
        max_examples=examples, stateful_step_count=steps, deadline=None,
        phases=[Phase.explicit, Phase.reuse, Phase.generate],  # shrinking a slow window run takes many minutes
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much]))
