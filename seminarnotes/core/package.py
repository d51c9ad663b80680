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
from seminarnotes.core.library_files import refuse_as_source
from seminarnotes.core.messages import Message, MessageError, N_
from seminarnotes.core.outline import Point, level_problem

FORMAT = "seminarnotes-package"
VERSION = 1
MAX_BYTES = 50 * 1000 * 1000
SUFFIX = ".seminarnotes"

_TOP_TEXT = ("title", "speaker", "venue", "document_type", "organizer")
_CLOSING_TEXT = ("thanks", "about", "compiled_by", "website")
_CONTACT_TEXT = ("name", "role", "organization", "phone", "email")


class PackageError(MessageError, ValueError):
    """A package the program refuses; the message is one sentence for the user."""


def _fail(path: str, problem: Message) -> PackageError:
    return PackageError(N_("%1: %2"), path, problem) if path else PackageError(problem)


def _obj(value: Any, path: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise _fail(path, Message(N_("expected an object, found %1"), _kind(value)))
    return value


def _list(value: Any, path: str) -> list[Any]:
    if not isinstance(value, list):
        raise _fail(path, Message(N_("expected a list, found %1"), _kind(value)))
    return value


def _text(obj: dict[str, Any], key: str, path: str, default: str = "") -> str:
    value = obj.get(key, default)
    if value is None:
        return default
    if not isinstance(value, str):
        raise _fail(f"{path}{key}", Message(N_("expected text, found %1"), _kind(value)))
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as err:  # JSON's "\ud800": half of a character, which no file or database can hold
        raise _fail(f"{path}{key}", Message(N_("contains %1, half of a character, which is not text"),
                                            f"\\u{ord(value[err.start]):04x}")) from None
    return value


def _bool(obj: dict[str, Any], key: str, path: str, default: bool) -> bool:
    value = obj.get(key, default)
    if not isinstance(value, bool):
        raise _fail(f"{path}{key}", Message(N_("expected true or false, found %1"), _kind(value)))
    return value


def _kind(value: Any) -> Message:
    names = {dict: N_("an object"), list: N_("a list"), str: N_("text"), bool: N_("true/false"),
             type(None): N_("null")}
    return Message(names.get(type(value), N_("a number")))  # JSON holds nothing else


def _date(value: Any, path: str) -> dt.date | None:
    if value is None:
        return None
    if isinstance(value, str):
        try:
            if len(value) == 10:
                return dt.date.fromisoformat(value)
        except ValueError:
            pass
    raise _fail(path, Message(N_("%1 is not a date in the form YYYY-MM-DD"), _shown(value)))


def _timestamp(value: Any, path: str) -> dt.datetime | None:
    if value is None:
        return None
    if isinstance(value, str):
        try:
            return dt.datetime.fromisoformat(value)
        except ValueError:
            pass
    raise _fail(path, Message(N_("%1 is not an ISO timestamp"), _shown(value)))


def _uid(value: Any, path: str) -> str:
    """The seminar's identity: 32 lower-case hex digits, or missing."""
    if value is None or value == "":
        return ""
    if isinstance(value, str) and len(value) == 32 and all(c in "0123456789abcdef" for c in value):
        return value
    raise _fail(path, Message(N_("%1 is not a seminar identity (32 hex digits)"), _shown(value)))


def _points(raw: Any, path: str) -> list[Point]:
    """The points, held to the same level rules as every edit (outline.level_problem)."""
    points: list[Point] = []
    for i, item in enumerate(_list(raw, path)):
        here = f"{path}[{i}]"
        item = _obj(item, here)
        if "text" not in item:
            raise _fail(f"{here}.text", Message(N_("is missing")))
        points.append(Point(_text(item, "text", f"{here}."), item.get("level", 0), item.get("kind", "point")))
    problem = level_problem(points)
    if problem is not None:
        index, message = problem
        raise PackageError(N_("%1[%2].%3"), path, index, message)
    return points


def _export(raw: Any, path: str) -> ExportSettings:
    if raw is None:
        return ExportSettings()
    raw = _obj(raw, path)
    here = f"{path}."
    date_format = _text(raw, "date_format", here, "iso")
    if date_format not in DATE_FORMATS:
        raise _fail(f"{here}date_format", Message(N_("%1 is not one of %2"), _shown(date_format),
                                                  ", ".join(DATE_FORMATS)))
    logo: bytes | None = None
    logo_name = ""
    if raw.get("logo") is not None:
        logo_raw = _obj(raw["logo"], f"{here}logo")
        logo_name = _text(logo_raw, "filename", f"{here}logo.")
        try:
            logo = base64.b64decode(_text(logo_raw, "data", f"{here}logo."), validate=True)
        except (binascii.Error, ValueError):
            raise _fail(f"{here}logo.data", Message(N_("is not valid base64"))) from None
        if not is_logo_image(logo):
            raise _fail(f"{here}logo.data", Message(N_("is not a PNG or JPEG image")))
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
            raise _fail("format", Message(N_("is missing; this is not a %1 package"), SUFFIX))
        raise _fail("format", Message(N_("%1 is not \"%2\""), _shown(top["format"]), FORMAT))
    version = top.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise _fail("version", Message(N_("%1 is not a package version"), _shown(version)))
    if version > VERSION:
        raise _fail("version", Message(N_("the package is version %1, but this program reads up to version %2; "
                                          "please update Seminarnotes"), version, VERSION))
    if "seminar" not in top:
        raise _fail("seminar", Message(N_("is missing")))
    sem = _obj(top["seminar"], "seminar")
    if "title" not in sem:
        raise _fail("seminar.title", Message(N_("is missing")))
    if "sessions" not in sem:
        raise _fail("seminar.sessions", Message(N_("is missing")))
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


def _shown(value: Any) -> str:
    """A wrong value as the package spells it (text in quotes), cut short if long."""
    try:
        text = json.dumps(value, ensure_ascii=False)
    except (TypeError, ValueError, RecursionError):
        text = type(value).__name__
    return text if len(text) <= 80 else text[:79] + "…"


def loads(raw: bytes | str) -> SeminarDoc:
    """Decode and validate package text; raise PackageError with one sentence."""
    if len(raw) > MAX_BYTES:
        raise PackageError(N_("The file is larger than %1 MB, too large for a seminar package."),
                           MAX_BYTES // 1_000_000)
    try:
        data = json.loads(raw)
    except UnicodeDecodeError:
        raise PackageError(N_("The file is not UTF-8 text, so it is not a seminar package.")) from None
    except json.JSONDecodeError as err:
        raise PackageError(N_("The file is not valid JSON (line %1, column %2: %3)."), err.lineno, err.colno,
                           err.msg) from None
    except RecursionError:
        raise PackageError(N_("The file is nested too deeply to be a seminar package.")) from None
    return parse(data)


def read(path: str | os.PathLike[str], *, library: Path | None = None) -> SeminarDoc:
    """Read and validate a package file; every failure is a PackageError sentence, but
    `library` or one of its own files is refused unopened with a LibraryError sentence
    (library_files.refuse_as_source).

    At most the size limit is read, so a file without a size (a device, a pipe) cannot fill the memory."""
    path = Path(path)
    refuse_as_source(path, library)
    try:
        with path.open("rb") as handle:
            raw = handle.read(MAX_BYTES + 1)
    except FileNotFoundError:
        raise PackageError(N_("There is no file %1."), path) from None
    except IsADirectoryError:
        raise PackageError(N_("%1 is a folder, not a seminar package."), path) from None
    except PermissionError:
        raise PackageError(N_("%1 cannot be read: permission denied."), path) from None
    except OSError as err:
        raise PackageError(N_("%1 cannot be read: %2."), path, err.strerror or err) from None
    if len(raw) > MAX_BYTES:
        raise PackageError(N_("%1 is larger than %2 MB, too large for a seminar package."), path.name,
                           MAX_BYTES // 1_000_000)
    try:
        return loads(raw)
    except PackageError as err:
        inner = err.message
        if str(inner).endswith((".", "?", "!", ")")):
            raise PackageError(N_("%1 cannot be used: %2"), path.name, inner) from None
        raise PackageError(N_("%1 cannot be used: %2."), path.name, inner) from None
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


def write(doc: SeminarDoc, path: str | os.PathLike[str], *, library: Path | None = None,
          sources: tuple[Path, ...] = ()) -> Path:
    """Write the package beside the target and rename it into place (see atomic.check_target
    for the targets refused). A seminar too large for `read` to accept again is refused."""
    data = dumps(doc).encode("utf-8")
    if len(data) > MAX_BYTES:
        raise PackageError(N_("The seminar is too large for a package: it would be %1 MB, and a package holds at "
                              "most %2 MB."), f"{len(data) / 1e6:.1f}", MAX_BYTES // 1_000_000)
    return write_atomically(Path(path), data, library=library, sources=sources)
