"""The Word import's one error, in a module of its own so that the command line can
catch it without loading python-docx."""

from seminarnotes.core.messages import MessageError


class WordImportError(MessageError, ValueError):
    """A Word file the program refuses: one sentence for the user, an N_-marked template
    and its arguments (core/messages.py), so that the window shows it translated."""
