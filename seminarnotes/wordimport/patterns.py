"""The words a RESK-shaped document uses, in Swedish and English: the export's own
labels (export/labels.py) plus the variants people type by hand, and the parsing of
the subtitle line and its date.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from seminarnotes.core.messages import N_, Message
from seminarnotes.export.labels import LABELS


def _alternatives(*words: str) -> str:
    return "|".join(re.escape(word) for word in sorted(set(words), key=len, reverse=True))


_sv, _en = LABELS["sv"], LABELS["en"]

THANKS = re.compile(r"^\s*(?:tack\s+för|thank\s+you\s+(?:for|all)|thanks\s+for)\b", re.I)
ABOUT = re.compile(r"^\s*(?:seminariet\s+(?:arrangerades|anordnades|genomfördes)|the\s+seminar\s+was\s+"
                   r"(?:organi[sz]ed|arranged|held))\b", re.I)
_COMPILED_BY = _alternatives(_sv.compiled_by, _en.compiled_by, 'Sammanställt av', 'Sammanställning av',
                             'Sammanställningen gjordes av', 'Dokumentationen gjord av', 'Dokumenterat av')
COMPILED_BY = re.compile(rf"^\s*(?:{_COMPILED_BY})\s*:?\s*", re.I)
CONTACT = re.compile(rf"^\s*(?:(?:{_alternatives(_sv.contact.rstrip(':'), _en.contact.rstrip(':'))})\s*:?|"
                     r"(?:kontaktperson|kontakt|contact|frågor)\s*:)\s*", re.I)
PHONE = re.compile(rf"^\s*(?:{_alternatives(_sv.phone, _en.phone, 'Tel', 'Tfn', 'Mobil', 'Telephone')})\.?\s*:\s*",
                   re.I)
EMAIL = re.compile(rf"^\s*(?:{_alternatives(_sv.email, _en.email, 'E-mail', 'Epost', 'Mejl', 'Mail')})\s*:\s*", re.I)
WEBSITE = re.compile(
    rf"^\s*(?:{_alternatives(_sv.website, _en.website, 'Webbplats:', 'Hemsida:', 'Website:', 'Läs mer på')})\s*", re.I)
DOCUMENT_TYPE = re.compile(r"^\s*(?:dokumentation\s+(?:av|från|of)\b|documentation\s+of\b)", re.I)
SUBTITLE_LEAD = re.compile(rf"^\s*(?:(?P<with>{_alternatives(_sv.subtitle_lead, _en.subtitle_lead)})\s+|"
                           rf"(?P<plain>{_alternatives(_sv.subtitle_plain, _en.subtitle_plain)})\s*(?:,\s*|$))", re.I)

# A session is named for its part of the day or its number: "Förmiddag:", "Pass 2", "Afternoon".
SESSION_NAME = re.compile(
    r"^\s*(?:förmiddag(?:en|spass)?|eftermiddag(?:en|spass)?|morgon(?:en)?|kväll(?:en)?|fm|em|"
    r"(?:pass|dag|block|session|workshop|omgång|runda)\s*\d+|(?:första|andra|tredje|fjärde)\s+(?:passet|"
    r"omgången|dagen)|morning|afternoon|evening|day\s*\d+|session|(?:first|second|third)\s+session)"
    r"(?:\s*[:.–-].*)?\s*$", re.I)

# Typed bullets at the start of a paragraph; "o" and digits are left alone (too often real text).
TYPED_BULLET = re.compile(r"^[ \t]*([-–•·*▪◦‣⁃])[ \t]+")
INLINE_DASH = " - "


def language_of_label(text: str) -> str | None:
    """'sv' or 'en' when the text starts with a closing label of that language."""
    lowered = text.strip().lower()
    for language, labels in (("sv", _sv), ("en", _en)):
        for label in (labels.thanks[:12], labels.compiled_by, labels.contact.rstrip(":"), labels.website):
            if lowered.startswith(label.lower()):
                return language
    return None


def after(pattern: re.Pattern[str], text: str) -> str:
    """The text after a label the pattern matches, stripped."""
    match = pattern.match(text)
    return (text[match.end():] if match else text).strip()


_MONTHS = {name.lower(): number for labels in LABELS.values() for number, name in enumerate(labels.months, 1)}
_MONTHS.update({name[:3].lower(): number for name, number in list(_MONTHS.items())})
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_COMPACT = re.compile(r"^(\d{2})(\d{2})(\d{2})$")
_LONG = re.compile(r"^(\d{1,2})\s*\.?\s+([A-Za-zÅÄÖåäö]+)\.?\s+(\d{4})$")
_LONG_EN = re.compile(r"^([A-Za-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})$")


def parse_date(text: str) -> tuple[dt.date, str] | None:
    """A date as our export writes it (2014-04-08, 8 april 2014, 140408) with its format
    name, or as people commonly type it; None when it is no date."""
    text = text.strip().replace("\u2011", "-").replace("\u2010", "-")
    try:
        if m := _ISO.match(text):
            return dt.date(int(m[1]), int(m[2]), int(m[3])), "iso"
        if m := _COMPACT.match(text):
            year = int(m[1])
            return dt.date(year + (2000 if year < 69 else 1900), int(m[2]), int(m[3])), "compact"
        if (m := _LONG.match(text)) and m[2].lower() in _MONTHS:
            return dt.date(int(m[3]), _MONTHS[m[2].lower()], int(m[1])), "long"
        if (m := _LONG_EN.match(text)) and m[1].lower() in _MONTHS:
            return dt.date(int(m[3]), _MONTHS[m[1].lower()], int(m[2])), "long"
    except ValueError:
        return None
    return None


@dataclass(frozen=True)
class Subtitle:
    speaker: str = ""
    venue: str = ""
    date: dt.date | None = None
    date_format: str = "iso"
    doubtful: Message | None = None  # why the split may be wrong, None when it is certain


def parse_subtitle(text: str) -> Subtitle:
    """'Seminarium med {speaker}, {venue}, {date}' (parts left out when empty) back into
    its parts. A comma inside the speaker's name cannot be told from the one after it."""
    text = text.strip()
    lead = SUBTITLE_LEAD.match(text)
    tokens = re.split(r"(,\s*)", text[lead.end():] if lead else text)  # parts with their separators between
    date, date_format = None, "iso"
    if len(tokens) >= 1 and (parsed := parse_date(tokens[-1])):
        date, date_format = parsed
        tokens = tokens[:-2]
    has_speaker = lead is None or lead.group("with") is not None
    if not has_speaker:
        return Subtitle("", "".join(tokens).strip(), date, date_format)
    speaker, venue = (tokens[0].strip() if tokens else ""), "".join(tokens[2:]).strip()
    doubtful = None
    if lead is None:
        doubtful = Message(N_("it does not start with 'Seminarium med', so the speaker and venue are a guess"))
    elif len(tokens) > 3:
        doubtful = Message(N_("it has more commas than speaker, venue and date need, so where the speaker's name "
                              "ends is a guess"))
    return Subtitle(speaker, venue, date, date_format, doubtful)


def split_contact(text: str) -> tuple[str, str, str, Message | None]:
    """'{name}, {role}, {organization}' (on one line or several) into its three parts,
    with why the split may be wrong (None when it is not)."""
    parts = [part.strip() for part in re.split(r",|\n", text) if part.strip()]
    if len(parts) == 3:
        return parts[0], parts[1], parts[2], None
    if len(parts) > 3:
        return (parts[0], parts[1], ", ".join(parts[2:]),
                Message(N_("it has more than three parts; the last ones were read as the organisation")))
    if len(parts) == 2:
        return (parts[0], parts[1], "",
                Message(N_("it has two parts; the second was read as the role, not the organisation")))
    return (parts[0] if parts else ""), "", "", None
