"""The localize stage: rewrite each translated segment's dates, numbers and quotation marks."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field, replace
from decimal import Decimal
from functools import cached_property, lru_cache
from typing import TYPE_CHECKING, Any

from babel import Locale
from babel.dates import format_date

from ..locales import Quotes, get_locale
from ..model import Finding, LocalizeReport
from ..regexcache import compile as re_compile
from .dates import (
    SHAPE_LOCALES,
    DateMention,
    day_suffixes_of,
    find_dates,
    format_date_mention,
    lookup_name,
    pair_dates,
)
from .numbers import (
    NumberMention,
    find_numbers,
    format_number,
    int_log10,
    lap_times,
    pair_numbers,
    scale_locales_of,
    section_numbers,
)
from .numeric_dates import (
    NumericDate,
    article_order,
    find_numeric_dates,
    format_numeric,
    locale_order,
    source_orders,
)
from .quotes import (
    DOUBLE_QUOTES,
    SINGLE_QUOTES,
    join_currency_symbols,
    localize_quotes,
    mark_number_signs,
    mark_ordinals,
    restore_closing_quote,
    space_punctuation,
)
from .text import SPACES, has_digit, protected_spans

if TYPE_CHECKING:
    from ..locales import LocaleProfile
    from ..model import TranslatedSegment


@dataclass(frozen=True)
class Change:
    """One rewrite of the target, kept so the JSON edition can show what localization did."""

    kind: str  # number | percent | date | time | weekday | month | ordinal | currency | quotes
    # | spacing
    before: str
    after: str
    source: str | None = None  # the source text it renders
    corrected: bool = False  # the engine had a different value, not only another convention

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"kind": self.kind, "before": self.before, "after": self.after}
        if self.source is not None:
            out["source"] = self.source
        if self.corrected:
            out["corrected"] = True
        return out


@dataclass
class Localized:
    text: str
    changes: list[Change] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)


@dataclass(frozen=True)
class Localizer:
    """Everything the stage needs for one (source language, target locale) pair."""

    source_lang: str
    target: Locale
    target_tag: str
    target_lang: str
    quotes: Quotes
    punctuation: dict[str, str]
    profile: LocaleProfile | None = None
    numeric_order: str | None = None  # the order the article's numeric dates are written in
    # the article writes the source's decimal symbol where only a decimal can stand (a race
    # time's seconds, "44:44.982") and never groups with it: its "+5.789" is a decimal
    decimal_settled: bool = False

    @property
    def source(self) -> Locale | None:
        return get_locale(self.source_lang)

    @property
    def numeric_orders(self) -> frozenset[str]:
        """The day-month orders the source's numeric dates may be in ("05/08/2020"): the
        article's own when its other dates tell it, else every order of the language."""
        orders = source_orders(self.source_lang)
        if self.numeric_order is not None and self.numeric_order in orders:
            return frozenset({self.numeric_order})
        return orders

    # Read for every sentence by the date readers: worked out once a localizer (its fields
    # are frozen and the profile's tables are not changed after loading; ``replace`` makes a
    # new localizer, which works them out again).
    @cached_property
    def source_suffix(self) -> str:
        return day_suffixes_of(None, self.source_lang)

    @cached_property
    def target_suffix(self) -> str:
        return day_suffixes_of(self.profile, self.target_lang)

    @cached_property
    def source_date_shapes(self) -> tuple[str, ...]:
        """The date shapes ``source_dates`` tries: the source language's, then the others."""
        return (self.source_lang, *(s for s in SHAPE_LOCALES if s != self.source_lang))

    @cached_property
    def target_date_keys(self) -> tuple[tuple[str, ...], tuple[str, ...], str]:
        """The shapes, name locales and day suffixes ``target_dates`` reads a target with."""
        shapes = tuple(
            dict.fromkeys([self.target_tag, self.target_lang, self.source_lang, *SHAPE_LOCALES])
        )
        shapes = tuple(s for s in shapes if get_locale(s) is not None)
        names = tuple(
            n for n in dict.fromkeys([self.target_tag, self.source_lang])
            if get_locale(n) is not None
        )
        suffix = "|".join(s for s in (self.target_suffix, self.source_suffix) if s)
        return shapes, names, suffix


def localizer_for(profile: LocaleProfile, source_lang: str) -> Localizer:
    """The localizer for editions of ``profile`` from ``source_lang``."""
    return Localizer(
        source_lang=source_lang,
        target=profile.babel,
        target_tag=profile.tag,
        target_lang=profile.language,
        quotes=profile.quotes,
        punctuation=profile.punctuation_spacing,
        profile=profile,
    )


def source_dates(text: str, loc: Localizer) -> list[DateMention]:
    if loc.source is None:
        return []
    return list(_dates(text, loc.source_date_shapes, (loc.source_lang,), loc.source_suffix, True))


def target_dates(text: str, loc: Localizer) -> list[DateMention]:
    shapes, names, suffix = loc.target_date_keys
    return list(_dates(text, shapes, names, suffix, False))


def source_numbers(
    text: str, loc: Localizer, exclude: Sequence[tuple[int, int]]
) -> list[NumberMention]:
    if loc.source is None:
        return []
    return list(_numbers(
        text,
        loc.source,
        scale_locales_of(loc.source_lang),  # "mil milhões" in any Portuguese
        tuple(exclude),
        (),
        (loc.source_lang,),
    ))  # fmt: skip


def target_numbers(
    text: str, loc: Localizer, exclude: Sequence[tuple[int, int]]
) -> list[NumberMention]:
    lenient = [loc.target] + ([loc.source] if loc.source is not None else [])
    scale = scale_locales_of(loc.target_lang, loc.target_tag, loc.source_lang)
    return list(_numbers(
        text, loc.target, scale, tuple(exclude), tuple(lenient), (loc.target_lang, loc.source_lang)
    ))  # fmt: skip


# The localize stage and the checks read the same sentences: the source twice or more (the
# number check and several fact checks), the target again when localizing left it unchanged.
# The readers are pure functions of their arguments, so inside ``readings_shared()`` (one
# edition's localize and check stages) each reading is made once. The results are tuples of
# frozen mentions, handed out as fresh lists.
_READINGS: ContextVar[dict[tuple[Any, ...], tuple[Any, ...]] | None] = ContextVar(
    "translate_readings", default=None
)


@contextmanager
def readings_shared(memo: dict[tuple[Any, ...], tuple[Any, ...]] | None = None) -> Iterator[None]:
    """Within this block (one thread), each date and number reading of a text is made once;
    ``memo``: the readings of an earlier block to go on with (they depend on nothing else)."""
    token = _READINGS.set({} if memo is None else memo)
    try:
        yield
    finally:
        _READINGS.reset(token)


def readings_memo() -> dict[tuple[Any, ...], tuple[Any, ...]] | None:
    """The memo of the enclosing ``readings_shared()`` block (None outside one), for other
    pure readers of a text: a key starts with the reader's own tag."""
    return _READINGS.get()


def _dates(
    text: str, shapes: tuple[str, ...], names: tuple[str, ...], suffix: str, in_caps: bool
) -> tuple[DateMention, ...]:
    memo = _READINGS.get()
    key = ("d", text, shapes, names, suffix, in_caps)
    known = memo.get(key) if memo is not None else None  # one look-up: the key hashed once
    if known is not None:
        return known
    found = tuple(find_dates(text, shapes, names, suffix, names_in_caps=in_caps))
    if memo is not None:
        memo[key] = found
    return found


def _numbers(
    text: str,
    locale: Locale,
    scale: tuple[str, ...],
    exclude: tuple[tuple[int, int], ...],
    lenient: tuple[Locale, ...],
    measure_langs: tuple[str, ...],
) -> tuple[NumberMention, ...]:
    memo = _READINGS.get()
    key = ("n", text, locale, scale, exclude, lenient, measure_langs)
    # one look-up, not "in" and then "[]": the key hashes its Locales in Python (babel's
    # Locale.__hash__), about 2,500 look-ups per long article
    known = memo.get(key) if memo is not None else None
    if known is not None:
        return known
    found = tuple(find_numbers(
        text, locale, scale_locales=scale, exclude=exclude, lenient=lenient,
        measure_langs=measure_langs,
    ))  # fmt: skip
    if memo is not None:
        memo[key] = found
    return found


# the word before a number: a name when it has a capital after its first letter ("iOS",
# "OmniOutliner") or, not starting a sentence, a capital first letter ("Python", "Windows")
_WORD_AFTER = re_compile(r"[ \u00a0]([^\W\d_]+)\b")
_WORD_BEFORE = re_compile(r"(?:^|(?<=[\s(\[“\"‘']))([^\W\d_][\w+#]*)[ \u00a0]$")


def names_a_version(source: str, ns: NumberMention, lang: str) -> bool:
    """Whether the source number is a version or section number that follows a name:
    "iOS 12.1", "Python 3.11", "Windows 3.1", "OmniOutliner 5.0", "Web 2.0", "Chapter 3.1".

    A decimal with one or two fraction digits, with no percent, scale, currency or unit, right
    after a word in mixed case, or in Title Case: where a sentence starts, only a word the
    source language's dictionary does not list as a common word only ("Android 4.4", but
    "About 2.5", "Nearly 1.5" are quantities), or in capitals ("USB 3.0"; "USD 4.5" is money:
    its currency makes it a measure); or right after a word that says the number names a thing,
    in any case ("version 2.5", "Section 4.2": ``[identifiers]`` of ``locales/facts``), or
    followed by one that says it names a release ("the recent 1.8 release"). Such a
    number is copied as written: "Python 3,11" names no Python. ("Web 2.0" starting a sentence
    is localized: "Magnitude 6.0" is written the same way and is a quantity.) A version is
    written with a point in every language: a source number with a decimal comma is a quantity,
    whatever name it follows (a ticker's price, "BRPR3 18,15", "IMOB 662,06": probe41).

    A number alone in parentheses right after a name and its number is that name's version
    written another way: "Java 7 (1.7)", "Windows 10 (1.2)" (the name by the same tests)."""
    if ns.measure is not None or ns.percent or ns.scale != 1 or ns.grouped:
        return False
    if not 1 <= ns.frac_digits <= 2 or "," in ns.text:
        return False
    after = _WORD_AFTER.match(source, ns.end)
    if after is not None and after.group(1).casefold() in _identifier_words(lang, "after"):
        return True  # "the recent 1.8 release", "the 2.0 update": the number names the release
    if source[ns.start - 1 : ns.start] == "(" and source[ns.end : ns.end + 1] == ")":
        named = _NAME_NUMBER_BEFORE.search(source, 0, ns.start)
        if named is not None:
            name = _WORD_BEFORE.search(source, 0, named.start(1))
            if name is not None and _is_a_name(source, name, lang):
                return True  # "Java 7 (1.7)": the name's version, said again in parentheses
    m = _WORD_BEFORE.search(source, 0, ns.start)
    if m is None:
        return False
    if m.group(1).casefold() in _identifier_words(lang, "reached"):
        # "When Rust turned 1.0", "after Deno hit 2.0": a name, one verb of reaching, the
        # number: the name's version (a quantity reached has its unit or percent, kept out above)
        named = _WORD_BEFORE.search(source, 0, m.start(1))
        return named is not None and _is_a_name(source, named, lang) \
            and named.group(1).casefold() not in _identifier_words(lang)
    return _is_a_name(source, m, lang)


def copied_version(source: str, ns: NumberMention, lang: str) -> bool:
    """Whether a number :func:`names_a_version` reads as a version is one to write as the
    source does, whatever the engine wrote: not where the word before it is a word of
    ``[identifiers] verbs``, one that is a verb as well ("chose to release 10.5 floors"): there
    the engine's decimal is kept, as before (main's rule), and a changed one localized."""
    m = _WORD_BEFORE.search(source, 0, ns.start)
    return m is None or m.group(1).casefold() not in _identifier_words(lang, "verbs")


# "Java 7 (": a name's number (digits, dotted or not) and an opening parenthesis
_NAME_NUMBER_BEFORE = re_compile(r"(?:^|(?<=[ \u00a0]))(\d+(?:\.\d+)*)[ \u00a0]?\($")


def _is_a_name(source: str, m: re.Match[str], lang: str) -> bool:
    """Whether the word ``m`` (of ``_WORD_BEFORE``) before a number names a thing the number
    belongs to: a word of ``[identifiers]``, a word in mixed case or capitals, one in Title
    Case not starting a sentence or no common word of the language, or one in lower case that is
    no word of the language's dictionary (:func:`_lower_case_name`)."""
    word = m.group(1)
    if word.casefold() in _identifier_words(lang):
        return True  # "version 2.5", "Chapter 3.1": a number that names, whatever the case
    if word.islower():
        return _lower_case_name(word, lang)
    if any(ch.isupper() for ch in word[1:]):
        return True  # "iOS", "macOS", "USB" (a currency code is a measure, not a name)
    before = source[: m.start(1)].rstrip(" \u00a0\t\n([“\"‘'")
    if before and not before.endswith((".", "!", "?", "…", ":")):
        return True
    from ..glossary.words import language_words

    words = language_words(lang)
    return words is not None and not words.ordinary(word.casefold())


def _lower_case_name(word: str, lang: str) -> bool:
    """A word in lower case names the thing the number after it belongs to when it is no word
    of the source language's spelling dictionary, common or proper: a program, a library or a
    tool written in lower case ("glibc 2.9", "tokio 0.1", "rustc 1.72"), whose version the
    engine copies and the stage had localized ("glibc 2,9"). Three letters at least: a short
    abbreviation ("vs 2.5", "ca 1.5") says nothing; a common word ("about 2.5", "python 3.1")
    is no name here.

    >>> [_lower_case_name(w, "en") for w in ("glibc", "tokio", "vs", "about", "python")]
    [True, True, False, False, False]
    """
    if len(word) < 3 or not word.isalnum() or not word[0].isalpha():
        return False
    from ..dictionary import language_words

    words = language_words(lang)
    return words is not None and bool(words.common) and not words.is_word(word.casefold())


@lru_cache(maxsize=16)
def _identifier_words(lang: str, key: str = "words") -> frozenset[str]:
    """``[identifiers] words`` of ``locales/facts/<lang>.toml`` ("version", "chapter": before
    the number), or its ``after`` ("release", "update": after it)."""
    from ..langdata import facts_data

    words = facts_data(lang).get("identifiers", {}).get(key, ())
    return frozenset(str(w).casefold() for w in words)


_WORD_END = re_compile(r"([^\W\d_][\w'’-]*)[ \u00a0]$")


@lru_cache(maxsize=64)
def _dollar_symbols(tag: str) -> frozenset[str]:
    """The target locale's CLDR currency symbols made of capitals and "$" ("US$", "R$")."""
    locale = get_locale(tag)
    if locale is None:
        return frozenset()
    return frozenset(str(sym) for sym in locale.currency_symbols.values()
                     if re.fullmatch(r"[A-Z]{1,3}\$", str(sym)))


_WORD_START = re_compile(r"[ \u00a0]([A-Z][\w'’-]*)")


def _kept_in_name(
    source: str, s_start: int, target: str, t_start: int, s_end: int = -1, t_end: int = -1
) -> bool:
    """Whether a weekday is a word of a name the engine copied: the capitalized word before
    it in the source ("Black Friday", "Cyber Monday") stands before it in the target too, or
    the capitalized word after it ("Saturday Night Live", "Sunday Times"; set h's "sábado
    Night Live") stands after it."""
    before = _WORD_END.search(source, 0, s_start)
    if before is not None and before.group(1)[:1].isupper():
        kept = _WORD_END.search(target, 0, t_start)
        if kept is not None and kept.group(1) == before.group(1):
            return True
    if s_end < 0 or t_end < 0:
        return False
    after = _WORD_START.match(source, s_end)
    if after is None:
        return False
    kept_after = _WORD_START.match(target, t_end)
    return kept_after is not None and kept_after.group(1) == after.group(1)


def _glued_thousands(ns: NumberMention) -> bool:
    """ "4K", "6.2K", "10k" with no currency: a screen or video resolution or a race distance
    as often as a count ("4K TVs", "6.2K video", "a 10k run"), so the engine's copy stays;
    "$4K" is money (a measure)."""
    return (ns.scale == 1000 and ns.measure is None
            and re.fullmatch(r"\d+(?:[.,]\d+)?[kK]", ns.text) is not None)


def _glued_designation(source: str, ns: NumberMention) -> bool:
    """A number with a glued scale letter and no currency right after a capitalized word inside
    the sentence names a model or a variant, not a count: "SLS Block 1B", "Radeon Pro 5500M",
    "a Fluke 43B" (the localize stage had written "Bloco SLS 1 bi", "5500 mi", "43 bi"). A
    sentence's first word ("Nearly 2B people") and a possessive ("Apple's 2B users") do not
    name it; "$1B" is money (a currency; a unit after it, "43B meter", does not count)."""
    if ns.measure is not None and ns.measure.kind != "unit":
        return False
    if ns.scale == 1 or ns.scale_form != "short":
        return False
    if re.fullmatch(r"\d+(?:[.,]\d+)?[A-Za-z]", ns.text) is None:
        return False
    before = _WORD_END.search(source, 0, ns.start)
    if before is None or not before.group(1)[:1].isupper():
        return False
    if re.search(r"['’]s?$", before.group(1)):
        return False
    return not _sentence_start(source, before.start(1))


def _first_day(formatted: str, mention: DateMention, loc: Localizer) -> str:
    """The first day of a month with the locale's mark (pt-BR "1º de maio"; CLDR's patterns
    write the day as a cardinal): ``[dates] first_day_mark`` of the profile."""
    mark = loc.profile.first_day_mark if loc.profile else ""
    if not mark or mention.day != 1:
        return formatted
    return re.sub(r"(?<!\d)1(?!\d)", "1" + mark, formatted, count=1)


def _sentence_start(text: str, pos: int) -> bool:
    head = text[:pos].rstrip(SPACES + DOUBLE_QUOTES + SINGLE_QUOTES + "(¡¿—–-")
    return not head or head[-1] in ".!?:…\n"


def _fit_case(original: str, new: str, text: str, pos: int) -> str:
    """``new`` in the case ``original`` was written in: all capitals ("DECEMBER 20, 2017" stays
    in capitals), or a capital where it opens a sentence."""
    if new and original.isupper() and any(ch.isalpha() for ch in original):
        return new.upper()
    if new and original[:1].isupper() and new[:1].islower() and _sentence_start(text, pos):
        return new[:1].upper() + new[1:]
    return new


# a day range around a date mention: "Aug. 9-16" (the mention "Aug. 9", a dash and a day after
# it) or "9-16 de agosto" (a day and a dash before the mention "16 de agosto")
_RANGE_AFTER = re_compile(r"[ \u00a0]?[-\u2010-\u2014][ \u00a0]?\d")
_RANGE_BEFORE = re_compile(r"\d[ \u00a0]?[-\u2010-\u2014][ \u00a0]?$")


@lru_cache(maxsize=16)
def _range_words(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """A day range written with a word of ``lang`` (``[day_ranges] joins`` of
    ``locales/facts/<lang>.toml``): "July 9 and 10", "Feb. 25 to 27"; "9 e 10 de julho", "de 25
    a 27 de fevereiro" (the mention's day and the other end's, one to two digits)."""
    from ..langdata import facts_data

    words = [str(w) for w in facts_data(lang).get("day_ranges", {}).get("joins", [])]
    if not words:
        return None
    alt = "|".join(map(re.escape, words))
    return (re_compile(rf"[ \u00a0]+(?:{alt})[ \u00a0]+(\d{{1,2}})(?![\d.,:]?\d)", re.IGNORECASE),
            re_compile(rf"(?<![\d.,])(\d{{1,2}})[ \u00a0]+(?:{alt})[ \u00a0]+$", re.IGNORECASE))


def _in_day_range(text: str, start: int, end: int, lang: str = "") -> bool:
    """Whether the date mention ``text[start:end]`` is one end of a day range written with a
    dash, or with one of ``lang``'s range words ("July 9 and 10", "de 25 a 27 de fevereiro"):
    the engine may name the other end, so a changed day there is no wrong date."""
    if _RANGE_AFTER.match(text, end) or _RANGE_BEFORE.search(text, max(0, start - 6), start):
        return True
    words = _range_words(lang) if lang else None
    return words is not None and bool(
        words[0].match(text, end) or words[1].search(text, max(0, start - 12), start))


_DAY_AFTER = re_compile(r"[ \u00a0]?[-\u2010-\u2014][ \u00a0]?(\d{1,2})(?!\d)")
_DAY_BEFORE = re_compile(r"(?<!\d)(\d{1,2})\D{1,6}$")
_YEAR_AFTER = re_compile(r",?[ \u00a0]+(\d{4})(?![\d.,:]?\d)")
_DASH_DAY_BEFORE = re_compile(r"(?<![\d.,])(\d{1,2})[ \u00a0]?[-\u2010-\u2014][ \u00a0]?$")


_LIST_DAY_AFTER = re_compile(r",[ \u00a0]+(\d{1,2})(?![\d.,:]?\d)")
_LIST_DAY_BEFORE = re_compile(r"(?<![\d.,])(\d{1,2}),[ \u00a0]+$")


def _listed_days_after(text: str, end: int, lang: str) -> list[tuple[int, tuple[int, int]]]:
    """The days a list writes after a date mention ending at ``end``: ", 26, and 27" of "March
    25, 26, and 27" (days after commas, the last one after a range word of ``lang``, a comma
    before it or not). Only a list of three days or more, closed by such a word: "March 25, 26
    people" is no list, and two days ("July 9 and 10") are a range (``day_range_ends``)."""
    words = _range_words(lang)
    if words is None:
        return []
    out: list[tuple[int, tuple[int, int]]] = []
    pos = end
    while (m := _LIST_DAY_AFTER.match(text, pos)) is not None:
        out.append((int(m.group(1)), m.span(1)))
        pos = m.end()
    last = words[0].match(text, pos + 1 if text.startswith(",", pos) else pos)
    if not out or last is None:
        return []
    return [*out, (int(last.group(1)), last.span(1))]


def _listed_days_before(text: str, start: int, lang: str) -> list[tuple[int, tuple[int, int]]]:
    """The days a list writes before a date mention starting at ``start``: "25, 26 e " of "25,
    26 e 27 de março" (the mirror of :func:`_listed_days_after`), in the text's order."""
    words = _range_words(lang)
    if words is None:
        return []
    last = words[1].search(text, max(0, start - 12), start)
    if last is None:
        return []
    out = [(int(last.group(1)), last.span(1))]
    pos = last.start(1)
    while (m := _LIST_DAY_BEFORE.search(text, max(0, pos - 6), pos)) is not None:
        out.insert(0, (int(m.group(1)), m.span(1)))
        pos = m.start(1)
    return out if len(out) >= 2 else []


def day_range_ends(text: str, dates: Sequence[DateMention], lang: str) -> list[tuple[int, int]]:
    """The spans of the other ends of the day ranges ``lang``'s words write around the date
    mentions ``dates`` of ``text`` ("10" of "July 9 and 10", "25" of "de 25 a 27 de fevereiro"):
    part of a date, not numbers of their own (the numbers check leaves them to the dates')."""
    words = _range_words(lang)
    out = []
    for d in dates:
        if d.day is None:
            continue
        found = [_DAY_AFTER.match(text, d.end), _DASH_DAY_BEFORE.search(text, max(0, d.start - 6),
                                                                         d.start)]  # fmt: skip
        if words is not None:
            found += [words[0].match(text, d.end),
                      words[1].search(text, max(0, d.start - 12), d.start)]  # fmt: skip
        for m in found:
            if m is None:
                continue
            out.append(m.span(1))
            year = _YEAR_AFTER.match(text, m.end(1)) if m.start(1) > d.start else None
            if year is not None:  # "February 25-27, 2025": the range's year
                out.append(year.span(1))
    return out


def _range_end_of(first: str, a: DateMention, other: str, b: DateMention,
                  lang: str = "") -> bool:  # fmt: skip
    """``a`` is a range's first day with a dash (or a range word of ``first``'s language
    ``lang``: "July 9 and 10") and its last day after it ("Aug. 9-16"), and ``b`` is that last
    day with the first day written just before it ("9-16 de agosto", "de 9 a 16 de agosto")."""
    words = _range_words(lang) if lang else None
    m = _DAY_AFTER.match(first, a.end) or (words[0].match(first, a.end) if words else None)
    if m is None or a.day is None or b.day != int(m.group(1)):
        return False
    before = _DAY_BEFORE.search(other, max(0, b.start - 8), b.start)
    return before is not None and int(before.group(1)) == a.day


def same_day_range(source: str, s: DateMention, target: str, t: DateMention,
                   source_lang: str = "", target_lang: str = "") -> bool:  # fmt: skip
    """Whether a source date and a target date of another day are the two ends of one day
    range that both sentences write: the same first and last day (and month), one written on
    each side of the range (joined by a dash, or by a range word of the side's language)."""
    if s.month != t.month or (None not in (s.year, t.year) and s.year != t.year):
        return False
    return (_range_end_of(source, s, target, t, source_lang)
            or _range_end_of(target, t, source, s, target_lang))  # fmt: skip


def same_day_list(source: str, s: DateMention, target: str, t: DateMention, source_lang: str,
                  target_lang: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]] | None:
    """Whether a source date and a target date of another day open and close one list of days
    that both sentences write, the same days in the same order, one side with the month before
    the first day ("March 25, 26, and 27") and the other after the last ("25, 26 e 27 de
    março"); if so, the spans of the list's other days in the source and in the target (days
    of the date, not numbers of their own), else None."""
    if s.month != t.month or (None not in (s.year, t.year) and s.year != t.year):
        return None
    for a, first, first_lang, b, other, other_lang, flip in (
            (s, source, source_lang, t, target, target_lang, False),
            (t, target, target_lang, s, source, source_lang, True)):
        if a.day is None or b.day is None:
            return None
        after = _listed_days_after(first, a.end, first_lang)
        before = _listed_days_before(other, b.start, other_lang) if after else []
        if after and [a.day, *(d for d, _ in after)] == [*(d for d, _ in before), b.day]:
            spans_a, spans_b = [sp for _, sp in after], [sp for _, sp in before]
            year = _YEAR_AFTER.match(first, after[-1][1][1])
            if year is not None and b.year is not None:  # "March 25, 26, and 27, 2022": the
                if int(year.group(1)) != b.year:  # list's year, "... 27 de março de 2022"
                    return None
                spans_a.append(year.span(1))
            return (spans_b, spans_a) if flip else (spans_a, spans_b)
    return None


def localize_text(
    source: str, target: str, loc: Localizer, segment: str | None = None
) -> Localized:
    """Rewrite dates, numbers and quotation marks of ``target`` the target locale's way."""
    result = Localized(target)
    if not target.strip():
        return result
    edits: list[tuple[int, int, str, Change]] = []
    s_dates = source_dates(source, loc)
    t_dates = target_dates(target, loc)
    matched, changed, _ = pair_dates(s_dates, t_dates)
    # an address or a name of a site the engine copied ("Monday.com"): no date of its words
    guarded = protected_spans(target) if matched or changed else []
    for s, t in matched + changed:
        wrong = (s, t) in changed
        if any(a < t.end and t.start < b for a, b in guarded):
            continue  # "Monday.com" is not "segunda-feira.com"
        if (t.day is not None and s.day is None) or (t.year is not None and s.year is None):
            continue  # the target says more than the source: leave it to the reviewer
        if t.weekday is not None and s.weekday is None and t.month is not None:
            continue  # "Saturday Dec. 25" written "sábado, 25 de dezembro": the weekday the
            # source writes apart is in the target's date; rewriting it from the source's date
            # alone would drop it
        if wrong and (_in_day_range(source, s.start, s.end, loc.source_lang)
                      or _in_day_range(target, t.start, t.end, loc.target_lang)):
            continue  # "Aug. 9-16" / "9-16 de agosto": one names the range's first day, the
            # other its last; rewriting one day would write the range "9-9"
        if s.month is None and _kept_in_name(source, s.start, target, t.start, s.end, t.end):
            continue  # "Black Friday", "Saturday Night Live": a name the engine kept, not a day
        new = _fit_case(t.text, _first_day(format_date_mention(s, loc.target), s, loc),
                        target, t.start)
        if (
            s.month is None
            and t.text.lower() != new.lower()
            and lookup_name([loc.source_lang], "E", t.text) is None
        ):
            continue  # a translated weekday ("no domingo"): the engine's grammar stays
        end = t.end
        if new.endswith(".") and target[end : end + 1] == ".":
            end += 1  # "2020 г." at the end of a sentence: one period, not two
        if new != t.text:
            kind = (
                "date"
                if s.month is not None and (s.day or s.year)
                else ("month" if s.month else "weekday")
            )
            edits.append((t.start, end, new, Change(kind, t.text, new, s.text, wrong)))
            if wrong:
                result.findings.append(
                    Finding(
                        "dates",
                        "warning",
                        f"the engine wrote {t.text!r} for {s.text!r}; replaced "
                        f"with {new!r}: check the sentence",
                        segment=segment,
                        source_span=(s.start, s.end),
                        data={"engine": t.text, "localized": new},
                    )
                )
    s_spans, t_spans = _numeric_dates(source, target, loc, segment, edits, result.findings)
    t_spans += _clock_times(source, target, loc, edits)
    t_spans += _hour_mark_times(source, target, loc, edits)
    t_spans += _glued_durations(source, target, loc, edits)
    s_spans += day_range_ends(source, s_dates, loc.source_lang)  # "10" of "July 9 and 10"
    t_spans += day_range_ends(target, t_dates, loc.target_lang)
    s_nums = source_numbers(source, loc, [(d.start, d.end) for d in s_dates] + s_spans)
    t_nums = target_numbers(target, loc, [(d.start, d.end) for d in t_dates] + t_spans)
    n_matched, n_changed, _ = pair_numbers(s_nums, t_nums)
    sections = set(section_numbers(source)) if "§" in source or "¶" in source else set()
    for ns, nt in n_matched + n_changed:
        wrong = (ns, nt) in n_changed
        if (ns.start, ns.end) in sections:
            _copy_section(ns, nt, wrong, segment, edits, result)
            continue  # "§ 4.130": a section's number, written as the source writes it
        version = names_a_version(source, ns, loc.source_lang)
        if version and copied_version(source, ns, loc.source_lang):
            _copy_section(ns, nt, wrong, segment, edits, result, "version")
            continue  # "iOS 12.1", "USB 3.0", "Rust turned 1.0": a name's version, not a
            # decimal, copied as written ("Python 3,11" names no Python; "3.12" is another)
        if not wrong and not _needs_rewrite(ns, nt):
            continue
        if not wrong and (version or _glued_thousands(ns) or _glued_designation(source, ns)):
            continue  # "release 10.5": kept as the engine wrote it; "4K TVs"; "SLS Block 1B":
            # a model's name, not a billion
        other = _other_reading(ns, nt, loc)
        if other is not None and (loc.decimal_settled or _decimal_settled(source, ns, s_nums, loc)):
            other = None  # "32.845 / -96.9511": the sentence writes its decimals that way
        if other is not None:
            result.findings.append(
                Finding(
                    "numbers",
                    "warning",
                    f"{ns.text!r} may be {ns.value} or {other}: the engine's {nt.text!r} is left "
                    "as written; check which the source means",
                    segment=segment,
                    source_span=(ns.start, ns.end),
                    data={"engine": nt.text, "readings": [str(ns.value), str(other)]},
                )
            )
            continue
        if ns.scale == 1 and nt.scale > 1 and not wrong:
            continue  # "2 mil" for 2,000: a correct form of the engine's own, kept
        if ns.scale > 1 and nt.scale == 1:
            expanded = NumberMention(
                0,
                0,
                "",
                frozenset(),
                ns.value,
                1,
                None,
                False,
                True,
                max(0, ns.frac_digits - int_log10(ns.scale)),
            )
            new = format_number(expanded, loc.target, loc.profile)
        else:
            # "%" or "por cento": the engine's choice stays; only digits and separators change
            as_written = replace(ns, percent=nt.percent) if ns.percent != nt.percent else ns
            if not wrong and not ns.grouped and nt.grouped and _grouped_as_target(ns, nt, loc):
                # "6000" written "6,000" in English: the engine grouped a figure the target's
                # way; an ungrouped source number is no reason to take its separator away
                as_written = replace(as_written, grouped=True)
            new = format_number(as_written, loc.target, loc.profile, ns.scale_form)
        if new != nt.text and not _edit_keeps_fact(target, nt, new, ns, loc):
            result.findings.append(
                Finding(
                    "numbers",
                    "info",
                    f"{nt.text!r} left as the engine wrote it: rewriting it as {new!r} would "
                    "change what it says",
                    segment=segment,
                    source_span=(ns.start, ns.end),
                    data={"engine": nt.text, "refused": new},
                )
            )
        elif new != nt.text:
            kind = "percent" if ns.percent else "number"
            edits.append((nt.start, nt.end, new, Change(kind, nt.text, new, ns.text, wrong)))
            if wrong:
                result.findings.append(
                    Finding(
                        "numbers",
                        "warning",
                        f"the engine wrote {nt.text!r} for {ns.text!r}; replaced"
                        f" with {new!r}: check the sentence",
                        segment=segment,
                        source_span=(ns.start, ns.end),
                        data={"engine": nt.text, "localized": new},
                    )
                )
    text = _apply(target, edits)
    result.changes.extend(e[3] for e in sorted(edits, key=lambda e: e[0]))
    closed = restore_closing_quote(source, text)
    if closed is not None:
        result.changes.append(Change("quote-closed", text, closed))
        result.findings.append(
            Finding("quotes", "info", "the engine dropped a closing quotation mark; restored",
                    segment=segment)
        )
        text = closed
    marked = mark_ordinals(text, source, loc.profile.ordinal_marks) if loc.profile else text
    if marked != text:
        result.changes.append(Change("ordinal", text, marked))
        text = marked
    signed = mark_number_signs(text, source, loc.profile.number_sign) if loc.profile else text
    if signed != text:
        result.changes.append(Change("ordinal", text, signed))
        text = signed
    joined = join_currency_symbols(text, _dollar_symbols(loc.target_tag))
    if joined != text:
        result.changes.append(Change("currency", text, joined))
        text = joined
    quoted = localize_quotes(text, loc.quotes)
    if quoted != text:
        result.changes.append(Change("quotes", text, quoted))
    spaced = space_punctuation(quoted, loc.punctuation)
    if spaced != quoted:
        result.changes.append(Change("spacing", quoted, spaced))
    result.text = spaced
    return result


def _copy_section(
    ns: NumberMention,
    nt: NumberMention,
    wrong: bool,
    segment: str | None,
    edits: list[tuple[int, int, str, Change]],
    result: Localized,
    what: str = "section number",
) -> None:
    """A number the source names with a section sign ("§ 4.130", ``section_numbers``) is an
    identifier: the target writes it as the source does, in any locale ("§ 4,130" names no
    section). The engine's other digits ("§ 4,30") are replaced with the source's, with a
    warning; its other separators ("§ 4,13"), silently. A version (``what``, "version":
    :func:`names_a_version`) the same way: "Python 3,11" and "Python 3.12" become "3.11"."""
    if nt.text == ns.text:
        return
    edits.append((nt.start, nt.end, ns.text, Change("number", nt.text, ns.text, ns.text, wrong)))
    if wrong:
        result.findings.append(
            Finding(
                "numbers",
                "warning",
                f"the engine wrote {nt.text!r} for the {what} {ns.text!r}; replaced "
                f"with {ns.text!r}: check the sentence",
                segment=segment,
                source_span=(ns.start, ns.end),
                data={"engine": nt.text, "localized": ns.text},
            )
        )


def _numeric_dates(
    source: str, target: str, loc: Localizer, segment: str | None,
    edits: list[tuple[int, int, str, Change]], findings: list[Finding],
) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Dates written in digits (:mod:`.numeric_dates`): one the source's orders read one way
    is written with the target locale's CLDR short pattern where the engine copied its digits
    (in either order); one they read two ways that the target would write differently gets a
    blocking finding and is left as written. Returns the source and target spans taken (the
    number localizer leaves them alone)."""
    orders = loc.numeric_orders
    s_found = find_numeric_dates(source, loc.source_suffix) if orders else []
    if not s_found:
        return [], []
    suffix = "|".join(s for s in (loc.target_suffix, loc.source_suffix) if s)
    t_found = find_numeric_dates(target, suffix)
    used: set[int] = set()
    s_spans: list[tuple[int, int]] = []
    t_spans: list[tuple[int, int]] = []
    for s in s_found:
        readings = s.readings(orders)
        if not readings:
            continue
        j = _same_digits(s, t_found, used)
        dates = sorted(set(readings.values()))
        written = {format_numeric(d, s.year_digits, loc.target) for d in dates}
        if len(dates) > 1 and len(written) > 1:
            findings.append(Finding(
                "dates", "error",
                f"{s.text!r} may be {' or '.join(_spoken(d, s) for d in dates)}: the source's "
                "language writes the day first in some countries and the month first in others, "
                f"and {loc.target_tag} readers would read the one written here; name the "
                "source's locale (--from, e.g. en-US or en-GB) or write the month's name",
                segment=segment, source_span=(s.start, s.end),
                data={"kind": "ambiguous-numeric-date",
                      "readings": [d.isoformat() for d in dates]},
            ))  # fmt: skip
        elif j is not None:
            t = t_found[j]
            new = written.pop()
            if new != t.text:
                edits.append((t.start, t.end, new, Change("date", t.text, new, s.text)))
        if j is not None:
            used.add(j)
            t_spans.append((t_found[j].start, t_found[j].end))
        s_spans.append((s.start, s.end))
    return s_spans, t_spans


# a time on the 12-hour clock: "2:30 p.m.", "8:05AM", "10 pm", "2.30pm" (the shape of
# translate.facts' clock reader, with the day period required), or with its hour and minutes
# run together, "1209 PM", "851 a.m." (the style of US weather bulletins: translate.facts'
# ``_TIME_RUN``, which its day period alone makes a time)
_HALF_DAY = re_compile(
    r"(?:(?<![\w.,:/$£€])(?P<h>1[0-2]|0?[1-9])(?!\d)(?:[:.](?P<m>[0-5]\d)(?![\d:.,]\d))?"
    r"|(?<![\w.,:/$£€#-])(?P<rh>1[0-2]|0?[1-9])(?P<rm>[0-5]\d))"
    r"[^\S\n]?(?P<p>[ap])\.?[^\S\n]?m\b\.?",
    re.IGNORECASE,
)


@lru_cache(maxsize=64)
def _writes_24_hours(locale: Locale) -> bool:
    """Whether CLDR's short time pattern of ``locale`` is on the 24-hour clock ("HH:mm")."""
    pattern = re.sub(r"'[^']*'", "", locale.time_formats["short"].pattern)
    return "H" in pattern and "a" not in pattern


def _half_day_minutes(m: re.Match[str]) -> int:
    """Minutes after midnight of a ``_HALF_DAY`` time.

    >>> [_half_day_minutes(m) for m in _HALF_DAY.finditer("2:30 p.m., 10 pm, 1209 PM, 851 a.m.")]
    [870, 1320, 729, 531]
    """
    if m.group("rh") is not None:
        hour, minute = int(m.group("rh")), int(m.group("rm"))
    else:
        hour, minute = int(m.group("h")), int(m.group("m") or 0)
    return (hour % 12 + (12 if m.group("p").lower() == "p" else 0)) * 60 + minute


def _clock_times(
    source: str, target: str, loc: Localizer, edits: list[tuple[int, int, str, Change]]
) -> list[tuple[int, int]]:
    """A time on the 12-hour clock that the engine copied ("às 2:30 p.m.") into an edition
    whose locale writes the 24-hour clock (CLDR's short time pattern) is written that way
    ("às 14:30"), when the source says that very time; "3 da tarde", a day period of the
    target's own language, stays. Returns the target spans rewritten."""
    if not _HALF_DAY.search(target) or not _writes_24_hours(loc.target):
        return []
    from babel.dates import format_time

    said = {_half_day_minutes(m) for m in _HALF_DAY.finditer(source)}
    spans: list[tuple[int, int]] = []
    for m in _HALF_DAY.finditer(target):
        value = _half_day_minutes(m)
        if value not in said:
            continue
        new = str(format_time(dt.time(value // 60, value % 60), "short", locale=loc.target))
        end = m.end()
        if m.group().endswith(".") and _ends_sentence(target, m.start(), end):
            end -= 1  # "p.m." closing the sentence: its period stays the sentence's
        edits.append((m.start(), end, new, Change("time", target[m.start():end], new)))
        spans.append((m.start(), end))
    return spans


# a 24-hour time written with the hour mark between its hours and minutes: "9h00", "14h30" (the
# news form of Portuguese, French, Spanish; translate.facts reads it as a 24-hour time)
_HOUR_MARK = re_compile(r"(?<![\w.,:/$£€#])(?P<h>2[0-3]|[01]?\d)h(?P<m>[0-5]\d)(?!\w|[:.,]\d)")
# the same with its minutes or without them ("21h", "às 13h"): read in a source, where a bare
# hour is a time of day only after a word that says so (``[hour_mark]`` of the facts data)
_HOUR_ANY = re_compile(r"(?<![\w.,:/$£€#])(?P<h>2[0-3]|[01]?\d)h(?P<m>[0-5]\d)?(?!\w|[:.,]\d)")
# a time on the 24-hour clock with a colon ("16:49", "20:30"), not one with seconds ("15:53:57")
_COLON_TIME = re_compile(r"(?<![\w.,:/$£€#])(?P<h>2[0-3]|[01]?\d):(?P<m>[0-5]\d)(?![\d:]|[.,]\d)")


@lru_cache(maxsize=16)
def _hour_mark_words(lang: str) -> tuple[re.Pattern[str] | None, ...]:
    """``[hour_mark]`` of ``locales/facts/<lang>.toml`` as three patterns that match at the end
    of the text before a time: a word of ``duration_before``, of ``hour_before``, of
    ``hour_joins``; then two for a part of the day (``[day_parts]`` words) just after a time
    ("9h30 da noite") and just before it ("à noite, às 9h30"). None where the language lists
    none."""
    from ..langdata import facts_data

    data = facts_data(lang).get("hour_mark", {})
    parts = facts_data(lang).get("day_parts", {})
    out: list[re.Pattern[str] | None] = []
    for key in ("duration_before", "hour_before", "hour_joins"):
        words = sorted((str(w) for w in data.get(key, ())), key=len, reverse=True)
        said = [re.escape(w) for w in words if re.search(r"[^\W\d_]", w)]
        signs = [re.escape(w) for w in words if not re.search(r"[^\W\d_]", w)]
        alts = [f"(?<!\\w)(?:{'|'.join(said)})"] if said else []
        alts += signs
        out.append(
            re.compile(rf"(?:{'|'.join(alts)})[ \u00a0]*$", re.IGNORECASE) if alts else None
        )
    words = sorted(
        {str(w) for p in parts.values() for w in p.get("words", ())}, key=len, reverse=True
    )
    alt = "|".join(re.escape(w) for w in words)
    out.append(
        re.compile(rf"^[^\S\n]+(?:[^\W\d_]+[^\S\n]+){{0,2}}?(?:{alt})(?![\w'’-])", re.I)
        if words
        else None
    )
    out.append(
        re.compile(rf"(?<![\w'’-])(?:{alt})(?:[,\s]+[^\W\d_]+){{0,2}}?[,\s]+$", re.I)
        if words
        else None
    )
    return tuple(out)


# how far before a time its cue words are looked for ([hour_mark]: "às", "entre ... e", "durou")
_CUE_WINDOW = 80


def _said_hours(source: str, lang: str) -> tuple[set[tuple[int, int]], set[int]]:
    """The times of day ``source`` writes with the hour mark: (hour, minutes) of "16h49", and the
    hours of a bare "21h" that a word before it makes a time ("às 21h"; see ``[hour_mark]``).
    A time after a word of a span ("durou 1h20") is none, and so is one with a part of the day
    next to it ("9h30 da noite": the 12-hour reading of the spoken language).

    >>> _said_hours("Durou 1h20 e terminou às 21h, entre 21h e 22h; 12h de espera. 16h49", "pt")
    ({(16, 49)}, {21, 22})
    >>> _said_hours("Fechou às 9h30 da noite; hoje à noite, às 10h; às 8h30 de amanhã", "pt")
    ({(8, 30)}, set())
    """
    duration, before, joins, part_after, part_before = _hour_mark_words(lang.split("-")[0])
    minutes: set[tuple[int, int]] = set()
    hours: set[int] = set()
    cued_ends: set[int] = set()  # where a bare hour read as a time of day ends
    for m in _HOUR_ANY.finditer(source):
        # the cue words stand just before the time: a bounded window of the text before it,
        # not all of it (a text of thousands of "1h" read whole per time was quadratic)
        base = max(0, m.start() - _CUE_WINDOW)
        head = source[base : m.start()]
        if duration is not None and duration.search(head):
            continue
        if (part_after is not None and part_after.match(source[m.end() : m.end() + 40])) or (
            part_before is not None and part_before.search(head[-40:])
        ):
            continue  # "9h30 da noite": its part of the day, not the 24-hour clock, says when
        hour = int(m.group("h"))
        if m.group("m") is not None:
            minutes.add((hour, int(m.group("m"))))
            cued_ends.add(m.end())
            continue
        cued = before is not None and before.search(head) is not None
        if not cued and joins is not None:
            j = joins.search(head)
            cued = j is not None and base + len(head[: j.start()].rstrip(" \u00a0")) in cued_ends
        if cued:
            hours.add(hour)
            cued_ends.add(m.end())
    return minutes, hours


def _hour_mark_times(
    source: str, target: str, loc: Localizer, edits: list[tuple[int, int, str, Change]]
) -> list[tuple[int, int]]:
    """A time of day that the source writes with the hour mark ("9h00", "14h30", "às 21h") is
    written in the form of an edition whose locale uses the 12-hour clock (CLDR's short time
    pattern: "h:mm a" in English; its hour alone for a bare hour: "9 PM") where the engine
    copied it ("14h30", "21h") or wrote it on the 24-hour clock ("16:49", "20:30"), when the
    source says that very time. A locale on the 24-hour clock keeps the mark: its own news
    writes it too. A span of time ("durou 1h20") is no time of day (``_said_hours``).
    Returns the target spans rewritten."""
    if _writes_24_hours(loc.target) or "h" not in source or not _HOUR_ANY.search(source):
        return []
    if not (("h" in target and _HOUR_ANY.search(target)) or _COLON_TIME.search(target)):
        return []
    from babel.dates import format_skeleton, format_time

    said, said_hours = _said_hours(source, loc.source_lang)
    if not said and not said_hours:
        return []
    periods = [(m.start(), m.end()) for m in _HALF_DAY.finditer(target)]
    spans: list[tuple[int, int]] = []
    for m in _HOUR_ANY.finditer(target):
        hour = int(m.group("h"))
        if m.group("m") is not None:
            minute = int(m.group("m"))
            if (hour, minute) not in said:
                continue
            new = str(format_time(dt.time(hour, minute), "short", locale=loc.target))
        elif hour in said_hours:
            new = str(format_skeleton("h", dt.time(hour, 0), locale=loc.target))
        else:
            continue
        edits.append((m.start(), m.end(), new, Change("time", m.group(), new)))
        spans.append((m.start(), m.end()))
    for m in _COLON_TIME.finditer(target):
        hour, minute = int(m.group("h")), int(m.group("m"))
        if (hour, minute) not in said or any(a < m.end() + 4 and b > m.start() for a, b in periods):
            continue  # "9:50 a.m.": the engine wrote the edition's clock
        new = str(format_time(dt.time(hour, minute), "short", locale=loc.target))
        edits.append((m.start(), m.end(), new, Change("time", m.group(), new)))
        spans.append((m.start(), m.end()))
    return spans


# a duration written with its unit letters glued to the digits, seconds with a fraction:
# "1m44,084s", "1h02m03.5s" (a lap or race time). The seconds have at most two digits before
# the separator and follow minutes, so the separator can only be the decimal one.
_GLUED_DURATION = re_compile(
    r"(?<![\w.,])((?:\d+h)?\d+m\d{1,2})([.,])(\d{1,3})s(?![\w])"
)


def _glued_durations(
    source: str, target: str, loc: Localizer, edits: list[tuple[int, int, str, Change]]
) -> list[tuple[int, int]]:
    """A glued duration ("1m44,084s") that the engine copied with the source's decimal
    separator takes the target locale's (CLDR's decimal symbol: "1m44.084s" in English), when
    the source says that very time. Returns the target spans rewritten."""
    if "m" not in target or not _GLUED_DURATION.search(target):
        return []
    from babel.numbers import get_decimal_symbol

    decimal = str(get_decimal_symbol(loc.target))
    said = {(m.group(1), m.group(3)) for m in _GLUED_DURATION.finditer(source)}
    spans: list[tuple[int, int]] = []
    for m in _GLUED_DURATION.finditer(target):
        if m.group(2) == decimal or (m.group(1), m.group(3)) not in said:
            continue
        new = f"{m.group(1)}{decimal}{m.group(3)}s"
        edits.append((m.start(), m.end(), new, Change("number", m.group(), new, m.group())))
        spans.append((m.start(), m.end()))
    return spans


def _ends_sentence(text: str, start: int, end: int) -> bool:
    """Whether the period that ends "p.m." at ``end`` also ends a sentence: the text ends there
    (after words of its own: a time alone, "10 p.m.", is a label) or a sentence follows (a
    word in capitals and lower case: "p.m. Results", not "p.m. EST")."""
    rest = text[end:].lstrip(" \u00a0\"'”’»)")
    if not rest or rest[:1] == "\n":
        return any(ch.isalpha() for ch in text[:start])
    word = re.match(r"[^\W\d_]+", rest)
    return word is not None and word.group()[:1].isupper() and not word.group().isupper()


def named_dates_in_digits(
    source: str, target: str, loc: Localizer, s_dates: Sequence[DateMention] | None = None
) -> list[tuple[DateMention, tuple[int, int]]]:
    """Source dates written with a month's name, day and year that the target writes in digits
    in the order its locale's readers read ("Wed Mar 21 2018" written "Wed 21/03/2018" in
    pt): the same day, said another way. Returns each such source date with the target span
    of its digits (each target date used once). A target date that reads as another day in
    the target's order is none of these (the checks still hold it).

    >>> from translate.locales import get_profile
    >>> loc = localizer_for(get_profile("pt-BR"), "en")
    >>> said = named_dates_in_digits("Wed Mar 21 2018", "Qua 21/03/2018", loc)
    >>> [(s.text, span) for s, span in said]
    [('Mar 21 2018', (4, 14))]
    >>> named_dates_in_digits("Wed Mar 21 2018", "Qua 03/21/2018", loc)
    []
    """
    if not has_digit(target) or not any(sep in target for sep in "/.-"):
        return []
    dated = [d for d in (source_dates(source, loc) if s_dates is None else s_dates)
             if None not in (d.year, d.month, d.day)]  # fmt: skip
    if not dated:
        return []
    suffix = "|".join(x for x in (loc.target_suffix, loc.source_suffix) if x)
    t_found = find_numeric_dates(target, suffix)
    order = locale_order(loc.target)
    used: set[int] = set()
    out: list[tuple[DateMention, tuple[int, int]]] = []
    for s in dated:
        for j, t in enumerate(t_found):
            read = t.read(order)
            if j in used or read is None or t.year_digits == 0:
                continue
            year = s.year if t.year_digits == 4 else (s.year or 0) % 100 + 2000
            if (read.year, read.month, read.day) == (year, s.month, s.day):
                used.add(j)
                out.append((s, (t.start, t.end)))
                break
    return out


def check_numeric_dates(
    source: str, target: str, loc: Localizer, segment: str | None,
    t_dates: Sequence[DateMention] = (),
) -> tuple[list[tuple[int, int]], list[tuple[int, int]], list[Finding]]:
    """The facts check of dates written in digits: each source date the target writes (in
    digits the target locale reads as one of the dates the source's orders make of it, in its
    CLDR short pattern, or with the month's name) takes its spans out of the number check; one
    whose digits the target wrote in an order its readers read as another day is a blocking
    ``dates`` finding. Returns the source spans, target spans and findings."""
    orders = loc.numeric_orders
    s_found = find_numeric_dates(source, loc.source_suffix) if orders else []
    if not s_found:
        return [], [], []
    suffix = "|".join(x for x in (loc.target_suffix, loc.source_suffix) if x)
    t_found = find_numeric_dates(target, suffix)
    t_order = locale_order(loc.target)
    used: set[int] = set()
    s_spans: list[tuple[int, int]] = []
    t_spans: list[tuple[int, int]] = []
    findings: list[Finding] = []
    for s in s_found:
        values = set(s.readings(orders).values())
        if not values:
            continue
        agree = next((j for j, t in enumerate(t_found) if j not in used
                      and _year_written_alike(s, t) and t.read(t_order) in values), None)
        if agree is not None:
            used.add(agree)
            s_spans.append((s.start, s.end))
            t_spans.append((t_found[agree].start, t_found[agree].end))
            continue
        if any(format_numeric(v, s.year_digits, loc.target) in target for v in values) or any(
            d.month is not None and d.day is not None
            and any((d.month, d.day) == (v.month, v.day)
                    and d.year in (None, v.year if s.year_digits == 4 else None) for v in values)
            for d in t_dates
        ):
            s_spans.append((s.start, s.end))  # its CLDR rendering, or the month's name
            continue
        j = _same_digits(s, t_found, used)
        s_spans.append((s.start, s.end))
        if j is None:
            findings.append(Finding(
                "dates", "error", f"date {s.text!r} not found in the target",
                segment=segment, source_span=(s.start, s.end),
                data={"kind": "numeric-date-missing"},
            ))  # fmt: skip
            continue
        t = t_found[j]
        used.add(j)
        read = t.read(t_order)
        findings.append(Finding(
            "dates", "error",
            f"date {s.text!r} changed: the target writes {t.text!r}, which {loc.target_tag} "
            f"readers read as {_spoken(read, t) if read else 'no date'}, not "
            f"{' or '.join(_spoken(v, s) for v in sorted(values))}",
            segment=segment, source_span=(s.start, s.end), target_span=(t.start, t.end),
            data={"kind": "numeric-date-order"},
        ))  # fmt: skip
        t_spans.append((t.start, t.end))
    return s_spans, t_spans, findings


def _year_written_alike(s: NumericDate, t: NumericDate) -> bool:
    """Whether target date ``t`` writes the year as source date ``s`` does: with as many
    digits, or with the last two of a year of this century ("12/13/2022" written "13/12/22";
    probe40). A two-digit year is read 20yy (``NumericDate.read``), so "13/12/98" for 1998
    still does not agree: the reading would be 2098.

    >>> from translate.localize.numeric_dates import find_numeric_dates
    >>> s, t, u = (find_numeric_dates(x)[0] for x in ("12/13/2022", "13/12/22", "13/12/2022"))
    >>> _year_written_alike(s, t), _year_written_alike(s, u), _year_written_alike(t, s)
    (True, True, False)
    """
    if t.year_digits == s.year_digits:
        return True
    return s.year_digits == 4 and t.year_digits == 2 and t.year == s.year % 100


def _spoken(when: dt.date, written: NumericDate) -> str:
    """A date for a finding's message, with the year only when the text wrote one."""
    if written.year_digits:
        return when.isoformat()
    return str(format_date(when, "d MMMM", locale="en"))  # messages are English


def _same_digits(s: NumericDate, found: Sequence[NumericDate], used: set[int]) -> int | None:
    """The first target date not yet taken that writes ``s``'s day, month and year, in
    either order."""
    for j, t in enumerate(found):
        if j in used or (t.year, t.year_digits) != (s.year, s.year_digits):
            continue
        if {t.first, t.second} == {s.first, s.second}:
            return j
    return None


def _needs_rewrite(src: NumberMention, tgt: NumberMention) -> bool:
    """A matched target number is rewritten unless it is already a plain rendering."""
    return (
        tgt.scale > 1
        or src.grouped
        or src.frac_digits > 0
        or src.percent
        or tgt.grouped
        or any(not ch.isdigit() for ch in tgt.text)
    )


def _grouped_as_target(ns: NumberMention, nt: NumberMention, loc: Localizer) -> bool:
    """Whether the engine's ``nt`` groups the source number's value with the target locale's
    own separator, read strictly in that locale ("6,000" in English for "6000"; facts36)."""
    strict = find_numbers(nt.text, loc.target)
    return len(strict) == 1 and strict[0].grouped and ns.value in strict[0].values


_AMBIGUOUS = re_compile(r"\d{1,3}[.,]\d{3}")


def _other_reading(ns: NumberMention, nt: NumberMention, loc: Localizer) -> Decimal | None:
    """The value the engine read in an ambiguous source number, when it is not ours: "59,011"
    in a Portuguese text is 59.011 by Portuguese usage but 59011 as an English figure quoted
    as written, and "1.500" the other way round. When the target's number says the other
    reading in the target's own usage, rewriting it to ours would change the figure by a
    factor of 1,000 on a guess: it is left, with a warning."""
    digits = ns.text[: ns.number_end - ns.start] if ns.number_end > ns.start else ns.text
    if not _AMBIGUOUS.fullmatch(digits.strip()):
        return None
    strict = find_numbers(nt.text, loc.target)
    if len(strict) != 1 or ns.value in strict[0].values:
        return None
    other = Decimal(re.sub(r"[.,]", "", digits.strip())) * ns.scale
    return other if other in strict[0].values else None


def _decimal_settled(
    source: str, ns: NumberMention, s_nums: Sequence[NumberMention], loc: Localizer
) -> bool:
    """Whether the sentence settles an ambiguous figure ("32.845" in English) as its
    language's decimal: another number of the same sentence writes the same separator where
    only a decimal can stand (one, two, or four or more digits after it: "-96.9511", "6.1"),
    not a version after a name ("iOS 12.1"), and no number of it uses that separator to group
    ("1.000.000"); never for a figure ending "000" ("1.000 lights": a thousand, as its writer
    meant) nor an amount of money ("$59,011": money has two decimals). Seen in probe37's
    sweep: "End Lat/Lon: 32.845 / -96.9511" was left "32.845" in pt-BR (32,845 thousand by
    Brazil's usage) with a warning, and held.

    >>> from translate.locales import get_profile
    >>> loc = localizer_for(get_profile("pt-BR"), "en")
    >>> src = "End Lat/Lon: 32.845 / -96.9511"
    >>> nums = source_numbers(src, loc, [])
    >>> _decimal_settled(src, nums[0], nums, loc)
    True
    >>> src = "It costs $59.011 or 2.5 units."
    >>> nums = source_numbers(src, loc, [])
    >>> _decimal_settled(src, nums[0], nums, loc)
    False
    >>> src = "It sold 1.000 lights at 2.5 watts."
    >>> nums = source_numbers(src, loc, [])
    >>> _decimal_settled(src, nums[0], nums, loc)
    False
    """
    from babel.numbers import get_decimal_symbol

    if loc.source is None:
        return False
    decimal = str(get_decimal_symbol(loc.source))
    digits = ns.text[: ns.number_end - ns.start] if ns.number_end > ns.start else ns.text
    if decimal not in digits or digits.endswith("000"):
        return False  # "1.000": one is written "1"; a thousand is what such a writer means
    before, after = source[: ns.start].rstrip()[-1:], source[ns.end :].lstrip()[:1]
    if (ns.measure is not None and ns.measure.kind == "currency") or "Sc" in (
        unicodedata.category(before or " "), unicodedata.category(after or " ")
    ):
        return False  # "$59,011": money has two decimals; an amount quoted as written
    sep = re.escape(decimal)
    if re.search(rf"\d{sep}\d{{3}}{sep}\d", source):
        return False  # "1.000.000": this sentence groups with it
    if any(s == decimal for *_, s in lap_times(source)):
        return True  # "1:38.232 ... +5.789": a time's seconds write the decimal that way
    only_decimal = re.compile(rf"\d+{sep}(?:\d{{1,2}}|\d{{4,}})")
    return any(
        m is not ns and only_decimal.fullmatch(m.text[: m.number_end - m.start].lstrip("-−+"))
        is not None and not names_a_version(source, m, loc.source_lang)
        for m in s_nums if m.number_end > m.start
    )  # fmt: skip


def _edit_keeps_fact(
    target: str, nt: NumberMention, new: str, ns: NumberMention, loc: Localizer
) -> bool:
    """Does replacing ``nt`` with ``new`` leave a number that still says what ``ns`` says?

    The localizer may only improve a number: after the edit, the number at that place must
    read (in the target locale) as the source's value, and its percent sign, currency or unit
    must be the one the engine wrote (or, if the engine wrote none, none must appear).
    """
    edited = target[: nt.start] + new + target[nt.end :]
    lenient = [loc.target] + ([loc.source] if loc.source is not None else [])
    after = find_numbers(  # the number written at the edit, read as target_numbers reads it
        edited, loc.target,
        scale_locales=scale_locales_of(loc.target_lang, loc.target_tag, loc.source_lang),
        lenient=lenient, measure_langs=(loc.target_lang, loc.source_lang), at=nt.start,
    )  # fmt: skip
    if len(after) != 1:
        return False
    got = after[0]
    strict = {v.normalize() for v in got.values}
    if ns.value.normalize() not in strict and (ns.mantissa or 0) * ns.scale not in strict:
        return False
    if got.percent != nt.percent:
        return False
    before_measure, after_measure = nt.measure, got.measure
    if before_measure is None or after_measure is None:
        return before_measure is None and after_measure is None
    return before_measure.ids == after_measure.ids


def _apply(text: str, edits: list[tuple[int, int, str, Change]]) -> str:
    out = text
    last = len(text) + 1
    for start, end, new, _ in sorted(edits, key=lambda e: e[0], reverse=True):
        if end > last:
            continue  # overlapping edit: keep the first
        out = out[:start] + new + out[end:]
        last = start
    return out


def _hold(text: str, pieces: Sequence[str]) -> tuple[str, dict[str, str]]:
    """``text`` with each of ``pieces`` (code, copied as written) replaced by a mark of the same
    length made of private-use characters, which no localizer reads (no digit, no quote, no
    space), and the marks to put back; offsets into ``text`` stay true."""
    held: dict[str, str] = {}
    for piece in sorted({p for p in pieces if p.strip()}, key=len, reverse=True):
        if piece in text:
            mark = chr(0xE100 + len(held)) * len(piece)
            held[mark] = piece
            text = text.replace(piece, mark)
    return text, held


def _put_back(text: str, held: dict[str, str]) -> str:
    for mark, piece in held.items():
        text = text.replace(mark, piece)
    return text


EarlyKey = tuple[str, str, str, str]  # segment id, source, target, language


def localize_ahead(seg: TranslatedSegment, loc: Localizer) -> tuple[EarlyKey, Localized] | None:
    """What :func:`localize_segments` makes of ``seg`` (a machine translation with no code
    spans; ``loc``: ``localizer_for`` its language), computed ahead (the pipeline, while the
    engine still translates other sentences), with the key under which
    :func:`localize_segments` takes it (``early``)."""
    if seg.origin in ("tm", "copy") or not seg.target:
        return None
    key = (seg.id, seg.source, seg.target, seg.segment.lang)
    return key, localize_text(seg.source, seg.target, loc, seg.id)


def localize_segments(
    segments: Sequence[TranslatedSegment], profile: LocaleProfile, source_lang: str,
    code: Mapping[str, Sequence[str]] | None = None,
    early: dict[EarlyKey, Localized] | None = None,
    source_locale: str | None = None,
) -> tuple[LocalizeReport, list[Finding]]:
    """Localize machine-translated segments in place; return a report and the findings.

    Translation-memory and copied segments are left as a person (or the author) wrote them;
    ``code`` (segment id -> its code spans) is never localized: "x = 2.5" stays "x = 2.5".
    ``early``: results of :func:`localize_ahead` (taken when the segment id, source, target
    and language are the same: the same call, made earlier). ``source_locale``: the
    source's locale when the user named it ("en-US"): its numeric dates are read its way.
    Otherwise an article whose numeric dates only one day-month order reads ("13/08/2020")
    lends that order to its ambiguous ones (:func:`.numeric_dates.article_order`).
    """
    default = localizer_for(profile, source_lang)
    hint = _numeric_order(segments, default, source_locale)
    if hint is not None:
        default = replace(default, numeric_order=hint)
    if _article_settles_decimal(
        [s.source for s in segments if s.segment.lang == source_lang], default
    ):
        default = replace(default, decimal_settled=True)
    report: LocalizeReport = {"locale": profile.tag, "changes": {}, "counts": {}}
    findings: list[Finding] = []
    counts: dict[str, int] = {}
    # a sentence that repeats (same source, same engine output) is localized once: only its
    # findings' segment differs (large pasted or generated articles repeat a lot)
    seen: dict[tuple[str, ...], Localized] = {}
    for seg in segments:
        if seg.origin in ("tm", "copy") or not seg.target:
            continue
        lang = seg.segment.lang
        loc = default if lang == source_lang else localizer_for(profile, lang)
        pieces = (code or {}).get(seg.id, ())
        key = (seg.source, seg.target, lang, *pieces)
        done = seen.get(key)
        if done is None:
            if pieces:
                source, _ = _hold(seg.source, pieces)
                target, held = _hold(seg.target, pieces)
                done = localize_text(source, target, loc, seg.id)
                done = Localized(_put_back(done.text, held), [
                    replace(c, before=_put_back(c.before, held), after=_put_back(c.after, held))
                    for c in done.changes
                ], done.findings)  # fmt: skip
            else:
                ahead = early.pop((seg.id, seg.source, seg.target, lang), None) if early else None
                if ahead is not None and loc.numeric_order is not None and \
                        find_numeric_dates(seg.source, loc.source_suffix):
                    ahead = None  # localized ahead without the article's order of dates
                if ahead is not None and loc.decimal_settled and \
                        any("readings" in f.data for f in ahead.findings):
                    ahead = None  # localized ahead without the article's decimal symbol
                if ahead is None:
                    ahead = localize_text(seg.source, seg.target, loc, seg.id)
                done = ahead
            seen[key] = done
        else:
            done = Localized(done.text, done.changes, [
                replace(f, segment=seg.id, data=dict(f.data)) for f in done.findings
            ])  # fmt: skip
        if done.changes:
            _follow_terms(seg, done.text)
            seg.target = done.text
            report["changes"][seg.id] = [c.to_dict() for c in done.changes]
            for c in done.changes:
                counts[c.kind] = counts.get(c.kind, 0) + 1
        seg.findings.extend(done.findings)
        findings.extend(done.findings)
    report["counts"] = counts
    return report, findings


def _article_settles_decimal(sources: Sequence[str], loc: Localizer) -> bool:
    """Whether the article writes the source language's decimal symbol where only a decimal
    can stand, a time's fraction of a second ("44:44.982", ``lap_times``), and never groups
    with it ("1.000.000", "2.000"): its ambiguous figures ("+5.789", a gap in the same race's
    table) are then decimals, as :func:`_decimal_settled` takes them within one sentence.
    probe39: a MotoGP classification's gaps were left "+5.789" in pt-BR (5,789 thousand by
    Brazil's usage) with a warning and held, one table cell each.

    >>> from translate.locales import get_profile
    >>> loc = localizer_for(get_profile("pt-BR"), "en")
    >>> _article_settles_decimal(["44:44.982", "+5.789"], loc)
    True
    >>> _article_settles_decimal(["44:44.982", "It drew 2.000 fans.", "+5.789"], loc)
    False
    >>> _article_settles_decimal(["+5.789", "+8.347"], loc)
    False
    """
    from babel.numbers import get_decimal_symbol

    if loc.source is None:
        return False
    decimal = str(get_decimal_symbol(loc.source))
    sep = re.escape(decimal)
    grouped = re.compile(rf"\d{sep}\d{{3}}{sep}\d|(?<![\d.,])\d{{1,3}}{sep}000(?![\d.,])")
    settled = False
    for text in sources:
        if decimal in text and grouped.search(text):
            return False  # "1.000.000", "2.000 fans": the article groups with it
        settled = settled or any(s == decimal for *_, s in lap_times(text))
    return settled


def _numeric_order(
    segments: Sequence[TranslatedSegment], loc: Localizer, source_locale: str | None
) -> str | None:
    """The day-month order of the article's numeric dates: the named source locale's, else
    the one its unambiguous dates show (None when neither tells or it would change nothing)."""
    orders = loc.numeric_orders
    if len(orders) < 2:
        return None
    if source_locale:
        named = get_locale(source_locale)
        order = locale_order(named) if named is not None and named.territory else None
        if order in orders:
            return order
    sources = [s.source for s in segments if s.segment.lang == loc.source_lang]
    return article_order(sources, orders, loc.source_suffix)


def _follow_terms(seg: TranslatedSegment, localized: str) -> None:
    """Move the glossary terms' target spans into the localized target. Localization rewrites
    numbers, dates, quotes and spacing, not names, so the name that was the k-th occurrence of
    its text stays the k-th; a name localization did touch loses its span."""
    before = seg.target
    for term in seg.terms:
        span = term.get("target_span")
        if not span:
            continue
        start, end = span
        name = before[start:end]
        at = -1
        for _ in range(before.count(name, 0, start) + 1):
            at = localized.find(name, at + 1)
            if at < 0:
                break
        term["target_span"] = [at, at + len(name)] if name and at >= 0 else None
