"""PDF for participants: the Word export converted by LibreOffice, tagged, titled, in the
document's language, written safely; and one sentence when LibreOffice is missing, too
slow or stopped. (The PDF's structure is read in test_readers.py.)

Tests that convert for real skip without LibreOffice but fail in CI. The failure cases
run a stand-in `soffice` script, because LibreOffice cannot be made to hang on demand.
"""

from __future__ import annotations

import os
import re
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from seminarnotes.core.atomic import WriteError
from seminarnotes.core.document import SeminarDoc
from seminarnotes.export import pdf
from seminarnotes.export.pdf import INSTALL_HINT, PdfCancelled, PdfError, PdfUnavailable, export_pdf, find_soffice
from tests.export.documents import EXPORT_TIME
from tests.helpers import need


def _one_sentence(message: str) -> None:
    assert message and "\n" not in message and message.endswith(".")
    assert "Traceback" not in message and "Errno" not in message


def _pdfinfo(path: Path) -> str:
    return subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True).stdout


def test_pdf_is_tagged_titled_in_its_language_and_holds_every_point(seminar: SeminarDoc, tmp_path: Path) -> None:
    need("soffice", "pdfinfo", "pdftotext")
    seminar.details.language = "en"
    target = tmp_path / "resk.pdf"
    export_pdf(seminar, target, now=EXPORT_TIME)
    info = _pdfinfo(target)
    assert re.search(r"^Tagged:\s+yes$", info, re.M)
    assert re.search(r"^Title:\s+En lärande och utvecklingsinriktad arbetsplats$", info, re.M)
    raw = target.read_bytes()
    assert b"/Lang(en-GB)" in raw
    assert b"pdfuaid:part>1<" in raw  # declared PDF/UA
    assert b"/DisplayDocTitle true" in raw  # viewers show the title, not the file name
    text = re.sub(r"\s+", "", subprocess.run(["pdftotext", str(target), "-"], check=True, capture_output=True,
                                             text=True).stdout)
    for point in (p for s in seminar.sessions for g in s.groups for p in g.points):
        assert re.sub(r"\s+", "", point.text) in text, f"{point.text!r} is not in the PDF"
    assert [p.name for p in tmp_path.iterdir()] == ["resk.pdf"]


def test_pdf_replaces_an_earlier_file_with_its_permissions(seminar: SeminarDoc, tmp_path: Path) -> None:
    need("soffice")
    target = tmp_path / "resk.pdf"
    target.write_bytes(b"earlier")
    target.chmod(0o640)
    export_pdf(seminar, target)
    assert target.read_bytes().startswith(b"%PDF-")
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


def _fake_soffice(tmp_path: Path, body: str) -> Path:
    """A stand-in LibreOffice: a shell script that records its arguments, then runs `body`."""
    script = tmp_path / "bin" / "soffice"
    script.parent.mkdir(exist_ok=True)
    script.write_text(f'#!/bin/sh\necho "$@" > "{tmp_path}/args"\necho $$ > "{tmp_path}/pid"\n{body}\n')
    script.chmod(0o755)
    return script


def test_missing_libreoffice_is_one_sentence_naming_what_to_install(seminar: SeminarDoc, tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(pdf.SOFFICE_ENV, str(tmp_path / "no-such-soffice"))
    assert find_soffice() is None
    target = tmp_path / "resk.pdf"
    with pytest.raises(PdfUnavailable) as caught:
        export_pdf(seminar, target)
    assert str(caught.value) == INSTALL_HINT
    _one_sentence(INSTALL_HINT)
    assert "LibreOffice" in INSTALL_HINT and "install" in INSTALL_HINT
    assert not target.exists()


def test_without_soffice_on_path_nothing_is_found(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(pdf.SOFFICE_ENV, raising=False)
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.setitem(pdf._WELL_KNOWN, sys.platform, [])  # noqa: SLF001
    assert find_soffice() is None
    _fake_soffice(tmp_path, "exit 0")
    monkeypatch.setenv("PATH", str(tmp_path / "bin"))
    assert find_soffice() == tmp_path / "bin" / "soffice"


def test_converts_in_a_profile_of_its_own_that_is_removed_afterwards(seminar: SeminarDoc, tmp_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """A LibreOffice the user has open keeps its profile and is not handed the job."""
    script = _fake_soffice(tmp_path, 'out=$(echo "$@" | sed "s/.*--outdir \\([^ ]*\\) .*/\\1/")\n'
                                     'mkdir -p "$out" && printf "%%PDF-1.6 fake" > "$out/resk.pdf"')
    monkeypatch.setenv(pdf.SOFFICE_ENV, str(script))
    target = tmp_path / "resk.pdf"
    export_pdf(seminar, target)
    args = (tmp_path / "args").read_text()
    profile = re.search(r"-env:UserInstallation=file://(\S+)", args).group(1)
    assert "--headless" in args and "UseTaggedPDF" in args and "PDFUACompliance" in args
    assert Path(profile).parent.name.startswith("seminarnotes-pdf-")
    assert not Path(profile).parent.exists(), "the conversion's temporary folder was left behind"
    assert target.read_bytes() == b"%PDF-1.6 fake"


def test_a_hanging_libreoffice_is_stopped_and_the_earlier_file_kept(seminar: SeminarDoc, tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    script = _fake_soffice(tmp_path, "sleep 60 & wait")  # the child stands for soffice.bin
    monkeypatch.setenv(pdf.SOFFICE_ENV, str(script))
    target = tmp_path / "resk.pdf"
    target.write_bytes(b"earlier")
    started = time.monotonic()
    with pytest.raises(PdfError) as caught:
        export_pdf(seminar, target, timeout=1)
    assert time.monotonic() - started < 30
    assert "took longer than 1 seconds" in str(caught.value)
    _one_sentence(str(caught.value))
    assert target.read_bytes() == b"earlier"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["args", "bin", "pid", "resk.pdf"]
    assert not _group_alive(int((tmp_path / "pid").read_text()))


def _group_alive(pgid: int) -> bool:
    """Whether a process of group `pgid` still runs (a killed one may linger as a zombie)."""
    for stat_file in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat_file.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[2]) == pgid and fields[0] != "Z":
            return True
    return False


def test_cancel_stops_libreoffice_and_writes_nothing(seminar: SeminarDoc, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(pdf.SOFFICE_ENV, str(_fake_soffice(tmp_path, "sleep 60 & wait")))
    asked = []
    with pytest.raises(PdfCancelled):
        export_pdf(seminar, tmp_path / "resk.pdf", cancelled=lambda: asked.append(1) or len(asked) > 2)
    assert not (tmp_path / "resk.pdf").exists()
    assert not _group_alive(int((tmp_path / "pid").read_text()))


def test_libreoffice_failing_is_one_sentence(seminar: SeminarDoc, tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(pdf.SOFFICE_ENV, str(_fake_soffice(tmp_path, "echo 'Error: source file could not be loaded'\n"
                                                                    "exit 1")))
    with pytest.raises(PdfError) as caught:
        export_pdf(seminar, tmp_path / "resk.pdf")
    _one_sentence(str(caught.value))
    monkeypatch.setenv(pdf.SOFFICE_ENV, str(_fake_soffice(tmp_path, "exit 0")))  # says yes, writes nothing
    with pytest.raises(PdfError) as caught:
        export_pdf(seminar, tmp_path / "resk.pdf")
    assert "did not make a PDF" in str(caught.value)
    assert not (tmp_path / "resk.pdf").exists()


def test_unwritable_target_is_the_word_exports_sentence(seminar: SeminarDoc, tmp_path: Path) -> None:
    need("soffice")
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    with pytest.raises(WriteError) as caught:
        export_pdf(seminar, blocker / "resk.pdf")
    with pytest.raises(WriteError) as word:
        from seminarnotes.export.docx import export_docx

        export_docx(seminar, blocker / "resk.docx")
    assert str(caught.value) == str(word.value).replace("resk.docx", "resk.pdf")
    assert "is a file, not a folder" in str(caught.value)
    _one_sentence(str(caught.value))
