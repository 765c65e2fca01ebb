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
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from ..data import data_dir
from ..dictionary import Spans as Spans
from ..dictionary import WordKeys as WordKeys
from ..dictionary import WordList as WordList
from ..dictionary import _parse_word_list as _parse_word_list
from ..dictionary import _word_list as _word_list
from ..dictionary import common_lookup as common_lookup
from ..dictionary import english_words as english_words
from ..dictionary import joined_keys as joined_keys
from ..dictionary import language_keys as language_keys
from ..dictionary import language_words as language_words
from ..dictionary import read_word_list as read_word_list
from ..dictionary import word_keys_of as word_keys_of
from .normalize import fold


@dataclass(frozen=True)
class Titles:
    """``glossary/words/titles.toml``: the titles and forms of address that stand before a
    person's name, per language, and the endings of a German compound title."""

    by_language: Mapping[str, frozenset[str]]  # language -> folded titles
    compound_endings: tuple[str, ...]  # "minister": "Außenminister" is a title
    words: frozenset[str] = frozenset()  # every language's titles together


@cache
def title_table() -> Titles:
    """The shipped title table, read once on first use (empty when the file is absent)."""
    data, table = _word_data("titles.toml")
    by_language = table("titles")
    endings = sorted({str(w) for listed in data.get("compound_endings", {}).values()
                      for w in listed})
    return Titles(by_language, tuple(endings),
                  frozenset().union(*by_language.values()))


def titles() -> frozenset[str]:
    """Words before a name that are not given names: titles and forms of address, of every
    language the table lists (folded)."""
    return title_table().words


def is_title(key: str) -> bool:
    """Is the folded word a title before a name ("president", "Außenminister")?"""
    table = title_table()
    return key in table.words or (len(key) > 6 and key.endswith(table.compound_endings))


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
    address_titles: frozenset[str] = frozenset()
    # per language: its own short words that spell a listed acronym (Portuguese "eu", I)
    shouted_words: Mapping[str, frozenset[str]] = field(default_factory=dict)


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
                        words("place_prepositions"), words("address_titles"),
                        {str(lang): frozenset(fold(str(w)) for w in listed)
                         for lang, listed in data.get("shouted_words", {}).items()})


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
def person_offices() -> dict[str, frozenset[str]]:
    """``glossary/words/roles.toml``: listed person's entry id -> the offices (folded phrases)
    that name that person before a surname several listed persons share (glossary55)."""
    from .. import tomlcache

    path = data_dir("glossary") / "words" / "roles.toml"
    try:
        with path.open("rb") as handle:
            data = tomlcache.loads(handle.read().decode())  # tomllib.load, shipped parse
    except OSError:
        data = {}
    table = data.get("offices", {})
    return {str(k): frozenset(fold(str(w)) for w in v) for k, v in table.items()}


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
