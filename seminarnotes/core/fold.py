"""Case- and diacritics-insensitive matching, so "vasteras" finds "Västerås" in
the archive filter and the find bar just as it does in full-text search.

Plain Python (no Qt); it lives beside its two users in ui/ but could move to core.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# the combining-mark blocks; a regex runs in C, so folding 1,000 archive rows takes a few ms
_MARKS = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


@lru_cache(maxsize=4096)
def _fold_char(char: str) -> str:
    return fold(char)


def fold(text: str) -> str:
    """`text` without case or diacritics: "Västerås" -> "vasteras"."""
    folded = text.casefold()
    if folded.isascii():
        return folded
    return _MARKS.sub("", unicodedata.normalize("NFKD", folded))


def find_all(needle: str, text: str) -> list[tuple[int, int]]:
    """(start, length) in `text` of every non-overlapping folded match of `needle`."""
    folded_needle = fold(needle)
    if not folded_needle:
        return []
    folded: list[str] = []
    origin: list[int] = []  # origin[k] = index in `text` of folded character k
    for i, char in enumerate(text):
        for f in _fold_char(char):
            folded.append(f)
            origin.append(i)
    haystack = "".join(folded)
    matches: list[tuple[int, int]] = []
    at = haystack.find(folded_needle)
    while at >= 0:
        end_k = at + len(folded_needle)
        start = origin[at]
        end = origin[end_k - 1] + 1
        while end < len(text) and _MARKS.match(text[end]):  # keep a decomposed "a" + "¨" whole
            end += 1
        matches.append((start, end - start))
        at = haystack.find(folded_needle, end_k)
    return matches
