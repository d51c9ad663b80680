"""A document of 50,000 paragraphs imports whole (its time and memory are measured in
benchmarks/bench_wordimport.py, not here)."""

from __future__ import annotations

from pathlib import Path

from seminarnotes.core.library import Library
from seminarnotes.wordimport import read_word
from tests.wordimport.handmade import GROUPS_PER_SESSION, large_handmade


def test_fifty_thousand_paragraphs_import_whole(tmp_path: Path) -> None:
    path = large_handmade(tmp_path / "stort.docx", 50_000)
    reading = read_word(path)
    assert reading.paragraph_count >= 49_990
    doc = reading.doc
    groups = [g for s in doc.sessions for g in s.groups]
    points = [p for g in groups for p in g.points]
    assert len(groups) > 2_300 and len(doc.sessions) == -(-len(groups) // GROUPS_PER_SESSION)
    assert len(points) == len(groups) * 22  # 20 paragraphs a group, one of them with two typed sub-points
    assert sum(p.kind == "highlight" for p in points) == len(groups) * 2
    assert reading.uncertainties == []
    with Library.open(tmp_path / "lib.sqlite") as library:
        seminar_id = library.import_doc(doc)
        assert library.list_seminars()[0].points == len(points)
        assert library.seminar_doc(seminar_id).sessions == doc.sessions
