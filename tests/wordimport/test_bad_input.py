"""Files the Word import refuses: one sentence each, and nothing of them is parsed."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

import pytest

from seminarnotes.core.document import GroupDoc, SeminarDetails, SeminarDoc, SessionDoc
from seminarnotes.core.outline import Point
from seminarnotes.export import export_docx
from seminarnotes.wordimport import WordImportError, container, read_word
from tests.wordimport.handmade import FIXTURES, HandMade, body_xml, outline, replace_member

SECRET = "Hemligt-7f3a"


@pytest.fixture
def small_docx(tmp_path: Path) -> Path:
    doc = SeminarDoc(SeminarDetails(title="Litet"), [SessionDoc("Förmiddag", "", [GroupDoc("Köping", [Point("a")])])])
    path = tmp_path / "small.docx"
    export_docx(doc, path, now=dt.datetime(2024, 1, 1, tzinfo=dt.timezone.utc))
    return path


def _sentence(path: Path) -> str:
    with pytest.raises(WordImportError) as caught:
        read_word(path)
    message = str(caught.value)
    assert "\n" not in message and message.endswith("."), message
    assert "Traceback" not in message
    return message


@pytest.mark.parametrize("content", [b"Hej, det h\xc3\xa4r \xc3\xa4r bara text.\n", b"\x89PNG\r\n\x1a\n" + b"\0" * 64, b""])
def test_a_file_that_is_not_a_word_document(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "notes.docx"
    path.write_bytes(content)
    assert _sentence(path) == "notes.docx is not a Word document (.docx)."


def test_a_zip_that_is_not_a_word_document(tmp_path: Path) -> None:
    path = tmp_path / "photos.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("photo.txt", "not a picture")
    assert "is a zip file but not a Word document" in _sentence(path)


def test_a_damaged_word_document(tmp_path: Path, small_docx: Path) -> None:
    path = tmp_path / "cut.docx"
    path.write_bytes(small_docx.read_bytes()[:2000])
    assert "damaged" in _sentence(path)


def test_an_old_doc_file_gets_the_advice_to_save_it_as_docx() -> None:
    message = _sentence(FIXTURES / "old-format.doc")
    assert message.startswith("old-format.doc is an old Word document (.doc)")
    assert "save it as a Word document (.docx)" in message


def test_a_password_protected_document() -> None:
    message = _sentence(FIXTURES / "password-protected.docx")
    assert "protected with a password" in message and "remove the password" in message


def test_a_zip_bomb_is_refused_by_its_unpacked_size_before_anything_is_read(tmp_path: Path, small_docx: Path,
                                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "bomb.docx"
    chunk = b" " * (1 << 20)
    with zipfile.ZipFile(small_docx) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            if info.filename != "word/document.xml":
                dst.writestr(info.filename, src.read(info.filename))
        with dst.open("word/document.xml", "w", force_zip64=True) as member:
            for _ in range(container.MAX_PART_BYTES // len(chunk) + 8):
                member.write(chunk)
    assert path.stat().st_size < 1_000_000  # a small file...

    def must_not_unpack(*_args: object) -> None:
        raise AssertionError("the document was unpacked")

    monkeypatch.setattr(container.Package, "open", must_not_unpack)
    monkeypatch.setattr(container, "_check_xml", must_not_unpack)
    assert "would unpack to more than 100 MB" in _sentence(path)  # ...that would be huge


@pytest.mark.parametrize("part", ["word/document.xml", "word/_rels/document.xml.rels", "[Content_Types].xml"])
def test_xml_with_an_external_entity_is_never_resolved(tmp_path: Path, small_docx: Path, part: str) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text(SECRET, encoding="utf-8")
    with zipfile.ZipFile(small_docx) as archive:
        original = archive.read(part).decode("utf-8")
    declaration = (f'<!DOCTYPE x [<!ENTITY xxe SYSTEM "{secret.as_uri()}">]>')
    body_start = original.index("?>") + 2
    poisoned = original[:body_start] + declaration + original[body_start:]
    if part == "word/document.xml":
        poisoned = poisoned.replace("<w:t>a</w:t>", "<w:t>&xxe;</w:t>")
    path = replace_member(small_docx, tmp_path / "xxe.docx", part, poisoned.encode("utf-8"))
    message = _sentence(path)
    assert "document type declaration" in message and SECRET not in message


def test_an_exploding_entity_is_never_expanded(tmp_path: Path, small_docx: Path) -> None:
    lol = "".join(f'<!ENTITY l{i} "{("&l" + str(i - 1) + ";") * 10}">' for i in range(1, 10))
    xml = ('<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY l0 "lol">' + lol + "]>"
           + body_xml(['<w:p><w:r><w:t>&l9;</w:t></w:r></w:p>']).decode().split("?>", 1)[1])
    path = replace_member(small_docx, tmp_path / "lol.docx", "word/document.xml", xml.encode())
    assert "document type declaration" in _sentence(path)


def test_the_dtd_check_reads_utf16_and_skips_comments() -> None:
    doctype = '<?xml version="1.0" encoding="UTF-16"?><!-- made by hand --><!DOCTYPE x><x/>'
    assert container._declares_dtd(doctype.encode("utf-16"))  # noqa: SLF001
    assert container._declares_dtd(b'\xef\xbb\xbf<?xml version="1.0"?>\n<!DOCTYPE x SYSTEM "y"><x/>')  # noqa: SLF001
    assert not container._declares_dtd(b'<?xml version="1.0"?><!-- <!DOCTYPE --><w:document/>')  # noqa: SLF001


def test_a_missing_file_and_a_folder(tmp_path: Path) -> None:
    assert _sentence(tmp_path / "gone.docx") == f"There is no file {tmp_path / 'gone.docx'}."
    folder = tmp_path / "folder.docx"
    folder.mkdir()
    assert _sentence(folder) == f"{folder} is a folder, not a Word document."


def test_a_document_without_structure_is_one_session_one_group_one_point_per_paragraph(tmp_path: Path) -> None:
    path = (HandMade().line("Anteckningar från mötet").line("Vi pratade om samverkan.").empty()
            .line("Nästa gång: uppföljning.").line("Kaffe och bulle").save(tmp_path / "anteckningar.docx"))
    reading = read_word(path)
    doc = reading.doc
    assert doc.details.title == "anteckningar"
    assert [(s.name, [g.name for g in s.groups]) for s in doc.sessions] == [("", [""])]
    assert [p.text for p in doc.sessions[0].groups[0].points] == [
        "Anteckningar från mötet", "Vi pratade om samverkan.", "Nästa gång: uppföljning.", "Kaffe och bulle"]
    assert reading.facts.notes == ["No sessions, group names or lists were recognised, so each paragraph became a "
                                   "point of one group in one session."]
    assert outline(reading)[1:3] == ["session: ", "  group: "]
