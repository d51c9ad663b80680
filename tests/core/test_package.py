"""The .seminarnotes package: exact format, lossless round trip, clear refusals."""

from __future__ import annotations

import copy
import re
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from seminarnotes.core import package
from seminarnotes.core.library import Library
from seminarnotes.core.package import PackageError

OPTIONAL = ("export", "created", "modified", "uid")


def _without_optional(data: dict) -> dict:
    data = copy.deepcopy(data)
    for key in OPTIONAL:
        data["seminar"].pop(key, None)
    return data


def _round_trip(lib: Library, data: dict, tmp_path: Path) -> dict:
    source = tmp_path / "in.seminarnotes"
    source.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    seminar_id = lib.import_doc(package.read(source))
    target = tmp_path / "out.seminarnotes"
    package.write(lib.seminar_doc(seminar_id), target)
    return json.loads(target.read_text(encoding="utf-8"))


def test_reference_package_round_trips_exactly(tmp_path: Path, reference_package: Path) -> None:
    original = json.loads(reference_package.read_text(encoding="utf-8"))
    with Library.open(tmp_path / "lib.sqlite") as lib:
        assert _without_optional(_round_trip(lib, original, tmp_path)) == original


def test_optional_fields_are_written_and_read_back(tmp_path: Path) -> None:
    png = b"\x89PNG\r\n\x1a\n" + b"\0" * 20
    import base64

    data = {"format": "seminarnotes-package", "version": 1, "seminar": {
        "title": "T", "sessions": [], "created": "2014-04-01T10:00:00", "modified": "2014-04-09T11:30:00",
        "export": {"date_format": "compact", "session_page_break": False, "include_empty_groups": False,
                   "page_word": False, "logo": {"filename": "logo.png", "data": base64.b64encode(png).decode()}}}}
    with Library.open(tmp_path / "lib.sqlite") as lib:
        out = _round_trip(lib, data, tmp_path)["seminar"]
    assert out["export"] == data["seminar"]["export"]
    assert (out["created"], out["modified"]) == ("2014-04-01T10:00:00", "2014-04-09T11:30:00")


def test_missing_fields_take_their_defaults_and_unknown_keys_are_ignored() -> None:
    doc = package.loads(json.dumps({"format": "seminarnotes-package", "version": 1, "future": 1, "seminar": {
        "title": "T", "colour": "blue", "sessions": [{"groups": [{"points": [{"text": "a"}, {"text": "b",
                                                                                         "level": 1}]}]}]}}))
    assert doc.details.language == "sv" and doc.details.date is None and doc.details.speaker == ""
    points = doc.sessions[0].groups[0].points
    assert [(p.text, p.level, p.kind) for p in points] == [("a", 0, "point"), ("b", 1, "point")]


_text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=30)


@st.composite
def _points(draw) -> list[dict]:
    points, previous = [], -1
    for _ in range(draw(st.integers(0, 8))):
        level = draw(st.integers(0, min(previous + 1, 2)))
        points.append({"text": draw(_text), "level": level, "kind": draw(st.sampled_from(["point", "highlight"]))})
        previous = level
    return points


@st.composite
def _packages(draw) -> dict:
    contact = {k: draw(_text) for k in ("name", "role", "organization", "phone", "email")}
    seminar = {k: draw(_text) for k in ("title", "speaker", "venue", "document_type", "organizer")}
    seminar["date"] = draw(st.none() | st.dates().map(lambda d: d.isoformat()))
    seminar["language"] = draw(st.sampled_from(["sv", "en"]))
    seminar["closing"] = {"thanks": draw(_text), "about": draw(_text), "compiled_by": draw(_text),
                          "contact": contact, "website": draw(_text)}
    seminar["sessions"] = draw(st.lists(st.fixed_dictionaries({
        "name": _text, "question": _text,
        "groups": st.lists(st.fixed_dictionaries({"name": _text, "points": _points()}), max_size=4)}), max_size=3))
    return {"format": "seminarnotes-package", "version": 1, "seminar": seminar}


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=_packages())
def test_generated_seminars_round_trip(tmp_path: Path, data: dict) -> None:
    with Library.open(tmp_path / "lib.sqlite") as lib:
        assert _without_optional(_round_trip(lib, data, tmp_path)) == data


def _valid() -> dict:
    return {"format": "seminarnotes-package", "version": 1, "seminar": {"title": "T", "sessions": [
        {"name": "A", "groups": [{"name": "G", "points": [{"text": "a"}, {"text": "b", "level": 1}]}]},
        {"name": "B", "groups": [{"name": "H", "points": [{"text": "c"}]}]}]}}


def _with(change) -> str:
    data = _valid()
    change(data)
    return json.dumps(data)


BAD = {
    "invalid JSON": ('{"format": "seminarnotes-package", "version": 1,', r"not valid JSON \(line 1"),
    "wrong format": (_with(lambda d: d.update(format="other-thing")), r'^format: "other-thing" is not'),
    "not a package": ("[1, 2, 3]", "expected an object"),
    "version too high": (_with(lambda d: d.update(version=7)), "version 7.*up to version 1"),
    "level jump": (_with(lambda d: d["seminar"]["sessions"][1]["groups"][0]["points"].append(
        {"text": "x", "level": 2})), r"^sessions\[1\]\.groups\[0\]\.points\[1\]\.level: 2 is more than one above 0\.$"),
    "first point indented": (_with(lambda d: d["seminar"]["sessions"][0]["groups"][0]["points"][0].update(level=1)),
                             r"points\[0\]\.level: 1 must be 0"),
    "level out of range": (_with(lambda d: d["seminar"]["sessions"][0]["groups"][0]["points"][1].update(level=3)),
                           r"points\[1\]\.level: 3 is not 0, 1 or 2"),
    "bad kind": (_with(lambda d: d["seminar"]["sessions"][0]["groups"][0]["points"][1].update(kind="note")),
                 r"points\[1\]\.kind"),
    "missing title": (_with(lambda d: d["seminar"].pop("title")), r"seminar\.title: is missing"),
    "sessions not a list": (_with(lambda d: d["seminar"].update(sessions={})), r"^seminar\.sessions: expected a list"),
    "missing sessions": (_with(lambda d: d["seminar"].pop("sessions")), r"seminar\.sessions: is missing"),
    "bad date": (_with(lambda d: d["seminar"].update(date="8 april 2014")), r"seminar\.date: .*YYYY-MM-DD"),
    "text not text": (_with(lambda d: d["seminar"]["sessions"][0].update(name=5)), r"sessions\[0\]\.name: expected"),
}


@pytest.mark.parametrize("case", sorted(BAD))
def test_bad_packages_are_refused_in_one_sentence_and_the_library_is_unchanged(tmp_path: Path, case: str) -> None:
    text, message = BAD[case]
    path = tmp_path / "bad.seminarnotes"
    path.write_text(text, encoding="utf-8")
    with Library.open(tmp_path / "lib.sqlite") as lib:
        lib.import_doc(package.loads(json.dumps(_valid())))
        before = lib.list_seminars()
        with pytest.raises(PackageError) as err:
            lib.import_doc(package.read(path))
        assert lib.list_seminars() == before
    assert "\n" not in str(err.value)
    assert str(err.value).startswith("bad.seminarnotes cannot be used: ") and str(err.value).endswith(".")
    assert re.search(message, str(err.value).split(": ", 1)[1]), str(err.value)


def test_a_60_mb_file_is_refused_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "huge.seminarnotes"
    with path.open("wb") as handle:
        handle.truncate(60 * 1000 * 1000)
    with pytest.raises(PackageError, match="larger than 50 MB"):
        package.read(path)


def test_export_writes_through_a_temporary_file(tmp_path: Path, reference_package: Path) -> None:
    target = tmp_path / "x.seminarnotes"
    package.write(package.read(reference_package), target)
    assert [p.name for p in tmp_path.iterdir()] == ["x.seminarnotes"]
    assert json.loads(target.read_text(encoding="utf-8"))["format"] == "seminarnotes-package"


def test_the_seminar_identity_travels_and_a_bad_one_is_refused() -> None:
    uid = "0123456789abcdef0123456789abcdef"
    doc = package.parse({"format": "seminarnotes-package", "version": 1,
                         "seminar": {"title": "T", "sessions": [], "uid": uid}})
    assert doc.uid == uid
    assert package.to_dict(doc)["seminar"]["uid"] == uid
    with pytest.raises(package.PackageError, match=r"seminar.uid: .* is not a seminar identity"):
        package.parse({"format": "seminarnotes-package", "version": 1,
                       "seminar": {"title": "T", "sessions": [], "uid": "not-hex"}})


@pytest.mark.parametrize("which", ["", "-wal", "-shm", "backup"])
def test_the_library_and_its_own_files_are_refused_unopened(open_library, tmp_path: Path, which: str) -> None:
    """Opening and closing the library outside SQLite would cancel SQLite's locks on it."""
    from seminarnotes.core import backup
    from seminarnotes.core.errors import LibraryError
    from tests.helpers import files_opened, own_files_among

    library = open_library()
    library.create_seminar("Kvar")
    chosen = (backup.make_backup(library.path, "manual") if which == "backup"
              else library.path.with_name(library.path.name + which))
    with files_opened() as opened, pytest.raises(LibraryError) as caught:
        package.read(chosen, library=library.path)
    assert str(caught.value) == (f"{chosen} is the library itself; choose another file." if not which else
                                 f"{chosen} is one of the library's own files (its journal, lock or backups); "
                                 "choose another file.")
    assert own_files_among(opened, library.path) == []


def test_a_link_to_the_library_is_the_library(open_library, tmp_path: Path) -> None:
    from seminarnotes.core.errors import LibraryError

    library = open_library()
    link = tmp_path / "Samverkan.seminarnotes"
    link.symlink_to(library.path)
    with pytest.raises(LibraryError, match="is the library itself"):
        package.read(link, library=library.path)
    hard = tmp_path / "hård.seminarnotes"
    hard.hardlink_to(library.path)
    with pytest.raises(LibraryError, match="is the library itself"):
        package.read(hard, library=library.path)
