"""Sentences for the user that the core can say without knowing Qt.

A core error carries a `Message`: an English template with Qt-style placeholders
(%1, %2, ...) and its arguments. `str()` of the error is the English sentence (the
command line prints it); the window translates the template and fills in the same
arguments (`seminarnotes/ui/common/core_messages.py`, which lists every template once so
that lupdate finds them; a test compares that list with the `N_` marks in the core).
"""

from __future__ import annotations

import re
from collections.abc import Callable

_PLACEHOLDER = re.compile(r"%(\d)")


def N_(template: str) -> str:  # noqa: N802 - gettext's name for "mark for translation, translate later"
    """Mark a template for translation; returns it unchanged."""
    return template


class Message:
    """A template and its arguments; an argument may itself be a Message (translated too)."""

    __slots__ = ("template", "args")

    def __init__(self, template: str, *args: object) -> None:
        self.template = template
        self.args = args

    def render(self, translate: Callable[[str], str] | None = None) -> str:
        """The sentence, with the template (and those of nested messages) passed through `translate`."""
        text = translate(self.template) if translate else self.template
        values = [a.render(translate) if isinstance(a, Message) else str(a) for a in self.args]

        def value(match: re.Match[str]) -> str:
            number = int(match.group(1))
            return values[number - 1] if 0 < number <= len(values) else match.group(0)

        return _PLACEHOLDER.sub(value, text)  # one pass: an argument's own "%1" stays as it is

    def __str__(self) -> str:
        return self.render()

    def __repr__(self) -> str:
        return f"Message({self.template!r}, {', '.join(map(repr, self.args))})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Message) and (self.template, self.args) == (other.template, other.args)

    def __hash__(self) -> int:
        return hash((self.template, self.args))


class MessageError(Exception):
    """An error whose str() is one sentence for the user; `.message` is what the window translates."""

    def __init__(self, template: str | Message, *args: object) -> None:
        self.message = template if isinstance(template, Message) else Message(template, *args)
        super().__init__(self.message.render())

    def __str__(self) -> str:
        return self.message.render()
