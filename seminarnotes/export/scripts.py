"""Which runs of a text need their own language and direction in Word.

Word proofs and shapes text by the language of its run: Arabic marked as the
document's Swedish is proofed as Swedish and may be laid out left to right. A text
is split where its script changes; right-to-left pieces get `w:rtl` and a bidi
language, East Asian pieces an eastAsia language. Spaces, digits and punctuation
between two letters of one such script stay in its piece, so "مرحبا بالعالم" is one run.
The language is a guess from the letters (Persian and Urdu have letters Arabic lacks;
kana means Japanese, Hangul Korean, other Han Chinese), which is what Word needs to
pick a proofing tool; the text is never changed.
"""

from __future__ import annotations

import re
from typing import NamedTuple

_HEBREW = "\u0590-\u05ff\ufb1d-\ufb4f"
_ARABIC = "\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff"
_SYRIAC, _THAANA, _NKO = "\u0700-\u074f", "\u0780-\u07bf", "\u07c0-\u07ff"
_RTL = f"{_HEBREW}{_ARABIC}{_SYRIAC}{_THAANA}{_NKO}"
_KANA = "\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9f"
_HANGUL = "\u1100-\u11ff\u3130-\u318f\ua960-\ua97f\uac00-\ud7af"
_HAN = "\u2e80-\u2fdf\u3005-\u3007\u3021-\u3029\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003ffff"
_CHINESE_JAPANESE = f"{_KANA}{_HAN}\u3100-\u312f"  # with Bopomofo
_NEUTRAL = r"[\W\d_]"  # not a letter: spaces, digits, punctuation, symbols

_ANY = re.compile(f"[{_RTL}{_HANGUL}{_CHINESE_JAPANESE}]")


def _stretch(name: str, letters: str) -> str:
    """Letters of one script with the neutral characters between them."""
    return f"(?P<{name}>[{letters}]+(?:{_NEUTRAL}+[{letters}]+)*)"


_PIECE = re.compile("|".join((_stretch("rtl", _RTL), _stretch("ko", _HANGUL), _stretch("zh", _CHINESE_JAPANESE))))
_RTL_LANGUAGES = (  # first match wins
    (re.compile(f"[{_HEBREW}]"), "he-IL"),
    (re.compile("[\u0679\u0688\u0691\u06ba\u06be\u06c1\u06d2\u06d3]"), "ur-PK"),  # ٹ ڈ ڑ ں ھ ہ ے
    (re.compile("[\u067e\u0686\u0698\u06a9\u06af\u06cc]"), "fa-IR"),  # پ چ ژ ک گ ی
    (re.compile(f"[{_SYRIAC}]"), "syr-SY"),
    (re.compile(f"[{_THAANA}]"), "dv-MV"),
)
_KANA_PATTERN = re.compile(f"[{_KANA}]")


class Piece(NamedTuple):
    """A stretch of text and how Word should treat it: `kind` is None (the document's
    language), "rtl" (right to left, `lang` a bidi language) or "eastAsia"."""

    text: str
    kind: str | None = None
    lang: str | None = None


def _language(text: str, table: tuple[tuple[re.Pattern[str], str], ...], default: str) -> str:
    return next((lang for pattern, lang in table if pattern.search(text)), default)



def pieces(text: str) -> list[Piece]:
    """`text` split where it needs another language or direction; one piece for most texts."""
    if not _ANY.search(text):
        return [Piece(text)]
    out: list[Piece] = []
    position = 0
    for match in _PIECE.finditer(text):
        if match.start() > position:
            out.append(Piece(text[position:match.start()]))
        found = match.group()
        if match.lastgroup == "rtl":
            out.append(Piece(found, "rtl", _language(found, _RTL_LANGUAGES, "ar-SA")))
        elif match.lastgroup == "ko":
            out.append(Piece(found, "eastAsia", "ko-KR"))
        else:
            out.append(Piece(found, "eastAsia", "ja-JP" if _KANA_PATTERN.search(found) else "zh-CN"))
        position = match.end()
    if position < len(text):
        out.append(Piece(text[position:]))
    return out
