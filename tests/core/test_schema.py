"""One schema: the migrations, the ORM classes, the plain data the reads fill and the
column lists kept by hand agree, and reading a library never loads SQLAlchemy."""

from __future__ import annotations

import re
import subprocess
import sys
from dataclasses import fields
from pathlib import Path
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import MetaData, create_engine, inspect

from seminarnotes.core import migrate, rescue
from seminarnotes.core.document import ExportSettings, GroupDoc, SeminarDetails, SeminarDoc, SessionDoc
from seminarnotes.core.library import GroupNode, Library, SeminarSummary, SessionNode
from seminarnotes.core.models import Base
from seminarnotes.core.outline import Point
from tests.core.test_migrations import make_at

REPO = Path(__file__).resolve().parents[2]


def _plain(default: str | None) -> str | None:
    """A server default as SQLite reflects it ("('')", "'sv'", "1") or SQLAlchemy renders it, bare."""
    if default is None:
        return None
    while (inner := re.fullmatch(r"\((.*)\)", default)) is not None:
        default = inner[1]
    quoted = re.fullmatch(r"'(.*)'", default)
    return quoted[1] if quoted else default


def _compare_default(_context: Any, _inspected: Any, _column: Any, inspected: str | None, _default: Any,
                     rendered: str | None) -> bool:
    """Alembic's own SQLite comparison calls the empty string "('')" different from ""."""
    return _plain(inspected) != _plain(rendered)


def _ours(name: str | None, type_: str, _parent: Any) -> bool:
    """The FTS5 search index and its shadow tables are made by raw SQL in migration 0003 (with
    the triggers that keep it), not described by the ORM; test_search.py covers them."""
    return not (type_ == "table" and name is not None and name.startswith("search_index"))


def differences(path: Path, metadata: MetaData) -> list[Any]:
    """What Alembic's autogenerate would change in the library at `path` to match `metadata`:
    tables, columns, types, nullability, server defaults, indexes, foreign keys."""
    engine = create_engine(f"sqlite:///{path}")
    try:
        with engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={
                "compare_type": True, "compare_server_default": _compare_default, "include_name": _ours})
            return compare_metadata(context, metadata)
    finally:
        engine.dispose()


@pytest.fixture(scope="module")
def migrated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A library made the way the program makes one: every migration, 0001 to the newest."""
    path = tmp_path_factory.mktemp("schema") / "library.sqlite"
    Library.open(path).close()
    return path


def _columns(path: Path) -> dict[str, list[str]]:
    engine = create_engine(f"sqlite:///{path}")
    try:
        found = inspect(engine)
        return {table: [c["name"] for c in found.get_columns(table)] for table in found.get_table_names()
                if not table.startswith("search_index")}
    finally:
        engine.dispose()


def test_a_freshly_migrated_library_is_what_the_orm_describes(migrated: Path) -> None:
    assert differences(migrated, Base.metadata) == []


def test_the_comparison_sees_what_a_migration_adds(tmp_path: Path) -> None:
    """Not blind: a library of the schema before 0004 lacks exactly what 0004 adds."""
    path = tmp_path / "0003.sqlite"
    make_at(path, "0003")
    found = differences(path, Base.metadata)
    added_columns = sorted((op[2], op[3].name) for op in found if op[0] == "add_column")
    added_indexes = [op[1].name for op in found if op[0] == "add_index"]
    assert added_columns == [("discussion_group", "version"), ("seminar", "uid")]
    assert added_indexes == ["ix_seminar_uid"]
    assert len(found) == 3


def test_check_constraints_are_the_orms(migrated: Path) -> None:
    engine = create_engine(f"sqlite:///{migrated}")
    try:
        in_file = {c["name"]: " ".join(c["sqltext"].split()) for c in inspect(engine).get_check_constraints("point")}
    finally:
        engine.dispose()
    described = {c.name: str(c.sqltext) for c in Base.metadata.tables["point"].constraints
                 if c.__class__.__name__ == "CheckConstraint"}
    assert in_file == described == {"ck_point_level": "level BETWEEN 0 AND 2",
                                    "ck_point_kind": "kind IN ('point', 'highlight')"}


def _names(cls: type, *, but: tuple[str, ...] = ()) -> set[str]:
    return {f.name for f in fields(cls)} - set(but)


def test_the_plain_data_reads_fill_is_named_after_columns(migrated: Path) -> None:
    """The reads select the dataclasses' field names as columns (`SELECT {names} FROM seminar`,
    rows by name): a field without a column would fail only when that read runs."""
    columns = {table: set(names) for table, names in _columns(migrated).items()}
    assert _names(SeminarDetails) <= columns["seminar"]
    assert _names(ExportSettings) <= columns["seminar"]
    assert _names(SeminarDoc, but=("details", "export", "sessions")) <= columns["seminar"]
    assert _names(SeminarSummary, but=("groups", "points")) <= columns["seminar"]  # counted
    assert _names(SessionDoc, but=("groups",)) <= columns["seminar_session"]
    assert _names(SessionNode, but=("groups",)) <= columns["seminar_session"]
    assert _names(GroupDoc, but=("points",)) <= columns["discussion_group"]
    assert _names(GroupNode, but=("point_count",)) <= columns["discussion_group"]  # counted
    assert _names(Point) <= columns["point"]


def test_the_column_lists_kept_by_hand_are_the_schemas(migrated: Path) -> None:
    """The rescue copies every column it knows of, and `inspect` recognises a library by its tables."""
    columns = _columns(migrated)
    assert {table: list(names) for table, names in rescue.COLUMNS.items()} == {
        table: names for table, names in columns.items() if table != "alembic_version"}
    assert migrate.OUR_TABLES == set(columns) == set(Base.metadata.tables) | {"alembic_version"}


READS = """
import sys
from seminarnotes.core.library import Library
from seminarnotes.core.outline import Point
from seminarnotes.core.search import search

with Library.open(sys.argv[1]) as library:
    seminar = library.list_seminars()[0].id
    library.newest_seminar_id(), library.details(seminar), library.export_settings(seminar)
    group = library.seminar_tree(seminar)[0].groups[0].id
    points, version = library.versioned_points(group)
    library.seminar_doc(seminar), library.group_names(), search(library, "Köping")
    library.set_points(group, [*points, Point("ny")], based_on=version)
    print(sorted({name.split(".")[0] for name in sys.modules} & {"sqlalchemy", "alembic"}))
"""


def test_reading_and_saving_points_do_not_load_sqlalchemy(tmp_path: Path) -> None:
    """Importing SQLAlchemy costs 240-420 ms: start-up reads and the points' save go through sqlite3."""
    path = tmp_path / "library.sqlite"
    with Library.open(path) as library:
        seminar = library.create_seminar("Seminarium")
        library.add_group(library.add_session(seminar, "Förmiddag"), "Köping", points=[Point("Köping först")])
    out = subprocess.run([sys.executable, "-c", READS, str(path)], cwd=REPO, capture_output=True, text=True,
                         check=True).stdout
    assert out.strip() == "[]"
    with Library.open(path) as library:
        group = library.seminar_tree(library.newest_seminar_id())[0].groups[0].id
        assert library.points(group) == [Point("Köping först"), Point("ny")]


def test_the_write_side_and_the_migrations_do_not_import_the_library() -> None:
    """No import circle: store and migrate share connections.py and deleted_list.py instead."""
    code = ("import sys, seminarnotes.core.store, seminarnotes.core.migrate; "
            "print(sorted(m for m in sys.modules if m in ('seminarnotes.core.library', 'seminarnotes.core.store')))")
    out = subprocess.run([sys.executable, "-c", code.replace("seminarnotes.core.store, ", "")], cwd=REPO,
                         capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"  # migrate alone loads neither
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True).stdout
    assert out.strip() == "['seminarnotes.core.store']"  # the write side does not load the read side
