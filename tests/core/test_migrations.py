"""Alembic migrations run on open, after a backup; newer libraries are refused."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine

from seminarnotes.core.errors import LibraryError
from seminarnotes.core.library import Library
from seminarnotes.core.migrations import HEAD, REVISIONS, SCRIPT_LOCATION


def _config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(SCRIPT_LOCATION))
    return config


def make_at(path: Path, revision: str, seminar: str | None = None) -> None:
    """A library at an older schema revision, with one seminar of that title if given."""
    config = _config()
    engine = create_engine(f"sqlite:///{path}")
    with engine.connect() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
        if seminar is not None:
            connection.exec_driver_sql("INSERT INTO seminar (id, title, language, created, modified) VALUES "
                                       "(1, ?, 'sv', '2014-04-08 09:00:00', '2014-04-08 09:00:00')", (seminar,))
        connection.commit()
    engine.dispose()


def _revision(path: Path) -> str:
    with sqlite3.connect(path) as con:
        return con.execute("SELECT version_num FROM alembic_version").fetchone()[0]


def test_known_revisions_match_alembic() -> None:
    script = ScriptDirectory.from_config(_config())
    assert script.get_current_head() == HEAD
    assert tuple(reversed([r.revision for r in script.walk_revisions()])) == REVISIONS


def test_empty_file_is_created_at_head(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite"
    Library.open(path).close()
    assert _revision(path) == HEAD
    assert not list(tmp_path.glob("*.bak"))


def test_library_of_the_first_schema_is_migrated_with_a_backup(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    make_at(path, REVISIONS[0])
    with sqlite3.connect(path) as con:
        con.execute("INSERT INTO seminar (id, title, date, language, created, modified) "
                    "VALUES (1, 'Gammal', '2014-04-08', 'sv', '2014-04-08 09:00:00', '2014-04-08 09:00:00')")
        con.execute("INSERT INTO seminar_session (id, seminar_id, position, name) VALUES (1, 1, 0, 'Förmiddag')")
        con.execute("INSERT INTO discussion_group (id, session_id, position, name) VALUES (1, 1, 0, 'Köping')")
        con.execute("INSERT INTO point (group_id, position, text, level, kind, created) "
                    "VALUES (1, 0, 'Bevarad punkt', 0, 'point', '2014-04-08 09:00:00')")
    with Library.open(path) as lib:
        doc = lib.seminar_doc(1)
        assert doc.details.title == "Gammal"
        assert doc.sessions[0].groups[0].points[0].text == "Bevarad punkt"
        assert doc.export.date_format == "iso" and doc.export.session_page_break
        from seminarnotes.core.search import search

        assert [h.group_name for h in search(lib, "bevarad")] == ["Köping"]  # the index was built by the migration
        assert [h.point_index for h in search(lib, "Köping")] == [None]
    assert _revision(path) == HEAD
    backups = list((tmp_path / "backups").glob("old-*-upgrade.sqlite"))
    assert len(backups) == 1
    assert _revision(backups[0]) == REVISIONS[0]
    assert not list(tmp_path.glob("*.bak"))  # the backup is in backups/, not beside the library


def test_library_from_a_newer_version_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "future.sqlite"
    Library.open(path).close()
    with sqlite3.connect(path) as con:
        con.execute("UPDATE alembic_version SET version_num = '9999'")
    before = path.read_bytes()
    with pytest.raises(LibraryError, match="newer version of Seminarnotes") as err:
        Library.open(path)
    assert "\n" not in str(err.value)
    assert path.read_bytes() == before
    assert not list(tmp_path.glob("*.bak"))


def test_a_foreign_sqlite_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as con:
        con.execute("CREATE TABLE t (x)")
    with pytest.raises(LibraryError, match="not a Seminarnotes library"):
        Library.open(path)


def test_a_file_that_is_not_sqlite_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_text("hello, this is not a database" * 100)
    with pytest.raises(LibraryError, match="not a Seminarnotes library .it is not an SQLite file.; it was left"):
        Library.open(path)


def test_a_migration_that_fails_half_way_leaves_the_library_as_it_was(tmp_path: Path, monkeypatch) -> None:
    from alembic import op

    path = tmp_path / "lib.sqlite"
    make_at(path, "0002")
    with sqlite3.connect(path) as con:
        con.execute("INSERT INTO seminar (id, title, language, created, modified) "
                    "VALUES (1, 'Kvar', 'sv', '2014-04-08 09:00:00', '2014-04-08 09:00:00')")

    def disk_full(*_args: object, **_kwargs: object) -> None:  # 0003 fails after its first step
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(op, "execute", disk_full)
    with pytest.raises(LibraryError, match="could not be upgraded to this version: the disk is full; it is as it"):
        Library.open(path)
    assert _revision(path) == "0002"
    with sqlite3.connect(path) as con:
        assert "archived" not in [row[1] for row in con.execute("PRAGMA table_info(seminar)")]
    monkeypatch.undo()
    with Library.open(path) as lib:
        assert [s.title for s in lib.list_seminars()] == ["Kvar"]
    assert _revision(path) == HEAD
