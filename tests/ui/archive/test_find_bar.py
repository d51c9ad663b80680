"""The find bar: matches in group names and points, in reading order across groups
and sessions, with Enter/Shift+Enter/F3, an "n of m" count, and Escape to close."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from seminarnotes.core.library import Library
from seminarnotes.core.outline import Point
from seminarnotes.ui.archive.find_bar import FindBar
from tests.helpers import show, type_text


@pytest.fixture
def bar(qtbot, library: Library, resk_id: int) -> FindBar:  # noqa: ANN001 - qtbot
    widget = FindBar(library)
    widget.setSeminar(resk_id)
    return show(qtbot, widget, 700, 40)




def _group(library: Library, name: str) -> int:
    """The id of the group called `name` in the library's one seminar (RESK 2014)."""
    return next(g.id for s in library.seminar_tree(library.newest_seminar_id()) for g in s.groups if g.name == name)


def _record(bar: FindBar) -> list[tuple[int, int, int, int]]:
    found: list[tuple[int, int, int, int]] = []
    bar.matchFound.connect(lambda *args: found.append(args))
    return found


def test_typing_finds_the_first_match_and_counts_them_all(
        qtbot, bar: FindBar, library: Library) -> None:  # noqa: ANN001
    found = _record(bar)
    assert QApplication.focusWidget() is bar.edit
    qtbot.keyClicks(bar.edit, "APT")
    assert bar.countLabel.text() == "1 of 5"
    text = library.points(_group(library, "Kungsör/Köping"))[0].text
    group, point, start, length = found[-1]
    assert (group, point) == (_group(library, "Kungsör/Köping"), 0)
    assert text[start:start + length] == "APT"


def test_next_moves_across_groups_and_sessions_and_wraps(qtbot, bar: FindBar, library: Library) -> None:  # noqa: ANN001
    found = _record(bar)
    qtbot.keyClicks(bar.edit, "apt")  # each key moves to the first match as you type
    del found[:-1]
    for _ in range(5):
        qtbot.keyClick(bar.edit, Qt.Key.Key_Return)
    groups = [g for g, *_ in found]
    assert groups == [_group(library, n) for n in ("Kungsör/Köping", "Surahammar", "Köping",
                                                "Hallsta, LSS-verksamheter", "Fagersta och Skinnskatteberg",
                                                "Kungsör/Köping")]  # morning, afternoon, then round again
    assert bar.countLabel.text() == "1 of 5"
    qtbot.keyClick(bar.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert bar.countLabel.text() == "5 of 5" and found[-1][0] == _group(library, "Fagersta och Skinnskatteberg")
    qtbot.keyClick(bar.edit, Qt.Key.Key_F3)
    assert bar.countLabel.text() == "1 of 5"
    qtbot.keyClick(bar.edit, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert bar.countLabel.text() == "5 of 5"


def test_group_names_match_without_case_or_diacritics(qtbot, bar: FindBar, library: Library) -> None:  # noqa: ANN001
    found = _record(bar)
    qtbot.keyClicks(bar.edit, "VASTERAS STAD")
    assert bar.countLabel.text() == "1 of 3"
    group, point, start, length = found[-1]
    assert (group, point, start, length) == (_group(library, "Västerås stad och Landstinget"), -1, 0, 13)


def test_typed_diacritics_and_unknown_words(qtbot, bar: FindBar) -> None:  # noqa: ANN001
    type_text(qtbot, bar.edit, "värdegrund")
    assert bar.countLabel.text() == "1 of 2"  # "Värdegrund" and "värdegrundsarbete"
    bar.edit.clear()
    qtbot.keyClicks(bar.edit, "zzz")
    assert bar.countLabel.text() == "No matches"
    assert not bar.nextAction.isEnabled()
    bar.edit.clear()
    assert bar.countLabel.text() == ""


def test_escape_closes(qtbot, bar: FindBar) -> None:  # noqa: ANN001
    with qtbot.waitSignal(bar.closed):
        qtbot.keyClick(bar.edit, Qt.Key.Key_Escape)
    assert not bar.isVisible()
    bar.activate()
    assert bar.isVisible()


def test_refresh_sees_edits_without_moving_the_cursor(qtbot, bar: FindBar, library: Library) -> None:  # noqa: ANN001
    found = _record(bar)
    qtbot.keyClicks(bar.edit, "APT")
    qtbot.keyClick(bar.edit, Qt.Key.Key_Return)
    assert bar.countLabel.text() == "2 of 5"
    emitted = len(found)
    köping = _group(library, "Köping")
    library.set_points(köping, [Point("Ingen träff här", 0, "point")])
    bar.refresh()
    assert bar.countLabel.text() == "2 of 4" and len(found) == emitted
    library.set_points(_group(library, "Kungsör/Köping"), [Point("APT och APT", 0, "point")])
    bar.refresh()
    assert bar.countLabel.text() == "3 of 5"  # still on the Surahammar match


def test_origin_starts_the_search_where_the_user_is(qtbot, bar: FindBar, library: Library) -> None:  # noqa: ANN001
    found = _record(bar)
    bar.setOrigin(_group(library, "Köping"))
    qtbot.keyClicks(bar.edit, "APT")
    assert bar.countLabel.text() == "3 of 5" and found[-1][0] == _group(library, "Köping")


def test_no_seminar_no_matches(qtbot, library: Library) -> None:  # noqa: ANN001
    bar = FindBar(library)
    qtbot.addWidget(bar)
    bar.show()
    qtbot.keyClicks(bar.edit, "APT")
    assert bar.countLabel.text() == "No matches"


def test_each_search_reads_the_seminar_twice_whatever_its_size(qtbot, bar: FindBar, library: Library,  # noqa: ANN001
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    reads: list[str] = []
    for name in ("seminar_tree", "seminar_doc", "points"):
        real = getattr(library, name)
        monkeypatch.setattr(library, name,
                            lambda *a, _real=real, _name=name, **k: reads.append(_name) or _real(*a, **k))
    qtbot.keyClicks(bar.edit, "APT")
    assert reads == ["seminar_tree", "seminar_doc"] * 3  # one search per key, no query per group
    assert bar.countLabel.text() == "1 of 5"
