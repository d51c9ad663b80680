"""Word documents back into seminars: our own exports exactly, hand-made RESK-shaped
documents by their shape, with every guess named. No Qt in here.

The names below load on first use, so that importing WordImportError (the command
line does, at start) does not load python-docx.
"""

from __future__ import annotations

import importlib
from typing import Any

from seminarnotes.wordimport.errors import WordImportError

_LAZY = {
    "read_word": "reader", "WordReading": "reader", "looks_like_word_file": "container",
    "Assembly": "assemble", "Row": "assemble", "Uncertainty": "assemble",
}

__all__ = ["WordImportError", *_LAZY]


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(importlib.import_module(f"{__name__}.{_LAZY[name]}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
