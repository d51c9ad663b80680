"""PDF for participants: the Word export, converted by LibreOffice as a tagged PDF.

LibreOffice lays the document out as Word would and writes a tagged PDF (PDF/UA:
headings, lists, title, language) that screen readers can follow. It runs headless
in a profile folder of its own made for this conversion, so a LibreOffice the user
has open is neither used nor disturbed, and it is stopped when it takes too long.
The PDF is written beside the target and renamed into place, like the Word export.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from seminarnotes.core.atomic import write_with
from seminarnotes.core.document import SeminarDoc

log = logging.getLogger(__name__)

SOFFICE_ENV = "SEMINARNOTES_SOFFICE"  # a LibreOffice program to use instead of looking for one
TIMEOUT_S = 180.0
INSTALL_HINT = ("PDF export needs LibreOffice, which was not found: install LibreOffice "
                "(on Debian or Ubuntu the package libreoffice-writer) and try again.")
# Tagged PDF for PDF/UA, the document's title in the window bar, headings as bookmarks.
_OPTIONS = {"UseTaggedPDF": "true", "PDFUACompliance": "true", "DisplayPDFDocumentTitle": "true",
            "ExportBookmarks": "true", "ExportNotes": "false"}
_FILTER = "pdf:writer_pdf_Export:{" + ",".join(
    f'"{name}":{{"type":"boolean","value":"{value}"}}' for name, value in _OPTIONS.items()) + "}"
# The same options as the new profile's defaults, for LibreOffice before 7.4, which ignores
# options given on the command line.
_PROFILE = ('<?xml version="1.0" encoding="UTF-8"?>\n<oor:items xmlns:oor="http://openoffice.org/2001/registry" '
            'xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n'
            + "".join(f'<item oor:path="/org.openoffice.Office.Common/Filter/PDF/Export"><prop oor:name="{name}" '
                      f'oor:op="fuse"><value>{value}</value></prop></item>\n' for name, value in _OPTIONS.items())
            + "</oor:items>\n")
_WELL_KNOWN = {  # where installers put LibreOffice when it is not on PATH
    "win32": [Path(os.environ.get(v, "")) / "LibreOffice" / "program" / "soffice.exe"
              for v in ("ProgramFiles", "ProgramFiles(x86)") if os.environ.get(v)],
    "darwin": [Path("/Applications/LibreOffice.app/Contents/MacOS/soffice")],
}


class PdfError(Exception):
    """The PDF could not be made; str() is one sentence for the user. Nothing was written."""


class PdfUnavailable(PdfError):
    """LibreOffice is not installed (or not where SEMINARNOTES_SOFFICE points)."""


class PdfCancelled(PdfError):
    """The user stopped the conversion."""


def find_soffice() -> Path | None:
    """The LibreOffice program to convert with, or None when there is none."""
    chosen = os.environ.get(SOFFICE_ENV)
    if chosen:
        path = Path(chosen).expanduser()
        return path if path.is_file() and os.access(path, os.X_OK) else None
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return Path(found)
    return next((p for p in _WELL_KNOWN.get(sys.platform, []) if p.is_file()), None)


def export_pdf(doc: SeminarDoc, target: Path, *, now: dt.datetime | None = None, timeout: float = TIMEOUT_S,
               cancelled: Callable[[], bool] = lambda: False, library: Path | None = None,
               sources: tuple[Path, ...] = ()) -> None:
    """Write `doc` to `target` as a tagged PDF; raises PdfError (or WriteError when the
    target cannot be written, or is the library, one of its files or one of `sources`:
    see atomic.check_target) with one sentence, leaving any earlier file as it was."""
    from seminarnotes.core.atomic import check_target
    from seminarnotes.export.docx import build_document

    soffice = find_soffice()
    if soffice is None:
        raise PdfUnavailable(INSTALL_HINT)
    target = Path(target)
    check_target(target, library=library, sources=sources)  # before the minute LibreOffice may take
    work = Path(tempfile.mkdtemp(prefix="seminarnotes-pdf-"))
    try:
        # the file's name is the PDF's title for readers when the seminar has none
        source = work / f"{target.stem or 'seminar'}.docx"
        build_document(doc, now=now).save(str(source))
        profile = work / "profile"
        (profile / "user").mkdir(parents=True)
        (profile / "user" / "registrymodifications.xcu").write_text(_PROFILE, encoding="utf-8")
        out = work / "out"
        _convert(soffice, profile, source, out, timeout, cancelled)
        pdf = out / f"{source.stem}.pdf"
        if not pdf.is_file() or not pdf.read_bytes()[:5] == b"%PDF-":
            raise PdfError("LibreOffice did not make a PDF of the seminar; nothing was written.")
        write_with(target, lambda tmp: shutil.copyfile(pdf, tmp), library=library, sources=sources)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _convert(soffice: Path, profile: Path, source: Path, out: Path, timeout: float,
             cancelled: Callable[[], bool]) -> None:
    command = [str(soffice), f"-env:UserInstallation={profile.as_uri()}", "--headless", "--invisible",
               "--nodefault", "--nolockcheck", "--nologo", "--norestore",
               "--convert-to", _FILTER, "--outdir", str(out), str(source)]
    own_group = {"start_new_session": True} if os.name == "posix" else {
        "creationflags": subprocess.CREATE_NEW_PROCESS_GROUP}  # type: ignore[attr-defined]
    try:
        process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                   stderr=subprocess.STDOUT, **own_group)
    except OSError as err:
        log.warning("could not start %s: %s", soffice, err)
        raise PdfUnavailable(INSTALL_HINT) from err
    deadline = time.monotonic() + timeout
    while True:
        try:
            output, _ = process.communicate(timeout=0.2)
            break
        except subprocess.TimeoutExpired:
            if cancelled():
                _stop(process)
                raise PdfCancelled("The PDF export was cancelled; nothing was written.") from None
            if time.monotonic() > deadline:
                _stop(process)
                raise PdfError(f"LibreOffice took longer than {timeout:.0f} seconds to make the PDF and was "
                               "stopped; nothing was written.") from None
    if process.returncode != 0:
        log.warning("LibreOffice exited with %s: %s", process.returncode, output.decode(errors="replace")[-2000:])
        raise PdfError("LibreOffice could not convert the seminar to PDF; nothing was written.")


def _stop(process: subprocess.Popen[bytes]) -> None:
    """End LibreOffice and what it started (soffice is often a script that starts soffice.bin)."""
    try:
        if os.name == "posix":
            os.killpg(process.pid, signal.SIGKILL)
        else:
            subprocess.run(["taskkill", "/F", "/T", "/PID", str(process.pid)], capture_output=True, check=False)
    except OSError:
        process.kill()
    process.communicate()
