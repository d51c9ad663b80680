"""The recognised lines of a Word document: each with the role it was read in, the
point level where it has one, and why, when the reading is a guess.

The preview changes roles and levels here; assembling turns the items into a seminar.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from seminarnotes.core.messages import N_, Message

HEADER_ROLES = ("title", "subtitle", "document_type")
CLOSING_ROLES = ("thanks", "about", "compiled_by", "contact_heading", "contact", "phone", "email", "website")
BODY_ROLES = ("session", "question", "group", "point", "highlight")
ROLES = HEADER_ROLES + BODY_ROLES + CLOSING_ROLES + ("ignored",)
USER_ROLES = ("session", "question", "group", "point", "highlight", "title", "ignored")
"""The roles the preview offers for any line (the issue's six, and the title)."""
TAKEN = {
    "title": N_("was the title until line %1 was made the title"),
    "subtitle": N_("was the subtitle (speaker, venue and date) until line %1 was made the subtitle"),
    "document_type": N_("was the document type until line %1 was made the document type"),
    "thanks": N_("was the thanks until line %1 was made the thanks"),
    "compiled_by": N_("was the compiler's name until line %1 was made the compiler's name"),
    "phone": N_("was the phone number until line %1 was made the phone number"),
    "email": N_("was the e-mail address until line %1 was made the e-mail address"),
    "website": N_("was the website until line %1 was made the website"),
}
"""Why a line lost a role of which a seminar has one, when the user gave it to another line."""
SINGLE_ROLES = tuple(TAKEN)
"""Roles of which a seminar has one: giving a line one of them takes it from another line."""
ROLE_NAMES = {
    "title": "title", "subtitle": "subtitle", "document_type": "document type", "session": "session",
    "question": "question", "group": "group", "point": "point", "highlight": "highlight", "thanks": "thanks",
    "about": "about", "compiled_by": "compiled by", "contact_heading": "contact heading", "contact": "contact",
    "phone": "phone", "email": "e-mail", "website": "website", "ignored": "ignored",
}


@dataclass(frozen=True, slots=True)
class Item:
    """One recognised line (a paragraph, or a part of one split at typed dashes)."""

    line: int  # the paragraph's number in the document, from 1, empty paragraphs counted
    role: str
    text: str
    level: int = 0  # for points and highlights
    reason: Message | None = None  # why it was read so, when that is a guess (translated in the window)
    uncertain: bool = False


def with_role(items: list[Item], index: int, role: str) -> list[Item]:
    """The items after the user gives line `index` a role; the user's choice is no longer a guess.
    A role a seminar has once (the title, …) is taken from the line that had it."""
    if role not in ROLES:
        raise ValueError(f"unknown role {role!r}")
    changed = list(items)
    if role in SINGLE_ROLES:
        taken = Message(TAKEN[role], items[index].line)
        changed = [replace(item, role="ignored", uncertain=True, reason=taken)
                   if item.role == role and i != index else item for i, item in enumerate(changed)]
    level = changed[index].level if role in ("point", "highlight") else 0
    changed[index] = replace(changed[index], role=role, level=level, uncertain=False)
    return changed


def with_level(items: list[Item], index: int, level: int) -> list[Item]:
    """The items after the user sets the level of a point or highlight (0–2)."""
    changed = list(items)
    changed[index] = replace(changed[index], level=max(0, min(2, level)), uncertain=False)
    return changed
