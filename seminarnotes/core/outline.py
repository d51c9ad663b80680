"""Pure rules for a group's points: levels, indent/outdent, moves, pasted text, and
what the editor's keys do to an outline (Enter splits a point, Backspace at its start
merges it into the one above, Ctrl+H marks highlights, a paste inserts lines, text or
whole points).

A group's points are a flat list with a level each (Word's own list model). The
rules: the first point is level 0, no point is more than one level deeper than the
point before it, and no point is deeper than level 2. Every function takes an outline
and returns a new one; offsets are Python indexes into a point's text (the editor
converts Qt's UTF-16 positions).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from collections.abc import Mapping, Sequence

from seminarnotes.core.messages import Message, N_

MAX_LEVEL = 2
KINDS = ("point", "highlight")


@dataclass(frozen=True, slots=True)
class Point:
    """One point as the editor, the library and the exporters share it."""

    text: str
    level: int = 0
    kind: str = "point"


class LevelError(ValueError):
    """A list of points breaks the level rules; `index` names the first bad point."""

    def __init__(self, index: int, message: Message) -> None:
        super().__init__(str(message))
        self.index = index
        self.message = message


def level_problem(points: Sequence[Point]) -> tuple[int, Message] | None:
    """The first point that breaks a rule, as (index, sentence), or None."""
    previous = -1
    for index, point in enumerate(points):
        if point.kind not in KINDS:
            return index, Message(N_("kind: %1 is not 'point' or 'highlight'"), repr(point.kind))
        if not isinstance(point.level, int) or isinstance(point.level, bool):
            return index, Message(N_("level: %1 is not a whole number"), repr(point.level))
        if point.level < 0 or point.level > MAX_LEVEL:
            return index, Message(N_("level: %1 is not 0, 1 or 2"), point.level)
        if point.level > previous + 1:
            if index == 0:
                return index, Message(N_("level: %1 must be 0 for the first point"), point.level)
            return index, Message(N_("level: %1 is more than one above %2"), point.level, previous)
        previous = point.level
    return None


def check_levels(points: Sequence[Point]) -> None:
    """Raise LevelError when the points break the level rules."""
    problem = level_problem(points)
    if problem is not None:
        raise LevelError(*problem)


def clamp_levels(points: Sequence[Point]) -> list[Point]:
    """The same points with each level lowered just enough to obey the rules."""
    result: list[Point] = []
    previous = -1
    for point in points:
        level = max(0, min(point.level, previous + 1, MAX_LEVEL))
        result.append(point if level == point.level else replace(point, level=level))
        previous = level
    return result


def subtree_end(points: Sequence[Point], index: int) -> int:
    """Index just past the point at `index` and all its sub-points."""
    level = points[index].level
    end = index + 1
    while end < len(points) and points[end].level > level:
        end += 1
    return end


def _moving(points: Sequence[Point], start: int, end: int, delta: int) -> set[int]:
    """Indices that move when points start..end-1 shift by delta: each point that
    can move, with its sub-points (a level-0 point that cannot outdent keeps its
    sub-points where they are unless they are selected themselves)."""
    moving: set[int] = set()
    for i in range(start, end):
        if delta < 0 and points[i].level == 0:
            continue
        moving.update(range(i, subtree_end(points, i)))
    return moving


def _shift(points: Sequence[Point], moving: set[int], delta: int) -> list[Point]:
    """Shift the points at the given indices by delta levels."""
    shifted = [
        replace(p, level=max(0, min(MAX_LEVEL, p.level + delta))) if i in moving else p
        for i, p in enumerate(points)
    ]
    return clamp_levels(shifted)


def indent(points: Sequence[Point], start: int, end: int | None = None) -> list[Point]:
    """Indent points start..end-1 (with their sub-points) where the rules allow it."""
    end = start + 1 if end is None else end
    if start <= 0 or points[start].level >= min(MAX_LEVEL, points[start - 1].level + 1):
        return list(points)
    moving = _moving(points, start, end, +1)
    if any(points[i].level >= MAX_LEVEL for i in moving):
        return list(points)  # a sub-point would pass level 2: refuse rather than flatten
    return _shift(points, moving, +1)


def outdent(points: Sequence[Point], start: int, end: int | None = None) -> list[Point]:
    """Outdent points start..end-1 (with their sub-points); level 0 stays 0."""
    end = start + 1 if end is None else end
    if all(points[i].level == 0 for i in range(start, end)):
        return list(points)
    return _shift(points, _moving(points, start, end, -1), -1)


def _previous_sibling(points: Sequence[Point], index: int) -> int | None:
    level = points[index].level
    for i in range(index - 1, -1, -1):
        if points[i].level < level:
            return None
        if points[i].level == level:
            return i
    return None


def move_order(points: Sequence[Point], index: int, up: bool) -> list[int]:
    """Moving the point at `index` (with its sub-points) past its sibling above (`up`) or
    below, as the old indexes in their new order; the order stays as it is when there is
    no such sibling."""
    order = list(range(len(points)))
    end = subtree_end(points, index)
    if up:
        sibling = _previous_sibling(points, index)
        if sibling is None:
            return order
        return order[:sibling] + order[index:end] + order[sibling:index] + order[end:]
    if end >= len(points) or points[end].level != points[index].level:
        return order
    after = subtree_end(points, end)
    return order[:index] + order[end:after] + order[index:end] + order[after:]


def move_up(points: Sequence[Point], index: int) -> tuple[list[Point], int]:
    """Swap the point (with its sub-points) with the sibling above; new index."""
    order = move_order(points, index, up=True)
    return [points[k] for k in order], order.index(index)


def move_down(points: Sequence[Point], index: int) -> tuple[list[Point], int]:
    """Swap the point (with its sub-points) with the sibling below; new index."""
    order = move_order(points, index, up=False)
    return [points[k] for k in order], order.index(index)


# ----- the editor's keys ---------------------------------------------------------------

def split_point(points: Sequence[Point], index: int, offset: int) -> tuple[list[Point], int]:
    """Enter at `offset` in point `index`: the point splits in two at its level, the
    half with text keeping the kind (a new empty point is a plain point). On an empty
    point Enter outdents it instead; an empty level-0 point stays as it is. Returns the
    new outline and the point at whose start the cursor goes."""
    point = points[index]
    if not point.text:
        return (outdent(points, index) if point.level > 0 else list(points)), index
    head, tail = point.text[:offset], point.text[offset:]
    first = Point(head, point.level, point.kind if head else "point")
    second = Point(tail, point.level, point.kind if tail else "point")
    return list(points[:index]) + [first, second] + list(points[index + 1:]), index + 1


def merge_with_previous(points: Sequence[Point], index: int) -> tuple[list[Point], int]:
    """Backspace at the start of point `index` (> 0): its text joins the point above,
    which keeps its level, and its kind unless it was empty. Returns the new outline and
    the offset in the point above where the two texts meet."""
    previous, point = points[index - 1], points[index]
    merged = Point(previous.text + point.text, previous.level, previous.kind if previous.text else point.kind)
    return clamp_levels(list(points[:index - 1]) + [merged] + list(points[index + 1:])), len(previous.text)


def toggle_highlight(points: Sequence[Point], start: int, end: int) -> list[Point]:
    """Ctrl+H on points start..end-1: all become highlights, or plain points again when
    all already are."""
    unmark = all(points[k].kind == "highlight" for k in range(start, end))
    kind = "point" if unmark else "highlight"
    return [Point(p.text, p.level, kind) if start <= k < end else p for k, p in enumerate(points)]


def insert_text(points: Sequence[Point], index: int, offset: int, text: str) -> tuple[list[Point], int]:
    """`text` (one line) typed or pasted into point `index` at `offset`; returns the new
    outline and the offset just after the inserted text."""
    current = points[index]
    head = current.text[:offset] + text
    new = list(points)
    new[index] = Point(head + current.text[offset:], current.level, current.kind)
    return new, len(head)


def insert_lines(points: Sequence[Point], index: int, offset: int, text: str) -> tuple[list[Point], int]:
    """Several lines pasted at `offset` in point `index`: one point per line, levels from
    their indentation and bullets (`parse_pasted`) counted from the current point's level.
    Pasted lines are always whole points: they replace an empty point, or go after or
    before the current one, or between its two halves. Returns the new outline and the
    index of the last pasted point (the cursor goes to its end)."""
    current = points[index]
    head, tail = current.text[:offset], current.text[offset:]
    pasted = [Point(p.text, current.level + p.level, p.kind) for p in parse_pasted(text)]
    if not current.text:
        middle, last = pasted, len(pasted) - 1
    elif not tail:
        middle, last = [current, *pasted], len(pasted)
    elif not head:
        middle, last = [*pasted, current], len(pasted) - 1
    else:
        middle = [Point(head, current.level, current.kind), *pasted, Point(tail, current.level, current.kind)]
        last = len(pasted)
    return clamp_levels(list(points[:index]) + middle + list(points[index + 1:])), index + last


_BULLET = re.compile(r"^(?:[-*•–·o]|\d{1,3}[.)])\s+")


def parse_pasted(text: str, base_level: int = 0) -> list[Point]:
    """Multi-line text as points: indentation (tabs, or 2 or 4 spaces) and bullet
    marks set the level and are stripped; blank lines are dropped. Levels count
    from the least indented line, so that line's level is `base_level`."""
    rows: list[tuple[int, int, str]] = []
    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        if not raw.strip():
            continue
        stripped = raw.lstrip(" \t")
        lead = raw[: len(raw) - len(stripped)]
        rows.append((lead.count("\t"), lead.count(" "), stripped.rstrip()))
    space_indents = [spaces for _, spaces, _ in rows if spaces]
    unit = 4 if space_indents and all(s % 4 == 0 for s in space_indents) else 2
    levels = [tabs + spaces // unit for tabs, spaces, _ in rows]
    top = min(levels, default=0)  # text indented as a whole is not a sub-list
    points = []
    for level, (_, _, body) in zip(levels, rows, strict=True):
        body = _BULLET.sub("", body, count=1) if _BULLET.match(body) else body
        points.append(Point(text=body, level=base_level + level - top))
    return clamp_levels(points) if base_level == 0 else points


# ----- whole points: cut, copy and paste -------------------------------------------------

def whole_point_span(points: Sequence[Point] | Mapping[int, Point], start: tuple[int, int],
                     end: tuple[int, int]) -> tuple[int, int] | None:
    """The points a selection covers whole, as start..stop (stop exclusive), or None
    when it covers only part of a point's text.

    `start` and `end` are (point index, offset in the point's text), start first;
    only the points at those two indices are looked at (a mapping of just those two
    will do). A
    selection covers points whole when it starts at a point's start (or at the end of
    the point before, reaching over into it) and ends at a point's end (or at the start
    of the next point): Home, Shift+End on one point; Shift+Down from a point's start."""
    (a, a_offset), (b, b_offset) = start, end
    if (a, a_offset) >= (b, b_offset):
        return None
    if a_offset == 0:
        first = a
    elif a_offset == len(points[a].text) and a < b:
        first = a + 1
    else:
        return None
    if b_offset == 0 and b > a:
        last = b - 1
    elif b_offset == len(points[b].text):
        last = b
    else:
        return None
    return (first, last + 1) if first <= last else None


def remove_points(points: Sequence[Point], start: int, stop: int) -> list[Point]:
    """The outline without points start..stop-1 (a cut of whole points): nothing empty
    is left in their place; sub-points that lose their parent are lowered to fit."""
    return clamp_levels(list(points[:start]) + list(points[stop:]))


def cut_points(points: Sequence[Point], start: int, stop: int) -> tuple[list[Point], int, bool]:
    """A cut of whole points start..stop-1 (`remove_points`; an outline cut empty keeps one
    empty point to type in). Returns the new outline, the point the cursor goes to (the
    one after the cut, else the last one left) and whether it goes to that point's end."""
    new = remove_points(points, start, stop) or [Point("")]
    at_end = start >= len(new)
    return new, min(start, len(new) - 1), at_end


def replace_points(points: Sequence[Point], start: int, stop: int,
                   incoming: Sequence[Point]) -> tuple[list[Point], int]:
    """Whole points pasted over the selected whole points start..stop-1; they keep their
    levels where the rules allow. Returns the new outline and the last pasted point."""
    return clamp_levels(list(points[:start]) + list(incoming) + list(points[stop:])), start + len(incoming) - 1


def insert_points(points: Sequence[Point], index: int, offset: int,
                  incoming: Sequence[Point]) -> tuple[list[Point], int]:
    """Whole points pasted with the cursor at (point `index`, `offset` in its text):
    they replace an empty point, go before the point when the cursor is at its start,
    and after it anywhere else (a point's text is never split by a paste of points).
    They keep their own levels where the rules allow. Returns the new outline and the
    index of the last pasted point."""
    if not incoming:
        return list(points), index
    if not points:
        return clamp_levels(incoming), len(incoming) - 1
    current = points[index]
    if not current.text:
        at, replaced = index, 1
    elif offset == 0:
        at, replaced = index, 0
    else:
        at, replaced = index + 1, 0
    new = clamp_levels(list(points[:at]) + list(incoming) + list(points[at + replaced:]))
    return new, at + len(incoming) - 1


def common_ends(old: Sequence[Point], new: Sequence[Point]) -> tuple[int, int]:
    """How many points `old` and `new` share at the start, and then at the end (the two
    never overlap): what lies between is all that a change of one into the other touches,
    in the editor's document and in the library alike."""
    n, m = len(old), len(new)
    head = 0
    while head < n and head < m and old[head] == new[head]:
        head += 1
    tail = 0
    while tail < n - head and tail < m - head and old[n - 1 - tail] == new[m - 1 - tail]:
        tail += 1
    return head, tail
