"""The search panel: type a query, see hits with the match in bold, Enter opens the hit."""

from __future__ import annotations


import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from seminarnotes.core.library import Library
from seminarnotes.core.outline import Point
from seminarnotes.ui.archive.search_panel import HtmlRole, SearchPanel, snippet_html
from tests.helpers import show, type_text


@pytest.fixture
def panel(qtbot, library: Library, resk_id: int) -> SearchPanel:  # noqa: ANN001, ARG001 - qtbot; the RESK seminar
    return show(qtbot, SearchPanel(library), 600, 500)


def _results(qtbot, panel: SearchPanel, query: str) -> list[str]:  # noqa: ANN001
    type_text(qtbot, panel.queryEdit, query)
    qtbot.waitUntil(lambda: not panel.searching())
    return [panel.model.index(r).data() for r in range(panel.model.rowCount())]


def test_searches_as_you_type_after_a_short_pause(qtbot, panel: SearchPanel) -> None:  # noqa: ANN001
    assert QApplication.focusWidget() is panel.queryEdit
    qtbot.keyClicks(panel.queryEdit, "APT")
    assert panel.model.rowCount() == 0 and panel.timer.isActive()  # debounced, not one query per key
    qtbot.waitUntil(lambda: panel.model.rowCount() == 5)
    assert panel.statusLabel.text() == "5 matches"
    first = panel.model.index(0).data()
    assert "APT" in first
    assert "En lärande och utvecklingsinriktad arbetsplats · 2014-04-08" in first


def test_diacritics_prefixes_and_phrases(qtbot, panel: SearchPanel, english: None) -> None:  # noqa: ANN001
    assert any("group: Västerås stad" in r for r in _results(qtbot, panel, "vasteras"))
    panel.queryEdit.clear()
    words = _results(qtbot, panel, "utveckl*")
    assert len(words) > 10
    panel.queryEdit.clear()
    assert len(_results(qtbot, panel, '"fast punkt"')) == 1
    assert panel.statusLabel.text() == "1 match"  # not "1 matches": seminarnotes_en has the plural forms
    panel.queryEdit.clear()
    assert _results(qtbot, panel, "qwertyuiop") == []
    assert panel.statusLabel.text() == "No matches"


def test_the_match_is_bold_and_the_stored_text_is_escaped(
        qtbot, panel: SearchPanel, library: Library, resk_id: int) -> None:  # noqa: ANN001
    group = library.seminar_tree(resk_id)[0].groups[0].id
    library.set_points(group, [Point("Ta upp <b>rutiner</b> & APT", 0, "point")])
    _results(qtbot, panel, "rutiner")
    shown = [panel.model.index(r).data(HtmlRole)[0] for r in range(panel.model.rowCount())]
    assert "Ta upp &lt;b&gt;<b>rutiner</b>&lt;/b&gt; &amp; APT" in shown
    assert snippet_html("a \x02<i>\x03 b") == "a <b>&lt;i&gt;</b> b"


def test_enter_opens_the_hit_at_its_group_and_point(
        qtbot, panel: SearchPanel, library: Library, resk_id: int) -> None:  # noqa: ANN001
    _results(qtbot, panel, "studiebesök")
    fagersta = next(g.id for s in library.seminar_tree(resk_id) for g in s.groups if g.name == "Fagersta")
    with qtbot.waitSignal(panel.hitActivated) as signal:
        qtbot.keyClick(panel.queryEdit, Qt.Key.Key_Return)
    assert signal.args == [resk_id, fagersta, 1]


def test_enter_before_the_pause_searches_at_once(qtbot, panel: SearchPanel, resk_id: int) -> None:  # noqa: ANN001
    type_text(qtbot, panel.queryEdit, "studiebesök")
    with qtbot.waitSignal(panel.hitActivated, timeout=100) as signal:
        qtbot.keyClick(panel.queryEdit, Qt.Key.Key_Return)
    assert signal.args[0] == resk_id and signal.args[2] == 1


def test_a_title_hit_opens_the_seminar_without_a_group(qtbot, panel: SearchPanel, resk_id: int) -> None:  # noqa: ANN001
    rows = _results(qtbot, panel, "utvecklingsinriktad")
    title_row = next(i for i, r in enumerate(rows) if "seminar title" in r)
    qtbot.keyClick(panel.queryEdit, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is panel.list
    panel.list.setCurrentIndex(panel.model.index(title_row))
    with qtbot.waitSignal(panel.hitActivated) as signal:
        qtbot.keyClick(panel.list, Qt.Key.Key_Return)
    assert signal.args == [resk_id, -1, -1]


def test_double_click_opens_and_deleted_seminars_leave_the_results(
        qtbot, panel: SearchPanel, library: Library, resk_id: int) -> None:  # noqa: ANN001
    _results(qtbot, panel, "APT")
    rect = panel.list.visualRect(panel.model.index(2))
    qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(panel.hitActivated) as signal:
        qtbot.mouseDClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert signal.args[0] == resk_id and signal.args[1] > 0
    library.delete_seminar(resk_id)
    panel.runSearch()
    qtbot.waitUntil(lambda: not panel.searching())
    assert panel.model.rowCount() == 0


def test_hits_are_drawn_on_two_lines_inside_their_row(qtbot, panel: SearchPanel) -> None:  # noqa: ANN001
    """The snippet, then its place in the seminar: two lines of text in each hit's row,
    neither cut off nor running into the next hit."""
    _results(qtbot, panel, "APT")
    image = panel.list.viewport().grab().toImage()
    for row in range(2):
        rect = panel.list.visualRect(panel.model.index(row))
        background = image.pixelColor(rect.right() - 1, rect.top() + 1)  # a corner text never reaches
        inked = [y for y in range(rect.top(), rect.bottom() + 1)
                 if any(image.pixelColor(x, y) != background for x in range(rect.left() + 4, rect.right() - 4))]
        lines = 1 + sum(1 for above, below in zip(inked, inked[1:]) if below > above + 1)
        assert inked and lines == 2, (row, inked)
        assert rect.top() < inked[0] and inked[-1] < rect.bottom()


def test_a_slow_search_runs_off_the_gui_thread_and_the_newest_query_wins(
        qtbot, panel: SearchPanel, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    import time

    from seminarnotes.ui.archive import search_worker

    real = search_worker.search

    def endless_for_one_query(reader, text, **options):  # noqa: ANN001, ANN003, ANN202
        if text == "oändlig":  # a query that never ends unless interrupted
            reader._db.execute("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) "
                               "SELECT count(*) FROM c").fetchone()
        return real(reader, text, **options)

    monkeypatch.setattr(search_worker, "search", endless_for_one_query)
    panel.queryEdit.setText("oändlig")
    started = time.monotonic()
    panel.runSearch()
    assert time.monotonic() - started < 0.5  # the window did not wait for it
    assert panel.statusLabel.text() == "Searching…"
    qtbot.wait(300)
    assert panel.searching()
    panel.queryEdit.setText("APT")
    panel.runSearch()
    qtbot.waitUntil(lambda: not panel.searching(), timeout=3000)  # the endless one was interrupted
    assert panel.model.rowCount() == 5 and panel.statusLabel.text() == "5 matches"


def test_a_query_too_long_says_so_under_the_field(qtbot, panel: SearchPanel) -> None:  # noqa: ANN001
    _results(qtbot, panel, " ".join(f"ord{k}" for k in range(17)))
    assert panel.statusLabel.text() == "The search is too long: use at most 16 words and 300 characters."
    assert panel.model.rowCount() == 0
