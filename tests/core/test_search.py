"""Search across all seminars: FTS5 kept in sync with every edit, import and delete."""

from __future__ import annotations

from pathlib import Path

import pytest

from seminarnotes.core import package
from seminarnotes.core.library import Library
from seminarnotes.core.outline import Point
from seminarnotes.core.search import KIND_GROUP, KIND_POINT, KIND_SEMINAR, KIND_SESSION, fts_query, search


@pytest.fixture
def lib(tmp_path: Path, reference_package: Path):
    library = Library.open(tmp_path / "lib.sqlite")
    library.reference_id = library.import_doc(package.read(reference_package))
    yield library
    library.close()


def _texts(lib: Library, query: str) -> list[str]:
    return [h.snippet for h in search(lib, query, start="[", end="]")]


def test_an_imported_package_is_searchable_at_once(lib: Library) -> None:
    hits = search(lib, "studiebesök")
    assert len(hits) == 1
    hit = hits[0]
    assert (hit.seminar_id, hit.session_name, hit.group_name, hit.point_index, hit.kind) == (
        lib.reference_id, "Förmiddag", "Fagersta", 1, KIND_POINT)
    assert "[studiebesök]" in hit.snippet


def test_diacritics_are_ignored(lib: Library) -> None:
    assert {h.group_name for h in search(lib, "vasteras") if h.kind == KIND_GROUP} == {
        "Västerås stad och Landstinget", "Västerås stad, äldreomsorg", "Västerås stad"}
    assert search(lib, "KOPING")


def test_prefix_finds_every_form_of_the_word(lib: Library) -> None:
    snippets = " ".join(_texts(lib, "utveckl*")).lower()
    for form in ("[utveckla]", "[utveckling]", "[utvecklingsarbetet]", "[utvecklingsinriktad]"):
        assert form in snippets
    assert not search(lib, "utveckl")  # without the star, only the whole word


def test_quoted_phrase_finds_the_phrase_only(lib: Library) -> None:
    assert [h.snippet for h in search(lib, '"olika medarbetare"')] == ["[olika medarbetare] (olika roller, "
                                                                      "förförståelse, kunskaper etc)"]
    assert len(search(lib, "olika medarbetare")) == 3  # both words somewhere in the point


def test_group_session_question_and_title_are_found(lib: Library) -> None:
    kinds = {h.kind for h in search(lib, "Hallstahammar")} | {h.kind for h in search(lib, "Eftermiddag")}
    kinds |= {h.kind for h in search(lib, "fokusera")} | {h.kind for h in search(lib, "lärande")}
    assert {KIND_GROUP, KIND_SESSION, KIND_SEMINAR, KIND_POINT} <= kinds


def test_edited_and_deleted_points_leave_the_results(lib: Library) -> None:
    group = lib.seminar_tree(lib.reference_id)[0].groups[0].id
    lib.set_points(group, [Point("Helt ny punkt om kanelbullar")])
    assert len(search(lib, "kanelbullar")) == 1
    assert not [h for h in search(lib, "arbetsplatsträffar") if h.group_id == group]
    lib.set_points(group, [])
    assert search(lib, "kanelbullar") == []


def test_renamed_and_moved_groups_are_found_where_they_are(lib: Library) -> None:
    tree = lib.seminar_tree(lib.reference_id)
    group = tree[0].groups[0].id
    lib.rename_group(group, "Kungsörs kommun")
    assert search(lib, "Kungsör/Köping") == []
    lib.move_group(group, tree[1].id, 0)
    assert {h.session_name for h in search(lib, "arbetsplatsträffar")} == {"Eftermiddag"}


def test_deleted_seminars_leave_the_results_and_come_back_on_restore(lib: Library) -> None:
    lib.delete_seminar(lib.reference_id)
    assert search(lib, "studiebesök") == []
    lib.restore_seminar(lib.reference_id)
    assert len(search(lib, "studiebesök")) == 1
    lib.purge_seminar(lib.reference_id)
    with lib.reading() as c:
        assert c.execute("SELECT count(*) FROM search_index").fetchone()[0] == 0


def test_odd_input_is_taken_literally_not_as_syntax(lib: Library) -> None:
    """FTS5's operators and punctuation are words a documenter may have written, or nothing:
    never query syntax (which would raise, or find something else)."""
    session = lib.seminar_tree(lib.reference_id)[0].id
    group = lib.add_group(session, "Ordlistan", points=[
        Point("Protokollet sa AND och OR NOT om beslutet"),
        Point("Kvoten a:b ändrades NEAR( slutet"),
        Point("Ett tankstreck - en stjärna * och 'citat' (parentes)"),
    ])

    def found(query: str) -> list[tuple[int | None, int | None, str]]:
        return [(h.group_id, h.point_index, h.snippet) for h in search(lib, query)]

    assert found("AND") == [(group, 0, "Protokollet sa [AND] och OR NOT om beslutet")]
    assert found("OR NOT") == [(group, 0, "Protokollet sa AND och [OR] [NOT] om beslutet")]
    assert found('"or not"') == [(group, 0, "Protokollet sa AND och [OR NOT] om beslutet")]
    assert found("NEAR(") == [(group, 1, "Kvoten a:b ändrades [NEAR]( slutet")]
    assert found("a:b") == [(group, 1, "Kvoten [a]:[b] ändrades NEAR( slutet")]  # "bl a" elsewhere has no b
    assert [h[:2] for h in found("'citat' (parentes)")] == [(group, 2)]
    for query in ['"', '""', "(", "()", "*", "-", "'", "  "]:  # no word: nothing to look for
        assert fts_query(query) == ""
        assert search(lib, query) == []
    assert fts_query("Kungsör/Köping") == '"Kungsör" "Köping"'
    assert fts_query("") == ""
