"""One sentence for every fault the probe of issue 9 answered with "unexpected error" or a
wrong sentence: hostile packages, endless searches, escape sequences, logs, the round trip."""

from __future__ import annotations

import json
import logging
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from seminarnotes.core import package
from seminarnotes.core.document import GroupDoc, SeminarDetails, SeminarDoc, SessionDoc
from seminarnotes.core.errors import LibraryError
from seminarnotes.core.library import Library
from seminarnotes.core.outline import Point
from tests.helpers import cli, one_sentence_error

PACKAGE = {"format": "seminarnotes-package", "version": 1,
           "seminar": {"title": "T", "sessions": [{"name": "A", "groups": [{"name": "G", "points": []}]}]}}


def _package(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "in.seminarnotes"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_lone_surrogate_is_one_sentence(tmp_path: Path) -> None:
    raw = json.dumps(PACKAGE).replace('"points": []', '"points": [{"text": "trasig \\ud800 text"}]')
    message = one_sentence_error(cli("import", str(_package(tmp_path, raw)), library=tmp_path / "x.db"))
    assert message == ("seminarnotes: in.seminarnotes cannot be used: sessions[0].groups[0].points[0].text: contains "
                       "\\ud800, half of a character, which is not text.")


def test_json_nested_100000_deep_is_one_sentence(tmp_path: Path) -> None:
    path = _package(tmp_path, "[" * 100_000 + "]" * 100_000)
    assert one_sentence_error(cli("import", str(path), library=tmp_path / "x.db")).endswith(
        "in.seminarnotes cannot be used: The file is nested too deeply to be a seminar package.")


def test_a_file_without_a_size_is_read_only_up_to_the_limit() -> None:
    message = one_sentence_error(cli("import", "/dev/zero", library=Path("/nonexistent/x.db")))
    assert message == "seminarnotes: zero is larger than 50 MB, too large for a seminar package."


def test_a_search_too_long_to_answer_quickly_is_one_sentence(tmp_path: Path) -> None:
    library = tmp_path / "x.db"
    cli("sample", library=library)
    words = " ".join(f"ord{k}" for k in range(1500))
    message = one_sentence_error(cli("search", words[:10_000], library=library))
    assert message == "seminarnotes: The search is too long: use at most 16 words and 300 characters."
    seventeen = " ".join(f"ord{k}" for k in range(17))
    assert "too long" in one_sentence_error(cli("search", seventeen, library=library))
    assert cli("search", " ".join(["samverkan"] * 25), library=library).returncode == 0  # a repeated word counts once


def test_the_terminal_gets_escaped_control_characters(tmp_path: Path) -> None:
    library = tmp_path / "x.db"
    data = json.loads(json.dumps(PACKAGE))
    data["seminar"]["title"] = "\x1b]0;pwned\x07Röd \x1b[31mtext\nny rad\u202e"
    data["seminar"]["sessions"][0]["groups"][0] = {"name": "G\tflik", "points": [{"text": "radera \x1b[2J allt"}]}
    assert cli("import", str(_package(tmp_path, json.dumps(data))), library=library).returncode == 0
    listed = cli("list", library=library).stdout
    assert listed.endswith("\t\\x1b]0;pwned\\x07Röd \\x1b[31mtext\\nny rad\\u202e\n")
    found = cli("search", "radera", library=library).stdout
    assert "\x1b" not in found and found.split("\t")[1] == "G\\tflik" and "\\x1b[2J" in found


def test_a_write_refused_by_the_database_is_a_sentence_and_never_logs_the_text(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    with Library.open(tmp_path / "x.db") as lib:
        group = lib.add_group(lib.add_session(lib.create_seminar("S")), "G")
        lib._db.execute("CREATE TRIGGER boom BEFORE INSERT ON point BEGIN SELECT RAISE(ABORT, 'boom'); END")
        with caplog.at_level(logging.WARNING, logger="seminarnotes"):
            with pytest.raises(LibraryError) as typed:  # the editor's save (plain sqlite3)
                lib.set_points(group, [Point("Hemlig punkt om Kalle")])
            with pytest.raises(LibraryError) as imported:  # a whole seminar (the ORM, which logs the refusal)
                lib.import_doc(_doc("Hemlig punkt om Kalle"))
    for err in (typed, imported):
        assert str(err.value).endswith("could not be written: SQLite reported: boom; nothing was changed.")
    assert "boom" in caplog.text and "Hemlig" not in caplog.text and "Kalle" not in caplog.text


BOOM = "import sys, seminarnotes.cli as c\nc._run = lambda *a: 1 / 0\nsys.exit(c.main(['list']))"


def test_an_unexpected_error_is_logged_with_a_time_stamp(tmp_path: Path) -> None:
    env = {**os.environ, "XDG_STATE_HOME": str(tmp_path / "state")}
    result = subprocess.run([sys.executable, "-c", BOOM], capture_output=True, text=True, env=env)
    assert result.returncode == 1 and len(result.stderr.splitlines()) == 1
    log = next((tmp_path / "state").rglob("seminarnotes.log"))
    assert result.stderr.strip().endswith(f"details are in {log}.")
    text = log.read_text(encoding="utf-8")
    assert re.match(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3} ERROR seminarnotes \[\d+\]: unexpected error\n", text)
    assert "ZeroDivisionError" in text


def test_a_log_folder_that_cannot_be_written_is_one_sentence(tmp_path: Path) -> None:
    blocker = tmp_path / "state"
    blocker.write_text("a file where the folder should be")
    env = {**os.environ, "XDG_STATE_HOME": str(blocker)}
    result = subprocess.run([sys.executable, "-c", BOOM], capture_output=True, text=True, env=env)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert len(result.stderr.splitlines()) == 1
    assert "could not be logged because the log folder" in result.stderr


def test_the_log_is_rotated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from seminarnotes import logs

    logs.stop()
    monkeypatch.setattr(logs, "log_path", lambda: tmp_path / "log" / "seminarnotes.log")
    monkeypatch.setattr(logs, "MAX_BYTES", 10_000)
    try:
        logs.start()
        for k in range(2000):
            logs.log.warning("entry %d %s", k, "x" * 50)
    finally:
        logs.stop()
    names = sorted(p.name for p in (tmp_path / "log").iterdir())
    assert names == ["seminarnotes.log", "seminarnotes.log.1", "seminarnotes.log.2", "seminarnotes.log.3"]
    assert all(p.stat().st_size <= 10_100 for p in (tmp_path / "log").iterdir())
    assert "entry 1999" in (tmp_path / "log" / "seminarnotes.log").read_text(encoding="utf-8")


def _doc(text: str) -> SeminarDoc:
    return SeminarDoc(SeminarDetails(title="Stor"), [SessionDoc("A", "", [GroupDoc("G", [Point(text)])])])


def test_export_package_never_writes_what_import_refuses(tmp_path: Path) -> None:
    target = tmp_path / "big.seminarnotes"
    quotes = 'a "' * (49_990_000 // 3)  # 49.99 MB of text; every quote is two bytes in JSON
    with pytest.raises(package.PackageError) as err:
        package.write(_doc(quotes), target)
    assert re.fullmatch(r"The seminar is too large for a package: it would be 66\.\d MB, and a package holds at most "
                        r"50 MB\.", str(err.value))
    assert not target.exists() and list(tmp_path.iterdir()) == []
    fits = "a" * 49_990_000
    package.write(_doc(fits), target)
    assert package.read(target).sessions[0].groups[0].points[0].text == fits


def test_the_log_never_holds_seminar_text_from_statements() -> None:
    from seminarnotes.core.store import transactional_engine

    engine = transactional_engine(Path(":memory:"))
    assert engine.hide_parameters
    engine.dispose()
