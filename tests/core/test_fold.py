"""Matching without case or diacritics (core/fold.py): "vasteras" finds "Västerås" in
the archive filter and the find bar, as full-text search does."""

from __future__ import annotations

from seminarnotes.core.fold import find_all, fold


def test_fold_drops_case_and_diacritics() -> None:
    assert fold("Västerås") == "vasteras"
    assert fold("ÖREBRO Läns") == "orebro lans"
    assert fold("plain ascii") == "plain ascii"


def test_find_all_maps_folded_matches_back_to_the_text() -> None:
    assert find_all("vasteras", "I Västerås och VÄSTERÅS") == [(2, 8), (15, 8)]
    decomposed = "Va\u0308stera\u030as"  # "Västerås" typed with combining marks
    assert find_all("vasteras", decomposed) == [(0, len(decomposed))]
    assert find_all("ss", "Straße") == [(4, 1)]
    assert find_all("", "x") == []
