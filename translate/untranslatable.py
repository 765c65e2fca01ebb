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


_NAME = r"[A-Z][\w'’.-]*"
_SIGNATURE = re.compile(rf"(?:{_NAME} ){{1,3}}{_NAME}, (?:{_NAME} ){{0,2}}{_NAME}\.?")
_FUNCTION_WORDS = frozenset(
    [
        "A",
        "An",
        "The",
        "Of",
        "In",
        "On",
        "At",
        "For",
        "And",
        "Or",
        "To",
        "With",
        "By",
        "From",
        "Is",
        "Are",
        "Was",
        "Were",
        "It",
        "This",
        "That",
    ]
)


def is_signature(source: str) -> bool:
    """A letter's signature or a byline: "Ninfa Wood, Walnut Creek" — names and a place, every
    word capitalized, one comma, no function word. The engine reads such names as words
    ("Wood" -> "Madeira"); the line is kept as written.

    >>> is_signature("Ninfa Wood, Walnut Creek"), is_signature("Lost In Space, Found At Home")
    (True, False)
    >>> is_signature("Berlin, the capital, agreed.")
    False
    """
    text = source.strip()
    if not _SIGNATURE.fullmatch(text):
        return False
    return not any(w.strip(",.") in _FUNCTION_WORDS for w in text.split())


def repair(
    source: str, target: str, *, kind: str = "paragraph"
) -> tuple[str, list[dict[str, Any]]]:
    """``target`` with mangled untranslatable tokens put back and invented notes removed;
    a paragraph that is a signature line (:func:`is_signature`) is kept as the source wrote it
    (headings and titles, often in title case, are not taken for signatures)."""
    from rapidfuzz import fuzz

    changes: list[dict[str, Any]] = []
    if kind == "paragraph" and is_signature(source) and target != source.strip():
        changes.append({"from": target, "to": source.strip(), "rule": "signature"})
        return source.strip(), changes
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
