"""The pure outline rules the editor, the library and the exporters share."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from seminarnotes.core.outline import (
    LevelError,
    Point,
    check_levels,
    clamp_levels,
    common_ends,
    cut_points,
    indent,
    insert_lines,
    insert_points,
    insert_text,
    level_problem,
    merge_with_previous,
    move_down,
    move_order,
    move_up,
    outdent,
    parse_pasted,
    remove_points,
    replace_points,
    split_point,
    subtree_end,
    toggle_highlight,
    whole_point_span,
)


def pts(*levels: int) -> list[Point]:
    """Points named by position, at the given levels."""
    return [Point(chr(ord("a") + i), level) for i, level in enumerate(levels)]


def levels(points: list[Point]) -> list[int]:
    return [p.level for p in points]


def test_rules_first_level_0_one_deeper_at_most_level_2():
    check_levels(pts(0, 1, 2, 1, 0))
    for bad, index in ((pts(1), 0), (pts(0, 2), 1), (pts(0, 1, 2, 3), 3)):
        with pytest.raises(LevelError) as err:
            check_levels(bad)
        assert err.value.index == index
    index, problem = level_problem([Point("x", 0, "note")])
    assert (index, str(problem)) == (0, "kind: 'note' is not 'point' or 'highlight'")
    assert level_problem([Point("x", True)]) is not None


def test_clamp_lowers_just_enough():
    assert levels(clamp_levels(pts(2, 2, 0, 2, 5))) == [0, 1, 0, 1, 2]
    assert clamp_levels([]) == []


def test_subtree_end():
    points = pts(0, 1, 2, 1, 0)
    assert subtree_end(points, 0) == 4
    assert subtree_end(points, 1) == 3
    assert subtree_end(points, 4) == 5


def test_indent_first_point_and_too_deep_do_nothing():
    assert indent(pts(0, 0), 0) == pts(0, 0)
    assert indent(pts(0, 1), 1) == pts(0, 1)
    assert levels(indent(pts(0, 0), 1)) == [0, 1]


def test_indent_carries_sub_points():
    assert levels(indent(pts(0, 0, 1, 0), 1)) == [0, 1, 2, 0]


def test_indent_refuses_rather_than_flattening_a_sub_point_past_level_2():
    # "c" would go to 2 and its sub-point "d" to 3: nothing happens (was: "d" flattened).
    assert levels(indent(pts(0, 1, 1, 2), 2)) == [0, 1, 1, 2]


def test_indent_a_selection():
    assert levels(indent(pts(0, 0, 0, 0), 1, 3)) == [0, 1, 1, 0]


def test_outdent_carries_sub_points_and_stops_at_0():
    assert levels(outdent(pts(0, 1, 2, 1), 1)) == [0, 0, 1, 1]
    assert outdent(pts(0, 1), 0) == pts(0, 1)


def test_outdent_leaves_the_sub_points_of_a_selected_level_0_point_alone():
    # Selecting "a" (level 0, cannot move) and "b": only "b" moves; "c" stays under it
    # (was: "c" outdented too, as part of "a"'s subtree).
    assert levels(outdent(pts(0, 1, 1), 0, 2)) == [0, 0, 1]


def test_move_up_and_down_with_sub_points_among_siblings():
    points = [Point("a"), Point("a1", 1), Point("b"), Point("b1", 1)]
    moved, index = move_up(points, 2)
    assert [p.text for p in moved] == ["b", "b1", "a", "a1"] and index == 0
    back, index = move_down(moved, 0)
    assert back == points and index == 2
    assert move_up(points, 0) == (points, 0)
    assert move_up(points, 1) == (points, 1)  # first child stays under its parent
    assert move_down(points, 3) == (points, 3)


def test_move_order_names_where_each_point_goes():
    points = [Point("a"), Point("a1", 1), Point("b"), Point("b1", 1), Point("c")]
    assert move_order(points, 2, up=True) == [2, 3, 0, 1, 4]
    assert move_order(points, 2, up=False) == [0, 1, 4, 2, 3]
    assert move_order(points, 1, up=True) == [0, 1, 2, 3, 4]  # no sibling above: nothing moves


# ----- the editor's keys ------------------------------------------------------------------

def test_enter_splits_a_point_and_the_half_with_text_keeps_the_kind():
    outline = [Point("ab", 0, "highlight"), Point("c", 1)]
    assert split_point(outline, 0, 1) == ([Point("a", 0, "highlight"), Point("b", 0, "highlight"),
                                           Point("c", 1)], 1)
    assert split_point(outline, 0, 2) == ([Point("ab", 0, "highlight"), Point(""), Point("c", 1)], 1)
    assert split_point(outline, 0, 0) == ([Point(""), Point("ab", 0, "highlight"), Point("c", 1)], 1)


def test_enter_on_an_empty_point_outdents_it_and_an_empty_top_point_stays():
    assert split_point([Point("a"), Point("", 1)], 1, 0) == ([Point("a"), Point("")], 1)
    assert split_point([Point("a"), Point("")], 1, 0) == ([Point("a"), Point("")], 1)


def test_backspace_merges_into_the_point_above_which_keeps_its_level_and_kind():
    outline = [Point("ab", 0, "highlight"), Point("cd"), Point("e", 1)]
    assert merge_with_previous(outline, 1) == ([Point("abcd", 0, "highlight"), Point("e", 1)], 2)
    assert merge_with_previous([Point(""), Point("x", 0, "highlight")], 1) == ([Point("x", 0, "highlight")], 0)
    # the sub-points of a merged level-0 point stay under the point above
    assert merge_with_previous([Point("a"), Point("b", 1), Point("c"), Point("d", 1)], 2)[0] == [
        Point("a"), Point("bc", 1), Point("d", 1)]


def test_ctrl_h_marks_all_unless_all_are_marked():
    outline = [Point("a"), Point("b", 0, "highlight"), Point("c")]
    assert [p.kind for p in toggle_highlight(outline, 0, 2)] == ["highlight", "highlight", "point"]
    assert [p.kind for p in toggle_highlight(outline, 1, 2)] == ["point", "point", "point"]


def test_text_goes_into_the_point_at_the_offset():
    assert insert_text([Point("ad", 1, "highlight")], 0, 1, "bc") == ([Point("abcd", 1, "highlight")], 3)


def test_pasted_lines_are_whole_points_at_the_points_level():
    outline = [Point("a"), Point("bc", 1)]
    lines = "x\n\ty"
    assert insert_lines(outline, 1, 2, lines) == ([Point("a"), Point("bc", 1), Point("x", 1), Point("y", 2)], 3)
    assert insert_lines(outline, 1, 0, lines) == ([Point("a"), Point("x", 1), Point("y", 2), Point("bc", 1)], 2)
    assert insert_lines(outline, 1, 1, lines)[0] == [Point("a"), Point("b", 1), Point("x", 1), Point("y", 2),
                                                       Point("c", 1)]
    assert insert_lines([Point("")], 0, 0, "- x\n- y") == ([Point("x"), Point("y")], 1)


def test_a_cut_of_whole_points_puts_the_cursor_on_the_point_after():
    outline = [Point("a"), Point("b"), Point("c")]
    assert cut_points(outline, 1, 2) == ([Point("a"), Point("c")], 1, False)
    assert cut_points(outline, 1, 3) == ([Point("a")], 0, True)  # the last one left, at its end
    assert cut_points(outline, 0, 3) == ([Point("")], 0, False)  # something to type in


def test_whole_points_pasted_over_a_selection_of_whole_points():
    outline = [Point("a"), Point("b", 1), Point("c")]
    assert replace_points(outline, 1, 2, [Point("x", 2), Point("y")]) == (
        [Point("a"), Point("x", 1), Point("y"), Point("c")], 2)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("- a\n- b", [("a", 0), ("b", 0)]),
        ("- a\n  * b\n    * c", [("a", 0), ("b", 1), ("c", 2)]),
        ("a\n\tb\n\t\tc\n\t\t\td", [("a", 0), ("b", 1), ("c", 2), ("d", 2)]),
        ("1. a\n2) b\n10. c", [("a", 0), ("b", 0), ("c", 0)]),
        ("• a\r\n\r\n– b\r· c\no d", [("a", 0), ("b", 0), ("c", 0), ("d", 0)]),
        ("a\n    b\n        c", [("a", 0), ("b", 1), ("c", 2)]),
        ("\tb\nc", [("b", 0), ("c", 0)]),
        ("-nospace\n2014 was a year", [("-nospace", 0), ("2014 was a year", 0)]),
    ],
)
def test_parse_pasted(text, expected):
    assert [(p.text, p.level) for p in parse_pasted(text)] == expected


def test_parse_pasted_counts_levels_from_the_least_indented_line():
    # Text indented as a whole (as copied out of a nested list) is not a sub-list.
    assert [(p.text, p.level) for p in parse_pasted("    - one\n    - two\n      - three")] == [
        ("one", 0), ("two", 0), ("three", 1)]
    assert [p.level for p in parse_pasted("\ta\n\t\tb", base_level=1)] == [1, 2]


outlines = st.lists(st.integers(0, 2), max_size=10).map(lambda ls: clamp_levels(pts(*ls)))


@given(outlines, st.data())
def test_every_operation_keeps_the_rules(points, data):
    if not points:
        return
    start = data.draw(st.integers(0, len(points) - 1))
    end = data.draw(st.integers(start + 1, len(points)))
    for result in (indent(points, start, end), outdent(points, start, end),
                   move_up(points, start)[0], move_down(points, start)[0]):
        check_levels(result)
        assert sorted(p.text for p in result) == sorted(p.text for p in points)


@given(st.lists(st.tuples(st.sampled_from(["", " ", "  ", "\t", "    "]),
                          st.sampled_from(["", "- ", "* ", "1. "]),
                          st.text("abc ", min_size=1, max_size=4)), max_size=8))
def test_parse_pasted_always_keeps_the_rules(rows):
    text = "\n".join(lead + mark + body for lead, mark, body in rows)
    check_levels(parse_pasted(text))


# ----- whole points: cut, copy and paste -------------------------------------------------

def test_whole_point_span_is_a_points_whole_text_or_several_points():
    outline = [Point("abc"), Point("de", 1), Point(""), Point("fgh")]
    assert whole_point_span(outline, (0, 0), (0, 3)) == (0, 1)  # Home, Shift+End
    assert whole_point_span(outline, (0, 0), (1, 0)) == (0, 1)  # Shift+Down from the start
    assert whole_point_span(outline, (0, 3), (1, 2)) == (1, 2)  # from the end of the point before
    assert whole_point_span(outline, (0, 0), (3, 3)) == (0, 4)
    assert whole_point_span(outline, (1, 0), (3, 0)) == (1, 3)  # an empty point inside is taken
    assert whole_point_span(outline, (2, 0), (3, 3)) == (2, 4)  # ... and at the start


@pytest.mark.parametrize(("start", "end"), [
    ((0, 1), (0, 3)),  # part of one point
    ((0, 0), (0, 2)),
    ((0, 1), (1, 2)),  # from inside a point
    ((0, 0), (1, 1)),  # to inside a point
    ((0, 3), (1, 0)),  # only the line break between two points
    ((0, 2), (0, 2)),  # nothing selected
])
def test_part_of_a_point_is_not_a_whole_point_span(start, end):
    outline = [Point("abc"), Point("de", 1)]
    assert whole_point_span(outline, start, end) is None


def test_removing_whole_points_leaves_nothing_empty_and_keeps_the_rules():
    outline = [Point("a"), Point("b", 0, "highlight"), Point("c", 1), Point("d")]
    assert remove_points(outline, 1, 2) == [Point("a"), Point("c", 1), Point("d")]
    assert remove_points(outline, 0, 2) == [Point("c"), Point("d")]  # no parent left: lowered
    assert remove_points(outline, 0, 4) == []


def test_inserted_points_replace_an_empty_point_else_stand_before_or_after():
    outline = [Point("ab"), Point("", 1), Point("cd")]
    moved = [Point("x", 1, "highlight")]
    assert insert_points(outline, 1, 0, moved) == ([Point("ab"), Point("x", 1, "highlight"), Point("cd")], 1)
    assert insert_points(outline, 0, 0, moved) == ([Point("x", 0, "highlight"), Point("ab"), Point("", 1),
                                                     Point("cd")], 0)  # first point: level 0
    assert insert_points(outline, 0, 1, moved)[0][:3] == [Point("ab"), Point("x", 1, "highlight"), Point("", 1)]
    assert insert_points(outline, 2, 2, moved) == ([Point("ab"), Point("", 1), Point("cd"),
                                                     Point("x", 1, "highlight")], 3)


def test_inserted_points_keep_their_levels_where_the_rules_allow():
    outline = [Point("a"), Point("b", 1), Point("c", 2), Point("d")]
    block = [Point("x", 2), Point("y", 1), Point("z", 2)]
    new, last = insert_points(outline, 3, 1, block)  # after "d" (level 0): x can only be level 1
    assert new == [*outline, Point("x", 1), Point("y", 1), Point("z", 2)] and last == 6
    new, last = insert_points(outline, 2, 1, block)  # after "c" (level 2)
    assert new == [*outline[:3], *block, Point("d")] and last == 5
    assert insert_points([], 0, 0, block) == ([Point("x"), Point("y", 1), Point("z", 2)], 2)


@given(st.lists(st.tuples(st.sampled_from(["", "a", "bc"]), st.integers(0, 2)), min_size=1, max_size=8),
       st.data())
def test_a_cut_then_a_paste_at_the_same_place_gives_the_outline_back(rows, data):
    outline = clamp_levels([Point(text, level) for text, level in rows])
    start = data.draw(st.integers(0, len(outline) - 1))
    stop = data.draw(st.integers(start + 1, len(outline)))
    cut = outline[start:stop]
    rest = remove_points(outline, start, stop)
    if stop < len(outline) and rest[start] == outline[stop] and rest[start].text:
        # The cursor stays at the start of the point after the cut: pasting puts the points back.
        assert insert_points(rest, start, 0, cut)[0] == outline
    check_levels(rest)


# ----- random key sequences --------------------------------------------------------------

TEXT = st.text("aäb 😀", min_size=1, max_size=4)


class OutlineKeys(RuleBasedStateMachine):
    """The editor's keys applied to an outline in random order: every key leaves an outline
    that obeys the rules, keeps every typed character where the key says it goes, and the
    keys that undo each other do."""

    def __init__(self) -> None:
        super().__init__()
        self.points = [Point("")]
        self.index, self.offset = 0, 0

    def _joined(self) -> tuple[str, int]:
        """Every point's text in a row, and where the cursor is in it."""
        texts = [p.text for p in self.points]
        return "".join(texts), sum(map(len, texts[:self.index])) + self.offset

    @rule(data=st.data())
    def move_the_cursor(self, data: st.DataObject) -> None:
        self.index = data.draw(st.integers(0, len(self.points) - 1))
        self.offset = data.draw(st.integers(0, len(self.points[self.index].text)))

    @rule(text=TEXT)
    def type(self, text: str) -> None:
        joined, at = self._joined()
        self.points, self.offset = insert_text(self.points, self.index, self.offset, text)
        assert self._joined() == (joined[:at] + text + joined[at:], at + len(text))

    @rule()
    def enter(self) -> None:
        point = self.points[self.index]
        joined, cursor = self._joined()
        new, at = split_point(self.points, self.index, self.offset)
        if point.text:
            assert len(new) == len(self.points) + 1
            again, join = merge_with_previous(new, at)
            assert again == self.points and join == self.offset  # Backspace at the new start joins them back
        else:
            assert [p.text for p in new] == [p.text for p in self.points]
        self.points, self.index, self.offset = new, at, 0
        assert self._joined() == (joined, cursor)  # no character moves; the cursor stays before the same one

    @precondition(lambda self: self.index > 0)
    @rule()
    def backspace_at_the_start(self) -> None:
        point = self.points[self.index]
        if point.level > 0:
            self.points = outdent(self.points, self.index)
            assert self.points[self.index].text == point.text
            self.offset = 0
            return
        texts = [p.text for p in self.points]
        self.points, self.offset = merge_with_previous(self.points, self.index)
        self.index -= 1
        assert [p.text for p in self.points] == [*texts[:self.index], texts[self.index] + texts[self.index + 1],
                                                 *texts[self.index + 2:]]

    @rule(data=st.data(), deeper=st.booleans())
    def tab(self, data: st.DataObject, deeper: bool) -> None:
        end = data.draw(st.integers(self.index + 1, len(self.points)))
        new = (indent if deeper else outdent)(self.points, self.index, end)
        assert [p.text for p in new] == [p.text for p in self.points]
        self.points = new

    @rule(up=st.booleans())
    def move(self, up: bool) -> None:
        order = move_order(self.points, self.index, up)
        assert sorted(order) == list(range(len(self.points)))
        moved = [self.points[k] for k in order]
        new_index = order.index(self.index)
        if order != sorted(order):
            back = move_order(moved, new_index, not up)
            assert [moved[k] for k in back] == self.points  # the other key moves it back
        self.points, self.index = moved, new_index
        self.offset = min(self.offset, len(self.points[self.index].text))

    @rule(data=st.data())
    def highlight(self, data: st.DataObject) -> None:
        end = data.draw(st.integers(self.index + 1, len(self.points)))
        new = toggle_highlight(self.points, self.index, end)
        assert len({p.kind for p in new[self.index:end]}) == 1
        if len({p.kind for p in self.points[self.index:end]}) == 1:
            assert toggle_highlight(new, self.index, end) == self.points  # Ctrl+H again takes it back
        assert [(p.text, p.level) for p in new] == [(p.text, p.level) for p in self.points]
        self.points = new

    @rule(lines=st.lists(st.tuples(st.sampled_from(["", "\t", "  ", "- "]), st.text("aäb😀", min_size=1, max_size=4)),
                         min_size=2, max_size=4))
    def paste_lines(self, lines: list[tuple[str, str]]) -> None:
        """Several lines (the editor pastes one line as text): each becomes a point."""
        text = "\n".join(lead + body for lead, body in lines)
        pasted = "".join(p.text for p in parse_pasted(text))
        joined, at = self._joined()
        self.points, self.index = insert_lines(self.points, self.index, self.offset, text)
        self.offset = len(self.points[self.index].text)
        assert self.points[self.index].text == parse_pasted(text)[-1].text
        assert self._joined() == (joined[:at] + pasted + joined[at:], at + len(pasted))

    @rule(data=st.data())
    def cut_and_paste_whole_points(self, data: st.DataObject) -> None:
        stop = data.draw(st.integers(self.index + 1, len(self.points)))
        taken = self.points[self.index:stop]
        rest, at, at_end = cut_points(self.points, self.index, stop)
        offset = len(rest[at].text) if at_end else 0
        new, last = insert_points(rest, at, offset, taken)
        assert [p.text for p in new[last - len(taken) + 1:last + 1]] == [p.text for p in taken]
        self.points, self.index, self.offset = new, last, len(new[last].text)

    @invariant()
    def the_rules_hold(self) -> None:
        check_levels(self.points)
        assert self.points and 0 <= self.index < len(self.points)
        assert 0 <= self.offset <= len(self.points[self.index].text)


OutlineKeys.TestCase.settings = settings(max_examples=150, stateful_step_count=30, deadline=None)
test_random_key_sequences = OutlineKeys.TestCase


@given(st.lists(st.sampled_from([Point("a"), Point("b"), Point("a", 1)]), max_size=8),
       st.lists(st.sampled_from([Point("a"), Point("b"), Point("a", 1)]), max_size=8))
def test_common_ends_are_the_longest_shared_start_and_end(old: list[Point], new: list[Point]) -> None:
    """What a save or the editor rewrites is what lies between them: nothing shared is touched."""
    head, tail = common_ends(old, new)
    n, m = len(old), len(new)
    assert head + tail <= min(n, m)
    assert old[:head] == new[:head] and old[n - tail:] == new[m - tail:]
    assert head == min(n, m) or old[head] != new[head]  # the start can grow no longer
    assert head + tail == min(n, m) or old[n - 1 - tail] != new[m - 1 - tail]  # nor the end
