"""The folded key of a word: case, diacritics, apostrophes and hyphens set aside.

One place for it below every stage that compares words: the glossary's matcher
(``translate.glossary.normalize`` re-exports it) and the spelling dictionary's reader
(``translate.dictionary``), which the spelling stage reads too.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

# Letters that NFKD does not decompose but that transliterations write as plain Latin.
_SPECIAL = str.maketrans(
    {
        "ə": "a", "Ə": "a", "ı": "i", "ł": "l", "Ł": "l", "ø": "o", "Ø": "o", "đ": "d",
        "Đ": "d", "ð": "d", "þ": "th", "Þ": "th", "æ": "ae", "Æ": "ae", "œ": "oe",
        "Œ": "oe", "ŋ": "n", "ħ": "h", "ß": "ss", "ʻ": "", "ʼ": "",
    }
)

APOSTROPHES = "'’‘ʼ`´′"
HYPHENS = "-‐‑‒–—−"


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Case- and diacritic-insensitive key: ``fold("Əliyev") == fold("ALIYEV") == "aliyev"``.

    >>> fold("Erdoğan’s")
    "erdogan's"
    """
    text = text.translate(_SPECIAL)
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    out = stripped.translate(_SPECIAL).casefold()
    for ch in APOSTROPHES[1:]:
        out = out.replace(ch, "'")
    for ch in HYPHENS[1:]:
        out = out.replace(ch, "-")
    return out
