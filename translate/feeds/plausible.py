"""Whether a guessed reading of bytes that are not what a feed declares is plausible text.

charset-normalizer ranks readings by its own measure of "chaos", which a few stray bytes in a
long ASCII document hardly move: a feed declared UTF-8 with one ``&#x9b;``-like byte, or a
KOI8-R word, was read in Latin-1 (a C1 control published) or in Shift_JIS (Cyrillic read as
kanji and half-width katakana in one word) (fuzz45). A reading is plausible when what the odd
bytes became is text a writer could have meant:

* no control character (but tab and line ends), no private-use, unassigned or surrogate code
  point, no U+FFFD;
* inside a word (letters on both sides) only letters, combining marks or an apostrophe; inside
  a token (between white space, its end punctuation aside) also digits, dashes, currency,
  degree and ordinal signs, no other punctuation or symbol ("ū“…◊Ň", "¸¯¤³Č");
* no word (a run of letters and marks) that holds them mixes scripts (Latin with Cyrillic,
  kanji with half-width katakana), and none of three Latin letters or more has no ASCII one
  ("ÞØèæéå", KOI8-R read as HP Roman-8: Latin languages write most letters unaccented);
* no Cyrillic or Greek word whose case turns from lower to upper ("рТЙЧЕФ": KOI8-R read as
  windows-1251 swaps the cases) (fuzz46).

Nothing here reads a word list: "Na’ve" (an apostrophe where "ï" was meant) is plausible, as
"don’t" is; the feed reader's warning says the text is a guess.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from itertools import pairwise

_BAD = frozenset({"Cc", "Co", "Cn", "Cs"})
_APOSTROPHES = frozenset("'’ʼ‘`´")
# the scripts told apart (the first word of a letter's Unicode name); Japanese writing mixes
# kanji, kana and full-width forms in one word, so they are one class. A letter of no listed
# script (ª, º, ŉ's kin) is not counted.
_CLASSES = {
    "LATIN": "Latin", "CYRILLIC": "Cyrillic", "GREEK": "Greek", "ARABIC": "Arabic",
    "HEBREW": "Hebrew", "ARMENIAN": "Armenian", "GEORGIAN": "Georgian", "THAI": "Thai",
    "DEVANAGARI": "Devanagari", "HANGUL": "Hangul", "CJK": "CJK", "HIRAGANA": "CJK",
    "KATAKANA": "CJK", "KATAKANA-HIRAGANA": "CJK", "IDEOGRAPHIC": "CJK", "FULLWIDTH": "CJK",
    "HALFWIDTH": "half-width",
}


def _script(ch: str) -> str | None:
    return _CLASSES.get(unicodedata.name(ch, "").split(" ", 1)[0])


def _in_word(ch: str) -> bool:
    return unicodedata.category(ch)[0] in "LM"


def implausible(text: str, spans: Iterable[tuple[int, int]]) -> str | None:
    """Why ``text`` is no plausible reading where ``spans`` (start, end) are what the odd bytes
    became, or None when it is.

    >>> implausible("Caf\\u00e9 au lait", [(3, 4)]) is None
    True
    >>> implausible("ht\\x9btp", [(2, 3)])[:26]
    'a control character U+009B'
    >>> implausible("Gr\\u00fc\\u00a7e", [(2, 4)])
    "'§' inside a word ('Grü§e')"
    >>> implausible("\\u0440\\u0422\\u0419\\u0427\\u0415\\u0424", [(0, 6)])
    "a Cyrillic word whose case turns from lower to upper ('рТЙЧЕФ')"
    >>> implausible("M\\u0451ller", [(1, 2)])
    "a word mixing Cyrillic and Latin letters ('Mёller')"
    >>> implausible("don\\u2019t and na\\u00efve", [(3, 4), (11, 12)]) is None
    True
    >>> spans = [(0, 1), (5, 6), (7, 8), (11, 12)]
    >>> implausible("\\u201cVote\\u201d \\u2014 10\\u20ac/m\\u00eas", spans) is None
    True
    >>> implausible("meet \\u00b8\\u00af\\u00a4\\u00b3\\u010c again", [(5, 10)])
    "'¸' inside '¸¯¤³Č'"
    >>> spans = [(7, 8), (12, 13), (22, 23)]
    >>> implausible("<title>\\u201cVote\\u201d</title> \\u00e0s 5h", spans) is None
    True
    """
    for start, end in spans:
        for i in range(start, end):
            ch = text[i]
            cat = unicodedata.category(ch)
            if (cat in _BAD and ch not in "\t\n\r") or ch == "\ufffd":
                kind = "a control character" if cat == "Cc" else "a character no text holds"
                return f"{kind} U+{ord(ch):04X} ({_near(text, start, end)!r})"
        left, right = start, end
        while left > 0 and _in_word(text[left - 1]):
            left -= 1
        while right < len(text) and _in_word(text[right]):
            right += 1
        inside = left < start and right > end
        if inside:
            for ch in text[start:end]:
                if not _in_word(ch) and ch not in _APOSTROPHES:
                    return f"{ch!r} inside a word ({text[left:right]!r})"
        if (odd := _odd_in_token(text, start, end)) is not None:
            return odd
        for a, b in _words(text, left, right):
            scripts = sorted({s for ch in text[a:b] if (s := _script(ch)) is not None})
            if len(scripts) > 1:
                return (f"a word mixing {' and '.join(scripts)} letters"
                        f" ({text[a:b][:40]!r})")
            if scripts == ["Latin"] and b - a >= 3 and not any(
                    ch.isascii() for ch in text[a:b]):  # fmt: skip
                return f"a Latin word of accented letters only ({text[a:b][:40]!r})"
            if scripts and scripts[0] in _CASE_SHAPED and _lower_then_upper(text[a:b]):
                return (f"a {scripts[0]} word whose case turns from lower to upper"
                        f" ({text[a:b][:40]!r})")
    return None


# scripts whose words are written lower case, capitalized or all in capitals: one 8-bit
# Cyrillic code page read as another swaps the cases ("Привет" in KOI8-R read as windows-1251
# is "рТЙЧЕФ"). Latin is left out: "McDonald’s", "iPhone" (fuzz46).
_CASE_SHAPED = frozenset({"Cyrillic", "Greek"})

# 8-bit code pages tried, after charset-normalizer's readings, for the odd bytes of a feed
# declared UTF-8 (fuzz46: a KOI8-R word had no plausible reading among charset-normalizer's
# twelve, or a wrong one, three kanji for "Москва"); KOI8-R before KOI8-U (they differ in a few
# letters Russian does not use), each read under the rules above.
SCRIPT_CODEPAGES = ("koi8_r", "cp1251", "koi8_u", "iso8859_5")


def _lower_then_upper(word: str) -> bool:
    return any(a.islower() and b.isupper() for a, b in pairwise(word))


def odd_words(text: str, spans: Iterable[tuple[int, int]]) -> list[str]:
    """The words (runs of letters and marks) that hold what the odd bytes became.

    >>> odd_words("said \u041f\u0440\u0438\u0432\u0435\u0442 today", [(5, 11)])
    ['Привет']
    """
    words = []
    for start, end in spans:
        left, right = start, end
        while left > 0 and _in_word(text[left - 1]):
            left -= 1
        while right < len(text) and _in_word(text[right]):
            right += 1
        words += [text[a:b] for a, b in _words(text, left, right)]
    return words


def script_of(words: Iterable[str]) -> str | None:
    """The one script class of ``words``' letters, or None when they hold none or several."""
    scripts = {s for w in words for ch in w if (s := _script(ch)) is not None}
    return scripts.pop() if len(scripts) == 1 else None


# what ends a token: white space, and the markup around a feed's text
_APART = frozenset('<>"=')
# punctuation a token may begin or end with
_TOKEN_ENDS = frozenset("\"'“”‘’„‚«»‹›()[]{}.,;:!?…—–-¡¿*")


def _apart(ch: str) -> bool:
    return ch.isspace() or ch in _APART


def _odd_in_token(text: str, start: int, end: int) -> str | None:
    """A character the odd bytes became, inside the token (the run between white space) that
    holds it, that is neither a letter, a mark, a digit, an apostrophe, a dash, a currency's
    sign (not ¤) nor a degree or ordinal sign: "ū“…◊Ň" (KOI8-R read as Mac Latin-2), "¸¯¤³Č" (random
    bytes); punctuation at the token's ends ("“Vote”", "—") is not inside it."""
    left, right = start, end
    while left > 0 and not _apart(text[left - 1]):
        left -= 1
    while right < len(text) and not _apart(text[right]):
        right += 1
    a, b = left, right
    while a < b and text[a] in _TOKEN_ENDS:
        a += 1
    while b > a and text[b - 1] in _TOKEN_ENDS:
        b -= 1
    for i in range(max(a, start), min(b, end)):
        ch = text[i]
        cat = unicodedata.category(ch)
        if (cat[0] in "LM" or cat in ("Nd", "Pd") or (cat == "Sc" and ch != "¤")
                or ch in _APOSTROPHES or ch in "°ºª"):
            continue
        return f"{ch!r} inside {text[left:right][:40]!r}"
    return None


def _words(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The runs of letters and marks between ``start`` and ``end``."""
    out, i = [], start
    while i < end:
        if _in_word(text[i]):
            j = i
            while j < end and _in_word(text[j]):
                j += 1
            out.append((i, j))
            i = j
        else:
            i += 1
    return out


def _near(text: str, start: int, end: int) -> str:
    shown = text[max(0, start - 12) : end + 12]
    return shown.encode("unicode_escape").decode("ascii") if not shown.isprintable() else shown
