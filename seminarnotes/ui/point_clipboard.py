"""Clipboard contents for the point editor: what a copy puts there, what a paste takes.

Copies across points carry plain text (a tab per level, for e-mail and Word) and a
private MIME type with levels and kinds, so highlights survive a copy and paste
inside Seminarnotes. Pastes never bring foreign formatting: HTML becomes plain lines.
"""

from __future__ import annotations

import json
import re

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QTextDocumentFragment

from seminarnotes.core.outline import KINDS, MAX_LEVEL, Point

POINTS_MIME = "application/x-seminarnotes-points"

_LINE_BREAKS = re.compile(r"\r\n|[\r\u2028\u2029\x0b\x0c\x85]")


def points_to_mime(points: list[Point]) -> QMimeData:
    """Points (levels relative to the shallowest) as plain text and as our own type."""
    top = min((p.level for p in points), default=0)
    relative = [Point(p.text, p.level - top, p.kind) for p in points]
    lines = []
    for point in relative:
        tabs = "\t" * point.level
        lines.append(tabs + point.text.replace("\n", "\n" + tabs))
    mime = QMimeData()
    mime.setText("\n".join(lines))
    payload = [{"text": p.text, "level": p.level, "kind": p.kind} for p in relative]
    mime.setData(POINTS_MIME, json.dumps(payload, ensure_ascii=False).encode("utf-8"))
    return mime


def points_from_mime(mime: QMimeData) -> list[Point] | None:
    """Our own points from the clipboard (relative levels), or None if there are none."""
    if not mime.hasFormat(POINTS_MIME):
        return None
    try:
        payload = json.loads(bytes(mime.data(POINTS_MIME).data()).decode("utf-8"))
        points = [
            Point(str(item["text"]), max(0, min(MAX_LEVEL, int(item["level"]))),
                  item["kind"] if item.get("kind") in KINDS else "point")
            for item in payload
        ]
    except (ValueError, TypeError, KeyError, AttributeError):
        return None
    return points or None


def plain_text_of(mime: QMimeData) -> str:
    """The clipboard as plain text with "\\n" line ends; HTML only if there is no text."""
    if mime.hasText():
        text = mime.text()
    elif mime.hasHtml():
        text = QTextDocumentFragment.fromHtml(mime.html()).toPlainText()
    else:
        return ""
    return _LINE_BREAKS.sub("\n", text).replace("\x00", "")


def one_line(text: str) -> str:
    """Text for inside one point: tabs become spaces; several lines are joined with
    one space each (a single line keeps its own spaces)."""
    text = text.replace("\t", " ")
    lines = [line for line in text.split("\n") if line.strip()]
    if len(lines) <= 1:
        return lines[0] if lines else ""
    return " ".join(line.strip() for line in lines)
