"""A failed export keeps earlier files and says why (speed: benchmarks/bench_export.py)."""

from __future__ import annotations

import errno
from pathlib import Path

import docx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from seminarnotes.core.atomic import WriteError
from seminarnotes.core.document import SeminarDoc
from seminarnotes.export import export_docx


def _one_sentence(message: str) -> None:
    assert message and "\n" not in message and message.endswith(".")
    assert "Traceback" not in message and "Errno" not in message


def test_target_folder_is_a_file(seminar: SeminarDoc, tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    with pytest.raises(WriteError) as caught:
        export_docx(seminar, blocker / "out.docx")
    _one_sentence(str(caught.value))
    assert str(caught.value) == f"{blocker / 'out.docx'} could not be saved: {blocker} is a file, not a folder."


def test_target_is_a_folder(seminar: SeminarDoc, tmp_path: Path) -> None:
    folder = tmp_path / "out.docx"
    folder.mkdir()
    with pytest.raises(WriteError) as caught:
        export_docx(seminar, folder)
    _one_sentence(str(caught.value))
    assert "folder" in str(caught.value)
    assert folder.is_dir() and list(tmp_path.iterdir()) == [folder], "temporary file left behind"


def test_disk_full_keeps_the_earlier_file(seminar: SeminarDoc, tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "resk.docx"
    export_docx(seminar, target)
    earlier = target.read_bytes()
    seminar.details.title = "Ny titel"

    def disk_full(self, target) -> None:
        target.write(b"PK\x03\x04 half")
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(docx.document.Document, "save", disk_full)
    with pytest.raises(WriteError) as caught:
        export_docx(seminar, target)
    assert "full" in str(caught.value)
    _one_sentence(str(caught.value))
    assert target.read_bytes() == earlier
    assert [p.name for p in tmp_path.iterdir()] == ["resk.docx"]


def test_locked_file_message(seminar: SeminarDoc, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "resk.docx"
    target.write_bytes(b"earlier")

    def locked(src: str, dst: str) -> None:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr("seminarnotes.core.atomic.os.replace", locked)
    with pytest.raises(WriteError) as caught:
        export_docx(seminar, target)
    assert "open in another program" in str(caught.value)
    assert target.read_bytes() == b"earlier"


@given(st.text())
def test_any_text_is_spelled_as_valid_xml_and_read_back_as_typed(text: str) -> None:
    """Paragraphs are written as XML text (wml.py): markup characters, scripts, breaks and
    tabs in what the user typed must come back unchanged."""
    from docx.oxml.ns import qn
    from lxml import etree

    from seminarnotes.export import wml

    typed = wml.clean(text)
    body = etree.Element(qn("w:body"))
    wml.append(body, wml.paragraph_xml("Normal", wml.runs_xml(typed, "Quotation", italic=True)))
    read = {qn("w:t"): None, qn("w:br"): "\n", qn("w:tab"): "\t", qn("w:noBreakHyphen"): wml.NO_BREAK_HYPHEN}
    back = "".join((e.text or "") if read[e.tag] is None else read[e.tag]
                   for e in body.iter(*read))
    assert back == typed
