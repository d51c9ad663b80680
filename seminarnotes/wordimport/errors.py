"""The Word import's one error, in a module of its own so that the command line can
catch it without loading python-docx."""


class WordImportError(ValueError):
    """A Word file the program refuses; the message is one sentence for the user."""
