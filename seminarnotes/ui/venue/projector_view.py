"""The projector view: a window without menus that shows a slide (slide.py) in large
type, for the room to read and correct on the spot.

The session's question stands small at the top and stays there; the group's name and
its points scroll under it, drawn as the editor draws them (look.py: the same bullets,
indents and highlight shading, at the view's size). The point being typed is always
on screen, and so is the name of its group: when the name has scrolled away, it stays
pinned under the question, so the room always knows whose notes it reads. The window
never takes the keyboard: the documenter goes on typing in the main window (it says
`activated` if a platform made it active anyway).

Text size is relative to the window's height (1.0: about fourteen lines of points on
the screen), so it suits a projector whatever its resolution.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QContextMenuEvent,
    QFont,
    QFontInfo,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
    QTextDocument,
    QTextOption,
    QWheelEvent,
)
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from seminarnotes.ui.editor.document import EMPTY as EMPTY_POINTS
from seminarnotes.ui.editor.document import PointDocument, safe_points
from seminarnotes.ui.editor.look import paint_outline
from seminarnotes.ui.venue.slide import EMPTY, Section, Slide

LINES = 20.0  # the body's font is the height / LINES at text size 1.0 (line spacing makes ~14 lines)
SIZES = (0.5, 0.6, 0.7, 0.8, 0.9, 1.0, 1.15, 1.3, 1.5, 1.75, 2.0, 2.5)
_QUESTION, _NAME = 0.55, 1.2  # the question's and a group name's size, against the points'
_WHEEL_NOTCH = 120


@dataclass(frozen=True)
class Colours:
    """High-contrast colours: the page, the text, the question's quieter text and the
    rule under the question."""

    page: QColor
    ink: QColor
    quiet: QColor
    rule: QColor


LIGHT = Colours(QColor("#ffffff"), QColor("#000000"), QColor("#333333"), QColor("#a0a0a0"))
DARK = Colours(QColor("#000000"), QColor("#ffffff"), QColor("#d0d0d0"), QColor("#707070"))


def _palette(page: QColor, ink: QColor) -> QPalette:
    palette = QPalette()
    for role in (QPalette.ColorRole.Base, QPalette.ColorRole.Window):
        palette.setColor(role, page)
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText):
        palette.setColor(role, ink)
    return palette


def _plain_document(text: str, font: QFont, width: float) -> QTextDocument:
    document = QTextDocument()
    document.setDocumentMargin(0)
    document.setDefaultFont(font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    document.setDefaultTextOption(option)
    document.setPlainText(text)
    document.setTextWidth(width)
    return document


class _SectionView:
    """One group as laid out: its name and its points (a PointDocument, so a keystroke
    rewrites one block, not the group)."""

    def __init__(self, section: Section, name_font: QFont, font: QFont, scale: float, width: float) -> None:
        self.section = section
        self.name = _plain_document(section.name, name_font, width)
        self.document = QTextDocument()
        self.document.setDocumentMargin(0)
        self.document.setDefaultFont(font)
        self.points = PointDocument(self.document, on_user_edit=lambda: None, on_rewrite=lambda: None)
        self.points.scale = scale
        self.points.load(safe_points(list(section.points)))
        self.document.setTextWidth(width)

    def update(self, section: Section) -> float | None:
        """The same group again: only what changed is written (a key: one block). Returns
        where the change starts, from the section's top (0: its name; None: no change)."""
        old, self.section = self.section, section
        changed: float | None = None
        if section.name != old.name:
            self.name.setPlainText(section.name)
            changed = 0.0
        if section.points is not old.points and section.points != old.points:
            first = next((k for k, (a, b) in enumerate(zip(old.points, section.points, strict=False)) if a != b),
                         min(len(old.points), len(section.points)))
            self.points.apply(list(section.points) or list(EMPTY_POINTS))  # as the editor has them: no repair
            if changed is None:
                block = self.document.findBlockByNumber(max(0, first - 1))  # a merge changes the point before
                top = self.document.documentLayout().blockBoundingRect(block).top() if old.points else 0.0
                changed = self.nameHeight() + top
        return changed

    def nameHeight(self) -> float:
        return self.name.size().height() if self.section.name else 0.0

    def pointsHeight(self) -> float:
        return self.document.size().height() if self.section.points else 0.0


class ProjectorView(QWidget):
    """A slide in large type, in a window of its own that never takes the keyboard."""

    activated = Signal()
    """A platform made this window active after all: the documenter's window should be again."""
    zoomRequested = Signal(int)
    """Ctrl+wheel over the view: text size a step up (1) or down (-1)."""
    fullScreenRequested = Signal()
    """A double click: full screen on or off."""

    def __init__(self, parent: QWidget | None = None) -> None:
        """`parent`: the documenter's window, which the view stays in front of on a shared screen."""
        super().__init__(parent, Qt.WindowType.Window | Qt.WindowType.WindowDoesNotAcceptFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setAttribute(Qt.WidgetAttribute.WA_QuitOnClose, False)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setWindowTitle(self.tr("Projector view \u2014 Seminarnotes"))
        self.setMinimumSize(240, 180)
        self._slide = EMPTY
        self._size = 1.0
        self._colours = LIGHT
        self._menu: QMenu | None = None
        self._sections: list[_SectionView] = []
        self._question: QTextDocument | None = None
        self._heading: QTextDocument | None = None
        self._scroll = 0.0
        self._wheel = 0
        self._inFront = False  # stays in front of other windows (it shares the documenter's screen)
        self._blocked = False  # a dialog of the program waits for an answer
        self._fonts()

    # --- what it shows -----------------------------------------------------------------

    def setSlide(self, slide: Slide) -> None:
        """Show `slide`; the point being typed comes on screen. After a key only the view
        from the changed point down is painted again (unless it scrolled)."""
        previous, self._slide = self._slide, slide
        scroll = self._scroll
        changed: float | None = None  # where the paint starts, in the scrolling body
        same_groups = [s.group_id for s in slide.sections] == [v.section.group_id for v in self._sections]
        if same_groups and slide.question == previous.question and slide.heading == previous.heading:
            for view, section, top in zip(self._sections, slide.sections, self._sectionTops(), strict=True):
                start = view.update(section)
                if start is not None and changed is None:
                    changed = top + start
        else:
            if not same_groups:
                self._scroll = 0.0
            self._layOut()
            changed = -1.0  # all of it
        self._follow()
        if changed is None and scroll == self._scroll:
            return
        if scroll != self._scroll or changed is None or changed < 0:
            self.update()
        else:
            top = max(0, int(self._headerHeight() + changed - self._scroll))
            self.update(0, top, self.width(), self.height() - top)

    def slide(self) -> Slide:
        return self._slide

    def setTextSize(self, size: float) -> None:
        """The text `size` times the normal large type (SIZES)."""
        if size != self._size:
            self._size = size
            self._fonts()
            self._layOut()
            self._follow()
            self.update()

    def textSize(self) -> float:
        return self._size

    def setDark(self, dark: bool) -> None:
        """Light text on black, or black text on white."""
        self._colours = DARK if dark else LIGHT
        self.update()

    def isDark(self) -> bool:
        return self._colours is DARK

    def setInFront(self, inFront: bool) -> None:
        """Stay in front of the documenter's window, which shares its screen: when a menu or
        a click raises that window, the room still sees only the notes. A dialog of the
        program comes in front of it all the same, while it waits for an answer."""
        self._inFront = inFront
        self._stayInFront()

    def _stayInFront(self) -> None:
        handle = self.windowHandle()
        if handle is None:
            return
        on = self._inFront and not self._blocked
        if bool(handle.flags() & Qt.WindowType.WindowStaysOnTopHint) != on:
            handle.setFlag(Qt.WindowType.WindowStaysOnTopHint, on)  # the window's own flag: no hide and show again
        if self._blocked:
            self.lower()

    def setContextMenu(self, menu: QMenu) -> None:
        """The menu a right click opens (the projector's options)."""
        self._menu = menu

    # --- what the room sees (for tests and accessibility) --------------------------------

    def visibleText(self) -> str:
        """The lines of text that are on screen now, top to bottom."""
        lines: list[str] = []
        if self._question is not None:
            lines.append(self._question.toPlainText())
        if self._heading is not None:
            lines.append(self._heading.toPlainText())
        top, bottom = self._scroll, self._scroll + self._bodyHeight()
        pinned, covered = self._pinned()
        for index, (view, y) in enumerate(zip(self._sections, self._sectionTops(), strict=True)):
            if index == pinned:
                lines.append(view.section.name)
                top = self._scroll + covered  # what the pinned name covers is not seen
            elif view.section.name and y < bottom and y + view.nameHeight() > top:
                lines.append(view.section.name)
            y += view.nameHeight()
            if not view.section.points:
                continue
            block = view.document.firstBlock()
            while block.isValid():
                rect = view.document.documentLayout().blockBoundingRect(block)
                if y + rect.top() < bottom and y + rect.bottom() > top:
                    lines.append(view.section.points[block.blockNumber()].text)
                block = block.next()
        return "\n".join(line for line in lines if line)

    def pointOnScreen(self, section: int, point: int) -> bool:
        """Whether the whole of a point is on screen."""
        rect = self._pointRect(section, point)
        pinned, covered = self._pinned()
        top = self._scroll + (covered if pinned == section else 0.0)
        return rect is not None and rect.top() >= top - 0.5 and (
            rect.bottom() <= self._scroll + self._bodyHeight() + 0.5)

    # --- layout --------------------------------------------------------------------------

    def _fonts(self) -> None:
        base = QApplication.font()
        body = max(8.0, min(self.height(), self.width() * 0.75) / LINES * self._size)
        self._font = QFont(base)
        self._font.setPixelSize(round(body))
        self._nameFont = QFont(base)
        self._nameFont.setPixelSize(round(body * _NAME))
        self._nameFont.setBold(True)
        self._questionFont = QFont(base)
        self._questionFont.setPixelSize(max(8, round(body * _QUESTION)))
        normal = QFontInfo(base).pixelSize() or 13
        self._scale = body / normal  # the editor's indents and bullets, grown with the text
        self._margin = max(12.0, body * 0.9)

    def _textWidth(self) -> float:
        return max(50.0, self.width() - 2 * self._margin)

    def _layOut(self) -> None:
        slide, width = self._slide, self._textWidth()
        self._sections = [_SectionView(s, self._nameFont, self._font, self._scale, width) for s in slide.sections]
        if slide.sections:
            self._heading = None
            self._question = _plain_document(slide.question, self._questionFont, width) if slide.question else None
        else:  # a session or the seminar: its name large, the question at reading size
            self._heading = _plain_document(slide.heading, self._nameFont, width) if slide.heading else None
            self._question = _plain_document(slide.question, self._font, width) if slide.question else None

    def _headerHeight(self) -> float:
        """The part that does not scroll: the question (or, without groups, heading and question)."""
        height = self._margin * 0.6
        if self._heading is not None:
            height += self._heading.size().height() + self._margin * 0.4
        if self._question is not None:
            height += self._question.size().height() + self._margin * 0.6
        return height

    def _bodyHeight(self) -> float:
        return max(1.0, self.height() - self._headerHeight())

    def _sectionTops(self) -> list[float]:
        tops, y = [], 0.0
        for view in self._sections:
            tops.append(y)
            y += view.nameHeight() + view.pointsHeight() + self._margin * 0.8
        return tops

    def _contentHeight(self) -> float:
        if not self._sections:
            return 0.0
        last = self._sections[-1]
        return self._sectionTops()[-1] + last.nameHeight() + last.pointsHeight() + self._margin * 0.5

    def _pointRect(self, section: int, point: int) -> QRectF | None:
        """A point's place in the scrolling body (y from the body's top, unscrolled)."""
        if not 0 <= section < len(self._sections):
            return None
        view = self._sections[section]
        block = view.document.findBlockByNumber(point)
        if not view.section.points or not block.isValid():
            return None
        rect = view.document.documentLayout().blockBoundingRect(block)
        return rect.translated(0, self._sectionTops()[section] + view.nameHeight())

    def _pinned(self) -> tuple[int, float]:
        """The section whose name is pinned at the top of the body (scrolled away while its
        points are still on screen below it) and the height it covers; (-1, 0) for none."""
        scroll = self._scroll
        for index, (view, top) in enumerate(zip(self._sections, self._sectionTops(), strict=True)):
            name = view.nameHeight()
            if view.section.name and top < scroll and top + name + view.pointsHeight() - scroll > name:
                return index, name
        return -1, 0.0

    def _follow(self) -> None:
        """Scroll as little as needed for the point being typed to be on screen, under its
        group's name: the name scrolled with it while both fit, else pinned above it."""
        body, slide = self._bodyHeight(), self._slide
        if 0 <= slide.live < len(self._sections):
            top = self._sectionTops()[slide.live]
            name = self._sections[slide.live].nameHeight()
            point = self._pointRect(slide.live, slide.current)
            first, last = (top, top + name) if point is None else (point.top(), point.bottom())
            pad = self._margin * 0.4
            if last - top + pad <= body:
                first = top  # the name and everything down to the point fit: all of it
            under = 0.0 if first <= top else name  # else the pinned name stands above the point
            if first - under < self._scroll:
                self._scroll = first - under
            elif last + pad > self._scroll + body:
                self._scroll = min(last + pad - body, first - under)  # a point taller than the body: its start
        self._scroll = max(0.0, min(self._scroll, self._contentHeight() - body))

    # --- Qt ------------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._fonts()
        self._layOut()
        self._follow()
        super().resizeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        colours = self._colours
        painter = QPainter(self)
        painter.fillRect(event.rect(), colours.page)
        ink, quiet = _palette(colours.page, colours.ink), _palette(colours.page, colours.quiet)
        header = self._headerHeight()
        y = self._margin * 0.6
        if self._heading is not None:
            self._draw(painter, self._heading, QPointF(self._margin, y), ink, 0, self.height())
            y += self._heading.size().height() + self._margin * 0.4
        if self._question is not None:
            self._draw(painter, self._question, QPointF(self._margin, y), ink if self._heading else quiet, 0,
                       self.height())
        if self._sections and self._question is not None:  # the question apart from the notes
            rule = header - self._margin * 0.3
            painter.fillRect(QRectF(self._margin, rule, self.width() - 2 * self._margin, max(1.0, self._scale)),
                             colours.rule)
        painter.setClipRect(QRectF(0, header, self.width(), self.height() - header))
        bottom = float(min(self.height(), event.rect().bottom() + 1))
        shown = max(header, float(event.rect().top()))  # what is painted now starts there
        for view, top in zip(self._sections, self._sectionTops(), strict=True):
            y = header + top - self._scroll
            if y > bottom:
                break
            if view.section.name and y + view.nameHeight() > shown:
                self._draw(painter, view.name, QPointF(self._margin, y), ink, header, bottom)
            y += view.nameHeight()
            if view.section.points and y + view.pointsHeight() > shown:
                first = view.document.documentLayout().hitTest(QPointF(0, max(0.0, shown - y)),
                                                                Qt.HitTestAccuracy.FuzzyHit)
                block = view.document.findBlock(max(0, first))
                paint_outline(painter, view.document, block, QPointF(self._margin, y), bottom, ink, self._scale)
                self._draw(painter, view.document, QPointF(self._margin, y), ink, shown, bottom)
        pinned, covered = self._pinned()
        if pinned >= 0:
            painter.fillRect(QRectF(0, header, self.width(), covered), colours.page)
            self._draw(painter, self._sections[pinned].name, QPointF(self._margin, header), ink, header, bottom)
        painter.end()

    def _draw(self, painter: QPainter, document: QTextDocument, at: QPointF, palette: QPalette, top: float,
              bottom: float) -> None:
        """Draw `document` with its top left at `at`, the part between `top` and `bottom` (view's y)."""
        painter.save()
        painter.translate(at)
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette = palette
        context.clip = QRectF(0, top - at.y(), document.textWidth(), bottom - top)
        document.documentLayout().draw(painter, context)
        painter.restore()

    def wheelEvent(self, event: QWheelEvent) -> None:
        """Ctrl+wheel: text size; the wheel alone scrolls (the next keystroke brings the
        point being typed back on screen)."""
        delta = event.angleDelta().y()
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self._wheel += delta
            while abs(self._wheel) >= _WHEEL_NOTCH:
                step = 1 if self._wheel > 0 else -1
                self._wheel -= step * _WHEEL_NOTCH
                self.zoomRequested.emit(step)
        else:
            body = self._bodyHeight()
            self._scroll = max(0.0, min(self._scroll - delta / _WHEEL_NOTCH * self._font.pixelSize() * 3,
                                        self._contentHeight() - body))
            self.update()
        event.accept()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        """A double click: full screen on or off (a screen mirrored to the projector)."""
        if event.button() == Qt.MouseButton.LeftButton:
            self.fullScreenRequested.emit()
        event.accept()

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        if self._menu is not None:
            self._menu.popup(event.globalPos())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            self.activated.emit()
        super().changeEvent(event)

    def event(self, event: QEvent) -> bool:
        """A modal dialog of the program blocks the view as well: it steps back until the
        dialog is answered."""
        if event.type() in (QEvent.Type.WindowBlocked, QEvent.Type.WindowUnblocked):
            self._blocked = event.type() == QEvent.Type.WindowBlocked
            self._stayInFront()
            if not self._blocked and self._inFront:
                self.raise_()
        return super().event(event)

