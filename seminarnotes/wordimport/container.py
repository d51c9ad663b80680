"""Opening a Word file safely: what kind of file it is, and whether it may be read.

Everything here happens before python-docx sees the file, so that a file of the wrong
kind, an encrypted one, a zip bomb or XML with a DTD is refused with one sentence
and nothing of it is parsed. python-docx reads zip members through `zipfile`, which
never returns more than a member's declared size, so checking the declared sizes
bounds what any later step can unpack.
"""

from __future__ import annotations

import codecs
import io
import os
import re
import zipfile
from pathlib import Path

from docx.opc.constants import CONTENT_TYPE as CT
from docx.package import Package

from seminarnotes.core.library_files import refuse_as_source
from seminarnotes.core.messages import N_, Message
from seminarnotes.wordimport.errors import WordImportError

MAX_FILE_BYTES = 200 * 1000 * 1000
MAX_PART_BYTES = 100 * 1000 * 1000  # one unpacked part; 50,000 hand-made paragraphs are ~30 MB
MAX_TOTAL_BYTES = 400 * 1000 * 1000  # all parts unpacked, pictures included
MAX_MEMBERS = 10_000
WORD_SUFFIXES = (".docx", ".docm", ".dotx", ".dotm", ".doc", ".dot", ".rtf", ".odt")

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTED_STREAM = "EncryptedPackage".encode("utf-16-le")
_WORD_STREAM = "WordDocument".encode("utf-16-le")
_MAIN_TYPES = (  # documents and templates, with or without macros (which are never run)
    CT.WML_DOCUMENT_MAIN,
    "application/vnd.ms-word.document.macroEnabled.main+xml",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
    "application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
)
_PROLOG_BYTES = 64 * 1024


def looks_like_word_file(path: Path) -> bool:
    """Whether `seminarnotes import` should hand the file to the Word reader: by its
    suffix, or by a zip or OLE signature under another name."""
    if path.suffix.lower() in WORD_SUFFIXES:
        return True
    try:
        with path.open("rb") as f:
            head = f.read(8)
    except OSError:
        return False
    return head.startswith(b"PK\x03\x04") or head == _OLE_MAGIC


def open_word(path: str | os.PathLike[str], *, library: Path | None = None) -> Package:
    """The checked file as a python-docx package; raise WordImportError with one sentence
    (or LibraryError, unopened, when it is `library` or one of its own files)."""
    path = Path(path)
    refuse_as_source(path, library)
    data = _read_bytes(path)
    name = path.name
    if data.startswith(_OLE_MAGIC):
        raise WordImportError(_ole_sentence(name, data))
    if data.lstrip()[:5] == b"{\\rtf":
        raise WordImportError(N_("%1 is an RTF document, not a Word document (.docx); open it in Word or "
                                 "LibreOffice, save it as a Word document (.docx) and import that."), name)
    if not data.startswith(b"PK"):
        raise WordImportError(N_("%1 is not a Word document (.docx)."), name)
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, EOFError, ValueError):
        raise WordImportError(N_("%1 is not a Word document (.docx): it is damaged or not a zip file."),
                              name) from None
    with archive:
        _check_sizes(archive, name)
        _check_kind(archive, name)
        _check_xml(archive, name)
    try:
        package = Package.open(io.BytesIO(data))
        main = package.main_document_part
    except (KeyError, ValueError, zipfile.BadZipFile, EOFError, OSError) as err:
        raise WordImportError(N_("%1 is not a Word document that can be read (%2)."), name, _short(err)) from None
    except SyntaxError as err:  # lxml's XMLSyntaxError
        raise WordImportError(N_("%1 is damaged: its XML is not well-formed (%2)."), name, _short(err)) from None
    if main.content_type not in _MAIN_TYPES:
        raise WordImportError(N_("%1 is not a Word document (.docx)."), name)
    return package


def _read_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise WordImportError(N_("%1 is larger than %2 MB, too large to be a seminar's documentation."),
                                  path.name, MAX_FILE_BYTES // 1_000_000)
        return path.read_bytes()
    except FileNotFoundError:
        raise WordImportError(N_("There is no file %1."), path) from None
    except IsADirectoryError:
        raise WordImportError(N_("%1 is a folder, not a Word document."), path) from None
    except PermissionError:
        raise WordImportError(N_("%1 cannot be read: permission denied."), path) from None
    except OSError as err:
        raise WordImportError(N_("%1 cannot be read: %2."), path, err.strerror or err) from None


def _ole_sentence(name: str, data: bytes) -> Message:
    """Encrypted .docx files and old .doc files are both OLE compound files."""
    if _ENCRYPTED_STREAM in data:
        return Message(N_("%1 is protected with a password, so it cannot be read; open it in Word, remove the "
                          "password (File › Info › Protect Document), save it and import it again."), name)
    if _WORD_STREAM in data:
        return Message(N_("%1 is an old Word document (.doc); open it in Word or LibreOffice, save it as a Word "
                          "document (.docx) and import that."), name)
    return Message(N_("%1 is an old Office file, not a Word document (.docx)."), name)


def _check_sizes(archive: zipfile.ZipFile, name: str) -> None:
    """Refuse a zip bomb by the sizes its directory declares, before unpacking anything."""
    members = archive.infolist()
    if len(members) > MAX_MEMBERS:
        raise WordImportError(N_("%1 holds %2 files; a Word document has far fewer, so it was not opened."),
                              name, len(members))
    total = 0
    for info in members:
        total += info.file_size
        if info.file_size > MAX_PART_BYTES or total > MAX_TOTAL_BYTES:
            limit = MAX_PART_BYTES if info.file_size > MAX_PART_BYTES else MAX_TOTAL_BYTES
            raise WordImportError(N_("%1 would unpack to more than %2 MB, far more than a seminar's "
                                     "documentation, so it was not opened."), name, limit // 1_000_000)


def _check_kind(archive: zipfile.ZipFile, name: str) -> None:
    names = set(archive.namelist())
    if "mimetype" in names and "content.xml" in names:
        raise WordImportError(N_("%1 is an OpenDocument file, not a Word document (.docx); open it in "
                                 "LibreOffice, save it as a Word document (.docx) and import that."), name)
    if "[Content_Types].xml" not in names:
        raise WordImportError(N_("%1 is a zip file but not a Word document (.docx)."), name)


_PROLOG_SKIP = re.compile(r"\s+|<\?.*?\?>|<!--.*?-->", re.S)


def _check_xml(archive: zipfile.ZipFile, name: str) -> None:
    """Refuse any XML part with a document type declaration: Office files never have one
    (OPC forbids it), and only a DTD can bring in external or exploding entities."""
    for info in archive.infolist():
        lower = info.filename.lower()
        if not (lower.endswith(".xml") or lower.endswith(".rels")):
            continue
        with archive.open(info) as member:
            head = member.read(_PROLOG_BYTES)
        if _declares_dtd(head):
            raise WordImportError(N_("%1 contains XML with a document type declaration (%2), which Word "
                                     "documents never have; it was not read."), name, info.filename)


def _declares_dtd(head: bytes) -> bool:
    """Whether the XML starting with `head` has <!DOCTYPE before its root element."""
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = head.decode("utf-16", errors="ignore")
    elif head[:2] in (b"<\x00", b"\x00<"):
        text = head.decode("utf-16-le" if head[1] == 0 else "utf-16-be", errors="ignore")
    else:
        text = head.decode("latin-1")  # the prolog is ASCII in every ASCII-compatible encoding
    text = text.lstrip("\ufeff\u00ef\u00bb\u00bf")
    position = 0
    while True:
        match = _PROLOG_SKIP.match(text, position)
        if match is None or match.end() == position:
            break
        position = match.end()
    rest = text[position:]
    if rest.startswith("<!DOCTYPE") or rest.startswith("<!ENTITY"):
        return True
    # a prolog longer than what was read: only a DTD-free prolog is that unusual, but refuse it too
    return not rest and len(head) >= _PROLOG_BYTES


def _short(err: BaseException) -> str:
    text = str(err).strip().rstrip(".") or type(err).__name__
    return text if len(text) < 120 else text[:117] + "..."
