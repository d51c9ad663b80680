"""Dark rooms and dark systems: View ▸ Appearance forces light or dark, the program
follows the system otherwise, the choice is remembered, and in the dark the editor's
bullets, its highlight shading and the find bar's match stay readable (measured on
the editor as drawn: WCAG contrast of the pixels)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPalette, QTextCursor
from PySide6.QtWidgets import QApplication

from seminarnotes.core.library import Library
from seminarnotes.ui.venue import appearance
from seminarnotes.ui.window.main_window import MainWindow
from tests.helpers import show_window, type_text

CTRL = Qt.KeyboardModifier.ControlModifier


def luminance(colour: QColor) -> float:
    def linear(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * linear(colour.redF()) + 0.7152 * linear(colour.greenF()) + 0.0722 * linear(colour.blueF())


def contrast(a: QColor, b: QColor) -> float:
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def best_contrast(image: QImage, against: QColor, x0: int, x1: int, y0: int, y1: int) -> float:
    """The strongest contrast to `against` among the pixels of a region (the ink drawn there)."""
    return max(contrast(image.pixelColor(x, y), against) for x in range(x0, x1) for y in range(y0, y1))


@pytest.fixture(autouse=True)
def back_to_the_system() -> Iterator[None]:
    yield
    appearance.apply(appearance.SYSTEM)  # the next test's window starts from the platform's colours


@pytest.fixture
def window(qtbot, library: Library, seminar_id: int) -> MainWindow:
    return show_window(qtbot, library)


def choose(window: MainWindow, mode: str) -> None:
    """View ▸ Appearance ▸ (Follow the system | Light | Dark)."""
    texts = {appearance.SYSTEM: "Follow the &system", appearance.LIGHT: "&Light", appearance.DARK: "&Dark"}
    action = next(a for a in window.windowActions.appearanceMenu.actions() if a.text() == texts[mode])
    action.trigger()


def test_dark_is_chosen_in_the_view_menu_and_remembered(qtbot, window: MainWindow, library: Library) -> None:
    assert not appearance.is_dark(QApplication.palette())  # the offscreen platform is light
    choose(window, appearance.DARK)
    assert appearance.is_dark(QApplication.palette())
    qtbot.waitUntil(lambda: appearance.is_dark(window.editor.palette()) and appearance.is_dark(window.tree.palette()))
    window.close()
    appearance.apply(appearance.SYSTEM)
    again = show_window(qtbot, library)
    assert appearance.is_dark(QApplication.palette())
    assert again.appearance.actions[appearance.DARK].isChecked()
    choose(again, appearance.LIGHT)
    assert not appearance.is_dark(QApplication.palette())
    assert QSettings().value("appearance/scheme") == "light"


def test_it_follows_the_system_unless_forced(qtbot, window: MainWindow, monkeypatch) -> None:
    assert window.appearance.mode() == appearance.SYSTEM
    monkeypatch.setattr(appearance, "system_scheme", lambda: Qt.ColorScheme.Dark)
    QGuiApplication.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    qtbot.waitUntil(lambda: appearance.is_dark(QApplication.palette()))
    choose(window, appearance.LIGHT)  # a projector room: light, whatever the system says
    assert not appearance.is_dark(QApplication.palette())
    QGuiApplication.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    qtbot.wait(20)
    assert not appearance.is_dark(QApplication.palette())
    monkeypatch.setattr(appearance, "system_scheme", lambda: Qt.ColorScheme.Light)
    choose(window, appearance.SYSTEM)
    assert not appearance.is_dark(QApplication.palette())


def test_in_the_dark_bullets_highlights_and_find_marks_stay_readable(qtbot, window: MainWindow, library: Library,
                                                                    seminar_id: int) -> None:
    choose(window, appearance.DARK)
    editor = window.editor
    qtbot.waitUntil(lambda: appearance.is_dark(editor.palette()))
    tree = library.seminar_tree(seminar_id)
    window.page.select("group", tree[0].groups[0].id)  # Köping: a point and a sub-point, with bullets
    qtbot.wait(10)
    image = editor.viewport().grab().toImage()
    base = editor.palette().color(QPalette.ColorRole.Base)
    assert base.lightness() < 64 and image.pixelColor(image.width() - 5, image.height() - 5) == base
    first = editor.cursorRect(QTextCursor(editor.document().firstBlock()))  # where the first point's text starts
    bullet_column = (0, first.left() - 2, first.top(), first.bottom())
    assert best_contrast(image, base, *bullet_column) >= 7  # the bullet
    assert best_contrast(image, base, first.left(), first.left() + 60, first.top(), first.bottom()) >= 7  # text

    window.page.select("group", tree[0].groups[1].id)  # Västerås: "Dialog", a highlight
    qtbot.wait(10)
    image = editor.viewport().grab().toImage()
    line = editor.cursorRect(QTextCursor(editor.document().firstBlock()))
    shade = image.pixelColor(image.width() - 12, line.center().y())
    assert shade != base and contrast(shade, base) < 2  # shaded, and still a dark box
    assert best_contrast(image, shade, line.left(), line.left() + 50, line.top(), line.bottom()) >= 7

    window.page.select("group", tree[0].groups[0].id)
    qtbot.keyClick(editor, Qt.Key.Key_F, CTRL)
    qtbot.waitUntil(window.findBar.edit.hasFocus)
    type_text(qtbot, window.findBar.edit, "APT")
    qtbot.keyClick(window.findBar.edit, Qt.Key.Key_Return)
    assert editor.textCursor().selectedText() == "APT" and window.findBar.edit.hasFocus()
    image = editor.viewport().grab().toImage()
    mark = editor.palette().color(QPalette.ColorGroup.Inactive, QPalette.ColorRole.Highlight)
    rect = editor.cursorRect()  # the end of the match
    drawn = {image.pixelColor(x, rect.center().y()).name() for x in range(max(0, rect.left() - 30), rect.left())}
    assert mark.name() in drawn  # the match is marked while the keys are in the find bar
    marked = editor.palette().color(QPalette.ColorGroup.Inactive, QPalette.ColorRole.HighlightedText)
    assert contrast(mark, marked) >= 4.5 and contrast(mark, base) >= 1.5
