"""About how many pages the document has, for the cached result of the footer's NUMPAGES.

Word and LibreOffice compute PAGE and NUMPAGES when they lay the document out; the
value written in the file is what readers that do not lay out show (python-docx,
text extractors, search indexes). A rough line count per paragraph, from the style
table, gets that close enough to be sensible: within a page or so of LibreOffice.
"""

from __future__ import annotations

import math

from seminarnotes.export.styles import LIST_STEP, STYLES, TEXT_WIDTH

PAGE_HEIGHT_PT = (297 - 2 * 25) / 25.4 * 72  # A4 less the top and bottom margins
LINE_FACTOR = 1.15 * 264 / 240  # Arial's line height times the Normal style's 1.1 lines
CHAR_EM = 0.47  # average width of a character of Swedish or English text in Arial, in ems


def _metrics() -> dict[str, tuple[float, float, float]]:
    """Per style id: (size, space before + after, left indent) in points, inheritance resolved."""
    by_id = {s.style_id: s for s in STYLES}

    def inherited(style_id: str | None, name: str) -> float | None:
        while style_id:
            value = getattr(by_id[style_id], name)
            if value is not None:
                return value
            style_id = by_id[style_id].based_on
        return None

    out = {}
    for s in STYLES:
        size = inherited(s.style_id, "size") or 11
        space = (inherited(s.style_id, "before") or 0) + (inherited(s.style_id, "after") or 0)
        indent = LIST_STEP * (s.list_level + 1) if s.list_level is not None else inherited(s.style_id, "ind_left") or 0
        out[s.style_id] = (size, space, indent / 20)
    return out


_METRICS = _metrics()


class PageTally:
    """Adds up the paragraphs content.py writes, in order; `pages` is the estimate so far."""

    def __init__(self) -> None:
        self.pages = 1
        self._used = 0.0  # points of the current page

    def add(self, style_id: str, text: str, indent: int | None = None, new_page: bool = False) -> None:
        """One paragraph of `text` in `style_id`; `indent` (twips) when not the style's own."""
        size, space, style_indent = _METRICS.get(style_id, _METRICS["Normal"])
        if new_page and self._used:
            self.pages, self._used = self.pages + 1, 0.0
        width = TEXT_WIDTH / 20 - (style_indent if indent is None else indent / 20)
        per_line = max(1.0, width / (size * CHAR_EM))
        lines = max(1, math.ceil(len(text) / per_line)) + text.count("\n")
        height = lines * size * LINE_FACTOR + space
        if self._used and self._used + height > PAGE_HEIGHT_PT:
            self.pages, self._used = self.pages + 1, 0.0
        self._used += height
