"""Reading the roles of a document's paragraphs from their shape.

Our own exports name every role with a style (DOCX-LAYOUT.md), so their reading is
exact. Hand-made documents are read from what people use to show the same shape:
heading styles and outline levels, bold and larger text, Word list levels, typed
dashes, italics, shading, indentation, and the fixed words of the title block and the
closing. Whatever is a guess carries its reason, so that the preview can ask.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from seminarnotes.core.messages import N_, Message
from seminarnotes.export.styles import LIST_STEP
from seminarnotes.wordimport import patterns as pt
from seminarnotes.wordimport.items import Item
from seminarnotes.wordimport.paragraphs import Paragraph

OWN_STYLES = {"document type", "question", "highlight", "closing title", "contact"}
"""Style names only our exporter makes together: a document with all of them is one of ours."""
_OWN_ROLE = {"title": "title", "subtitle": "subtitle", "document type": "document_type", "heading 1": "session",
             "question": "question", "heading 2": "group", "highlight": "highlight", "closing title": "thanks"}
_OWN_LIST = {"list bullet": 0, "list bullet 2": 1, "list bullet 3": 2}
_QUOTE_STYLES = {"highlight", "quote", "intense quote", "citat", "starkt citat", "block text"}
_LIST_WORDS = ("list", "lista", "bullet", "punkt")
MAX_HEADING_CHARS = 120
_OWN_INDENTS = tuple(LIST_STEP * (level + 1) for level in range(9))

# Why a line was read as it was, when that is a guess; the window shows them translated.
_ITALIC_EXAMPLE = Message(N_("read as a good example because it is in italics"))
_EXAMPLE_BECAUSE = {
    "shaded": Message(N_("read as a good example because it is shaded")),
    "framed": Message(N_("read as a good example because it is framed by a rule")),
    "italic": _ITALIC_EXAMPLE,
    None: Message(N_("read as a good example because it is set apart")),
}
_LOOKS = {"heading": Message(N_("a heading")), "bold": Message(N_("bold")), "large": Message(N_("large"))}
_AFTER_THE_THANKS = Message(N_("read as part of the closing text because it comes after the thanks"))
_NOT_IN_A_LIST = Message(N_("read as a point although it is not in a list like the other points"))


@dataclass
class Recognition:
    items: list[Item]
    own_export: bool
    notes: list[Message] = field(default_factory=list)


def is_own_export(style_names: set[str]) -> bool:
    return OWN_STYLES <= style_names


def recognise(paragraphs: Sequence[Paragraph], own_export: bool, core_title: str = "") -> Recognition:
    """The items of a document, in order, and notes about the document as a whole."""
    content = [p for p in paragraphs if p.text.strip()]
    reader = _Reader(content, own_export, core_title)
    items = reader.read()
    structured = own_export or reader.has_lists or any(item.role in ("session", "group") for item in items)
    if not structured:
        return Recognition(_one_point_each(content), own_export, [
            Message(N_("No sessions, group names or lists were recognised, so each paragraph became a point of one "
                       "group in one session."))])
    return Recognition(items, own_export)


def _one_point_each(content: Sequence[Paragraph]) -> list[Item]:
    return [Item(p.line, "point", p.text.strip()) for p in content]


class _Reader:
    """One pass of rules over the non-empty paragraphs; see the module docstring."""

    def __init__(self, content: Sequence[Paragraph], own: bool, core_title: str) -> None:
        self.content = list(content)
        self.own = own
        self.core_title = core_title.strip()
        self.unsettled: set[int] = set()  # lines of question-shaped paragraphs, settled once sessions are known
        self.has_lists = any(self._is_list(p) for p in self.content)
        self.body_size = self._body_size()

    # --- shapes ---------------------------------------------------------------------

    def _is_list(self, p: Paragraph) -> bool:
        if self.own and p.style in _OWN_LIST:
            return True
        return (p.list_level is not None or any(word in p.style for word in _LIST_WORDS)
                or (not self.own and pt.TYPED_BULLET.match(p.text) is not None))

    def _looks_highlighted(self, p: Paragraph) -> bool:
        return p.shaded or p.left_rule or p.style in _QUOTE_STYLES

    def _body_size(self) -> float:
        sizes = Counter(p.size for p in self.content if not p.bold and p.outline_level is None)
        return sizes.most_common(1)[0][0] if sizes else 11.0

    def _heading_like(self, p: Paragraph) -> bool:
        text = p.text.strip()
        if self._is_list(p) or self._looks_highlighted(p) or "\n" in text or len(text) > MAX_HEADING_CHARS:
            return False
        if text.endswith("?") and len(text.split()) > 6:
            return False  # a question in bold is still a question
        return p.outline_level is not None or p.bold or p.size >= self.body_size + 2

    # --- the pass ---------------------------------------------------------------------

    def read(self) -> list[Item]:
        closing = self._closing_start()
        head = self._head(closing)
        tiers = self._heading_tiers(closing, head)
        items: list[Item] = []
        indents = _IndentLevels(_OWN_INDENTS if self.own else None)
        bullet_levels = self._typed_bullet_levels()
        seen_structure = False
        for index, p in enumerate(self.content):
            text = p.text.strip()
            if index >= closing or (self.own and p.style == "organizer"):
                continue  # our title block's "Arrangör: …" repeats the page header's organiser
            if index in head:
                role, reason = head[index]
                items.append(Item(p.line, role, p.text if self.own else text, reason=reason, uncertain=bool(reason)))
                continue
            own_role = _OWN_ROLE.get(p.style) if self.own else None
            if own_role in ("session", "group", "question"):
                items.append(Item(p.line, own_role, p.text))
            elif own_role == "highlight":
                items.append(Item(p.line, "highlight", p.text, indents.level_of(p.indent)))
            elif self.own and p.style in _OWN_LIST:
                items.append(Item(p.line, "point", p.text, p.list_level if p.list_level is not None
                                  else _OWN_LIST[p.style]))
            elif self._looks_highlighted(p):
                items.append(self._highlight(p, indents))
            elif self._is_list(p):
                listed = self._list_item(p, bullet_levels)
                indents.saw(listed[0].level, _typed_depth(p))
                items.extend(listed)
            elif index in tiers:
                role, reason = tiers[index]
                items.append(Item(p.line, role, p.text if self.own else text, reason=reason,
                                  uncertain=bool(reason)))
            elif self._question_shape(p):
                items.append(Item(p.line, "question", text))
                self.unsettled.add(p.line)
            elif p.italic:
                items.append(Item(p.line, "highlight", text, indents.level_of(p.indent),
                                  reason=_ITALIC_EXAMPLE, uncertain=True))
            elif not seen_structure and not self.own:
                items.append(Item(p.line, "ignored", text, reason=Message(N_(
                    "text before the first session or group was left out; give it a role to keep it")),
                    uncertain=True))
            else:
                items.extend([self._plain_point(p)] if self.own else _split_typed_dashes(self._plain_point(p)))
            seen_structure = seen_structure or items[-1].role in ("session", "group", "point", "highlight")
        items = self._settle_questions(items)
        items.extend(self._closing(closing))
        return items

    # --- title block ------------------------------------------------------------------

    def _head(self, closing: int) -> dict[int, tuple[str, Message | None]]:
        """Title, subtitle and document type, found before the first session, group or list."""
        found: dict[int, tuple[str, Message | None]] = {}
        roles_taken: set[str] = set()
        largest = max((p.size for p in self.content), default=0)
        for index, p in enumerate(self.content[:closing]):
            text = p.text.strip()
            own = _OWN_ROLE.get(p.style) if self.own else None
            if own in ("title", "subtitle", "document_type"):
                found[index] = (own, None)
                roles_taken.add(own)
                continue
            if self.own:
                continue
            if self._is_list(p) or self._looks_highlighted(p) or pt.SESSION_NAME.match(text) \
                    or p.style in ("heading 2", "heading 3"):
                break
            if "subtitle" not in roles_taken and (p.style == "subtitle" or pt.SUBTITLE_LEAD.match(text)):
                found[index] = ("subtitle", None)
                roles_taken.add("subtitle")
            elif "document_type" not in roles_taken and (p.style == "document type"
                                                         or pt.DOCUMENT_TYPE.match(text)) and len(text) < 100:
                found[index] = ("document_type", None)
                roles_taken.add("document_type")
            elif "title" not in roles_taken and not found and len(text) <= 200:
                evidence = (p.style == "title" or text == self.core_title or p.size >= largest
                            and (p.bold or p.size >= self.body_size + 4))
                found[index] = ("title", None if evidence
                                else Message(N_("read as the title because it is the first line")))
                roles_taken.add("title")
            elif self._heading_like(p) and "title" in roles_taken:
                break  # the first session or group name
            elif p.italic or text.endswith("?"):
                continue  # a question before the first session, settled later
            else:
                break
        return found

    # --- sessions and groups ----------------------------------------------------------

    def _heading_tiers(self, closing: int, head: dict[int, tuple[str, Message | None]]
                       ) -> dict[int, tuple[str, Message | None]]:
        """Session or group for each heading-like paragraph: the most used look is the
        group names'; a clearly more prominent look is the sessions'."""
        candidates = [i for i, p in enumerate(self.content[:closing])
                      if i not in head and self._heading_like(p) and not (self.own and p.style in _OWN_ROLE)]
        if not candidates:
            return {}
        sizes = sorted({self.content[i].size for i in candidates if self.content[i].outline_level is None},
                       reverse=True)
        size_tier: dict[float, int] = {}
        top, tier = None, -1
        for size in sizes:
            if top is None or top - size >= 1.5:
                top, tier = size, tier + 1
            size_tier[size] = tier

        def key(i: int) -> tuple[int, int]:
            p = self.content[i]
            return (0, p.outline_level) if p.outline_level is not None else (1, size_tier[p.size])

        counts = Counter(key(i) for i in candidates)
        group_key = max(counts, key=lambda k: (counts[k], k))
        result: dict[int, tuple[str, Message | None]] = {}
        for i in candidates:
            p, k = self.content[i], key(i)
            named_like_session = pt.SESSION_NAME.match(p.text.strip()) is not None
            look = _LOOKS["heading" if p.outline_level is not None else "bold" if p.bold else "large"]
            short_group = Message(N_("read as a group name because it is %1 and short"), look)
            if k < group_key:
                sure = named_like_session or p.outline_level is not None
                result[i] = ("session", None if sure else Message(
                    N_("read as a session because it is more prominent than the group names (%1)"), look))
            elif named_like_session:
                result[i] = ("session", Message(
                    N_("read as a session because of its name, though it looks like the group names (%1)"), look))
            elif k > group_key:
                result[i] = ("group", Message(N_("read as a group name because it is %1 and short, though less "
                                                 "prominent than the other group names"), look))
            elif len(counts) == 1 and counts[k] == 1 and not self.has_lists:
                result[i] = ("group", short_group)
            else:
                result[i] = ("group", None if (p.outline_level is not None or counts[k] > 1) else short_group)
        return result

    # --- points ---------------------------------------------------------------------------

    def _typed_bullet_levels(self) -> dict[int, int]:
        """Indent (tabs and paragraph indent) -> level, over the paragraphs with typed bullets."""
        if self.own:
            return {}
        depths = sorted({_typed_depth(p) for p in self.content
                         if p.list_level is None and pt.TYPED_BULLET.match(p.text)})
        return {depth: min(rank, 2) for rank, depth in enumerate(depths)}

    def _highlight(self, p: Paragraph, indents: _IndentLevels) -> Item:
        signals = [name for name, on in (("shaded", p.shaded), ("framed", p.left_rule), ("italic", p.italic)) if on]
        level = p.list_level if p.list_level is not None else indents.level_of(p.indent)
        text = pt.TYPED_BULLET.sub("", p.text, count=1).strip() if not self.own else p.text
        if len(signals) >= 2 or p.style in _QUOTE_STYLES:
            return Item(p.line, "highlight", text, min(level, 2))
        return Item(p.line, "highlight", text, min(level, 2), reason=_EXAMPLE_BECAUSE[signals[0] if signals else None],
                    uncertain=True)

    def _list_item(self, p: Paragraph, bullet_levels: dict[int, int]) -> list[Item]:
        reason = None
        text = p.text
        if p.list_level is not None:
            level = p.list_level
        elif (match := pt.TYPED_BULLET.match(text)) is not None:
            level = bullet_levels.get(_typed_depth(p), 0)
            text = text[match.end():]
        else:
            level = 0
        digits = [c for c in p.style if c.isdigit()]
        if digits:  # Word's "List Bullet 2" is often a list of its own at level 0, indented as level 2
            level = max(level, int(digits[-1]) - 1)
        if level > 2:
            reason = Message(N_("Word list level %1 became level 3, the deepest a point can be"), level + 1)
            level = 2
        kind = "point"
        if p.italic and not self.own:
            kind, reason = "highlight", _ITALIC_EXAMPLE
        head = Item(p.line, kind, text.strip(), level, reason, bool(reason))
        return [head] if self.own or kind == "highlight" else _split_typed_dashes(head)

    def _plain_point(self, p: Paragraph) -> Item:
        if self.has_lists:
            return Item(p.line, "point", p.text.strip(), 0, _NOT_IN_A_LIST, True)
        return Item(p.line, "point", p.text.strip())

    def _question_shape(self, p: Paragraph) -> bool:
        return (self.own and p.style == "question") or (not self.own and (p.italic or p.text.strip().endswith("?")))

    def _settle_questions(self, items: list[Item]) -> list[Item]:
        """A question-shaped line is the question only next to a session (before or after
        it), or before everything else; elsewhere it is a point or, in italics, a good example."""
        has_sessions = any(item.role == "session" for item in items)
        by_line = {p.line: p for p in self.content}
        before_roles: list[str | None] = []  # the role of the nearest item before, ignored lines skipped
        last: str | None = None
        for item in items:
            before_roles.append(last)
            last = item.role if item.role != "ignored" else last
        after_roles: list[str | None] = []  # the nearest after, questions skipped too
        last = None
        for item in reversed(items):
            after_roles.append(last)
            last = item.role if item.role not in ("ignored", "question") else last
        after_roles.reverse()
        settled: list[Item] = []
        for i, item in enumerate(items):
            if item.role != "question" or item.line not in self.unsettled:
                settled.append(item)
                continue
            before, after, p = before_roles[i], after_roles[i], by_line[item.line]
            asks = item.text.endswith("?")
            if before == "session" or after == "session" or (before in (None, "title", "subtitle",
                                                                          "document_type") and has_sessions):
                reason = None if (asks and (p.italic or before == "session" or after == "session")) or self.own \
                    else Message(N_("read as the session's question because it is in italics next to a session")
                                 if p.italic else N_("read as the session's question because it is a question "
                                                     "next to a session"))
                settled.append(Item(item.line, "question", item.text, reason=reason, uncertain=bool(reason)))
            elif p.italic:
                settled.append(Item(item.line, "highlight", item.text, reason=_ITALIC_EXAMPLE, uncertain=True))
            else:
                settled.append(self._plain_point(p))
        return settled

    # --- the closing ------------------------------------------------------------------

    def _closing_start(self) -> int:
        """The first thanks line after which no point follows; else the first closing label."""
        last_point = max((i for i, p in enumerate(self.content) if self._is_list(p) or self._looks_highlighted(p)
                          or p.style in ("heading 1", "heading 2")), default=-1)

        def no_points_after(i: int) -> bool:
            return i > last_point

        def own_closing(p: Paragraph) -> bool:  # our export writes Normal and Contact only in the closing
            return p.style in ("", "contact", "closing title")

        for matcher in (own_closing,) if self.own else (self._is_thanks, self._is_closing_label):
            for i, p in enumerate(self.content):
                if matcher(p) and no_points_after(i):
                    return i
        return len(self.content)

    def _is_thanks(self, p: Paragraph) -> bool:
        if self.own:
            return p.style == "closing title"
        return (not self._is_list(p) and not self._looks_highlighted(p) and len(p.text.strip()) <= 120
                and pt.THANKS.match(p.text) is not None)

    def _is_closing_label(self, p: Paragraph) -> bool:
        if self._is_list(p) or self._looks_highlighted(p):
            return False
        return any(pattern.match(p.text) for pattern in (pt.COMPILED_BY, pt.CONTACT, pt.WEBSITE, pt.ABOUT))

    def _closing(self, start: int) -> list[Item]:
        items: list[Item] = []
        in_contact = False
        for p in self.content[start:]:
            text = p.text.strip()
            role, reason = "", None
            if not items and self._is_thanks(p) and not self._is_closing_label(p):
                role = "thanks"
            elif pt.COMPILED_BY.match(text):
                role = "compiled_by"
            elif pt.PHONE.match(text):
                role = "phone"
            elif pt.EMAIL.match(text):
                role = "email"
            elif pt.WEBSITE.match(text):
                role = "website"
            elif pt.CONTACT.match(text):
                role, in_contact = "contact_heading", True
            elif in_contact:
                role = "contact"
            elif pt.ABOUT.match(text) or self.own:
                role = "about"
            else:
                role = "about"
                reason = _AFTER_THE_THANKS
            if role in ("phone", "email", "website", "compiled_by"):
                in_contact = role in ("phone", "email") and in_contact
            if role == "about" and any(item.role == "about" for item in items) and not self.own:
                reason = _AFTER_THE_THANKS
            items.append(Item(p.line, role, p.text if self.own else text, reason=reason, uncertain=bool(reason)))
        return items


def _typed_depth(p: Paragraph) -> int:
    tabs = len(p.text) - len(p.text.lstrip("\t"))
    return tabs * 720 + p.indent


class _IndentLevels:
    """The point level of an indented paragraph outside a list (a good example): in our
    exports from the fixed list indents; in a hand-made document from the indents of
    the list items seen so far, one level deeper when it is clearly more indented."""

    def __init__(self, fixed: tuple[int, ...] | None) -> None:
        self.fixed = fixed
        self.by_level: dict[int, int] = {}
        self.last = -1

    def saw(self, level: int, indent: int) -> None:
        self.by_level[level] = indent
        self.last = level

    def level_of(self, indent: int) -> int:
        if self.fixed is not None:
            return _level_of_indent(indent, self.fixed)
        level = max((lvl for lvl, x in self.by_level.items() if indent + 60 >= x), default=0)
        if self.last >= 0 and indent >= self.by_level[self.last] + 200:
            level = max(level, self.last + 1)
        return min(level, 2)


def _level_of_indent(indent: int, list_indents: tuple[int, ...]) -> int:
    """The deepest list level whose indent the paragraph reaches (within a small tolerance)."""
    level = 0
    for candidate, list_indent in enumerate(list_indents[:3]):
        if indent + 60 >= list_indent:
            level = candidate
    return level


def _split_typed_dashes(item: Item) -> list[Item]:
    """'… ligger i: - förändrade krav - olika medarbetare' is a point with sub-points: a
    hand-made list typed inside one paragraph, after a colon or with two dashes or more.
    One dash without a colon may be punctuation, so it stays, marked as a guess."""
    lines = item.text.split("\n")
    if len(lines) > 1 and all(pt.TYPED_BULLET.match(line) for line in lines[1:]):
        pieces = [lines[0]] + [pt.TYPED_BULLET.sub("", line, count=1) for line in lines[1:]]
    else:
        pieces = item.text.split(pt.INLINE_DASH)
    pieces = [piece.strip() for piece in pieces]
    if len(pieces) < 2:
        return [item]
    if len(pieces) == 2 and not pieces[0].endswith(":") and "\n" not in item.text:
        return [Item(item.line, item.role, item.text, item.level,
                     Message(N_("kept as one point; the ' - ' inside it may start a sub-point")), True)]
    child_level = min(item.level + 1, 2)
    reason = Message(N_("a list typed inside one paragraph, read as a point with sub-points"))
    head = Item(item.line, item.role, pieces[0], item.level, item.reason, item.uncertain)
    return [head] + [Item(item.line, "point", piece, child_level,
                          reason if child_level == item.level else None, child_level == item.level)
                     for piece in pieces[1:] if piece]
