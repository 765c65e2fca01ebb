"""Repair untranslatable tokens that the engine mangled, and drop what it invented.

Tokens that a translation must carry verbatim: URLs, e-mail addresses, @handles, #hashtags,
code spans, and capitalized words with letters outside ASCII in a Latin-script sentence
("Lüderitzstrasse", "Schutzverträge"): the embedded model's vocabulary cannot write "ü" and
turns it into "L'deritzstrasse". When such a token is missing from the target, the target word
closest to it (same shape, similarity >= 80) is put back as the source wrote it; a token with
no close word is left alone (flagging is the checks' job). A parenthesis the engine appended
that names a language ("(em inglês)") is removed when the source has nothing like it.

Run after the engine, before the glossary restore; each change is reported.

>>> text, changes = repair("Lüderitzstrasse was renamed.", "A L'deritzstrasse foi renomeada.")
>>> text, [c["from"] for c in changes]
('A Lüderitzstrasse foi renomeada.', ["L'deritzstrasse"])
>>> repair("Ninfa Wood, Walnut Creek", "Ninfa Wood, Walnut Creek (em inglês)")[0]
'Ninfa Wood, Walnut Creek'
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

_VERBATIM = re.compile(
    r"https?://\S+[^\s.,;:!?)\]]|\b[\w.+-]+@[\w-]+\.[\w.-]+\b|(?<!\w)[@#][A-Za-z_]\w+|`[^`]+`"
)
_NON_ASCII_WORD = re.compile(r"(?<![\w@#/])[A-Z][^\W\d_]*[^\x00-\x7f][^\W\d_]*")
_INVENTED = re.compile(
    r"\s*\((?:em|in|en|auf|in lingua) (?:inglês|ingles|english|anglais|inglés|englisch|inglese)\)",
    re.I,
)
_TARGET_WORD = re.compile(r"https?://[^\s,;!?()\[\]\"“”«»]+|[^\s,;:!?()\[\]\"“”«»]+")


def tokens(source: str) -> list[str]:
    """The tokens of ``source`` that a translation must keep verbatim."""
    found = [m.group(0) for m in _VERBATIM.finditer(source)]
    for m in _NON_ASCII_WORD.finditer(source):
        word = m.group(0)
        if all(unicodedata.name(ch, "").startswith("LATIN") for ch in word):
            found.append(word)
    return found


def repair(source: str, target: str) -> tuple[str, list[dict[str, Any]]]:
    """``target`` with mangled untranslatable tokens put back and invented notes removed."""
    from rapidfuzz import fuzz

    changes: list[dict[str, Any]] = []
    for token in tokens(source):
        if token in target:
            continue
        best: tuple[float, re.Match[str]] | None = None
        for m in _TARGET_WORD.finditer(target):
            word = m.group(0).rstrip(".")
            if abs(len(word) - len(token)) > 3 or not (word[:1].isalnum() or word[:1] in "@#`"):
                continue
            score = fuzz.ratio(word.casefold(), token.casefold())
            if token[:1] in "@#`" or token.startswith("http"):
                # an identifier: same sigil or scheme and the same start, however the rest went
                if word[:1] != token[:1] or word[:4].casefold() != token[:4].casefold():
                    continue
                score += 30
            if score >= 80 and (best is None or score > best[0]):
                best = (score, m)
        if best is not None:
            m = best[1]
            word = m.group(0).rstrip(".")
            target = target[: m.start()] + token + target[m.start() + len(word) :]
            changes.append({"from": word, "to": token, "rule": "untranslatable"})
    if not _INVENTED.search(source):
        new = _INVENTED.sub("", target)
        if new != target:
            changes.append({"from": "(...)", "to": "", "rule": "invented-language-note"})
            target = new
    return target, changes
