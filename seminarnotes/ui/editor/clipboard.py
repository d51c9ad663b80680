"""Clipboard contents for the point editor: what a copy puts there, what a paste takes.

Copies of whole points (a point's whole text, or a selection across points) carry
plain text (a tab per level, for e-mail and Word) and a private MIME type with each
point's own level and kind, so a cut and paste inside Seminarnotes moves points with
their levels and highlights. Pastes never bring foreign formatting: HTML becomes
plain lines.
"""

from __future__ import annotations

import json
import re

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QTextCursor, QTextDocument, QTextDocumentFragment

from seminarnotes.core.outline import KINDS, MAX_LEVEL, Point, whole_point_span
from seminarnotes.ui.editor.cursor import py_index
from seminarnotes.ui.editor.look import block_point

POINTS_MIME = "application/x-seminarnotes-points"

_LINE_BREAKS = re.compile(r"\r\n|[\r\u2028\u2029\x0b\x0c\x85]")


def points_to_mime(points: list[Point]) -> QMimeData:
    """Points as plain text (a tab per level below the shallowest) and as our own type
    (each point's own level and kind)."""
    top = min((p.level for p in points), default=0)
    lines = []
    for point in points:
        tabs = "\t" * (point.level - top)
        lines.append(tabs + point.text.replace("\n", "\n" + tabs))
    mime = QMimeData()
    mime.setText("\n".join(lines))
    payload = [{"text": p.text, "level": p.level, "kind": p.kind} for p in points]
    mime.setData(POINTS_MIME, json.dumps(payload, ensure_ascii=False).encode("utf-8"))
    return mime


def points_from_mime(mime: QMimeData) -> list[Point] | None:
    """Our own points from the clipboard (their own levels), or None if there are none."""
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


def whole_points_selected(cursor: QTextCursor) -> tuple[int, int] | None:
    """The points the cursor's selection covers whole (core.outline.whole_point_span),
    as start..stop, or None when it covers only part of a point or nothing."""
    if not cursor.hasSelection():
        return None
    document = cursor.document()
    first = document.findBlock(cursor.selectionStart())
    last = document.findBlock(cursor.selectionEnd())
    ends = {first.blockNumber(): block_point(first), last.blockNumber(): block_point(last)}
    start = (first.blockNumber(), py_index(first.text(), cursor.selectionStart() - first.position()))
    end = (last.blockNumber(), py_index(last.text(), cursor.selectionEnd() - last.position()))
    return whole_point_span(ends, start, end)


def points_between(document: QTextDocument, start: int, stop: int) -> list[Point]:
    """Points start..stop-1 as the document holds them."""
    return [block_point(document.findBlockByNumber(k)) for k in range(start, stop)]
