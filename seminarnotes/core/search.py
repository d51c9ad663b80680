"""Full-text search over everything said in every seminar (SQLite FTS5).

The index itself is kept by triggers (migration 0003); this module turns what a
user types into a safe FTS5 query and the hits into plain rows.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from seminarnotes.core import rows
from seminarnotes.core.errors import LibraryError
from seminarnotes.core.messages import N_

if TYPE_CHECKING:
    from seminarnotes.core.library import Library


KIND_POINT, KIND_GROUP, KIND_SESSION, KIND_SEMINAR = range(4)
RANK_AT_MOST = 5000
MAX_WORDS = 16  # 16 common words take about 0.2 s over 300,000 points; the time grows with each word
MAX_CHARS = 300
_TOKEN = re.compile(r'"([^"]*)"?|(\S+)')
_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class SearchHit:
    """One match: where it is, and a snippet with the match marked."""

    seminar_id: int
    seminar_title: str
    date: dt.date | None
    session_id: int | None
    session_name: str
    group_id: int | None
    group_name: str
    point_index: int | None  # position of the point within its group
    kind: int
    snippet: str


class QueryTooLong(LibraryError):
    """A query longer than the index answers quickly (each word costs a pass over its matches)."""

    def __init__(self) -> None:
        super().__init__(N_("The search is too long: use at most %1 words and %2 characters."), MAX_WORDS, MAX_CHARS)


def fts_query(user_text: str) -> str:
    """A user's query as FTS5 syntax: words must all occur, `word*` is a prefix,
    "a quoted phrase" is a phrase; every other character is taken literally. A word
    repeated counts once; more than MAX_WORDS words or MAX_CHARS characters raise QueryTooLong."""
    if len(user_text) > MAX_CHARS:
        raise QueryTooLong()
    parts: list[str] = []
    for phrase, word in _TOKEN.findall(user_text):
        if phrase:
            words = _WORD.findall(phrase)
            if words:
                parts.append('"' + " ".join(words) + '"')
            continue
        prefix = word.endswith("*")
        for i, token in enumerate(words := _WORD.findall(word)):
            star = "*" if prefix and i == len(words) - 1 else ""
            parts.append(f'"{token}"{star}')
    if sum(len(_WORD.findall(part)) for part in dict.fromkeys(parts)) > MAX_WORDS:
        raise QueryTooLong()
    return " ".join(dict.fromkeys(parts))


_SQL = """
SELECT m.id AS seminar_id, m.title AS seminar_title, m.date, s.id AS session_id, s.name AS session_name,
       g.id AS group_id, g.name AS group_name, p.position AS point_index, f.rowid & 3 AS kind,
       snippet(search_index, 0, :start, :end, '…', 8) AS snippet
FROM search_index AS f
LEFT JOIN point AS p ON (f.rowid & 3) = 0 AND p.id = f.rowid >> 2
LEFT JOIN discussion_group AS g
       ON g.id = CASE f.rowid & 3 WHEN 0 THEN p.group_id WHEN 1 THEN f.rowid >> 2 END
LEFT JOIN seminar_session AS s
       ON s.id = CASE f.rowid & 3 WHEN 2 THEN f.rowid >> 2 ELSE g.session_id END
JOIN seminar AS m
       ON m.id = CASE f.rowid & 3 WHEN 3 THEN f.rowid >> 2 ELSE s.seminar_id END
WHERE search_index MATCH :query AND m.deleted IS NULL
ORDER BY {order}
LIMIT :limit
"""


def search(library: Library, user_text: str, *, limit: int = 500, start: str = "[", end: str = "]") -> list[SearchHit]:
    """Hits for `user_text` across all seminars not in the Deleted list, best first."""
    query = fts_query(user_text)
    if not query:
        return []
    with library.reading() as db:
        many = db.execute("SELECT count(*) AS matches FROM search_index WHERE search_index MATCH ?",
                          (query,)).fetchone()["matches"]
        # bm25 ranking scores every match: fine for a few thousand, too slow past that,
        # where the newest rows come first instead.
        sql = _SQL.format(order="rank" if many <= RANK_AT_MOST else "f.rowid DESC")
        found = db.execute(sql, {"query": query, "limit": limit, "start": start, "end": end}).fetchall()
        return [
            SearchHit(seminar_id=row["seminar_id"], seminar_title=row["seminar_title"], date=rows.date(row["date"]),
                      session_id=row["session_id"], session_name=row["session_name"] or "",
                      group_id=row["group_id"], group_name=row["group_name"] or "", point_index=row["point_index"],
                      kind=row["kind"], snippet=row["snippet"].replace("\n", " "))
            for row in found
        ]
