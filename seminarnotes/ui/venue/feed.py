"""The window's work as a slide for the projector: it follows the tree's current item,
the group's name field and the points editor keystroke by keystroke (the editor's
document signals every change; nothing waits for the autosave).

What the slide holds, by the tree's current item:
- a group: the session's question, the group's name and its points (with "the whole
  session": every group of the session, this one following the editor);
- a session: its name and question (and its groups, with "the whole session");
- the seminar: its title.
Other groups' points are read from the library, which the window has saved when the
documenter left them. Reading the editor's document records nothing and saves nothing.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QObject, QTimer, Signal
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

from seminarnotes.core.library import Library
from seminarnotes.core.outline import Point
from seminarnotes.ui.editor.look import block_point
from seminarnotes.ui.editor.widget import PointEditor
from seminarnotes.ui.tree.model import Node, SeminarTreeModel
from seminarnotes.ui.venue.slide import EMPTY, Section, Slide


class EditorReader:
    """The points an editor's document holds, read without touching the editor: after
    typing inside one point only that block is read again.

    Only the user's typing is read block by block. The editor's own rewrites (Ctrl+H,
    Tab, moves, undo) change block formats, which QTextDocument reports as "changed"
    without saying where: after one of those everything is read again."""

    def __init__(self, editor: PointEditor) -> None:
        self._editor = editor
        self._document = document = editor.document()
        self._points: list[Point] = []
        self._read: tuple[Point, ...] | None = None  # what points() returned last
        self._changes: list[tuple[int, int, int]] | None = None  # None: read everything
        document.contentsChange.connect(self._changed)
        document.contentsChanged.connect(self._changedSomewhere)

    def _changed(self, position: int, removed: int, added: int) -> None:
        if self._editor.rewriting():
            self._changes = None
        elif self._changes is not None:
            self._changes.append((position, removed, added))

    def _changedSomewhere(self) -> None:
        if self._editor.rewriting():
            self._changes = None

    def points(self) -> tuple[Point, ...]:
        """The document's points as the editor shows them; () for one empty point. The
        same tuple again when nothing changed, and the same Point objects for the points
        that did not change, so comparing is cheap."""
        document, changes = self._document, self._changes
        self._changes = []
        if changes == [] and self._read is not None:
            return self._read
        one_block = (changes is not None and len(changes) == 1 and document.blockCount() == len(self._points))
        if one_block:
            position, _, added = changes[0]  # type: ignore[index]
            block = document.findBlock(position)
            if block.isValid() and block.contains(position + added):
                self._points[block.blockNumber()] = block_point(block)
            else:
                one_block = False
        if not one_block:
            block, read = document.firstBlock(), []
            while block.isValid():
                read.append(block_point(block))
                block = block.next()
            self._points = read
        empty = len(self._points) == 1 and not self._points[0].text
        self._read = () if empty else tuple(self._points)
        return self._read

    def forget(self) -> None:
        """Read everything next time (the editor shows another group, or nobody reads
        for a while: nothing is collected meanwhile)."""
        self._changes = None


class ProjectorFeed(QObject):
    """Follows the window and says when the slide changed (`changed`); `slide()` is it."""

    changed = Signal()

    def __init__(self, library: Library, model: SeminarTreeModel, selection: QItemSelectionModel,
                 editor: PointEditor, nameEdit: QLineEdit, questionEdit: QPlainTextEdit,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._library, self._model, self._selection = library, model, selection
        self._editor, self._nameEdit, self._questionEdit = editor, nameEdit, questionEdit
        self._reader = EditorReader(editor)
        self._wholeSession = False
        self._slide = EMPTY
        self._frame: Slide | None = None  # the slide without the live points; None: to be read again
        self._running = False
        # Changes come in bursts (a group is loaded, a structure step): one update after them,
        # in the same pass of the event loop.
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.setInterval(0)
        self._soon.timeout.connect(self._update)
        selection.currentChanged.connect(self._itemChanged)
        for signal in (model.modelReset, model.dataChanged, model.rowsInserted, model.rowsRemoved,
                       model.rowsMoved):
            signal.connect(self._itemChanged)
        editor.document().contentsChanged.connect(self._soon.start)
        editor.cursorPositionChanged.connect(self._soon.start)
        nameEdit.textChanged.connect(self._itemChanged)
        questionEdit.textChanged.connect(self._itemChanged)

    def start(self) -> None:
        """Follow the window (the projector view is open)."""
        self._running = True
        self._itemChanged()

    def stop(self) -> None:
        """Stop reading while nobody looks (the projector view is closed)."""
        self._running = False
        self._soon.stop()
        self._reader.forget()

    def slide(self) -> Slide:
        return self._slide

    def setWholeSession(self, whole: bool) -> None:
        """Show every group of the current session instead of the current group alone."""
        if whole != self._wholeSession:
            self._wholeSession = whole
            self._itemChanged()

    def refresh(self) -> None:
        """Read the library again (another program wrote it, a seminar was opened)."""
        self._itemChanged()

    # --- following ---------------------------------------------------------------------

    def _itemChanged(self, *_args: object) -> None:
        self._frame = None
        self._reader.forget()
        self._soon.start()

    def _update(self) -> None:
        if not self._running:
            return
        if self._frame is None:
            self._frame = self._readFrame()
        frame = self._frame
        if frame.live >= 0:
            live = frame.sections[frame.live]
            section = Section(live.group_id, live.name, self._reader.points())
            sections = frame.sections[:frame.live] + (section,) + frame.sections[frame.live + 1:]
            current = self._editor.textCursor().blockNumber() if section.points else -1
            slide = Slide(frame.question, frame.heading, sections, frame.live, current)
        else:
            slide = frame
        if slide != self._slide:
            self._slide = slide
            self.changed.emit()

    def _readFrame(self) -> Slide:
        """The slide for the tree's current item, its live group's points left empty."""
        node = self._model.node(self._selection.currentIndex())
        if node is None or node.kind == "root":
            return EMPTY
        if node.kind == "seminar":
            return Slide(heading=node.name)
        if node.kind == "session":
            question = self._questionEdit.toPlainText().strip()
            groups = node.children if self._wholeSession else []
            return Slide(question, node.name, tuple(self._section(g) for g in groups))
        session = node.parent
        question = session.question if session is not None else ""
        groups = session.children if self._wholeSession and session is not None else [node]
        sections, live = [], -1
        for group in groups:
            if group is node and self._editor.group() == node.id:
                live = len(sections)
                sections.append(Section(node.id, self._nameEdit.text().strip(), ()))
            else:
                sections.append(self._section(group))
        return Slide(question, "", tuple(sections), live)

    def _section(self, group: Node) -> Section:
        return Section(group.id, group.name, tuple(self._library.points(group.id)))
