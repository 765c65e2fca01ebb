"""English word lists that keep fuzzy name matching away from ordinary words.

``glossary/words/en.txt`` (shipped data) lists English words one per line, as a spelling
dictionary writes them: lower case for common words ("parts", "iron"), capitalised for proper
words ("Armenian", "Nicholas", "Monday"). A capitalised token that is a known word is never a
*misspelling* of a glossary name ("Parts" is not "Paris", "Nigel" is not "Niger").

The file is generated from SCOWL's American English list (Debian ``wamerican``, public domain
-like licence), so regenerating it needs no network::

    python -m translate.glossary.words /usr/share/dict/words glossary/words/en.txt
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from ..data import data_dir
from .normalize import fold

# Words before a name that are not given names: titles and forms of address.
TITLES = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "miss",
        "dr",
        "sir",
        "dame",
        "lord",
        "lady",
        "madam",
        "president",
        "presidents",
        "premier",
        "minister",
        "ministers",
        "prime",
        "chancellor",
        "king",
        "queen",
        "prince",
        "princess",
        "emir",
        "sheikh",
        "sheik",
        "sultan",
        "shah",
        "ayatollah",
        "imam",
        "rabbi",
        "pope",
        "patriarch",
        "cardinal",
        "archbishop",
        "bishop",
        "father",
        "reverend",
        "saint",
        "st",
        "general",
        "gen",
        "colonel",
        "col",
        "major",
        "maj",
        "captain",
        "capt",
        "lieutenant",
        "lt",
        "sergeant",
        "sgt",
        "admiral",
        "adm",
        "marshal",
        "commander",
        "cmdr",
        "corporal",
        "private",
        "officer",
        "senator",
        "sen",
        "governor",
        "gov",
        "mayor",
        "speaker",
        "chairman",
        "chairwoman",
        "chair",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "secretary",
        "ambassador",
        "envoy",
        "deputy",
        "vice",
        "acting",
        "former",
        "late",
        "leader",
        "judge",
        "justice",
        "professor",
        "prof",
        "foreign",
        "defence",
        "defense",
        "interior",
        "finance",
        "economy",
        "state",
        "crown",
        "supreme",
        "chief",
        "head",
        "director",
        "ceo",
        "founder",
        # the same titles in the wire services' other languages (folded)
        "prasident",
        "prasidentin",
        "kanzler",
        "kanzlerin",
        "ministerin",
        "ministre",
        "presidente",
        "presidenta",
        "ministro",
        "ministra",
        "canciller",
        "chanceler",
        "premier",
        "bakan",
        "bakani",
        "basbakan",
        "cumhurbaskani",
        "nazir",
        "naziri",
        "prezident",
        "prezidenti",
    ]
)
# Titles that end a German or Dutch compound title ("Außenminister", "Staatspräsident",
# "Bundeskanzlerin"): a capitalised word ending in one of them is a title too.
COMPOUND_TITLES = ("minister", "ministerin", "prasident", "prasidentin", "kanzler",
                   "kanzlerin", "sprecher", "sprecherin", "chef", "chefin", "fuhrer")


def is_title(key: str) -> bool:
    """Is the folded word a title before a name ("president", "Außenminister")?"""
    return key in TITLES or (len(key) > 6 and key.endswith(COMPOUND_TITLES))

MONTHS_AND_DAYS = frozenset(
    [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        # German, which capitalises them ("aus Baku am Dienstag": no "Praia do Forte"), folded
        "januar",
        "janner",
        "februar",
        "marz",
        "mai",
        "juni",
        "juli",
        "oktober",
        "dezember",
        "montag",
        "dienstag",
        "mittwoch",
        "donnerstag",
        "freitag",
        "samstag",
        "sonnabend",
        "sonntag",
    ]
)

# Adjectives of nationality that are not "place + suffix" (the suffix rule in match.py
# catches Armenian, Russian, Ukrainian, Turkish, ...).
DEMONYMS = frozenset(
    [
        "french",
        "dutch",
        "british",
        "english",
        "welsh",
        "scottish",
        "scots",
        "irish",
        "swiss",
        "greek",
        "danish",
        "swedish",
        "finnish",
        "polish",
        "spanish",
        "portuguese",
        "chinese",
        "japanese",
        "thai",
        "filipino",
        "afghan",
        "pakistani",
        "kazakh",
        "uzbek",
        "kyrgyz",
        "tajik",
        "turkmen",
        "azeri",
        "arab",
        "arabic",
        "emirati",
        "saudi",
        "kurdish",
        "kurd",
        "persian",
        "iraqi",
        "israeli",
        "palestinian",
        "belgian",
        "cypriot",
        "kosovar",
        "muscovite",
        "german",
        "belarusian",
        "slovak",
        "czech",
        "hungarian",
        "magyar",
        "norwegian",
        "icelandic",
        "moldovan",
        "romanian",
        "bulgarian",
        "serbian",
        "croatian",
        "bosnian",
        "albanian",
        "macedonian",
        "montenegrin",
        "slovenian",
        "latvian",
        "lithuanian",
        "estonian",
        "ossetian",
        "abkhaz",
        "abkhazian",
        "chechen",
        "ingush",
        "dagestani",
        "avar",
        "lezgin",
        "talysh",
        "yazidi",
        "assyrian",
        "circassian",
        "kabardian",
        "balkar",
        "adyghe",
        "karachay",
        "tatar",
        "bashkir",
        "cossack",
        "sunni",
        "shia",
        "shiite",
        "alawite",
        "druze",
        "christian",
        "muslim",
        "jewish",
        "orthodox",
        "catholic",
        "american",
        "canadian",
        "mexican",
        "brazilian",
        "argentine",
        "argentinian",
        "chilean",
        "peruvian",
        "cuban",
        "venezuelan",
        "colombian",
        "egyptian",
        "libyan",
        "tunisian",
        "algerian",
        "moroccan",
        "sudanese",
        "ethiopian",
        "somali",
        "kenyan",
        "nigerian",
        "ghanaian",
        "congolese",
        "yemeni",
        "omani",
        "qatari",
        "kuwaiti",
        "bahraini",
        "jordanian",
        "lebanese",
        "syrian",
        "iranian",
        "turkic",
        "western",
        "eastern",
        "northern",
        "southern",
        "european",
        "asian",
        "african",
        "soviet",
        "russian",
        "armenian",
        "georgian",
        "azerbaijani",
        "ukrainian",
        "turkish",
    ]
)


_SCOWL_NOTICE = """\
# Word list from SCOWL (Spell Checker Oriented Word Lists), Debian package wamerican.
# Copyright 2000-2011 by Kevin Atkinson. Permission to use, copy, modify, distribute and sell
# these word lists, the associated scripts, the output created from the scripts, and its
# documentation for any purpose is hereby granted without fee, provided that the above
# copyright notice appears in all copies and that both that copyright notice and this
# permission notice appear in supporting documentation. Kevin Atkinson makes no
# representations about the suitability of this array for any purpose. It is provided
# "as is" without express or implied warranty.
"""


@dataclass(frozen=True)
class WordList:
    """Folded common words (lower case in the dictionary) and proper words (capitalised)."""

    common: frozenset[str]
    proper: frozenset[str]

    def is_word(self, key: str) -> bool:
        return key in self.common or key in self.proper

    def ordinary(self, key: str) -> bool:
        """A common word that is never also a name ("when", but not "john" or "mark")."""
        return key in self.common and key not in self.proper


@cache
def english_words() -> WordList:
    """The shipped English word list (empty when the file is absent)."""
    return _word_list("en.txt")


@cache
def language_words(lang: str | None) -> WordList | None:
    """The spelling dictionary of ``lang`` that its ``[dictionary]`` table in
    ``locales/languages`` names (a file under ``glossary/words/``), or None when it has none."""
    from ..langdata import section

    name = section(lang, "dictionary").get("file")
    if not isinstance(name, str) or "/" in name or "\\" in name or name.startswith("."):
        return None
    return _word_list(name)


@cache
def plain_word_test(lang: str | None) -> Callable[[str], bool] | None:
    """``lang``'s test for a plain word: one (folded) among its spelling dictionary's common
    words and not among its names; None when ``lang`` has no dictionary or it lists no common
    words. ``translate.untranslatable.is_signature`` is given it: a line of plain words only is a
    heading, no signature."""
    if lang is None:
        return None
    known = language_words(lang.split("-")[0])
    if known is None or not known.common:
        return None
    from .normalize import fold

    common, proper = known.common, known.proper

    def plain(word: str) -> bool:
        key = fold(word)
        return key in common and key not in proper

    return plain


@cache
def frequent_words(lang: str | None) -> frozenset[str]:
    """The most frequent words of ``lang``, folded, as jusText's stop list of that language
    holds them (``locales/languages/frequent-words.toml`` names the file); empty for a language
    with none or when jusText is not installed. The package is found, not imported."""
    import importlib.util

    from ..langdata import base_language, load_file

    base = base_language(lang)
    table = load_file("frequent-words").get("justext", {})
    name = table.get(base) if isinstance(table, dict) and base else None
    if not isinstance(name, str) or not name.replace("_", "").isalpha():
        return frozenset()
    spec = importlib.util.find_spec("justext")
    folders = list(spec.submodule_search_locations or []) if spec is not None else []
    if not folders:
        return frozenset()
    try:
        text = (Path(folders[0]) / "stoplists" / f"{name}.txt").read_text(encoding="utf-8")
    except OSError:
        return frozenset()
    return frozenset(fold(w) for w in text.split())


@cache
def _word_list(name: str) -> WordList:
    keys = word_keys_of(name)
    if keys is None:
        return WordList(frozenset(), frozenset())
    return WordList(keys.common_set(), keys.proper_set())


Spans = dict[str, tuple[int, int]]  # a key's first two letters -> its lines' span


class WordKeys:
    """A spelling dictionary's keys as two sorted strings of lines (``compiled-words.bin``, or
    the file's text read), with the span of the lines of each first two letters: a few
    lookups need no sets of 74,000 words (detection's checks of a short block). The sets are
    built on the first use that needs them. (A plain class: a dataclass costs its module's
    import a compile.)"""

    __slots__ = ("_sets", "common_lines", "common_spans", "proper_lines", "proper_spans")

    def __init__(self, common_lines: str, proper_lines: str, common_spans: Spans,
                 proper_spans: Spans) -> None:
        self.common_lines = common_lines
        self.proper_lines = proper_lines
        self.common_spans = common_spans
        self.proper_spans = proper_spans
        self._sets: tuple[frozenset[str], frozenset[str]] | None = None

    def _built(self) -> tuple[frozenset[str], frozenset[str]]:
        if self._sets is None:
            self._sets = (frozenset(self.common_lines.split("\n")) if self.common_lines
                          else frozenset(),
                          frozenset(self.proper_lines.split("\n")) if self.proper_lines
                          else frozenset())
        return self._sets

    def common_set(self) -> frozenset[str]:
        return self._built()[0]

    def proper_set(self) -> frozenset[str]:
        return self._built()[1]

    def has_common(self) -> bool:
        return bool(self.common_lines)

    def common(self, key: str) -> bool:
        """``key`` is a common word (lower case in the dictionary)."""
        return _has(self.common_lines, self.common_spans, key)

    def proper(self, key: str) -> bool:
        """``key`` is a proper word (capitalised in the dictionary)."""
        return _has(self.proper_lines, self.proper_spans, key)


def _has(lines: str, spans: Spans, key: str) -> bool:
    span = spans.get(key[:2])
    return span is not None and key in lines[span[0]:span[1]].split("\n")


def _spans(keys: list[str]) -> Spans:
    """The span in ``"\\n".join(keys)`` (sorted) of the keys of each first two letters."""
    out: Spans = {}
    pos = 0
    for key in keys:
        start = out.get(key[:2], (pos, pos))[0]
        out[key[:2]] = (start, pos + len(key))
        pos += len(key) + 1
    return out


@cache
def word_keys_of(name: str) -> WordKeys | None:
    """The keys of ``glossary/words/NAME`` (from ``compiled-words.bin`` when the file is the
    shipped one); None when it cannot be read."""
    from .. import tomlcache

    try:
        text = (data_dir("glossary") / "words" / name).read_text(encoding="utf-8")
    except OSError:
        return None
    stored = tomlcache.word_keys(text)
    if stored is not None:
        return WordKeys(*stored)
    return joined_keys(_parse_word_list(text))


@cache
def language_keys(lang: str | None) -> WordKeys | None:
    """:func:`language_words` for a few lookups (:class:`WordKeys`); None when ``lang`` has no
    dictionary."""
    from ..langdata import section

    name = section(lang, "dictionary").get("file")
    if not isinstance(name, str) or "/" in name or "\\" in name or name.startswith("."):
        return None
    return word_keys_of(name) or WordKeys("", "", {}, {})


def common_lookup(lang: str | None) -> Callable[[str], bool] | None:
    """``lang``'s common-word test (a case-folded word in its spelling dictionary's common
    words), or None when ``lang`` has no dictionary or it lists no common words."""
    keys = language_keys(lang)
    return keys.common if keys is not None and keys.has_common() else None


def joined_keys(words: WordList) -> WordKeys:
    common, proper = sorted(words.common), sorted(words.proper)
    return WordKeys("\n".join(common), "\n".join(proper), _spans(common), _spans(proper))


def read_word_list(path: Path) -> WordList:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError:
        return WordList(frozenset(), frozenset())
    return _parse_word_list(text)


def _parse_word_list(text: str) -> WordList:
    lines = text.splitlines()
    # comprehensions, not a loop of method calls: the shipped list has 74,000 lines
    words = [w for w in map(str.strip, lines) if w and w[0] != "#"]
    upper = [w[0].isupper() for w in words]
    keys = [w.lower() if w.isascii() else fold(w) for w in words]
    proper = {k for k, up in zip(keys, upper, strict=True) if up}
    common = {k for k, up in zip(keys, upper, strict=True) if not up}
    return WordList(frozenset(common), frozenset(proper))


@dataclass(frozen=True)
class ContextWords:
    """Word classes read around a candidate name (``glossary/words/context.toml``)."""

    name_openers: frozenset[str]
    person_roles: frozenset[str]
    standard_nouns: frozenset[str]
    subject_followers: frozenset[str]
    entity_heads: frozenset[str]
    region_cues: frozenset[str] = frozenset()
    unit_verbs: frozenset[str] = frozenset()
    masculine_determiners: frozenset[str] = frozenset()
    envoy_nouns: frozenset[str] = frozenset()
    place_nouns: frozenset[str] = frozenset()
    short_words: frozenset[str] = frozenset()
    coordinators: frozenset[str] = frozenset()
    region_heads: frozenset[str] = frozenset()
    kin_nouns: frozenset[str] = frozenset()
    pet_nouns: frozenset[str] = frozenset()
    apposition_articles: frozenset[str] = frozenset()
    family_nouns: frozenset[str] = frozenset()
    place_prepositions: frozenset[str] = frozenset()


@cache
def context_words() -> ContextWords:
    """The shipped context word classes (empty when the file is absent)."""
    from .. import tomlcache

    path = data_dir("glossary") / "words" / "context.toml"
    try:
        with path.open("rb") as handle:
            data = tomlcache.loads(handle.read().decode())  # tomllib.load, shipped parse
    except OSError:
        data = {}

    def words(key: str) -> frozenset[str]:
        return frozenset(fold(str(w)) for w in data.get(key, []))

    return ContextWords(words("name_openers"), words("person_roles"),
                        words("standard_nouns"), words("subject_followers"),
                        words("entity_heads"), words("region_cues"), words("unit_verbs"),
                        words("masculine_determiners"), words("envoy_nouns"),
                        words("place_nouns"), words("short_words"), words("coordinators"),
                        words("region_heads"), words("kin_nouns"), words("pet_nouns"),
                        words("apposition_articles"), words("family_nouns"),
                        words("place_prepositions"))


@cache
def portuguese_words() -> WordList:
    """Portuguese words spelt like a glossary name (``glossary/words/pt.txt``, generated by
    scripts/words_pt.py from Debian's hunspell-pt-br; empty when the file is absent)."""
    return read_word_list(data_dir("glossary") / "words" / "pt.txt")


@dataclass(frozen=True)
class Subdivisions:
    """``glossary/words/subdivisions.toml`` (generated from ISO 3166-2 by
    scripts/gazetteer.py): countries named like another country's region, and the region
    codes a language's press writes as words."""

    shared: frozenset[str]  # entry ids
    codes: dict[str, frozenset[str]]  # language -> codes in capitals
    # folded name of a first-level region -> ISO 3166-1 codes of the countries that have one
    regions: dict[str, frozenset[str]] = field(default_factory=dict)
    country: dict[str, str] = field(default_factory=dict)  # place entry id -> ISO 3166-1
    # a region's ISO 3166-2 letters written after a town ("TX", "ON", "NSW") -> countries
    postal: dict[str, frozenset[str]] = field(default_factory=dict)


def _word_data(name: str) -> tuple[dict[str, Any], Callable[[str], dict[str, frozenset[str]]]]:
    """``glossary/words/<name>`` (the shipped parse; empty when absent) and a reader of its
    tables of word sets."""
    from .. import tomlcache

    path = data_dir("glossary") / "words" / name
    try:
        data = tomlcache.loads(path.read_bytes().decode())
    except OSError:
        data = {}

    def table(key: str) -> dict[str, frozenset[str]]:
        return {str(k): frozenset(map(str, v)) for k, v in data.get(key, {}).items()}

    return data, table


@cache
def subdivisions() -> Subdivisions:
    data, table = _word_data("subdivisions.toml")
    return Subdivisions(frozenset(data.get("shared", {})), table("codes"), table("regions"),
                        {str(k): str(v) for k, v in data.get("country", {}).items()},
                        table("postal"))


@dataclass(frozen=True)
class Compounds:
    """``glossary/words/compounds.toml`` (generated from WordNet by
    scripts/words_compounds.py): common nouns made with a place's one-word name."""

    after: dict[str, frozenset[str]]  # "brussels" -> {"sprout", "sprouts"}
    before: dict[str, frozenset[str]]  # "kiev" -> {"chicken"}
    modifiers: frozenset[str]  # "turkey": a food or animal too
    heads: frozenset[str]  # "sandwich": a noun whose first sense is a food, animal, plant
    animals: frozenset[str] = frozenset()  # "rhino": a noun whose first sense is an animal

    def common_noun(self, name: str, word: str, word_after: bool) -> bool:
        """Is ``name`` + ``word`` (or ``word`` + ``name``) a common noun?"""
        table = self.after if word_after else self.before
        listed = table.get(name, frozenset())
        forms = {word}
        if word_after:
            forms |= {word[:-1] if word.endswith("s") else word,
                      word[:-2] if word.endswith("es") else word,
                      word[:-3] + "y" if word.endswith("ies") else word}
            if name in self.modifiers and forms & self.heads:
                return True  # "Turkey sandwiches"
        return bool(forms & listed)


@cache
def compounds() -> Compounds:
    data, table = _word_data("compounds.toml")
    return Compounds(table("after"), table("before"),
                     frozenset(map(str, data.get("modifiers", []))),
                     frozenset(map(str, data.get("heads", []))),
                     frozenset(map(str, data.get("animals", []))))


@cache
def namesakes() -> dict[str, frozenset[str]]:
    """``glossary/words/namesakes.toml`` (generated from GeoNames by
    scripts/words_namesakes.py): country entry id -> the countries with a city of its name."""
    import tomllib

    path = data_dir("glossary") / "words" / "namesakes.toml"
    try:
        with path.open("rb") as handle:
            data = tomllib.load(handle)
    except OSError:
        data = {}
    return {str(k): frozenset(map(str, v)) for k, v in data.get("country_cities", {}).items()}


@cache
def local_places(lang: str) -> re.Pattern[str] | None:
    """Names of several words of the towns of the countries whose first language is
    ``lang`` that hold another country's glossary place as a word ("Nova Lima", "Praia
    Grande"; ``glossary/words/namesakes.toml`` ``[local_places]``, generated from GeoNames by
    scripts/words_namesakes.py), as one pattern of whole words; None when it has none."""
    import tomllib

    path = data_dir("glossary") / "words" / "namesakes.toml"
    try:
        with path.open("rb") as handle:
            names = tomllib.load(handle).get("local_places", {}).get(lang, [])
    except OSError:
        names = []
    if not names:
        return None
    alternatives = "|".join(re.escape(str(n)) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)")


_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class LocalTowns:
    """The towns of several words of the countries whose first language is a text's language
    (``glossary/words/local_towns.toml``, generated from GeoNames by
    scripts/words_local_towns.py): each name's other Latin-script names, and the names by
    their first word (case as written), longest first, for :meth:`find`."""

    others: dict[str, tuple[str, ...]]
    by_first: dict[str, tuple[str, ...]]

    def find(self, text: str) -> list[tuple[int, int]]:
        """Spans of the town names written in ``text`` as whole words, left to right, none
        inside another."""
        out: list[tuple[int, int]] = []
        end = 0
        for word in _WORD.finditer(text):
            start = word.start()
            if start < end:
                continue
            for name in self.by_first.get(word.group(), ()):
                stop = start + len(name)
                if text.startswith(name, start) and not text[stop:stop + 1].isalnum() and \
                        text[stop:stop + 1] != "_":
                    out.append((start, stop))
                    end = stop
                    break
        return out


@cache
def local_towns(lang: str) -> LocalTowns | None:
    """The towns of ``lang``'s own countries (see :class:`LocalTowns`); None when it has none."""
    from .. import tomlcache

    path = data_dir("glossary") / "words" / tomlcache.TOWNS_FILE
    try:
        text = path.read_bytes().decode()
    except OSError:
        return None
    stored = tomlcache.towns(text, lang.split("-")[0])  # the shipped table, built at build time
    if stored == ():
        return None
    if stored is not None:
        return LocalTowns(*stored)
    return build_local_towns(tomlcache.loads(text).get(lang.split("-")[0], {}))


def build_local_towns(table: dict[str, Any]) -> LocalTowns | None:
    """:class:`LocalTowns` of one language's table of ``local_towns.toml``; None when empty."""
    if not table:
        return None
    by_first: dict[str, list[str]] = {}
    for name in sorted(map(str, table), key=len, reverse=True):
        first = _WORD.match(name)
        if first is not None and first.start() == 0:
            by_first.setdefault(first.group(), []).append(name)
    return LocalTowns({str(k): tuple(map(str, v)) for k, v in table.items()},
                      {k: tuple(v) for k, v in by_first.items()})


def build(source: Path, target: Path) -> int:
    """Write ``target`` from a spelling dictionary: words of 3+ letters, no possessives."""
    from ..fsutil import write_atomic

    words = []
    for line in source.read_text(encoding="utf-8").splitlines():
        word = line.strip()
        if len(word) < 3 or not word.isalpha() or "'" in word:
            continue
        words.append(word)
    unique = sorted(set(words), key=lambda w: (w.lower(), w))
    header = (
        "# English words for fuzzy-match exclusion (lower case: common; capitalised: proper).\n"
        f"# Generated by translate.glossary.words from {source.name}; {len(unique)} words.\n"
        + _SCOWL_NOTICE
    )
    write_atomic(target, header + "\n".join(unique) + "\n")
    return len(unique)


if __name__ == "__main__":  # pragma: no cover - maintenance tool
    count = build(Path(sys.argv[1]), Path(sys.argv[2]))
    print(f"{count} words")
