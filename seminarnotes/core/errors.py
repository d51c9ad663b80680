"""Errors whose message is one sentence meant for the user."""


class LibraryError(Exception):
    """Something the user can act on went wrong with the library; str() says what."""


class NotFound(LibraryError):
    """The seminar, session or group asked for is not in the library."""
