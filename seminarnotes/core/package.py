"""The `.seminarnotes` package: one seminar as UTF-8 JSON (PACKAGE-FORMAT.md).

Reading validates everything before anything reaches the library, and every
refusal is one sentence naming the JSON path that is wrong.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import json
import os
from pathlib import Path
from typing import Any

from seminarnotes.core.atomic import write_atomically
from seminarnotes.core.document import (
    DATE_FORMATS,
    ExportSettings,
    GroupDoc,
    SeminarDetails,
    SeminarDoc,
    SessionDoc,
    is_logo_image,
)
from seminarnotes.core.outline import Point, level_problem

FORMAT = "seminarnotes-package"
VERSION = 1
MAX_BYTES = 50 * 1000 * 1000
SUFFIX = ".seminarnotes"

_TOP_TEXT = ("title", "speaker", "venue", "document_type", "organizer")
_CLOSING_TEXT = ("thanks", "about", "compiled_by", "website")
_CONTACT_TEXT = ("name", "role", "organization", "phone", "email")


class PackageError(ValueError):
    """A package the program refuses; the message is one sentence for the user."""


def _fail(path: str, problem: str) -> PackageError:
    return PackageError(f"{path}: {problem}" if path else problem)


def _obj(value: Any, path: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise _fail(path, f"expected an object, found {_kind(value)}")
    return value


def _list(value: Any, path: str) -> list[Any]:
    if not isinstance(value, list):
        raise _fail(path, f"expected a list, found {_kind(value)}")
    return value


def _text(obj: dict[str, Any], key: str, path: str, default: str = "") -> str:
    value = obj.get(key, default)
    if value is None:
        return default
    if not isinstance(value, str):
        raise _fail(f"{path}{key}", f"expected text, found {_kind(value)}")
    return value


def _bool(obj: dict[str, Any], key: str, path: str, default: bool) -> bool:
    value = obj.get(key, default)
    if not isinstance(value, bool):
        raise _fail(f"{path}{key}", f"expected true or false, found {_kind(value)}")
    return value


def _kind(value: Any) -> str:
    names = {dict: "an object", list: "a list", str: "text", bool: "true/false", type(None): "null"}
    return names.get(type(value), "a number" if isinstance(value, (int, float)) else type(value).__name__)


def _date(value: Any, path: str) -> dt.date | None:
    if value is None:
        return None
    if isinstance(value, str):
        try:
            if len(value) == 10:
                return dt.date.fromisoformat(value)
        except ValueError:
            pass
    raise _fail(path, f"{json.dumps(value, ensure_ascii=False)} is not a date in the form YYYY-MM-DD")


def _timestamp(value: Any, path: str) -> dt.datetime | None:
    if value is None:
        return None
    if isinstance(value, str):
        try:
            return dt.datetime.fromisoformat(value)
        except ValueError:
            pass
    raise _fail(path, f"{json.dumps(value, ensure_ascii=False)} is not an ISO timestamp")


def _uid(value: Any, path: str) -> str:
    """The seminar's identity: 32 lower-case hex digits, or missing."""
    if value is None or value == "":
        return ""
    if isinstance(value, str) and len(value) == 32 and all(c in "0123456789abcdef" for c in value):
        return value
    raise _fail(path, f"{json.dumps(value, ensure_ascii=False)} is not a seminar identity (32 hex digits)")


def _points(raw: Any, path: str) -> list[Point]:
    """The points, held to the same level rules as every edit (outline.level_problem)."""
    points: list[Point] = []
    for i, item in enumerate(_list(raw, path)):
        here = f"{path}[{i}]"
        item = _obj(item, here)
        if "text" not in item:
            raise _fail(f"{here}.text", "is missing")
        points.append(Point(_text(item, "text", f"{here}."), item.get("level", 0), item.get("kind", "point")))
    problem = level_problem(points)
    if problem is not None:
        index, message = problem
        raise _fail("", f"{path}[{index}].{message}")
    return points


def _export(raw: Any, path: str) -> ExportSettings:
    if raw is None:
        return ExportSettings()
    raw = _obj(raw, path)
    here = f"{path}."
    date_format = _text(raw, "date_format", here, "iso")
    if date_format not in DATE_FORMATS:
        raise _fail(f"{here}date_format", f"{json.dumps(date_format)} is not one of {', '.join(DATE_FORMATS)}")
    logo: bytes | None = None
    logo_name = ""
    if raw.get("logo") is not None:
        logo_raw = _obj(raw["logo"], f"{here}logo")
        logo_name = _text(logo_raw, "filename", f"{here}logo.")
        try:
            logo = base64.b64decode(_text(logo_raw, "data", f"{here}logo."), validate=True)
        except (binascii.Error, ValueError):
            raise _fail(f"{here}logo.data", "is not valid base64") from None
        if not is_logo_image(logo):
            raise _fail(f"{here}logo.data", "is not a PNG or JPEG image")
    return ExportSettings(
        date_format=date_format,
        session_page_break=_bool(raw, "session_page_break", here, True),
        include_empty_groups=_bool(raw, "include_empty_groups", here, True),
        page_word=_bool(raw, "page_word", here, True),
        logo=logo,
        logo_filename=logo_name,
    )


def parse(data: Any) -> SeminarDoc:
    """Validate a decoded package and return its seminar; raise PackageError."""
    top = _obj(data, "")
    if top.get("format") != FORMAT:
        if "format" not in top:
            raise _fail("format", f"is missing; this is not a {SUFFIX} package")
        raise _fail("format", f"{json.dumps(top['format'], ensure_ascii=False)} is not \"{FORMAT}\"")
    version = top.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise _fail("version", f"{json.dumps(version)} is not a package version")
    if version > VERSION:
        raise _fail("version", f"the package is version {version}, but this program reads up to version {VERSION}; "
                    "please update Seminarnotes")
    if "seminar" not in top:
        raise _fail("seminar", "is missing")
    sem = _obj(top["seminar"], "seminar")
    if "title" not in sem:
        raise _fail("seminar.title", "is missing")
    if "sessions" not in sem:
        raise _fail("seminar.sessions", "is missing")
    details = SeminarDetails(**{key: _text(sem, key, "seminar.") for key in _TOP_TEXT})
    details.date = _date(sem.get("date"), "seminar.date")
    details.language = _text(sem, "language", "seminar.", "sv") or "sv"
    closing = _obj(sem.get("closing") or {}, "seminar.closing")
    for key in _CLOSING_TEXT:
        setattr(details, key, _text(closing, key, "seminar.closing."))
    contact = _obj(closing.get("contact") or {}, "seminar.closing.contact")
    for key in _CONTACT_TEXT:
        setattr(details, f"contact_{key}", _text(contact, key, "seminar.closing.contact."))
    sessions = []
    for si, raw_session in enumerate(_list(sem["sessions"], "seminar.sessions")):
        here = f"sessions[{si}]"
        raw_session = _obj(raw_session, here)
        groups = []
        for gi, raw_group in enumerate(_list(raw_session.get("groups", []), f"{here}.groups")):
            ghere = f"{here}.groups[{gi}]"
            raw_group = _obj(raw_group, ghere)
            groups.append(GroupDoc(_text(raw_group, "name", f"{ghere}."),
                                   _points(raw_group.get("points", []), f"{ghere}.points")))
        sessions.append(SessionDoc(_text(raw_session, "name", f"{here}."),
                                   _text(raw_session, "question", f"{here}."), groups))
    return SeminarDoc(
        details=details,
        sessions=sessions,
        export=_export(sem.get("export"), "seminar.export"),
        uid=_uid(sem.get("uid"), "seminar.uid"),
        created=_timestamp(sem.get("created"), "seminar.created"),
        modified=_timestamp(sem.get("modified"), "seminar.modified"),
    )


def loads(raw: bytes | str) -> SeminarDoc:
    """Decode and validate package text; raise PackageError with one sentence."""
    if len(raw) > MAX_BYTES:
        raise PackageError(f"The file is larger than {MAX_BYTES // 1_000_000} MB, too large for a seminar package.")
    try:
        data = json.loads(raw)
    except UnicodeDecodeError:
        raise PackageError("The file is not UTF-8 text, so it is not a seminar package.") from None
    except json.JSONDecodeError as err:
        raise PackageError(f"The file is not valid JSON (line {err.lineno}, column {err.colno}: {err.msg}).") from None
    return parse(data)


def read(path: str | os.PathLike[str]) -> SeminarDoc:
    """Read and validate a package file; every failure is a PackageError sentence."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise PackageError(f"{path.name} is larger than {MAX_BYTES // 1_000_000} MB, too large for a seminar package.")
        raw = path.read_bytes()
    except FileNotFoundError:
        raise PackageError(f"There is no file {path}.") from None
    except IsADirectoryError:
        raise PackageError(f"{path} is a folder, not a seminar package.") from None
    except PermissionError:
        raise PackageError(f"{path} cannot be read: permission denied.") from None
    except OSError as err:
        raise PackageError(f"{path} cannot be read: {err.strerror or err}.") from None
    try:
        return loads(raw)
    except PackageError as err:
        sentence = str(err) if str(err).endswith((".", "?", "!", ")")) else f"{err}."
        raise PackageError(f"{path.name} cannot be used: {sentence}") from None


def to_dict(doc: SeminarDoc) -> dict[str, Any]:
    """The package JSON object for a seminar, all fields written out."""
    d = doc.details
    seminar: dict[str, Any] = {key: getattr(d, key) for key in _TOP_TEXT}
    seminar["date"] = d.date.isoformat() if d.date else None
    seminar["language"] = d.language
    seminar["closing"] = {
        "thanks": d.thanks,
        "about": d.about,
        "compiled_by": d.compiled_by,
        "contact": {key: getattr(d, f"contact_{key}") for key in _CONTACT_TEXT},
        "website": d.website,
    }
    seminar["sessions"] = [
        {
            "name": s.name,
            "question": s.question,
            "groups": [
                {"name": g.name, "points": [{"text": p.text, "level": p.level, "kind": p.kind} for p in g.points]}
                for g in s.groups
            ],
        }
        for s in doc.sessions
    ]
    e = doc.export
    seminar["export"] = {
        "date_format": e.date_format,
        "session_page_break": e.session_page_break,
        "include_empty_groups": e.include_empty_groups,
        "page_word": e.page_word,
        "logo": {"filename": e.logo_filename, "data": base64.b64encode(e.logo).decode("ascii")} if e.logo else None,
    }
    if doc.uid:
        seminar["uid"] = doc.uid
    if doc.created:
        seminar["created"] = doc.created.isoformat(timespec="seconds")
    if doc.modified:
        seminar["modified"] = doc.modified.isoformat(timespec="seconds")
    return {"format": FORMAT, "version": VERSION, "seminar": seminar}


def dumps(doc: SeminarDoc) -> str:
    return json.dumps(to_dict(doc), ensure_ascii=False, indent=2) + "\n"


def write(doc: SeminarDoc, path: str | os.PathLike[str]) -> None:
    """Write the package beside the target and rename it into place."""
    write_atomically(Path(path), dumps(doc).encode("utf-8"))
