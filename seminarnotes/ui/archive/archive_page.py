"""The archive as a page of the window: what it shows when no seminar is open and
after File ▸ Open… (Ctrl+O). The ArchiveView with a header that says where the user
is and offers the ways in: back to the open seminar (Escape), a new seminar, the
sample, a package; and, in an empty library, one sentence on how to begin.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from seminarnotes.core.library import Library
from seminarnotes.ui.archive.archive_view import ArchiveView
from seminarnotes.ui.common.flow_layout import FlowLayout


class ArchivePage(QWidget):
    """Header (title, new/sample/import, back) over the archive view."""

    backRequested = Signal()

    def __init__(self, library: Library, actions: list[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = ArchiveView(library, self)
        heading = QLabel(self.tr("Seminars"), self)
        font = QFont(heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)
        self.backButton = QPushButton(self)
        self.backButton.setAutoDefault(False)
        self.backButton.clicked.connect(self.backRequested)
        self.backAction = QAction(self.tr("Back to the open seminar"), self)
        self.backAction.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        self.backAction.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.backAction.triggered.connect(self.backRequested)
        self.addAction(self.backAction)

        header = FlowLayout()  # wraps on a small screen instead of widening the window
        header.addWidget(heading)
        for action in actions:  # without mnemonics: Alt+N etc. belong to the archive's own buttons
            button = QPushButton(action.text().replace("&", ""), self)
            button.setAutoDefault(False)
            button.setToolTip(action.shortcut().toString(QKeySequence.SequenceFormat.NativeText))
            button.clicked.connect(action.trigger)
            header.addWidget(button)
        header.addWidget(self.backButton)

        self.hint = QLabel(self.tr("No seminars to show. New seminar (Ctrl+N) starts one, New from sample shows "
                                   "a finished one, and a .seminarnotes file can be dropped on this window."), self)
        self.hint.setWordWrap(True)
        self.hint.setObjectName("archiveHint")
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.hint)
        layout.addWidget(self.view, 1)
        self.setFocusProxy(self.view)
        self.view.libraryChanged.connect(self._updateHint)

    def _updateHint(self) -> None:
        view = self.view
        self.hint.setVisible(view.model.rowCount() == 0 and not view.showingDeleted())

    def refresh(self, open_title: str | None) -> None:
        """Reload the list; `open_title` is the open seminar's title (None: none open)."""
        self.view.refresh()
        self._updateHint()
        self.backButton.setVisible(open_title is not None)
        self.backAction.setEnabled(open_title is not None)
        if open_title is not None:
            elided = open_title if len(open_title) <= 40 else open_title[:39] + "…"
            self.backButton.setText(self.tr("Back to “%1” (Esc)").replace("%1", elided))
            self.backButton.setToolTip(open_title)
