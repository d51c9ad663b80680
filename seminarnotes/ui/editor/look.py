"""How a point looks in the editor: its block format, bullets, highlight shading.

A point's level and kind live in its QTextBlockFormat as user properties, so the
document itself is the outline; everything visible (indent, bullet, shading,
italic) is derived from those two values and never stored as text formatting,
so copying or saving can never pick up stray formatting.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QPainter,
    QPalette,
    QSyntaxHighlighter,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextDocument,
    QTextFormat,
)

from seminarnotes import look
from seminarnotes.core.outline import KINDS, MAX_LEVEL, Point

LEVEL_PROPERTY = QTextFormat.Property.UserProperty + 1
KIND_PROPERTY = QTextFormat.Property.UserProperty + 2

BULLET_COLUMN = 22.0  # room left of level-0 text for its bullet
INDENT_STEP = 26.0  # extra left margin per level
LINE_SEPARATOR = "\u2028"  # Shift+Enter: a line break inside one point

_HIGHLIGHT_TINT = QColor(f"#{look.HIGHLIGHT_RULE}")  # the Word export's highlight colours
_HIGHLIGHT_BORDER = QColor(f"#{look.HIGHLIGHT_RULE}")


def block_format(level: int, kind: str, scale: float = 1.0) -> QTextBlockFormat:
    """The one block format a point of this level and kind has; `scale` grows the
    bullet column, the indents and the spacing with the text (zoom, the projector)."""
    fmt = QTextBlockFormat()
    fmt.setProperty(LEVEL_PROPERTY, level)
    fmt.setProperty(KIND_PROPERTY, kind)
    fmt.setLeftMargin((BULLET_COLUMN + level * INDENT_STEP) * scale)
    fmt.setTopMargin((4 if kind == "highlight" else 2) * scale)
    fmt.setBottomMargin((4 if kind == "highlight" else 2) * scale)
    return fmt


def block_level(block: QTextBlock) -> int:
    """The block's level, 0 when unset or out of range (e.g. a foreign block)."""
    value = block.blockFormat().property(LEVEL_PROPERTY)
    return value if isinstance(value, int) and 0 <= value <= MAX_LEVEL else 0


def block_kind(block: QTextBlock) -> str:
    value = block.blockFormat().property(KIND_PROPERTY)
    return value if value in KINDS else "point"


def block_point(block: QTextBlock) -> Point:
    """The point a block holds; line separators become "\\n"."""
    return Point(block.text().replace(LINE_SEPARATOR, "\n"), block_level(block), block_kind(block))


def block_matches(block: QTextBlock, point: Point) -> bool:
    """True when the block's format already says this point's level and kind."""
    fmt = block.blockFormat()
    return fmt.property(LEVEL_PROPERTY) == point.level and fmt.property(KIND_PROPERTY) == point.kind


def block_text(point: Point) -> str:
    return point.text.replace("\r\n", "\n").replace("\r", "\n").replace("\n", LINE_SEPARATOR)


class HighlightItalics(QSyntaxHighlighter):
    """Shows highlight points in italic without putting italic into the text."""

    def highlightBlock(self, text: str) -> None:
        if text and block_kind(self.currentBlock()) == "highlight":
            fmt = QTextCharFormat()
            fmt.setFontItalic(True)
            self.setFormat(0, len(text), fmt)


def _mix(a: QColor, b: QColor, amount: float) -> QColor:
    return QColor(
        round(a.red() + (b.red() - a.red()) * amount),
        round(a.green() + (b.green() - a.green()) * amount),
        round(a.blue() + (b.blue() - a.blue()) * amount),
    )


def paint_outline(painter: QPainter, document: QTextDocument, first: QTextBlock,
                  offset: QPointF, bottom: float, palette: QPalette, scale: float = 1.0) -> None:
    """Draw bullets and highlight shading for the visible blocks, under the text;
    `scale` is the one the blocks' formats were made with (block_format).

    Colours come from the palette each time, so dark mode stays readable."""
    base = palette.color(QPalette.ColorRole.Base)
    dark = base.lightness() < 128
    shade = _mix(base, _HIGHLIGHT_TINT, 0.35 if dark else 0.09)  # on white: about the export's EEF3F8
    border = _HIGHLIGHT_BORDER.lighter(160) if dark else _HIGHLIGHT_BORDER
    ink = palette.color(QPalette.ColorRole.Text)
    margin = document.documentMargin()
    right = document.textWidth() - margin if document.textWidth() > 0 else document.size().width() - margin
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    block = first
    while block.isValid():
        layout = block.layout()
        if layout is None or layout.lineCount() == 0:
            block = block.next()
            continue
        origin = layout.position() + offset
        if origin.y() > bottom:
            break
        level, kind = block_level(block), block_kind(block)
        text_left = margin + (BULLET_COLUMN + level * INDENT_STEP) * scale + offset.x()
        first_line = layout.lineAt(0)
        last_line = layout.lineAt(layout.lineCount() - 1)
        if kind == "highlight":
            top = origin.y() + first_line.y() - 3 * scale
            height = last_line.y() + last_line.height() - first_line.y() + 6 * scale
            box = QRectF(text_left - 14 * scale, top, right + offset.x() - (text_left - 14 * scale), height)
            painter.fillRect(box, shade)
            painter.fillRect(QRectF(box.left(), box.top(), 3.5 * scale, box.height()), border)
        else:
            centre_y = origin.y() + first_line.y() + first_line.ascent() * 0.62
            _draw_bullet(painter, level, QPointF(text_left - 12 * scale, centre_y), first_line.ascent(), ink, scale)
        block = block.next()


def _draw_bullet(painter: QPainter, level: int, centre: QPointF, ascent: float, ink: QColor,
                 scale: float = 1.0) -> None:
    """Disc, circle, square for levels 0, 1, 2, as Word's bullet list styles."""
    size = max(4.0, ascent * 0.30)
    rect = QRectF(centre.x() - size / 2, centre.y() - size / 2, size, size)
    painter.save()
    if level == 0:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(ink)
        painter.drawEllipse(rect)
    elif level == 1:
        pen = painter.pen()
        pen.setColor(ink)
        pen.setWidthF(1.2 * scale)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(rect.adjusted(0.5, 0.5, -0.5, -0.5))
    else:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(ink)
        painter.drawRect(rect.adjusted(0.5, 0.5, -0.5, -0.5))
    painter.restore()
