"""Errors whose message is one sentence meant for the user (see messages.py)."""

from __future__ import annotations

from pathlib import Path

from seminarnotes.core.messages import Message, MessageError, N_


class LibraryError(MessageError):
    """Something the user can act on went wrong with the library; str() says what."""


class NotFound(LibraryError):
    """The seminar, session or group asked for is not in the library."""

    _SENTENCES = {
        "seminar": N_("There is no seminar with id %1 in the library."),
        "session": N_("There is no session with id %1 in the library."),
        "group": N_("There is no group with id %1 in the library."),
    }

    def __init__(self, what: str, id_: int) -> None:
        super().__init__(self._SENTENCES[what], id_)


class DamagedLibrary(LibraryError):
    """SQLite found the library file damaged: it must not be written, only restored or rescued.

    `path` is the library, `findings` SQLite's first complaint (for the log and `check`)."""

    def __init__(self, path: Path, findings: str) -> None:
        super().__init__(Message(N_("The library %1 is damaged, so Seminarnotes will not write to it; restore a "
                                    "backup or rescue what can be read."), path))
        self.path = Path(path)
        self.findings = findings
