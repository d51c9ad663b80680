"""`seminarnotes import FILE.docx` and `--dry-run`, run as a user runs them."""

from __future__ import annotations

from pathlib import Path

import pytest

from seminarnotes.core import package
from seminarnotes.core.library import Library
from tests.helpers import REFERENCE_HANDMADE as HANDMADE
from tests.helpers import cli
from tests.wordimport.handmade import FIXTURES, HandMade


def test_import_prints_the_new_id_last_and_the_library_holds_the_seminar(tmp_path: Path,
                                                                         reference_package: Path) -> None:
    lib = tmp_path / "lib.sqlite"
    result = cli("import", str(HANDMADE), library=lib)
    assert result.returncode == 0, result.stderr
    seminar_id = int(result.stdout.strip().splitlines()[-1])
    with Library.open(lib) as library:
        doc = library.seminar_doc(seminar_id)
    expected = package.read(reference_package)
    assert (doc.details, doc.sessions) == (expected.details, expected.sessions)


def test_dry_run_prints_the_outline_indented_with_kinds_and_writes_nothing(tmp_path: Path) -> None:
    lib = tmp_path / "lib.sqlite"
    result = cli("import", "--dry-run", str(HANDMADE), library=lib)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert "     6   session: Förmiddag" in lines
    assert "     5     question: Vad vill vi fokusera på och hur ska vi göra för att skapa en mer " \
           "utvecklingsinriktad arbetsplats?" in lines
    assert "     7     group: Kungsör/Köping" in lines
    assert "    48       point: Viktiga utmaningar för chefsskapet i utvecklingsarbetet ligger i:" in lines
    assert "    48         point: förändrade krav på verksamheten" in lines
    assert any(line.startswith("    16       highlight: På anhörigstöd i Fagersta") for line in lines)
    assert "    79     contact: Karina Tilling, Utvecklingsledare \u21b5 Västmanlands Kommuner och Landsting" in lines
    assert "Sessions: 2, groups: 12, points: 56 (6 good examples)." in lines
    assert lines[-1] == "Nothing was written (--dry-run)."
    assert not lib.exists()


def test_dry_run_marks_guesses_and_says_why(tmp_path: Path) -> None:
    path = (HandMade().line("Höstträff", bold=True, size=20).line("Förmiddag", bold=True, size=14)
            .line("Köping", bold=True).line("- Mer dialog").line("- Tydligare mål").save(tmp_path / "h.docx"))
    result = cli("import", "--dry-run", str(path), library=tmp_path / "lib.sqlite")
    assert result.returncode == 0, result.stderr
    assert "     3 ?   group: Köping" in result.stdout.splitlines()
    assert "  line 3: read as a group name because it is bold and short" in result.stdout.splitlines()


def test_dry_run_of_a_package_prints_its_outline(tmp_path: Path, reference_package: Path) -> None:
    result = cli("import", "--dry-run", str(reference_package), library=tmp_path / "lib.sqlite")
    assert result.returncode == 0, result.stderr
    assert "           group: Kungsör/Köping" in result.stdout.splitlines()
    assert not (tmp_path / "lib.sqlite").exists()


def test_import_says_which_lines_are_guesses_on_stderr(tmp_path: Path) -> None:
    path = (HandMade().line("Höstträff", bold=True, size=20).line("Förmiddag", bold=True, size=14)
            .line("Köping", bold=True).line("- Mer dialog").save(tmp_path / "h.docx"))
    result = cli("import", str(path), library=tmp_path / "lib.sqlite")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().isdigit()
    assert "seminarnotes: note: line 3: read as a group name because it is bold and short" in result.stderr


@pytest.mark.parametrize("name, words", [
    ("old-format.doc", "is an old Word document (.doc); open it in Word or LibreOffice, save it as a Word "
                       "document (.docx) and import that."),
    ("password-protected.docx", "is protected with a password"),
])
def test_bad_word_files_get_one_sentence_and_change_nothing(tmp_path: Path, name: str, words: str) -> None:
    lib = tmp_path / "lib.sqlite"
    assert cli("sample", library=lib).returncode == 0
    before = cli("list", library=lib).stdout
    result = cli("import", str(FIXTURES / name), library=lib)
    assert result.returncode == 2
    assert result.stderr.startswith(f"seminarnotes: {name} ") and words in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr
    assert cli("list", library=lib).stdout == before


def test_a_text_file_named_docx_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.docx"
    path.write_text("bara text", encoding="utf-8")
    result = cli("import", str(path), library=tmp_path / "lib.sqlite")
    assert (result.returncode, result.stderr) == (2, "seminarnotes: notes.docx is not a Word document (.docx).\n")
