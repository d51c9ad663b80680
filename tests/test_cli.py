"""The command line, run as a user runs it: a subprocess."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.helpers import cli, need, one_sentence_error


def test_import_list_and_export_package_round_trip(tmp_path: Path, reference_package: Path) -> None:
    lib = tmp_path / "x.db"
    imported = cli("import", str(reference_package), library=lib)
    assert imported.returncode == 0, imported.stderr
    seminar_id = imported.stdout.strip().splitlines()[-1]
    assert seminar_id.isdigit()
    listed = cli("list", library=lib)
    assert listed.stdout.splitlines() == [f"{seminar_id}\t2014-04-08\tEn lärande och utvecklingsinriktad arbetsplats"]
    out = tmp_path / "out.seminarnotes"
    exported = cli("export-package", seminar_id, "-o", str(out), library=lib)
    assert exported.returncode == 0, exported.stderr
    original = json.loads(reference_package.read_text(encoding="utf-8"))
    again = json.loads(out.read_text(encoding="utf-8"))
    for key in ("export", "created", "modified", "uid"):
        again["seminar"].pop(key, None)
    assert again == original


def test_list_is_newest_first_one_line_each(tmp_path: Path) -> None:
    lib = tmp_path / "x.db"
    for date, title in [("2013-01-01", "Äldst"), ("2015-05-05", "Nyast"), ("2014-02-02", "Mitten")]:
        path = tmp_path / f"{title}.seminarnotes"
        path.write_text(json.dumps({"format": "seminarnotes-package", "version": 1,
                                    "seminar": {"title": title, "date": date, "sessions": []}}), encoding="utf-8")
        assert cli("import", str(path), library=lib).returncode == 0
    assert [line.split("\t")[2] for line in cli("list", library=lib).stdout.splitlines()] == ["Nyast", "Mitten", "Äldst"]


def test_library_variable_and_option(tmp_path: Path) -> None:
    by_env = tmp_path / "env.db"
    assert cli("sample", env={"SEMINARNOTES_LIBRARY": str(by_env)}).returncode == 0
    assert len(cli("list", env={"SEMINARNOTES_LIBRARY": str(by_env)}).stdout.splitlines()) == 1
    by_option = tmp_path / "option.db"
    assert "There is no library at" in one_sentence_error(
        cli("list", library=by_option, env={"SEMINARNOTES_LIBRARY": str(by_env)}))


def test_sample_adds_a_seminar(tmp_path: Path) -> None:
    lib = tmp_path / "x.db"
    result = cli("sample", library=lib)
    assert result.returncode == 0, result.stderr
    assert cli("list", library=lib).stdout.startswith(result.stdout.strip() + "\t")


def test_version() -> None:
    result = cli("--version")
    assert result.returncode == 0 and result.stdout.startswith("seminarnotes ")


@pytest.mark.parametrize("args, words", [
    (["import", "/nonexistent/file.seminarnotes"], "no file"),
    (["export-package", "42", "-o", "x.seminarnotes"], "no seminar with id 42"),
    (["export-package", "abc", "-o", "x.seminarnotes"], "not a seminar id"),
    (["frobnicate"], "invalid choice"),
    (["export-package", "1"], "required"),
])
def test_user_mistakes_give_one_sentence_and_status_2(tmp_path: Path, args: list[str], words: str) -> None:
    assert cli("sample", library=tmp_path / "x.db").returncode == 0
    assert words in one_sentence_error(cli(*args, library=tmp_path / "x.db"))


def test_bad_package_leaves_the_library_unchanged(tmp_path: Path) -> None:
    lib = tmp_path / "x.db"
    cli("sample", library=lib)
    before = cli("list", library=lib).stdout
    bad = tmp_path / "bad.seminarnotes"
    bad.write_text('{"format": "seminarnotes-package", "version": 2, "seminar": {}}', encoding="utf-8")
    assert "version 2" in one_sentence_error(cli("import", str(bad), library=lib))
    assert cli("list", library=lib).stdout == before


def test_export_package_to_a_missing_folder_is_one_sentence(tmp_path: Path) -> None:
    lib = tmp_path / "x.db"
    seminar_id = cli("sample", library=lib).stdout.strip()
    message = one_sentence_error(cli("export-package", seminar_id, "-o", str(tmp_path / "no" / "x.seminarnotes"),
                                      library=lib))
    assert "could not be saved" in message


def test_search_prints_one_tab_separated_line_per_hit(tmp_path: Path, reference_package: Path) -> None:
    lib = tmp_path / "x.db"
    seminar_id = cli("import", str(reference_package), library=lib).stdout.strip()
    result = cli("search", "vasteras stad", library=lib)
    assert result.returncode == 0, result.stderr
    lines = [line.split("\t") for line in result.stdout.splitlines()]
    assert lines and all(len(fields) == 3 and fields[0] == seminar_id for fields in lines)
    assert {"Västerås stad", "Västerås stad och Landstinget", "Västerås stad, äldreomsorg"} <= {f[1] for f in lines}
    assert any("[Västerås]" in f[2] for f in lines)
    assert cli("search", "zyxzyx", library=lib).stdout == ""


def test_export_to_word_by_id_and_from_a_package_file(tmp_path: Path, reference_package: Path) -> None:
    from docx import Document

    lib = tmp_path / "x.db"
    seminar_id = cli("import", str(reference_package), library=lib).stdout.strip()
    by_id, by_file = tmp_path / "by id.docx", tmp_path / "by file.docx"
    assert cli("export", seminar_id, "-o", str(by_id), library=lib).returncode == 0
    assert cli("export", str(reference_package), "-o", str(by_file), library=lib).returncode == 0
    texts = [[p.text for p in Document(str(path)).paragraphs] for path in (by_id, by_file)]
    assert texts[0] == texts[1]
    assert texts[0][0] == "En lärande och utvecklingsinriktad arbetsplats"


def test_failed_word_export_is_one_sentence(tmp_path: Path, reference_package: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    message = one_sentence_error(cli("export", str(reference_package), "-o", str(blocker / "out.docx"),
                                      library=tmp_path / "x.db"))
    assert "could not be saved" in message


def test_importing_a_seminar_the_library_holds_prints_its_id_and_says_so(tmp_path: Path,
                                                                         reference_package: Path) -> None:
    lib = tmp_path / "x.db"
    first = cli("import", str(reference_package), library=lib)
    assert first.returncode == 0 and first.stderr == ""
    seminar_id = first.stdout.strip()
    again = cli("import", str(reference_package), library=lib)
    assert again.returncode == 0
    assert again.stdout.strip() == seminar_id
    assert again.stderr.count("\n") == 1 and "Traceback" not in again.stderr
    assert f"already in the library as seminar {seminar_id};" in again.stderr and "--copy" in again.stderr
    assert len(cli("list", library=lib).stdout.splitlines()) == 1
    # an exported package carries the seminar's uid: recognised even after the seminar changed
    exported = tmp_path / "exported.seminarnotes"
    assert cli("export-package", seminar_id, "-o", str(exported), library=lib).returncode == 0
    data = json.loads(exported.read_text(encoding="utf-8"))
    data["seminar"]["title"] = "Ny titel i paketet"
    exported.write_text(json.dumps(data), encoding="utf-8")
    changed = cli("import", str(exported), library=lib)
    assert changed.returncode == 0 and changed.stdout.strip() == seminar_id
    assert "differs" in changed.stderr
    copy = cli("import", "--copy", str(exported), library=lib)
    assert copy.returncode == 0 and copy.stderr == ""
    copy_id = copy.stdout.strip()
    assert copy_id.isdigit() and copy_id != seminar_id
    assert sorted(line.split("\t")[2] for line in cli("list", library=lib).stdout.splitlines()) == [
        "En lärande och utvecklingsinriktad arbetsplats", "Ny titel i paketet"]


def test_export_to_pdf_by_id(tmp_path: Path, reference_package: Path) -> None:
    need("soffice")
    lib = tmp_path / "x.db"
    seminar_id = cli("import", str(reference_package), library=lib).stdout.strip()
    target = tmp_path / "för deltagarna.pdf"
    result = cli("export", seminar_id, "-o", str(target), library=lib)
    assert result.returncode == 0, result.stderr
    assert target.read_bytes().startswith(b"%PDF-") and b"/StructTreeRoot" in target.read_bytes()


def test_pdf_export_without_libreoffice_exits_2_naming_what_to_install(tmp_path: Path,
                                                                       reference_package: Path) -> None:
    target = tmp_path / "out.pdf"
    message = one_sentence_error(cli("export", str(reference_package), "-o", str(target),
                                      library=tmp_path / "x.db", env={"SEMINARNOTES_SOFFICE": str(tmp_path / "none")}))
    assert "LibreOffice" in message and "install" in message
    assert not target.exists()
