"""Shared helpers for the export tests: the seminars they export, reading a .docx back, and
the ECMA-376 schema check every exported document passes."""

from __future__ import annotations

import copy
import datetime as dt
import os
import struct
import zlib
from collections.abc import Iterator
from pathlib import Path

import docx
import pytest
from docx.document import Document
from openxml_audit import FileFormat, OpenXmlValidator

from seminarnotes.core.document import GroupDoc, SeminarDetails, SeminarDoc, SessionDoc
from seminarnotes.core.outline import Point
from seminarnotes.core.package import read
from seminarnotes.export import docx as docx_export
from seminarnotes.export import export_docx
from seminarnotes.paths import SAMPLE_PACKAGE

EXPORT_TIME = dt.datetime(2024, 5, 17, 9, 30, tzinfo=dt.timezone.utc)


def shared_dir() -> Path:
    """../shared beside the repo, or where SEMINARNOTES_SHARED points."""
    if os.environ.get("SEMINARNOTES_SHARED"):
        return Path(os.environ["SEMINARNOTES_SHARED"])
    return Path(__file__).resolve().parents[3] / "shared"


REFERENCE = shared_dir() / "reference" / "resk-2014-04-08.seminarnotes"


# Word 2013, the oldest Word the document's compatibility mode addresses, and the newest;
# strict: every finding is an error.
SCHEMA_PROFILES = (FileFormat.OFFICE_2013, FileFormat.MICROSOFT_365)
_validators: dict[FileFormat, OpenXmlValidator] = {}


def schema_errors(path: Path) -> list[str]:
    """What an ECMA-376 validator finds wrong in `path`, per profile; [] when it is valid."""
    found = []
    for profile in SCHEMA_PROFILES:
        validator = _validators.setdefault(profile, OpenXmlValidator(file_format=profile, strict=True, max_errors=0))
        result = validator.validate(str(path))
        found += [f"{profile.value}: {error}" for error in result.errors]
        if not result.is_valid and not result.errors:
            found.append(f"{profile.value}: invalid without a reported error")
    return found


@pytest.fixture(autouse=True)
def every_export_is_schema_valid(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Each Word file a test in this folder exports is checked against the schemas when the test ends."""
    written: list[Path] = []
    write_with = docx_export.write_with

    def recording(path: Path, produce, **where) -> Path:  # noqa: ANN001, ANN003 - atomic.write_with's own
        target = write_with(path, produce, **where)
        written.append(Path(target))
        return target

    monkeypatch.setattr(docx_export, "write_with", recording)
    yield
    for path in written:
        if path.exists():
            assert schema_errors(path) == [], f"{path.name} is not valid against ECMA-376"


def export_checked(doc: SeminarDoc, path: Path) -> Path:
    """Export `doc` to `path` outside a test (for shared fixtures), schema-checked."""
    export_docx(doc, path, now=EXPORT_TIME)
    assert schema_errors(path) == [], f"{path.name} is not valid against ECMA-376"
    return path


def generated_seminar() -> SeminarDoc:
    """A seminar with a highlight at every level, each followed by deeper points, two
    highlights in a row, and highlights first and last in a group: the places where
    readers lost the nesting before."""
    def group(name: str, points: list[tuple[int, str, str]]) -> GroupDoc:
        return GroupDoc(name, [Point(text, level, kind) for level, kind, text in points])

    h, p = "highlight", "point"
    return SeminarDoc(
        SeminarDetails(title="Genererat seminarium", speaker="Talare", venue="Aros", date=dt.date(2024, 5, 17),
                       organizer="Regionförbundet", thanks="Tack för i dag!", compiled_by="Någon",
                       contact_name="Någon", contact_role="Samordnare"),
        [SessionDoc("Förmiddag", "Vad fungerar?", [
            group("Nivå noll", [(0, p, "Inledande punkt"), (0, h, "Gott exempel på nivå noll"),
                                (1, p, "Underpunkt till exemplet"), (2, p, "Underunderpunkt"),
                                (0, p, "Punkt efter exemplet")]),
            group("Nivå ett", [(0, p, "Huvudpunkt"), (1, h, "Gott exempel på nivå ett"),
                               (2, p, "Underpunkt till nivå ett-exemplet"), (1, p, "Syskon på nivå ett"),
                               (0, p, "Tillbaka på nivå noll")]),
            group("Nivå två", [(0, p, "Huvudpunkt"), (1, p, "Underpunkt"), (2, h, "Gott exempel på nivå två"),
                               (2, p, "Syskon efter nivå två-exemplet"), (1, p, "Tillbaka på nivå ett")]),
        ]), SessionDoc("Eftermiddag", "", [
            group("Två i rad", [(0, h, "Första exemplet först i gruppen"), (0, h, "Andra exemplet direkt efter"),
                                (1, p, "Underpunkt till det andra"), (1, h, "Exempel på nivå ett"),
                                (1, h, "Och ett till på nivå ett"), (0, h, "Sista exemplet sist i gruppen")]),
        ])],
    )


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
    return export_checked(reference_seminar, tmp_path_factory.mktemp("export") / "resk.docx")


@pytest.fixture(scope="session")
def sample_seminar() -> SeminarDoc:
    """The seminar the program ships as its sample (New from sample)."""
    return read(SAMPLE_PACKAGE)


CASES = ("sample", "reference", "generated")


@pytest.fixture(scope="session")
def case_seminars(sample_seminar: SeminarDoc, reference_seminar: SeminarDoc) -> dict[str, SeminarDoc]:
    """The seminars every reader test reads: the sample, the 2014 reference, the generated one."""
    return {"sample": sample_seminar, "reference": reference_seminar, "generated": generated_seminar()}


@pytest.fixture(scope="session")
def case_docx(case_seminars: dict[str, SeminarDoc], tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("cases")
    return {name: export_checked(doc, folder / f"{name}.docx") for name, doc in case_seminars.items()}


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
