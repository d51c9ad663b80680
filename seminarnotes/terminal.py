"""Text from the library made safe to print on a terminal.

Titles and points are the user's (or a package's) text: a control character or an
ANSI escape sequence printed raw would move the cursor, recolour or retitle the
terminal, or hide what follows. They are shown escaped instead (\\n, \\t, \\x1b,
\\u202e), and so are a tab and a line break, which would break the one-line,
tab-separated output. Letters of every language pass unchanged.
"""

from __future__ import annotations

import unicodedata

_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escaped(char: str) -> str:
    if char in _NAMED:
        return _NAMED[char]
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(text: str) -> str:
    """`text` with control and format characters (C0, DEL, C1, bidirectional overrides) escaped."""
    if text.isprintable():
        return text
    return "".join(_escaped(c) if unicodedata.category(c) in ("Cc", "Cf", "Zl", "Zp", "Cs") else c for c in text)
