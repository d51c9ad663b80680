"""The export tests' own helpers: the seminars they export, reading a .docx back, and the
ECMA-376 schema check every exported document passes."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import docx
from docx.document import Document
from openxml_audit import FileFormat, OpenXmlValidator

from seminarnotes.core.document import GroupDoc, SeminarDetails, SeminarDoc, SessionDoc
from seminarnotes.core.outline import Point
from seminarnotes.export import export_docx

EXPORT_TIME = dt.datetime(2024, 5, 17, 9, 30, tzinfo=dt.timezone.utc)
CASES = ("sample", "reference", "generated")


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


def roundtrip(doc: SeminarDoc, tmp_path: Path, name: str = "out.docx") -> Document:
    """Export `doc` to a real file and open it again with python-docx."""
    path = tmp_path / name
    export_docx(doc, path, now=EXPORT_TIME)
    return docx.Document(str(path))


def body_paragraphs(document: Document) -> list[tuple[str, str]]:
    """(style name, text) of every body paragraph, in order."""
    return [(p.style.name, p.text) for p in document.paragraphs]
