"""The editor's save: only what changed is written, versions count writes, and a save
based on an old version keeps both texts instead of overwriting the newer one."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from seminarnotes.core.library import Library
from seminarnotes.core.outline import Point, clamp_levels
from seminarnotes.core.search import search


def _group(lib: Library, points: list[Point] = ()) -> int:  # type: ignore[assignment]
    seminar = lib.create_seminar("Prov")
    session = lib.add_session(seminar, "Förmiddag")
    lib.add_group(session, "Köping")
    group = lib.add_group(session, "Sala", points=points)
    lib.add_group(session, "Arboga")
    return group


def _ids(lib: Library, group: int) -> list[int]:
    return [r[0] for r in lib._db.execute("SELECT id FROM point WHERE group_id = ? ORDER BY position", (group,))]


outlines = st.lists(st.builds(Point, st.sampled_from(["a", "b", "c", "Västerås", ""]), st.integers(0, 2),
                              st.sampled_from(["point", "highlight"])), max_size=8).map(clamp_levels)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(old=outlines, new=outlines)
def test_any_outline_replaces_any_other(tmp_path: Path, old: list[Point], new: list[Point]) -> None:
    with Library.open(tmp_path / f"l{abs(hash((tuple(old), tuple(new))))}.sqlite") as lib:
        group = _group(lib, old)
        lib.set_points(group, new)
    with Library.open(lib.path) as again:
        assert again.points(group) == new
        assert again.integrity_ok()


def test_unchanged_points_keep_their_rows_and_a_save_that_changes_nothing_writes_nothing(tmp_path: Path) -> None:
    with Library.open(tmp_path / "l.sqlite") as lib:
        start = [Point(f"punkt {i}") for i in range(6)]
        group = _group(lib, start)
        ids = _ids(lib, group)
        _, version = lib.versioned_points(group)
        assert lib.set_points(group, start).version == version  # nothing changed: no new version
        inserted = start[:3] + [Point("ny")] + start[3:]
        saved = lib.set_points(group, inserted)
        assert saved.version == version + 1 and saved.copy_id is None
        after = _ids(lib, group)
        assert after[:3] == ids[:3] and after[4:] == ids[3:], "rows before and after the new point are kept"
        assert lib.points(group) == inserted


def test_the_search_index_follows_every_save(tmp_path: Path) -> None:
    with Library.open(tmp_path / "l.sqlite") as lib:
        group = _group(lib, [Point("tidig insats"), Point("mentorer")])
        lib.set_points(group, [Point("tidig insats"), Point("handledning")])
        assert [h.snippet for h in search(lib, "handledning")] == ["[handledning]"]
        assert search(lib, "mentorer") == []


def test_a_save_based_on_an_older_version_keeps_both_texts(tmp_path: Path) -> None:
    path = tmp_path / "l.sqlite"
    with Library.open(path) as window:
        group = _group(window, [Point("start")])
        _, seen = window.versioned_points(group)
        with Library.open(path) as other:  # another connection writes the group meanwhile
            other.set_points(group, [Point("start"), Point("från den andra")])
        saved = window.set_points(group, [Point("start"), Point("från fönstret")], based_on=seen,
                                  copy_name="Sala (din version)")
        assert saved.copy_id is not None
    with Library.open(path) as lib:
        seminar = lib.newest_seminar_id()
        groups = lib.seminar_tree(seminar)[0].groups
        assert [g.name for g in groups] == ["Köping", "Sala", "Sala (din version)", "Arboga"]
        assert lib.points(group) == [Point("start"), Point("från den andra")]
        assert lib.points(saved.copy_id) == [Point("start"), Point("från fönstret")]
