"""The pure outline rules the editor, the library and the exporters share."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from seminarnotes.core.outline import (
    LevelError,
    Point,
    check_levels,
    clamp_levels,
    indent,
    insert_points,
    level_problem,
    move_down,
    move_up,
    outdent,
    parse_pasted,
    remove_points,
    subtree_end,
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
