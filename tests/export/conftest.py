"""The export tests' fixtures: the seminars every test exports (the reference, the sample
and a generated one) and their documents, and the schema check of every Word file a test
writes. Their helpers are in documents.py."""

from __future__ import annotations

import copy
from collections.abc import Iterator
from pathlib import Path

import pytest

from seminarnotes.core.document import SeminarDoc
from seminarnotes.core.package import read
from seminarnotes.export import docx as docx_export
from seminarnotes.paths import SAMPLE_PACKAGE
from tests.export.documents import export_checked, generated_seminar, schema_errors
from tests.helpers import REFERENCE_PACKAGE as REFERENCE


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


@pytest.fixture(scope="session")
def case_seminars(sample_seminar: SeminarDoc, reference_seminar: SeminarDoc) -> dict[str, SeminarDoc]:
    """The seminars every reader test reads: the sample, the 2014 reference, the generated one."""
    return {"sample": sample_seminar, "reference": reference_seminar, "generated": generated_seminar()}


@pytest.fixture(scope="session")
def case_docx(case_seminars: dict[str, SeminarDoc], tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("cases")
    return {name: export_checked(doc, folder / f"{name}.docx") for name, doc in case_seminars.items()}
