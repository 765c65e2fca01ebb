"""Repair untranslatable tokens that the engine mangled, and drop what it invented.

Tokens that a translation must carry verbatim: URLs, e-mail addresses, @handles, #hashtags,
code spans, and capitalized words with letters outside ASCII in a Latin-script sentence
("Lüderitzstrasse", "Schutzverträge"): the embedded model's vocabulary cannot write "ü" and
turns it into "L'deritzstrasse". When such a token is missing from the target, the target word
closest to it (same shape, similarity >= 80) is put back as the source wrote it; a token with
no close word is left alone (flagging is the checks' job). A parenthesis the engine appended
that names a language ("(em inglês)") is removed when the source has nothing like it, and so
is any parenthesis appended to a line the engine otherwise copied as written ("Sam Ponder
(amgu,)": :func:`_appended_to_copy`); an answer that is nothing but such a note ("(#1317)" ->
"(em inglês)") gives way to the source as written.

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
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .identifiers import identifier_spans
from .model import Finding
from .regexcache import compile as re_compile

if TYPE_CHECKING:
    from .dictionary import WordList

_VERBATIM = re_compile(
    r"https?://\S+[^\s.,;:!?)\]]|\b[\w.+-]+@[\w-]+\.[\w.-]+\b|(?<!\w)[@#][A-Za-z_]\w+|`[^`]+`"
)
_NON_ASCII_WORD = re_compile(r"(?<![\w@#/])[^\W\d_]*[^\x00-\x7f][^\W\d_]*")
_INVENTED = re_compile(
    r"\s*\((?:em|in|en|auf|in lingua) (?:inglês|ingles|english|anglais|inglés|englisch|inglese)\)",
    re.I,
)
_TARGET_WORD = re_compile(r"https?://[^\s,;!?()\[\]\"“”«»]+|[^\s,;:!?()\[\]\"“”«»]+")


def tokens(
    source: str, words: frozenset[str] = frozenset(), letters: frozenset[str] = frozenset()
) -> list[str]:
    """The tokens of ``source`` that a translation must keep verbatim. A capitalized Latin word
    counts when it has a letter outside ASCII and outside ``letters``, the source language's
    own alphabet (:func:`source_letters`): "Lüderitzstrasse" in English or Portuguese, but not
    "Rússia" or "Amsterdã" in Portuguese, words the engine reads and translates ("Russia").
    ``words``: the source language's words that the engine reads whole (:func:`engine_lexicon`):
    never tokens ("Não" opening a sentence).

    >>> tokens("Não tenho partido. Lüderitzstrasse", frozenset({"não"}))
    ['Lüderitzstrasse']
    >>> tokens("A Rússia e a Lüderitzstrasse", letters=frozenset("áâãàçéêíóôõú"))
    ['Lüderitzstrasse']
    >>> tokens("Born in Łódź, he met Émile.")
    ['Łódź', 'Émile']
    """
    found = [m.group(0) for m in _VERBATIM.finditer(source)]
    for m in _NON_ASCII_WORD.finditer(source):
        word = m.group(0)
        if not word[0].isupper() or word.casefold() in words:  # capitalized: "Łódź", "Ōsaka" too
            continue
        if all(ch.isascii() or ch.lower() in letters for ch in word):
            continue  # every letter the language's own: a word of it, or a name it writes so
        if all(unicodedata.name(ch, "").startswith("LATIN") for ch in word):
            found.append(word)
    return found


@cache
def source_letters(lang: str | None) -> frozenset[str]:
    """The letters of ``lang``'s alphabet (``[alphabet] letters`` of its language data, from
    CLDR's exemplar characters); empty for a language without that data (ASCII only)."""
    from .langdata import section

    value = section(lang, "alphabet").get("letters", "")
    return frozenset(value.lower()) if isinstance(value, str) else frozenset()


_NAME = r"[A-Z][\w'’.-]*"
_SIGNATURE = re_compile(rf"(?:{_NAME} ){{1,3}}{_NAME}, (?:{_NAME} ){{0,2}}{_NAME}\.?")
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


def is_signature(source: str, plain_word: Callable[[str], bool] | None = None) -> bool:
    """A letter's signature or a byline: "Ninfa Wood, Walnut Creek" — names and a place, every
    word capitalized, one comma, no function word. The engine reads such names as words
    ("Wood" -> "Madeira"); the line is kept as written.

    >>> is_signature("Ninfa Wood, Walnut Creek"), is_signature("Lost In Space, Found At Home")
    (True, False)
    >>> is_signature("Berlin, the capital, agreed.")
    False

    Given the source language's test for a plain word (``plain_word``: a common word of its
    spelling dictionary and no name there, :func:`translate.glossary.words.plain_word_test`): a
    line whose every word (and every part of a hyphenated one) is plain is a heading, no name
    and place ("Deterministic First, Non-Deterministic Second", probe33; "John Smith, Walnut
    Creek" is still one: "John" and "Smith" are names too).

    >>> from translate.glossary.words import plain_word_test
    >>> is_signature("Deterministic First, Non-Deterministic Second", plain_word_test("en"))
    False
    >>> is_signature("John Smith, Walnut Creek", plain_word_test("en"))
    True

    The words before the comma are a person's name: names, or words the dictionary does not
    know ("Ninfa"), none of them a plain word. A heading whose first part has a plain word is
    no signature, though another of its words is also a surname ("Small Particles, Big
    Questions", probe43: "Small" is both).

    >>> is_signature("Small Particles, Big Questions", plain_word_test("en"))
    False
    """
    text = source.strip()
    if not _SIGNATURE.fullmatch(text):
        return False
    if any(w.strip(",.") in _FUNCTION_WORDS for w in text.split()):
        return False
    return plain_word is None or not _has_plain_word(text.split(",", 1)[0], plain_word)


def _has_plain_word(text: str, plain_word: Callable[[str], bool]) -> bool:
    """Is a word of ``text`` (or a part of a hyphenated one) a plain word (a common word of the
    language and no name)?"""
    return any(plain_word(p) for w in text.split() for p in w.strip(",.").split("-") if p)


_LOST_SIGIL = "-'’‘“\"«"


_TAG_DIGITS = re_compile(r"[@#][^\W\d_][^\W_]*?(\d+)")
_WORD_DIGITS = re_compile(r"(?<!\d)(\d+)")


def _numbered_tag_mangled(token: str, word: str, source: str, source_words: frozenset[str]) -> bool:
    """Whether ``word`` of a target is the handle or hashtag ``token`` that ends in a number
    ("@USER726", "#Tour2019") with its letters read as words ("US$726", "-Usuário726"): the
    word ends in the token's number, which the source writes nowhere else, and begins (after a
    mark that may stand for the sigil) with the token's first letter; a word of the source is
    the source's.

    >>> _numbered_tag_mangled("@USER726", "US$726", "@USER726 is giving away 2 $250", frozenset())
    True
    >>> _numbered_tag_mangled("@USER726", "US$726", "@USER726 paid $726", frozenset())
    False
    >>> _numbered_tag_mangled("@USER726", "R$726", "@USER726 is here", frozenset())
    False
    """
    m = _TAG_DIGITS.fullmatch(token)
    if m is None or word in source_words:
        return False
    digits = m.group(1)
    head = word.lstrip(_LOST_SIGIL + "@#")
    if not head or head[0].casefold() != token[1].casefold() or not word.endswith(digits):
        return False
    if len(word) > len(digits) and word[-len(digits) - 1].isdigit():
        return False
    return [d for d in _WORD_DIGITS.findall(source) if d == digits] == [digits]


def _same_but_unwritable(word: str, token: str) -> bool:
    """``word`` is ``token`` with only its letters outside ASCII replaced, one for one
    ("T'ne" / "Tane" for "Tāne"), at least half of its letters the same: a name of one letter
    ("ẞ") is no word of one letter ("O")."""
    return (
        len(word) == len(token)
        and any(ord(c) > 127 for c in token)
        and all(a == b or ord(b) > 127 for a, b in zip(word, token, strict=True))
        and 2 * sum(a == b for a, b in zip(word, token, strict=True)) >= len(token)
    )


def _written_without(word: str, token: str) -> bool:
    """``word`` is the name ``token`` written with only the letters the engine can write, as a
    word of the target language, maybe plural: "maoris" and "Maori" for "Māori", "Lodz" for
    "Łódź" (the engine read the name, then wrote it as its language spells it)."""
    from anyascii import anyascii

    if token.isascii() or not token.isalpha():
        return False
    folded, seen = anyascii(token).casefold(), anyascii(word).casefold()
    return seen in (folded, folded + "s", folded + "es")


def repair(
    source: str, target: str, *, kind: str = "paragraph", words: frozenset[str] = frozenset(),
    letters: frozenset[str] = frozenset(), plain_word: Callable[[str], bool] | None = None,
) -> tuple[str, list[dict[str, Any]]]:
    """``target`` with mangled untranslatable tokens put back and invented notes removed;
    a paragraph that is a signature line (:func:`is_signature`) is kept as the source wrote it
    (headings and titles, often in title case, are not taken for signatures). ``words``: the
    source language's words the engine reads, ``letters`` its alphabet (see :func:`tokens`).

    >>> repair("Não, disse ele.", "No, he said.", words=frozenset({"não"}))[0]
    'No, he said.'
    """
    from rapidfuzz import fuzz

    changes: list[dict[str, Any]] = []
    if kind == "paragraph" and is_signature(source, plain_word) and target != source.strip():
        changes.append({"from": target, "to": source.strip(), "rule": "signature"})
        return source.strip(), changes
    source_words = frozenset(re.findall(r"[^\W_][\w'’-]*", source))
    for token in tokens(source, words, letters):
        if token in target:
            continue
        best: tuple[float, int, int] | None = None  # score, start, end of the word to replace
        for m in _TARGET_WORD.finditer(target):
            word = m.group(0).rstrip(".")
            if (
                token[:1] in "@#"
                and word.lstrip(_LOST_SIGIL) == token[1:]
                and (
                    not re.search(rf"(?<![@#\w]){re.escape(token[1:])}\b", source)
                    # the source has the bare word too ("by WIC ... #WIC"): a dash where the
                    # sigil stood is the token's ("-WIC"), unless the source writes the dash
                    or (word[:1] == "-" and f"-{token[1:]}" not in source)
                )
            ):  # (when the source also has the bare word, which one lost its sigil is unknown)
                # the sigil lost or turned into another mark: "-LucasNolan_", "“Hamilton"
                bare = word.lstrip(_LOST_SIGIL)
                start = m.start() + len(word) - len(bare)
                if word != bare and word[0] in "-":
                    start = m.start()  # "-LucasNolan_": the dash is the mangled "@"
                best = (200, start, m.start() + len(word))
                break
            if _numbered_tag_mangled(token, word, source, source_words):
                # "@USER726" read as "US$726": the handle's number, its first letter
                best = (190, m.start(), m.start() + len(word))
                break
            if abs(len(word) - len(token)) > 3 or not (word[:1].isalnum() or word[:1] in "@#`"):
                continue
            if word in source_words:
                continue  # a word the source writes too: the engine's copy ("Chi" of "Ho Chi
                # Minh"), not the name "Chợ" mangled

            score = fuzz.ratio(word.casefold(), token.casefold())
            if _same_but_unwritable(word, token):
                score = 150  # "T'ne" for "Tāne": every letter the engine can write, in place
            elif _written_without(word, token):
                score = 140  # "maoris" for "Māori": the name as the target language writes it
            if token[:1] in "@#`" or token.startswith("http"):
                # an identifier: same sigil or scheme and the same start, however the rest went
                if word[:1] != token[:1] or word[:4].casefold() != token[:4].casefold():
                    continue
                score += 30
            if score >= 80 and (best is None or score > best[0]):
                best = (score, m.start(), m.start() + len(word))
        if best is not None:
            _, start, end = best
            changes.append({"from": target[start:end], "to": token, "rule": "untranslatable"})
            target = target[:start] + token + target[end:]
    if not _INVENTED.search(source):
        new = _INVENTED.sub("", target)
        if new != target and not any(ch.isalnum() for ch in new) and source.strip():
            # the whole answer was the note ("(#1317)" -> "(em inglês)"): it carries nothing
            # of the source, and removing it would leave the sentence (and a link on its
            # words) out of the edition; the source is kept as written
            changes.append({"from": target, "to": source.strip(), "rule": "invented-answer"})
            return source.strip(), changes
        if new != target:
            changes.append({"from": "(...)", "to": "", "rule": "invented-language-note"})
            # "Highmark Inc. (em inglês)." -> "Highmark Inc.", not "Inc.."; no space left first
            target = _DOUBLED_STOP.sub(r"\1", new).strip() if new.strip() else new
    appended = _appended_to_copy(source, target)
    if appended is not None:
        changes.append({"from": target[appended[0]:appended[1]], "to": "",
                        "rule": "invented-parenthesis"})  # fmt: skip
        target = _DOUBLED_STOP.sub(r"\1", target[: appended[0]] + target[appended[1] :])
    return target, changes


_DOUBLED_STOP = re_compile(r"(?<![.!?…])([.!?…])\1(?=[\s\"'’”»]*$)")  # not an ellipsis "..."


# a parenthesis (or an opening one left unclosed) at the end of a text, before its final stop
_APPENDED = re_compile(r"[^\S\n]*\((?P<inner>[^()\n]*)\)?(?=[.!?…:;]?[\s\"'’”»]*$)")
_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "«": '"', "»": '"'})


def _appended_to_copy(source: str, target: str) -> tuple[int, int] | None:
    """The span of a parenthesis the engine appended to a text it otherwise copied whole: on
    short lines that are names, handles or headlines, the embedded model copies the line and
    adds "(o)", "(amgu,)", "(" or the line's own word again ("Twitter: @ErinAndrews
    (ErinAndrews)"). The source holds no parenthesis and the target before it is the source as
    written (quotes and spacing aside), so the parenthesis can carry nothing of the source: it
    is invented. None when that is not the case.

    >>> _appended_to_copy("Sam Ponder", "Sam Ponder (amgu,)")
    (10, 18)
    >>> _appended_to_copy("Sam Ponder, host", "Sam Ponder (apresentadora)") is None
    True
    """
    if "(" in source or ")" in source or "(" not in target:
        return None
    found = None
    for m in _APPENDED.finditer(target):
        found = m
    if found is None or "(" in target[: found.start()]:
        return None
    key = " ".join(source.translate(_QUOTES).split()).rstrip(".!?…:; ")
    before = " ".join(target[: found.start()].translate(_QUOTES).split()).rstrip(".!?…:; ")
    if not key or before != key:
        return None
    return found.start(), found.end()


# -- proper names that are also words: masked before the engine, put back after -----------------
#
# "Berlin's Wedding district" -> "distrito de Casamento": the engine reads a name as the word it
# also is. The evidence that a capitalized word is a name here, not the word, is general (data
# per source language in ``locales/languages/<lang>.toml`` ``[names]``):
#
# * person: a title ("Mr", "Dr") or a given name that is no word of the language, then the
#   capitalized word ("Ninfa Wood", "Theresa May", "Mr Brown"), unless that word is a generic
#   noun of institutions and places ("Obama Administration", "Trump Tower");
# * place: a capitalized word beside a kind of place written in lower case ("the Wedding
#   district", "the district of Wedding");
# * never in a heading or a title-case sentence (headlines capitalize every word), never the
#   first word of a sentence.
#
# "A word of the language" is a lower-case whole word of the engine's own source vocabulary
# (the engine translates exactly those); with no vocabulary at hand nothing is masked. The masked
# word goes to the engine as a placeholder (``XNAME<n>X``, the form the glossary uses and the
# engine keeps); a placeholder that does not come back exactly once makes the caller translate
# the sentence unmasked: never worse than the bare engine on that count.

WORD_NAME = "XNAME{n}X"
_WORD_NAME_RE = re_compile(r"XNAME(\d+)X")
_MASK_BASE = 50  # placeholder numbers from here: the glossary's own masks count from 0
# a capitalized word, Latin letters with their accents ("Providência", not "Provid")
_CAP_TOKEN = re_compile(r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:['’-][A-Za-zÀ-ÖØ-öø-ÿ]+)*\.?")
_WORDLIKE = re_compile(r"[^\W\d_]{3,}")


@dataclass(frozen=True)
class NameContext:
    titles: frozenset[str]
    place_nouns: frozenset[str]
    generic: frozenset[str]
    determiners: frozenset[str]
    person_verbs: frozenset[str]
    # where a kind of place stands: after the name ("the Wedding district"), before it ("o
    # bairro Amizade"), and the words that join it before the name ("the district of Wedding")
    place_after: bool = True
    place_before: bool = False
    place_links: frozenset[str] = frozenset({"of"})


@cache
def name_context(lang: str | None) -> NameContext | None:
    """The ``[names]`` data of ``lang`` (None when the language has none)."""
    from .langdata import section, str_list

    table = section(lang, "names")
    if not table:
        return None
    where = f"locales/languages/{lang}.toml [names]"
    return NameContext(
        titles=frozenset(t.casefold() for t in str_list(table, "titles", where=where)),
        place_nouns=frozenset(t.casefold() for t in str_list(table, "place_nouns", where=where)),
        generic=frozenset(t.casefold() for t in str_list(table, "generic_nouns", where=where)),
        determiners=frozenset(t.casefold() for t in str_list(table, "determiners", where=where)),
        person_verbs=frozenset(str_list(table, "person_verbs", where=where)),
        place_after=bool(table.get("place_after", True)),
        place_before=bool(table.get("place_before", False)),
        place_links=frozenset(str_list(table, "place_links", where=where))
        if "place_links" in table else frozenset({"of"}),
    )


_SPM_WORD_PIECE = re.compile(rb"\x0a([\x01-\x7f])(?=\xe2\x96\x81)")  # a piece string starting "▁"


def spm_word_pieces(path: Path) -> list[str]:
    """The pieces of a SentencePiece model file that start a word ("▁…"), read straight from
    the file's protobuf: each piece is a string field (tag 0x0a, length) followed by its score
    (tag 0x15). Loading the model through sentencepiece and asking piece by piece costs four
    times as much; ``tests/unit/test_word_names.py`` checks both agree on the shipped models.
    Pieces of 128 bytes or more (a two-byte length) are not read: no word is that long."""
    data = path.read_bytes()
    pieces = []
    for match in _SPM_WORD_PIECE.finditer(data):
        start = match.end()
        end = start + match.group(1)[0]
        if data[end : end + 1] == b"\x15":
            pieces.append(data[start:end].decode("utf-8", "replace"))
    return pieces


def vocabulary_words(path: Path) -> frozenset[str]:
    """Lower-case words of three letters or more that the SentencePiece model ``path`` holds
    whole (a piece "▁word")."""
    words = set()
    for piece in spm_word_pieces(path):
        word = piece[1:]
        if len(word) > 2 and word.isalpha() and word.islower():
            words.add(word)
    return frozenset(words)


def capitalized_words(path: Path) -> frozenset[str]:
    """Capitalized words (letters only) that the SentencePiece model ``path`` holds whole."""
    return frozenset(
        p[1:] for p in spm_word_pieces(path) if p[1:2].isupper() and p[1:].isalpha()
    )


@cache
def engine_lexicon(lang: str) -> frozenset[str]:
    """Lower-case words that the embedded engine's vocabulary for ``lang`` holds whole (empty
    when there is no such engine): a dictionary of what the engine will translate. Read from
    the list shipped for the installed model when it is current (translate.engines.lexicon)."""
    try:
        from .engines.embedded import discover_models

        models = discover_models()
    except Exception:
        return frozenset()
    for (src, _trg), (folder, _info) in sorted(models.items()):
        if src != lang:
            continue
        for path in sorted(folder.glob("*.spm")):
            from .engines.lexicon import read_shipped

            shipped = read_shipped(path)
            return shipped if shipped is not None else vocabulary_words(path)
    return frozenset()


@cache
def engine_capitalized(lang: str) -> frozenset[str]:
    """Capitalized words that the embedded engine's vocabulary for ``lang`` holds whole
    ("Russian", "London", "Intel"): names it has read often. A capitalized word that is
    neither this nor a lower-case word of :func:`engine_lexicon` is new to the engine: a
    brand's own name ("Cortex", "Radxa"). Empty when there is no such engine. Read from the
    list shipped for the installed model when it is current (translate.engines.lexicon)."""
    try:
        from .engines.embedded import discover_models

        models = discover_models()
    except Exception:
        return frozenset()
    for (src, _trg), (folder, _info) in sorted(models.items()):
        if src != lang:
            continue
        for path in sorted(folder.glob("*.spm")):
            from .engines.lexicon import read_shipped

            shipped = read_shipped(path, "capitalized")
            return shipped if shipped is not None else capitalized_words(path)
    return frozenset()


# The context read around a word is a bounded window, not the whole text before or after it
# (``text[:start]`` per word is quadratic on a long article); each helper falls back to the
# whole slice only when the window cannot decide, so the results are those of the full slice.
_WINDOW = 256


def _tail(text: str, start: int, chars: str | None = None) -> str:
    """The end of ``text[:start].rstrip(chars)``: at least its last character (``""`` only when
    the whole stripped prefix is empty)."""
    lo = max(0, start - _WINDOW)
    before = text[lo:start].rstrip(chars)
    return before if before or lo == 0 else text[:start].rstrip(chars)


def _last_words(text: str, start: int, n: int, chars: str | None = None) -> list[str]:
    """``text[:start].rstrip(chars).split()[-n:]``, reading a window when it holds n+1 words
    (the first one may be cut by the window; the last n are whole)."""
    lo = max(0, start - _WINDOW)
    words = text[lo:start].rstrip(chars).split()
    if lo == 0 or len(words) > n:
        return words[-n:]
    return text[:start].rstrip(chars).split()[-n:]


def _next_word(text: str, end: int) -> str:
    """``text[end:].split(None, 1)[0]``, or ``""`` when only spaces follow."""
    hi = end + _WINDOW
    words = text[end:hi].split(None, 1)
    if hi >= len(text) or len(words) == 2:
        return words[0] if words else ""
    words = text[end:].split(None, 1)
    return words[0] if words else ""


def _sentence_start(text: str, start: int) -> bool:
    before = _tail(text, start, " \"'“‘«(")
    return not before or before[-1] in ".!?:;…\n"


@lru_cache(maxsize=4096)
def _title_case(text: str, lexicon: frozenset[str]) -> bool:
    """A headline-style sentence: most of its ordinary words (words of the language, three
    letters or more) capitalized.

    Memoized on the text and the lexicon (both immutable; the engine's lexicon is one cached
    object, whose hash ``frozenset`` keeps): the mask asks it of each body text four or five
    times a run (the words written alone, the repeated names, the lists, the pairs and the
    names among words), and each asking read every word of the text (speed43)."""
    words = [w for w in _WORDLIKE.findall(text) if w.casefold() in lexicon][1:]  # not the first
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.6 * len(words)


def _possessive(word: str) -> str:
    return word[:-2] if word.endswith(("'s", "’s")) else word


def _place_evidence(text: str, start: int, end: int, ctx: NameContext) -> bool:
    """A kind of place in lower case beside the word, where the language puts it: "the Wedding
    district", "the district of Wedding", "o bairro Amizade", "o bairro da Amizade"."""
    if ctx.place_after:
        following = _next_word(text, end).strip(",.;:!?)»”\"'")
        if following.islower() and following.casefold() in ctx.place_nouns:
            return True
    before = _last_words(text, start, 2)
    if ctx.place_before and before and before[-1].islower() and \
            before[-1].casefold() in ctx.place_nouns:
        return True
    return (
        len(before) == 2 and before[1] in ctx.place_links and before[0].islower()
        and before[0].casefold() in ctx.place_nouns
    )


def established_names(text: str, lang: str | None, lexicon: frozenset[str]) -> dict[str, str]:
    """Words that ``text`` shows to be names, with the rule: a person named by the surname
    alone ("Wood said", "Mr Wood": the news convention names a person in full once, then by
    the surname), a place beside a kind of place ("the district of Wedding"). Every other
    standalone use of such a word in the article is that name too ("streets in Wedding").

    >>> lex = frozenset({"wood", "wedding", "pacific", "said", "streets"})
    >>> sorted(established_names("Ninfa Wood came. Wood said it failed. She said no. The"
    ...                          " Pacific is big. The district of Wedding.", "en", lex | {"she"}))
    ['Wedding', 'Wood']
    """
    ctx = name_context(lang)
    if ctx is None:
        return {}
    found: dict[str, str] = {}
    person: set[str] = set()
    for m in _CAP_TOKEN.finditer(text):
        word = _possessive(m.group(0).rstrip("."))
        low = word.casefold()
        if low not in lexicon or low in ctx.generic:
            continue
        start, end = m.start(), m.start() + len(word)
        prev = _last_words(text, start, 1)
        prev_word = prev[-1].rstrip(".") if prev else ""
        nxt = _next_word(text, end)
        if _place_evidence(text, start, end, ctx):
            found.setdefault(word, "name-place")
            continue
        spaced = text[end : end + 1] == " "
        if (spaced and nxt[:1].isupper()) or prev_word.casefold() in ctx.determiners:
            continue  # part of a longer capitalized span, or "the Pacific"
        titled = prev_word.casefold() in ctx.titles
        if prev_word[:1].isupper() and not titled and not _sentence_start(text, start):
            continue  # "Asia Pacific"
        if titled or nxt.strip(",") in ctx.person_verbs:
            person.add(word)
    # a surname is capitalized in the middle of a sentence somewhere ("Ninfa Wood", "Mr Wood");
    # "She said", "Residents told" are capitalized only because they start a sentence
    for m in _CAP_TOKEN.finditer(text):
        word = _possessive(m.group(0).rstrip("."))
        if word in person and not _sentence_start(text, m.start()):
            found.setdefault(word, "name-person")
    return found


def word_names(
    source: str,
    lang: str | None,
    *,
    kind: str = "paragraph",
    lexicon: frozenset[str] | None = None,
    names: dict[str, str] | None = None,
) -> list[tuple[int, int, str]]:
    """Spans of ``source`` that are proper names although they are words of the language
    (see the comment above), as ``(start, end, rule)``. ``names``: the words the article shows
    to be names (:func:`established_names`; default: this text's own evidence).

    >>> lex = frozenset({"wood", "wedding", "district", "white", "house", "tower", "lives", "wrote",
    ...                  "letter", "council", "said", "high", "court", "streets"})
    >>> known = {"Wood": "name-person", "Wedding": "name-place"}
    >>> [source[s:e] for source in ["Ninfa Wood wrote a letter to the council.",
    ...                             "He lives in the Wedding district.", "Mr Wood wrote to us.",
    ...                             "Three streets in Wedding were renamed by the council."]
    ...  for s, e, _ in word_names(source, "en", lexicon=lex, names=known)]
    ['Wood', 'Wedding', 'Wood', 'Wedding']
    >>> word_names("The Spanish High Court said so, and the White House did too.", "en",
    ...            lexicon=lex, names=known)
    []
    """
    ctx = name_context(lang)
    words = engine_lexicon(lang or "") if lexicon is None else lexicon
    if ctx is None or not words or kind in ("title", "heading"):
        return []
    if _title_case(source, words):
        return []
    if names is None:
        names = established_names(source, lang, words)
    tokens = list(_CAP_TOKEN.finditer(source))
    found: list[tuple[int, int, str]] = []
    for i, tok in enumerate(tokens):
        prev = tokens[i - 1] if i else None
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        word = _possessive(tok.group(0).rstrip("."))
        low = word.casefold()
        start, end = tok.start(), tok.start() + len(word)
        if low not in words or low in ctx.generic:
            continue
        if nxt is not None and source[end : nxt.start()] == " ":
            continue  # inside a longer capitalized span: an institution's name, not a person's
        given = prev.group(0).rstrip(".") if prev is not None else ""
        joined = (
            prev is not None
            and source[prev.end() : start] == " "
            and not given.endswith(("'s", "’s"))
        )
        rule = ""
        if joined and given.casefold() in ctx.titles:
            rule = "name-person"
        elif word in names:
            if not joined or (names[word] == "name-person" and (
                given.casefold() not in words and given.casefold() not in ctx.generic
            )):
                rule = names[word]
        elif not _sentence_start(source, start) and _place_evidence(source, start, end, ctx):
            rule = "name-place"
        if rule:
            found.append((start, end, rule))
    return found


def mask(
    text: str,
    spans: list[tuple[int, int, str]],
    avoid: list[tuple[int, int]] | None = None,
    inner: Sequence[tuple[int, int]] = (),
) -> tuple[str, list[str]]:
    """``text`` with each span (not overlapping ``avoid``) replaced by a placeholder, and the
    words masked, in placeholder order. A title of a work or a brand (rule ``title-*``) may hold
    spans of ``inner`` (glossary names written as the source has them) whole: the name is a word
    of the longer name ("the White House" of *The Divider: Trump in the White House*)."""

    def clear(s: int, e: int, rule: str) -> bool:
        for as_, ae in avoid or []:
            if s < ae and as_ < e and not (
                rule.startswith("title") and s <= as_ and ae <= e and (as_, ae) in inner
                and (s, e) != (as_, ae)
            ):
                return False
        return True

    kept = [(s, e) for s, e, r in spans if clear(s, e, r)]
    out: list[str] = []
    words: list[str] = []
    last = 0
    for s, e in sorted(kept):
        out.append(text[last:s])
        out.append(WORD_NAME.format(n=_MASK_BASE + len(words)))
        words.append(text[s:e])
        last = e
    out.append(text[last:])
    return "".join(out), words


def unmask(target: str, words: list[str]) -> str | None:
    """``target`` with the placeholders of :func:`mask` put back; None when one is missing,
    repeated or unknown (the caller then translates the sentence unmasked)."""
    numbers = [int(m.group(1)) for m in _WORD_NAME_RE.finditer(target)]
    wanted = list(range(_MASK_BASE, _MASK_BASE + len(words)))
    if sorted(n for n in numbers if n >= _MASK_BASE) != wanted:
        return None

    def put(m: re.Match[str]) -> str:
        n = int(m.group(1))
        return words[n - _MASK_BASE] if n >= _MASK_BASE else m.group(0)

    return _WORD_NAME_RE.sub(put, target)


@dataclass
class Masked:
    """Texts for the engine with their word-names masked, and what to put back."""

    texts: list[str]
    originals: list[str]  # the texts unmasked, for a sentence whose placeholder got lost
    words: dict[int, list[str]]  # text index -> masked words, in placeholder order
    rules: dict[int, list[str]]
    # text index -> (title span, the ``inner`` glossary spans it holds), for titles masked over
    # a glossary name (:func:`names_in_kept_titles`)
    holding: dict[int, list[tuple[tuple[int, int], list[tuple[int, int]]]]] = field(
        default_factory=dict
    )


# e-mail addresses and web addresses in running text: the engine reads their words ("apply@web.tv"
# -> "se aplicar aweb.tv"), so they go to it as placeholders
# a "#" before three digits or more: an issue, ticket or pull-request number (below)
_ISSUE_TAG = r"(?<![\w@#&])#\d{3,}(?![\w@#&]|[.,]\d)"
_ADDRESS = re_compile(
    # a fediverse handle, "@user@server.tld", is one address: read as a handle ("@filippo")
    # and a bare server name left to the engine, it came back "@filippo-ab..."
    r"(?<![\w@#&])@\w+(?:[._-]\w+)*@[\w-]+(?:\.[\w-]+)*\.[^\W\d_]{2,}\b"
    r"|(?:\b[\w.+-]+|(?<![\w@]))@[\w-]+(?:\.[\w-]+)*\.[^\W\d_]{2,}\b"  # "an @gmail.com address"
    r"|https?://\S+[^\s.,;:!?)\]\"'”’]"
    # an @handle or #hashtag starts with a letter ("#1" is a rank, "&#39;" a reference), or
    # with digits and then letters that are not an ordinal's ("#727Tour", "#1stPlace"; "#1st"
    # is a rank)
    # a channel, handle or anchor in lower case joined by hyphens is one ("#rust-beginners",
    # "@compiler-errors"): cut at the hyphen, the engine dropped the first part's placeholder
    # and wrote the rest as words
    r"|(?<![\w@#&])[@#][a-z][a-z0-9_]*(?:-[a-z0-9_]+)+(?![\w-])"
    r"|(?<![\w@#&])(?:[@#][^\W\d_]|#\d+(?!(?:st|nd|rd|th)\b)[^\W\d_])\w*(?:[._]\w+)*"
    # a "#" before three digits or more is an issue, ticket or pull-request number ("fixed in
    # #1317", "(#4521)"), a suite ("Wall St #1100") or a colour: the engine reads the "#" as a
    # currency or drops it ("1317 euros", "(-1317)"); a rank has one or two digits ("ranked #1",
    # "the #3 seed": "em primeiro lugar", "nº 3") and is left to the engine
    r"|" + _ISSUE_TAG
)
# a document that writes such a number cites its issues: there a "#" before one or two digits is
# a reference too ("see #71", "(Pull #97)", "[see issue #14]"), not only by what stands around
# it (``_reference``): on development text, 46 such tags in the documents citing a longer one,
# all references; 31 after a lower-case word in the others, 29 of them ranks ("ranking #1")
_ISSUE = re_compile(_ISSUE_TAG)
# a number written as a hashtag ("#2010") is one when it stands in a run of hashtags ("#WPF
# #2010"); alone it is a rank ("ranked #1")
_TAG_NUMBER = re_compile(r"[ \t]+#\d+(?![\w@#&])")
# a "#" before one or two digits is a rank ("ranked #1", "the #3 seed"), which the engine writes
# the target's way, unless what stands around it makes it a reference: alone in brackets
# ("(#5)", "[#96]"), after a word in capitals ("PR #78", "RFC #12", "UTS #46"), or beside
# another such number ("see #23 #18", "#38, #44", "(Pull #89, #90)"): the engine writes those
# "78 euros" or drops them ("see 23 euros")
_SHORT_TAG = re_compile(r"(?<![\w@#&])#\d{1,2}(?![\w@#&]|[.,]\d)")
_ANY_TAG = r"#\d+(?![\w@#&]|[.,]\d)"
_TAG_GAP = r"(?:,?[ \t]+and[ \t]+|,[ \t]*|[ \t]+)"
_OPEN_BEFORE = re_compile(r"[(\[][ \t]*$")
_CLOSE_AFTER = re_compile(r"[ \t]*[)\]]")
_CAPS_BEFORE = re_compile(r"\b[A-Z]{2,}[ \t]$")
_TAG_BEFORE = re_compile(rf"(?<![\w@#&]){_ANY_TAG}{_TAG_GAP}$")
_TAG_AFTER = re_compile(rf"{_TAG_GAP}{_ANY_TAG}")


# a version string of three parts or more ("0.6.0", "v3.4.0", "1.12.5"): the engine reads it as
# a number and writes it the target's way ("0,6,0", "0,70"). A number grouped in thousands
# ("1.000.000", every part after the first of three digits) is a number, left to the engine
_VERSION = re_compile(r"(?<![\w.,])v?\d+(?:\.\d+){2,}(?![\w]|[.,]\d)")
_THOUSANDS = re_compile(r"v?\d{1,3}(?:\.\d{3})+")


def version_spans(text: str, taken: Sequence[tuple[int, int]] = ()) -> list[tuple[int, int]]:
    """Where ``text`` writes a version string of three parts or more (``_VERSION``) that overlaps
    nothing in ``taken``.

    >>> t = "We expect to ship 0.6.0 soon; v3.4.0 broke it, 1.000.000 users, 2.5 and 1.0."
    >>> [t[s:e] for s, e in version_spans(t)]
    ['0.6.0', 'v3.4.0']
    """
    if text.count(".") < 2:
        return []
    return [
        (m.start(), m.end()) for m in _VERSION.finditer(text)
        if not _THOUSANDS.fullmatch(m.group(0))
        and not any(m.start() < e and s < m.end() for s, e in taken)
    ]  # fmt: skip


# a file or host name in lower case: a name of letters, digits, "_" and "-" and a dot before a
# lower-case extension of two to five letters, inside prose ("config.nu", "crates.io",
# "docs.rs", "index.html"): the engine translated the name's word ("configuração.nu"). Not an
# abbreviation ("e.g.", "i.e.", "a.m.", "Ph.D": a part of one letter), a number, a capitalized
# name ("Node.js", which the engine keeps), nor a piece of an address or a path
_FILE_NAME = re_compile(
    r"(?<![\w@#/.:\\~-])[a-z][a-z0-9_-]*[a-z0-9](?:\.[a-z0-9_-]+)*\.[a-z]{2,5}(?![\w@/\\-]|\.\w)"
)


def file_spans(text: str, taken: Sequence[tuple[int, int]] = ()) -> list[tuple[int, int]]:
    """Where ``text`` writes a file or host name in lower case (``_FILE_NAME``) that overlaps
    nothing in ``taken``.

    >>> t = "Add it to your config.nu (see docs.rs, e.g. index.html), not Node.js or Ph.D. 2.5"
    >>> [t[s:e] for s, e in file_spans(t)]
    ['config.nu', 'docs.rs', 'index.html']
    """
    if "." not in text:
        return []
    return [
        (m.start(), m.end()) for m in _FILE_NAME.finditer(text)
        if not any(m.start() < e and s < m.end() for s, e in taken)
    ]  # fmt: skip


MASK_ADDRESSES = True  # False: the engine reads addresses as text (benchmarks/audit_addresses.py)
MASK_IDENTIFIERS = True  # False: ... and opaque identifiers (audit_addresses.py --identifiers)

# An opaque identifier: a run of 20 or more letters, digits and base64's "+/=_" with no space or
# hyphen, holding two digits and two letters at least -- a hash, a key, a tracking or coupon code,
# a base64 blob. No word of any language is such a run (hyphenated words such as
# "2-Faktor-Authentifizierung" are not: the hyphen ends the run). The engine copies none of them
# faithfully ("509aa4a846c6cb52e97…" came back "509aa4a846c6c6c25e97…") and spends seconds on
# each kilobyte of one; it gets a placeholder and the run comes back as written.
_IDENTIFIER = re_compile(
    r"(?<![\w/+=-])"
    r"(?=[A-Za-z0-9+/=_]*?\d[A-Za-z0-9+/=_]*?\d)"
    r"(?=[A-Za-z0-9+/=_]*?[A-Za-z][A-Za-z0-9+/=_]*?[A-Za-z])"
    r"[A-Za-z0-9+/=_]{20,}(?![\w/+=-])"
)


def _reference(text: str, start: int, end: int) -> bool:
    """Whether the short number tag ``text[start:end]`` ("#78") is a reference (``_SHORT_TAG``):
    alone in brackets, after a word in capitals, or beside another number tag.

    >>> _reference("fixed (PR #78)", 10, 13), _reference("ranked #1 in 2024", 7, 9)
    (True, False)
    """
    before = text[max(0, start - 40) : start]
    if _OPEN_BEFORE.search(before) and _CLOSE_AFTER.match(text, end):
        return True
    if _CAPS_BEFORE.search(before) or _TAG_BEFORE.search(before):
        return True
    return _TAG_AFTER.match(text, end) is not None


def cites_issues(texts: Sequence[str]) -> bool:
    """Whether the document of ``texts`` writes an issue or ticket number of three digits or
    more ("#1317"): then its short number tags are references too (:func:`address_spans`).

    >>> cites_issues(["Fixed in #1317.", "See #71."]), cites_issues(["Ranked #1."])
    (True, False)
    """
    return any(_ISSUE.search(t) for t in texts)


def address_spans(
    text: str, taken: Sequence[tuple[int, int]] = (), cites: bool = False
) -> list[tuple[int, int, str]]:
    """The e-mail and web addresses, @handles and #hashtags of ``text`` that overlap nothing
    in ``taken``, as ``(start, end, "address")``. ``cites``: the document cites issue numbers
    (:func:`cites_issues`), so every short number tag is one ("see #71").

    >>> address_spans("Apply to apply@web.tv or see https://web.tv/jobs.")
    [(9, 21, 'address'), (29, 48, 'address')]
    >>> address_spans("Governor Kristi Noem (@govkristinoem) #thanks, ranked #1")
    [(22, 36, 'address'), (38, 45, 'address')]

    A fediverse handle is one address, the server's name with it:

    >>> t = "Follow me on Mastodon at @filippo@abyssdomain.expert."
    >>> [t[s:e] for s, e, _ in address_spans(t)]
    ['@filippo@abyssdomain.expert']

    A channel or handle in lower case joined by hyphens is one:

    >>> t = "Thanks to @compiler-errors on #rust-beginners; the #MeToo-era films."
    >>> [t[s:e] for s, e, _ in address_spans(t)]
    ['@compiler-errors', '#rust-beginners', '#MeToo']

    Handles and hashtags one after the other are one run; a number is a hashtag in a run:

    >>> t = "Live on 2News #727Tour URL1 #WIC #ResetKey #2010, ranked #1st"
    >>> [t[s:e] for s, e, _ in address_spans(t)]
    ['#727Tour', '#WIC #ResetKey #2010']

    An issue or ticket number is one (a "#" before three digits or more; one or two digits in
    brackets, after a word in capitals or beside another number); a rank is not:

    >>> t = "Fixed in #1317 (see #4521, #98), PR #78 and (#5). Ranked #1, the #12 seed."
    >>> [t[s:e] for s, e, _ in address_spans(t)]
    ['#1317', '#4521', '#98', '#78', '#5']

    In a document that cites issue numbers, a short one after a lower-case word is one too:

    >>> t = "Markdown export picks the unit, see #71."
    >>> address_spans(t), [t[s:e] for s, e, _ in address_spans(t, cites=True)]
    ([], ['#71'])

    Opaque identifiers (``_IDENTIFIER``) come as ``"code"``: copied, never read as words.

    >>> address_spans("Hash 509aa4a846c6cb52e9756a282de67da3, not 2-Faktor-Authentifizierung.")
    [(5, 37, 'code')]
    """
    # a text without the marks a shape needs (most sentences) is not scanned for it position
    # by position: the same spans, found in 0.4 ms instead of 4 ms a 136-sentence article (speed37)
    tags = _has_tag_mark(text)
    found = [
        (m.start(), m.end(), "address")
        for m in _ADDRESS.finditer(text)
        if not any(m.start() < e and s < m.end() for s, e in taken)
    ] if tags or _has_address_mark(text) else []
    found += [
        (m.start(), m.end(), "address")
        for m in _SHORT_TAG.finditer(text)
        if (cites or _reference(text, m.start(), m.end()))
        and not any(m.start() < e and s < m.end() for s, e in taken)
    ] if tags else []
    found.sort()
    # handles and hashtags written one after the other ("#WIC #ResetKey #Epson #Printer") are
    # one run, masked as one: a row of placeholders is what the engine repeats or drops ("XNAME53X
    # XNAME53X"), and the sentence then goes to it unmasked
    runs: list[tuple[int, int, str]] = []
    for s, e, kind in found:
        if runs and s < runs[-1][1]:
            continue  # a number the run before took in ("#WPF #2010")
        if text[s] not in "@#":
            runs.append((s, e, kind))
            continue
        while (m := _TAG_NUMBER.match(text, e)) and not any(
            m.start() < te and ts < m.end() for ts, te in taken
        ):
            e = m.end()
        if runs and text[runs[-1][0]] in "@#" and re.fullmatch(r"[ \t]+", text[runs[-1][1]:s]):
            runs[-1] = (runs[-1][0], e, kind)
        else:
            runs.append((s, e, kind))
    found = runs
    busy = [*taken, *((s, e) for s, e, _ in found)]
    # a DOI, arXiv id, ISBN, ISSN, PMID (untrans43): copied as written like an address
    found += [(s, e, "address") for s, e, _ in identifier_spans(text)
              if not any(s < be and bs < e for bs, be in busy)]  # fmt: skip
    busy += [(s, e) for s, e, _ in found]
    found += [(s, e, "address") for s, e in version_spans(text, busy)]
    busy += [(s, e) for s, e, _ in found]
    found += [(s, e, "address") for s, e in file_spans(text, busy)]
    busy += [(s, e) for s, e, _ in found]
    found += [
        (m.start(), m.end(), "code")
        for m in (_IDENTIFIER.finditer(text) if MASK_IDENTIFIERS and _long_run(text) else ())
        if not any(m.start() < e and s < m.end() for s, e in busy)
    ]
    return sorted(found)


def _has_tag_mark(text: str) -> bool:
    """Whether ``text`` holds a "#": every ``_SHORT_TAG`` does (and every hashtag and issue
    number of ``_ADDRESS``)."""
    return "#" in text


def _has_address_mark(text: str) -> bool:
    """Whether ``text`` holds an "@" or "://": every shape of ``_ADDRESS`` without a "#" does
    (an e-mail address, a handle, a fediverse handle, a web address)."""
    return "@" in text or "://" in text


def _long_run(text: str) -> bool:
    """Whether ``text`` has a run of 20 characters or more between white space: an
    ``_IDENTIFIER`` (20 or more ASCII letters, digits and ``+/=_``, none of them white space)
    lies inside one."""
    return len(text) >= 20 and any(len(word) >= 20 for word in text.split())


def kept_whole(text: str, token: str) -> bool:
    """Whether ``text`` holds ``token`` as a whole token, not as a piece of a longer one: no
    word character joined to it on either side where the token has one at its edge ("Nu" is not
    in "Nushell", "#71" not in "#712"), and, for a handle, hashtag or address, no longer token of
    the mask's own grammar (``_ADDRESS``) starting where it starts: "#rust" is not in
    "#rust-beginners" (a channel joined by hyphens is one token), "@user" not in
    "@user@server.tld"; "#MeToo" is in "#MeToo-era" (a tag in capitals stops at the hyphen).

    >>> kept_whole("Veja #rust-beginners", "#rust"), kept_whole("o #rust e #rust-beg", "#rust")
    (False, True)
    >>> kept_whole("O Nushell", "Nu"), kept_whole("O Nu's", "Nu"), kept_whole("(#712)", "#71")
    (False, True, False)
    >>> kept_whole("filmes da era #MeToo-era", "#MeToo")
    True
    """
    if not token:
        return True
    at = text.find(token)
    while at >= 0:
        end = at + len(token)
        left = text[at - 1] if at else ""
        right = text[end] if end < len(text) else ""
        joined_left = left.isalnum() or left == "_"
        ok = not (token[0] in "@#" and (joined_left or left in ("@", "#", "&")))
        ok = ok and not ((token[0].isalnum() or token[0] == "_") and joined_left)
        ok = ok and not ((token[-1].isalnum() or token[-1] == "_")
                         and (right.isalnum() or right == "_"))  # fmt: skip
        if ok and (token[0] in "@#" or "://" in token or "@" in token):
            m = _ADDRESS.match(text, at)
            ok = m is None or m.end() <= end
        if ok:
            return True
        at = text.find(token, at + 1)
    return False


def unwritable_spans(
    text: str,
    letters: frozenset[str],
    target_letters: frozenset[str],
    words: frozenset[str] = frozenset(),
    taken: Sequence[tuple[int, int]] = (),
) -> list[tuple[int, int, str]]:
    """The names of ``text`` (the capitalized words of :func:`tokens`) written with a letter
    that neither the source's alphabet ``letters`` nor the target's ``target_letters`` has, as
    ``(start, end, "letters")``: a model trained on those two languages may have no way to
    write it, and reads the name as a word it knows ("Parāoa" -> "Paráusa", "Māori" ->
    "maoris"); masked, the name comes back as written. ``words``: the source language's words
    the engine reads whole (never masked).

    >>> pt = frozenset("aáâãàbcçdeéêfghiíjklmnoóôõpqrstuúvwxyz")
    >>> unwritable_spans("12 Parāoa whales, José said.", frozenset(), pt)
    [(3, 9, 'letters')]
    """
    found: list[tuple[int, int, str]] = []
    for m in _NON_ASCII_WORD.finditer(text):
        word = m.group(0)
        if not word[0].isupper() or word.casefold() in words:
            continue
        if any(m.start() < e and s < m.end() for s, e in taken):
            continue
        if not all(unicodedata.name(ch, "").startswith("LATIN") for ch in word):
            continue
        low = word.lower()
        if any(not ch.isascii() and ch not in letters and ch not in target_letters for ch in low):
            found.append((m.start(), m.end(), "letters"))
    return found


def verbatim_spans(
    text: str, pieces: Sequence[str], taken: Sequence[tuple[int, int]] = ()
) -> list[tuple[int, int, str]]:
    """Where each of ``pieces`` (code spans: text that is never translated) stands in ``text``,
    as ``(start, end, "code")``: its first occurrence that overlaps nothing in ``taken`` or an
    earlier piece; a piece not found as written is left out (nothing to mask).

    >>> verbatim_spans("Run make test, then make test again.", ["make test", "make test"])
    [(4, 13, 'code'), (20, 29, 'code')]
    """
    found: list[tuple[int, int, str]] = []
    busy = list(taken)
    for piece in pieces:
        if not piece.strip():
            continue
        at = text.find(piece)
        while at >= 0 and any(at < e and s < at + len(piece) for s, e in busy):
            at = text.find(piece, at + 1)
        if at >= 0:
            found.append((at, at + len(piece), "code"))
            busy.append((at, at + len(piece)))
    return found


# -- titles of works and brand names ------------------------------------------------------------
# A title ("State of the Union", "La La Land") or a brand that is made of words of the language
# is translated by the engine word by word. It is kept as written only on typographic or
# structural evidence in the article (``[works]`` of the language's data): italics, double
# quotes, ™/®, a work noun before it, a product noun after it; then wherever the article repeats
# it. Masked like the names above (a placeholder that does not come back: translated unmasked).

_QUOTED_SPAN = re_compile(r"[\"“]([^\"“”\n]{1,120}?)[\"”]")
# a run of capitalized words starts where a word starts: a mixed-case name ("iPad", "eBay") is
# one word, taken whole, never cut at its capital ("Pad" of "iPad" masked alone: the engine got
# "iXNAME50X", untrans37)
_RUN_WORD = r"[a-z]*[A-Z][\w'’.&-]*"
_MARKED = re_compile(rf"(?<![\w'’.&-])((?:{_RUN_WORD}\s){{0,3}}{_RUN_WORD})\s?[™®]")
# the capitalized words before a product noun ("the Google Home app", "the new iPad app")
_PRODUCT_NAME = re_compile(
    r"(?<![\w'’.-])((?:[a-z]*[A-Z][\w'’.-]*\s){0,2}[a-z]*[A-Z][\w'’.-]*)$"
)
_PRODUCT_WINDOW = 200  # characters before a product noun where its name is read
_TITLE_WORD = re_compile(r"[^\W_][\w'’.&-]*|&")
_EDGE = " ,.;:!?"


@dataclass(frozen=True)
class WorkContext:
    work_nouns: frozenset[str]
    product_nouns: frozenset[str]
    minor: frozenset[str]
    site_translated_heads: frozenset[str] = frozenset()
    role_nouns: frozenset[str] = frozenset()
    role_modifiers: frozenset[str] = frozenset()
    role_institutions: frozenset[str] = frozenset()
    # the language's closed-class words (``[inline] function_words``: "his", "that"): no job's
    # modifier ("visited his editor Teresa ...")
    closed: frozenset[str] = frozenset()
    # nouns heading an appositive that defines a capitalized run as a name ("X, a company ...")
    # and verbs whose object is a name ("told X."): :func:`defined_spans`
    defined_nouns: frozenset[str] = frozenset()
    address_verbs: frozenset[str] = frozenset()
    # jobs and titles: no part of a name the article repeats (:func:`repeated_names`)
    repeated_excluded: frozenset[str] = frozenset()
    # common nouns heading a place's or an institution's name, which usage translates ("Riverside
    # Airport", "University of Texas"), and those that head it from the front ("Lake Tahoe"):
    # :func:`translated_head`
    translated_heads: frozenset[str] = frozenset()
    translated_prefixes: frozenset[str] = frozenset()
    # what marks a repeated run as the name of a body, a brand or a work where the article
    # writes it (:func:`repeated_names`): a verb of what a body or a brand does right after it
    # ("Family Bagels are", no; "Beyond Control hopes"), a verb of making, reading, watching,
    # buying or joining right before it (articles and "the" between)
    repeated_agent_verbs: frozenset[str] = frozenset()
    repeated_object_verbs: frozenset[str] = frozenset()
    # the last word of a firm's, a publisher's or a label's name, which usage keeps as written
    # ("Rodale Press", "Rocket Records"): such a run is a name even written once
    # (:func:`repeated_names` with ``HEAD_NAMES``)
    kept_heads: frozenset[str] = frozenset()
    # the words that join the last member of a list ("and", "or"): :func:`list_spans`
    list_joiners: frozenset[str] = frozenset()
    # events, laws, programmes and periods whose common noun usage translates after an
    # initialism or a brand ("GOP Convention", "AI Act", "NBA Draft"): :func:`pair_spans`
    pair_translated_heads: frozenset[str] = frozenset()
    # what shows a capitalized run to be a firm's name in the sentence (:func:`firm_spans`): a
    # corporate suffix after it ("Inc.", "Corp."), a firm's job and "of" before it ("CEO of"),
    # a firm's noun right before it ("the startup ..."); a word "-based" before it is read too
    firm_suffixes: frozenset[str] = frozenset()
    firm_jobs: frozenset[str] = frozenset()
    firm_nouns: frozenset[str] = frozenset()
    # what shows a capitalized run to be a publication's name (:func:`press_spans`): a cue whose
    # object is a source of news ("according to", "told"), one whose object is where a text was
    # written or printed ("wrote in", "published in"), and the nouns of a text printed in one
    # ("an essay in", "a column in")
    press_cues: frozenset[str] = frozenset()
    press_in_cues: frozenset[str] = frozenset()
    press_work_nouns: frozenset[str] = frozenset()
    press_single_cues: frozenset[str] = frozenset()
    # a cue after the run (:func:`press_after_spans`, untrans51): a verb right after it
    # ("Foreign Policy reported"), an outlet's noun and a verb ("... magazine said"), and the
    # articles between "according to" and a run before a work noun ("according to a ... report")
    press_after_verbs: frozenset[str] = frozenset()
    press_outlet_nouns: frozenset[str] = frozenset()
    press_outlet_verbs: frozenset[str] = frozenset()
    press_according_articles: frozenset[str] = frozenset()
    press_after_not_before: frozenset[str] = frozenset()
    press_after_body_words: frozenset[str] = frozenset()
    # a sentence's opener before a run and a verb of press_after_verbs and a comma (untrans52:
    # "As Mashable reports, ..."; the opener's capital is the sentence's, not the name's)
    press_start_openers: frozenset[str] = frozenset()


@cache
def work_context(lang: str | None) -> WorkContext | None:
    """The ``[works]`` data of ``lang`` (None when the language has none)."""
    from .langdata import section, str_list

    table = section(lang, "works")
    if not table:
        return None
    where = f"locales/languages/{lang}.toml [works]"

    def folded(key: str, required: bool = True) -> frozenset[str]:
        if not required and key not in table:
            return frozenset()
        return frozenset(t.casefold() for t in str_list(table, key, where=where))

    return WorkContext(
        work_nouns=folded("work_nouns"),
        product_nouns=folded("product_nouns"),
        minor=folded("minor_words"),
        site_translated_heads=folded("site_translated_heads", required=False),
        role_nouns=folded("role_nouns"),
        role_modifiers=folded("role_modifiers"),
        role_institutions=folded("role_institutions"),
        closed=frozenset(
            t.casefold()
            for t in str_list(section(lang, "inline") or {}, "function_words", where=where)
        ),
        defined_nouns=folded("defined_nouns", required=False),
        address_verbs=folded("address_verbs", required=False),
        repeated_excluded=folded("repeated_excluded", required=False),
        translated_heads=folded("translated_heads", required=False),
        translated_prefixes=folded("translated_prefixes", required=False),
        repeated_agent_verbs=folded("repeated_agent_verbs", required=False),
        repeated_object_verbs=folded("repeated_object_verbs", required=False),
        kept_heads=folded("kept_heads", required=False),
        list_joiners=folded("list_joiners", required=False),
        pair_translated_heads=folded("pair_translated_heads", required=False),
        # the suffixes are matched as written ("Co." is no "co.")
        firm_suffixes=frozenset(
            str_list(table, "firm_suffixes", where=where) if "firm_suffixes" in table else ()
        ),
        firm_jobs=folded("firm_jobs", required=False),
        firm_nouns=folded("firm_nouns", required=False),
        press_cues=folded("press_cues", required=False),
        press_in_cues=folded("press_in_cues", required=False),
        press_work_nouns=folded("press_work_nouns", required=False),
        press_single_cues=folded("press_single_cues", required=False),
        press_after_verbs=folded("press_after_verbs", required=False),
        press_outlet_nouns=folded("press_outlet_nouns", required=False),
        press_outlet_verbs=folded("press_outlet_verbs", required=False),
        press_according_articles=folded("press_according_articles", required=False),
        press_after_not_before=folded("press_after_not_before", required=False),
        press_after_body_words=folded("press_after_body_words", required=False),
        press_start_openers=folded("press_start_openers", required=False),
    )


def translated_head(span: str, ctx: WorkContext) -> bool:
    """``span`` is headed by a common noun that usage translates in a place's or an
    institution's name (``translated_heads``): its last word ("Riverside Airport"), its first
    before "of" ("University of Texas"), or a word of ``translated_prefixes`` before one more
    word ("Lake Tahoe"); quotes, a possessive and punctuation at the ends aside.

    >>> ctx = WorkContext(frozenset(), frozenset(), frozenset({"the", "of"}),
    ...     translated_heads=frozenset({"airport", "university", "lake", "bridge"}),
    ...     translated_prefixes=frozenset({"lake"}))
    >>> [translated_head(t, ctx) for t in ("“Riverside Airport”", "University of Texas",
    ...     "Lake Tahoe", "Bridge Over Troubled Water", "Airport Lounge Music", "Lake")]
    [True, True, True, False, False, False]
    """
    words = [_possessive(w).casefold() for w in _TITLE_WORD.findall(span.strip(_EDGE + "\"“”‘’'"))]
    if len(words) < 2:
        return False
    if words[-1] in ctx.translated_heads:
        return True
    if words[0] in ctx.translated_heads and words[1] == "of":
        return True
    return len(words) == 2 and words[0] in ctx.translated_prefixes


def _title_cased(span: str, ctx: WorkContext) -> bool:
    """Every word capitalized (or a number) but the minor words, which neither start nor end it;
    1 to 8 words, no sentence inside."""
    words = _TITLE_WORD.findall(span)
    if not 1 <= len(words) <= 8 or re.search(r"[.!?]\s", span):
        return False
    if words[0].casefold() in ctx.minor and len(words) == 1:
        return False
    if words[-1].casefold() in ctx.minor:
        return False
    return all(
        w[:1].isupper() or w[:1].isdigit() or (i and w.casefold() in ctx.minor)
        for i, w in enumerate(words)
    )


def _or_common(
    plain: Callable[[str], bool] | None, lang: str | None
) -> Callable[[str], bool] | None:
    """``plain`` or a common word of ``lang``'s spelling dictionary, also one the dictionary
    lists as a name too ("federalist", "hill"): the engine translates those all the same."""
    if plain is None:
        return None
    from .dictionary import language_words
    from .textfold import fold

    listed = language_words(lang)
    if listed is None or not listed.common:
        return plain
    common = listed.common
    return lambda w: plain(w) or fold(w) in common


def _translatable(
    span: str, lexicon: frozenset[str], plain: Callable[[str], bool] | None = None
) -> bool:
    """Some word of ``span`` is a word the engine translates: otherwise it keeps the span. The
    engine's lexicon holds the words its vocabulary has whole; ``plain`` (the source language's
    test for a common word of its spelling dictionary that is no name there,
    :func:`translate.glossary.words.plain_word_test`) adds the words it writes as pieces and
    translates all the same ("Textual apps" -> "aplicativos textuais": "textual" is no whole
    piece of the engine's vocabulary).

    >>> _translatable("Textual", frozenset({"apps"})), _translatable("Textual", frozenset(),
    ...     lambda w: w.casefold() == "textual")
    (False, True)
    """
    words = [w.strip("'’.") for w in _TITLE_WORD.findall(span)]
    return any(w.casefold() in lexicon for w in words) or (
        plain is not None and any(w[:1].isalpha() and plain(w) for w in words)
    )


def _noun_before(text: str, start: int, nouns: frozenset[str]) -> bool:
    words = _last_words(text, start, 1, " \"“‘'(:,")
    return bool(words) and words[-1].islower() and words[-1].casefold().strip(",") in nouns


# a number (an ordinal's mark or not) and the word after it: "5º da", "5.º do", "3rd of", "4 de"
_NUMBERED_PART = re_compile(r"\d+(?:\.?[ºª°]|st|nd|rd|th)?[ \u00a0]+([^\W\d_]+)")


def _run_after(text: str, at: int, ctx: WorkContext) -> tuple[int, int] | None:
    """The title-case run starting at ``at`` (to the first word that is neither capitalized nor
    minor; minor words at its end left out)."""
    end = None
    # the first eight words only: the rest of the text is never split (speed39)
    for i, m in enumerate(islice(re.finditer(r"\S+", text[at:]), 8)):
        word = m.group(0).rstrip(_EDGE)
        if not word:
            break
        if word[:1].isupper() or word[:1].isdigit() or (i and word.casefold() in ctx.minor):
            end = at + m.start() + len(word)
            if word != m.group(0):  # punctuation after the word ends the run
                break
            continue
        break
    if end is None:
        return None
    span = text[at:end]
    while span.split() and span.split()[-1].casefold() in ctx.minor:
        span = span[: span.rfind(" ")] if " " in span else ""
    return (at, at + len(span)) if span else None


# a model number: letters and digits in one token ("M33", "Cortex-M33", "i5-9300H", "5600H")
_MODEL_RUN = re_compile(
    r"(?<![\w'’.-])((?:[A-Z][\w'’&-]* ){1,3})"
    r"((?=[\w-]*\d)(?=[\w-]*[A-Za-z])[A-Za-z0-9][\w-]*[A-Za-z0-9])(?![\w-])"
)
# "24-hour", "283g", "2K"; "B2B", "P2P" ("business to business"): no model number
_MEASURE = re_compile(r"\d[\d.,]*-?[a-z][\w-]*|\d+[A-Za-z]{1,2}|[A-Z]2[A-Z]")


def _brand_word(word: str, lexicon: frozenset[str], known: frozenset[str]) -> bool:
    """A capitalized word new to the engine: no lower-case word of its language (``lexicon``)
    nor a capitalized word it holds whole (``known``, :func:`engine_capitalized`): a brand's own
    name ("Cortex", "Radxa", "Razer"), not "Russian", "London" (an acronym says nothing)."""
    core = _possessive(word)
    return (
        core[:1].isupper() and core[1:].islower() and core.isalpha()
        and core.casefold() not in lexicon and core not in known
    )


def model_spans(
    text: str, ctx: WorkContext, lexicon: frozenset[str], known: frozenset[str] = frozenset()
) -> list[tuple[int, int]]:
    """The words of a product's name before its model number (a token of letters and digits),
    when a brand's own name (:func:`_brand_word`) opens the name or the number: "Razer Pro
    Click" in "the Razer Pro Click V2", "Arm" in "Arm Cortex-M33" (the engine wrote "Braço
    Cortex-M33"). From the brand's word to the number; the one word before a number that opens
    with the brand. Not a measure ("24-hour", "2K"), not a name with no new word ("Valid UTF-8",
    "Copper CMCU3", "Russian GRU Unit26165": the words are translated), not "B2B" ("Zipline Top
    B2B Social Media Agencies": a list's heading after a company's name).

    >>> lex = frozenset({"arm", "core", "tools", "valid", "copper", "the", "model", "pro", "click"})
    >>> ctx = WorkContext(frozenset(), frozenset(), frozenset({"the", "of"}))
    >>> t = "The Arm Cortex-M33 and the Razer Pro Click V2; Valid UTF-8; Russian GRU Unit26165."
    >>> [t[s:e] for s, e in model_spans(t, ctx, lex, frozenset({"Russian"}))]
    ['Arm', 'Razer Pro Click']
    """
    found: list[tuple[int, int]] = []
    for m in _MODEL_RUN.finditer(text):
        code = m.group(2)
        if _MEASURE.fullmatch(code):
            continue
        words = [w for w in re.finditer(r"\S+", m.group(1))]
        while words and words[0].group(0).casefold() in ctx.minor:
            words = words[1:]  # "The Razer ...": the article is no part of the name
        if not words:
            continue
        at = m.start(1)
        if _brand_word(words[0].group(0), lexicon, known):
            s, e = at + words[0].start(), at + words[-1].end()
        else:
            head = re.match(r"[A-Z][a-z]+(?=-)", code)
            if not head or not _brand_word(head.group(0), lexicon, known):
                continue
            s, e = at + words[-1].start(), at + words[-1].end()
        found.append((s, e))
    return found


ROLE_NAMES = True  # False: the rule "title-role" off (benchmarks/audit_title_rules.py)

_RUN_STOP = _EDGE + "\"“”‘'()[]"


def _may_hold_job(text: str, ctx: WorkContext) -> bool:
    """Whether a word of ``text`` between white space is in small letters and, case-folded, one
    of ``role_nouns``: the first test :func:`role_spans` makes of each word, which finds no job
    in a text where this is False (most sentences), so the words are not read into match
    objects. ``str.split`` cuts at the white space ``\\S+`` stops at (speed44)."""
    return not ctx.role_nouns.isdisjoint(w.casefold() for w in text.split() if w.islower())


def role_spans(text: str, ctx: WorkContext) -> list[tuple[int, int]]:
    """The employer's (or work's) name before a person's job in the news' attributive
    construction "<Name> [modifiers] <job> <First Last>": "Capital Economics senior North
    American economist Ariane Curtis", "The Queen's Gambit star Harry Melling" (the bare engine
    drops the first, translates the second). The job is a lower-case word of ``role_nouns``
    followed by two capitalized words; between the name and the job, up to three words, lower
    case or capitalized adjectives ("senior North American"), the first of them lower case; the
    name is the run of capitalized words right before, two words or more once a leading "The"
    at a sentence's start and the words of ``role_modifiers`` ("Former", "Veteran") are left
    out, with no word of ``role_institutions`` ("Chinese Foreign Ministry spokesperson", "New
    York City mayor": an institution's or a place's name, which usage translates) and no
    possessive (one inside it only in a work's title opened by "The"). Between the name and the
    job, no closed-class word ("When Ford visited his editor Teresa ..."). A run holding a
    glossary name is left to the glossary
    (:func:`mask_segments`).

    >>> ctx = WorkContext(frozenset(), frozenset(), frozenset({"the", "of"}),
    ...     role_nouns=frozenset({"economist", "star", "spokesperson"}),
    ...     role_modifiers=frozenset({"former"}), role_institutions=frozenset({"ministry"}))
    >>> t = ("Capital Economics senior North American economist Ariane Curtis said. It is The "
    ...      "Queen's Gambit star Harry Melling. Chinese Foreign Ministry spokesperson Lin Jian. "
    ...      "Former Fed economist Jane Roe. Military spokesperson Ahmed Sharif.")
    >>> [t[s:e] for s, e in role_spans(t, ctx)]
    ['Capital Economics', "The Queen's Gambit"]
    """
    found: list[tuple[int, int]] = []
    if not ctx.role_nouns:
        return found
    if not _may_hold_job(text, ctx):
        return found
    words = list(re.finditer(r"\S+", text))
    for r, m in enumerate(words):
        job = m.group(0)
        if not job.islower() or job.casefold() not in ctx.role_nouns:
            continue
        person = words[r + 1 : r + 3]
        if len(person) < 2 or not all(_CAP_TOKEN.match(w.group(0)) for w in person):
            continue
        if person[0].group(0) != person[0].group(0).rstrip(_RUN_STOP):
            continue
        first = r  # the title phrase's first word: the job or a lower-case modifier before it
        for k in range(r - 1, max(r - 4, -1), -1):
            word = words[k].group(0)
            if word != word.rstrip(_RUN_STOP) or not (word.islower() or word[:1].isupper()):
                break
            if word.islower():
                if word.casefold() in ctx.minor or word.casefold() in ctx.closed:
                    break  # "visited his editor Teresa ...": no job's modifier
                first = k
        run: list[re.Match[str]] = []
        for k in range(first - 1, max(first - 7, -1), -1):
            word = words[k].group(0)
            if not word[:1].isupper() or word != word.rstrip(_RUN_STOP):
                break  # "said, Capital Economics economist": a comma ends the run
            run.insert(0, words[k])
            if _sentence_start(text, words[k].start()):
                break
        opening = bool(run) and _sentence_start(text, run[0].start())
        # "The" opens a work's name inside a sentence ("The Queen's Gambit"), not at its start
        while run and (
            run[0].group(0).casefold() in ctx.role_modifiers
            or (opening and run[0].group(0).casefold() in ctx.minor)
        ):
            run = run[1:]
        owner = any(w.group(0).endswith(("'s", "’s")) for w in run[:-1])
        if len(run) < 2 or (owner and run[0].group(0).casefold() not in ctx.minor):
            continue  # "the BBC's North America editor": an owner's desk, not a name; a
            # work's title keeps its "The" ("The Queen's Gambit star")
        names = [w.group(0) for w in run] + [w.group(0) for w in words[first:r]]
        if run[-1].group(0).endswith(("'s", "’s")) or any(
            _possessive(n).casefold() in ctx.role_institutions for n in names
        ):
            continue
        found.append((run[0].start(), run[-1].end()))
    return found


DEFINED_NAMES = True  # False: the rule "title-defined" off (benchmarks/audit_title_rules.py)
_APPOSITIVE_END = re_compile(r"[,.;:!?()\[\]—–\"“”]| - ")


# minor words that end a capitalized run rather than join it ("told Business Insider in
# October", "Wix or Squarespace", "Hosted by Andreessen Horowitz"); "of", "the", "for", "&"
# stay inside a name ("Rest of World", "Lava for Good")
_RUN_BREAKS = frozenset(
    {"a", "an", "and", "or", "nor", "but", "in", "on", "at", "to", "by", "with", "from", "as",
     "into", "v", "vs", "vs."}
)


def _cap_runs(
    text: str, ctx: WorkContext, lexicon: frozenset[str] = frozenset()
) -> list[tuple[int, int]]:
    """The capitalized runs of two words or more, no word a number: minor words inside but
    those of ``_RUN_BREAKS``, none at the ends; a leading "The" left out. At a sentence's
    start, a word of the language before a word that is not (``lexicon``) opens the sentence,
    not the name ("Take Yves Rocher, a beauty brand"; "Automation Anywhere" stays whole)."""
    runs: list[tuple[int, int]] = []
    for m in re.finditer(r"(?<![\w'’&.-])[A-Z][\w'’&.-]*", text):
        if runs and m.start() < runs[-1][1]:
            continue
        before = text[: m.start()]
        # the last word before it: one split from the right, not the whole prefix twice
        # (``str.rsplit`` and ``str.split`` cut at the same white space; speed39)
        last = before.rsplit(None, 1)
        prev = last[-1] if last else ""
        if before.endswith(" ") and prev[:1].isupper() and prev == prev.rstrip(_RUN_STOP):
            continue  # inside a run that starts earlier
        run = _run_after(text, m.start(), ctx)
        if run is None:
            continue
        s, e = run
        pieces = list(re.finditer(r"\S+", text[s:e]))
        cut = next((k for k, w in enumerate(pieces) if k and w.group(0) in _RUN_BREAKS), None)
        if cut is not None:
            e = s + pieces[cut - 1].end()
            pieces = pieces[:cut]
        while e > s and text[e - 1] in ")]}":
            e -= 1  # "(like Wix or Squarespace)": no bracket in the name
        words = text[s:e].split()
        while len(words) > 1 and (
            words[0].casefold() in ctx.minor or re.fullmatch(r".+-[a-z]+", words[0])
        ):  # "The", "Hefei-based": no part of the name
            s += len(words[0]) + 1
            words = words[1:]
        if (
            len(words) >= 2 and _sentence_start(text, s) and lexicon
            and words[0].casefold() in lexicon and words[1].casefold() not in lexicon
        ):
            s += len(words[0]) + 1
            words = words[1:]
        if len(words) >= 2 and not any(w.strip(_EDGE + "()").isdigit() for w in words):
            runs.append((s, e))
    return runs


def _may_define(text: str, ctx: WorkContext) -> bool:
    """Whether :func:`defined_spans` may find a run in ``text``: it takes one only before an
    appositive (``", "`` right after the run) or after an address verb (a word of
    ``address_verbs`` as written); a text with neither is not read for runs (speed46)."""
    return ", " in text or any(v in text for v in ctx.address_verbs)


def defined_spans(
    text: str, ctx: WorkContext, lexicon: frozenset[str] = frozenset()
) -> list[tuple[int, int]]:
    """Capitalized runs of two words or more that the text itself shows to be names: defined
    by an appositive whose head is a kind of organisation or work (``defined_nouns``:
    "Automation Anywhere, UiPath's main rival, ...", "Youth Demand, a campaign group"), or
    spoken to ("told Rest of World." after ``address_verbs``). Not a run holding a word of
    ``role_institutions`` (an institution's name, which usage translates: "told the National
    Assembly"), not an appositive naming a person's job (``role_nouns``: "Jane Roe, a company
    spokeswoman"), not a run the text also writes in lower case ("Social Media ... social
    media": common words).

    >>> ctx = WorkContext(frozenset(), frozenset(), frozenset({"the", "of", "a"}),
    ...     role_nouns=frozenset({"spokeswoman"}), role_institutions=frozenset({"assembly"}),
    ...     defined_nouns=frozenset({"rival", "group", "company"}),
    ...     address_verbs=frozenset({"told"}))
    >>> t = ("Automation Anywhere, UiPath's main rival, grew. She told Rest of World. He told "
    ...      "National Assembly members so; he told the National Assembly. Jane Roe, a company "
    ...      "spokeswoman, said. Youth Demand, a group of students, marched.")
    >>> [t[s:e] for s, e in defined_spans(t, ctx)]
    ['Automation Anywhere', 'Rest of World', 'Youth Demand']
    """
    found: list[tuple[int, int]] = []
    if not (ctx.defined_nouns or ctx.address_verbs):
        return found
    if not _may_define(text, ctx):
        return found
    for s, e in _cap_runs(text, ctx, lexicon):
        name = text[s:e]
        words = [_possessive(w) for w in name.split()]
        if name.endswith(("'s", "’s")) or any(
            w.casefold() in ctx.role_institutions for w in words
        ):
            continue
        if re.search(rf"(?<![\w-]){re.escape(name.casefold())}(?![\w-])", text):
            continue  # the text writes the run in lower case too: common words
        before = _last_words(text, s, 1)
        after = text[e:]
        spoken = (
            bool(before) and before[-1].islower() and before[-1] in ctx.address_verbs
            and re.match(r"(?:[.,;:!?]|\s+that\b|$)", after) is not None
        )
        if spoken:
            found.append((s, e))
            continue
        if after.startswith(", ") and " of " in name:  # "Peter McNally of Third Bridge, a
            s += name.rindex(" of ") + 4  # research firm": the firm is defined, not the person
            name = text[s:e]
            if len(name.split()) < 2:
                continue
        if after.startswith(", "):
            rest = after[2:]
            cut = _APPOSITIVE_END.search(rest)
            phrase = rest[: cut.start()] if cut else rest
            pw = phrase.split()
            if 2 <= len(pw) <= 8 and (
                pw[0] in ("a", "an", "the") or pw[0].endswith(("'s", "’s"))
            ):
                nouns = [w.strip("'’").casefold() for w in pw[1:] if w.islower()]
                if any(w in ctx.defined_nouns for w in nouns) and not any(
                    w in ctx.role_nouns for w in nouns
                ):
                    found.append((s, e))
    return found


# A publication named by common words after a cue (untrans50): "an essay in Foreign Affairs" ->
# "em Relações Exteriores", "an article in Life Science" -> "em Ciências da Vida", "a report in
# the Argus Leader" -> "do líder Argus". The engine keeps most publications as written ("told
# The Atlantic", "according to Reuters": untrans49's census), so a run is masked only where a
# word of it is one the engine translates (``title_spans``'s test); the objects of the same cues
# that usage translates (bodies, places, peoples, ranks, months, "the Nation") are left out.
PRESS_NAMES = True  # False: the rule "title-press" off
# the words that may join a publication's capitalized words ("Journal of Climate", "Science &
# Nature"); any other lower-case word ends the run (not "and" nor "the": "the Planetary Science
# Journal and the SRU"; not "for": "the Dietary Guidelines for Americans", a report's title)
_PRESS_JOINERS = frozenset({"of", "&"})
_PRESS_FOLLOW = re_compile(r"\s*(?:$|[.,;:!?)\]—–]|that\b)")


@cache
def _press_cue(ctx: WorkContext) -> re.Pattern[str] | None:
    """One pattern of every cue of :func:`press_spans` (any case), then a lower-case "the" or
    none, then a capital: group 1 the cue, group 2 "the"."""
    phrases = {*ctx.press_cues, *ctx.press_in_cues, *(f"{n} in" for n in ctx.press_work_nouns)}
    if not phrases:
        return None
    alt = "|".join(
        re.escape(p).replace(r"\ ", r"\s+") for p in sorted(phrases, key=len, reverse=True)
    )
    return re.compile(rf"(?<![\w'’-])((?i:{alt}))\s+(?:(the)\s+)?(?=[A-Z])")


@cache
def _calendar_words(lang: str) -> frozenset[str]:
    """Folded names of the months and the days of the week in ``lang`` (Babel)."""
    from babel import Locale, UnknownLocaleError

    try:
        loc = Locale.parse(lang)
    except (ValueError, UnknownLocaleError):
        return frozenset()
    names = [*loc.months["format"]["wide"].values(), *loc.days["format"]["wide"].values()]
    return frozenset(str(n).casefold() for n in names)


def _press_run(text: str, at: int) -> tuple[int, int, bool] | None:
    """The capitalized words from ``at`` (joined by ``_PRESS_JOINERS``, eight words at most,
    inside a bounded window): ``(start, end, owned)``, ``owned`` when the last word is a
    possessive ("Ukraine's Air Force": the owner, not the publication)."""
    words: list[tuple[int, int]] = []
    for m in islice(re.finditer(r"\S+", text[at : at + _WINDOW]), 8):
        token = m.group(0)
        core = token.rstrip(_EDGE + "\"”’)]…")
        start = at + m.start()
        if core[:1].isupper():
            words.append((start, start + len(core)))
            if core != token:
                break
            if core.endswith(("'s", "’s")):
                break
            continue
        if words and core.casefold() in _PRESS_JOINERS and core == token:
            continue
        break
    if not words:
        return None
    s, e = words[0][0], words[-1][1]
    piece = text[s:e]
    return s, e, piece.endswith(("'s", "’s"))


def _press_excluded(
    name: str, ctx: WorkContext, calendar: frozenset[str], places: Collection[str]
) -> bool:
    """A run that names no publication however it is cued: a rank or a job first, an
    institution's word, a month's or a day's name, a place's head, a place or a language, a
    number (:func:`press_spans`'s exclusions, shared by :func:`press_after_spans`)."""
    words = name.split()
    folded = [_possessive(w).casefold() for w in words]
    return (
        folded[0] in ctx.repeated_excluded
        or folded[0] in ctx.role_modifiers
        or folded[0] in ctx.role_nouns
        or any(w in ctx.role_institutions for w in folded)
        or any(w in calendar for w in folded)
        or translated_head(name, ctx)
        or name.casefold() in places
        or any(w.strip(_EDGE).isdigit() for w in words)
    )


def press_spans(
    text: str,
    ctx: WorkContext,
    lang: str,
    known: Collection[str] = frozenset(),
    places: Collection[str] = frozenset(),
) -> list[tuple[int, int]]:
    """Capitalized runs after a cue that names a publication (``press_cues``: "according to",
    "told"; ``press_in_cues``: "wrote in", "published in"; and ``press_work_nouns`` with "in":
    "an essay in", "a report in"): "In an essay in Foreign Affairs, ...", "told the Argus Leader
    Monday" (a month's or a day's name at the end is left out). Not a run after a capitalized
    "The" (the engine keeps "The Atlantic"), nor one holding an institution's word
    (``role_institutions``: "the Congressional Budget Office"), headed by a place's noun
    (:func:`translated_head`), opening with a rank or a job (``repeated_excluded``,
    ``role_modifiers``, ``role_nouns``: "President Jacob Zuma", "Deputy Editor Katie
    Bandurski"), a cue capitalized inside a line (a headline in title case), a place or a
    language (``places``), a month's or a day's name ("published in May"), an owner ("according
    to Schwab's ..."), or a run of one word but after "the" and a cue of ``press_in_cues`` or
    ``press_work_nouns`` ("published in the Federalist") or one of ``press_single_cues`` ending
    its clause ("according to the Federalist, ..."), none of ``known`` (a capitalized word the
    engine holds whole and translates as usage does: "the Bible"). After "according to" and
    "told" the run must end its clause (a stop, "that", or nothing: "according to Palestinian
    tallies" names no publication; "told the Nation when" is a people, so a run of one word is
    never taken there).

    >>> ctx = WorkContext(frozenset(), frozenset(), frozenset({"the", "of", "and"}),
    ...     role_institutions=frozenset({"office"}), repeated_excluded=frozenset({"president"}),
    ...     press_cues=frozenset({"according to", "told"}),
    ...     press_in_cues=frozenset({"wrote in", "published in"}),
    ...     press_work_nouns=frozenset({"essay", "report"}),
    ...     press_single_cues=frozenset({"according to"}))
    >>> t = ("In an essay in Foreign Affairs, he wrote. She wrote in Foreign Policy that it "
    ...      "failed. It was published in May, then published in the Federalist. He told The "
    ...      "Atlantic so, according to the Budget Office. He told President Jacob Zuma so; he "
    ...      "told the Nation. According to the Federalist, it was.")
    >>> [t[s:e] for s, e in press_spans(t, ctx, "en", places={"london"})]
    ['Foreign Affairs', 'Foreign Policy', 'Federalist', 'Federalist']
    """
    cue = _press_cue(ctx)
    if cue is None:
        return []
    calendar = _calendar_words(lang)
    found: list[tuple[int, int]] = []
    for m in cue.finditer(text):
        said = " ".join(m.group(1).casefold().split())
        cue_words = m.group(1).split()
        if any(w[:1].isupper() for w in cue_words[1:]) or (
            cue_words[0][:1].isupper() and not _sentence_start(text, m.start())
        ):
            continue  # "..., According to Event Planners": a line in title case says nothing
        loose = said in ctx.press_in_cues or said.endswith(" in")
        run = _press_run(text, m.end())
        if run is None:
            continue
        s, e, owned = run
        if owned:
            continue
        pieces = [(w.start() + s, w.end() + s) for w in re.finditer(r"\S+", text[s:e])]
        # a month or a day at the end is the sentence's date ("told the Argus Leader Monday")
        while pieces and text[pieces[-1][0] : pieces[-1][1]].casefold() in calendar:
            pieces.pop()
        while pieces and text[pieces[-1][0] : pieces[-1][1]].casefold() in _PRESS_JOINERS:
            pieces.pop()
        if not pieces:
            continue
        s, e = pieces[0][0], pieces[-1][1]
        name = text[s:e]
        words = name.split()
        if words[0] == "The" or (m.group(2) is None and text[max(0, s - 4) : s] == "The "):
            continue
        if _press_excluded(name, ctx, calendar, places):
            continue
        after = text[e : e + _WINDOW]
        if len(words) == 1:
            nxt = after.split(None, 1)[0] if after.split() else ""
            single = loose or (said in ctx.press_single_cues and _PRESS_FOLLOW.match(after))
            if (
                not single or m.group(2) is None or name in known
                or (nxt[:1].islower() and after[:1] == " ")
            ):
                continue
        elif not loose and not _PRESS_FOLLOW.match(after):
            rest = after.split(None, 1)
            if not rest or rest[0].strip(_EDGE).casefold() not in calendar:
                continue
        found.append((s, e))
    return found


@cache
def _press_after_cue(ctx: WorkContext) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """The patterns of :func:`press_after_spans`: a cue after a run (written in lower case,
    after a space: group ``noun`` an outlet's noun, group ``verb`` the verb), and "according
    to" with an article before a capital."""

    def alt(words: Collection[str]) -> str:
        return "|".join(
            re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True)
        )

    after = None
    parts = []
    if ctx.press_outlet_nouns and ctx.press_outlet_verbs:
        parts.append(
            rf"(?P<noun>{alt(ctx.press_outlet_nouns)})\s+(?:{alt(ctx.press_outlet_verbs)})"
        )
    if ctx.press_after_verbs:
        parts.append(rf"(?P<verb>{alt(ctx.press_after_verbs)})")
    if parts:
        after = re.compile(rf"(?<=[\w&])\s(?:{'|'.join(parts)})(?![\w'’-])")
    according = None
    if ctx.press_single_cues and ctx.press_according_articles and ctx.press_work_nouns:
        according = re.compile(
            rf"(?<![\w'’-])(?i:{alt(ctx.press_single_cues)})\s+"
            rf"(?:{alt(ctx.press_according_articles)})\s+(?=[A-Z])"
        )
    return after, according


_NONSPACE = re_compile(r"\S+")


def _press_run_before(text: str, end: int) -> int | None:
    """The start of the capitalized words that end at ``end`` (joined by ``_PRESS_JOINERS``,
    eight words at most, inside a bounded window; a word with a stop or a possessive before
    them ends them), or None."""
    lo = max(0, end - _WINDOW)
    tokens = list(_NONSPACE.finditer(text, lo, end))
    if lo and tokens and tokens[0].start() == lo:
        tokens = tokens[1:]  # perhaps a word cut by the window
    start = None
    count = 0
    for t in reversed(tokens[-17:]):
        token = t.group(0)
        if token[:1].isupper() and token.rstrip(_EDGE + "\"”’)]…") == token:
            if token.endswith(("'s", "’s")):
                break  # the owner: "CNN's Jake Tapper wrote"
            start = t.start()
            count += 1
            if count == 8:
                break
            continue
        if start is not None and token in _PRESS_JOINERS:
            continue
        break
    return start


def press_after_spans(
    text: str,
    ctx: WorkContext,
    lang: str,
    known: Collection[str] = frozenset(),
    places: Collection[str] = frozenset(),
) -> list[tuple[int, int]]:
    """Capitalized runs before a cue that names a publication (untrans51): a verb of
    ``press_after_verbs`` right after the run ("Foreign Policy reported that ..."; not one
    before a word of ``press_after_not_before``, a participle: "Lyme Disease reported in"),
    an outlet's noun of ``press_outlet_nouns`` and a verb of ``press_outlet_verbs`` ("Foreign
    Policy magazine said"), or "according to" and an article before the run and a word of
    ``press_work_nouns`` after it ("according to a Wall Street Journal report"). The
    exclusions of :func:`press_spans` (:func:`_press_excluded`; a run after a capitalized
    "The", an owner's), a body's word of ``press_after_body_words`` ("the World Economic
    Forum reports") and a rank anywhere in it (``role_nouns``,
    ``repeated_excluded``: "Health Minister Jane Rose"); a run at a sentence's start or of one
    word only before an outlet's noun (a capital there shows nothing: "Many Democrats wrote"),
    and a run of one word never one of ``known`` ("the Guardian newspaper said").

    >>> ctx = WorkContext(frozenset(), frozenset(), frozenset({"the", "of", "and"}),
    ...     role_institutions=frozenset({"office"}), press_single_cues=frozenset({"according to"}),
    ...     press_work_nouns=frozenset({"report"}), press_after_verbs=frozenset({"reported"}),
    ...     press_outlet_nouns=frozenset({"magazine"}), press_outlet_verbs=frozenset({"said"}),
    ...     press_according_articles=frozenset({"a", "the"}),
    ...     press_after_not_before=frozenset({"in"}))
    >>> t = ("It failed, Foreign Policy reported. Foreign Affairs magazine said so, "
    ...      "according to a Wall Street Journal report. The Atlantic reported it; the Budget "
    ...      "Office reported it; Lyme Disease reported in Texas. Many Democrats reported it.")
    >>> [t[s:e] for s, e in press_after_spans(t, ctx, "en")]
    ['Foreign Policy', 'Foreign Affairs', 'Wall Street Journal']
    """
    after, according = _press_after_cue(ctx)
    calendar = _calendar_words(lang)
    found: list[tuple[int, int]] = []

    def take(s: int, e: int, outlet: bool) -> None:
        name = text[s:e]
        words = name.split()
        if words[0] == "The" or text[max(0, s - 4) : s] == "The ":
            return  # the engine keeps "The Atlantic"
        if _press_excluded(name, ctx, calendar, places) or any(
            _possessive(w).casefold() in ctx.press_after_body_words
            or _possessive(w).casefold() in ctx.role_nouns
            or _possessive(w).casefold() in ctx.repeated_excluded
            for w in words
        ):  # a rank inside the run: "Health Minister Jane Rose wrote"
            return
        if not outlet and (len(words) == 1 or _sentence_start(text, s)):
            return
        if len(words) == 1 and name in known:
            return
        found.append((s, e))

    for m in after.finditer(text) if after else ():
        if m.group("verb"):
            nxt = text[m.end() : m.end() + 40].split(None, 1)
            if nxt and nxt[0].strip(_EDGE).casefold() in ctx.press_after_not_before:
                continue
        s = _press_run_before(text, m.start())
        if s is not None:
            take(s, m.start(), m.group("noun") is not None)
    for m in according.finditer(text) if according else ():
        run = _press_run(text, m.end())
        if run is None or run[2]:
            continue
        s, e, _ = run
        nxt = text[e : e + 40].split(None, 1)
        if text[e : e + 1] == " " and nxt and nxt[0].strip(_EDGE) in ctx.press_work_nouns:
            take(s, e, True)
    return sorted(set(found))


# A publication named at a sentence's start before its cue (untrans52; untrans51's lead): "As
# Mashable reports, ..." (untrans51 read the opener's capital into the run and dropped it) and
# "The Atlantic reported that ..." -> "O Atlântico relatou" (the engine keeps "told The Atlantic"
# inside a sentence, and translates it at a sentence's start).
PRESS_START_NAMES = True  # False: these two cues off (rule "title-press" stays on)


_MID_THE = re_compile(r"(?<=[a-z,;] )The((?: [A-Z][\w.'’&-]*){1,4})")


def _mid_the_names(text: str) -> frozenset[str]:
    """Every "The" and the first one to four capitalized words after it where the text writes
    "The" capitalized inside a sentence ("told The Atlantic", "in The Economist"): a title
    written with its article; a body or a defined term is written "the Company", "the
    Vatican" there. One pass over the text.

    >>> sorted(_mid_the_names("She told The Atlantic. It was the Company, or The New Yorker."))
    ['The Atlantic', 'The Atlantic.', 'The New', 'The New Yorker', 'The New Yorker.']
    """
    out: set[str] = set()
    for m in _MID_THE.finditer(text):
        words: list[str] = []
        for word in m.group(1).split():
            words.append(word)
            piece = " ".join(words)
            out.add("The " + piece)
            core = piece.rstrip(_EDGE)
            if core.endswith(("'s", "’s")):
                core = core[:-2]
            out.add("The " + core)
            if core != piece:
                break  # a stop or an owner's "'s" ends the title
    return frozenset(out)


def press_start_spans(
    text: str,
    ctx: WorkContext,
    lang: str,
    known: Collection[str] = frozenset(),
    places: Collection[str] = frozenset(),
    plain: Callable[[str], bool] | None = None,
    titled: Collection[str] | None = None,
) -> list[tuple[int, int]]:
    """Capitalized runs at a sentence's start before a verb of ``press_after_verbs`` (not one
    before a word of ``press_after_not_before``), read as :func:`press_after_spans` reads a
    run, in two forms: (1) an opener of ``press_start_openers`` first and a comma right after
    the verb ("As Mashable reports, ..."): the run after the opener, not one of ``known`` nor,
    of one word, a common word of the language that is no name (``plain``: "As I wrote, ...",
    "As Others reported, ..."); (2) "The" first ("The Atlantic reported that ..."): "The" and
    the run, only where **every** word of the run is no common word that is no name (``plain``
    false: a name, or a word the dictionary also lists as a name: "Federalist", "Nation"), so
    that "The Company reported", "The Board reported" (a defined term, a body) are left to the
    engine, and never a run of one word of ``known`` ("The Vatican reported", "The Kremlin":
    the engine translates them as usage does); or, whatever its words, where the text writes
    the same "The" and run inside a sentence with "The" capitalized ("told The Atlantic", "in
    The Economist": :func:`_mid_the_names`; ``titled``: the article's, read over all its
    sentences; this text's when None), as a title is written and a body is not. Both with
    :func:`press_after_spans`'s exclusions (a rank, a body's or an institution's word, a month,
    a place, a number, an owner). Without
    ``plain`` (no spelling dictionary) nothing is taken.

    >>> ctx = WorkContext(frozenset(), frozenset(), frozenset({"the", "of", "and"}),
    ...     role_institutions=frozenset({"commission"}), press_after_verbs=frozenset({"reported",
    ...     "reports"}), press_after_not_before=frozenset({"in", "for"}),
    ...     press_start_openers=frozenset({"as"}))
    >>> common = {"company", "board", "policy", "foreign", "i", "economist"}
    >>> t = ("As Mashable reports, it rose. The Atlantic reported that it fell. The Company "
    ...      "reported a loss. As I reported, no. The Commission reported it. As Foreign Policy "
    ...      "reported, yes. As Emily Feng reports for NPR, it did. The Economist reported it. "
    ...      "He told The Economist so.")
    >>> [t[s:e] for s, e in press_start_spans(t, ctx, "en", {"Atlantic"}, plain=lambda w:
    ...     w.casefold() in common)]
    ['Mashable', 'Foreign Policy', 'The Economist']
    """
    found: list[tuple[int, int]] = []
    if plain is None or not ctx.press_after_verbs:
        return found
    after, _ = _press_after_cue(ctx)
    if after is None:
        return found
    calendar = _calendar_words(lang)
    mid: Collection[str] | None = titled
    for m in after.finditer(text):
        if not m.group("verb"):
            continue
        nxt = text[m.end() : m.end() + 40].split(None, 1)
        if nxt and nxt[0].strip(_EDGE).casefold() in ctx.press_after_not_before:
            continue
        s = _press_run_before(text, m.start())
        if s is None or not _sentence_start(text, s):
            continue
        words = text[s : m.start()].split()
        if len(words) < 2:
            continue
        opener = words[0]
        rest = words[1:]
        name_at = s + len(opener) + 1
        if opener.casefold() in ctx.press_start_openers and opener[:1].isupper():
            if not text.startswith(",", m.end()) or rest[0] == "The":
                continue
            if len(rest) == 1 and (plain(rest[0]) or rest[0] in known):
                continue
            span = (name_at, m.start())
        elif opener == "The":
            if mid is None:  # read once, only for a text with such a run
                mid = _mid_the_names(text)
            if "The " + " ".join(rest) not in mid and (
                any(plain(_possessive(w)) for w in rest) or (len(rest) == 1 and rest[0] in known)
            ):
                continue
            span = (s, m.start())
        else:
            continue
        name = text[name_at : m.start()]
        if _press_excluded(name, ctx, calendar, places) or any(
            _possessive(w).casefold() in ctx.press_after_body_words
            or _possessive(w).casefold() in ctx.role_nouns
            or _possessive(w).casefold() in ctx.repeated_excluded
            for w in rest
        ):
            continue
        found.append(span)
    return sorted(set(found))


# A capitalized run of two words or more that the sentence itself shows to be a firm's name
# ("Houston-based Intuitive Machines", "Shares of General Motors Co. rose", "the CEO of Rocket
# Lab"): the engine translates such a name where nothing in its sentence says it is one ("a
# lander from Intuitive Machines" -> "de Máquinas Intuitivas") and keeps it beside such a cue
# (probes of untrans44): masked (``title-firm``) where the article repeats it without one.
FIRM_NAMES = True  # False: the rule "title-firm" off
# a place and "-based" ("Houston-based", "Long Beach-based", "U.S.-based"; not "stream-based")
_BASED = re_compile(r"(?<![\w'’])(?:[\w.'’]+-)*[A-Z][\w.'’]*-based\s+(?:the\s+)?$")
_PLACE_BASED = re_compile(r"(?:[\w.'’]+-)*[A-Z][\w.'’]*-based")


@cache
def _firm_needles(
    ctx: WorkContext,
) -> tuple[tuple[str, ...], tuple[str, ...], re.Pattern[str]]:
    """The words of a firm's cue (:func:`firm_spans`) as plain substrings: a job's first word, a
    kind of firm and "-based" (folded), and the suffixes as written; a text holding none has no
    cue, and a substring test is far cheaper than a pattern over a long paragraph. And a
    capitalized word before another (minor words between): a text without one has no run."""
    folded = {w.split()[0] for w in ctx.firm_jobs} | set(ctx.firm_nouns) | {"-based"}
    minor = "|".join(re.escape(w) for w in sorted(ctx.minor, key=len, reverse=True))
    pair = re.compile(rf"[A-Z][\w'’&.-]*\s(?:(?:{minor})\s)*[A-Z]")
    return tuple(sorted(folded)), tuple(sorted(ctx.firm_suffixes)), pair


def firm_spans(
    text: str, ctx: WorkContext, lexicon: frozenset[str] = frozenset()
) -> list[tuple[int, int]]:
    """Capitalized runs of two words or more (:func:`_cap_runs`) that the sentence shows to be
    a firm's name: a corporate suffix of ``firm_suffixes`` after the run ("Intuitive Machines
    Inc.": the run without the suffix is the name), a word ending in "-based" right before it
    ("Houston-based Intuitive Machines": a capitalized place, not "stream-based"), a firm's job
    of ``firm_jobs`` and "of" before it
    ("the CEO of Rocket Lab"), or a noun of ``firm_nouns`` right before it ("the startup
    Firefly Aerospace"). Not a run holding an institution's, a place's or an event's word
    (``role_institutions``, ``translated_heads``, ``site_translated_heads``: "Ford Foundation"
    is translated as usage does) nor headed by one of ``pair_translated_heads`` ("Space
    Summit", "Rust Project"), a job's or a title's word (``repeated_excluded``; with a
    suffix after it the run is a firm's whatever its words: "General Motors Co."), a word with
    a dash or a digit; not a text in title case (a headline's capitals say nothing).

    >>> ctx = WorkContext(frozenset(), frozenset(), frozenset({"the", "of", "a"}),
    ...     role_institutions=frozenset({"foundation"}), repeated_excluded=frozenset({"general"}),
    ...     firm_suffixes=frozenset({"Inc.", "Co."}), firm_jobs=frozenset({"ceo", "shares"}),
    ...     firm_nouns=frozenset({"startup"}))
    >>> t = ("Houston-based Intuitive Machines won. Shares of General Motors Co. rose. The CEO "
    ...      "of Rocket Lab spoke; the startup Firefly Aerospace grew. The Ford Foundation and "
    ...      "the Houston-based Grant Foundation gave. The General Assembly met.")
    >>> [t[s:e] for s, e in firm_spans(t, ctx)]
    ['Intuitive Machines', 'General Motors', 'Rocket Lab', 'Firefly Aerospace']
    """
    found: list[tuple[int, int]] = []
    if not (ctx.firm_suffixes or ctx.firm_jobs or ctx.firm_nouns):
        return found
    folded, suffixes, pair = _firm_needles(ctx)
    if pair.search(text) is None:
        return found  # no two capitalized words in a row: no run
    low = text.casefold()
    hits = [w for w in folded if w in low]
    if not hits and not any(w in text for w in suffixes):
        return found  # no cue's word in the text: no run is read (most sentences)
    if not any(w in text for w in suffixes) and not any(
        re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", low) for w in hits
    ) and "-based" not in hits:
        return found  # only inside longer words ("confirm", "makers")
    if _title_case(text, lexicon):
        return found
    barred = ctx.role_institutions | ctx.translated_heads | ctx.site_translated_heads
    for s, e in _cap_runs(text, ctx, lexicon):
        words = text[s:e].split()
        job = based = False
        at = next(
            (k for k in range(len(words) - 1, -1, -1) if _PLACE_BASED.fullmatch(words[k])), None
        )
        if at is not None:  # "Long Beach-based Rocket Lab": the place and "-based" before it
            s += len(" ".join(words[: at + 1])) + 1
            words = words[at + 1 :]
            based = True
        if "of" in words[1:-1]:  # "CEO of Rocket Lab", "Shares of General Motors Co": the job
            k = words.index("of")  # (a sentence's first word) and its "of" are no part of it
            if " ".join(words[:k]).casefold() in ctx.firm_jobs:
                s += len(" ".join(words[: k + 1])) + 1
                words = words[k + 1 :]
                job = True
        if "of" in words[1:-1]:  # "David Watt of Rosenberg Research & Associates Inc.": the
            k = len(words) - 1 - words[::-1].index("of")  # firm is the part after "of"
            s += len(" ".join(words[: k + 1])) + 1
            words = words[k + 1 :]
        while len(words) > 1 and words[0].casefold() in ctx.minor:
            s += len(words[0]) + 1
            words = words[1:]
        owner = next((k for k, w in enumerate(words[:-1]) if _possessive(w) != w), None)
        if owner is not None:  # "Rocket Lab’s Electron": the owner's name
            words = words[: owner + 1]
            e = s + len(" ".join(words))
        if len(words) < 2:
            continue
        suffixed = False
        # the suffix inside the run ("Rocket Lab Inc", its full stop after) or after it
        last = words[-1] + ("." if text[e : e + 1] == "." else "")
        if len(words) >= 3 and (words[-1] in ctx.firm_suffixes or last in ctx.firm_suffixes):
            e = s + len(" ".join(words[:-1]))
            words = words[:-1]
            suffixed = True
        elif (m := re.match(r",? (\S+)", text[e : e + 12])) and m.group(1) in ctx.firm_suffixes:
            suffixed = True
        core = [_possessive(w).strip("'’") for w in words]
        if words[-1] != core[-1]:  # "Intuitive Machines’ lander": the name without the mark
            e -= len(words[-1]) - len(core[-1])
        names = [w.casefold() for w in core]
        if any(w in barred for w in names) or names[-1] in ctx.pair_translated_heads or any(
            "-" in w or "—" in w or "–" in w or any(c.isdigit() for c in w) for w in core
        ):
            continue
        cued = suffixed or job
        if not cued:
            prev = _last_words(text, s, 4)
            while prev and prev[-1].casefold() in ("the", "a", "an"):
                prev = prev[:-1]
            cued = len(prev) >= 2 and prev[-1] == "of" and (
                prev[-2].casefold() in ctx.firm_jobs
                or " ".join(prev[-3:-1]).casefold() in ctx.firm_jobs
            )
        if not cued and not any(w in ctx.repeated_excluded for w in names):
            # a job's or a title's word: "the company President Jane Roe" is a person
            prev = _last_words(text, s, 2)
            while prev and prev[-1].casefold() in ("the", "a", "an"):
                prev = prev[:-1]
            cued = based or _BASED.search(text[max(0, s - 60) : s]) is not None or (
                bool(prev) and prev[-1].islower() and prev[-1] in ctx.firm_nouns
                and not any(w in ctx.minor for w in names)  # "the company Code of Conduct"
            )
        if cued:
            found.append((s, e))
    return found


# A capitalized run of common words that the article writes mid-sentence twice or more ("at a
# Grateful Dead gig ... the Grateful Dead played"): news capitalizes a run of common words
# inside a sentence only for a name, and a name the article repeats is the article's subject, not
# a chance capital. Institutions, places, events, jobs and titles repeat too and usage translates
# them ("the White House", "New Zealand", "the Cold War", "Prime Minister"): a run holding a word
# of the language's generic nouns of institutions, places and events (``[names] generic_nouns``),
# of ``role_institutions``, ``site_translated_heads``, ``repeated_excluded`` (jobs and titles:
# "minister", "president") or a title ("Mr") is not taken, nor a run that is a country's,
# language's or city's name (CLDR through Babel: "New Zealand") or holds one of two words or
# more, nor one the article also writes in lower case. Measured with
# ``benchmarks/audit_title_rules.py --rules title-repeated`` (docs/evaluation/realworld.md,
# twenty-fourth pass: alone it kept "Great Lakes", "French Alps" in English; off) and, with the
# second signal REPEATED_CUES below, on since the twenty-fifth pass.
REPEATED_NAMES = True  # False: the rule "title-repeated" off (benchmarks/audit_title_rules.py)
# With it: a repeated run is kept only where the article also shows it to be a body's, a brand's
# or a work's name at least once (:func:`name_cue`), and holds no word that is a country's, a
# region's or a language's name ("French Alps", "Inner Mongolia": places usage translates)
REPEATED_CUES = True
# With it: a run headed by one of ``kept_heads`` ("Rodale Press") is kept where the article
# writes it once too, no cue needed; every other condition of the rule holds
HEAD_NAMES = True


def name_cue(text: str, start: int, end: int, ctx: WorkContext) -> str:
    """What marks the run ``text[start:end]`` as the name of a body, a brand or a work, or
    ``""``: ``"agent"``, a verb of ``repeated_agent_verbs`` right after it ("Beyond Control
    hopes to win"), or ``"object"``, one of ``repeated_object_verbs`` right before it, an
    article between ("worked at Rodale Press", "listen to the Grateful Dead").

    >>> ctx = WorkContext(frozenset(), frozenset(), frozenset({"the", "a"}),
    ...     repeated_agent_verbs=frozenset({"said", "hopes"}),
    ...     repeated_object_verbs=frozenset({"joined", "listen to"}))
    >>> t = "Fans listen to the Grateful Dead. Beyond Control hopes to win; Great Lakes water."
    >>> [name_cue(t, t.index(r), t.index(r) + len(r), ctx)
    ...  for r in ("Grateful Dead", "Beyond Control", "Great Lakes")]
    ['object', 'agent', '']
    """
    if ctx.repeated_agent_verbs:
        after = re.match(r"(?:['’]s)? ([a-z][\w'’-]*)", text[end : end + 40])
        if after and after.group(1) in ctx.repeated_agent_verbs:
            return "agent"
    if ctx.repeated_object_verbs:
        before = _tail(text, start).split()
        while before and before[-1].casefold() in ("the", "a", "an"):
            before.pop()
        for n in (2, 1):
            if len(before) >= n and " ".join(before[-n:]) in ctx.repeated_object_verbs:
                return "object"
    return ""


@cache
def _place_names(lang: str) -> frozenset[str]:
    """Folded names of countries, languages and CLDR exemplar cities in ``lang`` (Babel); in
    English also the cities of two words or more of the time zones' ids, which CLDR leaves
    unlisted ("New York")."""
    from babel import Locale, UnknownLocaleError

    try:
        loc = Locale.parse(lang)
    except (ValueError, UnknownLocaleError):
        return frozenset()
    cities = [v.get("city") for v in loc.time_zones.values()]
    names = [*loc.territories.values(), *loc.languages.values(), *(c for c in cities if c)]
    if loc.language == "en":  # the cities CLDR names by the time zone's id ("New York")
        from zoneinfo import available_timezones

        zones = [z.rsplit("/", 1)[-1] for z in available_timezones() if "/" in z]
        names += [z.replace("_", " ") for z in zones if "_" in z]
    return frozenset(str(n).casefold() for n in names if n)


def repeated_names(
    texts: Sequence[str],
    kinds: Sequence[str],
    lang: str | None,
    lexicon: frozenset[str],
    *,
    excluded: frozenset[str] | None = None,
    places: frozenset[str] | None = None,
    cues: bool | None = None,
    heads: frozenset[str] | None = None,
) -> list[str]:
    """The capitalized runs of two words or more (:func:`_cap_runs`) that the article's
    paragraphs write twice or more inside a sentence (not at its start, not in a heading, a
    title or a Title Case sentence), holding a word the engine translates (``lexicon``) and none
    of the excluded words (default: the language's data, see the comment above); not a place's
    name (``places``, default CLDR's), not a run the article writes in lower case too. A run
    whose last word is one of ``heads`` (default the language's ``kept_heads`` when
    ``HEAD_NAMES``: "Press", "Records") counts written once, without a cue.

    >>> ctx_ex = frozenset({"house", "minister", "prime", "war"})
    >>> lex = frozenset({"grateful", "dead", "white", "house", "at", "gig", "the", "cold",
    ...                  "war", "played", "new", "said", "prime", "minister"})
    >>> t = ["She was at a Grateful Dead gig. Then the Grateful Dead played.",
    ...      "The White House said so, and the White House said it again.",
    ...      "In the Cold War, the Cold War.",
    ...      "Grateful Dead fans came, New Zealand and New Zealand"]
    >>> repeated_names(t, ["paragraph"] * 4, "en", lex, excluded=ctx_ex,
    ...                places=frozenset({"new zealand"}))
    ['Grateful Dead']
    """
    ctx = work_context(lang)
    nctx = name_context(lang)
    if ctx is None or nctx is None or not lexicon:
        return []
    if excluded is None:
        excluded = (
            nctx.generic | ctx.role_institutions | ctx.site_translated_heads
            | ctx.repeated_excluded | nctx.titles
        )
    if places is None:
        places = _place_names(lang or "")
    if cues is None:
        cues = REPEATED_CUES
    if heads is None:
        heads = ctx.kept_heads if HEAD_NAMES else frozenset()
    seen: Counter[str] = Counter()
    cued: set[str] = set()
    roomy: set[str] = set()
    body = [t for t, k in zip(texts, kinds, strict=True) if k not in ("title", "heading")]
    for text in body:
        if _title_case(text, lexicon):
            continue
        for s, e in _cap_runs(text, ctx, lexicon):
            if _sentence_start(text, s):  # "Then the Grateful Dead played": after "Then the"
                parts = text[s:e].split(" ")
                k = 1
                while k < len(parts) and parts[k].casefold() in ctx.minor:
                    k += 1
                if k == 1 or len(parts) - k < 2:
                    continue
                s += len(" ".join(parts[:k])) + 1
            seen[_possessive(text[s:e])] += 1
            if len(text.split()) - len(text[s:e].split()) >= 3:
                roomy.add(_possessive(text[s:e]))  # not a byline alone ("– CBS News")
            if cues and name_cue(text, s, e, ctx):
                cued.add(_possessive(text[s:e]))
    whole = "\n".join(body)
    found: list[str] = []
    for run, n in seen.items():
        words = [w.strip(_EDGE + "()'’").casefold() for w in run.split()]
        headed = len(words) >= 2 and words[-1] in heads and run in roomy and all(
            w == w.strip(_EDGE + "\"“”‘’'()") and not w.endswith(("'s", "’s"))
            and not re.fullmatch(r".+-[a-z]+", w) and not any(c.isdigit() for c in w)
            for w in run.split()
        )  # no "Rocksteady Games’ model", "Vox Media’s Code Media", "Star Wars,” Marvel
        # Studios", "Los Angeles-based Big Bud Press", "2023-2024 US News"
        if (n < 2 and not headed) or not any(w in lexicon for w in words):
            continue
        if any(w in excluded for w in (words[:-1] if headed else words)):
            continue  # the head itself may be a generic noun ("news", "press")
        if cues and not headed and (run not in cued or any(w in places for w in words)):
            continue
        low = run.casefold()
        if low in places or any(
            " " in p and re.search(rf"(?<![\w-]){re.escape(p)}(?![\w-])", low) for p in places
            if p.split()[0] in words
        ):
            continue
        if re.search(rf"(?<![\w-]){re.escape(low)}(?![\w-])", whole):
            continue  # written in lower case too: common words
        found.append(run)
    return sorted(found, key=len, reverse=True)


# "($209.99 @ Best Buy Canada)", "Jane Roe, CEO @ Acme Partners", "Raleigh, NC @ Coastal Credit
# Union Music Park": an "@" standing alone as a word is "at" before a shop's, firm's, venue's name
AT_NAMES = True  # False: the rule "title-at" off (benchmarks/audit_title_rules.py)
_AT = re_compile(r"(?<!\S)@ (?=[A-Z0-9])")


def at_spans(text: str, ctx: WorkContext) -> list[tuple[int, int]]:
    """The capitalized run after an "@" that stands alone as a word ("@ Best Buy Canada"; not a
    handle "@name", not an address "a@b"): minor words inside it, none at its ends; a run of
    minor words only ("@ In conversation") is none.

    >>> ctx = WorkContext(frozenset(), frozenset(), frozenset({"the", "of", "at", "in"}))
    >>> t = "($9.99 @ Canada Computers), NC @ Coastal Music Park at Walnut Creek; @ In talk"
    >>> [t[s:e] for s, e in at_spans(t, ctx)]
    ['Canada Computers', 'Coastal Music Park at Walnut Creek']
    """
    found = []
    for m in _AT.finditer(text):
        end = None
        for i, w in enumerate(re.finditer(r"\S+", text[m.end() :])):
            word = w.group(0).rstrip(_EDGE + ")]")
            if i >= 8 or not word:
                break
            if not (word[:1].isupper() or word[:1].isdigit() or word == "&"):
                if i and word.casefold() in ctx.minor and word == w.group(0):
                    continue
                break
            end = m.end() + w.start() + len(word)
            if word != w.group(0):  # punctuation after the word ends the run
                break
        if end is None:
            continue
        words = text[m.end() : end].split(" ")
        if all(x.casefold() in ctx.minor for x in words):
            continue
        found.append((m.end(), end))
    return found


LIST_NAMES = True  # False: the rule "title-list" off


def _is_word_of(words: WordList) -> Callable[[str], bool]:
    """A test for a word of ``words`` (a spelling dictionary's folded common and proper words),
    case ignored."""
    return lambda w: words.is_word(w.casefold())


@cache
def _spelled_word_test(lang: str | None) -> Callable[[str], bool] | None:
    """``lang``'s test for a word of its spelling dictionary (common words and proper names),
    made once per language; the two lists asked in turn, never their union (a union built per
    text cost ~4 ms a paragraph, the thirty-ninth pass's idle re-measurement; one built once
    was a third copy of 73,000 words for the collector to traverse: speed55)."""
    from .dictionary import language_words

    dictionary = language_words(lang)
    if dictionary is None:
        return None
    return _is_word_of(dictionary)
_LIST_MEMBER = re_compile(r"[a-z]*[A-Z][\w'’+.-]*[\w+]|[A-Z]")


def _kept_name(
    w: str,
    lexicon: frozenset[str],
    known: frozenset[str],
    places: frozenset[str],
    dictionary_word: Callable[[str], bool] | None,
) -> bool:
    """A name the engine keeps as written: a word in mixed case ("GitHub", "macOS"), an
    initialism of two to five capitals, or a capitalized word no word of the engine's lexicon
    nor one it holds capitalized (:func:`_brand_word`) nor a word of the language's spelling
    dictionary (``dictionary_word``); never a place's name (``places``: "US", "EU")."""
    if w.casefold() in places:
        return False
    if any(c.isupper() for c in w[1:]) and any(c.islower() for c in w):
        return True  # "GitHub", "macOS"
    if w.isupper():
        return 2 <= len(w) <= 5
    return _brand_word(w, lexicon, known) and not (
        dictionary_word is not None and dictionary_word(w)
    )
_LIST_GAP = re_compile(r",?[ \t]+")
# a word after a list's gap: no look-around, so matched at a position as on the text cut there
_LIST_WORD = re_compile(r"[^\W\d_]+")


@lru_cache(maxsize=64)
def _joiner_pattern(joiners: frozenset[str]) -> re.Pattern[str]:
    """Where :func:`list_spans` may find a list's joining word: one of ``joiners`` as the whole
    word after a blank and before a gap (``_LIST_GAP``), as its loop reads it (a blank, then the
    word's letters, ``_LIST_WORD``, equal to a joiner, then a gap). A text without a match has
    no joined list: the loop over its capitalized words finds none (speed46)."""
    alt = "|".join(re.escape(j) for j in sorted(joiners, key=lambda j: (-len(j), j)))
    return re_compile(rf"(?<=[ \t])(?:{alt}),?[ \t]")


def list_spans(
    text: str,
    ctx: WorkContext,
    lexicon: frozenset[str],
    known: frozenset[str],
    plain: Callable[[str], bool] | None = None,
    places: frozenset[str] = frozenset(),
    dictionary_word: Callable[[str], bool] | None = None,
) -> list[tuple[int, int]]:
    """The capitalized common words of a list of names: single capitalized words joined by
    commas and a last ``list_joiners`` word ("Rust, Cargo, and Clippy", "Cargo and UV") inside a
    sentence that is no headline, one member of which is a name the engine keeps (a capitalized
    word no word of its lexicon nor one it holds capitalized, :func:`_brand_word`, nor a word of
    the language's spelling dictionary, ``dictionary_word``; a word in mixed case; an initialism
    that is no place). There a member that is a common word ("Cargo") is a name too: the engine
    had translated it ("Rust, Carga e Clippy"). Not a place's name (``places``), an
    institution's word (``role_institutions``, ``translated_heads``), a word ending in "s" (a
    plural, a group: "Democrats and Biden", "Easterners and Midwesterners"), a member starting a
    sentence, nor a list a capitalized word runs into on either side.

    >>> ctx = WorkContext(frozenset(), frozenset(), frozenset({"and", "of"}),
    ...     role_institutions=frozenset({"congress"}), list_joiners=frozenset({"and", "or"}))
    >>> lex = frozenset({"cargo", "rust", "congress", "democrat", "democrats", "turkey", "food",
    ...     "drink", "travel"})
    >>> t = "Changes in Rust, Cargo, and Clippy; demanded by Cargo and UV."
    >>> [t[s:e] for s, e in list_spans(t, ctx, lex, frozenset())]
    ['Rust', 'Cargo', 'Cargo']
    >>> t = "Congress and Biden; Democrats and Biden; Chile and Turkey; food, Drink and Travel."
    >>> [t[s:e] for s, e in list_spans(t, ctx, lex, frozenset(), places=frozenset({"turkey"}))]
    []
    """
    if not ctx.list_joiners or _joiner_pattern(ctx.list_joiners).search(text) is None:
        return []  # no joining word where a list's last gap would hold one: no list (speed46)
    if _title_case(text, lexicon):
        return []
    out: list[tuple[int, int]] = []
    at = 0
    while (first := _LIST_MEMBER.search(text, at)) is not None:
        at = first.end()
        prev = text[first.start() - 1] if first.start() else " "
        if prev.isalnum() or prev in "'’.-":
            continue
        members = [first]
        joined = False
        end = first.end()
        while True:
            gap = _LIST_GAP.match(text, end)
            if gap is None:
                break
            nxt = end = gap.end()
            word = _LIST_WORD.match(text, nxt)  # ``re.match`` on ``text[nxt:]`` (speed45)
            if word and word.group(0) in ctx.list_joiners:
                gap2 = _LIST_GAP.match(text, nxt + len(word.group(0)))
                last = _LIST_MEMBER.match(text, gap2.end()) if gap2 else None
                if last is not None:  # "ServiceWorkers, Fetch and parts of ...": no list
                    members.append(last)
                    joined = True
                break
            if "," not in gap.group(0):
                break
            member = _LIST_MEMBER.match(text, nxt)
            if member is None:
                break
            members.append(member)
            end = member.end()
        last_end = members[-1].end()
        at = max(at, last_end)
        if not joined or len(members) < 2:
            continue
        if any(
            m.end() < len(text) and (text[m.end()].isalnum() or text[m.end()] in "'’-")
            and not text.startswith(("'s", "’s"), m.end())
            for m in members
        ):
            continue  # a member that is part of a longer word
        before = text[: members[0].start()].split()
        if before and before[-1][:1].isupper() and not _sentence_start(
            text, members[0].start() - len(before[-1]) - 1
        ):
            continue  # a capitalized word runs into the list ("Visual Studio, Cargo and ...")
        rest = text[last_end:].split(None, 1)
        if rest and rest[0][:1].isupper():
            continue  # the last member runs into a longer name ("Cargo and Rust Analyzer")
        words = [_possessive(m.group(0)) for m in members]

        if not any(_kept_name(w, lexicon, known, places, dictionary_word) for w in words):
            continue
        for m, w in zip(members, words, strict=True):
            low = w.casefold()
            if not (w[:1].isupper() and w[1:].islower() and w.isalpha()):
                continue
            if low in places or low in ctx.role_institutions or low in ctx.translated_heads:
                continue
            if low.endswith("s"):
                continue  # a plural: a group ("Democrats", "Easterners"), not a brand
            if _sentence_start(text, m.start()) or not _translatable(w, lexicon, plain):
                continue
            out.append((m.start(), m.start() + len(w)))
    return out


PAIR_NAMES = True  # False: the rule "title-pair" off


# two capitalized words: a name the engine keeps and a word after it ("VS Code")
_PAIR = re_compile(r"(?<![\w'’.&-])([a-z]*[A-Z][\w]*) ([A-Z][a-z]+)(?![\w'’&-])")
# a capitalized word standing alone, no capitalized word beside it ("which broke Windows.")
_ALONE = re_compile(r"(?<![\w'’.&/-])[A-Z][a-z]+(?![\w'’&/-])")
# a joining word between two capitalized words: one longer name ("Search & Navigation team",
# "Bank of America", "Linux and Windows")
# a word in mixed case and one or two capitalized words after it: a brand's product, which may
# be a plural or of three words ("GitHub Sponsors", "NordicTrack Commercial Series")
_MIXED_RUN = re_compile(
    r"(?<![\w'’.&-])([a-z]*[A-Z][a-z]*[A-Z]\w*|[a-z]+[A-Z]\w*) ([A-Z][a-z]+)(?: ([A-Z][a-z]+))?"
    r"(?![\w'’&-])"
)
_TWO_LETTERS_CAP = re_compile(r"[A-Za-z][A-Z]")
_JOINED_AFTER = re_compile(r" (?:&|&amp;|and|of|for) [A-Z]")
_JOINED_BEFORE = re_compile(r"[A-Z][\w'’.-]* (?:&|&amp;|and|of|for) $")


def alone_names(text: str, ctx: WorkContext, places: frozenset[str] = frozenset()) -> set[str]:
    """The capitalized words ``text`` writes alone inside a sentence, as names: not at a
    sentence's start, no capitalized word right before or after (a longer run) nor joined to
    one by "&", "and", "of", "for" ("the Search & Navigation team"), not a minor or function
    word, not a place's name. A common word written so is the name of something
    ("the classic Windows terminal", "which broke Windows."): in a pair after it, the pair is
    that name's product ("Windows Terminal"), not two ordinary words.

    >>> ctx = WorkContext(frozenset(), frozenset(), frozenset({"the", "in"}))
    >>> sorted(alone_names("Windows is old. It broke Windows Terminal and the Windows build; "
    ...     "in Paris, the Apple; the Search & Navigation team.", ctx,
    ...     places=frozenset({"paris"})))
    ['Apple', 'Windows']
    """
    out: set[str] = set()
    for m in _ALONE.finditer(text):
        w = m.group(0)
        if w.casefold() in ctx.minor or w.casefold() in ctx.closed or w.casefold() in places:
            continue
        if _sentence_start(text, m.start()):
            continue
        before = _tail(text, m.start()).split()
        if before and before[-1][:1].isupper() and before[-1].casefold() not in ctx.minor:
            continue
        after = text[m.end() : m.end() + 2]
        if after[:1] == " " and after[1:2].isupper():
            continue
        if _JOINED_AFTER.match(text, m.end()) or _JOINED_BEFORE.search(
            text[max(0, m.start() - 40) : m.start()]
        ):
            continue  # joined to another capitalized word: a longer name's part
        out.add(w)
    return out



def pair_spans(
    text: str,
    ctx: WorkContext,
    lexicon: frozenset[str],
    known: frozenset[str],
    plain: Callable[[str], bool] | None = None,
    places: frozenset[str] = frozenset(),
    dictionary_word: Callable[[str], bool] | None = None,
    alone: Collection[str] | None = None,
) -> list[tuple[int, int]]:
    """A product's name of two words, a name the engine keeps (:func:`_kept_name`: "VS", an
    initialism that is no place; "GitHub", a word in mixed case), or a common word the text
    also writes alone as a name (:func:`alone_names`: "Windows" of "which broke Windows."; a
    word the engine would translate: a name it does not know as a word, "Ogden", "Tulsa", is
    no product's by this evidence), then a capitalized common noun ("Code", "Terminal"),
    inside a sentence that is no headline: the engine translated the noun and put it first
    ("VS Code" -> "código VS", "Windows Terminal" -> "Terminal Windows"). Not an initialism the
    engine's lexicon holds as a word in lower case ("HTTP Header name": a term, "um nome de
    cabeçalho HTTP"). The two words alone: not a run a capitalized word continues on either
    side (inside a sentence), nor a noun ending in "s" (a plural, a group: "NBA Finals", "GOP
    Senators"), nor one usage translates after such a name: an
    institution's, a place's, a job's or a unit's word (``role_institutions``,
    ``translated_heads``, ``role_nouns``, ``repeated_excluded``: "US Senate", "FBI Director",
    "HR Team") or an event's, a law's or a period's (``pair_translated_heads``: "GOP
    Convention", "AI Act"). A word in mixed case ("GitHub", "NordicTrack") is a brand's name
    whatever the engine knows, and a capitalized plural or two capitalized common nouns after
    it are its product's name too (untrans42: "GitHub Actions" -> "Ações do GitHub"), under the
    same exclusions (:func:`_mixed_nouns`); not after an initialism ("NBA Finals").

    >>> ctx = WorkContext(frozenset(), frozenset(), frozenset({"the", "of"}),
    ...     role_nouns=frozenset({"director"}), role_institutions=frozenset({"senate"}),
    ...     pair_translated_heads=frozenset({"act"}))
    >>> lex = frozenset({"code", "director", "senate", "act", "finals", "runs", "in", "the", "said",
    ...     "and"})
    >>> t = "It runs in VS Code, the FBI Director said; the US Senate and AI Act; NBA Finals."
    >>> [t[s:e] for s, e in pair_spans(t, ctx, lex, frozenset(), places=frozenset({"us"}))]
    ['VS Code']
    >>> t = "Our tests run on GitHub Actions every night, as the NBA Finals went on."
    >>> [t[s:e] for s, e in pair_spans(t, ctx, lex | {"actions", "tests", "run", "on"},
    ...     frozenset())]
    ['GitHub Actions']
    """
    if _title_case(text, lexicon):
        return []
    # the sets are made at the first pair or mixed run, not for every text (speed45)
    excluded: frozenset[str] = frozenset()
    openers: frozenset[str] = frozenset()
    made = False
    out: list[tuple[int, int]] = []
    # the words written alone as names: the article's (``alone``), else this text's, read
    # once, only when a pair needs them
    for m in _PAIR.finditer(text):
        if not made:
            excluded = (ctx.role_institutions | ctx.translated_heads | ctx.role_nouns
                        | ctx.repeated_excluded | ctx.pair_translated_heads)  # fmt: skip
            openers = ctx.minor | ctx.closed  # "The VS Code ...", "In VS Code ..."
            made = True
        name, noun = m.group(1), m.group(2)
        low = noun.casefold()
        if low.endswith("s") or low in excluded or low in ctx.minor:
            continue
        if name.isupper() and (not name.isalpha() or name.casefold() in lexicon):
            continue  # "HTTP Header name": an initialism the engine reads as a word of its own
        if not _kept_name(name, lexicon, known, places, dictionary_word):
            if alone is None:
                alone = alone_names(text, ctx, places)
            if name not in alone or not _translatable(name, lexicon, plain):
                continue  # a common word the text writes alone as a name: "Windows" (untrans41)
        if not _translatable(noun, lexicon, plain):
            continue
        before = text[: m.start()].split()
        if before and before[-1][:1].isupper() and before[-1].casefold() not in openers:
            continue  # a longer name ("Microsoft VS Code", "JavaScript DOM Manipulation")
        rest = text[m.end() :]
        if rest[:1] == " " and rest[1:2].isupper():
            continue  # a longer name ("VS Code Go")
        if rest[:1] == "/" or text[m.start() - 1 : m.start()] == "/":
            continue  # a credit or a path ("AP Photo/Jeff Chiu")
        out.append((m.start(), m.end()))
    # every run of ``_MIXED_RUN`` holds an ASCII letter before an ASCII capital ("tH", "HB"):
    # a text with none is not scanned for runs (speed45)
    for m in _MIXED_RUN.finditer(text) if _TWO_LETTERS_CAP.search(text) else ():
        if not made:
            excluded = (ctx.role_institutions | ctx.translated_heads | ctx.role_nouns
                        | ctx.repeated_excluded | ctx.pair_translated_heads)  # fmt: skip
            openers = ctx.minor | ctx.closed
            made = True
        # a name in mixed case ("GitHub", "NordicTrack") is a brand's, whatever the engine
        # knows: its product may be a plural or two nouns ("GitHub Sponsors" -> "GitHub
        # Patrocinadores", "Ações do GitHub"; untrans42), which the pair above leaves
        name = m.group(1)
        nouns = [w for w in m.groups()[1:] if w]
        if len(nouns) == 1 and not nouns[0].casefold().endswith("s"):
            continue  # two words, no plural: the pair above
        if not (any(c.islower() for c in name) and any(c.isupper() for c in name[1:])):
            continue
        if name.casefold() in places or any(o[0] <= m.start() < o[1] for o in out):
            continue
        if not _mixed_nouns(nouns, excluded, ctx, lexicon, plain):
            continue
        before = text[: m.start()].split()
        if before and before[-1][:1].isupper() and before[-1].casefold() not in openers:
            continue  # a longer name
        rest = text[m.end() :]
        if rest[:1] == " " and rest[1:2].isupper():
            continue  # a longer name
        if rest[:1] == "/" or text[m.start() - 1 : m.start()] == "/":
            continue  # a credit or a path
        out.append((m.start(), m.end()))
    return sorted(out)


def _mixed_nouns(
    nouns: Sequence[str],
    excluded: frozenset[str],
    ctx: WorkContext,
    lexicon: frozenset[str],
    plain: Callable[[str], bool] | None,
) -> bool:
    """The capitalized words after a mixed-case name are its product's: common words the
    engine translates, none a minor word nor, in the singular, an institution's, a place's, a
    job's, a unit's, an event's or a law's word ("YouTube Creators Summit", "OpenAI Board
    Members": usage translates them)."""
    for w in nouns:
        low = w.casefold()
        if low in ctx.minor or low in excluded:
            return False
        if low.endswith("s") and (low[:-1] in excluded or low[:-2] in excluded):
            return False
        if not _translatable(w, lexicon, plain):
            return False
    return True


def _small_words(text: str, ctx: WorkContext) -> list[tuple[re.Match[str], str]]:
    """The words of ``text`` in small letters with their case folds, for :func:`title_spans`'
    loops over a work's and a product's nouns; none when no such word is one of those nouns
    (most sentences): the loops read nothing else, so they act the same on an empty list. The
    words are tested as strings before any is read into a match object (speed44)."""
    lows = {w.casefold() for w in re.findall(r"[^\W\d_][\w-]*", text) if w.islower()}
    if lows.isdisjoint(ctx.work_nouns) and lows.isdisjoint(ctx.product_nouns):
        return []
    return [(m, m.group(0).casefold()) for m in re.finditer(r"[^\W\d_][\w-]*", text)
            if m.group(0).islower()]  # fmt: skip


def title_spans(
    text: str,
    lang: str | None,
    *,
    emphasis: Sequence[str] = (),
    lexicon: frozenset[str] | None = None,
    known: Sequence[str] = (),
    repeated: Sequence[str] = (),
    plain: Callable[[str], bool] | None = None,
    alone: Collection[str] | None = None,
    firms: Collection[str] = (),
    titled: Collection[str] | None = None,
) -> list[tuple[int, int, str]]:
    """Spans of ``text`` that are titles of works or brand names, as ``(start, end, rule)``:
    ``title-emphasis`` (one of the italic ``emphasis`` pieces, in title case), ``title-quoted``
    (a title-case span in double quotes, the quotes with it, after a work noun or of two words
    or more inside a sentence), ``title-mark`` (™/®), ``title-cue`` (a title-case run after a
    work noun), ``title-product`` (a capitalized name before a product noun), ``title-model``
    (a brand's words before a model number, :func:`model_spans`), ``title-at`` (the name after
    an "@" standing alone: "$159.99 @ Canada Computers", :func:`at_spans`), ``title-defined``
    (a run the text defines or speaks to: "Automation Anywhere, UiPath's main rival",
    :func:`defined_spans`), ``title-unit`` (one of
    ``known``, titles the article showed elsewhere), ``title-repeated`` (one of ``repeated``,
    runs the article writes as names twice or more, :func:`repeated_names`), ``title-firm``
    (one of ``firms``, names another sentence of the article shows to be a firm's,
    :func:`firm_spans`, where this sentence does not: the engine keeps a firm's name beside
    such a cue and translates it without one); ``titled``: the runs the article writes after a
    capitalized "The" inside a sentence (:func:`_mid_the_names`, for :func:`press_start_spans`;
    this text's when None); ``alone``: the
    words the article writes alone as names (:func:`alone_names`, for ``title-pair``; this
    text's when None). Only spans with a
    word the engine would translate (``lexicon``, and ``plain``'s common words:
    :func:`_translatable`). A span kept on weak evidence (``title-quoted`` with no work
    noun before it, ``title-at``, ``title-repeated``; not ``title-defined``, whose appositive
    says "a firm", nor ``title-role``, which has its own ``role_institutions``) whose
    head is a place's or an institution's common noun (:func:`translated_head`: "Riverside
    Airport") is left to the engine, which translates it as usage does.

    >>> lex = frozenset({"state", "union", "land", "home", "note", "turn", "peculiar", "children"})
    >>> t = "He spoke on CNN's “State of the Union” and used the Home app, then saw La La Land."
    >>> [t[s:e] for s, e, _ in title_spans(t, "en", emphasis=["La La Land"], lexicon=lex)]
    ['“State of the Union”', 'Home', 'La La Land']
    >>> title_spans("“Turn it in,” he said. Note: none.", "en", emphasis=["Note"], lexicon=lex)
    []
    """
    ctx = work_context(lang)
    words = engine_lexicon(lang or "") if lexicon is None else lexicon
    if ctx is None or not words:
        return []
    found: list[tuple[int, int, str]] = []
    taken: list[tuple[int, int]] = []  # the spans found, sorted (none overlaps another)

    def add(s: int, e: int, rule: str, weak: bool = False) -> None:
        piece = text[s:e]
        if weak and translated_head(piece, ctx):
            return  # a place's or an institution's name on weak evidence: the engine's
        # a name marked ™/® is kept with its mark, which the engine drops; a product's name
        # before its noun is kept when a word of it is a common word of the language, also
        # one the dictionary has as a name too (untrans48: "the Federalist platform" went to
        # "a plataforma federalista": "federalist" is also a name, and ``plain`` leaves names)
        test = _or_common(plain, lang) if rule in ("title-product", "title-press") else plain
        if not piece.strip() or not (rule == "title-mark" or _translatable(piece, words, test)):
            return
        # overlapping a span found: only its neighbours in start order can (they are
        # disjoint); a scan of every span found was quadratic (untrans48)
        k = bisect_left(taken, (s, e))
        if (k and taken[k - 1][1] > s) or (k < len(taken) and taken[k][0] < e):
            return
        whole = text.strip(_EDGE + "\"“”")
        if piece.strip(_EDGE + "\"“”") == whole:
            return  # the whole sentence: a heading or a caption, not a title inside it
        found.append((s, e, rule))
        taken.insert(k, (s, e))

    for piece in emphasis:
        core = piece.strip(_EDGE + "\"“”‘’'")
        if not core or not _title_cased(core, ctx):
            continue
        at = text.find(core)
        if at < 0:
            continue
        single = len(_TITLE_WORD.findall(core)) == 1
        if single and core.casefold() in words and not _noun_before(text, at, ctx.work_nouns):
            continue  # one word of the language in italics: emphasis, unless a work noun says so
        add(at, at + len(core), "title-emphasis")
    for m in _QUOTED_SPAN.finditer(text):
        core = m.group(1).strip(_EDGE)
        if not core or not _title_cased(core, ctx):
            continue
        cue = _noun_before(text, m.start(), ctx.work_nouns)
        several = len(_TITLE_WORD.findall(core)) >= 2 and not _sentence_start(text, m.start())
        inner_end = m.start(1) + len(m.group(1).rstrip(_EDGE))
        if (cue or several) and text[inner_end:m.end() - 1].strip() == "":
            add(m.start(), m.end(), "title-quoted", weak=not cue)
    # every match of ``_MARKED`` ends in "™" or "®": a text with neither is not scanned (speed45)
    for m in _MARKED.finditer(text) if "™" in text or "®" in text else ():
        s = m.start()
        for word in m.group(1).split()[:-1]:  # "The Tony Awards®": the name without "The"
            if word.casefold() not in ctx.minor:
                break
            s = text.index(word, s) + len(word) + 1
        if not _sentence_start(text, s) or len(text[s : m.end()].split()) == 1:
            add(s, m.end(), "title-mark")
    small = _small_words(text, ctx)  # read once for both noun loops below (speed39)
    for noun, low in small:
        if low not in ctx.work_nouns:
            continue
        at = noun.end()
        while at < len(text) and text[at] == " ":
            at += 1
        if at < len(text) and (text[at].isupper() or text[at].isdigit()):
            numbered = _NUMBERED_PART.match(text, at)
            if numbered and numbered.group(1).casefold() in ctx.minor:
                # "o artigo 5º da Constituição", "article 5 of the Constitution", "o episódio 4
                # de Star Wars": the noun's number in a whole, no title (probe36: "article 5º
                # da Constituição" published in English)
                continue
            run = _run_after(text, at, ctx)
            if run:
                add(*run, "title-cue")
    for noun, low in small:
        if low not in ctx.product_nouns:
            continue
        at = noun.start()
        if at < 2 or text[at - 1] != " " or text[at - 2] == " ":
            continue  # one space between the name and its noun
        # the name's (at most three) words in a bounded window before the noun: a search of
        # the whole text before each noun was quadratic (untrans48); a run of words longer
        # than the window is no product's name
        lo = max(0, at - 1 - _PRODUCT_WINDOW)
        named = _PRODUCT_NAME.search(text, lo, at - 1)
        if named and not (lo and named.start() == lo):
            s, name = named.start(), named.group(1)
            while re.match(r"\S+['’]s\s", name):  # "Apple's Home app": the name after the owner
                cut = name.index(" ") + 1
                s, name = s + cut, name[cut:]
            if name.endswith(("'s", "’s")) or _sentence_start(text, s):
                continue
            if any(w.casefold() in ctx.role_institutions for w in name.split()):
                # An institution's word ("the House speaker", "the Senate floor"): no brand's
                # name but a body's, which usage translates, as ``role_spans`` leaves it (harm29).
                continue
            add(s, s + len(name), "title-product")
    for s, e in model_spans(text, ctx, words, engine_capitalized(lang or "")):
        add(s, e, "title-model")
    if ROLE_NAMES:
        for s, e in role_spans(text, ctx):
            add(s, e, "title-role")
    if AT_NAMES:
        for s, e in at_spans(text, ctx):
            add(s, e, "title-at", weak=True)
    if DEFINED_NAMES:
        for s, e in defined_spans(text, ctx, words):
            add(s, e, "title-defined")
    if PRESS_NAMES and (ctx.press_cues or ctx.press_in_cues or ctx.press_work_nouns):
        places = _place_names(lang) if lang else frozenset()
        for s, e in press_spans(text, ctx, lang or "", engine_capitalized(lang or ""), places):
            add(s, e, "title-press")
        for s, e in press_after_spans(
            text, ctx, lang or "", engine_capitalized(lang or ""), places
        ):
            add(s, e, "title-press")
        if PRESS_START_NAMES:
            test = _or_common(plain, lang)
            held = engine_capitalized(lang or "")
            for s, e in press_start_spans(text, ctx, lang or "", held, places, plain, titled):
                # "The" is a word the engine translates: the test is of the run after it ("The
                # CIOB reports" stays the engine's "O CIOB"), or a word the engine holds whole
                # ("The Atlantic" -> "O Atlântico")
                inner = text[s + 4 : e] if text.startswith("The ", s) else text[s:e]
                if _translatable(inner, words, test) or inner in held:
                    add(s, e, "title-press")
    if LIST_NAMES and ctx.list_joiners:
        places = _place_names(lang) if lang else frozenset()
        spelled = _spelled_word_test(lang)
        for s, e in list_spans(
            text, ctx, words, engine_capitalized(lang or ""), plain, places, spelled
        ):
            add(s, e, "title-list")
    if PAIR_NAMES:
        places = _place_names(lang) if lang else frozenset()
        spelled = _spelled_word_test(lang)
        for s, e in pair_spans(
            text, ctx, words, engine_capitalized(lang or ""), plain, places, spelled, alone
        ):
            add(s, e, "title-pair")
    cued = [(s, e) for s, e in firm_spans(text, ctx, words)] if firms else []
    for title, rule in [*((t, "title-unit") for t in known),
                        *((t, "title-repeated") for t in repeated),
                        *((t, "title-firm") for t in firms)]:
        for m in re.finditer(re.escape(title), text):
            s, e = m.start(), m.end()
            before, after = text[:s], text[e:]
            prev = before.split()[-1] if before.split() else ""
            prev_at = len(before.rstrip()) - len(prev)
            inside = (
                before[-1:].isalnum() or after[:1].isalnum()  # part of a longer word
                or (before[-1:] == " " and prev[:1].isupper() and prev[-1:].isalnum()
                    and not _sentence_start(text, prev_at))  # "Asia Pacific", not "Then X"
                or (after[:1] == " " and after[1:2].isupper())  # part of a longer name
            )
            if rule == "title-firm" and any(s < ce and cs < e for cs, ce in cued):
                continue  # the sentence says it is a firm: the engine keeps it as written
            if not inside:
                add(s, e, rule, weak=rule == "title-repeated")
    return sorted(found)


def site_spans(
    text: str,
    site: str | None,
    lang: str | None,
    *,
    kind: str = "paragraph",
    lexicon: frozenset[str] | None = None,
    plain: Callable[[str], bool] | None = None,
) -> list[tuple[int, int, str]]:
    """Where ``text`` names the publication the article comes from (``site``: the page's own
    ``og:site_name``, "The Guardian"), as ``(start, end, "title-site")``: the name without its
    leading "The", in title case, when it holds a word the engine translates ("the Guardian's
    best books" -> "Guardião"). Not inside a longer capitalized name ("Guardian Angels"); a name
    of one word not at a sentence's start, nor in a heading or title (a headline's capitals say
    nothing). A site name with a separator is its first part ("World Culture Festival — US
    Edition"); one of more than four words or not starting with a letter is a headline that a
    page gave as its site's name, not taken. Not an institution's or an event's name
    (``site_translated_heads`` of the language's ``[works]``: "Wikimedia Foundation" is
    translated).

    >>> lex = frozenset({"guardian", "best", "books", "sun", "times", "wired", "foundation"})
    >>> t = "To browse all of the Guardian's best books, visit. Guardian Angels came."
    >>> [t[s:e] for s, e, _ in site_spans(t, "The Guardian", "en", lexicon=lex)]
    ['Guardian']
    >>> site_spans("Guardian readers know.", "The Guardian", "en", lexicon=lex)
    []
    >>> site_spans("He told the Irish Times that.", "The Irish Times", "en", lexicon=lex)
    [(12, 23, 'title-site')]
    >>> site_spans("He told the Wired Foundation.", "Wired Foundation", "en", lexicon=lex)
    []
    >>> site_spans("Tips - Wired — US Edition", "Wired — US Edition", "en", lexicon=lex)
    [(7, 12, 'title-site')]
    """
    ctx = work_context(lang)
    words = engine_lexicon(lang or "") if lexicon is None else lexicon
    if ctx is None or not words or not site:
        return []
    # "World Culture Festival — US Edition", "Site | Section": the publication is the first part
    first = re.split(r"\s+[—–|:-]\s+|:\s", site.strip())[0]
    core = re.sub(r"^(?:the|The|THE)\s+", "", first)
    parts = _TITLE_WORD.findall(core)
    if not core[:1].isalpha() or len(parts) > 4:
        return []  # "15 Language Learning Apps Compared": a headline given as the site's name
    if not _title_cased(core, ctx) or not _translatable(core, words, plain):
        return []
    if parts[-1].casefold() in ctx.site_translated_heads:
        return []  # an institution or an event: its name is translated as usage does
    single = len(parts) == 1
    if single and kind in ("title", "heading"):
        return []
    found: list[tuple[int, int, str]] = []
    for m in re.finditer(rf"(?<![\w-]){re.escape(core)}(?![\w-])", text):
        s, e = m.start(), m.end()
        after = text[e:]
        if after[:1] == " " and after[1:2].isupper():
            continue  # part of a longer name
        prev = _last_words(text, s, 1)
        prev_word = prev[-1] if prev else ""
        at = s
        if prev_word in ("The", "THE"):
            at = len(text[:s].rstrip()) - len(prev_word)
        elif prev_word[:1].isupper() and prev_word[-1:].isalnum() and not _sentence_start(
            text, len(text[:s].rstrip()) - len(prev_word)
        ):
            continue  # "Asia Guardian": part of a longer name
        if single and _sentence_start(text, at):
            continue
        found.append((s, e, "title-site"))
    return found


def _unit(text: str, s: int, e: int) -> str:
    return text[s:e].strip(_EDGE + "\"“”")


def mask_segments(
    texts: list[str],
    kinds: Sequence[str],
    lang: str | None,
    avoid: list[list[tuple[int, int]]] | None = None,
    verbatim: Sequence[Sequence[str]] | None = None,
    emphasis: Sequence[Sequence[str]] | None = None,
    inner: Sequence[Sequence[tuple[int, int]]] | None = None,
    target_letters: frozenset[str] | None = None,
    own: Collection[int] | None = None,
    site: str | None = None,
    plain: Callable[[str], bool] | None = None,
) -> Masked:
    """:func:`word_names` masked in every text (``avoid``: spans already protected, such as
    glossary names, per text), the titles of works and brands of :func:`title_spans`
    (``emphasis``: the italic pieces per text), and the pieces of ``verbatim`` per text (code
    spans, which the engine must copy, not translate: ``gauge-7``, ``make test``). ``inner``:
    the spans of ``avoid`` (per text) that a title of a work or brand may hold whole (see
    :func:`mask`). ``target_letters``: the target language's alphabet; when given, the names
    written with a letter outside it and outside the source's (:func:`unwritable_spans`) are
    masked too, in the texts of ``own`` (those in the source language ``lang``; all when None:
    a German paragraph of an English article takes its own route, not the masks of English).
    ``site``: the publication the article comes from (:func:`site_spans`), masked where the
    texts of ``own`` name it. ``plain``: ``lang``'s test for a common word of its spelling
    dictionary (:func:`translate.glossary.words.plain_word_test`, given by the caller: this
    module does not import the glossary), which the title and brand rules count as a word the
    engine translates though its lexicon holds it only in pieces."""
    out = list(texts)
    holding: dict[int, list[tuple[tuple[int, int], list[tuple[int, int]]]]] = {}
    words: dict[int, list[str]] = {}
    rules: dict[int, list[str]] = {}
    lexicon = engine_lexicon(lang or "")
    cites = cites_issues(texts)  # short number tags are references in this document
    names = established_names(
        "\n".join(t for t, k in zip(texts, kinds, strict=True) if k not in ("title", "heading")),
        lang, lexicon,
    )
    # the words the article writes alone as names, read over all its sentences ("which broke
    # Windows." names the "Windows" of another sentence's "Windows Terminal"; untrans41)
    wctx = work_context(lang) if PAIR_NAMES else None
    alone: set[str] = set()
    if wctx is not None:
        where = _place_names(lang) if lang else frozenset()
        for t, k in zip(texts, kinds, strict=True):
            if k not in ("title", "heading") and not _title_case(t, lexicon):
                alone |= alone_names(t, wctx, where)
    # the runs a sentence of the article shows to be firms' names, kept where the article
    # writes them with no such cue ("Houston-based Intuitive Machines ... a lander from
    # Intuitive Machines"; untrans44)
    fctx = work_context(lang) if FIRM_NAMES else None
    firms: set[str] = set()
    if fctx is not None and (fctx.firm_suffixes or fctx.firm_jobs or fctx.firm_nouns):
        for t, k in zip(texts, kinds, strict=True):
            if k not in ("title", "heading"):
                firms |= {t[s:e] for s, e in firm_spans(t, fctx, lexicon)}
    firm_list = sorted(firms, key=len, reverse=True)
    # the titles the article writes with a capitalized "The" inside a sentence ("told The
    # Atlantic"), evidence for "The Atlantic reported" at another sentence's start (untrans52)
    titled: frozenset[str] = frozenset()
    if PRESS_START_NAMES:
        titled = frozenset().union(
            *(_mid_the_names(t) for t, k in zip(texts, kinds, strict=True)
              if k not in ("title", "heading") and "The " in t)
        )  # fmt: skip
    titles: list[list[tuple[int, int, str]]] = [
        title_spans(t, lang, emphasis=emphasis[i] if emphasis else (), lexicon=lexicon,
                    plain=plain, alone=alone, firms=firm_list, titled=titled)
        for i, t in enumerate(texts)
    ]
    # a title shown once is a title wherever the article repeats it as a whole
    known = sorted(
        {_unit(t, s, e) for t, spans in zip(texts, titles, strict=True) for s, e, r in spans
         if r != "title-firm"},  # a firm's name stays the engine's where its cue is
        key=len, reverse=True,
    )
    repeated = (
        [r for r in repeated_names(texts, kinds, lang, lexicon) if r not in known]
        if REPEATED_NAMES else []
    )
    if known or repeated:
        titles = [
            title_spans(t, lang, emphasis=emphasis[i] if emphasis else (), lexicon=lexicon,
                        known=known, repeated=repeated, plain=plain, alone=alone,
                        firms=firm_list, titled=titled)
            for i, t in enumerate(texts)
        ]  # fmt: skip
    if avoid:  # an employer's name holding a glossary name ("New York governor ..."), a
        # publication's run after a cue that the glossary names ("according to the Pentagon"):
        # the glossary's, not kept whole in English
        titles = [
            [x for x in spans if x[2] not in ("title-role", "title-press")
             or not any(x[0] < e and s < x[1] for s, e in avoid[i])]
            for i, spans in enumerate(titles)
        ]  # fmt: skip
    for i, (text, kind) in enumerate(zip(texts, kinds, strict=True)):
        spans = word_names(text, lang, kind=kind, lexicon=lexicon, names=names)
        if site and (own is None or i in own):
            mine = site_spans(text, site, lang, kind=kind, lexicon=lexicon, plain=plain)
            mine = [x for x in mine if not any(x[0] < e and s < x[1] for s, e, _ in titles[i])]
            titles[i] = sorted(titles[i] + mine)
        if titles[i]:
            spans = titles[i] + [
                x for x in spans if not any(x[0] < e and s < x[1] for s, e, _ in titles[i])
            ]
            spans.sort()
        if verbatim and verbatim[i]:
            taken = [(s, e) for s, e, _ in spans] + list(avoid[i] if avoid else [])
            code = verbatim_spans(text, verbatim[i], taken)
            spans = sorted(spans + code)
        if MASK_ADDRESSES:
            # a name inside a handle or hashtag ("Apple" of "#Apple") is the address's: masked
            # alone, the engine gets "#" and a placeholder and writes "-Apple"; code is code
            fixed = [(s, e) for s, e, r in spans if r == "code"] + list(avoid[i] if avoid else [])
            held_by = [x for x in address_spans(text, fixed, cites) if x[2] == "address"]
            spans = [x for x in spans if x[2] == "code"
                     or not any(x[0] < e and s < x[1] for s, e, _ in held_by)]  # fmt: skip
            taken = [(s, e) for s, e, _ in spans] + list(avoid[i] if avoid else [])
            spans = sorted(spans + address_spans(text, taken, cites))
        if target_letters is not None and (own is None or i in own):
            taken = [(s, e) for s, e, _ in spans] + list(avoid[i] if avoid else [])
            spans = sorted(
                spans
                + unwritable_spans(text, source_letters(lang), target_letters, lexicon, taken)
            )
        if not spans:
            continue
        held = inner[i] if inner else ()
        masked, masked_words = mask(text, spans, avoid[i] if avoid else None, held)
        if masked_words:
            out[i], words[i] = masked, masked_words
            by_word = {text[s:e]: r for s, e, r in spans}
            rules[i] = [by_word.get(w, "name") for w in masked_words]
            for s, e, r in spans:
                inside = [(a, b) for a, b in held if s <= a and b <= e and (a, b) != (s, e)]
                if r.startswith("title") and inside and text[s:e] in masked_words:
                    holding.setdefault(i, []).append(((s, e), inside))
    return Masked(out, list(texts), words, rules, holding)


# the rules that keep a title of a work (a film, a book, a show) as the source writes it: in
# quotes, in italics, after a work noun. Not ``title-unit`` (a repeat of any kept title, a
# product's or a system's too: "The ATF", "Controller" of a real engineering blog)
WORK_TITLE_RULES = frozenset({"title-quoted", "title-emphasis", "title-cue"})


def _in_language(title: str, common: Callable[[str], bool] | None) -> bool:
    """Whether every word of three letters or more of ``title`` is a common word of the target
    language's spelling dictionary (``common``, its lookup: "State of the Union" is English; "A
    Fantástica Fábrica de Chocolate" is not). False when the language has no such dictionary
    (``None``): the language cannot be told."""
    if common is None:
        return False
    words = [w.casefold() for w in re.findall(r"[^\W\d_]+", title) if len(w) >= 3]
    return bool(words) and all(common(w) for w in words)


def kept_title_findings(kept: Sequence[dict[str, Any]], ids: Sequence[str],
                        targets: Sequence[str], common: Callable[[str], bool] | None,
                        locale: str) -> list[Finding]:
    """A warning on each title of a work that the mask kept as the source writes it
    (``kept``: the ``unmask_segments`` report, its ``index`` into ``ids`` and ``targets``; the
    rules of :data:`WORK_TITLE_RULES`) and that the published target holds in a language other
    than the target's (``common``: the target language's common-word lookup,
    :func:`translate.glossary.words.common_lookup`): a work keeps its source title only when it
    has no local one ("A Fantástica Fábrica de Chocolate" is "Willy Wonka & the Chocolate
    Factory" in English), which the pipeline cannot know, so a reviewer must look. Not
    blocking: the title as written may be right (harm30)."""
    out: list[Finding] = []
    seen: set[tuple[int, str]] = set()
    for c in kept:
        if c.get("rule") not in WORK_TITLE_RULES or "index" not in c:
            continue
        i = int(c["index"])
        title = str(c.get("from", "")).strip(_EDGE + "\"“”‘’'«»")
        at = targets[i].find(title) if title else -1
        if at < 0 or (i, title) in seen or _in_language(title, common):
            continue
        seen.add((i, title))
        out.append(Finding(
            "untranslated", "warning",
            f"title kept as written: \u201c{title}\u201d; check its published title in {locale}",
            segment=ids[i], target_span=(at, at + len(title)),
            data={"kind": "title-kept", "title": title, "rule": c["rule"]},
        ))  # fmt: skip
    return out


def names_in_kept_titles(
    masked: Masked, targets: Sequence[str]
) -> dict[int, list[tuple[int, int]]]:
    """Per text, the glossary spans inside a title of a work or brand that the translation
    (``targets``, after :func:`unmask_segments`) writes as the source did: those names are
    words of the title, which the glossary must leave as they stand."""
    out: dict[int, list[tuple[int, int]]] = {}
    for i, titles in masked.holding.items():
        for (s, e), names in titles:
            if _apostrophes(masked.originals[i][s:e]) in _apostrophes(targets[i]):
                out.setdefault(i, []).extend(names)
    return out


_DIGIT_RUN = re_compile(r"\d+")
_DEBRIS = re_compile(r"(?<![\w-])[(\[]?[-–]?(?:X|XNAME|NAME\d*X?)[)\]]?(?![\w-])")
_MID_CAPITAL = re_compile(r"(?<=[a-z,;] )[A-Z][\w'-]+")
_COPIED = re_compile(r"[^\W\d_][\w'@#.-]{3,}[^\W_]")


def _apostrophes(text: str) -> str:
    return text.replace("’", "'").replace("‘", "'")


def _unquoted(word: str) -> str:
    return _apostrophes(word.strip("\"“”«»"))


def lost_against(source: str, bare: str, ours: str, bare_lost: bool = False) -> str:
    """Why ``ours`` (a masked translation, restored) is worse than ``bare`` (the bare engine's
    translation of the same sentence), or "": a placeholder left, much shorter, or a number, a
    capitalized word inside the sentence, an untranslatable token or a word the bare engine
    copied from the source that ours lost. ``bare_lost``: the bare sentence itself lost an
    address the mask kept (an issue number written "12682 euros", a handle "-fdncred"); then
    only what ours lost outright counts (a placeholder, a number, a token), not the cues that
    weigh wording: a bare sentence that wrote the number as an amount and the code spans as words
    is longer, and the words it copied or capitalized are no loss of ours ("fuzzy" translated,
    "Dotnu" in lower case).

    >>> src = "The `lazy make` command has been removed in #12682."
    >>> bare = "O comando preguiçoso de fazer foi removido em 12682 euros."
    >>> ours = "O comando lazy make foi removido em #12682."
    >>> lost_against(src, bare, ours), lost_against(src, bare, ours, bare_lost=True)
    ('shorter than the bare engine (43 < 58 chars)', '')
    >>> lost_against("Fixed in #12682 and 2040", "Corrigido em 12682 euros e 2040",
    ...              "Corrigido em #12682", bare_lost=True)
    "lost ['2040']"

    >>> lost_against("Prince's bodyguard came", "O guarda-costas de Prince's veio", "O veio")
    'shorter than the bare engine (6 < 32 chars)'
    >>> lost_against("See @btwfoundation now", "Veja @btwfoundation agora",
    ...              "Veja @btw agorinha!!!!!!")
    "lost ['@btwfoundation', 'btwfoundation']"
    >>> lost_against("See https://a.com/i.html.", "Veja https://a.com/i.html.",
    ...              "Veja https://a.com/i.html (-X).")
    'placeholder debris'
    """
    source, bare, ours = _apostrophes(source), _apostrophes(bare), _apostrophes(ours)
    if _WORD_NAME_RE.search(ours):
        return "placeholder left"
    debris = len(_DEBRIS.findall(ours)) - len(_DEBRIS.findall(bare + " " + source))
    if debris > 0:  # "index.html (-X).": a piece of a placeholder the engine wrote twice
        return "placeholder debris"
    if not bare_lost and len(bare) - len(ours) >= 15 and len(ours) < 0.9 * len(bare):
        return f"shorter than the bare engine ({len(ours)} < {len(bare)} chars)"  # words dropped
    keep = _DIGIT_RUN.findall(source) + tokens(source)
    if not bare_lost:
        keep += _MID_CAPITAL.findall(source) + [w for w in _COPIED.findall(source) if w in bare]
    # whole tokens: "#rust" of "#rust-beginners" or "12" of "2012" is not the token kept, and
    # a piece of a longer token of the source is none ("2040" of "@USER2040": the handle is)
    lost = [t for t in dict.fromkeys(keep) if kept_whole(source, t) and kept_whole(bare, t)
            and not kept_whole(ours, t)]  # fmt: skip
    return f"lost {lost[:3]}" if lost else ""


def _copied_back(sent: str, got: str, bare: str, lexicon: frozenset[str]) -> bool:
    """Whether the engine gave the masked sentence ``sent`` back as it got it (``got``) while
    ``bare``, its translation of the sentence unmasked, translates a word of it that the source
    language's ``lexicon`` holds: with the name masked, what is left read as no language the
    engine knows ("Authentic Louis Vuitton Monogram XNAME50X M51157 XNAME51X URL484"), and every
    word the edition must translate stays English ("Authentic", which the bare engine writes
    "Autêntico").

    >>> lex = frozenset({"authentic", "shoulder", "bag"})
    >>> _copied_back("Authentic Louis XNAME50X M5", "Authentic Louis XNAME50X M5",
    ...              "Autêntico Louis Bolsa M5", lex)
    True
    >>> _copied_back("URL31 XNAME50X", "URL31 XNAME50X", "URL31 -WPF", lex)
    False
    """
    if got.strip() != sent.strip():
        return False
    return any(
        w.casefold() in lexicon and not re.search(rf"(?<!\w){re.escape(w)}(?!\w)", bare)
        for w in re.findall(r"[^\W\d_]+", _WORD_NAME_RE.sub(" ", got))
    )


# two placeholders the source parts with a sentence's end ("XNAME51X. XNAME52X")
_PARTED = re_compile(r"(XNAME\d+X)([.!?]) +(XNAME\d+X)")


def rejoin_placeholders(masked_text: str, target: str) -> str:
    """``target`` with the space put back between two placeholders that the masked text parts
    with a sentence's end and the engine wrote joined ("used in XNAME51X. XNAME52X fills" ->
    "usado no XNAME51X.XNAME52X preenche": "VS Code.xterm.js" once unmasked).

    >>> rejoin_placeholders("in XNAME51X. XNAME52X fills", "no XNAME51X.XNAME52X preenche")
    'no XNAME51X. XNAME52X preenche'
    >>> rejoin_placeholders("see XNAME51X.XNAME52X", "veja XNAME51X.XNAME52X")
    'veja XNAME51X.XNAME52X'
    """
    if "XNAME" not in target:
        return target
    for m in _PARTED.finditer(masked_text):
        joined = m.group(1) + m.group(2) + m.group(3)
        target = target.replace(joined, f"{m.group(1)}{m.group(2)} {m.group(3)}")
    return target


def unmask_segments(
    masked: Masked,
    targets: list[str],
    translated: set[int],
    retranslate: Callable[[list[str]], list[str]],
    *,
    lexicon: frozenset[str] = frozenset(),
    letters: frozenset[str] = frozenset(),
) -> tuple[list[str], list[dict[str, Any]]]:
    """``targets`` with the masked words put back; a sentence whose placeholders did not come
    back exactly once is translated again unmasked (as the bare engine would). The changes are
    reported (``kept``: the word kept as a name; ``unmasked``: translated again). ``lexicon``
    and ``letters``: the source language's words and letters, as :func:`repair` takes them."""
    out = list(targets)
    report: list[dict[str, Any]] = []
    again: list[int] = []
    restored_at: dict[int, str] = {}
    for i, words in masked.words.items():
        if i not in translated:
            continue
        out[i] = rejoin_placeholders(masked.texts[i], out[i])
        restored = unmask(out[i], words)
        if restored is None:
            again.append(i)
            continue
        restored_at[i] = restored
    # do no harm: a sentence masked for a name or a title is also translated as the bare engine
    # would; the masked translation is kept only when the bare one did not keep the masked words
    # as written and the masked one loses nothing the bare one kept
    guarded = sorted(i for i in restored_at if any(r != "code" for r in masked.rules[i]))
    bare = (
        dict(zip(guarded, retranslate([masked.originals[i] for i in guarded]), strict=True))
        if guarded else {}
    )
    for i in bare:
        if {"address", "letters"} & set(masked.rules[i]):
            # an address the repair step puts back in the bare sentence is kept there: the mask
            # is for the addresses it cannot ("apply@web.tv" read as "se aplicar aweb.tv")
            # with the source language's words: "Não" is a word the engine translates ("no
            # one"), not a token it mangled (the bare "no one" became "Não one"); so is a name
            # written with letters the engine lacks that the repair puts back ("o povo maori"
            # -> "o povo Māori", where the masked sentence reads "o Māori pessoas")
            fixed = repair(masked.originals[i], bare[i], words=lexicon, letters=letters)[0]
            if all(kept_whole(fixed, w)
                   for w, r in zip(masked.words[i], masked.rules[i], strict=True)
                   if r in ("address", "letters")):
                bare[i] = fixed
    for i, restored in restored_at.items():
        # the bare sentence lost an address the mask kept ("#12682" -> "12682 euros"): it is no
        # sentence to fall back to for wording alone (``lost_against``)
        bare_lost = i in bare and any(
            r == "address" and not kept_whole(bare[i], w)
            for w, r in zip(masked.words[i], masked.rules[i], strict=True)
        )
        why = lost_against(masked.originals[i], bare[i], restored, bare_lost) if i in bare else ""
        if not why and i in bare and _copied_back(masked.texts[i], out[i], bare[i], lexicon):
            why = "the masked sentence came back untranslated"
        if i in bare and not why and all(
            kept_whole(_apostrophes(bare[i]), _unquoted(w)) for w in masked.words[i]
        ):
            # the bare engine kept every masked name as written: the mask gains nothing, and a
            # placeholder can move the words around it ("da UC Global" -> "do UC Global"). Code
            # spans count too: a bare sentence that kept the names but not the code ("#[loop_match]"
            # -> "[loop_match]") loses what the mask kept (untrans27). Whole tokens (untrans36):
            # "#rust" is not kept in "#rust-beginners", nor "Nu" in "Nushell"
            out[i] = bare[i]
            continue
        if why:
            out[i] = bare[i]
            report.append({"index": i, "from": " ".join(masked.words[i]), "to": "",
                           "rule": f"guard: the bare engine's sentence kept ({why})"})
            continue
        out[i] = restored
        report += [
            {"index": i, "from": w, "to": w, "rule": r}
            for w, r in zip(masked.words[i], masked.rules[i], strict=True)
        ]
    if again:
        for i, text in zip(again, retranslate([masked.originals[i] for i in again]), strict=True):
            out[i] = text
            report.append({"index": i, "from": " ".join(masked.words[i]), "to": "",
                           "rule": "placeholder-lost: translated unmasked"})
    return out, report
