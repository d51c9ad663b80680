"""What the projector shows, as plain data: the session's question, and the current
group (or every group of its session) with its points, one of them following the
editor as it is typed. Only what the documenter typed into the open seminar is in a
slide: no other seminar, no path, no dialog, no hint text.
"""

from __future__ import annotations

from dataclasses import dataclass

from seminarnotes.core.outline import Point


@dataclass(frozen=True)
class Section:
    """One group: its name and points."""

    group_id: int
    name: str
    points: tuple[Point, ...]


@dataclass(frozen=True)
class Slide:
    """The question small at the top and the groups under it; without groups, `heading`
    (the session's name or the seminar's title) stands large with the question under it.
    `live` is the index of the section that follows the editor (-1: none), `current`
    the point being typed in it (-1: none)."""

    question: str = ""
    heading: str = ""
    sections: tuple[Section, ...] = ()
    live: int = -1
    current: int = -1

    def text(self) -> str:
        """Everything the slide shows, as lines (what the room can read)."""
        lines = [self.heading, self.question]
        for section in self.sections:
            lines.append(section.name)
            lines.extend(point.text for point in section.points)
        return "\n".join(line for line in lines if line)


EMPTY = Slide()
