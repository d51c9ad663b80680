"""`seminarnotes import` prints a document's text, a package's text and file names
escaped, so that a seminar cannot drive the terminal: the bytes the terminal gets hold
no control character (C0, DEL, C1), no bidirectional override or isolate and no line
separator, only their escaped spelling."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from seminarnotes.core import package
from seminarnotes.core.document import GroupDoc, SeminarDetails, SeminarDoc, SessionDoc
from seminarnotes.core.outline import Point
from tests.helpers import cli
from tests.wordimport.handmade import HandMade, body_xml, replace_member

# C0 but the line feed, DEL, C1 (UTF-8 C2 80-9F), U+2028/2029, U+200E/F, U+202A-E, U+2066-9
_UNSAFE = re.compile(rb"[\x00-\x09\x0b-\x1f\x7f]|\xc2[\x80-\x9f]|\xe2\x80[\x8e\x8f\xa8-\xae]|\xe2\x81[\xa6-\xa9]")


def _safe(data: bytes) -> str:
    """The printed bytes as text, after checking that none of them steers a terminal."""
    found = _UNSAFE.findall(data)
    assert found == [], found
    return data.decode("utf-8")


def _bold(text: str, size: int = 24) -> str:
    return f'<w:p><w:r><w:rPr><w:b/><w:sz w:val="{size}"/></w:rPr><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'


def _plain(text: str, italic: bool = False) -> str:
    props = "<w:rPr><w:i/></w:rPr>" if italic else ""
    return f'<w:p><w:r>{props}<w:t xml:space="preserve">{text}</w:t></w:r></w:p>'


def _document_with_controls(tmp_path: Path) -> Path:
    """A hand-made seminar whose text carries every control XML lets a document hold:
    a carriage return (as &#13;), DEL, C1 controls (U+009B is a one-byte CSI), U+202E,
    U+2066, U+200F and U+2028."""
    paragraphs = [
        _bold("Höstträff\u202e", 40),
        _bold("Förmiddag", 28),
        _plain("Vad vill vi\u009b2J?", italic=True),
        _bold("Köping\x7f"),
        _plain("- Mer dialog&#13;Allt väl\u2028ny rad"),
        _plain("- Tydligare mål\u2066\u200f\u009d0;titel\u009c"),
        _bold("Tack för din medverkan\u0085!"),
    ]
    path = HandMade().line("mall").save(tmp_path / "styrning.docx")
    return replace_member(path, tmp_path / "kontroll.docx", "word/document.xml", body_xml(paragraphs))


def test_the_dry_run_prints_a_documents_controls_escaped(tmp_path: Path) -> None:
    result = cli("import", "--dry-run", str(_document_with_controls(tmp_path)), library=tmp_path / "lib.sqlite",
                 text=False)
    assert result.returncode == 0, result.stderr
    out = _safe(result.stdout)
    assert _safe(result.stderr) == ""
    lines = out.splitlines()
    assert "     1   title: Höstträff\\u202e" in lines
    assert "     3     question: Vad vill vi\\x9b2J?" in lines
    assert any(line.endswith("group: Köping\\x7f") for line in lines)
    assert any(line.endswith("point: Mer dialog\\rAllt väl\\u2028ny rad") for line in lines)
    assert any(line.endswith("point: Tydligare mål\\u2066\\u200f\\x9d0;titel\\x9c") for line in lines)
    assert any(line.endswith("thanks: Tack för din medverkan\\x85!") for line in lines)
    assert lines[-1] == "Nothing was written (--dry-run)."
    assert not (tmp_path / "lib.sqlite").exists()


def test_a_file_name_with_escape_sequences_becomes_an_escaped_title(tmp_path: Path) -> None:
    """A document without a title line takes its file name as the title; the name may hold ESC."""
    name = "\x1b]0;pwned\x07anteckningar\x1b[2J"
    path = HandMade().line("Vi pratade om samverkan.").line("Kaffe och bulle").save(tmp_path / f"{name}.docx")
    lib = tmp_path / "lib.sqlite"
    dry = cli("import", "--dry-run", str(path), library=lib, text=False)
    assert dry.returncode == 0, dry.stderr
    assert "         title: \\x1b]0;pwned\\x07anteckningar\\x1b[2J" in _safe(dry.stdout).splitlines()
    real = cli("import", str(path), library=lib, text=False)
    assert real.returncode == 0, real.stderr
    assert _safe(real.stdout).strip().isdigit()
    assert "each paragraph became a point" in _safe(real.stderr)
    listed = cli("list", library=lib, text=False).stdout.split(b"\t")  # tabs separate its columns
    assert [_safe(column) for column in listed][-1] == "\\x1b]0;pwned\\x07anteckningar\\x1b[2J\n"


def test_a_refusal_quotes_file_and_part_names_escaped(tmp_path: Path) -> None:
    text_file = tmp_path / "\x1b[31mröd\u009b\u202e.docx"
    text_file.write_text("bara text", encoding="utf-8")
    refused = cli("import", str(text_file), library=tmp_path / "lib.sqlite", text=False)
    assert refused.returncode == 2
    assert _safe(refused.stderr) == "seminarnotes: \\x1b[31mröd\\x9b\\u202e.docx is not a Word document (.docx).\n"

    source = HandMade().line("Förmiddag", bold=True).save(tmp_path / "ren.docx")
    poisoned = tmp_path / "dtd.docx"
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(poisoned, "w") as dst:
        for info in src.infolist():
            dst.writestr(info.filename, src.read(info.filename))
        dst.writestr("word/\x1b]0;x\x07\x1b[2J.xml", '<?xml version="1.0"?><!DOCTYPE x><x/>')
    refused = cli("import", "--dry-run", str(poisoned), library=tmp_path / "lib.sqlite", text=False)
    assert refused.returncode == 2
    said = _safe(refused.stderr)
    assert "(word/\\x1b]0;x\\x07\\x1b[2J.xml)" in said and len(said.splitlines()) == 1
    assert refused.stdout == b""


def test_a_packages_outline_and_its_name_are_printed_escaped(tmp_path: Path) -> None:
    doc = SeminarDoc(SeminarDetails(title="Röd \x1b[31mtext\u202e"), [SessionDoc("Pass\x1b[2J 1", "Varför\r?", [
        GroupDoc("G\x07", [Point("radera \x1b]0;titel\x07 allt"), Point("C1 \x9b2J", 1, "highlight")])])])
    path = tmp_path / "\x1b[2Jpaket.seminarnotes"
    package.write(doc, path)
    lib = tmp_path / "lib.sqlite"
    dry = cli("import", "--dry-run", str(path), library=lib, text=False)
    assert dry.returncode == 0, dry.stderr
    lines = _safe(dry.stdout).splitlines()
    assert lines[:6] == ["         title: Röd \\x1b[31mtext\\u202e",
                         "         session: Pass\\x1b[2J 1",
                         "           question: Varför\\r?",
                         "           group: G\\x07",
                         "             point: radera \\x1b]0;titel\\x07 allt",
                         "               highlight: C1 \\x9b2J"]
    assert cli("import", str(path), library=lib).returncode == 0
    again = cli("import", str(path), library=lib, text=False)
    assert again.returncode == 0
    assert _safe(again.stderr).startswith("seminarnotes: \\x1b[2Jpaket.seminarnotes is already in the library")
