"""The words and date forms the Word document uses, per document language.

Kept apart from the layout so that a translator or a reviewer of DOCX-LAYOUT.md's
label table finds every fixed word of the export in one short file.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class Labels:
    """Fixed texts of the export in one language (DOCX-LAYOUT.md, "Labels")."""

    lang_tag: str  # BCP 47 tag Word wants in w:lang
    decimal_symbol: str  # for Word's fields and tables, as the language writes numbers
    list_separator: str
    subtitle_lead: str  # "Seminarium med {speaker}"
    subtitle_plain: str  # the lead when there is no speaker to be "with"
    organizer: str  # "Arrangör: {organizer}" in the title block
    document_type: str
    compiled_by: str
    contact: str
    phone: str
    email: str
    website: str
    thanks: str
    page: str
    untitled_session: str  # a heading for a session without a name: headings never skip a level
    untitled_group: str
    months: tuple[str, ...]


LABELS: dict[str, Labels] = {
    "sv": Labels(
        lang_tag="sv-SE",
        decimal_symbol=",",
        list_separator=";",
        subtitle_lead="Seminarium med",
        subtitle_plain="Seminarium",
        organizer="Arrangör",
        document_type="Dokumentation av gruppdiskussioner",
        compiled_by="Sammanställningen gjord av",
        contact="Välkommen att kontakta:",
        phone="Telefon",
        email="E-post",
        website="Besök vår webbplats på",
        thanks="Tack för din medverkan vid seminariet!",
        page="Sida",
        untitled_session="Pass {n}",
        untitled_group="Grupp {n}",
        months=("januari", "februari", "mars", "april", "maj", "juni", "juli",
                "augusti", "september", "oktober", "november", "december"),
    ),
    "en": Labels(
        lang_tag="en-GB",
        decimal_symbol=".",
        list_separator=",",
        subtitle_lead="Seminar with",
        subtitle_plain="Seminar",
        organizer="Organiser",
        document_type="Documentation of group discussions",
        compiled_by="Compiled by",
        contact="For questions, please contact:",
        phone="Phone",
        email="Email",
        website="Visit our website at",
        thanks="Thank you for taking part in the seminar!",
        page="Page",
        untitled_session="Session {n}",
        untitled_group="Group {n}",
        months=("January", "February", "March", "April", "May", "June", "July",
                "August", "September", "October", "November", "December"),
    ),
}


def labels_for(language: str) -> Labels:
    """The labels of `language`, Swedish for anything we do not know."""
    return LABELS.get(language, LABELS["sv"])


def format_date(date: dt.date | None, style: str, labels: Labels) -> str:
    """2014-04-08 (iso), 8 april 2014 (long) or 140408 (compact); "" for no date."""
    if date is None:
        return ""
    if style == "long":
        return f"{date.day} {labels.months[date.month - 1]} {date.year}"
    if style == "compact":
        return date.strftime("%y%m%d")
    return date.isoformat()
