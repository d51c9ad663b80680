"""Problems the user can act on (a library that cannot be written, a bad package, a
full disk) become one sentence in a warning, in the user's language (core_messages),
not the crash dialog of the exception hook.

`user_errors` wraps a widget's gesture method; `warn` shows one such error.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from seminarnotes.core.atomic import WriteError
from seminarnotes.core.errors import LibraryError
from seminarnotes.core.package import PackageError

USER_ERRORS: tuple[type[Exception], ...] = (LibraryError, PackageError, WriteError)
"""Errors whose str() is one sentence meant for the user."""

F = TypeVar("F", bound=Callable[..., Any])


def warn(parent: QWidget | None, error: BaseException) -> None:
    """The error's own sentence in a warning over `parent`."""
    from seminarnotes.ui.common.core_messages import translated

    QMessageBox.warning(parent, QCoreApplication.translate("UserErrors", "Seminarnotes"), translated(error))


def user_errors(method: F) -> F:
    """Run a gesture of a widget (or of a helper whose parent is the widget); a user error
    becomes its sentence in a warning over that widget, and the gesture returns None."""

    @functools.wraps(method)
    def wrapper(self: QObject, *args: Any) -> Any:
        try:
            return method(self, *args)
        except USER_ERRORS as error:
            warn(self if isinstance(self, QWidget) else self.parent(), error)  # type: ignore[arg-type]
            return None

    return wrapper  # type: ignore[return-value]
