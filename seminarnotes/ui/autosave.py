"""Autosave: every edit reaches the library within a second of the last keystroke.

Widgets do not save; they `schedule` a save function under a key (the latest one per
key wins) and the Autosaver runs them all when typing pauses, or at once on `flush`,
which the window calls on switching item, focus leaving, deactivation, close and quit.
A save that fails stays pending, so it is retried and nothing typed is dropped.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable

from PySide6.QtCore import QLocale, QObject, QTime, QTimer, Signal

from seminarnotes.core.atomic import WriteError
from seminarnotes.core.errors import LibraryError
from seminarnotes.ui.core_messages import translated

DEBOUNCE_MS = 700


class Autosaver(QObject):
    """Debounced saving with a status line ("Saving…" / "Saved 10:32")."""

    statusChanged = Signal(str)
    saved = Signal()
    """After a flush that wrote something, even if another save in it failed."""
    failed = Signal(str)
    """A save failed; the sentence is for the user, the edit is kept pending."""

    def __init__(self, parent: QObject | None = None, delay_ms: int = DEBOUNCE_MS) -> None:
        super().__init__(parent)
        self._pending: dict[Hashable, Callable[[], None]] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.flush)
        self._flushing = False
        self._last_error = ""

    def schedule(self, key: Hashable, save: Callable[[], None]) -> None:
        """Remember `save` for `key` and (re)start the quiet-period timer."""
        self._pending.pop(key, None)
        self._pending[key] = save
        self._timer.start()
        self.statusChanged.emit(self.tr("Saving…"))

    def pending(self, key: Hashable | None = None) -> bool:
        """Whether any save (or the one for `key`) is waiting."""
        return bool(self._pending) if key is None else key in self._pending

    def flushing(self) -> bool:
        """True while saves run; a change they cause is followed by `saved`."""
        return self._flushing

    def flush(self) -> bool:
        """Run every pending save now; True when nothing is left pending."""
        self._timer.stop()
        if self._flushing or not self._pending:
            return not self._pending
        self._flushing = True
        wrote = False
        try:
            for key, save in list(self._pending.items()):
                try:
                    save()
                except (LibraryError, WriteError, OSError) as err:
                    self._report(translated(err))
                    continue
                wrote = True
                if self._pending.get(key) is save:
                    del self._pending[key]
        finally:
            self._flushing = False
        if self._pending:
            self.statusChanged.emit(self.tr("Not saved yet: will retry"))
            self._timer.start(5000)
        else:
            self._last_error = ""
            time = QLocale().toString(QTime.currentTime(), QLocale.FormatType.ShortFormat)
            self.statusChanged.emit(self.tr("Saved %1").replace("%1", time))
        if wrote:
            self.saved.emit()
        return not self._pending

    def _report(self, sentence: str) -> None:
        if sentence != self._last_error:  # one dialog per distinct problem, not one per retry
            self._last_error = sentence
            self.failed.emit(sentence)
