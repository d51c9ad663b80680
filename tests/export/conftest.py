"""Shared helpers for the export tests: the reference seminar and reading a .docx back."""

from __future__ import annotations

import copy
import datetime as dt
import os
import struct
import zlib
from pathlib import Path

import docx
import pytest
from docx.document import Document

from seminarnotes.core.document import SeminarDoc
from seminarnotes.core.package import read
from seminarnotes.export import export_docx

EXPORT_TIME = dt.datetime(2024, 5, 17, 9, 30, tzinfo=dt.timezone.utc)


def shared_dir() -> Path:
    """../shared beside the repo, or where SEMINARNOTES_SHARED points."""
    if os.environ.get("SEMINARNOTES_SHARED"):
        return Path(os.environ["SEMINARNOTES_SHARED"])
    return Path(__file__).resolve().parents[3] / "shared"


REFERENCE = shared_dir() / "reference" / "resk-2014-04-08.seminarnotes"


@pytest.fixture(scope="session")
def reference_seminar() -> SeminarDoc:
    assert REFERENCE.exists(), f"missing {REFERENCE}: ../shared must sit beside the repo"
    return read(REFERENCE)


@pytest.fixture
def seminar(reference_seminar: SeminarDoc) -> SeminarDoc:
    """A copy of the reference seminar that a test may change."""
    return copy.deepcopy(reference_seminar)


@pytest.fixture(scope="session")
def reference_docx(reference_seminar: SeminarDoc, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("export") / "resk.docx"
    export_docx(reference_seminar, path, now=EXPORT_TIME)
    return path


def roundtrip(doc: SeminarDoc, tmp_path: Path, name: str = "out.docx") -> Document:
    """Export `doc` to a real file and open it again with python-docx."""
    path = tmp_path / name
    export_docx(doc, path, now=EXPORT_TIME)
    return docx.Document(str(path))


def body_paragraphs(document: Document) -> list[tuple[str, str]]:
    """(style name, text) of every body paragraph, in order."""
    return [(p.style.name, p.text) for p in document.paragraphs]


def tiny_png() -> bytes:
    """A valid 2x1 RGB PNG, made without Pillow."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    raw = b"\x00" + b"\x1f\x3a\x5f" * 2
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 2, 1, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))
