"""Checks for the facts that the value-based number check does not read.

Codes, phone numbers, clock times, short scales ("$250k"), number words, joined numbers
("2-1"), signs, ordinals and whole sentences.

:func:`translate.check.missing_numbers` compares quantities by value. Some facts are not
quantities: the digits of a name or code ("Covid-19", "G7", "A320", "5G") and of a phone number
or an ID ("1-800-273-8255") must reach the target as written; a clock time ("11:25 a.m.") may
be written another way ("11h25") but must keep its value; "$250k" is a quantity the number
finder does not read; "four years" is a number written in words; and a segment of two
sentences may lose one. Each checker here takes ``(segment, context)`` like the checkers of
:mod:`translate.check`, which registers them.

Locale facts come from data: day periods, their time ranges and am/pm markers from CLDR
(Babel); number words and the short scale letters of news writing from
``locales/facts/<lang>.toml``.
"""

from __future__ import annotations

import datetime as dt
import re
import sys
import unicodedata
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import cache, lru_cache
from itertools import chain, pairwise
from typing import TYPE_CHECKING, Any, Protocol

from babel.dates import get_period_id

from . import regexcache
from .invisible import BIDI_CONTROLS, INVISIBLE
from .langdata import base_language, facts_data
from .locales import get_locale
from .localize.numbers import lap_times, section_numbers
from .localize.quantities import Measure, measure_at, measures_in
from .localize.stage import _identifier_words, readings_memo
from .localize.text import has_digit, protected_spans
from .model import Finding, Severity
from .regexcache import compile as re_compile
from .untranslatable import version_spans

if sys.version_info >= (3, 11):
    pass
else:  # pragma: no cover
    pass

if TYPE_CHECKING:
    from .glossary.name_keys import NameKeys
    from .model import TranslatedSegment


class CheckContext(Protocol):
    """What a checker knows of the run (:class:`translate.check.CheckContext`)."""

    @property
    def source_lang(self) -> str: ...
    @property
    def target_lang(self) -> str: ...
    @property
    def locale(self) -> str: ...

_DASHES = "-\u2010\u2011"


def _skip(seg: TranslatedSegment) -> bool:
    """A copied or remembered sentence, or an empty target (nothing but white space): the
    checks that start with this test read nothing of it. ``not t or t.isspace()`` is
    ``not t.strip()`` without the stripped copy of the target, made once per checker and
    sentence before (speed46)."""
    target = seg.target
    return seg.origin in ("copy", "tm") or not target or target.isspace()


def _name_spans(seg: TranslatedSegment) -> list[tuple[int, int]]:
    """Source spans of glossary names: the edition may write them another way ("G20")."""
    return [(int(t["source_span"][0]), int(t["source_span"][1])) for t in seg.terms
            if isinstance(t.get("source_span"), (list, tuple))]  # fmt: skip


def _inside(span: tuple[int, int], spans: Iterable[tuple[int, int]]) -> bool:
    return any(a <= span[0] and span[1] <= b for a, b in spans)


# --- one entity in two spellings: the glossary's forms ---------------------------------------

_GLOSS_WORD = re.compile(r"[^\W\d_]+")


def _gloss_key(text: str) -> str:
    """A name's folded letter words joined by one space ("U.N." -> "u n", "Nato" -> "nato")."""
    from .glossary.name_keys import name_key

    return name_key(text)


@cache
def _glossary_pairs(lang: str, other: str) -> tuple[NameKeys, NameKeys]:
    """The shipped glossary's names as a text in ``lang`` writes them (each key with the
    entities it names) and as a text in ``other`` writes them (each entity's keys): prebuilt
    in ``shipped-index.bin`` for the shipped languages (``glossary.name_keys``)."""
    from .glossary import cache as glossary_cache
    from .glossary.name_keys import name_keys

    glossary = glossary_cache.load()
    return name_keys(glossary, lang), name_keys(glossary, other)


def _glossary_named(text: str, span: tuple[int, int], other: str, lang: str,
                    other_lang: str) -> bool:
    """Does ``text[span]`` (a name) hold a glossary name of which ``other`` (the other side's
    text, in ``other_lang``) writes a form of the same entity: "Nato" and "OTAN", "Kashmir" and
    "Caxemira"? The glossary records each entity's forms per language (its name, aliases and
    forms, CLDR's names): a form it gives for the same entity is the same name, not another."""
    words = _GLOSS_WORD.findall(_gloss_key(text[span[0]:span[1]]))
    if not words:
        return False
    mine, theirs = _glossary_pairs(base_language(lang), base_language(other_lang))
    named, longest = mine[1], mine[2]
    forms_of = theirs[0]
    there = f" {_gloss_key(other)} "
    for i in range(len(words)):
        for j in range(i + 1, min(len(words), i + longest) + 1):
            entries = named.get(" ".join(words[i:j]))
            if entries and any(f" {f} " in there for n in entries for f in forms_of[n]):
                return True
    return False


# --- codes and names with digits -------------------------------------------------------------

_TOKEN = re_compile(r"(?<![\w@#$£€¥])[^\W_]+(?:[-\u2010\u2011.][^\W_]+|['’]\d+(?![\w'’]))*")
_PIECES = re_compile(r"\d+|[^\W\d_]+")
# letters touching digits ("A320", "iOS13", "CO2"), or a capitalized or short prefix joined by a
# hyphen ("Covid-19", "F-35"; not "mid-2019"), or digits before capitals ("5G", "2FA")
_LETTER_DIGIT = re_compile(
    r"[^\W\d_]['’]?\d|(?:^|[^\w])(?=[^\W\d_]*[A-Z])[^\W\d_]+-\d|^[^\W\d_]{1,2}-\d"
)
_DIGIT_CAPITAL = re_compile(r"\d[A-Z]")
_PLURAL = re_compile(r"^\d{2,}['’]?s$")  # "3080s" (cards), "1980s" (a decade)
_CLOCKISH = re_compile(r"(?i)^\d{1,2}(?:[ap]m|h\d*|hrs?|h\d\d|s)$")


@dataclass(frozen=True)
class Code:
    start: int
    end: int
    text: str
    letters: str  # the letter pieces, case-folded, joined by spaces
    digits: str  # the digit pieces, joined by spaces


def codes_in(text: str, skip: Sequence[tuple[int, int]] = ()) -> list[Code]:
    """Tokens whose digits belong to a name or code: "Covid-19", "G7", "A320", "5G".

    Ordinals, decades, units and compound adjectives ("3rd", "1980s", "5km", "20-minute") are
    numbers, not codes: the number check reads them (or they are translated).

    >>> [c.text for c in codes_in("Covid-19, G7, 5G, A320, 3rd, 5km, mid-2019, 20-minute")]
    ['Covid-19', 'G7', '5G', 'A320']

    A plural of digits ("RTX 3080s", "the 1980s") is one too: its digits must stay.
    """
    urls = protected_spans(text)  # URL's spans, read once per text
    out = []
    for m in _TOKEN.finditer(text):
        token = m.group().rstrip(".")
        if token.isalpha():  # most tokens: a word, no digit (letters are never digits)
            continue
        if not any(ch.isdigit() for ch in token) or not any(ch.isalpha() for ch in token):
            continue
        if _inside((m.start(), m.start() + len(token)), [*urls, *skip]):
            continue
        if _CLOCKISH.match(token):
            continue
        if not (_LETTER_DIGIT.search(token) or _DIGIT_CAPITAL.search(token)
                or _PLURAL.match(token)):
            continue  # fmt: skip
        pieces = _PIECES.findall(token)
        out.append(
            Code(
                m.start(), m.start() + len(token), token,
                " ".join(p.casefold() for p in pieces if not p.isdigit()),
                " ".join(p for p in pieces if p.isdigit()),
            )
        )  # fmt: skip
    return out


_WORD_CHAR = re_compile(r"[^\W_]")
_DIGIT = re_compile(r"\d")


def _written_as_is(code: str, target: str) -> bool:
    """Whether ``target`` holds ``code`` exactly as written where ``_code_pattern(code)`` would
    match it (no letter or digit before it, no digit after): the common case, decided without
    compiling the pattern (a long code's pattern takes milliseconds to compile).

    >>> [_written_as_is("G7", t) for t in ("o G7 e o G77", "o G77", "AG7")]
    [True, False, False]
    """
    at = target.find(code)
    while at >= 0:
        end = at + len(code)
        if not (at and _WORD_CHAR.match(target, at - 1)) and not _DIGIT.match(target, end):
            return True
        at = target.find(code, at + 1)
    return False


@lru_cache(maxsize=4096)
def _code_pattern(code: str) -> re.Pattern[str]:
    """``code`` with any (or no) hyphen or space between its pieces, any case."""
    pieces = _PIECES.findall(code)
    body = rf"[{_DASHES}.,'’\s\u00a0]?".join(re.escape(p) for p in pieces)  # "3.2.3RC1", "CCS’19"
    return re_compile(rf"(?<![^\W_]){body}(?!\d)", re.IGNORECASE)


# a currency code or symbol glued to an amount with a fraction ("RM4.5", "Rs12.5", "CHF4.5",
# "kr2.5"): not a code but a number, which the target writes with its own decimal separator
# ("RM4,5" in Portuguese); it is compared by value, so "RM45" is a changed amount
# (a version, "v1.8.0", is not: its digits are no number's shape)
_AMOUNT = re_compile(r"([^\W\d_]{1,3})(\d{1,3}(?:([.,])\d{3})(?:\3\d{3})*(?:[.,]\d+)?|\d+[.,]\d+)")
# degrees in the news style ("41.5C", "-3F"): the number check's (numbers._glued_degrees)
_DEGREES = re_compile(r"[-\u2212]?\d+(?:[.,]\d+)?[CF]")


def _amount_in(amount: re.Match[str], seg: TranslatedSegment, offset: int, src_lang: str,
               ctx: CheckContext) -> bool:
    """Whether the target writes the prefix of ``amount`` (found at ``offset`` in the source)
    glued or spaced to the same amount: its number read in the target's conventions (the
    source's only when the target has no reading of it: "RM4.5" copied as written), times the
    scale word the number check reads after it ("RM4,5 milhões" for "RM4.5 million")."""
    def scale_at(values: list[tuple[int, int, frozenset[Decimal], int]], at: int) -> int:
        return next((scale for start, _, _, scale in values if start == at), 1)

    prefix, digits = amount.group(1), amount.group(2)
    at = offset + len(prefix)
    unglued = seg.source[:offset] + " " * len(prefix) + seg.source[at:]
    scale = scale_at(source_values(unglued, src_lang, ctx.locale), at)
    want = {r * scale for r in _readings(digits, [src_lang])}
    pattern = rf"(?<![^\W_]){re.escape(prefix)}([\s\u00a0]?)(\d+(?:[.,]\d+)*)(?![\d.,]\d)"
    for m in re.finditer(pattern, seg.target, re.IGNORECASE):
        number = m.group(2)
        got = _readings(number, [ctx.target_lang]) or _readings(number, [src_lang])
        start = m.start(2)
        unglued = seg.target[: m.start()] + " " * (start - m.start()) + seg.target[start:]
        t_scale = scale_at(target_values(unglued, src_lang, ctx.locale), start)
        if {r * t_scale for r in got} & want:
            return True
    return False


_DAY_MONTH = re_compile(r"(\d{1,2})/(\d{1,2})")


def _date_swapped(code: str, twin: str, src_lang: str, locale: str) -> bool:
    """Is ``twin`` the day and month ``code`` is, written in the target's order ("11/9", the
    11th of September in a Portuguese source, is "9/11" in American English)? Only when the
    source's language writes one order and the target locale's CLDR short date the other,
    and the pair is no proper fraction ("1/2" swapped is a changed number; "9/11" in an
    English source, where both orders are written, stays a finding)."""
    from .localize.numeric_dates import DAY_FIRST, MONTH_FIRST, locale_order, source_orders

    a, b = _DAY_MONTH.fullmatch(code), _DAY_MONTH.fullmatch(twin)
    target = get_locale(locale)
    if a is None or b is None or a.groups() != b.groups()[::-1] or target is None:
        return False
    first, second = int(a.group(1)), int(a.group(2))
    orders = source_orders(src_lang)
    tgt_order = locale_order(target)[:2] + "Y"
    if first <= second or len(orders) != 1 or tgt_order in orders or \
            tgt_order not in (DAY_FIRST, MONTH_FIRST):
        return False
    day, month = (first, second) if DAY_FIRST in orders else (second, first)
    return 1 <= month <= 12 and 1 <= day <= 31


def check_codes(seg: TranslatedSegment, ctx: CheckContext) -> list[Finding]:
    """The digits of a name or code must reach the target as written: "Covid-19" written
    "Covid-12", "G7" written "G8" is a changed fact (blocking); a code the target does not
    have at all may have been written another way ("Q3" as "terceiro trimestre"): a warning."""
    if _skip(seg):
        return []
    out: list[Finding] = []
    target_codes = codes_in(seg.target)
    words = {w.casefold() for w in re.findall(r"[^\W\d_]+", seg.target)}
    src_lang = seg.segment.lang or ctx.source_lang
    # a version string ("v7.8.0") is a token the untranslatable stage masks and the verbatim
    # check reads letter for letter, naming what the target has in its place: one finding
    versions = version_spans(seg.source)
    source_codes = {c.text: c for c in codes_in(seg.source, _name_spans(seg))
                    if not any(c.start < e and s < c.end for s, e in versions)}
    source_texts = set(source_codes)
    scaled = [(a, b) for a, b, _, scale in source_values(seg.source, src_lang, ctx.locale)
              if scale > 1] if source_codes else []  # fmt: skip
    for code in source_codes.values():
        if any(code.start < b and a < code.end for a, b in scaled):
            continue  # "R50bn": an amount with its scale, which the number check compares
        if _DEGREES.fullmatch(code.text):
            continue  # "41.5C" is degrees, localized ("41,5C") and compared by value
        amount = _AMOUNT.fullmatch(code.text)
        if amount and amount.group(1).casefold() in _identifier_words(src_lang) \
                and _written_as_is(code.text, seg.target):
            continue  # "v8.1" names a version, copied as written in every locale: no amount
        if amount and amount.group(1).casefold() in _identifier_words(src_lang):
            pass  # "v8.1" written "v8,1" or "v8.2": a version is copied, never localized
        elif amount:  # "RM4.5" as "RM4,5": the same amount in the target's conventions
            if _amount_in(amount, seg, code.start, src_lang, ctx):
                continue
        elif _written_as_is(code.text, seg.target) or _code_pattern(code.text).search(seg.target):
            continue
        if _PLURAL.match(code.text) and re.search(rf"(?<![\d.,]){code.digits}(?!\d)", seg.target):
            continue  # "the 1980s" as "a década de 1980"
        # the target's code of the same letters that no source code accounts for ("v7.9.0"
        # beside a kept "v1.8.0"), else the first of the same letters
        twins = [t for t in target_codes if t.letters == code.letters]
        twin = next((t for t in twins if t.text not in source_texts), twins[0] if twins else None)
        lost_digits = (
            twin is None and len(code.letters) >= 3 and code.letters.replace(" ", "") in words
            and not any(d in seg.target for d in code.digits.split())
        )  # fmt: skip
        if twin is not None or lost_digits:
            got = repr(twin.text) if twin else "no digits"
            if twin is not None and amount:  # the whole amount: "RM4,6", not "RM4"
                at = twin.start + len(amount.group(1))
                spelled = re.match(r"[\s\u00a0]?\d+(?:[.,]\d+)*", seg.target[at:])
                if spelled:
                    got = repr(seg.target[twin.start : at + spelled.end()])
            out.append(
                Finding(
                    "numbers", "error", f"{code.text!r} changed: the target has {got}",
                    segment=seg.id, source_span=(code.start, code.end),
                    target_span=(twin.start, twin.end) if twin else None,
                    data={"kind": "code", "token": code.text},
                )
            )  # fmt: skip
        else:
            out.append(
                Finding(
                    "numbers", "warning", f"{code.text!r} is not in the target as written",
                    segment=seg.id, source_span=(code.start, code.end),
                    data={"kind": "code", "token": code.text},
                )
            )  # fmt: skip
    return out


# --- phone numbers and other digit strings ---------------------------------------------------

_DIGIT_STRING = re_compile(
    r"(?<![\w.,/:])(?:\+\s?)?(?:\(\d{1,5}\)\s?)?\d{1,6}(?:(?:[-.\u2010\u2011]|\s|\s?\(|\)\s?)\d{1,6}){2,}(?![\w/])"
)
_DATE_SHAPED = re_compile(
    r"\d{4}([-./])(?:0?[1-9]|1[0-2])\1(?:0?[1-9]|[12]\d|3[01])"
    r"|(?:0?[1-9]|[12]\d|3[01])([-./])(?:0?[1-9]|[12]\d|3[01])\2(?:\d{2}|\d{4})"
)
_LOOSE_DIGITS = re_compile(r"\d[\d\s\u00a0()\-\u2010\u2011\u2013./+]*\d")


def digit_strings(text: str, skip: Sequence[tuple[int, int]] = ()) -> list[tuple[int, int, str]]:
    """Phone numbers and IDs: three or more digit groups joined by hyphens, dots or spaces
    with at least seven digits, that are not a grouped number ("1 000 000", "1,234,567").

    >>> [d for *_, d in digit_strings("Call 1-800-273-8255 or (212) 555-0100; 1,234,567 died")]
    ['18002738255', '2125550100']
    """
    out = []
    for m in _DIGIT_STRING.finditer(text):
        run = m.group()
        digits = re.sub(r"\D", "", run)
        if len(digits) < 7 or _inside(m.span(), skip):
            continue
        seps = set(re.sub(r"[\d]", "", run))
        groups = re.split(r"\D+", run.strip("+( "))
        if seps <= {" ", ",", "\u00a0"} and all(len(g) == 3 for g in groups[1:]):
            continue  # a number grouped by thousands
        if seps <= {"."} and all(len(g) == 3 for g in groups[1:]):
            continue
        if seps <= {" "} and not run.startswith(("+", "(")):
            continue  # numbers side by side ("in 2019 and 2020 12 cases")
        if _DATE_SHAPED.fullmatch(run):
            continue  # "2019-12-27", "27.12.2019": a date, which the target may reorder
        out.append((m.start(), m.end(), digits))
    return out


def check_digit_strings(seg: TranslatedSegment, ctx: CheckContext) -> list[Finding]:
    """A phone number or ID must keep every digit, in order (compared without separators)."""
    if _skip(seg):
        return []
    found = digit_strings(seg.source)
    if not found:
        return []
    target = {re.sub(r"\D", "", m.group()) for m in _LOOSE_DIGITS.finditer(seg.target)}
    dates = [(d.start, d.end) for d in _source_dates(seg, ctx)]
    out = []
    for start, end, digits in found:
        if any(a < end and start < b for a, b in dates):
            continue  # "2019-12-27" is a date: the date check reads it
        if any(digits in t for t in target):
            continue
        out.append(
            Finding(
                "numbers", "error",
                f"{seg.source[start:end]!r} is not in the target digit for digit",
                segment=seg.id, source_span=(start, end),
                data={"kind": "digits", "digits": digits},
            )
        )  # fmt: skip
    return out


# --- clock times -----------------------------------------------------------------------------


@cache
def _periods(lang: str) -> tuple[tuple[str, str], ...]:
    """(normalized word, CLDR period id) for ``lang``'s day periods, longest first:
    "am"/"pm", "da tarde" (afternoon1), "in the morning" (morning1), ..."""
    locale = get_locale(lang)
    if locale is None:
        return ()
    pairs: dict[str, str] = {}
    for context in ("format", "stand-alone"):
        for width in ("wide", "abbreviated"):
            try:
                table = locale.day_periods[context][width]
            except KeyError:
                continue
            for pid, name in table.items():
                word = _norm_period(str(name))
                if (pid in ("am", "pm") and len(word) == 2) or len(word) >= 4:
                    pairs.setdefault(word, pid)
    return tuple(sorted(pairs.items(), key=lambda p: -len(p[0])))


def _norm_period(text: str) -> str:
    return re.sub(r"[.\s]+", " ", text.casefold()).replace("a m", "am").replace("p m", "pm").strip()


_TIME = re_compile(
    r"(?<![\w.,:/$£€])(?P<h>2[0-4]|[01]?\d)(?!\d)"
    r"(?:(?P<sep>[:h]|\.(?=\d\d\s?[ap]\.?\s?m\b))(?P<m>[0-5]\d)(?![\d:.,]\d)|(?P<hh>h)(?![^\W\d_]))?"
    r"(?P<rest>[^\S\n]?(?:[ap]\.?[^\S\n]?m\b\.?|[AP]M\b))?",
    re.IGNORECASE,
)
# A clock time written without its colon, hour and minutes run together, which only its day
# period makes a time: "702 PM", "1015 a.m." (the style of US weather bulletins). Without the
# period the digits are a plain number, and the number check reads them.
_TIME_RUN = re_compile(
    r"(?<![\w.,:/$£€#-])(?P<h>1[0-2]|0?[1-9])(?P<m>[0-5]\d)"
    r"(?P<rest>[^\S\n]?[ap]\.?[^\S\n]?m\b\.?)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class ClockTime:
    start: int
    end: int
    text: str
    values: frozenset[int]  # minutes after midnight it may stand for
    exact: bool  # minutes written, or a day period: a specific time
    contradiction: str | None = None  # "15:15 da manhã"


@cache
def _writes_24_hours(tag: str) -> bool:
    """Whether CLDR's short time pattern of ``tag`` is on the 24-hour clock ("HH:mm")."""
    locale = get_locale(tag)
    if locale is None:
        return False
    pattern = re.sub(r"'[^']*'", "", locale.time_formats["short"].pattern)
    return "H" in pattern and "a" not in pattern


_DayParts = tuple[re.Pattern[str], re.Pattern[str], dict[str, frozenset[int]]]


@cache
def _day_parts(lang: str) -> _DayParts | None:
    """``[day_parts]`` of ``locales/facts/<lang>.toml``: a pattern for a part of the day just
    after a time ("10:30 tonight", "10:30 on Sunday night"), one just before it ("this morning
    at 9:15"), and the hours each word allows; None when the language has none."""
    data = facts_data(lang).get("day_parts")
    if not data:
        return None
    hours: dict[str, set[int]] = {}
    for part in data.values():
        first, end = (int(h) for h in part["hours"])
        span = range(first, end) if first < end else [*range(first, 24), *range(0, end)]
        for word in part["words"]:
            hours.setdefault(str(word).casefold(), set()).update(span)
    alt = _alt(list(hours))
    after = re_compile(rf"(?i)^[^\S\n]+(?:[^\W\d_]+[^\S\n]+){{0,2}}?({alt})(?![\w'’-])")
    before = re_compile(rf"(?i)(?<![\w'’-])({alt})(?:[^\S\n]+[^\W\d_]+){{0,2}}?[^\S\n]+$")
    return after, before, {w: frozenset(h) for w, h in hours.items()}


def _day_part_hours(text: str, start: int, end: int, langs: Sequence[str]) -> frozenset[int] | None:
    """The hours a part of the day written next to the time at ``text[start:end]`` allows
    ("10:30 tonight": 17..23 and 0..5), or None when no part of the day is next to it."""
    for lang in dict.fromkeys(langs):
        parts = _day_parts(lang)
        if parts is None:
            continue
        after, before, hours = parts
        m = after.match(text[end : end + 40]) or before.search(text[max(0, start - 40) : start])
        if m is not None:
            return hours[m.group(1).casefold()]
    return None


def times_in(text: str, langs: Sequence[str], *, clock24: bool = False,
             day_parts: bool = False) -> list[ClockTime]:
    """Clock times: "11:25 a.m.", "5 p.m.", "11h25", "às 11h", "15:15 da tarde".

    A day period after the time ("a.m.", "da tarde", "in the evening": CLDR's day periods of
    ``langs``) fixes the 12-hour reading; a 24-hour time with a period that CLDR puts elsewhere
    in the day ("15:15 da manhã") is a contradiction.

    >>> [sorted(t.values) for t in times_in("at 3:15 p.m. or 11h, at 7 in the morning", ["en"])]
    [[915], [660], [420]]
    >>> [sorted(t.values) for t in times_in("15:15 da manhã, 3:15", ["pt"])]
    [[915], [195, 915]]
    >>> times_in("15:15 da manhã", ["pt"])[0].contradiction
    'morning1'
    >>> [sorted(t.values) for t in times_in("às 12:30 da manhã", ["pt"])]
    [[30]]
    >>> [(t.text, sorted(t.values)) for t in times_in("702 PM CDT, 1015 a.m., 702 CDT", ["en"])]
    [('702 PM', [1142]), ('1015 a.m.', [615])]

    ``day_parts``: a time written without its day period but next to a part of the day
    ("10:30 tonight", "this morning at 9:15", "às 10:30 desta noite") stands for the reading
    that part allows. ``clock24``: the text is of a locale that writes the 24-hour clock, so a
    time with neither ("às 10:30", "05:42") stands for its 24-hour reading alone.

    >>> [sorted(t.values) for t in times_in("at 10:30 tonight, at 9:15", ["en"], day_parts=True)]
    [[1350], [555, 1275]]
    >>> [sorted(t.values) for t in times_in("às 10:30 desta noite, às 05:42", ["pt"],
    ...                                     clock24=True, day_parts=True)]
    [[1350], [342]]

    """
    memo = readings_memo()  # the source is read by the number check and two fact checks
    key = ("t", text, tuple(langs), clock24, day_parts)
    if memo is not None and key in memo:
        return list(memo[key])
    periods = _sorted_periods(key[2])
    out = []
    for m in _TIME.finditer(text):
        hour = int(m.group("h"))
        minute = int(m.group("m") or 0)
        marker = m.group("rest")
        end = m.end()
        period: str | None = None
        if marker:
            period = "am" if marker.strip().lower().startswith("a") else "pm"
        else:
            tail = _norm_period(text[end : end + 24])
            for word, pid in periods:
                if pid in ("am", "pm") or not tail.startswith(word):
                    continue
                if tail[len(word) :][:1].isalpha():
                    continue  # "6 nights", "7 manhãs": a count of nights, not a time
                period = pid  # "at 7 in the morning", "15:15 da tarde"
                break
        if m.group("m") is None and m.group("hh") is None and period is None:
            continue  # a bare number
        if hour > 24 or (period in ("am", "pm") and not 1 <= hour <= 12):
            continue
        contradiction = None
        if period in ("am", "pm"):
            values = {(hour % 12 + (12 if period == "pm" else 0)) * 60 + minute}
        elif period is not None:
            fits = {h for h in (hour, hour + 12) if h < 24 and _in_period(h, minute, period, langs)}
            if not fits:
                contradiction = period
                if hour == 12:  # "12:30 da manhã" for "12:30 a.m.": 12 on the clock of 12
                    fits = {0}  # hours is noon or midnight, and a period that does not hold
                    # noon leaves midnight (CLDR's "manhã" starts at six; facts55 read both,
                    # which let "12:30 p.m." pass for it: facts56)
            values = {h * 60 + minute for h in (fits or {hour})}
        elif hour <= 12 and hour != 0 and m.group("sep") != "h" and m.group("hh") is None:
            # "3:15" may be either; "3h15" and "15h" are the 24-hour convention
            values = {hour * 60 + minute, ((hour % 12) + 12) * 60 + minute}
            if hour == 12:
                values.add(minute)
            allowed = _day_part_hours(text, m.start(), end, langs) if day_parts else None
            if allowed is not None and any(v // 60 in allowed for v in values):
                values = {v for v in values if v // 60 in allowed}  # "10:30 tonight"
            elif clock24 and allowed is None:
                values = {hour * 60 + minute}  # "às 10:30", "05:42": the 24-hour clock
        else:
            values = {(hour % 24) * 60 + minute}
        out.append(
            ClockTime(m.start(), end, text[m.start() : end], frozenset(values),
                      exact=m.group("m") is not None or period is not None,
                      contradiction=contradiction)
        )  # fmt: skip
    for m in _TIME_RUN.finditer(text):  # "702 PM": its period says it is a time
        hour, minute = int(m.group("h")), int(m.group("m"))
        pm = m.group("rest").strip().lower().startswith("p")
        value = (hour % 12 + (12 if pm else 0)) * 60 + minute
        out.append(ClockTime(m.start(), m.end(), m.group(), frozenset({value}), exact=True))
    found = sorted(out, key=_start)
    if memo is not None:
        memo[key] = tuple(found)
    return found


def _start(t: ClockTime) -> int:
    return t.start


@cache
def _sorted_periods(langs: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    """The day periods of every one of ``langs`` (:func:`_periods`), longest first (a stable
    sort: of two words of one length, the first language's first): made once per tuple of
    languages, not once per text read (speed46)."""
    periods = [p for lang in langs for p in _periods(lang)]
    periods.sort(key=lambda p: -len(p[0]))
    return tuple(periods)


@cache
def _spoken_patterns(lang: str) -> tuple[tuple[re.Pattern[str], int | None], ...]:
    """CLDR's words for noon and midnight (value in minutes) and its hour unit ("17 horas":
    value None, read from the digits) in ``lang``."""
    locale = get_locale(lang)
    if locale is None:
        return ()
    out: list[tuple[re.Pattern[str], int | None]] = []
    for pid, minutes in (("noon", 720), ("midnight", 0)):
        names = {str(locale.day_periods.get(context, {}).get(width, {}).get(pid, ""))
                 for context in ("format", "stand-alone") for width in ("wide", "abbreviated")}
        for name in sorted(n for n in names if len(n) >= 4):
            out.append((re_compile(rf"(?<![\w]){re.escape(name)}(?![\w])", re.I), minutes))
    units = locale._data.get("unit_patterns", {}).get("duration-hour", {})
    words = {str(p).replace("{0}", "").strip() for forms in units.values()
             for count, p in forms.items() if count != "per" and "{0}" in str(p)}  # fmt: skip
    words = {w for w in words if w and not any(ch.isdigit() for ch in w)}
    if words:
        alt = "|".join(sorted(map(re.escape, words), key=len, reverse=True))
        out.append((re_compile(rf"(?<![\w.,])([01]?\d|2[0-3])\s?(?:{alt})(?![\w])", re.I), None))
    return tuple(out)


def _spoken_times(text: str, langs: Sequence[str]) -> list[ClockTime]:
    """ "meio-dia", "meia-noite", "17 horas", "cinco da tarde": times written with words
    (CLDR's day periods and hour unit, the number words of ``locales/facts``)."""
    out = []
    for lang in dict.fromkeys(langs):
        periods = [p for p in _periods(lang) if p[1] not in ("am", "pm")]
        for start, end, hour in number_words(text, lang):
            tail = _norm_period(text[end : end + 24])
            pid = next((p for w, p in periods if tail.startswith(w)), None)
            if pid is None or not 1 <= hour <= 12:
                continue
            fits = {h for h in (hour, hour + 12) if h < 24 and _in_period(h, 0, pid, langs)}
            if fits:
                out.append(ClockTime(start, end, text[start:end],
                                     frozenset(h * 60 for h in fits), True))  # fmt: skip
        for pattern, minutes in _spoken_patterns(lang):
            for m in pattern.finditer(text):
                value = minutes if minutes is not None else int(m.group(1)) * 60
                out.append(ClockTime(m.start(), m.end(), m.group(), frozenset({value}), True))
    return out


def clock_spans(text: str, lang: str) -> list[tuple[int, int]]:
    """Where ``text`` writes clock times ("5 p.m.", "11:25"): the number check leaves them to
    :func:`check_times`, which compares them as times ("12 p.m." is "meio-dia")."""
    return [(t.start, t.end) for t in times_in(text, [lang])]


def _in_period(hour: int, minute: int, period: str, langs: Sequence[str]) -> bool:
    """Does CLDR put ``hour:minute`` in day period ``period`` (or next to noon/midnight)?"""
    for lang in langs:
        locale = get_locale(lang)
        if locale is None:
            continue
        moment = dt.datetime(2000, 1, 1, hour, minute)
        for delta in (0, -1, 1):
            at = (moment + dt.timedelta(minutes=delta)).time()
            if get_period_id(at, locale=locale) == period:
                return True
    return False


def _half_day_unsaid(source: ClockTime, target: ClockTime, text: str, langs: Sequence[str]) -> bool:
    """A source time of the afternoon or evening (one reading, 13:00 to 23:59) that a 12-hour
    target writes with neither a day period nor a part of the day anywhere in the sentence
    ("às 21h30" as "at 9:30"): its reader takes the morning.

    >>> src = times_in("às 21h30", ["pt"], clock24=True)[0]
    >>> _half_day_unsaid(src, times_in("at 9:30", ["en"])[0], "at 9:30", ["en"])
    True
    >>> _half_day_unsaid(src, times_in("at 9:30", ["en"])[0], "Sunday evening, at 9:30", ["en"])
    False
    """
    if len(source.values) != 1 or len(target.values) < 2:
        return False
    hour = next(iter(source.values)) // 60
    if not 13 <= hour <= 23:
        return False
    for lang in dict.fromkeys(langs):
        parts = _day_parts(lang)
        if parts is None:
            continue
        for m in re.finditer(r"[^\W\d_]+(?:['’][^\W\d_]+)?", text):
            hours = parts[2].get(m.group().casefold())
            if hours is not None and hour in hours:
                return False  # "on Sunday evening the vote closed at 9:30"
    return True


def check_times(seg: TranslatedSegment, ctx: CheckContext) -> list[Finding]:
    """Every clock time of the source must be in the target with the same value, in any
    form ("11:25 a.m." = "11h25" = "11:25"; "3 p.m." = "15h" = "3 da tarde"). A changed time,
    and a time whose day period contradicts it ("15:15 da manhã"), are blocking; a time the
    target lacks is blocking when it had minutes, else a warning (written out in words)."""
    if _skip(seg):
        return []
    src_lang = seg.segment.lang or ctx.source_lang
    source = times_in(seg.source, [src_lang], clock24=_writes_24_hours(src_lang), day_parts=True)
    if not source:
        return []
    langs = list(dict.fromkeys([ctx.locale, ctx.target_lang, src_lang]))
    target = times_in(seg.target, langs, clock24=_writes_24_hours(ctx.locale), day_parts=True)
    target += _spoken_times(seg.target, langs)
    out: list[Finding] = []
    for t in target:
        if t.contradiction:
            out.append(
                Finding(
                    "dates", "error", f"time {t.text!r}: the hour is not in that part of the day",
                    segment=seg.id, target_span=(t.start, t.end), data={"kind": "time"},
                )
            )  # fmt: skip
    free = [t for t in target if not t.contradiction]
    missing = []
    twelve = not _writes_24_hours(ctx.locale)
    for s in source:
        hit = next((t for t in free if t.values & s.values), None)
        if hit is not None:
            free.remove(hit)
            if twelve and _half_day_unsaid(s, hit, seg.target, langs):
                out.append(
                    Finding(
                        "dates", "error",
                        f"time {s.text!r} is written {hit.text!r} with no a.m./p.m. and no part"
                        " of the day: on this edition's 12-hour clock it reads as the"
                        " morning as well",
                        segment=seg.id, source_span=(s.start, s.end),
                        target_span=(hit.start, hit.end), data={"kind": "time"},
                    )
                )  # fmt: skip
        else:
            missing.append(s)
    for s in missing:
        other = free.pop(0) if free else None
        if other is None and not s.exact:
            severity = "warning"
            message = f"time {s.text!r} not found in the target (it may be written in words)"
        else:
            severity = "error"
            message = (
                f"time {s.text!r} changed: the target has {other.text!r}" if other
                else f"time {s.text!r} not found in the target"
            )  # fmt: skip
        out.append(
            Finding(
                "dates", severity, message, segment=seg.id,  # type: ignore[arg-type]
                source_span=(s.start, s.end),
                target_span=(other.start, other.end) if other else None,
                data={"kind": "time"},
            )
        )  # fmt: skip
    return out


# --- the number check's finders, for the checks below ----------------------------------------


@lru_cache(maxsize=64)
def _localizer(source_lang: str, locale: str) -> Any:
    """The number check's localizer for the pair: the same for every sentence (built once; its
    profile's quotation marks are read from CLDR)."""
    from .errors import UnknownLocaleError
    from .locales import Quotes, get_profile
    from .localize.stage import Localizer

    target_locale = get_locale(locale)
    if target_locale is None:
        return None
    try:
        profile: Any = get_profile(locale)
    except UnknownLocaleError:
        profile = None
    return Localizer(source_lang, target_locale, locale, locale.split("-")[0],
                     profile.quotes if profile else Quotes(), {}, profile)  # fmt: skip


def source_values(
    source: str, source_lang: str, locale: str
) -> list[tuple[int, int, frozenset[Decimal], int]]:
    """(start, end, values, scale) of the numbers of ``source`` that the number check
    compares ("¥110M" is one, with CLDR's compact "M"; "$250k" is not)."""
    from .localize.stage import source_numbers

    loc = _localizer(source_lang, locale)
    if loc is None or get_locale(source_lang) is None:
        return []
    return [(n.start, n.end, n.values, n.scale) for n in source_numbers(source, loc, [])]


def target_values(
    target: str, source_lang: str, locale: str
) -> list[tuple[int, int, frozenset[Decimal], int]]:
    """(start, end, values, scale) of the numbers of ``target``, read as the number check
    reads them (the target locale's and the source locale's conventions; ``scale`` 10**6
    for "milhões", else 1)."""
    from .localize.stage import target_numbers

    loc = _localizer(source_lang, locale)
    if loc is None:
        return []
    return [(n.start, n.end, n.values, n.scale) for n in target_numbers(target, loc, [])]


# --- short scales: "$250k", "£1.2bn" ---------------------------------------------------------


@dataclass(frozen=True)
class Scaled:
    start: int
    end: int
    text: str
    value: Decimal
    mantissa: Decimal
    plain_too: bool = False  # "5m" without a currency may be 5 metres: the bare 5 also counts


def _scale_table(lang: str) -> tuple[dict[str, int], frozenset[str]]:
    data = facts_data(lang).get("short_scales", {})
    only = frozenset(str(x) for x in data.get("currency_only", []))
    return {k: int(v) for k, v in data.items() if k != "currency_only"}, only


@cache
def _scale_pattern(
    lang: str, decimal: str
) -> tuple[dict[str, int], frozenset[str], re.Pattern[str] | None]:
    """``_scale_table(lang)`` and the pattern of its numbers, built once per language."""
    table, only = _scale_table(lang)
    if not table:
        return table, only, None
    letters = "|".join(sorted(map(re.escape, table), key=len, reverse=True))
    dec = re.escape(decimal)
    return table, only, re_compile(rf"(?<![\w.,])(\d+(?:{dec}\d+)?)\s?({letters})(?![\w])")


def scaled_in(text: str, lang: str, decimal: str = ".") -> list[Scaled]:
    """Numbers with a short scale letter: "$250k", "£1.2bn", "3.5mn" (``lang``'s data).

    >>> [(int(s.value), s.plain_too) for s in scaled_in("up to $250k, £1.2bn, 5m people", "en")]
    [(250000, False), (1200000000, False), (5000000, True)]
    """
    table, only, pattern = _scale_pattern(lang, decimal)
    if pattern is None:
        return []
    out = []
    for m in pattern.finditer(text):
        suffix = m.group(2)
        plain_too = suffix in only and measure_at(text, m.start(), m.end(), (lang,)) is None
        try:
            mantissa = Decimal(m.group(1).replace(decimal, "."))
        except InvalidOperation:  # pragma: no cover - the pattern only matches digits
            continue
        value = mantissa * 10 ** table[suffix]
        out.append(Scaled(m.start(), m.end(), m.group(), value, mantissa, plain_too))
    return out


def scaled_amounts(source: str, src_lang: str, locale: str) -> set[Decimal]:
    """The whole values of the source's amounts said with a scale, a word ("1.2 billion",
    CLDR's compact "¥110M") or a short scale letter ("$1.2bn", ``scaled_in``): 1,200,000,000,
    which a target may write in full digits ("US$ 1.200.000.000")."""
    out = {s.value.normalize() for s in scaled_in(source, src_lang)}
    for _, _, values, scale in source_values(source, src_lang, locale):
        if scale > 1:
            out |= {v.normalize() for v in values}  # the values carry their scale
    return out


def check_short_scales(seg: TranslatedSegment, ctx: CheckContext) -> list[Finding]:
    """ "$250k" must be 250,000 in the target ("US$ 250 mil", "US$ 250.000", "$250k"), with
    the same currency: a changed value or currency is blocking."""
    if _skip(seg):
        return []
    src_lang = seg.segment.lang or ctx.source_lang
    source = scaled_in(seg.source, src_lang)
    if not source:
        return []
    read = [(a, b) for a, b, _, scale in source_values(seg.source, src_lang, ctx.locale)
            if scale > 1]  # fmt: skip
    source = [s for s in source if not any(a < s.end and s.start < b for a, b in read)]

    mentions = target_values(seg.target, src_lang, ctx.locale)
    decimal = _decimal_of(ctx.locale)
    extra = [(s.start, s.end, s.value, None) for s in scaled_in(seg.target, src_lang, decimal)]
    extra += [(s.start, s.end, s.value, None) for s in scaled_in(seg.target, src_lang)]
    langs = (ctx.target_lang, src_lang)
    out: list[Finding] = []
    for s in source:
        want = measure_at(seg.source, s.start, s.end, (src_lang,))
        hit = next((m for m in mentions if s.value in m[2]), None)
        if hit is None and s.plain_too:  # "5m" as "5 metros"
            hit = next((m for m in mentions if m[3] == 1 and s.mantissa in m[2]), None)
        hit_span = (hit[0], hit[1]) if hit else None
        if hit is None:
            plain = next((e for e in extra if e[2] == s.value), None)
            hit_span = (plain[0], plain[1]) if plain else None
        if hit_span is None:
            out.append(
                Finding(
                    "numbers", "error",
                    f"{s.text!r} ({s.value.normalize():,f}) not found in the target",
                    segment=seg.id, source_span=(s.start, s.end),
                    data={"kind": "scale", "value": str(s.value)},
                )
            )  # fmt: skip
            continue
        if want is None or want.kind != "currency" or s.plain_too:
            continue
        got = measure_at(seg.target, hit_span[0], hit_span[1], langs)
        if got is None:
            got = next((q for q in measures_in(seg.target, langs) if q.kind == "currency"), None)
        if got is not None and want.agrees(got):
            continue
        what = f"became {got.text!r}" if got is not None else "is lost"
        out.append(
            Finding(
                "numbers", "error", f"the currency of {s.text!r} ({want.text!r}) {what}",
                segment=seg.id, source_span=(s.start, s.end), target_span=hit_span,
                data={"kind": "scale", "value": str(s.value)},
            )
        )  # fmt: skip
    return out


def _decimal_of(locale: str) -> str:
    from babel.numbers import get_decimal_symbol

    loc = get_locale(locale)
    return get_decimal_symbol(loc) if loc is not None else "."


# --- numbers written in words ----------------------------------------------------------------


@cache
def _word_pattern(lang: str) -> tuple[re.Pattern[str], dict[str, int]] | None:
    """The cardinals ``lang`` spells (``[number_words]`` of ``locales/facts/<lang>.toml``): a
    unit, a teen, a ten with its unit, and a hundred with what follows it: "two hundred (and)
    fifty" (``hundred`` after a unit or ``hundred_leads``), "duzentos e cinquenta" (a word of
    ``hundreds``, or of ``hundreds_joined`` only with what follows: "cento e dez", not "por
    cento"), joined by ``hundred_joiners``; and thousands: a word of ``thousand`` after such a
    number ("três mil", "twenty-five thousand"), after a ``thousand_leads`` word ("a
    thousand") or alone where ``thousand_alone`` says so ("mil"), then by ``thousand_joiners``
    what follows ("mil e duzentos", "two thousand five hundred"); not right after digits
    ("22 mil" is the number reader's), nor before ``thousand_not_before`` ("mil milhões"), nor
    after a number and a word of ``per_thousand`` ("0,5 por mil" is a rate per thousand)."""
    data = facts_data(lang).get("number_words")
    if not data:
        return None
    units = {str(k).casefold(): int(v) for k, v in data.get("units", {}).items()}
    teens = {str(k).casefold(): int(v) for k, v in data.get("teens", {}).items()}
    tens = {str(k).casefold(): int(v) for k, v in data.get("tens", {}).items()}
    hundreds = {str(k).casefold(): int(v) for k, v in data.get("hundreds", {}).items()}
    joined = {str(k).casefold(): int(v) for k, v in data.get("hundreds_joined", {}).items()}
    leads = {str(k).casefold(): int(v) for k, v in data.get("hundred_leads", {}).items()}
    hundred = [str(w) for w in data.get("hundred", [])]
    joiners = [str(j) for j in data.get("joiners", [" "])]
    tails = {str(k).casefold(): int(v) for k, v in data.get("joined_units", {}).items()}

    def alt(words: Iterable[str]) -> str:
        return "|".join(sorted(map(re.escape, words), key=len, reverse=True))

    join = "|".join(re.escape(j) for j in joiners)
    h_join = "|".join(re.escape(j) for j in data.get("hundred_joiners", [])) or "(?!)"
    rest = (rf"(?:(?P<rten>{alt(tens)})(?:(?:{join})(?P<runit>{alt({**units, **tails})}))?"
            rf"|(?P<rword>{alt({**units, **teens, **tails})}))")  # fmt: skip
    plain = re.sub(r"\(\?P<\w+>", "(?:", rest)
    heads = []
    if hundred:
        heads.append(rf"(?P<hlead>{alt({**units, **leads})})[ -](?:{alt(hundred)})")
    if hundreds:
        heads.append(rf"(?P<hword>{alt(hundreds)})")
    if joined:  # "cento" only where a smaller number follows it, and not after "por"
        not_after = "".join(rf"(?<!\b{re.escape(str(w))} )"
                            for w in data.get("hundreds_joined_not_after", []))
        heads.append(rf"{not_after}(?P<hjoined>{alt(joined)})(?=(?:{h_join}){plain}(?![\w]))")
    head = rf"(?:{'|'.join(heads)})(?:(?:{h_join}){rest})?" if heads else "(?!)"
    small = (rf"(?:{head}|(?P<ten>{alt(tens)})(?:(?:{join})(?P<unit>{alt({**units, **tails})}))?"
             rf"|(?P<word>{alt({**units, **teens})}))")  # fmt: skip
    thousand = [str(w) for w in data.get("thousand", [])]
    t_leads = {str(k).casefold(): int(v) for k, v in data.get("thousand_leads", {}).items()}
    thou = "(?!)"
    if thousand:
        bare = re.sub(r"\(\?P<\w+>", "(?:", small)
        t_join = "|".join(re.escape(j) for j in data.get("thousand_joiners", [" "]))
        not_before = "|".join(re.escape(str(w)) for w in data.get("thousand_not_before", []))
        lead = rf"(?P<tmul>{bare}|{alt(t_leads) or '(?!)'})[ -]"
        lead = rf"(?:{lead})?" if data.get("thousand_alone") else lead
        # "0,5 por mil": a number, a word of ``per_thousand`` and the thousand is a rate
        per = "".join(rf"(?<!\d{sep}{re.escape(str(w))} )(?<!\d{sep}{re.escape(str(w))}\u00a0)"
                      for w in data.get("per_thousand", []) for sep in (" ", "\u00a0"))
        thou = (rf"(?<!\d[ \u00a0])(?<!\d){lead}{per}(?P<tword>{alt(thousand)})"
                rf"(?![\w])(?!\s+(?:{not_before or '(?!)'})(?![\w]))"
                rf"(?:(?:{t_join})(?P<trest>{bare}|{alt(tails) or '(?!)'})(?![\w-]))?")  # fmt: skip
    pattern = re_compile(rf"(?<![\w-])(?:{thou}|{small})(?![\w])", re.IGNORECASE)
    return pattern, {**units, **teens, **tens, **hundreds, **{f"{k}·": v for k, v in leads.items()},
                     **{f"{k}·j": v for k, v in joined.items()},
                     **{f"{k}·t": v for k, v in t_leads.items()}, **tails}


def _word_value(m: re.Match[str], values: dict[str, int]) -> int:
    """The value of a match of :func:`_word_pattern`."""
    g = {k: v.casefold() for k, v in m.groupdict().items() if v}
    if "tword" in g:  # thousands: the parts on either side read on their own
        pattern = m.re

        def part(text: str | None, default: int) -> int:
            if not text:
                return default
            if f"{text.casefold()}·t" in values:
                return values[f"{text.casefold()}·t"]
            if text.casefold() in values and pattern.fullmatch(text) is None:
                return values[text.casefold()]  # a unit read only after a joiner: "e uma"
            sub = pattern.fullmatch(text)
            return _word_value(sub, values) if sub is not None else default

        return 1000 * part(m.group("tmul"), 1) + part(m.group("trest"), 0)

    def of(ten: str, unit: str, word: str) -> int:
        if ten in g:
            return values[g[ten]] + (values[g[unit]] if unit in g else 0)
        return values[g[word]] if word in g else 0

    if "hlead" in g:
        base = 100 * values.get(g["hlead"], values.get(f"{g['hlead']}·", 1))
    elif "hword" in g:
        base = values[g["hword"]]
    elif "hjoined" in g:
        base = values[f"{g['hjoined']}·j"]
    else:
        return of("ten", "unit", "word")
    return base + of("rten", "runit", "rword")


def number_words(text: str, lang: str) -> list[tuple[int, int, int]]:
    """(start, end, value) of the small cardinals ``text`` spells out, from ``lang``'s data.

    >>> [v for *_, v in number_words("four years, twenty-five days, ten", "en")]
    [4, 25, 10]
    >>> [v for *_, v in number_words("quatro anos, vinte e cinco dias, duas", "pt")]
    [4, 25, 2]
    >>> [v for *_, v in number_words("two hundred and fifty, a hundred, three hundred", "en")]
    [250, 100, 300]
    >>> [v for *_, v in number_words("duzentos e cinqüenta, cento e dez, cem, 5 por cento", "pt")]
    [250, 110, 100]
    >>> [v for *_, v in number_words("mil e duzentos, três mil, 22 mil, mil milhões", "pt")]
    [1200, 3000]
    >>> [v for *_, v in number_words("two thousand five hundred, a thousand, thousands", "en")]
    [2500, 1000]
    """
    memo = readings_memo()  # the source is read by three checks, the target by two
    key = ("w", text, lang)
    if memo is not None and key in memo:
        return list(memo[key])
    found = _word_pattern(lang)
    if found is None:
        return []
    pattern, values = found
    out = [(m.start(), m.end(), _word_value(m, values)) for m in pattern.finditer(text)]
    if memo is not None:
        memo[key] = tuple(out)
    return out


_GROUPED = re_compile(r"(?<![\d.,])\d{1,3}(?:([.,\u00a0\u202f ])\d{3})(?:\1\d{3})*(?![\d]|[.,]\d)")


def grouped_values(text: str) -> set[int]:
    """The whole numbers ``text`` writes in digits with groups of thousands, in either
    language's way ("1,200", "1.200", "1 200", "12.500.000"), and those of four to seven digits
    written plain ("1200").

    >>> sorted(grouped_values("1,200 and 1.200 and 3 000, 2500 and 1.5 and 12.50"))
    [1200, 2500, 3000]
    """
    out = {int(re.sub(r"\D", "", m.group())) for m in _GROUPED.finditer(text)}
    out |= {int(d) for d in re.findall(r"(?<![\d.,])\d{4,7}(?![\d]|[.,]\d)", text)}
    return out


def spelled_value_in(value: Decimal, target: str, target_lang: str) -> bool:
    """Does ``target`` spell in words the whole number ``value`` of 1,000 or more ("1,200"
    written "mil e duzentos", "3,000" written "three thousand")?

    >>> spelled_value_in(Decimal(1200), "cerca de mil e duzentas pessoas", "pt")
    True
    >>> spelled_value_in(Decimal(1200), "cerca de duzentas pessoas", "pt")
    False
    """
    if value < 1000 or value != value.to_integral_value():
        return False
    return int(value) in _spelled_values(target, target_lang)


def spells_a_number(target: str, target_lang: str) -> bool:
    """Does ``target`` spell any number in words ("três a um")? A small end of a score or a
    range missing from a target that spells none is not written out in words (probe52).

    >>> spells_a_number("venceu por três a um", "pt"), spells_a_number("venceu por 3-1", "pt")
    (True, False)
    """
    return bool(_spelled_values(target, target_lang))


@lru_cache(maxsize=16)
def _spelled_values(target: str, target_lang: str) -> frozenset[int]:
    """The values of the numbers ``target`` spells out (``number_words``), read once per text:
    the number check asks for each number missing (facts53: 20,000 of them reread the text
    20,000 times). A string keeps its hash, so a hit costs nothing."""
    return frozenset(v for *_, v in number_words(target, target_lang))


def _thousands_lost(value: int, target: str, lang: str, stated: set[int],
                    ) -> tuple[int, int, int] | None:  # fmt: skip
    """Where ``target`` writes a number of thousands the source spells (``value``) as another:
    a number of thousands the source does not state ("mil e duzentos" written "1,000"), or the
    number with its thousands lost, in digits or words ("mil e duzentos" written "200", "três
    mil" written "three"). (start, end, value) of what the target wrote, or None.

    >>> _thousands_lost(1200, "paid 200 euros", "en", {1200})
    (5, 8, 200)
    >>> _thousands_lost(1200, "paid 1,000 euros", "en", {1200})
    (5, 10, 1000)
    >>> _thousands_lost(1200, "paid 1,200 euros", "en", {1200}) is None
    True
    """
    for m in _GROUPED.finditer(target):
        n = int(re.sub(r"\D", "", m.group()))
        if n not in stated:
            return m.start(), m.end(), n
    parts = {value % 1000, value // 1000} - {0}
    for m in re.finditer(r"(?<![\d.,])\d{1,3}(?![\d]|[.,]\d)", target):
        if int(m.group()) in parts:
            return m.start(), m.end(), int(m.group())
    return next((w for w in number_words(target, lang) if w[2] in parts), None)


def check_number_words(seg: TranslatedSegment, ctx: CheckContext) -> list[Finding]:
    """A number the source writes in words must keep its value: "four years" may become
    "quatro anos" or "4 anos", not "cinco anos". Blocking when the target writes in words a
    number the source does not have while the source's number is gone; a number word the
    target lacks with nothing in its place is only an ``info`` (paraphrase: "ten years" as
    "uma década")."""
    if _skip(seg):
        return []
    src_lang = seg.segment.lang or ctx.source_lang
    source = number_words(seg.source, src_lang)
    if not source:
        return []
    target = number_words(seg.target, ctx.target_lang)
    src_digits = {int(d) for d in re.findall(r"(?<![\d.,])\d{1,3}(?![\d.,]\d)", seg.source)}
    tgt_digits = {int(d) for d in re.findall(r"(?<![\d.,])\d{1,3}(?![\d.,]\d)", seg.target)}
    if any(v >= 1000 for *_, v in source):  # "mil e duzentos" written "1,200"
        src_digits |= grouped_values(seg.source)
        tgt_digits |= grouped_values(seg.target)
    src_values = {v for *_, v in source} | src_digits
    tgt_words = [t for t in target]
    extra = [t for t in tgt_words if t[2] not in src_values]
    out: list[Finding] = []
    for start, end, value in source:
        hit = next((t for t in tgt_words if t[2] == value), None)
        if hit is not None:
            tgt_words.remove(hit)
            continue
        if value in tgt_digits:
            continue
        other = extra.pop(0) if extra else None
        text = seg.source[start:end]
        if other is None and value >= 1000:
            other = _thousands_lost(value, seg.target, ctx.target_lang, src_values)
        if other is None:
            out.append(
                Finding(
                    "numbers", "info", f"number {text!r} not found in the target "
                    "(it may be paraphrased)", segment=seg.id, source_span=(start, end),
                    data={"kind": "words", "value": value},
                )
            )  # fmt: skip
            continue
        out.append(
            Finding(
                "numbers", "error",
                f"number {text!r} ({value}) changed: the target has "
                f"{seg.target[other[0] : other[1]]!r} ({other[2]})",
                segment=seg.id, source_span=(start, end), target_span=(other[0], other[1]),
                data={"kind": "words", "value": value},
            )
        )  # fmt: skip
    return out




def check_invented_number_words(seg: TranslatedSegment, ctx: CheckContext) -> list[Finding]:
    """A number the target spells out must come from the source: "a lethal dose" written
    "duas doses letais" invents a two. Blocking when the target has a cardinal word whose value
    the source has nowhere: in words, digits, ordinal words, or a word that carries it
    (``implies`` in ``locales/facts/<lang>.toml``: "both", "twice", "decade")."""
    if _skip(seg):
        return []
    target = number_words(seg.target, ctx.target_lang)
    if not target:
        return []
    src_lang = seg.segment.lang or ctx.source_lang
    data = facts_data(src_lang).get("number_words", {})
    if not data:
        return []
    implies = _implied_values(src_lang)
    values = {v for *_, v in number_words(seg.source, src_lang)}
    copied = seg.source.casefold()
    words = re.findall(r"[^\W\d_]+", copied)  # read once for both tests below (speed46)
    # also inside compounds the cardinal check leaves alone ("best-of-five", "a billion-five")
    found = _word_pattern(src_lang)
    if found is not None:
        values |= {found[1][w] for w in words if w in found[1]}
    values |= {int(d) for d in re.findall(r"\d+", seg.source) if len(d) <= 4}
    if any(v >= 1000 for *_, v in target):  # "1,200" written "mil e duzentos"
        values |= grouped_values(seg.source)
    values |= {v for *_, v in _ordinal_words(seg.source, src_lang)}
    values |= {v for w in words if w in implies for v in implies[w]}
    values |= phrase_numbers(seg.source, src_lang)[0]
    prefixed: set[int] | None = None
    for start, end, value in target:
        if value in values:
            continue
        word = seg.target[start:end]
        if re.search(rf"(?<!\w){re.escape(word.casefold())}(?!\w)", copied):
            continue  # copied from the source ("Three-Day Event" in a Portuguese sentence)
        if prefixed is None:
            prefixed = _prefixed_numbers(seg.source, src_lang, data)
        if value in prefixed:
            continue  # "bicampeão" written "two-time champion"
        return [Finding(
            "numbers", "error",
            f"the target has the number {seg.target[start:end]!r} ({value}), which the source "
            "does not have",
            segment=seg.id, target_span=(start, end), data={"kind": "words"},
        )]  # fmt: skip
    return []


@cache
def _implied_values(lang: str) -> dict[str, frozenset[int]]:
    """``implies`` of ``[number_words]`` of ``lang`` (casefolded word -> the numbers it carries:
    "both" 2; "fortnight" 14 and 15, the "quinze dias" of Portuguese), built once per
    language, not once per sentence (speed46).

    >>> sorted(_implied_values("en")["fortnight"])
    [14, 15]
    """
    data = facts_data(lang).get("number_words", {})
    return {str(k).casefold(): _implied(v) for k, v in data.get("implies", {}).items()}


def _implied(value: Any) -> frozenset[int]:
    """An ``implies`` value: a number, or the numbers languages say for the word."""
    return frozenset(int(v) for v in value) if isinstance(value, list) else frozenset({int(value)})


@cache
def _number_phrases(
    lang: str,
) -> tuple[tuple[re.Pattern[str], frozenset[int], frozenset[str]], ...]:
    """``phrases`` of ``[number_words]`` of ``lang``: each phrase's pattern (any case), the
    numbers it carries and the CLDR units of time it names ("around the clock": 24, hours and
    days; probe51), compiled once per language."""
    out = []
    for row in facts_data(lang).get("number_words", {}).get("phrases", []):
        out.append((re_compile(str(row["pattern"]), re.IGNORECASE),
                    frozenset(int(v) for v in row.get("values", [])),
                    frozenset(f"duration-{u}" for u in row.get("units", []))))
    return tuple(out)


def phrase_numbers(source: str, lang: str) -> tuple[set[int], set[str]]:
    """The numbers and the units of time that the ``phrases`` of ``lang`` found in ``source``
    carry ("working around the clock" -> {24}, {"duration-hour", "duration-day"})."""
    values: set[int] = set()
    units: set[str] = set()
    for pattern, vals, unit_ids in _number_phrases(lang):
        if pattern.search(source):
            values |= vals
            units |= unit_ids
    return values, units


def _prefixed_numbers(text: str, lang: str, data: dict[str, Any]) -> set[int]:
    """The values of the words of ``text`` formed with a multiplying prefix (``prefixes`` of
    ``[number_words]``: "bicampeão" 2, "tricampeão" 3): the prefix followed by a word of four
    letters or more that the embedded engine of ``lang`` knows whole, so that "bilhão",
    "tribunal" or "triste" carry no number; a word the engine knows whole itself is a word of
    its own ("trimestre" is a quarter, "bilateral"), not a count."""
    prefixes = {str(k).casefold(): int(v) for k, v in data.get("prefixes", {}).items()}
    if not prefixes:
        return set()
    from .untranslatable import engine_lexicon  # read only when a number word is unexplained

    known = engine_lexicon(base_language(lang))
    out: set[int] = set()
    for word in re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)?", text.casefold()):
        for prefix, value in prefixes.items():
            rest = word[len(prefix):].lstrip("-")
            if word.startswith(prefix) and len(rest) >= 4 and rest in known \
                    and word not in known:
                out.add(value)
    return out


_TARGET_NUMBER = re_compile(r"(?<![\w,])(?<!\d\.)\d+(?:[.,\u00a0\u202f]\d+)*(?![\w]|[.,]\d)")
_ROMAN = re_compile(r"\b(?=[IVXLC]{2,}\b|[IVX]\b)(C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})\b")
_ROMAN_VALUE = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


def _roman(text: str) -> set[int]:
    """Values of the Roman numerals of ``text`` ("século XX", "World War II")."""
    out = set()
    for m in _ROMAN.finditer(text):
        word, total = m.group(), 0
        for i, c in enumerate(word):
            v = _ROMAN_VALUE[c]
            total += -v if i + 1 < len(word) and _ROMAN_VALUE[word[i + 1]] > v else v
        if total:
            out.add(total)
    return out


def source_number_values(source: str, src_lang: str) -> set[int]:
    """Every whole number ``source`` states in any form: digit runs (a year's last two digits
    too: "the 1990s" is "os anos 90"), number words, ordinal words, words that carry a number
    ("both", "dozen": ``implies``), Roman numerals; and 1 ("a million" is "1 milhão")."""
    values = {1}
    runs = re.findall(r"\d+", source)
    years = any(len(r) == 4 for r in runs)
    for run in runs:
        values.add(int(run))
        if len(run) == 4:
            values.add(int(run[2:]))
        elif len(run) == 2 and years:  # "2011-12" written "2011-2012"
            values |= {1900 + int(run), 2000 + int(run)}
    values |= {v for *_, v in number_words(source, src_lang)}
    values |= grouped_values(source)
    found = _word_pattern(src_lang)
    words = re.findall(r"[^\W\d_]+", source.casefold())
    if found is not None:
        values |= {found[1][w] for w in words if w in found[1]}
    values |= {v for *_, v in _ordinal_words(source, src_lang)}
    implies = facts_data(src_lang).get("number_words", {}).get("implies", {})
    values |= {v for w in words if w in implies for v in _implied(implies[w])}
    values |= phrase_numbers(source, src_lang)[0]
    values |= _roman(source)
    for t in times_in(source, [src_lang]):  # "5 p.m." written "17 horas"
        values |= {v // 60 for v in t.values} | {v % 60 for v in t.values}
    for *_, denominator in _fractions(source, src_lang):  # "half" written "50%"
        if denominator > 1:
            values |= {round(k * 100 / denominator) for k in range(1, denominator)}
    return values


def _named_dates_in_digits(
    source: str, target: str, source_lang: str, locale: str
) -> list[tuple[int, int]]:
    """The target spans of source dates named with their month ("Mar 21 2018") that the
    target writes in digits in its locale's order ("21/03/2018"): the month's number is the
    source's, not an invented one."""
    if "/" not in target and "." not in target and "-" not in target:
        return []
    from .localize.stage import named_dates_in_digits

    loc = _localizer(source_lang, locale)
    if loc is None:
        return []
    return [span for _, span in named_dates_in_digits(source, target, loc)]


def check_invented_numbers(seg: TranslatedSegment, ctx: CheckContext) -> list[Finding]:
    """A number the target writes in digits must come from the source: "os estados" written
    "os 14 estados" invents a fact. Blocking when a digit run of the target has a value the
    source states nowhere (see ``source_number_values``); clock times (which the localizer
    writes on a 24-hour clock), links and zero groups ("1.000" for "one thousand") are left
    to the checks that read them."""
    if _skip(seg):
        return []
    digits = [m for m in _TARGET_NUMBER.finditer(seg.target)]
    if not digits:
        return []
    src_lang = seg.segment.lang or ctx.source_lang
    values = source_number_values(seg.source, src_lang)
    skip = clock_spans(seg.target, ctx.target_lang) + clock_spans(seg.target, src_lang)
    skip += protected_spans(seg.target)
    skip += _named_dates_in_digits(seg.source, seg.target, src_lang, ctx.locale)
    if version_spans(seg.source):  # a version written for the source's: the verbatim check's
        skip += version_spans(seg.target)
    flat = re.sub(r"\D", "", seg.source)
    scaled: set[Decimal] | None = None
    for m in digits:
        if _inside(m.span(), skip):
            continue
        runs = [r for r in re.findall(r"\d+", m.group()) if r.strip("0")]
        if all(int(r) in values for r in runs):
            continue
        if re.sub(r"\D", "", m.group()) in flat:
            continue  # regrouped digits ("2019-2020" written "2019/20"; "1 234" as "1.234")
        if scaled is None:
            scaled = scaled_amounts(seg.source, src_lang, ctx.locale)
        if _readings(m.group(), [ctx.target_lang]) & scaled:
            continue  # "$1.2bn", "$1.2 billion" written in full digits: "US$ 1.200.000.000"
        return [Finding(
            "numbers", "error",
            f"the target has the number {m.group()!r}, which the source does not have",
            segment=seg.id, target_span=m.span(), data={"kind": "invented"},
        )]  # fmt: skip
    return []


def _year_words(lang: str) -> tuple[list[str], list[str]]:
    data = facts_data(lang).get("years", {})
    return [str(w) for w in data.get("after", [])], [str(w) for w in data.get("age", [])]


@cache
@cache
def _years_after_pattern(lang: str) -> re.Pattern[str] | None:
    """A number and a word of a span of years after it ("10 anos"), or None: no such words."""
    after, _ = _year_words(lang)
    if not after:
        return None
    alt = "|".join(map(re.escape, after))
    return re_compile(rf"(?<![\w.,])\d{{1,3}}\s(?:{alt})\b", re.IGNORECASE)


@cache
def _years_said_pattern(lang: str) -> re.Pattern[str] | None:
    """Any year or age word of ``lang``, or None when it has no year words after a number."""
    s_after, s_age = _year_words(lang)
    if not s_after:
        return None
    s_alt = "|".join(map(re.escape, s_after + s_age))
    return re_compile(rf"(?<![^\W\d_])(?:{s_alt})(?![^\W\d_])", re.IGNORECASE)


@cache
def _says_percent_pattern(lang: str) -> re.Pattern[str]:
    words = [str(w) for w in facts_data(lang).get("percent", {}).get("words", [])]
    alt = "|".join(map(re.escape, words)) or "%"
    return re_compile(rf"[%\u066a\u2030]|\b(?:{alt})", re.IGNORECASE)


def _says_percent(text: str, lang: str) -> bool:
    return bool(_says_percent_pattern(lang).search(text))


# a number, then up to two words ("12 mil", "3 milhões de") right before a currency's name
_AMOUNT_BEFORE = re_compile(r"\d[\d.,]*[ \u00a0]*(?:[^\W\d_]+[ \u00a0]+){0,2}$")


def _currency_by_number(target: str, m: Measure) -> bool:
    """Is the currency ``m`` of ``target`` said of an amount: a digit within four characters
    of a symbol ("$50", "US$ 50", "50 €"), or a number right before a currency's name in
    letters, up to two words between ("50 pesos", "12 mil reais", "3 milhões de rands")? A
    currency's name that is also a word ("treinos de peso a 50-60 minutos", weight; "Conteúdo
    Real 1", real) names no amount when the number only follows it (CLDR's names via Babel
    hold "peso", "real", "rand" as currencies).

    >>> from translate.localize.quantities import measures_in
    >>> def said(t): return [_currency_by_number(t, m) for m in measures_in(t, ("pt", "en"))
    ...                      if m.kind == "currency"]
    >>> said("treinos de peso a 50-60 minutos"), said("Conteúdo Real 1 - O IDE")
    ([False], [False])
    >>> said("custa 50 pesos"), said("custa 12 mil reais"), said("custa US$ 5")
    ([True], [True], [True])
    >>> said("são 15 ou 20 kg de peso"), said("5 milhões de reais")
    ([False], [True])
    """
    if not m.text[:1].isalpha() or not m.text.isalpha() or len(m.text) < 3:
        return bool(re.search(r"\d", target[max(0, m.start - 4) : m.end + 4]))
    before = _AMOUNT_BEFORE.search(target, max(0, m.start - 30), m.start)
    if before is None:
        return False
    from .localize.numbers import _scale_words, scale_locales_of

    scales = {sw.word.casefold() for lang in ("pt", "en") for sw in
              _scale_words(scale_locales_of(lang))}  # fmt: skip
    # the words between: a scale ("mil", "milhões", "million") or its linker ("de", "of"), not
    # a unit ("20 kg de peso") nor a coin ("18 centavos de dólar": cents, said in the source)
    return all(w.casefold() in scales or w.casefold() in ("de", "of")
               for w in re.findall(r"[^\W\d_]+", before.group()))  # fmt: skip


def check_invented_units(seg: TranslatedSegment, ctx: CheckContext) -> list[Finding]:
    """A number must not gain a measure the source does not have: "Windows 10" written
    "Windows 10 anos", "3)" written "3%", "5" written "5 dólares", "#1317" written "1317 km".
    Blocking when the target writes a percent, a currency or a unit of measure (CLDR's, by a
    number) and the source has none of that kind anywhere, or a span of years after
    a number the source writes after a name, with no year or age word anywhere (words in
    ``locales/facts/<lang>.toml``: ``[percent]``, ``[years]``)."""
    if _skip(seg):
        return []
    tgt_lang, src_lang = ctx.target_lang, seg.segment.lang or ctx.source_lang
    hit: tuple[int, int, str] | None = None
    pct = _PERCENT.search(seg.target)
    if (pct and not _says_percent(seg.source, src_lang) and not _points(seg.source, src_lang)
            and not _fractions(seg.source, src_lang)):  # "half" may be written "50%"
        hit = (pct.start(), pct.end(), "a percent")
    if hit is None and re.search(r"\d", seg.target):
        t_cur = [m for m in _measures(seg.target, (tgt_lang, src_lang)) if m.kind == "currency"]
        spaced = re.sub(r"(?<=\d)(?=[^\W\d_])", " ", seg.source) if t_cur else ""  # "20euros"
        if t_cur and not any(m.kind == "currency"
                             for m in measures_in(spaced, (src_lang, tgt_lang))):
            near = next((m for m in t_cur if _currency_by_number(seg.target, m)),
                        None)  # fmt: skip
            if near is not None:
                hit = (near.start, near.end, "a currency")
    if hit is None and re.search(r"\d", seg.target):
        hit = _invented_unit(seg.source, seg.target, src_lang, tgt_lang)
    years, said_years = _years_after_pattern(tgt_lang), _years_said_pattern(src_lang)
    if hit is None and years is not None and said_years is not None:
        m = years.search(seg.target)
        said = m is not None and said_years.search(seg.source)
        # an age is often written as a bare number ("Sinwar, 61," / "when I was 18"): only a
        # number that names a thing ("Windows 10", "iOS 12") is known not to be one
        if m and not said and re.search(rf"\b[A-Z][\w-]*\s{re.escape(m.group().split()[0])}"
                                        r"(?![\w.,]\d)", seg.source):  # fmt: skip
            hit = (m.start(), m.end(), "a span of years")
    if hit is None:
        return []
    return [Finding(
        "numbers", "error",
        f"the target gives {seg.target[hit[0] : hit[1]]!r} {hit[2]}, which the source does not "
        "have", segment=seg.id, target_span=hit[:2], data={"kind": "invented-unit"},
    )]  # fmt: skip


# a number glued to a word by a hyphen or nothing ("5,000-square-foot", "100m"), where a unit
# may stand that the measure reader does not take
# a number of the source and the word right after it, if any
_SOURCE_NUMBER = re_compile(r"(?<![\d.,])(\d(?:[\d.,\u00a0]*\d)?)(?:\s?([^\W\d_]))?")
_GLUED_UNIT = re_compile(r"(?<=\d)(?:[-\u2010\u2011](?=[^\W\d_])|(?=[^\W\d_]))")


def _invented_unit(source: str, target: str, src_lang: str,
                   tgt_lang: str) -> tuple[int, int, str] | None:  # fmt: skip
    """A unit of measure the target writes right by a number ("1317 km", "1317 metros") where
    the source writes no unit at all and no number glued to a word ("5,000-square-foot", "a
    100m final": a unit perhaps), and writes that number with no word after it: the engine
    gave a number a measure (facts36; probe33's
    "#1317" written "1317 euros" is the currency's case)."""
    t_units = [m for m in _measures(target, (tgt_lang, src_lang)) if m.kind == "unit"]
    if not t_units:
        return None
    near = next((m for m in t_units
                 if re.search(r"\d\s?$", target[max(0, m.start - 4) : m.start])), None)  # fmt: skip
    if near is None:
        return None
    if _GLUED_UNIT.search(source):
        return None  # "100m", "5,000-square-foot": a short unit glued may not be read as one
    if any(m.kind == "unit" for m in _measures(source, (src_lang, tgt_lang))):
        return None
    # the number the unit measures, in the source with no word after it ("#1317", "(#1110,"): a
    # word there may be a unit the reader does not know ("5.200 quilos" written "5,200 kilograms")
    digits = re.search(r"(\d[\d.,\u00a0 ]*)\s?$", target[: near.start])
    if digits is None:
        return None
    plain = re.sub(r"\D", "", digits.group(1))
    bare = any(re.sub(r"\D", "", m.group(1)) == plain and not m.group(2)
               for m in _SOURCE_NUMBER.finditer(source))  # fmt: skip
    return (near.start, near.end, "a unit") if bare else None


# --- sentences lost inside a segment ---------------------------------------------------------

# a sentence ends with . ! ? or … (and maybe a closing quote) after a word of two or more
# lower-case letters (not "Mr.", "U.S.", "a.m."), and the next starts with a capital or a quote
_SENTENCE_END = re_compile(
    r"(?<=[^\W\d_]{2}[.!?…])(?<![A-Z][a-z][.!?…])[”\"’»]?\s+(?=[“\"‘«(]?[^\W\d_])"
    r"|(?<=[”\"’»])(?<=[.!?…][”\"’»])\s+(?=[“\"‘«(]?[^\W\d_])"
)
_LETTER = re_compile(r"[^\W\d_]")
_NOT_LETTERS = re_compile(r"[\W\d_]+")  # the rest, in runs: what is left are the letters
_ANCHOR = re_compile(r"\d+|(?<!^)(?<![.!?]\s)\b[A-Z][^\W\d_]{2,}")


def sentences_of(text: str) -> list[str]:
    """The sentences of ``text`` that have letters (a short split, for length evidence).

    >>> sentences_of('“This should not have happened.” The operator said it acted.')
    ['“This should not have happened.”', 'The operator said it acted.']
    >>> len(sentences_of("At 9 a.m. ET, Mr. Smith and Dr. Jones met U.N. officials."))
    1
    """
    out, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        if m.group().strip():  # a closing quote went with the match: keep it in the sentence
            quote = m.group().rstrip()
            out.append(text[start : m.start() + len(quote)])
        else:
            out.append(text[start : m.start()])
        start = m.end()
    out.append(text[start:])
    return [s.strip() for s in out if _LETTER.search(s)]


def expected_ratio(source_lang: str, target_lang: str) -> float | None:
    """How many letters a translation into ``target_lang`` has per letter of its
    ``source_lang`` source, usually (``[length]`` of the target's facts data); None unknown."""
    table = facts_data(target_lang).get("length", {}).get("letters_per_source_letter", {})
    value = table.get(base_language(source_lang) or "")
    return float(value) if value else None


def check_sentences(seg: TranslatedSegment, ctx: CheckContext) -> list[Finding]:
    """A segment of several sentences whose target has fewer, and whose length fits the
    source without one of them far better than the whole source, lost that sentence
    (blocking): the engine dropped it ("“This should not have triggered blackouts.” The
    operator said..."). A target that joined two sentences into one keeps the length of both,
    and a sentence whose numbers or names are in the target is accounted for: neither is
    flagged. Only for language pairs whose usual length ratio is in the data."""
    import math

    if _skip(seg):
        return []
    src_lang = seg.segment.lang or ctx.source_lang
    rho = expected_ratio(src_lang, ctx.target_lang)
    if rho is None:
        return []
    source = sentences_of(seg.source)
    if len(source) < 2 or len(sentences_of(seg.target)) >= len(source):
        return []
    letters = [len(_NOT_LETTERS.sub("", s)) for s in source]
    total, got = sum(letters), len(_NOT_LETTERS.sub("", seg.target))
    if not got:
        return []
    fit_all = abs(math.log(got / (rho * total)))
    for sentence, n in sorted(zip(source, letters, strict=True), key=lambda p: p[1]):
        if n < 12 or total - n <= 0:
            continue
        fit_drop = abs(math.log(got / (rho * (total - n))))
        anchors = _ANCHOR.findall(sentence)
        if any(a in seg.target for a in anchors):
            continue
        if fit_drop + 0.1 < fit_all:
            return [
                Finding(
                    "length", "error",
                    f"the sentence {sentence!r} seems lost: the target has "
                    f"{len(sentences_of(seg.target))} sentence(s) for {len(source)}, and its "
                    "length fits the source without it",
                    segment=seg.id, data={"kind": "sentence", "sentence": sentence},
                )
            ]  # fmt: skip
    return []


# --- numbers joined into one fact: scores, year spans, fractions, versions -------------------

_COMPOUND = re_compile(r"(?<![\w.,\-–/:])\d+(?:(?:\s?[-–/]\s?|[.:])\d+)+(?![\w]|[.,]\d)")
_DIGITS = re_compile(r"\d+")


def compounds_in(text: str, skip: Sequence[tuple[int, int]] = ()) -> list[tuple[int, int, str]]:
    """Numbers joined by hyphens, dashes, slashes, dots or colons that are not one quantity:
    "2-1", "2011-12", "3/4", "3.11.7" (dates, times, phone numbers and plain decimals or
    grouped numbers are read elsewhere).

    >>> [c for *_, c in compounds_in("won 2-1 in 2011-12; 3/4 of v3.11.7; 1,234.5 and 2.5")]
    ['2-1', '2011-12', '3/4']
    """
    out = []
    for m in _COMPOUND.finditer(text):
        run = m.group()
        if _inside(m.span(), skip) or re.fullmatch(r"\d+(?:[.,]\d+)?", run):
            continue
        if re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:\.\d{3})+(?:,\d+)?", run):
            continue
        if ":" in run or _DATE_SHAPED.fullmatch(run):
            continue  # times, ratios and verses: the clock check's; dates: the date check's
        if set(re.sub(r"[\d\s]", "", run)) == {"–"}:
            continue  # "10–12": a range, whose numbers the number check reads one by one
        out.append((m.start(), m.end(), run))
    return out


def _sequence_in(parts: list[str], target_runs: list[str]) -> bool:
    """Do the numbers ``parts`` appear one after another in ``target_runs`` ("2011-12" may
    be written "2011-2012": a shortened year is read with its century)?"""
    n = len(parts)
    for i in range(len(target_runs) - n + 1):
        window = target_runs[i : i + n]
        if all(
            w == p or (int(w) == int(p)) or (j and len(p) < len(parts[j - 1])
                                             and w == parts[j - 1][: -len(p)] + p)
            for j, (w, p) in enumerate(zip(window, parts, strict=True))
        ):  # fmt: skip
            return True
    return False


def _new_number(source: str, target: str) -> tuple[int, int, str] | None:
    """The first digit run of ``target`` whose value no digit run of ``source`` has; a clock
    time's digits are left to :func:`check_times` ("1:39 PM" is written "13:39" in pt-BR)."""
    values = {int(d) for d in _DIGITS.findall(source)}
    clocks = [(t.start, t.end) for t in times_in(target, []) if t.exact]
    return next(((m.start(), m.end(), m.group()) for m in _DIGITS.finditer(target)
                 if int(m.group()) not in values
                 and not _inside((m.start(), m.end()), clocks)), None)  # fmt: skip


def _range_cut(text: str, parts: list[str], runs: list[str], target: str, lang: str) -> str | None:
    """The number a hyphenated range or score lost in ``target`` ("15-20 minutes" written "20
    minutos": "15"), when another of its numbers is there in digits and the lost one is in
    neither digits nor words; None otherwise (a slash, "24/7", "9/11", may be written as
    words around one of its numbers)."""
    if set(re.sub(r"[\d\s]", "", text)) - {"-", "–"}:
        return None
    values = {int(r) for r in runs} | {v for *_, v in number_words(target, lang)}
    present = [p for p in parts if int(p) in values]
    missing = [p for p in parts if int(p) not in values]
    return missing[0] if present and missing else None


def check_compounds(seg: TranslatedSegment, ctx: CheckContext) -> list[Finding]:
    """A score, a span of years, a fraction or a version must keep its numbers in order:
    "2-1" may become "2 a 1", not "3-1"; "2011-12" may become "2011-2012", not "2011-13".
    Blocking when the target has a joined number of the same shape that the source lacks;
    a warning when the numbers are just not there (written in words: "três quartos")."""
    if _skip(seg):
        return []
    source = compounds_in(seg.source)
    if not source:
        return []
    skip = [(d.start, d.end) for d in _source_dates(seg, ctx)]
    skip += [(a, b) for a, b, _ in digit_strings(seg.source)]
    skip += _source_numeric_dates(seg, ctx)  # "05/08/2020": read by check_numbers, by value
    skip += version_spans(seg.source)  # "1.12.5": the verbatim check's (check_codes says why)
    source = [c for c in source if not _inside(c[:2], skip)]
    if not source:
        return []
    runs = _DIGITS.findall(seg.target)
    target = compounds_in(seg.target)
    src_shapes = {tuple(_DIGITS.findall(c)) for *_, c in source}
    out: list[Finding] = []
    for start, end, text in source:
        parts = _DIGITS.findall(text)
        if _sequence_in(parts, runs):
            continue
        other = next((t for t in target if len(_DIGITS.findall(t[2])) == len(parts)
                      and tuple(_DIGITS.findall(t[2])) not in src_shapes), None)  # fmt: skip
        if other is not None and _date_swapped(text, other[2], seg.segment.lang or
                                               ctx.source_lang, ctx.locale):
            continue
        if other is None:  # "12-16 weeks" written "15 a 16 semanas": a number of its own
            other = _new_number(seg.source, seg.target)
        cut = None if other else _range_cut(text, parts, runs, seg.target, ctx.target_lang)
        out.append(
            Finding(
                "numbers", "error" if other or cut else "warning",
                f"{text!r} changed: the target has {other[2]!r}" if other
                else f"{text!r} is cut in the target: {cut!r} is not there" if cut
                else f"{text!r} is not in the target (it may be written in words)",
                segment=seg.id, source_span=(start, end),
                target_span=(other[0], other[1]) if other else None,
                data={"kind": "compound"},
            )
        )  # fmt: skip
    return out


def _source_dates(seg: TranslatedSegment, ctx: CheckContext) -> list[Any]:
    from .locales import Quotes
    from .localize.stage import Localizer, source_dates

    target = get_locale(ctx.locale)
    if target is None:
        return []
    lang = seg.segment.lang or ctx.source_lang
    loc = Localizer(lang, target, ctx.locale, ctx.target_lang, Quotes(), {}, None)
    return source_dates(seg.source, loc)


def _source_numeric_dates(seg: TranslatedSegment, ctx: CheckContext) -> list[tuple[int, int]]:
    """Spans of the source's dates written in digits that its language's orders read: the
    number check compares them by date, in each side's order (``check_numeric_dates``)."""
    from .localize.dates import day_suffixes_of
    from .localize.numeric_dates import find_numeric_dates, source_orders

    lang = seg.segment.lang or ctx.source_lang
    orders = source_orders(lang)
    if not orders:
        return []
    return [(d.start, d.end) for d in find_numeric_dates(seg.source, day_suffixes_of(None, lang))
            if d.readings(orders)]


# --- signs and ordinals ----------------------------------------------------------------------

_MINUS = "-\u2212\u2012\u2013"


@cache
def _negative_patterns(lang: str) -> tuple[re.Pattern[str], re.Pattern[str] | None]:
    signs = facts_data(lang).get("signs", {})
    words = [str(w) for w in signs.get("minus_words", [])]
    alt = "|".join(map(re.escape, words)) or "(?!)"
    pattern = re_compile(
        rf"(?:(?<![\w.,%)\]])[{_MINUS}](?=\d)|\b(?:{alt})\s+)(\d+(?:[.,]\d+)?)", re.IGNORECASE
    )
    # "pelo menos 88" is "at least 88", not "minus 88": the words that make a minus word part
    # of another phrase, read just before it
    idioms = "|".join(re.escape(str(w)) for w in signs.get("not_minus_after", []))
    before = re_compile(rf"(?i)(?:^|\W)(?:{idioms})\s+$") if idioms else None
    return pattern, before


def negatives_in(text: str, lang: str) -> list[tuple[int, int, str]]:
    """Negative numbers: a minus sign glued to digits after a space or an opening bracket,
    or a minus word of ``lang`` before them ("-5", "−12C", "minus 40").

    >>> [d for *_, d in negatives_in("fell to -12C, minus 40, 10-12 and a -3 score", "en")]
    ['12', '40', '3']
    >>> [d for *_, d in negatives_in("chegou a menos 10 graus, pelo menos 88 mortos", "pt")]
    ['10']
    """
    pattern, before = _negative_patterns(lang)
    return [
        (m.start(), m.end(), m.group(1))
        for m in pattern.finditer(text)
        if before is None or m.group()[:1] in _MINUS or not before.search(text[: m.start()][-24:])
    ]


def check_signs(seg: TranslatedSegment, ctx: CheckContext) -> list[Finding]:
    """A negative number must stay negative: "-5 degrees" written "5 graus" (the target has
    the number but no minus sign or minus word anywhere before it) is blocking."""
    if _skip(seg):
        return []
    src_lang = seg.segment.lang or ctx.source_lang
    source = negatives_in(seg.source, src_lang)
    if not source:
        return []
    negative = {_digits_key(d) for *_, d in negatives_in(seg.target, ctx.target_lang)}
    negative |= {_digits_key(d) for *_, d in negatives_in(seg.target, src_lang)}
    words = [str(w) for w in facts_data(ctx.target_lang).get("signs", {}).get("minus_words", [])]
    after = re_compile(rf"(?i)\b(?:{'|'.join(map(re.escape, words)) or '(?!)'})\b")
    out = []
    for start, end, digits in source:
        key = _digits_key(digits)
        if key in negative:
            continue
        number = re.escape(key)
        hit = re.search(rf"(?<![\d.]){number}(?!\d)", seg.target.replace(",", "."))
        if hit is None:
            continue  # the number itself is gone: the number check says so
        if after.search(seg.target[hit.end() : hit.end() + 30]):
            continue  # "5 graus negativos"
        out.append(
            Finding(
                "numbers", "error", f"{seg.source[start:end]!r} lost its minus sign",
                segment=seg.id, source_span=(start, end), target_span=hit.span(),
                data={"kind": "sign"},
            )
        )  # fmt: skip
    return out


def _digits_key(digits: str) -> str:
    return digits.replace(",", ".")


@cache
def _ordinal_pattern(lang: str) -> re.Pattern[str] | None:
    suffixes = [str(s) for s in facts_data(lang).get("signs", {}).get("ordinal_suffixes", [])]
    if not suffixes:
        return None
    alt = "|".join(sorted(map(re.escape, suffixes), key=len, reverse=True))
    return re_compile(rf"(?<![\w.,])(\d{{1,4}})(?:{alt})(?![^\W\d_])")


def _ordinals(text: str, lang: str) -> list[tuple[int, int, int]]:
    pattern = _ordinal_pattern(lang)
    if pattern is None:
        return []
    return [(m.start(), m.end(), int(m.group(1))) for m in pattern.finditer(text)]


def ordinal_values(text: str, lang: str) -> list[int]:
    """The values of the ordinals ``text`` writes in digits with a suffix of ``[signs]
    ordinal_suffixes`` of ``locales/facts/<lang>.toml`` ("21st", "3.º")."""
    return [v for *_, v in _ordinals(text, lang)]


def check_ordinals(seg: TranslatedSegment, ctx: CheckContext) -> list[Finding]:
    """An ordinal written in digits ("3rd") must keep its value: "3.º", "3º" or "terceiro"
    are right, "4.º" is blocking (when the source has no 4th). Ordinals in dates are the
    date check's."""
    if _skip(seg):
        return []
    src_lang = seg.segment.lang or ctx.source_lang
    source = _ordinals(seg.source, src_lang)
    if not source:
        return []
    skip = [(d.start, d.end) for d in _source_dates(seg, ctx)]
    source = [o for o in source if not _inside(o[:2], skip)]
    if not source:
        return []
    values = {v for *_, v in source}
    target = _ordinals(seg.target, ctx.target_lang) + _ordinals(seg.target, src_lang)
    digits = {int(d) for d in _DIGITS.findall(seg.target)}
    extra = [t for t in target if t[2] not in values]
    new = _new_number(seg.source, seg.target)  # "50th anniversary" written "53 anos"
    if new is not None:
        extra.append((new[0], new[1], int(new[2])))
    out = []
    for start, end, value in source:
        if value in digits or not extra:
            continue
        other = extra.pop(0)
        out.append(
            Finding(
                "numbers", "error",
                f"{seg.source[start:end]!r} changed: the target has "
                f"{seg.target[other[0] : other[1]]!r}",
                segment=seg.id, source_span=(start, end), target_span=(other[0], other[1]),
                data={"kind": "ordinal"},
            )
        )  # fmt: skip
    return out


# --- units of numbers the number check does not pair: "9.3km", "55-kilometer", "15 minutes" -

_DURATIONS = ("duration-year", "duration-month", "duration-week", "duration-day",
              "duration-hour", "duration-minute", "duration-second")  # fmt: skip
_NUM = re_compile(r"(?<![\w.,])\d+(?:[.,]\d+)*")
_NEXT_WORD = re_compile(r"([ \u00a0\u202f]?[-\u2010\u2011]?[ \u00a0\u202f]?)([^\W\d_]+)")


@cache
def _duration_words(lang: str) -> dict[str, str]:
    """Names of units of time in ``lang`` (CLDR long and short forms of at least three letters,
    singular and plural: "year", "yrs", "meses") -> the CLDR unit id. A short form CLDR
    writes with a full stop keeps it ("sem.": the Portuguese "sem" is "without")."""
    from babel.units import format_unit

    out: dict[str, str] = {}
    for unit in _DURATIONS:
        for length in ("long", "short"):
            for n in (1, 2, 5):
                try:
                    text = format_unit(n, unit, length=length, locale=lang)
                except Exception:  # a locale without the unit
                    continue
                word = re.sub(r"[\d\s.,\u00a0\u202f]+", " ", text).strip()
                if len(word) >= 3 and word.isalpha():
                    dotted = text.rstrip().endswith(word + ".")
                    out[word.casefold() + ("." if dotted else "")] = unit
    return out


@dataclass(frozen=True)
class _Unit:
    ids: frozenset[str]
    text: str
    glued: bool  # written with no space ("9.3km") or with a hyphen ("55-kilometer")


def _unit_after(text: str, end: int, langs: Sequence[str]) -> _Unit | None:
    """The unit of time or measure written right after the number ending at ``end``."""
    m = _NEXT_WORD.match(text, end)
    if m is None:
        return None
    sep, word = m.group(1), m.group(2)
    glued = sep == "" or any(c in sep for c in _DASHES)
    dot = "." if text[m.end(2) : m.end(2) + 1] == "." else ""
    for lang in langs:
        words = _duration_words(lang)
        unit = words.get(word.casefold()) or (words.get(word.casefold() + ".") if dot else None)
        if unit is not None:
            return _Unit(frozenset({unit}), word, glued)
    # what CLDR's measure names read (the hyphen read as a space: "55-kilometer")
    spaced = text[:end] + re.sub(f"[{_DASHES}]", " ", sep) + text[m.start(2) :]
    found = measure_at(spaced, end, end, langs)
    if found is None or found.kind != "unit" or found.start < end:
        return None
    return _Unit(found.ids, found.text, glued)


@cache
def _separators(lang: str) -> tuple[str, str]:
    """CLDR's decimal and group symbols of ``lang`` (a no-break space group as a space)."""
    from babel.numbers import get_decimal_symbol, get_group_symbol

    dec, grp = get_decimal_symbol(lang), get_group_symbol(lang)
    return dec, " " if grp in "\u00a0\u202f " else grp


def _readings(token: str, langs: Sequence[str]) -> set[Decimal]:
    """The values ``token`` ("1.500", "9,3") has in the number conventions of ``langs``."""
    out: set[Decimal] = set()
    for lang in langs:
        dec, grp = _separators(lang)
        whole, _, frac = token.partition(dec)
        if dec in frac or (grp and grp in frac):
            continue
        grouped = rf"\d{{1,3}}(?:{re.escape(grp)}\d{{3}})+"
        if grp and grp in whole and not re.fullmatch(grouped, whole):
            continue  # "4.96" is no Portuguese number: groups have three digits
        plain = (whole.replace(grp, "") if grp else whole) + ("." + frac if frac else "")
        try:
            out.add(Decimal(plain).normalize())
        except InvalidOperation:
            continue
    return out


# Units of time a number is not written without: "44 seconds" is never "44 terceiros", while
# an age in years may be written bare ("aos 11 anos" written "at the age of 11": set AL's
# alp002, a false hold of the first cut) and a unit short ("30-60 mins": set P's pp073).
_CLOCK_UNITS = frozenset({"duration-hour", "duration-minute", "duration-second"})


def _ordinal_after(text: str, m: re.Match[str], langs: Sequence[str]) -> bool:
    """Whether the word right after the number ``m`` (a space between) is an ordinal word of
    ``langs`` ("44 terceiros"): the number counts something else than its unit."""
    nxt = re.match(r"[ \u00a0]([^\W\d_]+)", text[m.end() :])
    if nxt is None:
        return False
    word = nxt.group(1).casefold()
    return any(word in _ordinal_table(lang) for lang in langs)


def _names_unit(text: str, ids: frozenset[str], langs: Sequence[str]) -> bool:
    """Whether ``text`` writes a word of one of the units of time ``ids`` anywhere."""
    words = [w.casefold() for w in re.findall(r"[^\W\d_]+", text)]
    for lang in langs:
        table = _duration_words(lang)
        if any(table.get(w) in ids or table.get(w + ".") in ids for w in words):
            return True
    return False


def check_units(seg: TranslatedSegment, ctx: CheckContext) -> list[Finding]:
    """A number's unit of time or measure must survive: "15 minutes" written "15 segundos",
    "an 8-year-old" written "de 8 meses", "a 55-kilometer zone" written "55 milhas" are
    blocking. Numbers glued to their unit ("9.3km"), which the number check does not read, must
    also keep their value ("9,6 km" is blocking). The units of time are CLDR's (Babel); the
    units of measure those of :mod:`translate.localize.quantities`. A number whose unit the
    target does not write next to it is left to the number check (the engine may reword),
    unless it is an hour, a minute or a second the target names nowhere and writes its number
    before an ordinal word ("44 seconds" written "44 terceiros": facts49, set AL's rank rows;
    an age in years may be written bare, "at the age of 11", a unit short, "30-60 mins")."""
    if _skip(seg):
        return []
    src_lang = seg.segment.lang or ctx.source_lang
    t_langs = list(dict.fromkeys([ctx.target_lang, src_lang]))
    skip = _name_spans(seg) + protected_spans(seg.source)
    t_skip = protected_spans(seg.target)
    target = [
        (m, _readings(m.group(), t_langs), _unit_after(seg.target, m.end(), t_langs))
        for m in _NUM.finditer(seg.target)
        if not _inside(m.span(), t_skip)
    ]
    out: list[Finding] = []
    for m in _NUM.finditer(seg.source):
        if _inside(m.span(), skip):
            continue
        unit = _unit_after(seg.source, m.end(), [src_lang])
        if unit is None:
            continue
        duration = any(i.startswith("duration-") for i in unit.ids)
        if not (unit.glued or duration):
            continue  # "5 km": the number check reads its measure
        values = _readings(m.group(), [src_lang])
        same = [(t, u) for t, r, u in target if r & values]
        written = seg.source[m.start() : m.end() + len(unit.text) + 2].strip()
        if not same:
            if m.end() < len(seg.source) and seg.source[m.end()].isalpha():
                out.append(Finding(
                    "numbers", "error", f"number {written!r} not found in the target",
                    segment=seg.id, source_span=(m.start(), m.end()),
                    data={"kind": "unit", "value": m.group()},
                ))  # fmt: skip
            continue
        if any(u is not None and u.ids & unit.ids for _, u in same):
            continue
        bare = [t for t, u in same if u is None]
        if bare:
            counted = [t for t in bare if _ordinal_after(seg.target, t, t_langs)]
            if unit.ids & _CLOCK_UNITS and len(counted) == len(bare) \
                    and not _names_unit(seg.target, unit.ids, t_langs):  # fmt: skip
                out.append(Finding(
                    "numbers", "error",
                    f"{written!r}: the target writes {bare[0].group()!r} before an ordinal, "
                    f"with no unit of time",
                    segment=seg.id, source_span=(m.start(), m.end()), target_span=bare[0].span(),
                    data={"kind": "unit-dropped", "source_measure": sorted(unit.ids)},
                ))  # fmt: skip
            continue
        t, u = same[0]
        assert u is not None
        out.append(Finding(
            "numbers", "error",
            f"{written!r} became {t.group() + ' ' + u.text!r}: the unit changed",
            segment=seg.id, source_span=(m.start(), m.end()), target_span=t.span(),
            data={"kind": "unit", "source_measure": sorted(unit.ids),
                  "target_measure": sorted(u.ids)},
        ))  # fmt: skip
    return out


# --- a unit word turned into another: "several hundred miles" written "centenas de quilômetros"

_UNIT_CLASS = {"length": "length", "area": "length", "volume": "volume", "mass": "mass",
               "speed": "speed", "temperature": "temperature"}  # fmt: skip
_SAME_UNIT = {"tonne": "ton"}  # English "tons" is either; Portuguese "toneladas" the metric one


def _measures(text: str, langs: Sequence[str]) -> tuple[Measure, ...]:
    """:func:`measures_in` of ``text``, read once per text and languages in a
    ``readings_shared()`` block (the unit-word check and the invented-unit check read the same
    target; the measures are frozen)."""
    memo = readings_memo()
    key = ("mi", text, tuple(dict.fromkeys(langs)))
    known = memo.get(key) if memo is not None else None
    if known is not None:
        return known
    found = tuple(measures_in(text, langs))
    if memo is not None:
        memo[key] = found
    return found


def _unit_bases(text: str, langs: Sequence[str], skip: Sequence[tuple[int, int]]) -> list[
    tuple[Any, frozenset[tuple[str, str]]]
]:
    """Each unit word of ``text`` (a number next to it or not) with its (class, base unit)
    readings: "square feet" and "feet" are both feet, "tons" and "toneladas" both tons."""
    out = []
    for m in _measures(text, langs):
        if m.kind != "unit" or _inside((m.start, m.end), skip):
            continue
        bases = set()
        for ident in m.ids:
            dim, _, name = ident.removeprefix("unit:").partition("-")
            cls = _UNIT_CLASS.get(dim)
            if cls is not None:
                name = re.sub(r"^(?:square|cubic)-", "", name)
                bases.add((cls, _SAME_UNIT.get(name, name)))
        if bases:
            out.append((m, frozenset(bases)))
    return out


def _after_number(text: str, start: int) -> bool:
    return bool(re.search(r"\d[\s\u00a0\u202f-]?$", text[:start]))


def check_unit_words(seg: TranslatedSegment, ctx: CheckContext) -> list[Finding]:
    """A unit the target writes that the source does not, where the source's unit of the same
    kind is gone: "several hundred miles" written "várias centenas de quilômetros", "14,000
    square feet" written "14.000 metros quadrados" (a unit turned, its number kept, is no
    conversion). A number's unit is :func:`check_units`'s too; this one also reads the units
    written without a number. Units of CLDR's measure names (``translate.localize.quantities``)."""
    if _skip(seg):
        return []
    src_lang = seg.segment.lang or ctx.source_lang
    source = _unit_bases(seg.source, [src_lang], _name_spans(seg) + protected_spans(seg.source))
    if not source:
        return []
    target = _unit_bases(seg.target, list(dict.fromkeys([ctx.target_lang, src_lang])),
                         protected_spans(seg.target))  # fmt: skip
    s_all = frozenset().union(*(b for _, b in source))
    t_all = frozenset().union(*(b for _, b in target)) if target else frozenset()
    for t, bases in target:
        if bases & s_all:
            continue
        lost = next((m for m, b in source if not b & t_all
                     and {c for c, _ in b} & {c for c, _ in bases}), None)  # fmt: skip
        if lost is None or (_after_number(seg.source, lost.start)
                            and _after_number(seg.target, t.start)):
            continue  # "7500 miles" written "7500 quilômetros": the number check reads it
        return [Finding(
            "numbers", "error",
            f"{lost.text!r} became {t.text!r}: the unit changed",
            segment=seg.id, source_span=(lost.start, lost.end), target_span=(t.start, t.end),
            data={"kind": "unit-word", "source_measure": sorted(lost.ids),
                  "target_measure": sorted(t.ids)},
        )]  # fmt: skip
    return []


# --- a number written twice: "6 6 milhões" -----------------------------------------------------

_DIGIT_TOKEN = re_compile(r"(?<![\w])\d+(?:[.,:]\d+)*")


def _digit_keys(
    text: str, skip: Sequence[tuple[int, int]], unpadded: bool = False
) -> dict[str, list[tuple[int, int]]]:
    """Each number of ``text`` by its digits (separators dropped). With ``unpadded``, a whole
    number written with leading zeros counts under its digits without them too, as a date's day
    or month is written either way ("08/03/2010" in Portuguese is "3/8/2010" in American
    English: the same 8, not another); used for the source side only."""
    keys: dict[str, list[tuple[int, int]]] = {}
    for m in _DIGIT_TOKEN.finditer(text):
        if not _inside(m.span(), skip):
            keys.setdefault(re.sub(r"\D", "", m.group()), []).append(m.span())
            if unpadded and m.group().isdigit() and len(m.group()) > 1 and m.group()[0] == "0":
                keys.setdefault(m.group().lstrip("0") or "0", []).append(m.span())
    return keys


def _scaled_under_source_keys(text: str, lang: str, source: dict[str, list[tuple[int, int]]],
                              target: dict[str, list[tuple[int, int]]]) -> None:
    """Count a number of the target written with a scale word ("12 mil", "2,5 milhões",
    "3 million") under the digits of its whole value when the source writes that value in
    digits: "$12,000 in 12 months" written "US$ 12 mil em 12 meses" writes 12 once, not twice.
    Only a value the source writes moves (``target`` is changed in place).

    >>> src = _digit_keys("rise to $12,000 in 12 months", [])
    >>> tgt = _digit_keys("subir para US$ 12 mil em 12 meses", [])
    >>> _scaled_under_source_keys("subir para US$ 12 mil em 12 meses", "pt", src, tgt)
    >>> sorted((k, len(v)) for k, v in tgt.items())
    [('12', 1), ('12000', 1)]
    """  # fmt: skip
    from .localize.numbers import _match_scale, _scale_words, scale_locales_of

    words = _scale_words(scale_locales_of(lang))
    for key, spans in list(target.items()):
        kept: list[tuple[int, int]] = []
        for span in spans:
            found = _match_scale(text, span[1], words)
            if found is None:
                kept.append(span)
                continue
            raw = text[span[0]:span[1]]
            values = set()
            for dec in ".,":
                try:
                    values.add(Decimal(raw.replace("," if dec == "." else ".", "")
                                       .replace(dec, ".")) * found[0].unit)
                except InvalidOperation:
                    continue
            whole = next((str(int(v)) for v in values
                          if v == v.to_integral_value() and str(int(v)) in source), None)
            if whole is not None and whole != key:
                target.setdefault(whole, []).append(span)
            else:
                kept.append(span)
        if kept:
            target[key] = kept
        else:
            del target[key]


def check_repeated_numbers(seg: TranslatedSegment, ctx: CheckContext) -> list[Finding]:
    """A number the target writes more often than the source ("6 million" written "6 6
    milhões", "17-year-old" written "17 17 anos") says something the source does not: the
    engine repeated it. Compared digit for digit (the separators may change in translation);
    a number the source spells in words counts as written."""
    if _skip(seg):
        return []
    src_lang = seg.segment.lang or ctx.source_lang
    source = _digit_keys(seg.source, protected_spans(seg.source), unpadded=True)
    # a clock time of the source that the target writes its own way ("115 AM" as "01:15")
    # counts under the source's digits: "115 01:15" writes it twice
    said = {next(iter(t.values)): re.sub(r"\D", "", t.text)
            for t in times_in(seg.source, [src_lang]) if len(t.values) == 1}
    clocks = [(t, min(t.values & said.keys()))
              for t in (times_in(seg.target, [ctx.target_lang, src_lang]) if said else ())
              if t.values & said.keys()]  # fmt: skip
    target = _digit_keys(seg.target,
                         protected_spans(seg.target) + [(t.start, t.end) for t, _ in clocks])
    for t, value in clocks:
        target.setdefault(said[value], []).append((t.start, t.end))
    _scaled_under_source_keys(seg.target, ctx.target_lang, source, target)
    for *_, value in number_words(seg.source, src_lang):
        source.setdefault(str(value), []).append((-1, -1))
    out: list[Finding] = []
    for key, spans in target.items():
        have = len(source.get(key, ()))
        if have and len(spans) > have:
            start, end = spans[have]
            out.append(Finding(
                "numbers", "error",
                f"number {seg.target[start:end]!r} is written {len(spans)} times in the target, "
                f"{have} in the source",
                segment=seg.id, target_span=(start, end), data={"kind": "repeated"},
            ))  # fmt: skip
    return out


# --- a number read with the wrong separators: "13.800 bilhões" for "13.8 billion" ------------

_SEPARATED = re_compile(r"(?<![\w.,])\d+(?:[.,]\d+)+(?![\w]|[.,]\d)")
# a number's year after a slash ("Lei 12.844/13", "PL 1.234/2019"), its reissue before it
# ("MP 2.200-2/2001"): a law's, a bill's or a provisional measure's number
_NUMBERED = re_compile(r"(?:-\d{1,3})?/\d{2,4}(?![\w/]|[.,]\d)")


def check_separators(seg: TranslatedSegment, ctx: CheckContext) -> list[Finding]:
    """A target number that has the source's value only when read the source's way, and
    another value the target locale's way ("13.800" for 13.8 in Portuguese, where it reads
    13,800; "1,500" for 1,500, where it reads 1.5), is a misread fact, blocking. The checks run
    after the localizer, which rewrites the numbers the engine copied as written. A number with
    its year after a slash, copied as the source writes it ("Lei 12.844/13", "PL 1.234/2019"),
    is a law's or a bill's number, no amount, and is not read; nor is a section's number
    copied as written ("§ 4.130", ``section_numbers``)."""
    if _skip(seg):
        return []
    src_lang = seg.segment.lang or ctx.source_lang
    if base_language(src_lang) == base_language(ctx.target_lang):
        return []
    source: set[Decimal] = set()
    for _, _, values, scale in source_values(seg.source, src_lang, ctx.locale):
        source |= {v.normalize() for v in values}
        source |= {(v / scale).normalize() for v in values}
    for m in _NUM.finditer(seg.source):  # also those glued to a unit or a scale: "9.3km"
        source |= _readings(m.group(), [src_lang])
    if not source:
        return []
    skip = protected_spans(seg.target)
    out: list[Finding] = []
    s_dec = _separators(src_lang)[0]
    t_group = _separators(ctx.locale.replace("-", "_"))[1]
    # an amount written the English money way ("$250,000", the "$" glued) in a sentence of a
    # language whose decimal comma is the target's group: copied as written, it is that amount;
    # a bare "1.000" in an English sentence stays ambiguous (held)
    copied = {m.group() for m in _NUM.finditer(seg.source)
              if seg.source[max(m.start() - 1, 0) : m.start()] == "$"}  # fmt: skip
    # the numbers the source names with a section sign, as written: copied so, with the sign
    # or without it ("38 C.F.R. 3.102" for "38 C.F.R. § 3.102"), they name the same section
    sections = ({seg.source[a:b] for a, b in section_numbers(seg.source)}
                if "§" in seg.source or "¶" in seg.source else set())  # fmt: skip
    # a time with a fraction of a second copied as the source writes it ("44:44.982", a race's
    # time): its seconds' separator is a decimal one in any language, no amount's group
    said = {seg.source[a:b] for a, b, _ in lap_times(seg.source)}
    times = [(a, b) for a, b, _ in lap_times(seg.target) if seg.target[a:b] in said]
    for m in _SEPARATED.finditer(seg.target):
        if _inside(m.span(), skip):
            continue
        if m.group() in sections:
            continue  # "§ 4.130" copied as written: a section's number, no amount
        if any(a <= m.start() and m.end() <= b for a, b in times):
            continue  # "44:44.982" copied as written: a time's seconds, no 44,982
        if (m.group() in copied and s_dec == t_group
                and re.fullmatch(rf"\d{{1,3}}{re.escape(s_dec)}\d{{3}}", m.group())):
            continue
        numbered = _NUMBERED.match(seg.target, m.end())
        if numbered is not None and m.group() + numbered.group() in seg.source:
            continue  # "Lei 12.844/13" copied as written: a law's number and year, no amount
        ours = _readings(m.group(), [ctx.locale.replace("-", "_")])
        theirs = _readings(m.group(), [src_lang])
        if ours and not ours & source and theirs & source and not ours & theirs:
            out.append(Finding(
                "numbers", "error",
                f"number {m.group()!r} reads {_fmt(ours)} in {ctx.locale}; the source has "
                f"{_fmt(theirs)}",
                segment=seg.id, target_span=m.span(), data={"kind": "separator"},
            ))  # fmt: skip
    return out


def _fmt(values: set[Decimal]) -> str:
    return " or ".join(sorted(format(v, "f") for v in values))


# --- a negation lost: "did not see" written "viu" ---------------------------------------------


@cache
def _negation_pattern(lang: str) -> re.Pattern[str] | None:
    data = facts_data(lang).get("negation", {})
    words = [str(w) for w in data.get("words", [])]
    suffixes = [str(w) for w in data.get("suffixes", [])]
    if not words and not suffixes:
        return None
    alts = []
    if words:
        alts.append(r"(?<![\w-])(?:" + "|".join(map(re.escape, words)) + r")(?![\w-])(?!\.\s?\d)")
    if suffixes:
        alts.append(r"(?<=[^\W\d_])(?:" + "|".join(map(re.escape, suffixes)) + r")(?!\w)")
    return re_compile("|".join(alts), re.IGNORECASE)


_WORDS = re_compile(r"[^\W_]+")


def _copied_phrase(source: str, start: int, end: int, target: str) -> bool:
    """Did the target copy the source's words ``source[start:end]`` in order ("[pt] Earlier this
    year, the company…": left untranslated, which the untranslated check reads, is not lost)?
    One word alone proves little (English "no" is also Portuguese): it must be copied with the
    word after it, or, closing the source ("What was said"), with the word before it."""
    said = _WORDS.findall(source[start:end].casefold())
    if not said:
        return False
    want = said
    if len(said) == 1:
        after = _WORDS.search(source, end)
        before = _WORDS.findall(source[:start].casefold())
        if after is not None:
            want = [*said, after.group().casefold()]
        elif before:
            want = [before[-1], *said]
        else:
            return False
    folded = target.casefold()
    if any(w not in folded for w in want):
        return False  # each word of the target is a piece of its folded text (speed49)
    have = _WORDS.findall(folded)
    first, n = want[0], len(want)
    return any(have[i:i + n] == want for i in range(len(have) - n + 1) if have[i] == first)


def _copied_negation(pattern: re.Pattern[str], source: str, target: str) -> bool:
    """Did the target copy one of the source's negations with the word after it ("not give")?
    The word alone proves nothing: English "no" is also Portuguese ("no exterior")."""
    folded = " ".join(target.split()).casefold().replace("\u2019", "'")
    for hit in pattern.finditer(source):
        after = re.match(r"\s*([^\W\d_]+)", source[hit.end() :])
        copied = f"{hit.group()} {after.group(1)}" if after else ""
        if after and copied.casefold().replace("\u2019", "'") in folded:
            return True
    return False


def _fewer_negations(src: re.Pattern[str], tgt: re.Pattern[str], seg: TranslatedSegment,
                     src_lang: str, tgt_lang: str) -> list[Finding]:
    """One of two negations lost: "did not stop ..., nor did it create" written "não
    interrompe ..., cria". Counted by clause (split at commas, semicolons and the like): the
    source's negated clauses against the target's; Portuguese doubles a negation inside one
    clause ("não tem nenhum"), so a clause counts once."""
    def clauses(pattern: re.Pattern[str], text: str, lang: str) -> int:
        text = re.sub(r"(^|[\s\"“‘'(«])[-\u2010\u2011](?=\w)", r"\1 ", text)  # "-Não": a dash
        data = facts_data(lang).get("negation", {})
        joins = "|".join(map(re.escape, (str(w) for w in data.get("clause_words", []))))
        own = [str(w) for w in data.get("own_clause", [])]
        cut = r"[,;:()\u2013\u2014]|\s-\s|[.!?](?=\s)" + (rf"|\s(?=(?:{joins})\s)" if joins else "")
        count = 0
        words = "|".join(map(re.escape, (str(w) for w in data.get("words", []))))
        for part in re.split(cut, text, flags=re.IGNORECASE):
            if own:  # "without" / "sem" makes a clause of its own; "sem nenhum" is one
                alone = (rf"(?<![\w-])(?:{'|'.join(map(re.escape, own))})(?![\w-])"
                         rf"(?:\s+(?:{words})(?![\w-]))?")  # fmt: skip
                n = len(re.findall(alone, part, re.IGNORECASE))
                count += n
                part = re.sub(alone, " ", part, flags=re.IGNORECASE)
            count += 1 if pattern.search(part) else 0
        return count

    idioms = [str(w) for w in facts_data(src_lang).get("negation", {})
              .get("idioms", [])]  # fmt: skip
    # nor do the phrases whose negation word negates nothing ("whether or not": "se")
    source = _copied_titles(_no_sense(seg.source, src_lang), src, seg.target)
    for idiom in idioms:
        source = re.sub(rf"(?<!\w){re.escape(idiom)}(?!\w)", "", source, flags=re.IGNORECASE)
    s_count = clauses(src, source, src_lang)
    if s_count < 2:
        return []
    t_count = clauses(tgt, seg.target, tgt_lang)
    if t_count < s_count:  # "sem sangue" written "bloodless": a word negated by its affix
        own = [str(w) for w in facts_data(src_lang).get("negation", {}).get("own_clause", [])]
        alone = len(re.findall(rf"(?<![\w-])(?:{_alt(own)})(?![\w-])", source, re.IGNORECASE)
                    ) if own else 0  # fmt: skip
        t_count += min(alone, len(_affix_negations(seg.target, tgt_lang)))
    if t_count < s_count:  # "sem professores" written "run out of teachers"
        t_count += _privatives_rendered(source, seg.target, src_lang, tgt_lang)
    if t_count >= s_count:
        return []
    return [Finding(
        "negation", "error",
        f"the source negates {s_count} clauses and the target fewer: a negation may be lost",
        segment=seg.id,
    )]  # fmt: skip


def _prefix_renders(source: str, after: int, negated: list[tuple[int, int, str]],
                    negated_text: str = "") -> bool:  # fmt: skip
    """Does one of the target's prefix-negated words render the source's negation at ``after``:
    its stem's first four letters, or its consonants, in one of the two words after it ("não
    especificada" / "unspecified", "sem relação" / "unrelated", "não é claro" / "unclear")?
    "Unfortunately" for "não detectou", or "informed" for "não foram informados", is no such
    rendering: "informados" itself starts with the prefix, a cognate, not a negation."""
    if not negated:
        return False
    single = _single  # "supported" / "suportada": doubled letters once

    def skeleton(text: str) -> str:
        return re.sub(r"[aeiouy]", "", single(text))

    following = [single(w) for w in re.findall(r"[^\W\d_]+", source[after:])[:2]]
    for start, end, stem in negated:
        prefix = single(negated_text[start:end])[: -len(single(stem))] if negated_text else ""
        for word in following:  # "informados" holds the prefix itself: a cognate, no negation
            if prefix and word.startswith(prefix):
                continue
            if single(stem)[:4] in word or skeleton(word) == skeleton(stem):  # "claro"/"clear"
                return True
    return False


@cache
def _no_sense_pattern(lang: str, added: bool) -> re.Pattern[str] | None:
    data = facts_data(lang).get("negation", {})
    phrases = [str(w) for w in data.get("no_sense", [])]
    if added:
        phrases += [str(w) for w in data.get("litotes", [])]
    if not phrases:
        return None
    return re_compile(rf"(?<![\w-])(?:{'|'.join(phrases)})(?![\w-])", re.IGNORECASE)


@cache
def _rank_sign_pattern(lang: str) -> re.Pattern[str] | None:
    """The signs of a rank or issue number of ``[ranks] signs`` in ``locales/facts/<lang>.toml``
    that are words ("No.", "nº"), right before a number, and a capitalised one without its
    period ("a No 1 song", British style): a rank, no negation. Read case as written ("no 5"
    without a period may be "no five")."""
    signs = [str(w) for w in facts_data(lang).get("ranks", {}).get("signs", [])
             if any(c.isalpha() for c in str(w))]  # fmt: skip
    forms = {*signs, *(w[:-1] for w in signs if w.endswith(".") and w[:1].isupper())}
    if not forms:
        return None
    return re_compile(rf"(?<![\w-])(?:{_alt(sorted(forms, key=len, reverse=True))})(?=\s?\d)")


# One word alone between quotation marks ("say “no” when you need to"): a word named, not said.
_QUOTED_WORD = re_compile(r"(?:^|(?<=[\s(\[]))[\"“'‘«][^\W\d_]+[\"”'’»](?![\w'’])")


def _no_sense(text: str, lang: str, added: bool = False) -> str:
    """``text`` with the phrases whose negation word negates nothing blanked, same length
    (``[negation] no_sense``: "whether or not", "no later than"; a word quoted alone: "say
    “no”"). ``added``: also the litotes
    a translation may write for a plain source (``litotes``: Portuguese "não se esqueça de",
    "não deixe de" for "be sure to"); not when the source has them, since a translation may
    keep their negation ("don't forget to"), and then it must stay."""
    if _QUOTED_WORD.search(text):  # say "no" when you need to: a word quoted alone is named
        text = _QUOTED_WORD.sub(lambda m: " " * len(m.group()), text)
    ranks = _rank_sign_pattern(lang)
    if ranks is not None and ranks.search(text):  # "No. 4 Ohio State", "a No 1 song": a rank
        text = ranks.sub(lambda m: " " * len(m.group()), text)
    pattern = _no_sense_pattern(lang, added)
    if pattern is None:
        return text
    return pattern.sub(lambda m: " " * len(m.group()), text)


# A bracketed title ("[Mega No!, pt]") and a run of two or more capitalized words ("Say No More")
_BRACKETED = re_compile(r"\[[^\[\]]+\]")
_CAPITAL_RUN = re_compile(r"[A-ZÀ-ÖØ-Þ][^\W\d_]*(?:[ \u00a0]+[A-ZÀ-ÖØ-Þ][^\W\d_]*)+")


def _copied_titles(text: str, pattern: re.Pattern[str], other: str) -> str:
    """``text`` with its negation words blanked (same length) where they sit inside a name or a
    bracketed title ``other`` holds as written: "[Mega No!, pt]", a blog's name copied into the
    translation, negates nothing in the sentence, and "Say No More" copied is a band. A title
    in brackets counts whole ("[No to the bill, pt]" copied); a name is a run of two capitalized
    words or more, matched with its case ("No, Azeredo" is no run: a slogan's "No" copied
    untranslated still reads as no negation to the reader, and stays a finding)."""
    hits = list(pattern.finditer(text))
    if not hits:
        return text
    spans = [m.span() for m in _BRACKETED.finditer(text) if m.group() in other]
    spans += [m.span() for m in _CAPITAL_RUN.finditer(text)
              if re.search(rf"(?<![\w-]){re.escape(m.group())}(?![\w-])", other)]  # fmt: skip
    if not spans:
        return text
    chars = list(text)
    for hit in hits:
        if any(a <= hit.start() and hit.end() <= b for a, b in spans):
            chars[hit.start() : hit.end()] = " " * (hit.end() - hit.start())
    return "".join(chars)


@cache
def _privative_data(src_lang: str, tgt_lang: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """(the source's privatives, the target's lexical negatives that may render one):
    ``[negation] own_clause`` of the source language ("sem", "without") and
    ``privative_renders`` of the target's ("run out of", "lack"; "carecem de", "faltam")."""
    own = [str(w) for w in facts_data(src_lang).get("negation", {}).get("own_clause", [])]
    renders = [str(w) for w in facts_data(tgt_lang).get("negation", {})
               .get("privative_renders", [])]  # fmt: skip
    if not own or not renders:
        return None
    return (re_compile(rf"(?<![\w-])(?:{_alt(own)})(?![\w-])", re.IGNORECASE),
            re_compile(rf"(?<![\w-])(?:{'|'.join(renders)})", re.IGNORECASE))  # fmt: skip


def _privatives_rendered(source: str, target: str, src_lang: str, tgt_lang: str) -> int:
    """How many of the source's privatives ("sem professores") the target may render by a
    lexical negative ("run out of teachers", "lacked water"): the smaller of the two counts.
    A plain negation ("não ficaram") is never so rendered: "ran out of" is no "not"; a failure
    may be (``_failures_rendered``)."""
    data = _privative_data(src_lang, tgt_lang)
    failed = _failures_rendered(source, target, src_lang, tgt_lang)
    if data is None:
        return failed
    return min(len(data[0].findall(source)), len(data[1].findall(target))) + failed


# Negated idioms a target may say with no negation word, as (the source's key, the target's key)
# of ``[negation]``: a negated verb of managing written with a verb of failing ("não
# conseguiram" as "failed to", facts36), and "can't wait to" written "mal posso esperar" or
# "ansiosos para" (probe44). Each source idiom counts only for a rendering of its own.
_RENDERED_NEGATIONS = (("failure", "failure_renders"), ("eager", "eager_renders"))


@cache
def _rendering_data(src_lang: str, tgt_lang: str, said_key: str,
                    renders_key: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """(the source's negated idioms, the target's renderings of them without a negation):
    ``[negation] <said_key>`` of the source language ("não conseguiram", "couldn't manage to";
    "can't wait to") and ``<renders_key>`` of the target's ("failed to", "fracassaram"; "mal
    posso esperar")."""
    said = [str(w) for w in facts_data(src_lang).get("negation", {}).get(said_key, [])]
    renders = [str(w) for w in facts_data(tgt_lang).get("negation", {})
               .get(renders_key, [])]  # fmt: skip
    if not said or not renders:
        return None
    return (re_compile(rf"(?<![\w-])(?:{'|'.join(said)})", re.IGNORECASE),
            re_compile(rf"(?<![\w-])(?:{'|'.join(renders)})", re.IGNORECASE))  # fmt: skip


def _failures_rendered(source: str, target: str, src_lang: str, tgt_lang: str) -> int:
    """How many of the source's negated idioms (``_RENDERED_NEGATIONS``: "não conseguiram
    encontrar", "can't wait to") the target may render without a negation ("failed to find",
    "mal posso esperar"): for each kind, the smaller of the two counts (facts36, probe44). A
    negation of any other verb is never so rendered: "failed" is no "not".

    >>> _failures_rendered("I can't wait to hear your work.",
    ...                    "Mal posso esperar para ouvir o seu trabalho.", "en", "pt")
    1
    >>> _failures_rendered("Visitors can't enter the museum.",
    ...                    "Os visitantes mal podem entrar no museu.", "en", "pt")
    0
    """
    total = 0
    for said_key, renders_key in _RENDERED_NEGATIONS:
        data = _rendering_data(src_lang, tgt_lang, said_key, renders_key)
        if data is None or data[0].search(source) is None:
            continue
        total += min(len(data[0].findall(source)), len(data[1].findall(target)))
    return total


def _blank_spans(text: str, hits: list[re.Match[str]]) -> str:
    """``text`` with each match made spaces (offsets kept)."""
    chars = list(text)
    for hit in hits:
        chars[hit.start() : hit.end()] = " " * (hit.end() - hit.start())
    return "".join(chars)


def _eager_blanked(source: str, target: str, src_lang: str, tgt_lang: str) -> tuple[str, str]:
    """(source, target) with each "can't wait to" the target renders without a negation ("mal
    posso esperar", ``eager`` / ``eager_renders`` of ``[negation]``) blanked on both sides, one
    for one: the modals inside ("can't", "posso") say eagerness, no prohibition or ability."""
    data = _rendering_data(src_lang, tgt_lang, "eager", "eager_renders")
    if data is None or data[0].search(source) is None:
        return source, target
    s_hits = list(data[0].finditer(source))
    t_hits = list(data[1].finditer(target))
    k = min(len(s_hits), len(t_hits))
    if not k:
        return source, target
    return _blank_spans(source, s_hits[:k]), _blank_spans(target, t_hits[:k])


# a non-digit, a period, maybe a space, a digit: where blanking a phrase after a negation word
# could lift its (?!\.\s?\d) ("no. 5" is a number, not a negation); see _unblanked
_DOT_DIGIT = re_compile(r"\D\.\s?\d")


@cache
def _bounded_negations(lang: str, keys: tuple[str, ...] = ("words", "suffixes")) -> bool:
    """Whether every negation word and suffix of ``lang`` (``[negation] words``, ``suffixes``,
    or the lists ``keys`` names) begins and ends with an ASCII letter and holds no space: then
    ``_no_sense`` and ``_copied_titles`` (which blank text with spaces, between a non-word
    character and a non-word character or a quotation mark) can take a match of them away but
    never make one."""
    data = facts_data(lang).get("negation", {})
    return all(re.fullmatch(r"[A-Za-z](?:\S*[A-Za-z])?", str(w))
               for key in keys for w in data.get(key, []))  # fmt: skip


def _unblanked(lang: str, source: str) -> bool:
    """Whether a source with no match of the negation pattern can have none after
    ``_copied_titles(_no_sense(source))``, the blanked sentence ``check_negation`` reads: each
    blanked span is spaces, with a non-word character (or a quotation mark) on each side, so a
    match of a word bounded by letters cannot start or end beside one, nor cross one; and
    ``_copied_titles`` blanks only the pattern's own matches. The one lookaround a blank
    beyond the match can change, the words' look-ahead for a period and a number ("no. 5"), is
    left to the full reading when the source has a non-digit, a period and a digit (speed27)."""
    return _bounded_negations(lang) and _DOT_DIGIT.search(source) is None


def check_negation(seg: TranslatedSegment, ctx: CheckContext) -> list[Finding]:
    """A sentence the source negates must stay negated: "did not see" written "viu" says the
    opposite. Blocking when the source has a negation word and the target has none, in its own
    language or copied from the source (the words of each language in
    ``locales/facts/<lang>.toml``, ``[negation]``); a language without the data is not
    checked."""
    if _skip(seg):
        return []
    src = _negation_pattern(seg.segment.lang or ctx.source_lang)
    tgt = _negation_pattern(ctx.target_lang)
    if src is None or tgt is None:
        return []
    src_lang = seg.segment.lang or ctx.source_lang
    if src.search(seg.source) is None and _unblanked(src_lang, seg.source):
        return []  # no negation word: none once phrases and titles are blanked (_unblanked)
    sentence = _copied_titles(_no_sense(seg.source, src_lang), src, seg.target)
    hit = src.search(sentence)
    if hit is None or _copied_negation(src, seg.source, seg.target):
        return []
    if tgt.search(seg.target):
        return _fewer_negations(src, tgt, seg, src_lang, ctx.target_lang)
    negations = len(src.findall(sentence))
    if negations <= _privatives_rendered(sentence, seg.target, src_lang, ctx.target_lang):
        return []  # "ficam sem professores" written "run out of teachers"
    if _prefix_renders(seg.source, hit.end(), _negated_words(seg.target, ctx.target_lang),
                       seg.target):  # fmt: skip
        return []  # "não especificada" written "unspecified": the prefix negates
    source = _no_sense(seg.source, seg.segment.lang or ctx.source_lang)
    if _affix_renders(source, src, seg.target, ctx.target_lang):
        return []  # "sem fio" written "wireless", "não autorizado" "unauthorized"
    return [Finding(
        "negation", "error",
        f"the source says {hit.group()!r} and the target has no negation: the sense may be "
        "reversed",
        segment=seg.id, source_span=hit.span(),
    )]  # fmt: skip


@cache
def _added_patterns(lang: str) -> tuple[re.Pattern[str], re.Pattern[str] | None] | None:
    """(sentence negations, negative cues) of ``lang``: ``[negation] added_words`` /
    ``added_suffixes`` and ``cues`` of ``locales/facts/<lang>.toml``."""
    data = facts_data(lang).get("negation", {})
    words = [str(w) for w in data.get("added_words", [])]
    suffixes = [str(w) for w in data.get("added_suffixes", [])]
    if not words and not suffixes:
        return None
    alts = [rf"(?<![\w-])(?:{_alt(words)})(?![\w-])"] if words else []
    if suffixes:
        alts.append(rf"(?<=[^\W\d_])(?:{_alt(suffixes)})(?!\w)")
    cues = [str(w) for w in data.get("cues", [])]
    cue = re_compile(rf"(?<![\w-])(?:{'|'.join(cues)})", re.IGNORECASE) if cues else None
    return re_compile("|".join(alts), re.IGNORECASE), cue


def check_added_negation(seg: TranslatedSegment, ctx: CheckContext) -> list[Finding]:
    """A sentence the source does not negate must not be negated: "was found" written "não foi
    encontrado" says the opposite. Blocking when the target has one of its language's sentence
    negations ("não", "nunca"; "not", "never", "n't") and the source has no negation word, no
    word its prefix negates ("unable") and none of its language's negative cues ("fail",
    "lack", "falta", "recusa": words a translation may render with a negation). A language
    without the data is not checked."""
    if _skip(seg):
        return []
    src_lang = seg.segment.lang or ctx.source_lang
    src = _negation_pattern(src_lang)
    pats = _added_patterns(src_lang)
    tgt = _added_patterns(ctx.target_lang)
    if src is None or pats is None or tgt is None:
        return []
    if tgt[0].search(seg.target) is None and _bounded_negations(
        ctx.target_lang, ("added_words", "added_suffixes")
    ):
        return []  # no sentence negation: none once phrases are blanked (_bounded_negations)
    hits = list(tgt[0].finditer(_no_sense(seg.target, ctx.target_lang, added=True)))
    # a negation copied from the source with the word beside it ("“Não ao projeto”", a
    # title kept as written) is the source's, not one the translation added
    hits = [h for h in hits if not _copied_phrase(seg.target, h.start(), h.end(), seg.source)]
    if not hits:
        return []
    # the source's negations and cues, each of which a translation may write with a negation
    said = (len(src.findall(seg.source))
            + (len(pats[1].findall(seg.source)) if pats[1] is not None else 0)
            + _unspent_prefixes(seg.source, seg.target, src_lang, ctx.target_lang))  # fmt: skip
    if len(hits) <= said:
        return []
    hit = hits[-1] if said else hits[0]
    word = re.search(r"[\w'’]*$", seg.target[: hit.start()])
    copied = seg.target[word.start() if word else hit.start() : hit.end()].casefold()
    if copied in seg.source.casefold().split():
        return []  # the word copied untranslated ("Nunca Mais", a name; "Didn't Read")
    return [Finding(
        "negation", "error",
        f"the target says {hit.group()!r} and the source has no negation: the sense may be "
        "reversed",
        segment=seg.id, target_span=hit.span(),
    )]  # fmt: skip


def _unspent_prefixes(source: str, target: str, src_lang: str, tgt_lang: str) -> int:
    """How many of the words ``source`` negates with a prefix ("illegal", "uncertain") the
    target may have written with a negation: not one the target writes with a prefix of its
    own ("ilegais", "incerto", "não-detectado": the stem's first four letters one to three
    letters into a target word), nor a word that only looks prefixed ("information",
    "informação"). Each of the others may be written "não ..." ("unable": "não conseguiu")."""
    negated = _negated_words(source, src_lang, short=True) + _derived_negations(source, src_lang)
    if not negated:
        return 0
    tokens = re.findall(r"[^\W\d_][\w-]*", target)
    words = [_fold(w.replace("-", "")) for w in tokens]
    # a word after a negation word is that negation's, not a prefix's ("não resolvidos")
    neg = _negation_pattern(tgt_lang)
    after_neg = [i > 0 and neg is not None and neg.fullmatch(tokens[i - 1]) is not None
                 for i in range(len(tokens))]  # fmt: skip
    count = 0
    for _, _, stem in negated:
        root = _fold(stem)[:4]
        if not any(0 < w.find(root) <= 3 and not a for w, a in zip(words, after_neg, strict=True)):
            count += 1
    return count


@cache
def _additive_patterns(lang: str) -> tuple[re.Pattern[str], re.Pattern[str] | None] | None:
    """(additive negations, other ways to say "also") of ``lang``: ``[negation] additive`` and
    ``additive_also`` of ``locales/facts/<lang>.toml``, regexes."""
    data = facts_data(lang).get("negation", {})
    phrases = [str(w) for w in data.get("additive", [])]
    if not phrases:
        return None
    also = [str(w) for w in data.get("additive_also", [])]
    also_re = rf"(?<![\w-])(?:{'|'.join(also)})(?![\w-])"
    return (re_compile("|".join(phrases), re.IGNORECASE),
            re_compile(also_re, re.IGNORECASE) if also else None)  # fmt: skip


@cache
def _additive_target(lang: str) -> re.Pattern[str] | None:
    """``[negation] additive_target`` of ``locales/facts/<lang>.toml``: a negation that writes a
    source's additive one in a target only ("Don't just reply" written "Não basta responder", "it
    is not enough to reply": the reply holds, more is asked), never read in a source, where "não
    basta" says "not enough" and a plain "not" may render it. None when the language has none."""
    phrases = [str(w) for w in facts_data(lang).get("negation", {}).get("additive_target", [])]
    return re_compile("|".join(phrases), re.IGNORECASE) if phrases else None


def _blank(text: str, pattern: re.Pattern[str]) -> str:
    return pattern.sub(lambda m: " " * len(m.group()), text)


def check_additive_negation(seg: TranslatedSegment, ctx: CheckContext) -> list[Finding]:
    """An additive negation must stay additive: "not only thinner but also lighter" says it is
    thinner; written "não mais fino, mas também mais leve" it says it is not. Blocking when the
    source has more additive negations than the target ("not only", "not just"; "não só", "não
    apenas": ``[negation] additive`` of ``locales/facts/<lang>.toml``) and the target has more
    plain sentence negations ("não", "not") than the source has negations and negative cues
    outside its additive ones (a target that writes "not only" as "além de" has no extra plain
    negation; one that says "bem como" further on does not make "Não você terá" additive). The
    reverse too: the target has an additive negation the source has neither as one nor
    otherwise (``additive_also``: "isn't his only opponent" may be "não é apenas o oponente";
    "did not win" written "não só venceu" is blocking). A language without the data is not
    checked. A target's ``additive_target`` ("não basta": "not enough") writes an additive
    negation too, read in a target only."""
    if _skip(seg):
        return []
    src_lang = seg.segment.lang or ctx.source_lang
    s_add, t_add = _additive_patterns(src_lang), _additive_patterns(ctx.target_lang)
    src, s_pats, t_pats = (_negation_pattern(src_lang), _added_patterns(src_lang),
                           _added_patterns(ctx.target_lang))  # fmt: skip
    if s_add is None or t_add is None or src is None or s_pats is None or t_pats is None:
        return []
    s_hits = list(s_add[0].finditer(seg.source))
    t_hits = list(t_add[0].finditer(seg.target))
    s_also = len(s_add[1].findall(seg.source)) if s_add[1] is not None else 0
    if len(t_hits) > len(s_hits) + s_also:
        hit = t_hits[len(s_hits)]
        return [Finding(
            "negation", "error",
            f"the target says {hit.group()!r} and the source has no such additive negation: "
            "a plain negation may be made 'not only'",
            segment=seg.id, target_span=hit.span(),
        )]  # fmt: skip
    if len(s_hits) <= len(t_hits):
        return []  # the target's "also" ("além de") does not excuse a plain negation: below
    t_more = _additive_target(ctx.target_lang)
    written = t_more.findall(seg.target) if t_more is not None else []
    if len(s_hits) <= len(t_hits) + len(written):
        return []  # "Don't just reply" written "Não basta responder": additive in a target
    source = _blank(seg.source, s_add[0])
    said = len(src.findall(_no_sense(source, src_lang)))
    target = _no_sense(_blank(seg.target, t_add[0]), ctx.target_lang, added=True)
    plain = list(t_pats[0].finditer(target))
    if len(plain) <= said:
        return []
    hit = s_hits[len(t_hits)]
    return [Finding(
        "negation", "error",
        f"the source says {hit.group()!r} and the target a plain negation "
        f"({seg.target[plain[-1].start() : plain[-1].end()]!r}): 'not only X' may be written "
        "'not X', the opposite of X",
        segment=seg.id, source_span=hit.span(), target_span=plain[-1].span(),
    )]  # fmt: skip


# measured: see docs/evaluation/facts.md, fourteenth pass
_MODAL_SEVERITY: Severity = "error"
_Modals = tuple[re.Pattern[str], tuple[tuple[str, re.Pattern[str]], ...]]


@cache
def _modal_data(lang: str) -> _Modals | None:
    """(any modal, (class, its modals) of each class) of ``lang``: ``[modality]`` of
    ``locales/facts/<lang>.toml``, regexes; the longest phrase is tried first ("can not" before
    "can")."""
    data = facts_data(lang).get("modality")
    if not data:
        return None
    classes = tuple((str(name), [str(w) for w in words]) for name, words in data.items())
    every = sorted({w for _, words in classes for w in words}, key=lambda w: (-len(w), w))
    bound = r"(?<![\w'’-])(?:{})(?![\w'’-])"
    # each class's regex from the shipped opcodes (translate.regexcache; its text is the data's
    # order); ``every`` is compiled here, longest first, then in code-point order (the same
    # pattern in every process: a set's order follows the hash seed)
    return (re_compile(bound.format("|".join(every)), re.IGNORECASE),
            tuple((name, regexcache.compile(bound.format("|".join(words)), re.IGNORECASE))
                  for name, words in classes))  # fmt: skip


def _modals(text: str, data: _Modals) -> list[tuple[re.Match[str], frozenset[str]]]:
    """Each modal of ``text`` with the classes it may say."""
    return [(m, frozenset(name for name, words in data[1] if words.fullmatch(m.group())))
            for m in data[0].finditer(text)]  # fmt: skip


def _match_modals(source: list[frozenset[str]], target: list[frozenset[str]]) -> dict[int, int]:
    """A largest one-to-one pairing of source and target modals that share a class (source
    index -> target index; augmenting paths, the lists are a few modals long).

    >>> _match_modals([frozenset({"a"}), frozenset({"a", "b"})], [frozenset({"a"})])
    {0: 0}
    >>> _match_modals([frozenset({"a", "b"}), frozenset({"a"})], [frozenset({"a"}),
    ...     frozenset({"b"})])
    {0: 1, 1: 0}
    """
    owner: dict[int, int] = {}  # target index -> source index

    def place(i: int, seen: set[int]) -> bool:
        for j, classes in enumerate(target):
            if j in seen or not source[i] & classes:
                continue
            seen.add(j)
            if j not in owner or place(owner[j], seen):
                owner[j] = i
                return True
        return False

    for i in range(len(source)):
        place(i, set())
    return {i: j for j, i in sorted(owner.items(), key=lambda x: x[1])}


def _modals_changed(source: str, target: str, s_data: _Modals,
                    t_data: _Modals) -> list[tuple[tuple[re.Match[str], frozenset[str]],
                                               tuple[re.Match[str], frozenset[str]]]]:
    """The (source modal, target modal) pairs ``check_modality`` reports: a source modal and a
    target modal each left unpaired that share no class."""
    s_modals = [(m, c) for m, c in _modals(source, s_data) if c]
    if not s_modals:
        return []  # no source modal to lose: ``changed`` pairs a lost one with a new one
    t_modals = [(m, c) for m, c in _modals(target, t_data) if c]
    pair = _match_modals([c for _, c in s_modals], [c for _, c in t_modals])
    taken = set(pair.values())
    lost = [x for i, x in enumerate(s_modals) if i not in pair]
    new = [x for j, x in enumerate(t_modals) if j not in taken]
    return [(a, b) for a in lost for b in new if not a[1] & b[1]]


def check_modality(seg: TranslatedSegment, ctx: CheckContext) -> list[Finding]:
    """A modal keeps what it says: "you must register" written "você pode se registrar" makes an
    obligation a choice, and "can" written "deve" a choice an obligation. Read on each side's
    modal verbs by class (``[modality]`` of ``locales/facts/<lang>.toml``: obligation,
    possibility, ability, prohibition; a phrase may say two). Each source modal is paired with
    a target modal it shares a class with, one to one, as many pairs as can be; a finding when
    a source modal and a target modal are left unpaired and share no class ("may help ... who
    may not have" written "devem ajudar ... podem não ter": the second "may" keeps "podem", the
    first is made "devem"). A modal the target merely leaves out ("you can see" written "você
    vê") is not one, nor one the target says by another of the same class ("must" as "tem
    que", "cannot" as "não consegue"), nor "can't wait to" written "mal posso esperar" (read
    again without the pair, ``_eager_blanked``, only when a change was found: probe44). A
    language without the data is not checked."""
    if _skip(seg):
        return []
    src_lang = seg.segment.lang or ctx.source_lang
    s_data, t_data = _modal_data(src_lang), _modal_data(ctx.target_lang)
    if s_data is None or t_data is None:
        return []
    changed = _modals_changed(seg.source, seg.target, s_data, t_data)
    if changed:  # read again without a "can't wait to" the target renders ("mal posso esperar")
        source, target = _eager_blanked(seg.source, seg.target, src_lang, ctx.target_lang)
        if source is not seg.source:
            changed = _modals_changed(source, target, s_data, t_data)
    if not changed:
        return []
    (s_hit, s_cls), (t_hit, t_cls) = changed[0]
    return [Finding(
        "modality", _MODAL_SEVERITY,
        f"the source says {s_hit.group()!r} ({'/'.join(sorted(s_cls))}) and the target "
        f"{t_hit.group()!r} ({'/'.join(sorted(t_cls))}): an obligation may be made a choice, "
        "or a choice an obligation",
        segment=seg.id, source_span=s_hit.span(), target_span=t_hit.span(),
        data={"kind": "modal-changed"},
    )]  # fmt: skip


# a capitalized word ("O'Brien", "D'Hers"; not the "'s" of "Ford's") or an initial ("M.")
_NAME_WORD = r"[A-ZÀ-ÖØ-Þ](?:\.|[\w-]*(?:['’][^\W\d_]{2,}[\w-]*)*)"
# a word of a name, two letters or more and no digit: a code ("U8500", "A320") is a model a
# translation may move after its noun ("the U8500 SoC" is "o SoC U8500"), not an actor
_NAME_TOKEN = re_compile(r"(?<![\w-])[A-ZÀ-ÖØ-Þ][^\W\d]+(?:-[^\W\d]+)*(?![\w-])")


@cache
def _name_data(lang: str) -> tuple[re.Pattern[str], re.Pattern[str] | None, re.Pattern[str] | None,
                                   frozenset[str]] | None:  # fmt: skip
    """(name runs, genitive after a name, genitive before one, capitalized non-names) of
    ``lang``: ``[names]`` of ``locales/facts/<lang>.toml``."""
    data = facts_data(lang).get("names")
    if not data:
        return None
    joiners = "|".join(re.escape(str(w)) for w in data.get("joiners", []))
    join = rf"(?:(?:{joiners})\s+)?" if joiners else ""
    # the shipped opcodes (translate.regexcache)
    runs = regexcache.compile(rf"(?<![\w'’]){_NAME_WORD}(?:\s+{join}{_NAME_WORD})*")
    after = [str(w) for w in data.get("genitive_after", [])]
    before = [str(w) for w in data.get("genitive_before", [])]
    return (runs, regexcache.compile("(?:" + "|".join(after) + ")") if after else None,
            regexcache.compile("(?:" + "|".join(before) + ")") if before else None,
            frozenset(str(w) for w in data.get("not_names", [])))  # fmt: skip


@cache
def _say_patterns(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """A verb of saying right after a name, or right before it (with an article): ``[names]
    say`` of ``locales/facts/<lang>.toml``."""
    says = [str(w) for w in facts_data(lang).get("names", {}).get("say", [])]
    if not says:
        return None
    alt = _alt(says)
    return (re_compile(rf"\s+(?:{alt})(?![\w-])", re.IGNORECASE),
            re_compile(rf"(?<![\w-])(?:{alt})\s+(?:(?:the|a|o|os|as)\s+)?$", re.IGNORECASE))


@cache
def _any_say(lang: str) -> re.Pattern[str] | None:
    """Any verb of saying of ``lang`` (``[names] say``), anywhere: a sentence without one has no
    speaker to read."""
    says = [str(w) for w in facts_data(lang).get("names", {}).get("say", [])]
    return re_compile(rf"(?<![\w-])(?:{_alt(says)})(?![\w-])", re.IGNORECASE) if says else None


def _says(text: str, run: list[int], lang: str) -> bool:
    """Is the name at ``text[run[0]:run[1]]`` the speaker of a verb of saying ("Clarke said",
    "disse Clarke", "disse a NASA")?"""
    pats = _say_patterns(lang)
    if pats is None:
        return False
    if pats[0].match(text, run[1]):
        return True
    before = pats[1].search(text, max(0, run[0] - 24), run[0])
    # after its verb a name is the speaker only at the end of the sentence or clause ("...,
    # disse a NASA."); "disse a Cook que", "told GB News:" name the one spoken to
    rest = text[run[1] :].strip(" .!?\"”’'")
    return before is not None and (not rest or rest.startswith(","))


@cache
def _folded_names(*words: frozenset[str]) -> frozenset[str]:
    """The capitalized non-names of both sides, folded (the same for every sentence)."""
    return frozenset(_fold(w) for w in frozenset().union(*words))


def _name_words(text: str, runs: re.Pattern[str]) -> tuple[tuple[str, int, int, int, int], ...]:
    """(word folded, start, end, run start, run end) of each capitalized word of two letters or
    more ("Rússia" and "Russia" are one name). Read once per text and pattern in a
    ``readings_shared()`` block: three name checks read the source, two the target."""
    memo = readings_memo()
    key = ("nw", text, runs)
    if memo is not None and key in memo:
        return memo[key]
    out = []
    for run in runs.finditer(text):
        for w in _NAME_TOKEN.finditer(run.group()):
            start = run.start() + w.start()
            out.append((_fold(w.group()), start, start + len(w.group()), run.start(), run.end()))
    found = tuple(out)
    if memo is not None:
        memo[key] = found
    return found


def _folded_words(text: str) -> frozenset[str]:
    """The folded words of ``text`` (letters only), read once per text in a
    ``readings_shared()`` block (the name checks read the target twice)."""
    memo = readings_memo()
    key = ("fw", text)
    if memo is not None and key in memo:
        return memo[key][0]  # type: ignore[no-any-return]
    if text.isascii():  # _fold of an ASCII word is its lower case; lowering keeps the words
        found = frozenset(re.findall(r"[^\W\d_]+", text.lower()))
    else:  # each word form folded once
        found = frozenset(map(_fold, set(re.findall(r"[^\W\d_]+", text))))
    if memo is not None:
        memo[key] = (found,)
    return found


@cache
def _letter_pairs(*langs: str) -> frozenset[frozenset[str]]:
    """``[names] letter_pairs`` of each of ``langs``."""
    return frozenset(
        frozenset(str(x) for x in p)
        for lang in langs
        for p in facts_data(lang).get("names", {}).get("letter_pairs", [])
    )


@cache
def _name_skip_words(lang: str) -> frozenset[str]:
    """The folded names of places and of the calendar of ``lang`` (the name checks skip them)."""
    return _place_words(lang) | _calendar_words(lang)


def _genitive(text: str, first: tuple[int, int], second: tuple[int, int],
              after: re.Pattern[str] | None, before: re.Pattern[str] | None) -> bool:
    """``first`` (a name's run) is followed by a genitive ("Apple's") or ``second`` preceded by
    one ("da Apple"): an order a translation may turn."""
    return bool((after is not None and after.match(text, first[1]))
                or (before is not None and before.search(text[: second[0]])))  # fmt: skip


_QUOTED = re_compile(r"[\"“”«„]([^\"“”«»„]{1,300})[\"”“»]")


def _beside_title(text: str, name: tuple[int, int], other: tuple[int, int], lang: str) -> bool:
    """Whether the run ``name`` is one word, a common word of ``lang``'s spelling dictionary,
    and stands right beside a quoted title that holds the run ``other`` (only spaces between):
    a head noun and the title it names ("o Show “30 Days to Victory Concert”", "the “30 Days to
    Victory Concert” Show"), an order each language sets its own way, not who did what to whom.
    A name ("Netflix “Stranger Things”") is no head noun; a language without a dictionary says
    nothing (the other side may)."""
    word = text[name[0]:name[1]]
    if not word.isalpha():
        return False
    from .glossary.words import language_keys  # read only for a pair in another order

    known = language_keys(lang)
    if known is None or not known.has_common() or not known.common(word.casefold()):
        return False
    for quoted in _QUOTED.finditer(text):
        start, end = quoted.span()
        if not (start < other[0] and other[1] <= end):
            continue
        if (name[1] <= start and not text[name[1]:start].strip()) or (
                end <= name[0] and not text[end:name[0]].strip()):
            return True
    return False


def check_name_order(seg: TranslatedSegment, ctx: CheckContext) -> list[Finding]:
    """Two names the source and the target both write the same way keep their order: "the
    agreement with Verizon allows Yahoo to end the deal" written "o acordo com a Yahoo permite
    que a Verizon encerre o acordo" turns who does what, and no number or word count sees it.
    Read on the capitalized words of two letters or more (``[names]`` of
    ``locales/facts/<lang>.toml``: the words that may join a name, capitalized words that are not
    names) that each side writes the same number of times, by first appearance, for words of
    different names on both sides; a pair is not read where a genitive may turn the order
    ("Apple's iPhone", "o iPhone da Apple"; "Trinity Academy junior Ben Patton", "Ben Patton,
    júnior da Trinity Academy"). Blocking. A language without the data is not checked."""
    if _skip(seg):
        return []
    src_lang = seg.segment.lang or ctx.source_lang
    s_data, t_data = _name_data(src_lang), _name_data(ctx.target_lang)
    if s_data is None or t_data is None:
        return []
    stop = _folded_names(s_data[3], t_data[3])
    s_words = _name_words(seg.source, s_data[0])
    t_words = _name_words(seg.target, t_data[0])
    s_count: dict[str, int] = {}
    t_count: dict[str, int] = {}
    for w, *_ in s_words:
        s_count[w] = s_count.get(w, 0) + 1
    for w, *_ in t_words:
        t_count[w] = t_count.get(w, 0) + 1
    both = {w for w, n in s_count.items() if w not in stop and t_count.get(w) == n}
    s_first: dict[str, tuple[int, int, int, int]] = {}
    t_first: dict[str, tuple[int, int, int, int]] = {}
    for w, *where in s_words:
        if w in both:
            s_first.setdefault(w, (where[0], where[1], where[2], where[3]))
    for w, *where in t_words:
        if w in both:
            t_first.setdefault(w, (where[0], where[1], where[2], where[3]))
    order = sorted(both, key=lambda w: s_first[w][0])
    for i, one in enumerate(order):
        for two in order[i + 1 :]:
            s1, s1_end, *s1_run = s_first[one]
            s2, s2_end, *s2_run = s_first[two]
            t1, t1_end, *t1_run = t_first[one]
            t2, _, *t2_run = t_first[two]
            if s1_run == s2_run or t1_run == t2_run or t1 < t2:
                continue  # one name on a side ("Bank of America"), or the order kept
            if _says(seg.source, s1_run, src_lang) and _says(seg.target, t1_run, ctx.target_lang):
                continue  # "Clarke said NASA ..." / "..., disse Clarke": the speaker moved
            if _genitive(seg.source, (s1_run[0], s1_run[1]), (s2_run[0], s2_run[1]), s_data[1],
                         s_data[2]) or _genitive(seg.target, (t2_run[0], t2_run[1]),
                                                 (t1_run[0], t1_run[1]), t_data[1], t_data[2]):
                continue  # fmt: skip
            if any(_beside_title(text, (a[0], a[1]), (b[0], b[1]), lang)
                   for text, a, b, lang in (
                       (seg.source, s1_run, s2_run, src_lang),
                       (seg.source, s2_run, s1_run, src_lang),
                       (seg.target, t1_run, t2_run, ctx.target_lang),
                       (seg.target, t2_run, t1_run, ctx.target_lang))):
                continue  # a head noun beside the title it names: "o Show “X”", "the “X” Show"
            return [Finding(
                "names", "error",
                f"the source names {seg.source[s1:s1_end]!r} before {seg.source[s2:s2_end]!r} "
                "and the target after it: who did what to whom may be turned",
                segment=seg.id, source_span=(s1, s1_end), target_span=(t1, t1_end),
                data={"kind": "name-order"},
            )]  # fmt: skip
    return []


@cache
def _place_words(lang: str) -> frozenset[str]:
    """The folded words of ``lang``'s names of countries, languages and of the cities CLDR
    writes in the language's own spelling (its time zones' exemplar cities, through Babel):
    "Sérvia" for "Serbia", "Croácia" for "Croatia", "Istambul" for "Istanbul"."""
    from babel import Locale, UnknownLocaleError

    try:
        loc = Locale.parse(base_language(lang) or lang)
    except (ValueError, UnknownLocaleError):
        return frozenset()
    cities = [v.get("city") for v in loc.time_zones.values()]
    names = [*loc.territories.values(), *loc.languages.values(), *(c for c in cities if c)]
    return frozenset(_fold(w) for n in names for w in re.findall(r"[^\W\d_]+", str(n)))


def _respelled(one: str, two: str, pairs: frozenset[frozenset[str]]) -> bool:
    """Two folded words of one length that differ in one letter inside the word: not the first
    (another word), not the last two (an ending: "Norte", "Zimbábue"; of each part of a
    hyphenated word), not a pair of letters one
    language writes for the other's in a borrowed name (``pairs``: "Croatia", "Croácia")."""
    if len(one) != len(two) or len(one) < 4 or one == two:
        return False
    diff = [i for i, (a, b) in enumerate(zip(one, two, strict=True)) if a != b]
    if len(diff) != 1:
        return False
    # the word's part around the letter, for a compound ("Naltrexone-bupropion", whose first
    # part's ending is the language's: "Naltrexona-bupropion")
    start = one.rfind("-", 0, diff[0]) + 1
    end = one.find("-", diff[0])
    end = len(one) if end < 0 else end
    return (start < diff[0] < end - 2
            and frozenset((one[diff[0]], two[diff[0]])) not in pairs)  # fmt: skip


def check_name_spelling(seg: TranslatedSegment, ctx: CheckContext) -> list[Finding]:
    """A name of the source that the target writes with one letter changed inside it ("Kaine"
    written "Koine", "Whangārei" written "Whangurei") is another name: is it the same person?
    Read on the capitalized words of four letters or more (``[names]`` of
    ``locales/facts/<lang>.toml``) that the other side does not write, one letter apart; not read
    where either word is a common English word ("North", "Norte"), a word of its language's
    names of countries, languages and cities ("Serbia", "Sérvia"; "Istambul") or a month or
    weekday ("April", "Abril"), where the letters are a pair that
    ``[names] letter_pairs`` of either language lists ("Syria", "Síria"), or inside a glossary
    name. Blocking. A language without the data is not checked."""
    if _skip(seg):
        return []
    src_lang = seg.segment.lang or ctx.source_lang
    s_data, t_data = _name_data(src_lang), _name_data(ctx.target_lang)
    if s_data is None or t_data is None:
        return []
    from .glossary.words import english_words

    stop = _folded_names(s_data[3], t_data[3])
    pairs = _letter_pairs(src_lang, ctx.target_lang)
    words = english_words()
    s_en, t_en = base_language(src_lang) == "en", base_language(ctx.target_lang) == "en"
    s_all = _folded_words(seg.source)
    t_all = _folded_words(seg.target)
    glossary = _name_spans(seg)
    t_skip = _name_skip_words(ctx.target_lang)
    s_skip = _name_skip_words(src_lang)
    targets = [(w, a, b) for w, a, b, *_ in _name_words(seg.target, t_data[0])
               if w not in s_all and w not in stop and not (t_en and words.ordinary(w))
               and w not in t_skip]  # fmt: skip
    if not targets:
        return []
    for w, a, b, *_ in _name_words(seg.source, s_data[0]):
        if (w in t_all or w in stop or (s_en and words.ordinary(w))
                or w in s_skip or _inside((a, b), glossary)):
            continue  # fmt: skip
        for w2, a2, b2 in targets:
            if _respelled(w, w2, pairs) and not _glossary_named(
                    seg.source, (a, b), seg.target, src_lang, ctx.target_lang) and not (
                    s_en and _title_word_translated(seg.source, a, b, w, t_all)):
                return [Finding(
                    "names", "error",
                    f"the source's name {seg.source[a:b]!r} is written {seg.target[a2:b2]!r}: "
                    "one letter changed, another name",
                    segment=seg.id, source_span=(a, b), target_span=(a2, b2),
                    data={"kind": "name-spelling"},
                )]  # fmt: skip
    return []


_NEXT_CAPITALIZED = re_compile(r" ([A-Z][a-z]+)\b")
_PREVIOUS_CAPITALIZED = re_compile(r"\b([A-Z][a-z]+) $")


def _title_word_translated(source: str, start: int, end: int, word: str,
                           target_words: frozenset[str] | None = None) -> bool:
    """An English dictionary word capitalized in a title of common words ("a Major Disaster
    Declaration", "an Expedited Major Disaster Declaration"): the next word a capitalized
    common word that is never a name, the word before it none or such a word. The target's word
    one letter apart ("Declaração de Desastres Maior") is that word translated, not a name
    respelled (probe51). "John Major said" (no title word after it) and "John Major Center"
    (a given name before it) are still read. With ``target_words`` (the target's folded words),
    the title must be translated: a next word the target writes as the source does ("Google
    Reader" written "Guogle Reader", "Internet Explorer" written "Ipternet Explorer") is a name's,
    still read (facts56: the rule had cost twelve ``name-respelled`` catches of sets AB..W)."""
    from .glossary.words import english_words

    words = english_words()
    nxt = _NEXT_CAPITALIZED.match(source, end)
    if nxt is None or word not in words.common or not words.ordinary(nxt.group(1).casefold()):
        return False
    if target_words is not None and nxt.group(1).lower() in target_words:
        return False
    before = _PREVIOUS_CAPITALIZED.search(source, max(0, start - 40), start)
    return before is None or words.ordinary(before.group(1).casefold())


_NAME_LETTERS = re_compile(r"[^\W\d_]{3,}")


def _mixed_case(word: str) -> bool:
    """Capitals and small letters mixed after the first letter ("UNodc", "McDonald"): neither
    capitals, small letters nor a capital first."""
    rest = word[1:]
    if rest.islower() or rest.isupper():
        return False  # no capital, or no small letter, after the first (most words; speed46)
    return any(map(str.isupper, rest)) and any(map(str.islower, rest))


def check_name_case(seg: TranslatedSegment, ctx: CheckContext) -> list[Finding]:
    """A word of the source that the target writes with the same letters in a case the source
    does not write and no language's convention gives: capitals and small letters mixed
    ("Escritório das Nações Unidas sobre Drogas e Crime (Unodc)" written "... (UNodc)", an
    acronym garbled; "UNODC" likewise). Capitals, small letters or a capital first are how
    languages write a name ("NASA", "Nasa"; "DUBAI", "Dubai") and are not read; nor is a source
    written mostly in capitals (a headline's "IPHONE" may be written "iPhone"). A warning: the
    name's letters stand, a reviewer reads its case (probe33; 0 of the 7,880 real outputs of
    the facts sets, 1 of 1,512 sentences of probes 30-33, that one)."""
    if _skip(seg):
        return []
    words = _NAME_LETTERS.findall(seg.target)
    if not any(_mixed_case(w) for w in words):
        return []
    src = _NAME_LETTERS.findall(seg.source)
    if sum(w.isupper() for w in src) * 2 > len(src):
        return []
    written = set(src)
    folded = {w.casefold(): w for w in src}
    for m in _NAME_LETTERS.finditer(seg.target):
        w = m.group()
        if w in written or not _mixed_case(w) or w.casefold() not in folded:
            continue
        name = folded[w.casefold()]
        at = seg.source.find(name)
        return [Finding(
            "names", "warning",
            f"the source's {name!r} is written {w!r}: the same letters in another case; "
            "check the name",
            segment=seg.id, source_span=(at, at + len(name)), target_span=m.span(),
            data={"kind": "name-case"},
        )]  # fmt: skip
    return []


@cache
def _calendar_words(lang: str) -> frozenset[str]:
    """The folded names of months and weekdays of ``lang`` (CLDR, through Babel), every width."""
    from babel import Locale, UnknownLocaleError

    try:
        loc = Locale.parse(base_language(lang) or lang)
    except (ValueError, UnknownLocaleError):
        return frozenset()
    names = [str(n) for table in (loc.months, loc.days) for ctx in table.values()
             for width in ctx.values() for n in width.values()]  # fmt: skip
    return frozenset(_fold(n).rstrip(".") for n in names)


# A sentence with more capitalized words than this share is a heading or a list of titles
# ("Best For | Denim Size Range"): its capitals say nothing of names.
_TITLE_SHARE = 0.3


def _title_cased(text: str, empty: bool = True) -> bool:
    """Whether more than ``_TITLE_SHARE`` of the letter words of ``text`` begin with a capital
    (a headline, a list of names: the name checks do not read it); ``empty``: the answer for a
    text with no letter word. The counts are read once per text in a ``readings_shared()``
    block (speed46: the name-lost check and the speakers' reading of the source counted them
    each)."""
    memo = readings_memo()
    key = ("tc", text)
    known = memo.get(key) if memo is not None else None
    if known is None:
        letters = re.findall(r"[^\W\d_]+", text)
        known = (len(letters), sum(w[0].isupper() for w in letters))
        if memo is not None:
            memo[key] = known
    words, capitalized = known
    return empty if not words else capitalized > _TITLE_SHARE * words


def check_name_lost(seg: TranslatedSegment, ctx: CheckContext) -> list[Finding]:
    """A full name of the source (two capitalized words or more) of which the target writes no
    word lost a person or the clause around it ("— Andrew Chen To combat this trend" written
    "Para combater essa tendência"; "..., said Jon Sopel" written with another name). Read
    where the source's language has a spelling dictionary (``[dictionary]`` of
    ``locales/languages``): a name with a word of it, or a hyphenated word of them ("Low-code"),
    (the sentence's capitals of "White House", "US News" are ordinary words a translation
    translates), a month or weekday, a country or
    language name (CLDR) is not read, nor a sentence in title case, nor a glossary name; a word
    of the name, or its first four letters ("Croatia", "Croácia"), anywhere in the target keeps
    it. Blocking."""
    if _skip(seg):
        return []
    src_lang = seg.segment.lang or ctx.source_lang
    s_data = _name_data(src_lang)
    if s_data is None:
        return []
    from .glossary.words import language_words

    words = language_words(src_lang)
    if words is None or not words.common:
        return []
    if _title_cased(seg.source):
        return []
    t_all = _folded_words(seg.target)
    t_heads = {w[:4] for w in t_all if len(w) >= 4}
    stop = _folded_names(s_data[3])
    skip = _name_skip_words(src_lang)
    glossary = _name_spans(seg)
    runs: dict[tuple[int, int], list[str]] = {}
    for w, _, _, run_start, run_end in _name_words(seg.source, s_data[0]):
        if w not in stop:
            runs.setdefault((run_start, run_end), []).append(w)
    for (start, end), name in runs.items():
        if (len(name) < 2 or _inside((start, end), glossary)
                or any(w in words.common or w in skip
                       or all(part in words.common for part in w.split("-")) for w in name)
                or any(w in t_all or (len(w) >= 4 and w[:4] in t_heads) for w in name)
                or _glossary_named(seg.source, (start, end), seg.target, src_lang,
                                   ctx.target_lang)):
            continue  # fmt: skip
        return [Finding(
            "names", "error",
            f"the source's name {seg.source[start:end]!r} is nowhere in the target: the name "
            "or the clause around it was lost",
            segment=seg.id, source_span=(start, end), data={"kind": "name-lost"},
        )]  # fmt: skip
    return []


@cache
def _not_speaker_after(lang: str) -> frozenset[str]:
    """``[names] not_speaker_after`` of ``locales/facts/<lang>.toml``: the words after which a
    name before a verb of saying is a noun's complement, not the speaker ("authorities in
    Beijing announced", "Centre for Cyber Security warned")."""
    return frozenset(str(w) for w in facts_data(lang).get("names", {}).get("not_speaker_after", []))


def _speakers(text: str, lang: str) -> list[tuple[int, int, list[str]]]:
    """(start, end, folded words) of each name ``text`` gives its words to: a run of capitalized
    words beside a verb of saying (``_says``) of which a word is not a common word of ``lang``
    (its spelling dictionary), a country, language, city, month or weekday name, nor a
    capitalized non-name; not after a word of ``_not_speaker_after``. Empty where ``lang`` has
    no name data, no verbs of saying or no dictionary, and in a sentence in title case."""
    data = _name_data(lang)
    say = _any_say(lang)
    if data is None or say is None or not say.search(text):
        return []
    from .glossary.words import language_words

    words = language_words(lang)
    if words is None or not words.common:
        return []
    if _title_cased(text):
        return []
    stop = _folded_names(data[3])
    skip = _name_skip_words(lang)
    runs: dict[tuple[int, int], list[str]] = {}
    for w, _, _, run_start, run_end in _name_words(text, data[0]):
        if w not in stop:
            runs.setdefault((run_start, run_end), []).append(w)
    after = _not_speaker_after(lang)
    out = []
    for (start, end), name in runs.items():
        if all(w in words.common or w in skip
               or all(part in words.common for part in w.split("-")) for w in name):
            continue  # fmt: skip
        before = re.search(r"([^\W\d_]+)\s+$", text[max(0, start - 30) : start])
        if before is not None and before.group(1) in after:
            continue
        if _says(text, [start, end], lang):
            out.append((start, end, name))
    return out


def check_speaker_lost(seg: TranslatedSegment, ctx: CheckContext) -> list[Finding]:
    """The name the source gives its words to ("..., Herrmann said", "according to MMQB's Peter
    King") must reach the target, and the target must give them to no one the source does not
    name: "disse Mitchell Johnson" for "Herrmann said" gives the claim to someone else. Read on
    the names beside a verb of saying (``_speakers``: ``[names] say`` and
    ``not_speaker_after`` of ``locales/facts/<lang>.toml``; a name of common words, "Officials
    said", "the White House said", is not read), on the source where its language has a
    spelling dictionary (a word of the name, or its first four letters, anywhere in the target
    keeps it; a glossary name is not read) and on the target where its language has one (a word
    of the target's speaker, or its first four letters, anywhere in the source). Blocking."""
    if _skip(seg):
        return []
    src_lang = seg.segment.lang or ctx.source_lang
    glossary = _name_spans(seg)
    s_speakers = [x for x in _speakers(seg.source, src_lang) if not _inside(x[:2], glossary)]
    lost = _unnamed_speaker(s_speakers, seg.target, seg.source)
    while lost is not None and _glossary_named(seg.source, lost, seg.target, src_lang,
                                               ctx.target_lang):
        s_speakers = [x for x in s_speakers if x[:2] != lost]
        lost = _unnamed_speaker(s_speakers, seg.target, seg.source)
    if lost is not None:
        start, end = lost
        return [Finding(
            "names", "error",
            f"the source gives its words to {seg.source[start:end]!r}, whom the target "
            "does not name: the claim is given to someone else or to no one",
            segment=seg.id, source_span=(start, end), data={"kind": "speaker-lost"},
        )]  # fmt: skip
    t_speakers = _speakers(seg.target, ctx.target_lang)
    added = _unnamed_speaker(t_speakers, seg.source, seg.target)
    while added is not None and _glossary_named(seg.target, added, seg.source, ctx.target_lang,
                                                src_lang):
        t_speakers = [x for x in t_speakers if x[:2] != added]
        added = _unnamed_speaker(t_speakers, seg.source, seg.target)
    if added is not None:
        start, end = added
        return [Finding(
            "names", "error",
            f"the target gives its words to {seg.target[start:end]!r}, whom the source "
            "does not name: the claim is given to someone else",
            segment=seg.id, target_span=(start, end), data={"kind": "speaker-added"},
        )]  # fmt: skip
    return []


def _unnamed_speaker(
    speakers: list[tuple[int, int, list[str]]], other: str, text: str = ""
) -> tuple[int, int] | None:
    """The span of the first of ``speakers`` of whom no word (or its first four letters) stands
    in ``other``, the other side's text; None when every one is named there. A speaker that is
    an acronym in ``text`` (its own side's text) is also named by an acronym of ``other`` with
    the same letters in another order: the other language's own ("AI" written "IA", "EU"
    "UE", "NATO" "OTAN"; probe33)."""
    if not speakers:
        return None
    words = _folded_words(other)
    heads = {w[:4] for w in words if len(w) >= 4}
    acronyms = {"".join(sorted(w)) for w in re.findall(r"(?<![\w-])[^\W\d_a-z]{2,6}(?![\w-])",
                                                       other) if w.isupper()}
    for start, end, name in speakers:
        if any(w in words or (len(w) >= 4 and w[:4] in heads) for w in name):
            continue
        written = text[start:end].split()
        if written and acronyms and all(w.isupper() and 2 <= len(w) <= 6 and w.isalpha() and
                                        "".join(sorted(w)) in acronyms for w in written):
            continue
        return start, end
    return None


_ACTION_KEYS = ("after", "before", "without")


@dataclass(frozen=True)
class _Actions:
    preps: dict[str, str]  # what the preposition says -> an alternation of its forms
    verb: re.Pattern[str]
    not_verbs: frozenset[str]
    det: str
    linkers: str
    clause: re.Pattern[str] | None  # a target: a word that says a clause (see _no_clause)
    phrase_words: int
    means: re.Pattern[str] | None  # a target: "by" + a determiner, not "by the end"
    means_verb: re.Pattern[str] | None  # a target: "by" + its verb form ("by examining")
    gerund: re.Pattern[str] | None  # a source: a verb of manner ("examinando")
    not_gerunds: frozenset[str]
    means_sayers: re.Pattern[str] | None  # a source: words that may say "by" before a noun
    participle: re.Pattern[str] | None = None  # a target: a participle clause (", requiring")


@cache
def _action_data(lang: str) -> _Actions | None:
    """``[actions]`` of ``locales/facts/<lang>.toml``; None when the language has none."""
    data = facts_data(lang).get("actions")
    if not data:
        return None
    preps = {k: _alt([str(w) for w in data.get(k, [])]) for k in _ACTION_KEYS if data.get(k)}
    det = _alt([str(w) for w in data.get("determiners", [])])
    clause = None
    if data.get("clause_words") or data.get("clause_forms"):
        words = _alt([str(w) for w in data.get("clause_words", [])]) or "(?!)"
        forms = str(data.get("clause_forms") or "(?!)")
        clause = re_compile(rf"(?i)(?:{words}|{forms})")
    means = means_verb = None
    if data.get("means"):
        away = _alt([str(w) for w in data.get("not_after_means", [])]) or "(?!)"
        by = _alt([str(w) for w in data["means"]])
        means = re_compile(rf"(?i)(?<![\w-])(?:{by})\s+(?:{det})(?![\w'’-])"
                           rf"(?!\s+(?:{away})(?![\w-]))")  # fmt: skip
        means_verb = re_compile(rf"(?i)(?<![\w-])(?:{by})\s+(?:{data['verb']})(?![\w-])")
    gerund = None
    if data.get("gerund"):
        gerund = re_compile(rf"(?i)(?<![\w-])({data['gerund']})(?![\w-])")
    sayers = (re_compile(rf"(?i)(?<![\w-])(?:{_alt([str(w) for w in data['means_sayers']])})"
                         r"(?![\w-])") if data.get("means_sayers") else None)  # fmt: skip
    participle = None
    if data.get("participle_opening"):
        before = _alt([str(w) for w in data.get("participle_before", [])]) or "(?!)"
        participle = re_compile(rf"(?i)(?:{data['participle_opening']})\s*(?:(?:{before})\s+)?"
                                rf"({data['verb']})(?![\w-])")  # fmt: skip
    return _Actions(preps, re_compile(str(data["verb"]), re.IGNORECASE),
                    frozenset(str(w) for w in data.get("not_verbs", [])), det,
                    _alt([str(w) for w in data.get("linkers", [])]), clause,
                    int(data.get("phrase_words", 0)), means, means_verb, gerund,
                    frozenset(str(w).casefold() for w in data.get("not_gerunds", [])),
                    sayers, participle)  # fmt: skip


def _no_clause(text: str, start: int, data: _Actions, linked: bool) -> int | None:
    """The end of the phrase that opens at ``start`` (a determiner, then words up to the next
    stop) when none of its words after the first after the determiner says a clause (a word of
    ``clause_words``, a verb form of ``clause_forms``: "the team won", "the OBR being
    consulted") and it has at most ``phrase_words`` words; None otherwise (a clause, or too long
    to tell). Nor when a word of it links a noun to a complement ("the purchase of your trip")
    and the source's object, ``linked``, has no such link: the action said as a noun."""
    if data.clause is None:
        return None
    stop = re.compile(r"[,;:.!?()\[\]\"“”]|$").search(text, start)
    end = stop.start() if stop else len(text)
    words = text[start:end].split()
    if not 2 <= len(words) <= data.phrase_words + 1:
        return None
    if any(data.clause.fullmatch(w.strip("'’")) for w in words[2:]):
        return None
    if not linked and any(re.fullmatch(data.linkers, w, re.IGNORECASE) for w in words[2:]):
        return None
    return end


def check_action(seg: TranslatedSegment, ctx: CheckContext) -> list[Finding]:
    """A verb after a preposition that the target drops, its object left in its place: "Após
    rechaçar um encontro da seleção" written "After a meeting of the team" (a real output), "after
    rejecting the offer, he left" written "após a oferta, ele saiu". Read on ``[actions]`` of
    ``locales/facts/<lang>.toml`` (prepositions that take a verb, by what they say; the verb form;
    determiners; the words that link a noun to its complement): where the source writes such a
    preposition, a verb and an object, and the target writes the preposition that says the same
    thing only ever before a determiner and a noun, that noun standing alone (a comma or the end
    after it) or linked to a complement as the source's object is. The action said as a noun
    ("after purchasing your trip" written "após a compra de sua viagem": the noun linked where
    the source's object is not) and a clause ("after the team won") are not findings. Blocking.
    A language without the data is not checked."""
    if _skip(seg):
        return []
    src_lang = seg.segment.lang or ctx.source_lang
    s_data, t_data = _action_data(src_lang), _action_data(ctx.target_lang)
    if s_data is None or t_data is None:
        return []
    for key, s_preps in s_data.preps.items():
        t_preps = t_data.preps.get(key)
        if t_preps is None:
            continue
        source = re_compile(
            rf"(?i)(?<![\w-])(?:{s_preps})\s+({s_data.verb.pattern})\s+(?:{s_data.det})\s+"
            rf"[^\W\d_][\w-]*(\s+(?:{s_data.linkers})\b)?"
        )
        for m in source.finditer(seg.source):
            if m.group(1).casefold() in s_data.not_verbs:
                continue
            hits = list(re.finditer(rf"(?i)(?<![\w-])(?:{t_preps})\s+([^\W\d_][\w-]*)",
                                    seg.target))  # fmt: skip
            if not hits or any(not re.fullmatch(t_data.det, h.group(1), re.IGNORECASE)
                               for h in hits):  # fmt: skip
                break  # the target says it otherwise, or with a verb or a clause somewhere
            obj = re_compile(rf"(?i)\s+(?:{t_data.det})\s+[^\W\d_][\w-]*"
                             rf"(?:(\s*(?:[,;:.!?]|$))|(\s+(?:{t_data.linkers})\b))?")  # fmt: skip
            o = obj.match(seg.target, hits[0].end(0) - len(hits[0].group(1)) - 1)
            if o is not None and (o.group(1) is not None or (o.group(2) and m.group(2))):
                end = o.end()
            else:  # a target whose verb has a form of its own: no clause in the phrase
                stop = re.compile(r"[,;:.!?()\[\]\"“”]|$").search(seg.source, m.end(1))
                linked = re.search(rf"(?i)(?<![\w-])(?:{s_data.linkers})(?![\w-])",
                                   seg.source[m.end(1) : stop.start() if stop else None])
                end = _no_clause(seg.target, hits[0].start(1), t_data, linked is not None) or -1
                if end < 0:
                    break
            said = seg.target[hits[0].start() : end].strip()
            return [Finding(
                "numbers", "error",
                f"the source says {m.group(0)!r} and the target {said!r}: the action is gone, "
                "its object left in its place",
                segment=seg.id, source_span=m.span(), target_span=(hits[0].start(), end),
                data={"kind": "action-dropped"},
            )]  # fmt: skip
    return _means_lost(seg, s_data, t_data)


def _means_lost(seg: TranslatedSegment, s_data: _Actions, t_data: _Actions) -> list[Finding]:
    """The source says how with a verb ("examinando a experiência", a gerund of its data) and
    the target writes its preposition of manner straight before a determiner ("by the
    customer's experience") more often than the source has words that may say it before a noun
    ("pelo autor", "até 2025"), and never with its verb form ("by examining"): the verb is
    gone."""
    if t_data.means is None or s_data.gerund is None:
        return []
    gerunds = [g for g in s_data.gerund.finditer(seg.source)
               if g.group(1).split("-")[0].casefold() not in s_data.not_gerunds]  # fmt: skip
    if not gerunds:
        return []
    said = list(t_data.means.finditer(seg.target))
    sayers = len(s_data.means_sayers.findall(seg.source)) if s_data.means_sayers else 0
    if len(said) <= sayers:
        return []
    if t_data.means_verb is not None and t_data.means_verb.search(seg.target):
        return []
    if len(_verb_forms(seg.target, t_data)) >= len(gerunds):
        return []  # each gerund kept as a clause ("não se exigindo" written "not requiring")
    return [_action_gone(seg, gerunds[0], said[0])]


def _verb_forms(text: str, data: _Actions) -> list[str]:
    """The verb forms of ``text`` that open a clause of their own (``[actions]
    participle_opening``, then a word of ``participle_before`` or none): "..., requiring",
    "“not requiring", the English participle that writes a Portuguese gerund; none of
    ``not_verbs`` ("morning"). A verb form after a preposition or a determiner ("from plumbing
    problems", "the shipping") opens none.

    >>> data = _action_data("en")
    >>> _verb_forms("the title of mining, “not requiring another document.”", data)
    ['requiring']
    >>> _verb_forms("By the morning, the shipping stopped from plumbing problems.", data)
    []
    """
    if data.participle is None:
        return []
    return [m.group(1) for m in data.participle.finditer(text)
            if m.group(1).casefold() not in data.not_verbs]


def _action_gone(seg: TranslatedSegment, source: re.Match[str], target: re.Match[str]) -> Finding:
    """The blocking finding of a source verb (``source``) whose target keeps only the words
    around it (``target``): the object stands where the action was."""
    return Finding(
        "numbers", "error",
        f"the source says {source.group(0)!r} and the target {target.group(0)!r} with no verb: "
        "the action is gone, its object left in its place",
        segment=seg.id, source_span=source.span(), target_span=target.span(),
        data={"kind": "action-dropped"},
    )  # fmt: skip


def decade_in(source: str, start: int, digits: str, target: str, source_lang: str) -> bool:
    """The source names a decade with a cue of its language before the number ("década de
    1990", "anos 90": ``[decades] cues`` of ``locales/facts/<lang>.toml``) and the target writes
    that decade with an "s" ("1990s", "'90s", "the 2000s"): the number is there.

    >>> decade_in("na década de 1990 e", 13, "1990", "in the 1990s and", "pt")
    True
    >>> decade_in("nos anos 90", 9, "90", "in the '90s", "pt"), decade_in("em 1990", 3, "1990",
    ...     "in the 1990s", "pt")
    (True, False)
    >>> decade_in("nas décadas de 1970 e 1980", 22, "1980", "in the 1970s and 1980s", "pt")
    True
    >>> decade_in("na década de 420", 13, "420", "in the 420s", "pt")
    True
    """
    if not re.fullmatch(r"\d{1,3}0", digits):
        return False
    cues = [str(c) for c in facts_data(source_lang).get("decades", {}).get("cues", [])]
    if not cues:
        return False
    head = source[max(0, start - 48) : start]
    # the cue may stand before the first of decades joined by a comma or a conjunction of
    # ``[lists]`` ("nas décadas de 1970 e 1980", "anos 60, 70 e 80")
    joins = [str(w) for w in facts_data(source_lang).get("lists", {}).get("conjunctions", [])]
    more = rf"(?:\d{{1,4}}(?:\s*,|\s+(?:{_alt(joins)}))\s+)*" if joins else ""
    if not re.search(rf"(?i)\b(?:{'|'.join(map(re.escape, cues))})\s+{more}$", head):
        return False
    if len(digits) >= 3:  # "1990s", "1990's", "the 420s" ("a década de 420")
        written = rf"(?<!\d){digits}['’]?s\b"
    else:  # "anos 90": "the '90s", "the 90s", "the 1990s"
        written = rf"(?:(?<![\w'’])['’]?|(?<!\d)\d\d){digits[-2:]}['’]?s\b"
    return re.search(written, target) is not None


@cache
def _year_prefix_pattern(lang: str) -> str:
    words = [str(w) for w in facts_data(lang).get("years", {}).get("hyphen_prefixes", [])]
    return rf"(?i)(?<![\w-])(?:{_alt(words)})[-\u2010\u2011]" if words else ""


def year_prefixed_in(digits: str, target: str, target_lang: str) -> bool:
    """The target writes the year ``digits`` glued by a hyphen to a word of ``[years]
    hyphen_prefixes`` of ``locales/facts/<lang>.toml`` ("meados de 2021" written "mid-2021",
    "pre-2020"): the number reader leaves a number glued to a word unread, yet it is there.

    >>> year_prefixed_in("2021", "since mid-2021.", "en"), year_prefixed_in("2021",
    ...     "since mid-2022.", "en"), year_prefixed_in("19", "the Covid-19 pandemic", "en")
    (True, False, False)
    """
    prefix = _year_prefix_pattern(target_lang)
    if not prefix or not re.fullmatch(r"\d{4}", digits):
        return False
    return digits in _prefixed_years(target, target_lang)


# four digits right after a hyphen, as ``year_prefixed_in``'s pattern ends
_HYPHEN_YEAR = re_compile(r"[-\u2010\u2011](\d{4})(?![\d.,]\d)")


@lru_cache(maxsize=16)
def _prefixed_years(target: str, target_lang: str) -> frozenset[str]:
    """The four digits ``target`` writes after a word of ``[years] hyphen_prefixes`` and a
    hyphen ("mid-2021"), read once per text (facts53: once per number missing was quadratic):
    each hyphen before four digits, the prefix looked for in the few characters before it. The
    same answers as ``year_prefixed_in``'s one search per number: the prefix is a literal word
    (no longer than the longest) ending right before the hyphen, the lookbehind seeing the
    text before the window.

    >>> sorted(_prefixed_years("mid-2021, pre-1999 and Covid-2020, mid-20215", "en"))
    ['1999', '2021']
    """
    words = [str(w) for w in facts_data(target_lang).get("years", {}).get("hyphen_prefixes", [])]
    if not words:
        return frozenset()
    before = re_compile(rf"(?i)(?<![\w-])(?:{_alt(words)})\Z")
    longest = max(map(len, words))
    return frozenset(m.group(1) for m in _HYPHEN_YEAR.finditer(target)
                     if before.search(target, max(0, m.start() - longest), m.start()))  # fmt: skip


def month_year_gap(gap: str, source_lang: str, after: str = " ") -> bool:
    """What stands between a month and a number after it may make the number the month's
    year: nothing but spaces, or a word of ``[years] month_linkers`` of
    ``locales/facts/<lang>.toml`` ("April of 1943"; not "April, of", not "April and"), or a
    comma alone ("October, 1954", an older style of writing a month's year; probe39: the
    Senate of Pakistan page's "dissolved in October, 1954", written "em outubro de 1954",
    was held as 1954 lost) when ``after``, the text after the number, ends or pauses there or
    goes on with a word of ``[years] comma_year_followers`` ("In July, 2021 people": a count).

    >>> month_year_gap(" of ", "en"), month_year_gap(" ", "en"), month_year_gap(", of ", "en")
    (True, True, False)
    >>> month_year_gap(" and ", "en"), month_year_gap(" de ", "pt"), month_year_gap(", ", "en")
    (False, False, True)
    >>> month_year_gap(", ", "en", " which framed"), month_year_gap(", ", "en", " people were")
    (True, False)
    """
    word = gap.strip()
    if not word:
        return True
    if word == ",":
        nxt = re.match(r"\s*([^\W\d_]+)", after)
        if nxt is None:
            return not after.strip()[:1].isalnum()  # the end, a stop, a comma
        followers = facts_data(source_lang).get("years", {}).get("comma_year_followers", [])
        return nxt.group(1).casefold() in {str(w).casefold() for w in followers}
    if gap[:1].isspace() and gap[-1:].isspace() and word.isalpha():
        linkers = facts_data(source_lang).get("years", {}).get("month_linkers", [])
        return word.casefold() in {str(w).casefold() for w in linkers}
    return False


def round_in(value: Decimal, target: str, target_lang: str) -> bool:
    """A round number written as its bare word in the target ("9 per 1,000 people" written "9
    por mil pessoas", "per million" written "por milhão"): ``[round_words]`` of
    ``locales/facts/<lang>.toml``, a word standing alone (not after digits or a number word:
    "22 mil" and "dois mil" are other numbers).

    >>> round_in(Decimal(1000), "9 por mil pessoas", "pt")
    True
    >>> round_in(Decimal(1000), "22 mil pessoas", "pt"), round_in(Decimal(1000),
    ...     "dois mil pessoas", "pt"), round_in(Decimal(100), "9 por cem pessoas", "pt")
    (False, False, False)
    """
    data = facts_data(target_lang)
    words = [str(w) for w, v in data.get("round_words", {}).items() if Decimal(v) == value]
    if not words:
        return False
    return _round_word_alone(value, target, target_lang)


@lru_cache(maxsize=64)
def _round_word_alone(value: Decimal, target: str, target_lang: str) -> bool:
    """``round_in``'s reading, once per value and text (facts53: once per number missing
    reread the text; the word before each match is found by stepping back, not by a search of
    all the text before it)."""
    data = facts_data(target_lang)
    words = [str(w) for w, v in data.get("round_words", {}).items() if Decimal(v) == value]
    spelled = data.get("number_words", {})
    before = {str(w).casefold() for key in ("units", "teens", "tens") for w in spelled.get(key, {})}
    for m in re.finditer(rf"(?i)(?<![\w-])(?:{'|'.join(map(re.escape, words))})(?![\w-])", target):
        prev = word_before(target, m.start())
        if prev is None or not (prev.isdigit() or prev.casefold() in before):
            return True
    return False


def word_before(text: str, at: int) -> str | None:
    """The run of letters and digits that ends ``text[:at]`` but for characters that are no
    word's (``\\W``), as ``re.search(r"([^\\W_]+)\\W*$", text[:at]).group(1)``; None when an
    underscore or the start comes first. Steps back from ``at``: no search of the whole text.

    >>> word_before("22 mil", 3), word_before("por  mil", 5), word_before("a_ mil", 3)
    ('22', 'por', None)
    >>> word_before(" mil", 1), word_before("x\\n", 2)
    (None, 'x')
    """
    k = at
    while k > 0 and not (text[k - 1].isalnum() or text[k - 1] == "_"):
        k -= 1
    if k == 0 or not text[k - 1].isalnum():
        return None
    i = k
    while i > 0 and text[i - 1].isalnum():
        i -= 1
    return text[i:k]


# --- a negation inside a word: "independent" written "dependente" ----------------------------


def _fold(text: str) -> str:
    if text.isascii():  # no marks to take off: the same as the general case, at once
        return text.lower()
    return _fold_marks(text)


@lru_cache(maxsize=8192)
def _fold_marks(text: str) -> str:
    import unicodedata

    return "".join(c for c in unicodedata.normalize("NFD", text.casefold())
                   if not unicodedata.combining(c))  # fmt: skip


def _negated_words(text: str, lang: str, short: bool = False) -> list[tuple[int, int, str]]:
    """(start, end, stem) of the words ``text`` negates with a prefix, by ``lang``'s data; with
    ``short``, also a stem of four letters after a prefix of ``short_prefixes`` ("unused")."""
    data = facts_data(lang).get("negation", {})
    prefixes = [str(p) for p in data.get("prefixes", [])]
    if not prefixes:
        return []
    pattern = re_compile(rf"(?<![\w-])({_alt(prefixes)})([^\W\d_]{{5,}})(?![\w-])", re.IGNORECASE)
    shorts = [str(p) for p in data.get("short_prefixes", [])] if short else []
    if shorts:
        four = rf"(?<![\w-])({_alt(shorts)})([^\W\d_]{{4}})(?![\w-])"
        pattern = re_compile(f"{pattern.pattern}|{four}", re.IGNORECASE)
    out = []
    words = None
    plain = _not_negated(lang)
    for m in pattern.finditer(text):
        if words is None:
            from .glossary.words import english_words

            words = english_words().common if base_language(lang) == "en" else frozenset()
        stem = (m.group(2) or m.group(4)).casefold()
        if stem in words and (plain is None or not plain.fullmatch(m.group())):
            out.append((m.start(), m.end(), stem))
    return out


def _derived_negations(text: str, lang: str) -> list[tuple[int, int, str]]:
    """(start, end, stem) of the words ``text`` negates with a prefix of ``affix_prefixes``
    whose stem is no word of the spelling dictionary but one with an ending of
    ``[negation] derived_endings`` ("Nonprecedential": "precedent" + "ial"; "nonappealable":
    "appeal" + "able"), five letters or more before the ending. English only (the dictionary is
    English's); the not-negated words are left out. Read by the added-negation check only, as
    a word a target may write with a negation word ("Não precedente")."""
    if base_language(lang) != "en":
        return []
    data = facts_data(lang).get("negation", {})
    ends = [str(w) for w in data.get("derived_endings", [])]
    strong = _affix_prefixes(lang)
    if not ends or not strong:
        return []
    from .glossary.words import english_words

    words = english_words().common
    plain = _not_negated(lang)
    out = []
    pattern = rf"(?<![\w-])({_alt(sorted(strong))})([^\W\d_]{{5,}}?)({_alt(ends)})(?![\w-])"
    for m in re.finditer(pattern, text, re.IGNORECASE):
        stem = m.group(2).casefold()
        if stem in words and (plain is None or not plain.fullmatch(m.group())):
            out.append((m.start(), m.end(), stem + m.group(3).casefold()))
    return out


@cache
def _not_negated(lang: str) -> re.Pattern[str] | None:
    """``[negation] not_negated`` of ``lang``: words whose prefix negates nothing ("inhabit",
    "invaluable"), as regexes."""
    words = [str(w) for w in facts_data(lang).get("negation", {}).get("not_negated", [])]
    return re_compile("|".join(words), re.IGNORECASE) if words else None


@cache
def _affix_prefixes(lang: str) -> frozenset[str]:
    """``[negation] affix_prefixes`` of ``lang``: the prefixes that surely negate a word."""
    data = facts_data(lang).get("negation", {})
    return frozenset(str(w).casefold() for w in data.get("affix_prefixes", []))


@cache
def _suffix_negation(lang: str) -> re.Pattern[str] | None:
    """``[negation] suffixes_word`` of ``lang``: a word negated by its ending ("wireless",
    "code-free"), as one regex; the stem before the ending must be a word of the language."""
    ends = [str(w) for w in facts_data(lang).get("negation", {}).get("word_suffixes", [])]
    if not ends:
        return None
    return re_compile(rf"(?<![\w-])([^\W\d_]{{3,}})-?(?:{_alt(ends)})(?![\w-])", re.IGNORECASE)


def _affix_negations(text: str, lang: str) -> list[int]:
    """The offsets of the words ``text`` negates by a prefix ("untreated", "non-follow") or an
    ending ("wireless", "code-free"), each a negation of one word, not of a clause."""
    strong = _affix_prefixes(lang)  # "un", "non": "in", "im", "dis" begin "improve", "disgusted"
    found = [start for start, end, stem in _negated_words(text, lang)
             if text[start : end - len(stem)].casefold() in strong]  # fmt: skip
    found += [m.start() for m in re.finditer(r"(?<![\w-])non-[^\W\d_]{3,}", text, re.IGNORECASE)
              if m.start() not in found]  # fmt: skip
    found += [at for at in _participle_negations(text, lang, strong) if at not in found]
    ends = _suffix_negation(lang)
    if ends is not None:
        from .glossary.words import english_words

        words = english_words().common if base_language(lang) == "en" else frozenset()
        found += [m.start() for m in ends.finditer(text) if m.group(1).casefold() in words]
    return sorted(found)


def _participle_negations(text: str, lang: str, strong: frozenset[str]) -> list[int]:
    """The offsets of the words negated by a prefix of ``strong`` whose stem is no word of the
    spelling dictionary but a word of it with "-ed" ("unprecedented": "precedent", five letters
    or more; "unparalleled"), the form a noun takes as an adjective the dictionary does not
    list. English only (the dictionary is English's); the not-negated words are left out."""
    if not strong or base_language(lang) != "en":
        return []
    from .glossary.words import english_words

    words = english_words().common
    plain = _not_negated(lang)
    out = []
    for m in re.finditer(rf"(?<![\w-])({_alt(sorted(strong))})([^\W\d_]{{5,}}?)ed(?![\w-])",
                         text, re.IGNORECASE):  # fmt: skip
        stem = m.group(2).casefold()
        if stem in words and (plain is None or not plain.fullmatch(m.group())):
            out.append(m.start())
    return out


def _affix_renders(source: str, src: re.Pattern[str], target: str, tgt_lang: str) -> bool:
    """Is each of the source's negations ("sem fio", "não tratadas") one of the target's words
    negated by an affix ("wireless", "untreated"), one to one, at about the same place of the
    sentence (a fifth of its length either way)? A negation of a clause written away is not:
    the target then has a negated word too few, or in another place."""
    hits = [m.start() / max(len(source), 1) for m in src.finditer(source)]
    # "informed" for "não foram informados": the source has the word with its "prefix" too,
    # a cognate, not a negation
    heads = {w[:5] for w in (_fold(x) for x in re.findall(r"[^\W\d_]{5,}", source))}
    words = [at / max(len(target), 1) for at in _affix_negations(target, tgt_lang)
             if _fold(target[at : at + 5]) not in heads]  # fmt: skip
    if not hits or len(words) < len(hits):
        return False
    for where in hits:
        near = [w for w in words if abs(w - where) <= 0.2]
        if not near:
            return False
        words.remove(min(near, key=lambda w: abs(w - where)))
    return True


def check_word_negation(seg: TranslatedSegment, ctx: CheckContext) -> list[Finding]:
    """A word the source negates with a prefix ("unidentified", "non-participants",
    "independent") must stay negated: blocking when the target has the stem's cognate ("ident",
    "partic", "depen": the stem's first five letters begin a target word) only bare, with no
    prefix in the word and no negation word before it ("identificado" for "não identificado")."""
    if _skip(seg):
        return []
    source = _negated_words(seg.source, seg.segment.lang or ctx.source_lang)
    if not source:
        return []
    tgt_neg = _negation_pattern(ctx.target_lang)
    tokens = list(re.finditer(r"[^\W\d_]+", seg.target))
    folded = [_fold(t.group()) for t in tokens]
    spare: int | None = None  # the target's negation words the source's do not account for
    for start, end, stem in source:
        root = _fold(stem[:5])
        bare = None
        negated = False
        for i, (tok, word) in enumerate(zip(tokens, folded, strict=True)):
            at = word.find(root)
            if at < 0:
                continue
            # a negation one or two words before: "não familiarizados", "não estão familiarizados"
            before = seg.target[tokens[max(0, i - 2)].start() : tok.start()] if i else ""
            if at > 0 or (tgt_neg is not None
                          and tgt_neg.search(before.rstrip(" -\u2010\u2011"))):  # fmt: skip
                negated = True
            elif bare is None:
                bare = tok
        if bare is not None and not negated:
            # "Non-Profit" kept as written, read in two words: the bare "Profit" is the
            # source's own word, whole with its prefix
            word = seg.source[start:end]
            copy = re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", seg.target, re.IGNORECASE)
            if copy is not None and copy.start() <= bare.start() < copy.end():
                return [_negated_word_copied(seg, ctx, (start, end), copy.span())]
            if spare is None:
                spare = _spare_negations(seg, ctx, tgt_neg)
            if spare > 0:  # "Não Lucro": a negation word of the target renders the prefix
                spare -= 1
                continue
            return [Finding(
                "negation", "error",
                f"{seg.source[start:end]!r} is negated in the source; the target has "
                f"{bare.group()!r} with no negation",
                segment=seg.id, source_span=(start, end), target_span=bare.span(),
            )]  # fmt: skip
    return []


def _spare_negations(seg: TranslatedSegment, ctx: CheckContext,
                     tgt_neg: re.Pattern[str] | None) -> int:
    """How many more negation words the target has than the source ("Coalizão Profissional de
    Teatro Não Lucro" for "Professional Non-Profit Theater Coalition": one "Não", none in the
    source): each may render a word the source negates by a prefix, its stem translated by
    another word than its cognate ("Lucro" for "Profit"; "Profissional" is Professional's)."""
    if tgt_neg is None:
        return 0
    src_neg = _negation_pattern(seg.segment.lang or ctx.source_lang)
    theirs = len(src_neg.findall(seg.source)) if src_neg is not None else 0
    return max(0, len(tgt_neg.findall(seg.target)) - theirs)


def _negated_word_copied(seg: TranslatedSegment, ctx: CheckContext, source_span: tuple[int, int],
                         target_span: tuple[int, int]) -> Finding:
    """The blocking finding of a word the source negates by a prefix ("Non-Profit",
    "unidentified") that the target keeps as the source writes it: a word left in the source's
    language (probe44: a headline half in English, "... the Professional Non-Profit Theater
    Coalition on the ... Compromisso com as Artes"), whose negation a reader of the edition's
    language may not read; not a negation lost."""
    word = seg.source[source_span[0] : source_span[1]]
    return Finding(
        "untranslated", "error",
        f"{word!r} is left as the source ({seg.segment.lang or ctx.source_lang}) writes it: a "
        f"word negated by its prefix, not written in {ctx.target_lang}",
        segment=seg.id, source_span=source_span, target_span=target_span,
        data={"kind": "negated-word-copied"},
    )  # fmt: skip


# --- decades: "the 1990s" written "a década de 1980" ----------------------------------------

_DECADE = re_compile(r"(?<![\w.,])(?:(\d{2,3})0|['’](\d)0)['’]?s(?![\w])")


def check_decades(seg: TranslatedSegment, ctx: CheckContext) -> list[Finding]:
    """A decade ("1990s", "mid-2020s", "'90s") must keep its digits: "década de 1990",
    "anos 90" or "anos 1990" are right. The number check does not read "1990s" (a plural);
    blocking when the target has a number the source lacks where the decade went ("década
    de 1980"), a warning when the decade is just not written in digits ("anos noventa")."""
    if _skip(seg):
        return []
    runs = _DIGITS.findall(seg.target)
    have = {int(r) for r in runs}
    src_digits = {int(r) for r in _DIGITS.findall(seg.source)}
    out: list[Finding] = []
    for m in _DECADE.finditer(seg.source):
        if _inside(m.span(), _name_spans(seg)):
            continue
        if m.group(1):
            full = int(m.group(1) + "0")
            ok = full in have or (full >= 1900 and full % 100 in have and full % 100 >= 10)
        else:
            full = int(m.group(2) + "0")
            ok = full in have or any(v % 100 == full and v >= 1900 for v in have)
        if ok:
            continue
        extra = [r for r in runs if int(r) not in src_digits]
        out.append(Finding(
            "numbers", "error" if extra else "warning",
            f"the decade {m.group()!r} changed: the target has {extra[0]!r}" if extra
            else f"the decade {m.group()!r} is not in the target in digits",
            segment=seg.id, source_span=m.span(), data={"kind": "decade"},
        ))  # fmt: skip
    return out + _measures_as_decades(seg, ctx)


@cache
def _measure_patterns(
    src_lang: str, target_lang: str
) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]] | None:
    """``[decades]`` of the two languages: the source's "the mid 80s" (a band of tens after a
    qualifier or a possessive), the words that make it a measure (a temperature, an age), and
    the target's decade cue before a number ("anos 80", "década de 1980")."""
    src, tgt = facts_data(src_lang).get("decades", {}), facts_data(target_lang).get("decades", {})
    qualifiers = [str(w) for w in src.get("band_qualifiers", [])]
    possessives = [str(w) for w in src.get("band_possessives", [])]
    measures = [str(w) for w in src.get("band_measures", [])]
    cues = [str(w) for w in tgt.get("cues", [])]
    if not (qualifiers and measures and cues):
        return None
    # the target's possessive up to two words before its cue keeps an age ("na minha década de
    # 20", "em seu final dos anos 20": a calque, read as the age it is)
    owners = [str(w) for w in tgt.get("possessives", [])]
    kept = rf"(?<![\w-])(?P<kept>{_alt(owners)})\s+(?:[^\W\d_]+\s+){{0,2}}" if owners else ""
    q = _alt(qualifiers)
    # a possessive, then any one word ("her early 80s", "his mid-70s")
    owner = rf"|(?P<own>(?:{_alt(possessives)})\s(?:[a-z]+[- ])?)" if possessives else ""
    band = re_compile(
        rf"(?i)(?<![\w-])(?:(?:{q})[- ](?:to[- ](?:{q})[- ])?{owner})(?P<tens>[1-9]0)s(?![\w'’])"
    )
    measure = re_compile(rf"(?i)(?<![\w-])(?:{_alt(measures)})(?![\w-])")
    decade = re_compile(
        rf"(?i)(?:{kept})?(?<![\w-])(?:{_alt(cues)})\s+(?:de\s+)?(?:1[89]|20)?(?P<tens>\d0)(?!\d)"
    )
    return band, measure, decade


def _own_tens(bands: list[re.Match[str]]) -> set[str]:
    """The tens of the source's bands said with a possessive ("his late 20s": an age)."""
    return {m.group("tens") for m in bands if m.group("own")}


def _measures_as_decades(seg: TranslatedSegment, ctx: CheckContext) -> list[Finding]:
    """A band of tens that the source says is a measure ("highs in the mid 80s", "in her early
    70s": a qualifier or a possessive before the tens, a word of ``[decades] band_measures`` or
    the possessive in the sentence) written as a decade by the target ("meados dos anos 80",
    a cue of the target's ``[decades] cues`` before the tens): the temperature or the age made
    a period of time. Blocking. An age whose possessive the target keeps before its cue ("na
    minha década de 20" for "in my 20s": ``[decades] possessives``) is read as the age."""
    src_lang = seg.segment.lang or ctx.source_lang
    if "0s" not in seg.source:
        return []
    patterns = _measure_patterns(src_lang, ctx.target_lang)
    if patterns is None:
        return []
    band, measure, decade = patterns
    bands = list(band.finditer(seg.source))
    if not bands:
        return []
    said = {m.group("tens") for m in decade.finditer(seg.target)
            if not (m.groupdict().get("kept") and m.group("tens") in _own_tens(bands))}  # fmt: skip
    if not said:
        return []
    out = []
    for m in bands:
        if m.group("tens") not in said or not (m.group("own") or measure.search(seg.source)):
            continue
        out.append(Finding(
            "numbers", "error",
            f"{m.group()!r} is a measure (a temperature, an age), written as a decade",
            segment=seg.id, source_span=m.span(), data={"kind": "band-as-decade"},
        ))  # fmt: skip
    return out


# --- ordinal words: "the first year" written "o segundo ano" ----------------------------------


@cache
def _ordinal_table(lang: str) -> dict[str, int]:
    words = facts_data(lang).get("ordinal_words", {})
    return {str(k).casefold(): int(v) for k, v in words.items()}


_ORDINAL_WORD = re_compile(r"(?<![\w-])[^\W\d_]+(?![\w]|[-\u2010\u2011]\s?feira)")


@cache
def _ordinal_gate(lang: str) -> tuple[str, ...]:
    """The ordinal words of ``lang`` that hold none of the others ("primeira", not
    "primeiras"): a text whose casefolded form contains none of them has no ordinal word."""
    keys = _ordinal_table(lang)
    return tuple(sorted(k for k in keys if not any(o != k and o in k for o in keys)))


def _ordinal_words(text: str, lang: str) -> list[tuple[int, int, int]]:
    table = _ordinal_table(lang)
    if not table:
        return []
    # A word found below is one whose casefolded form is a key; ``str.casefold`` maps each
    # character on its own (Unicode's full case folding has no context), so that key is part
    # of the casefolded text, and so is one of ``_ordinal_gate``'s: without any, none is found
    # (tests/speed/test_fast_paths22.py reads both ways on the facts sets and the corpus).
    folded = text.casefold()
    if not any(k in folded for k in _ordinal_gate(lang)):
        return []
    out = []
    not_here: set[int] | None = None
    for m in _ORDINAL_WORD.finditer(text):
        value = table.get(m.group().casefold())
        if value is not None:
            if not_here is None:
                pattern = _ordinal_not(lang)
                not_here = set() if pattern is None else {n.start() for n in
                                                          pattern.finditer(text)}  # fmt: skip
            if m.start() not in not_here:
                out.append((m.start(), m.end(), value))
    return out


@cache
def _ordinal_not(lang: str) -> re.Pattern[str] | None:
    """Where a word of ``[ordinal_words]`` is no ordinal (``[ordinal_not] patterns`` of
    ``locales/facts/<lang>.toml``): a match starting where the word starts unreads it.

    >>> [v for *_, v in _ordinal_words("Segundo a polícia, ficou em terceiro", "pt")]
    [3]
    >>> [v for *_, v in _ordinal_words("o segundo a chegar, 19 segundos depois", "pt")]
    [2]
    """
    patterns = facts_data(lang).get("ordinal_not", {}).get("patterns", [])
    if not patterns:
        return None
    return re_compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)


_TENTH_AND_UNIT = re_compile(r"[ \u00a0-]")


def _compound_ordinals(text: str, found: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """A tenth's word and a unit's right after it are one ordinal: "décima quarta" is the
    14th, not the 10th and the 4th (probe39: "the fourteenth round" was published "a quarta
    rodada" with no finding, as the check knew no word past the tenth).

    >>> _compound_ordinals("a décima quarta rodada", [(2, 8, 10), (9, 15, 4)])
    [(2, 15, 14)]
    """
    out: list[tuple[int, int, int]] = []
    for item in found:
        if (out and out[-1][2] == 10 and 0 < item[2] < 10
                and _TENTH_AND_UNIT.fullmatch(text[out[-1][1] : item[0]])):
            out[-1] = (out[-1][0], item[1], 10 + item[2])
        else:
            out.append(item)
    return out


_ROMAN_AFTER_NAME = re_compile(
    r"(?<![\w'\u2019-])[A-Z][a-z'\u2019-]*[ \u00a0](X{0,3}(?:IX|IV|VI{0,3}|I{2,3})|X{1,3})(?![\w-])"
)


def _roman_ordinals(text: str, lang: str) -> list[tuple[int, int, int]]:
    """(start, end, value) of the Roman numerals of two letters or more right after a
    capitalised word ("World War II", "Henry VIII"), where ``lang``'s ``[ordinal_roman]
    after_name`` says so; none otherwise.

    >>> _roman_ordinals("after World War II and Henry VIII, then I left", "en")
    [(16, 18, 2), (29, 33, 8)]
    """
    if not facts_data(lang).get("ordinal_roman", {}).get("after_name"):
        return []
    out = []
    for m in _ROMAN_AFTER_NAME.finditer(text):
        digits = [_ROMAN_VALUE[c] for c in m.group(1)]
        if len(digits) < 2:
            continue
        value = sum(-d if i + 1 < len(digits) and d < digits[i + 1] else d
                    for i, d in enumerate(digits))  # fmt: skip
        out.append((m.start(1), m.end(1), value))
    return out


def check_ordinal_words(seg: TranslatedSegment, ctx: CheckContext) -> list[Finding]:
    """An ordinal word ("first", "third") must keep its value: blocking when the target has
    fewer of that value (in words or digits) than the source has and has an ordinal word of a
    value the source lacks ("the first year" written "o segundo ano"; "first quarter 2002 ...
    first quarter 2001" written "segundo trimestre de 2002 ... primeiro trimestre de 2001").
    A number of the target counts as that value only beyond the source's own numbers ("the
    second quarter ... 2 percent" written "terceiro trimestre ... 2 por cento" is held: the 2
    is the percentage's). The words of each language are in ``locales/facts/<lang>.toml``
    (``[ordinal_words]``); "segunda-feira" is a weekday."""
    if _skip(seg):
        return []
    src_lang = seg.segment.lang or ctx.source_lang
    source = _compound_ordinals(seg.source, _ordinal_words(seg.source, src_lang))
    source += _roman_ordinals(seg.source, src_lang)  # "World War II" is the second
    if not source:
        return []
    target = _compound_ordinals(seg.target, _ordinal_words(seg.target, ctx.target_lang))
    src_values = {v for *_, v in source}
    wanted: dict[int, int] = {}
    for *_, v in source:
        wanted[v] = wanted.get(v, 0) + 1
    extra = [t for t in target if t[2] not in src_values]
    if not extra:
        return []
    # the target's numbers less the source's own (a percentage, a year), then its ordinals
    have: dict[int, int] = {}
    for d in _DIGITS.findall(seg.target):
        have[int(d)] = have.get(int(d), 0) + 1
    for d in _DIGITS.findall(seg.source):
        if have.get(int(d)):
            have[int(d)] -= 1
    for *_, v in [*target, *_roman_ordinals(seg.target, ctx.target_lang)]:
        have[v] = have.get(v, 0) + 1  # a numeral kept ("Henrique VIII") keeps its value
    out: list[Finding] = []
    for start, end, value in source:
        if have.get(value, 0) >= wanted[value]:
            continue
        other = extra[0]
        out.append(Finding(
            "numbers", "error",
            f"{seg.source[start:end]!r} changed: the target has "
            f"{seg.target[other[0] : other[1]]!r}",
            segment=seg.id, source_span=(start, end), target_span=(other[0], other[1]),
            data={"kind": "ordinal"},
        ))  # fmt: skip
        break
    return out


# --- scale words: "450-455 billion" written "450-455 milhões" --------------------------------


@cache
def _scale_word_pattern(lang: str) -> tuple[dict[str, int], re.Pattern[str] | None]:
    words = facts_data(lang).get("scale_words", {})
    table = {str(k).casefold(): int(v) for k, v in words.items()}
    if not table:
        return table, None
    alt = "|".join(sorted(map(re.escape, table), key=len, reverse=True))
    return table, re_compile(rf"(?<=\d)[\s\u00a0\u202f]?(?:de\s)?({alt})(?![\w])", re.IGNORECASE)


def _scale_words(text: str, lang: str) -> list[tuple[int, int, int]]:
    table, pattern = _scale_word_pattern(lang)
    if pattern is None:
        return []
    return [(m.start(1), m.end(1), table[m.group(1).casefold()]) for m in pattern.finditer(text)]


def check_scale_words(seg: TranslatedSegment, ctx: CheckContext) -> list[Finding]:
    """A scale word after a number ("billion") must keep its power of ten, wherever the
    number check cannot pair the number ("$450-455 billion"): blocking when the target has a
    scale word of another power and none of the source's ("450-455 milhões"), or when the
    scale is lost and no number in the target is that large ("US$ 450-455"). pt-PT's "mil
    milhões" is a billion, its "bilião" a trillion (``locales/facts/<lang>.toml``)."""
    if _skip(seg):
        return []
    source = _scale_words(seg.source, seg.segment.lang or ctx.source_lang)
    if not source:
        return []
    target = _scale_words(seg.target, ctx.target_lang)
    t_powers = {p for *_, p in target}
    src_powers = {p for *_, p in source}
    longest = max((len(re.sub(r"\D", "", r)) for r in re.findall(r"\d[\d.,\s\u00a0\u202f]*\d|\d",
                                                                     seg.target)), default=0)
    out: list[Finding] = []
    for start, end, power in source:
        if power in t_powers or longest > power:
            continue
        other = next((t for t in target if t[2] not in src_powers), None)
        if other is None and t_powers:
            continue  # the same scale written twice in the source, once in the target
        out.append(Finding(
            "numbers", "error",
            f"{seg.source[start:end]!r} changed: the target has "
            f"{seg.target[other[0] : other[1]]!r}" if other
            else f"{seg.source[start:end]!r} is lost in the target",
            segment=seg.id, source_span=(start, end),
            target_span=(other[0], other[1]) if other else None, data={"kind": "scale-word"},
        ))  # fmt: skip
        break
    return out


# --- percentage points: "up 3 percentage points" written "subiu 3%" ---------------------------


@cache
def _points_pattern(lang: str) -> re.Pattern[str] | None:
    words = [str(w) for w in facts_data(lang).get("percent", {}).get("points", [])]
    if not words:
        return None
    alt = "|".join(sorted(map(re.escape, words), key=len, reverse=True))
    return re_compile(rf"(?<![\w])(?:{alt})(?![\w])", re.IGNORECASE)


def _points(text: str, lang: str) -> list[re.Match[str]]:
    pattern = _points_pattern(lang)
    return [] if pattern is None else list(pattern.finditer(text))


_PERCENT = re_compile(r"\d\s?[%٪]|\d\s?(?:percent|per\s?cent|por\s?cento|pour\s?cent|prozent)\b",
                      re.IGNORECASE)


def check_percentage_points(seg: TranslatedSegment, ctx: CheckContext) -> list[Finding]:
    """Percentage points are not percentages: "rose 3 percentage points" written "subiu 3%"
    (or "3%" written "3 pontos percentuais") changes the fact. Blocking when one side says
    points and the other has percentages and no points (the words in
    ``locales/facts/<lang>.toml``, ``[percent]``)."""
    if _skip(seg):
        return []
    src_lang = seg.segment.lang or ctx.source_lang
    if not facts_data(src_lang).get("percent") or not facts_data(ctx.target_lang).get("percent"):
        return []
    s_points = _points(seg.source, src_lang)
    t_points = _points(seg.target, ctx.target_lang) + _points(seg.target, src_lang)
    if bool(s_points) == bool(t_points):
        return []
    if s_points and _PERCENT.search(seg.target):
        hit = s_points[0]
        return [Finding(
            "numbers", "error",
            f"the source says {hit.group()!r} and the target has a percentage: percentage "
            "points are not percent", segment=seg.id, source_span=hit.span(),
            data={"kind": "percentage-points"},
        )]  # fmt: skip
    if t_points and _PERCENT.search(seg.source):
        hit = t_points[0]
        return [Finding(
            "numbers", "error",
            f"the target says {hit.group()!r} where the source has a percentage: percent "
            "are not percentage points", segment=seg.id, target_span=hit.span(),
            data={"kind": "percentage-points"},
        )]  # fmt: skip
    return []


# --- a unit of time from nowhere: "when I was 18" written "quando eu tinha 18 meses" ----------


def check_time_units(seg: TranslatedSegment, ctx: CheckContext) -> list[Finding]:
    """A number the target counts in months, weeks, days, hours, minutes or seconds when the
    source never names that unit of time ("aged 26" written "26 meses", "every 2-3 hours"
    written "2 a 3 minutos") is an invented fact: blocking. Years are left out (an age is
    written "26 anos" for a bare "26"); the unit words are CLDR's, in both languages (a unit
    the source spells another way, "a fortnight", may be a false alarm; the ``phrases`` of
    ``[number_words]`` name theirs: "24/7" hours, days and weeks, "around the clock" hours and
    days)."""
    if _skip(seg):
        return []
    src_lang = seg.segment.lang or ctx.source_lang
    t_langs = list(dict.fromkeys([ctx.target_lang, src_lang]))
    candidates = []
    for m in _NUM.finditer(seg.target):
        found = _unit_after(seg.target, m.end(), t_langs)
        if found is not None and found.ids <= set(_DURATIONS) and found.ids - {"duration-year"}:
            candidates.append((m, found))
    if not candidates:
        return []
    named: set[str] = set()
    for lang in dict.fromkeys([src_lang, ctx.target_lang]):
        words = _duration_words(lang)
        for m in re.finditer(r"[^\W\d_]+", seg.source):
            word = m.group().casefold()
            unit = words.get(word) or words.get(word.removesuffix("ly"))
            if unit is None and word.endswith("ly"):  # "daily", "hourly", "weekly"
                unit = words.get(word[:-3] + "y") or words.get(word[:-2])
            if unit is not None:
                named.add(unit)
    for lang in dict.fromkeys([src_lang, ctx.target_lang]):  # "24/7", "around the clock"
        named |= phrase_numbers(seg.source, lang)[1]
    if re.search(r"\d\s?(?:[ap]\.?m\.?|h|hrs?|mins?|secs?|s|d|wks?|mos?)\b|\d:\d\d|o['’]clock",
                 seg.source, re.IGNORECASE):
        return []  # clock times and abbreviated units: the clock and unit checks read them
    out: list[Finding] = []
    for m, found in candidates:
        ids = {i for i in found.ids if i.startswith("duration-") and i != "duration-year"}
        if not ids or ids & named or not found.ids <= set(_DURATIONS):
            continue
        out.append(Finding(
            "numbers", "error",
            f"{seg.target[m.start() : m.end()] + ' ' + found.text!r}: the source names no "
            f"{sorted(ids)[0].removeprefix('duration-')}s",
            segment=seg.id, target_span=(m.start(), m.end()), data={"kind": "unit"},
        ))  # fmt: skip
        break
    return out


# --- a number glued to a word: "20euros" written "30euros" -----------------------------------

_GLUED_AFTER = re_compile(r"(?<![\w.,])(\d+(?:[.,]\d+)*)([^\W\d_]{2,})(?![\w])")


def check_glued_numbers(seg: TranslatedSegment, ctx: CheckContext) -> list[Finding]:
    """A number glued to the word after it ("20euros", "3fold", "500strong"), which neither
    the number check nor the code check reads, must keep its value in the target, glued or
    not ("20 euros"): blocking when its value is nowhere in the target and the target has a
    number the source lacks. Ordinals ("3rd"), decades ("1990s"), clock times ("7pm") and
    units CLDR knows ("9.3km", the unit check's) are left to their own checks."""
    if _skip(seg):
        return []
    glued = list(_GLUED_AFTER.finditer(seg.source))
    if not glued:
        return []
    src_lang = seg.segment.lang or ctx.source_lang
    suffixes = {str(x).casefold() for x in
                facts_data(src_lang).get("signs", {}).get("ordinal_suffixes", [])}  # fmt: skip
    skip = _name_spans(seg) + protected_spans(seg.source)
    skip += clock_spans(seg.source, src_lang)
    t_langs = list(dict.fromkeys([ctx.target_lang, src_lang]))
    have: set[Decimal] = set()
    for m in _NUM.finditer(seg.target):
        have |= _readings(m.group(), t_langs)
    out: list[Finding] = []
    for m in glued:
        word = m.group(2)
        if (_inside(m.span(), skip) or word.casefold() in suffixes or word.casefold() == "s"
                or _unit_after(seg.source, m.end(1), [src_lang]) is not None
                or re.fullmatch(r"(?i)[ap]m|h|hrs?|s", word) or word.isupper()):
            continue  # fmt: skip
        if _readings(m.group(1), [src_lang]) & have:
            continue
        if any(x.start == m.start() and x.end == m.end() and x.value.normalize() in have
               for x in scaled_in(seg.source, src_lang)):
            continue  # "$1.2bn" written in full digits: "US$ 1.200.000.000"
        new = _new_number(seg.source, seg.target)
        if new is None:
            continue
        out.append(Finding(
            "numbers", "error", f"{m.group()!r} changed: the target has {new[2]!r}",
            segment=seg.id, source_span=m.span(), target_span=(new[0], new[1]),
            data={"kind": "glued"},
        ))  # fmt: skip
    return out


# --- quantities in words: "hundreds of servers" written "milhares de servidores" ----------------


def _alt(words: Iterable[str]) -> str:
    return _alternation(tuple(words))


@lru_cache(maxsize=1024)
def _alternation(words: tuple[str, ...]) -> str:
    """The regex alternation of ``words``, longest first: built once per word list (the checks
    ask for the same lists on every sentence)."""
    # regexcache.literal_alternation: the same matches, the forms that share a first
    # character read after it once
    return regexcache.literal_alternation(
        sorted(words, key=lambda w: len(re.escape(w)), reverse=True)
    )


@cache
def _vague_pattern(lang: str) -> tuple[re.Pattern[str], dict[str, int]] | None:
    table = {str(k).casefold(): int(v)
             for k, v in facts_data(lang).get("vague_quantities", {}).items()}  # fmt: skip
    if not table:
        return None
    return re_compile(rf"(?<![\w])({_alt(table)})(?![\w])", re.IGNORECASE), table


# a scale after a number ("5 milhões", "20 mil milhões", "13.8-billion") is the scale-word check's
_AFTER_NUMBER = re_compile(r"\d[\s\u00a0\u202f\-\u2010\u2011]*(?:de\s+)?(?:mil\s+)?$")


def _vague(text: str, lang: str) -> list[tuple[int, int, int]]:
    found = _vague_pattern(lang)
    if found is None:
        return []
    pattern, table = found
    return [(m.start(1), m.end(1), table[m.group(1).casefold()]) for m in pattern.finditer(text)
            if not _AFTER_NUMBER.search(text[max(0, m.start() - 16) : m.start()])]  # fmt: skip


def check_vague_quantities(seg: TranslatedSegment, ctx: CheckContext) -> list[Finding]:
    """A quantity in words without digits ("hundreds of", "a billion-dollar deal") must keep
    its order of magnitude: blocking when the target has such a word of a power the source
    has nowhere (in words or after a number) ("hundreds" written "milhares"). The words are
    in ``locales/facts/<lang>.toml`` (``[vague_quantities]``)."""
    if _skip(seg):
        return []
    src_lang = seg.segment.lang or ctx.source_lang
    source = _vague(seg.source, src_lang)
    if not source:
        return []
    powers = {p for *_, p in source} | {p for *_, p in _scale_words(seg.source, src_lang)}
    for start, end, power in _vague(seg.target, ctx.target_lang):
        if power in powers:
            continue
        first = source[0]
        return [Finding(
            "numbers", "error",
            f"{seg.source[first[0] : first[1]]!r} changed: the target has "
            f"{seg.target[start:end]!r}",
            segment=seg.id, source_span=(first[0], first[1]), target_span=(start, end),
            data={"kind": "vague-quantity"},
        )]  # fmt: skip
    return []


# --- fractions in words: "half" written "um terço", "a third" written "terceiro" ---------------


@cache
def _fraction_tables(lang: str) -> tuple[dict[str, int], dict[str, int], list[str], set[str],
                                         set[str], set[str]]:
    """The fraction words of ``lang``'s data, read once: words, counted, counts, article,
    article_ordinals, fraction_before."""
    data = facts_data(lang).get("fractions", {})
    return (
        {str(k).casefold(): int(v) for k, v in data.get("words", {}).items()},
        {str(k).casefold(): int(v) for k, v in data.get("counted", {}).items()},
        [str(c) for c in data.get("counts", [])],
        {str(a).casefold() for a in data.get("article", [])},
        {str(a).casefold() for a in data.get("article_ordinals", [])},
        {str(w).casefold() for w in data.get("fraction_before", [])},
    )


def _fractions(text: str, lang: str) -> list[tuple[int, int, int]]:
    words, counted, counts, article, ordinal, keep = _fraction_tables(lang)
    out: list[tuple[int, int, int]] = []
    if words:
        for m in re.finditer(rf"(?<![\w])({_alt(words)})(?![\w])", text, re.IGNORECASE):
            out.append((m.start(1), m.end(1), words[m.group(1).casefold()]))
    if counted and counts:
        pattern = rf"(?<![\w])({_alt(counts)})[\s\u00a0{_DASHES}]({_alt(counted)})(?![\w])"
        for m in re.finditer(pattern, text, re.IGNORECASE):
            if re.match(rf"[{_DASHES}][^\W\d_]", text[m.end() :]):
                continue  # "a third-party service", "a fourth-quarter loss": ordinal compounds
            nxt = re.match(r"\s+([^\W\d_]+)", text[m.end() :])
            if (m.group(1).casefold() in article and m.group(2).casefold() in ordinal and nxt
                    and nxt.group(1).islower() and nxt.group(1) not in keep):
                continue  # "a third case": an ordinal
            out.append((m.start(2), m.end(2), counted[m.group(2).casefold()]))
    return out


def check_fractions(seg: TranslatedSegment, ctx: CheckContext) -> list[Finding]:
    """A fraction in words must keep its denominator: "half" may be "metade" or "1/2", not "um
    terço"; "a third" read as the ordinal "terceiro" is a wrong fact. Blocking when the target
    has a fraction word of a denominator the source lacks, or when it has no fraction of the
    source's denominator and an ordinal word of that value the source lacks."""
    if _skip(seg):
        return []
    src_lang = seg.segment.lang or ctx.source_lang
    source = _fractions(seg.source, src_lang)
    if not source:
        return []
    denominators = {d for *_, d in source}
    denominators |= {int(d) for d in re.findall(r"(?<![\d/])\d+/(\d+)(?![\d/])", seg.source)}
    target = _fractions(seg.target, ctx.target_lang)
    t_denominators = {d for *_, d in target}
    t_denominators |= {int(d) for d in re.findall(r"(?<![\d/])\d+/(\d+)(?![\d/])", seg.target)}
    if re.search(r"\d\s?%|\bpor\s?cento\b|\d[.,]\d(?!\d{2}(?:\D|$))", seg.target):
        t_denominators |= denominators  # "half" written "50%" or "0,5"
    first = source[0]
    for start, end, d in target:
        if d not in denominators:
            return [Finding(
                "numbers", "error",
                f"{seg.source[first[0] : first[1]]!r} changed: the target has "
                f"{seg.target[start:end]!r}",
                segment=seg.id, source_span=(first[0], first[1]), target_span=(start, end),
                data={"kind": "fraction"},
            )]  # fmt: skip
    spans = [(a, b) for a, b, _ in source]
    src_ordinals = {v for a, b, v in _ordinal_words(seg.source, src_lang)
                    if not _inside((a, b), spans)}  # fmt: skip
    for start, end, d in source:
        if d in t_denominators or d in src_ordinals:
            continue
        hit = next((o for o in _ordinal_words(seg.target, ctx.target_lang) if o[2] == d), None)
        if hit is not None:
            return [Finding(
                "numbers", "error",
                f"the fraction {seg.source[start:end]!r} is written as the ordinal "
                f"{seg.target[hit[0] : hit[1]]!r}",
                segment=seg.id, source_span=(start, end), target_span=(hit[0], hit[1]),
                data={"kind": "fraction"},
            )]  # fmt: skip
    return []


# --- approximators: "more than 500" written "menos de 500" or "500" ---------------------------

_APPROX_SENSES = ("more", "less", "near", "about")
_CONFLICTS = {frozenset(("more", "less")), frozenset(("more", "near")),
              frozenset(("about", "more")), frozenset(("about", "less"))}  # fmt: skip
_CURRENCY_BEFORE = r"(?:[A-Z]{0,3}\s?[$€£¥]|R\$|US\$|[$€£¥])?\s?"


@cache
def _approx_patterns(lang: str) -> tuple[re.Pattern[str], re.Pattern[str], dict[str, str]] | None:
    data = facts_data(lang).get("approximators", {})
    sense: dict[str, str] = {}
    after: dict[str, str] = {}
    for name in _APPROX_SENSES:
        for w in data.get(name, []):
            sense[str(w).casefold()] = name
        for w in data.get(f"{name}_signs", []):
            sense[str(w)] = name
        for w in data.get(f"{name}_after", []):
            after[str(w).casefold()] = name
    if not sense:
        return None
    words = [w for w in sense if any(c.isalpha() for c in w)]
    signs = [w for w in sense if not any(c.isalpha() for c in w)]  # "<", "≥": no space needed
    before = re_compile(rf"(?:(?<![\w])({_alt(words)})\s+|({_alt(signs) or '(?!)'})\s*)"
                        rf"{_CURRENCY_BEFORE}$", re.IGNORECASE)  # fmt: skip
    # up to four words between ("12 years of age or older")
    behind = re_compile(rf"^[^\W\d_]*\s+(?:[^\W\d_]+\s+){{0,3}}({_alt(after) or '(?!)'})(?![\w])",
                        re.IGNORECASE)  # fmt: skip
    return before, behind, {**sense, **{f"after:{k}": v for k, v in after.items()}}


_APPROX_NUMBER = re_compile(r"(?<![\w.,])\d+(?:[.,\s\u00a0\u202f]\d{3})*(?:[.,]\d+)?(?![\w])")


def _bounded(text: str, lang: str) -> list[tuple[int, int, str, str | None]]:
    """(start, end, digits, sense or None) of every number of ``text``."""
    found = _approx_patterns(lang)
    if found is None:
        return []
    before, behind, senses = found
    out: list[tuple[int, int, str, str | None]] = []
    for m in _APPROX_NUMBER.finditer(text):
        sense = None
        b = before.search(text[max(0, m.start() - 40) : m.start()])
        if b:
            sense = senses[(b.group(1) or b.group(2)).casefold()]
        else:
            a = behind.match(text[m.end() : m.end() + 40])
            if a:
                sense = senses["after:" + a.group(1).casefold()]
        out.append((m.start(), m.end(), re.sub(r"\D", "", m.group()), sense))
    return out


def _weak_bound(text: str, start: int, lang: str) -> bool:
    """Is the bound before the number at ``start`` a ``weak`` word read in its other sense?
    Portuguese "até" is "until" before a year ("até 2030"), a date ("até 30 de junho",
    "até 30/6") or a clock time ("até 22h"), and "to" closing a range ("de 5 até 10"); before
    an amount ("até 300 pessoas", "até R$ 50") it is the bound "up to", which must stay. Before a
    currency sign a weak word is always the bound: "Exploitation of Elderly in an amount over
    $50,000" written "em um valor de US$ 50.000" was published (probe49)."""
    weak = [str(w) for w in facts_data(lang).get("approximators", {}).get("weak", [])]
    hit = weak and re.search(rf"(?<![\w])(?:{_alt(weak)})\s+{_CURRENCY_BEFORE}$",
                             text[max(0, start - 40) : start], re.IGNORECASE)  # fmt: skip
    if not hit:
        return False
    if re.search(r"[$€£¥]", hit.group()) and not re.search(
        r"\d\S*\s+(?:\S+\s+)?$", text[max(0, start - 40) : start][: hit.start()]
    ):  # "over $50,000": before a money amount, a bound (probe49), never "across"; but
        return False  # "de US$ 1.200 até US$ 29.000" closes a range
    months = [str(m) for m in facts_data(lang).get("approximators", {}).get("weak_dates", [])]
    number = re.match(r"\d+(?:[.,]\d+)*", text[start:])
    after = text[start + (number.end() if number else 0) :][:30]
    if not months:
        return True
    if number and re.fullmatch(r"(?:1[5-9]|20)\d\d", number.group()):
        return True  # a year
    if re.match(rf"\s*(?:[/:h]|horas?\b|(?:de\s+)?(?:{_alt(months)}))", after, re.IGNORECASE):
        return True  # a date or a clock time
    before = text[max(0, start - 40) : start][: hit.start()]
    return bool(re.search(r"\d\S*\s+(?:\S+\s+)?$", before))  # "de 5 até 10": a range


def _vague_anywhere(text: str, lang: str) -> bool:
    """Does ``text`` hold a ``near`` or ``about`` word of ``lang`` anywhere ("perto das 2",
    "uma estimativa de")? Its last linking word is left off ("cerca de" -> "cerca")."""
    data = facts_data(lang).get("approximators", {})
    stems = {re.sub(r"\s+(?:de|of|to|a)$", "", str(w)) for k in ("near", "about")
             for w in data.get(k, [])}  # fmt: skip
    stems = {w[:5] if " " not in w and len(w) > 6 else w for w in stems}  # "estimated": "estim"
    hit = re.search(rf"(?<![\w])(?:{_alt(stems)})", text, re.IGNORECASE) if stems else None
    return hit is not None


def _timed(bounded: list[tuple[int, int, str, str | None]], text: str, langs: Sequence[str],
           said: dict[int, str]) -> list[tuple[int, int, str, str | None]]:
    """``bounded`` with the numbers of each clock time of ``text`` whose value the source
    says (``said``: value -> the source's digits) made one, under the source's digits: "por
    volta das 23:30" is the bound on "around 1130 PM" (its "23" and "30" apart are neither)."""
    out = list(bounded)
    for t in times_in(text, langs):
        hit = t.values & said.keys()
        inside = [b for b in out if t.start <= b[0] and b[1] <= t.end]
        if not hit or not inside:
            continue
        out = [b for b in out if b not in inside]
        out.append((t.start, t.end, said[min(hit)], next((b[3] for b in inside if b[3]), None)))
    return sorted(out)


def check_approximators(seg: TranslatedSegment, ctx: CheckContext) -> list[Finding]:
    """A bound on a number must keep its sense: "more than 500" may be "mais de 500", not
    "menos de 500", and "at least 19" written plainly "19" loses the bound. Blocking when the
    target writes the number with a bound that contradicts the source's (``more`` against
    ``less``, ``about`` against either), or drops a bound: "quase 30" written "30" and "cerca
    de 185 milhas" written "185 miles" state as exact what the source does not (the words of
    each language in ``locales/facts/<lang>.toml``, ``[approximators]``; a ``weak`` word, which
    has other senses, may be dropped)."""
    if _skip(seg):
        return []
    src_lang = seg.segment.lang or ctx.source_lang
    source = [b for b in _bounded(seg.source, src_lang) if b[3]]
    if not source:
        return []
    target = _bounded(seg.target, ctx.target_lang)
    if base_language(src_lang) != base_language(ctx.target_lang):  # text copied from the source
        copied = {(t[0], t[1]): t for t in _bounded(seg.target, src_lang) if t[3]}
        target = [copied.get((t[0], t[1]), t) if t[3] is None else t for t in target]
    times = times_in(seg.source, [src_lang])
    said = {next(iter(t.values)): re.sub(r"\D", "", t.text) for t in times if len(t.values) == 1}
    if said:  # a bounded clock time, which the target may write its own way ("23:30")
        source = [b for b in _timed(_bounded(seg.source, src_lang), seg.source, [src_lang], said)
                  if b[3]]  # fmt: skip
        target = _timed(target, seg.target, [ctx.target_lang, src_lang], said)
    for start, end, digits, sense in source:
        same = [t for t in target if t[2] == digits]
        if not same and len(digits.rstrip("0")) > 1:  # "40 mil" written "40,000"
            same = [t for t in target if t[2].rstrip("0") == digits.rstrip("0")]
        if not same or any(t[3] == sense or (t[3] and frozenset((t[3], sense)) not in _CONFLICTS)
                           for t in same):  # fmt: skip
            continue
        other = next((t for t in same if t[3]), None)
        weak = _weak_bound(seg.source, start, src_lang)
        if other is None and (weak or (sense in ("near", "about")
                                       and _vague_anywhere(seg.target, ctx.target_lang))):
            continue  # "About 50 other" written "Cerca de outras 50": the bound moved
        t = other or same[0]
        message = (f"{seg.source[start:end]!r} is bounded {sense!r} in the source and "
                   f"{other[3]!r} in the target" if other else
                   f"the bound on {seg.source[start:end]!r} ({sense}) is lost in the target")
        return [Finding(
            "numbers", "error", message, segment=seg.id, source_span=(start, end),
            target_span=(t[0], t[1]), data={"kind": "approximator"},
        )]  # fmt: skip
    return []


# --- relative time: "yesterday" written "amanhã", "last year" written "ano que vem" -----------


@cache
def _relative_patterns(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    data = facts_data(lang).get("relative_time", {})
    if not data:
        return None
    periods = [str(p) for p in data.get("periods", [])]

    def build(words: list[str], before: list[str]) -> re.Pattern[str]:
        alts = [rf"(?<![\w-])(?:{_alt(words)})(?![\w-])"] if words else []
        if before and periods:
            alts.append(rf"(?<![\w-])(?:{_alt(before)})\s+(?:{_alt(periods)})(?![\w])")
        return re_compile("|".join(alts) or "(?!)", re.IGNORECASE)

    def words(key: str) -> list[str]:
        return [str(w) for w in data.get(key, [])]

    return build(words("past"), words("past_before")), build(words("future"),
                                                               words("future_before"))


@cache
def _relative_gate(lang: str) -> re.Pattern[str] | None:
    """Both sides' words of ``_relative_patterns`` behind one look-behind: every branch of the
    two patterns is the same look-behind before its own body, so this matches at a place
    exactly where one of them does (tests/speed/test_speed41.py), and a source it finds
    nothing in has no word of either side: one scan instead of two."""
    if _relative_patterns(lang) is None:
        return None
    data = facts_data(lang)["relative_time"]
    periods = [str(p) for p in data.get("periods", [])]
    bodies: list[str] = []
    for side in ("past", "future"):
        words = [str(w) for w in data.get(side, [])]
        before = [str(w) for w in data.get(f"{side}_before", [])]
        if words:
            bodies.append(rf"(?:{_alt(words)})(?![\w-])")
        if before and periods:
            bodies.append(rf"(?:{_alt(before)})\s+(?:{_alt(periods)})(?![\w])")
    if not bodies:
        return None
    return re_compile(rf"(?<![\w-])(?:{'|'.join(f'(?:{b})' for b in bodies)})", re.IGNORECASE)


def _flipped(
    source: str, target: str, src: tuple[re.Pattern[str], re.Pattern[str]],
    tgt: tuple[re.Pattern[str], re.Pattern[str]], counted: bool = False,
) -> tuple[re.Match[str], re.Match[str], int] | None:
    r"""Two opposed senses (past and future, up and down): when the source has words of one
    side only and the target has words of the other side, and fewer of the source's side than
    the source has (one of two rises written as a fall is caught; a target that also says the
    source's side as often as the source does is not), the source's word, the target's, and
    the source's side (0 or 1); otherwise None. ``counted`` (a section whose data says
    ``counted = true``): a source with words of both sides is read by their counts, a word
    moved from one side to the other: the target has fewer of one side than the source and
    more of the other ("the highest level ... slightly lower" written "o nível mais baixo ...
    um pouco menor").

    >>> more = re.compile(r"(?i)(?<![\w-])(?:highest|maior|mais alto)")
    >>> less = re.compile(r"(?i)(?<![\w-])(?:lower|menor|mais baixo)")
    >>> hit, wrong, side = _flipped("the highest, a bit lower", "o mais baixo, um pouco menor",
    ...                             (more, less), (more, less), counted=True)
    >>> hit.group(), wrong.group(), side
    ('highest', 'mais baixo', 0)
    >>> _flipped("the highest, a bit lower", "o mais alto, um pouco menor",
    ...          (more, less), (more, less), counted=True) is None
    True
    """
    s_first, s_second = src[0].search(source), src[1].search(source)
    if s_first is not None and s_second is not None and counted:
        return _moved_side(source, target, src, tgt)
    if bool(s_first) == bool(s_second):
        return None
    side = 0 if s_first else 1
    wrong = tgt[1 - side].search(target)
    if wrong is None:
        return None
    if len(tgt[side].findall(target)) >= len(src[side].findall(source)):
        return None
    hit = s_first or s_second
    assert hit is not None
    return hit, wrong, side


def _moved_side(
    source: str, target: str, src: tuple[re.Pattern[str], re.Pattern[str]],
    tgt: tuple[re.Pattern[str], re.Pattern[str]],
) -> tuple[re.Match[str], re.Match[str], int] | None:
    """A source with words of both sides: the side of which the target has fewer words than
    the source while it has more of the other side's than the source (a word moved across),
    its first source word, the target's first word of the other side, and that side."""
    counts = [(len(src[k].findall(source)), len(tgt[k].findall(target))) for k in (0, 1)]
    for side in (0, 1):
        (s_own, t_own), (s_other, t_other) = counts[side], counts[1 - side]
        if t_own < s_own and t_other > s_other:
            hit, wrong = src[side].search(source), tgt[1 - side].search(target)
            if hit is not None and wrong is not None:
                return hit, wrong, side
    return None


def check_relative_time(seg: TranslatedSegment, ctx: CheckContext) -> list[Finding]:
    """A time the source places in the past must not move to the future ("yesterday" written
    "amanhã", "last year" written "no ano que vem"), nor the other way. Blocking when the
    source has markers of one side only and the target has markers of the other side only
    (``locales/facts/<lang>.toml``, ``[relative_time]``)."""
    if _skip(seg):
        return []
    gate = _relative_gate(seg.segment.lang or ctx.source_lang)
    if gate is None or gate.search(seg.source) is None:
        return []  # no word of either side in the source: ``_flipped`` finds nothing
    src = _relative_patterns(seg.segment.lang or ctx.source_lang)
    tgt = _relative_patterns(ctx.target_lang)
    found = None if src is None or tgt is None else _flipped(seg.source, seg.target, src, tgt)
    if found is None:
        return []
    hit, wrong, side = found
    return [Finding(
        "dates", "error",
        f"{hit.group()!r} is {('past', 'future')[side]} in the source; the target says "
        f"{wrong.group()!r}",
        segment=seg.id, source_span=hit.span(), target_span=wrong.span(),
        data={"kind": "relative-time"},
    )]  # fmt: skip


# --- direction of a change: "prices rose" written "os preços caíram" --------------------------


# Opposed senses read by check_direction, each a section of ``locales/facts/<lang>.toml`` with
# its two sides: the direction of a change, a comparison of size or amount, one of quality, an
# order in time ("before"/"after"), a place on the page ("above"/"below") or in a sequence
# ("first"/"last"), the next or the previous one, a bound ("maximum"/"minimum"), the result
# of a match or a vote ("won"/"lost"), a vote's outcome ("passed"/"failed", facts49).
_POLARITIES: tuple[tuple[str, str, str, str], ...] = (
    ("direction", "up", "down", "goes"), ("comparison", "more", "less", "says"),
    ("quality", "better", "worse", "says"), ("result", "won", "lost", "says"),
    ("vote", "passed", "failed", "says"),
    ("order", "before", "after", "says"),
    ("position", "above", "below", "says"), ("sequence", "first", "last", "says"),
    ("adjacent", "next", "previous", "says"), ("bound", "maximum", "minimum", "says"),
)


@cache
def _direction_patterns(
    lang: str, section: str = "direction", first: str = "up", second: str = "down"
) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    data = facts_data(lang).get(section, {})
    if not data.get(first) or not data.get(second):
        return None
    return tuple(  # type: ignore[return-value]
        re_compile(rf"(?<![\w-])(?:{'|'.join(str(w) for w in data[side])})", re.IGNORECASE)
        for side in (first, second)
    )


def _direction_gate_source(lang: str, section: str, first: str, second: str) -> str | None:
    if _direction_patterns(lang, section, first, second) is None:
        return None
    data = facts_data(lang)[section]
    stems = [str(w) for side in (first, second) for w in data[side]]
    return rf"(?<![\w-])(?:{'|'.join(stems)})"


@cache
def _direction_gate(
    lang: str, section: str = "direction", first: str = "up", second: str = "down"
) -> re.Pattern[str] | None:
    """One pattern of both sides' stems, behind the same look-behind: it matches at a place
    exactly where either side's pattern of ``_direction_patterns`` does (the stems hold no
    group numbers or names to shift, tests/speed/test_speed40.py), so a source it finds
    nothing in has no word of either side, and one scan tells it instead of two."""
    source = _direction_gate_source(lang, section, first, second)
    return None if source is None else re_compile(source, re.IGNORECASE)


@cache
def _direction_heads(
    lang: str, section: str = "direction", first: str = "up", second: str = "down"
) -> tuple[str, ...] | None:
    """Lower-case literal strings one of which every match of ``_direction_gate`` holds
    (``regexcache.caseless_heads``, ``anywhere``), or None: a source whose ``caseless_view``
    holds none of them has no match of the gate, and is not scanned (speed42; speed48: the
    literals held anywhere in a match, "beaten" of "(?:was|is)\\s+beaten", where its heads
    "was" and "is" stand in almost every sentence)."""
    source = _direction_gate_source(lang, section, first, second)
    return None if source is None else regexcache.caseless_heads(source, anywhere=True)


# A change that gives its two values ("rose from 94.9 percent to 47 percent"): the values say
# its direction. ``[direction] change_from``/``change_to`` of ``locales/facts/<lang>.toml`` name
# the words before the old and the new value ("from ... to", "de ... para"), ``change_from_after``
# the words before an old value written after the new ("to 5% from 7%", "para 5%, ante 7%").
# A value is a figure with a unit glued or after it; both values must have the same unit word
# ("5 million to 1.2 billion" is not read), neither an ordinal sign nor a sign of its own, and
# two years ("from 2010 to 2015") are a period, not values.


def _change_num(n: int) -> str:
    return (rf"(?<![\w.,\-−])(?:[^\W\d_]{{0,3}}\$\s?|[$€£¥]\s?)?(?P<n{n}>\d+(?:[.,]\d+)*)"
            rf"(?P<g{n}>[^\W\d_]*)(?:[ \u00a0\u202f]?(?P<u{n}>%|[^\W\d_]+))?")  # fmt: skip


_CHANGE_GAP = r"[^\d.;:!?()\[\]]{0,60}?"


@cache
def _change_pattern(lang: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]] | None:
    data = facts_data(lang).get("direction", {})
    froms, tos = data.get("change_from"), data.get("change_to")
    if not froms or not tos or not data.get("up") or not data.get("down"):
        return None
    after = data.get("change_from_after") or froms

    def alt(words: Iterable[object]) -> str:
        return "|".join(sorted((re.escape(str(w)) for w in words), key=len, reverse=True))

    up, down = ("|".join(str(w) for w in data[side]) for side in ("up", "down"))
    head = rf"(?<![\w-])(?:(?P<up>{up})|(?P<down>{down})){_CHANGE_GAP}"
    # both patterns hold a "to" word before a figure: the quick test of a text
    quick = re_compile(rf"(?<![\w-])(?:{alt(tos)})\s+(?:[^\W\d_]{{0,3}}\$\s?|[$€£¥]\s?)?\d",
                       re.IGNORECASE)  # fmt: skip
    forward = re_compile(
        head + rf"(?<![\w-])(?:{alt(froms)})\s+{_change_num(1)}[^\d.;:!?]{{0,30}}?"
        rf"\s+(?:{alt(tos)})\s+{_change_num(2)}", re.IGNORECASE)  # fmt: skip
    backward = re_compile(
        head + rf"(?<![\w-])(?:{alt(tos)})\s+{_change_num(2)}[^\d.;:!?]{{0,30}}?[,\s]\s*"
        rf"(?:{alt(after)})\s+{_change_num(1)}", re.IGNORECASE)  # fmt: skip
    return quick, forward, backward


def _change_value(number: str, decimal: str) -> Decimal | None:
    group = "," if decimal == "." else "."
    plain = number.replace(group, "") if re.fullmatch(rf"\d{{1,3}}(?:{re.escape(group)}\d{{3}})+"
                                                     rf"(?:{re.escape(decimal)}\d+)?", number) \
        else number  # fmt: skip
    if group in plain:
        return None
    try:
        return Decimal(plain.replace(decimal, "."))
    except InvalidOperation:
        return None


def contradicted_changes(text: str, lang: str) -> list[tuple[re.Match[str], int]]:
    """Changes whose stated direction its own values deny: "rose from 94.9 percent to 47
    percent", "fell to 7% from 5%" (a match and its side, 0 up and 1 down).

    >>> [(m.group(), side) for m, side in contradicted_changes(
    ...     "fertility rates rose from 94.9 percent to 47 percent.", "en")]
    [('rose from 94.9 percent to 47 percent', 0)]
    >>> [m.group() for m, _ in contradicted_changes("caíram para 7%, ante 5% em 2020", "pt")]
    ['caíram para 7%, ante 5%']
    >>> contradicted_changes("rose from 900,000 to 1.2 million; fell from 2010 to 2015", "en")
    []
    """
    patterns = _change_pattern(base_language(lang))
    if patterns is None or not has_digit(text) or not patterns[0].search(text):
        return []
    decimal = _decimal_of(lang)
    out: list[tuple[re.Match[str], int]] = []
    for pattern in patterns[1:]:
        for m in pattern.finditer(text):
            n_old, n_new = m.group("n1"), m.group("n2")
            if any((m.group(f"{k}1") or "").casefold() != (m.group(f"{k}2") or "").casefold()
                   for k in "gu"):  # fmt: skip
                continue
            if re.fullmatch(r"st|nd|rd|th|º|ª|o|a", m.group("g1"), re.IGNORECASE):
                continue
            a, b = _change_value(n_old, decimal), _change_value(n_new, decimal)
            if a is None or b is None or a == b:
                continue
            if all(re.fullmatch(r"1[0-9]{3}|20[0-9]{2}", n) for n in (n_old, n_new)):
                continue
            side = 0 if m.group("up") else 1
            if (side == 0) == (b < a):
                out.append((m, side))
    return out


def check_direction(seg: TranslatedSegment, ctx: CheckContext) -> list[Finding]:
    """A change must keep its direction and a comparison its sense: "prices rose 5%" written
    "os preços caíram 5%", "the largest city" written "a menor cidade", "better" written "pior"
    keep every number and state the opposite fact, as do "before" written "depois", "the first
    time" written "a última vez" and "maximum" written "mínimo". Blocking when the source has
    words of one side only and the target has words of the other side and fewer of the source's
    (``locales/facts/<lang>.toml``, ``[direction]``, ``[comparison]``, ``[quality]``,
    ``[order]``, ``[sequence]``, ``[bound]``: word stems, as regular expressions)."""
    if _skip(seg):
        return []
    out: list[Finding] = []
    view = regexcache.caseless_view(seg.source)
    for section, first, second, verb in _POLARITIES:
        heads = _direction_heads(seg.segment.lang or ctx.source_lang, section, first, second)
        if heads is not None and view is not None and not any(h in view for h in heads):
            continue  # no head of the gate in the source: the gate has no match either
        gate = _direction_gate(seg.segment.lang or ctx.source_lang, section, first, second)
        if gate is None or gate.search(seg.source) is None:
            continue  # no word of either side in the source: ``_flipped`` finds nothing
        src = _direction_patterns(seg.segment.lang or ctx.source_lang, section, first, second)
        tgt = _direction_patterns(ctx.target_lang, section, first, second)
        counted = bool(facts_data(seg.segment.lang or ctx.source_lang)
                       .get(section, {}).get("counted"))  # fmt: skip
        found = None if src is None or tgt is None else _flipped(
            seg.source, seg.target, src, tgt, counted)  # fmt: skip
        if found is None:
            continue
        hit, wrong, side = found
        out.append(Finding(
            "numbers", "error",
            f"{hit.group()!r} {verb} {(first, second)[side]} in the source; the target says "
            f"{wrong.group()!r}",
            segment=seg.id, source_span=hit.span(), target_span=wrong.span(),
            data={"kind": section},
        ))  # fmt: skip
    if not out:
        out += _change_denied(seg, ctx)
    return out


def _change_denied(seg: TranslatedSegment, ctx: CheckContext) -> list[Finding]:
    """A change the target states against its own values ("passaram de 94,9 por cento para 47
    por cento" written "rose from 94.9 percent to 47 percent") where the source states none so:
    the engine gave the change a direction its values deny."""
    found = contradicted_changes(seg.target, ctx.locale)
    if not found:
        return []
    src_lang = seg.segment.lang or ctx.source_lang
    if contradicted_changes(seg.source, src_lang):
        return []
    hit, side = found[0]
    word = hit.group("up") or hit.group("down")
    return [Finding(
        "numbers", "error",
        f"the target says {word!r} ({'a rise' if side == 0 else 'a fall'}), but its values go "
        f"the other way: {hit.group()!r}",
        segment=seg.id, target_span=hit.span(), data={"kind": "direction-values"},
    )]  # fmt: skip


# --- weekdays: "Tuesday night" written "quinta-feira à noite" ---------------------------------


@lru_cache(maxsize=16)
def _weekday_pattern(lang: str) -> tuple[re.Pattern[str], dict[str, int]] | None:
    from babel.core import Locale, UnknownLocaleError
    from babel.dates import get_day_names

    try:
        names = get_day_names("wide", locale=Locale.parse(lang.replace("-", "_")))
    except (UnknownLocaleError, ValueError):
        return None
    table = {str(v).casefold(): int(k) for k, v in names.items() if len(str(v)) >= 4}
    if not table:
        return None
    return re_compile(rf"(?<![\w-])({_alt(table)})(?![\w-])", re.IGNORECASE), table


def _weekdays(text: str, lang: str) -> list[tuple[int, int, int]]:
    found = _weekday_pattern(lang)
    if found is None:
        return []
    pattern, table = found
    return [(m.start(1), m.end(1), table[m.group(1).casefold()]) for m in pattern.finditer(text)]


def check_weekdays(seg: TranslatedSegment, ctx: CheckContext) -> list[Finding]:
    """A weekday must stay that day: blocking when the target names a weekday (CLDR's wide
    names) the source does not, and one of the source's weekdays is gone."""
    if _skip(seg):
        return []
    source = _weekdays(seg.source, seg.segment.lang or ctx.source_lang)
    if not source:
        return []
    target = _weekdays(seg.target, ctx.locale) or _weekdays(seg.target, ctx.target_lang)
    s_days = {d for *_, d in source}
    t_days = {d for *_, d in target}
    extra = [t for t in target if t[2] not in s_days]
    lost = [s for s in source if s[2] not in t_days]
    if not extra or not lost:
        return []
    return [Finding(
        "dates", "error",
        f"{seg.source[lost[0][0] : lost[0][1]]!r} changed: the target has "
        f"{seg.target[extra[0][0] : extra[0][1]]!r}",
        segment=seg.id, source_span=lost[0][:2], target_span=extra[0][:2],
        data={"kind": "weekday"},
    )]  # fmt: skip


# --- a range's currency: "$450-455 billion" written "£ 450-455 bilhões" -----------------------

_RANGE = re_compile(r"(?<![\w.,])(\d+(?:[.,]\d+)*)\s?(?:-|–|to|a|e|até)\s?"
                    r"(?:[^\W\d_]{1,3}\$\s?|[$€£¥]\s?)?(\d+(?:[.,]\d+)*)(?!\d)")


def check_range_currency(seg: TranslatedSegment, ctx: CheckContext) -> list[Finding]:
    """A range's currency must stay: the number check pairs single amounts, and a currency
    written once before a range ("$450-455 billion") was read by none. Blocking when the
    target writes the same range with a currency that names none of the source's (CLDR
    symbols, codes and names, ``translate/localize/quantities.py``)."""
    if _skip(seg):
        return []
    src_lang = seg.segment.lang or ctx.source_lang
    src_langs = [src_lang]
    tgt_langs = [ctx.target_lang, src_lang]
    targets: dict[tuple[str, str], list[re.Match[str]]] = {}
    for m in _RANGE.finditer(seg.target):
        key = (re.sub(r"\D", "", m.group(1)), re.sub(r"\D", "", m.group(2)))
        targets.setdefault(key, []).append(m)
    for m in _RANGE.finditer(seg.source):
        money = measure_at(seg.source, m.start(1), m.end(1), src_langs)
        if money is None or money.kind != "currency":
            continue
        key = (re.sub(r"\D", "", m.group(1)), re.sub(r"\D", "", m.group(2)))
        for t in targets.get(key, []):
            other = (measure_at(seg.target, t.start(1), t.end(1), tgt_langs)
                     or measure_at(seg.target, t.start(2), t.end(2), tgt_langs))
            if other is None or other.kind != "currency" or money.agrees(other):
                continue
            s_span = (min(money.start, m.start()), max(money.end, m.end()))
            t_span = (min(other.start, t.start()), max(other.end, t.end()))
            return [Finding(
                "numbers", "error",
                f"{seg.source[s_span[0] : s_span[1]]!r} became "
                f"{seg.target[t_span[0] : t_span[1]]!r}: the currency changed",
                segment=seg.id, source_span=s_span, target_span=t_span,
                data={"kind": "range-currency"},
            )]  # fmt: skip
    return []


# --- a bare "$" the target locale does not write: "$11 a $13" in pt-BR, "US$ 13" its way -----

_BARE_DOLLAR = re_compile(r"(?<![^\W\d_])(?<![$\d])\$[ \u00a0\u202f]?(?=\d)")


@cache
def _target_dollar(source_lang: str, locale: str) -> str | None:
    """The target locale's CLDR symbol for the currency the source language writes "$" (en:
    USD; pt-BR "US$", fr "$US", it "USD"), or None when the target writes it "$" too (de, ja)
    or CLDR names no one currency "$" in the source language."""
    src, tgt = get_locale(source_lang), get_locale(locale)
    if src is None or tgt is None:
        return None
    codes = [code for code, sym in src.currency_symbols.items() if sym == "$"]
    if len(codes) != 1:
        return None
    sym = tgt.currency_symbols.get(codes[0])
    return None if sym in (None, "$") else str(sym)


def check_bare_dollar(seg: TranslatedSegment, ctx: CheckContext) -> list[Finding]:
    """An amount the source writes with "$" that the target writes with a bare "$" where the
    target locale's CLDR symbol for that dollar is another ("$11 a $13" in pt-BR, whose
    edition writes "US$ 11" elsewhere): flagged, never rewritten (a "$" may be another
    dollar, and the value is the engine's). A warning: the figure is right, its sign is not
    the locale's."""
    if _skip(seg) or not _BARE_DOLLAR.search(seg.source):
        return []
    want = _target_dollar(seg.segment.lang or ctx.source_lang, ctx.locale)
    if want is None:
        return []
    found = list(_BARE_DOLLAR.finditer(seg.target))
    if not found:
        return []
    first = found[0]
    # the digits with their groups: "$3 385 000" (pt-PT's no-break space between groups)
    amount = re.match(r"[$\s\u00a0\u202f]*\d(?:[\d.,]|[\u00a0\u202f](?=\d{3}(?!\d)))*",
                      seg.target[first.start() :])
    written = (amount.group(0) if amount else first.group(0)).rstrip(".,")  # "$0." ends a sentence
    return [Finding(
        "numbers", "warning",
        f"{written!r} writes the dollar as \"$\"; {ctx.locale} writes it {want!r} (CLDR)"
        + (f", {len(found)} amounts in this sentence" if len(found) > 1 else "")
        + ": the sign was left as the engine wrote it",
        segment=seg.id, target_span=(first.start(), first.start() + len(written)),
        data={"kind": "bare-dollar", "locale_symbol": want, "count": len(found)},
    )]  # fmt: skip


def in_joined_range(text: str, digits: str, ends: frozenset[str] | None = None) -> bool:
    """Is the number ``digits`` one end of a range written without spaces ("2020-2030",
    "$45-50/day"), which the number reader leaves unread (it may be an id or a phone number)?
    ``ends``: :func:`joined_range_ends` of ``text``, read once for many numbers.

    >>> in_joined_range("the 2020-2030 period", "2030")
    True
    >>> in_joined_range("Vol.18(2), pp.79-87[Peer", "87")
    True
    """
    key = re.sub(r"\D", "", digits)
    return bool(key) and key in (joined_range_ends(text) if ends is None else ends)


def joined_range_ends(text: str) -> frozenset[str]:
    """The digits of both ends of every range of ``text`` written without spaces (those
    :func:`in_joined_range` looks for), read in one scan: a check asking for each of thousands
    of numbers reads the text once (facts52), not once a number.

    >>> sorted(joined_range_ends("the 2020-2030 period, pp.79-87"))
    ['2020', '2030', '79', '87']
    """
    out: set[str] = set()
    # after a letter's period too: the pages of "pp.79-87", "p.12-15" (an abbreviation glued
    # to the range; "2.4.1-5" stays a version); any dash between the ends
    for m in re.finditer(r"(?:(?<![\w.,-])|(?<=[^\W\d_]\.))(\d+(?:[.,]\d+)*)\s?"
                         r"[-\u2010-\u2015\u2212]\s?\D{0,3}?(\d+(?:[.,]\d+)*)"
                         r"(?![\w-]|[.,]\d)", text):
        out.add(re.sub(r"\D", "", m.group(1)))
        out.add(re.sub(r"\D", "", m.group(2)))
    return frozenset(out)


_COLON_PAIR = re_compile(r"(?<![\w.,:])(\d+)[ \u00a0]?:[ \u00a0]?(\d+)(?![\w:]|[.,]\d)")


def colon_pair_in(source: str, start: int, end: int, target: str) -> bool:
    """Is the number at ``source[start:end]`` one side of a pair joined by a colon ("2025: 1.",
    "0: 59") that the target writes with the same two numbers in the same order, the colon's
    spacing changed ("2025:1.", "0:59")? The target's reader takes "2025:1" for a clock time or
    a ratio and leaves its numbers unread; the same pair is the same fact. A pair with either
    number changed, or reversed, is no match.

    >>> colon_pair_in("trends for 2025: 1.", 11, 15, "tendências para 2025:1.")
    True
    >>> colon_pair_in("trends for 2025: 1.", 11, 15, "tendências para 2026:1.")
    False
    >>> colon_pair_in("with 0: 59 to go", 8, 10, "com 59:0 para o fim")
    False
    """
    return colon_pair_at(colon_pairs(source, target), start, end)


# a text's pairs joined by a colon: (match start, match end, the spans of its two numbers, the
# two numbers), in order; and the target's pairs (the two numbers), read once for a text
_ColonPair = tuple[int, int, tuple[tuple[int, int], tuple[int, int]], tuple[str, str]]
ColonPairs = tuple[list[_ColonPair], list[int], frozenset[tuple[str, str]]]


def colon_pairs(source: str, target: str) -> ColonPairs:
    """The colon pairs of ``source`` and of ``target`` for :func:`colon_pair_at`, each text read
    once (a check of thousands of numbers missing asked :func:`colon_pair_in` for each, which
    read both texts each time: facts52)."""
    found: list[_ColonPair] = [
        (m.start(), m.end(), (m.span(1), m.span(2)), (m.group(1), m.group(2)))
        for m in _COLON_PAIR.finditer(source)
    ]
    ends = [f[1] for f in found]
    if not found:
        return found, ends, frozenset()
    return found, ends, frozenset((m.group(1), m.group(2)) for m in _COLON_PAIR.finditer(target))


def colon_pair_at(pairs: ColonPairs, start: int, end: int) -> bool:
    """:func:`colon_pair_in` through the pairs read once (:func:`colon_pairs`): the source's
    pairs with a number across ``start:end`` (found by bisection: the matches are in order and
    do not overlap), one of them the target's too."""
    found, ends, in_target = pairs
    if not in_target:
        return False
    i = bisect_right(ends, start)  # the first pair ending after start
    while i < len(found) and found[i][0] < end:
        spans, numbers = found[i][2], found[i][3]
        if any(a < end and start < b for a, b in spans) and numbers in in_target:
            return True
        i += 1
    return False


# a number glued to letters ("512GB", "45ft", "3GW"): the number reader leaves it unread (a
# code, "A320" read the other way round, "5th"); the letters a unit's symbol or the source's
_GLUED_NUMBER = re_compile(r"(?<![\w.,])(\d+(?:[.,]\d+)*)([^\W\d_]{1,4})(?![\w'’-])")
_SPACED_UNIT = re_compile(r"[ \u00a0]([^\W\d_]{1,4})(?![\w'’-])")


def glued_units(target: str, langs: Sequence[str]) -> list[tuple[str, str, frozenset[str]]]:
    """(digits, letters, unit ids) of each number of ``target`` glued to up to four letters
    (each spelling once),
    the unit ids those letters name after the number when spaced (empty for none): "45ft" is
    ``("45", "ft", {"unit:length-foot"})``. One scan of the text.

    >>> glued_units("a 45ft boat, 512GB and the 5th", ["en"])[0]
    ('45', 'ft', frozenset({'unit:length-foot'}))
    >>> [(d, w) for d, w, _ in glued_units("a 45ft boat, 512GB and the 5th", ["en"])]
    [('45', 'ft'), ('512', 'GB'), ('5', 'th')]
    """
    out: list[tuple[str, str, frozenset[str]]] = []
    if not has_digit(target):
        return out
    seen: set[tuple[str, str]] = set()
    for m in _GLUED_NUMBER.finditer(target):
        digits, letters = m.group(1), m.group(2)
        if (digits, letters) in seen:
            continue  # each spelling read once: a text of thousands of "512GB" reads one
        seen.add((digits, letters))
        spaced = f"{digits} {letters}"
        found = measure_at(spaced, 0, len(digits), list(langs))
        ids = found.ids if found is not None and found.kind == "unit" else frozenset()
        out.append((digits, letters, frozenset(ids)))
    return out


def glued_unit_matches(source: str, number_end: int, unit_ids: frozenset[str],
                       glued: Sequence[tuple[str, str, frozenset[str]]]) -> bool:
    """Does one of ``glued`` (the target's numbers glued to letters, their values already
    matched to the source number ending at ``number_end``) write the source's unit: a unit id
    the source's number carries (``unit_ids``: "45 pés" written "45ft"), or the very letters
    the source writes after the number, a space between ("512 GB" written "512GB")? Then the
    target keeps the quantity and only its spacing changed. "45 pés" written "45m", or "2"
    written "2nd", is no match.

    >>> g = glued_units("with 512GB and 45ft", ["en"])
    >>> glued_unit_matches("com 512 GB", 7, frozenset(), g[:1])
    True
    >>> glued_unit_matches("de 45 pés", 5, frozenset({"unit:length-foot"}), g[1:])
    True
    >>> glued_unit_matches("de 45 pés", 5, frozenset({"unit:length-meter"}), g[1:])
    False
    """  # fmt: skip
    spaced = _SPACED_UNIT.match(source, number_end)
    word = spaced.group(1) if spaced is not None else None
    return any((word is not None and letters == word) or (unit_ids and ids & unit_ids)
               for _, letters, ids in glued)  # fmt: skip


_SHORT_YEAR_END = re_compile(
    r"(?<![\w.,])(1[5-9]|20)(\d\d)[ \u00a0]?[-\u2010-\u2015\u2212][ \u00a0]?$"
)


def short_year_end_in(source: str, start: int, digits: str, target: str) -> bool:
    """Is the two-digit number at ``start`` of ``source`` the end of a range of years written
    short ("1974–76", "1999-03"), which the target writes in full ("1974-1976", "1999-2003")?
    The full year is the first one after the range's start that ends in those digits, and
    the target must have it. probe39: Harry McPherson's "(1974–76)", written "(1974-1976)",
    was held as "number '76' not found".

    >>> short_year_end_in("chairman (1974–76).", 15, "76", "presidente (1974-1976).")
    True
    >>> short_year_end_in("in 1999-03 it grew", 8, "03", "em 1999-2003 cresceu")
    True
    >>> short_year_end_in("chairman (1974–76).", 15, "76", "presidente (1974-1977).")
    False
    """
    if len(digits) != 2 or not digits.isdigit():
        return False
    # a match is at most 7 characters and ends at ``start`` (``$``): the window before it is
    # enough (facts53: a search from the text's start, once per number missing, was quadratic)
    m = _SHORT_YEAR_END.search(source, max(0, start - 8), start)
    if m is None or m.end() != start:
        return False
    first = int(m.group(1) + m.group(2))
    full = first - first % 100 + int(digits)
    if full <= first:
        full += 100
    return str(full) in _bare_digit_runs(target)


_BARE_DIGITS = re_compile(r"(?<![\w.,])\d+(?![\w]|[.,]\d)")


@lru_cache(maxsize=16)
def _bare_digit_runs(text: str) -> frozenset[str]:
    """The whole runs of digits of ``text`` with no word character or "." or "," before and no
    word character or decimal part after, read once per text: a run equals a number ``N`` iff
    ``(?<![\\w.,])N(?![\\w]|[.,]\\d)`` matches there.

    >>> sorted(_bare_digit_runs("em 1999-2003, 1.5 e x12 e 2021."))
    ['1999', '2003', '2021']
    """
    return frozenset(m.group() for m in _BARE_DIGITS.finditer(text))


# --- a number its source language cannot read: "$2.52" in a Portuguese sentence ----------------


# a currency sign right before a number ("$399", "$ 399"): \p{Sc} without the regex module
_SIGN_BEFORE = re_compile(r"[$\u00a2-\u00a5\u058f\u060b\u09f2\u09f3\u0e3f\u17db\u20a0-\u20c0"
                          r"\ufdfc\ufe69\uff04\uffe0\uffe1\uffe5\uffe6]\s?$")


def _unread_money(seg: TranslatedSegment, m: re.Match[str], src_lang: str, t_langs: list[str],
                  target: list[tuple[re.Match[str], set[Decimal]]]) -> Finding | None:
    """An amount whose sign the source language's data does not read ("$399" in a Portuguese
    sentence: Portuguese writes "US$"), so the number check compares no currency: read with
    English's data, the target's number of the same digits must carry a currency that agrees
    with it, there or anywhere in the sentence (a sign moved); "€399" or a bare "399" for it is
    a changed or lost currency. The same in every direction (a sign English does not read and
    the target's language does)."""
    if measure_at(seg.source, m.start(), m.end(), [src_lang]) is not None:
        return None  # the number check reads this currency
    money = measure_at(seg.source, m.start(), m.end(), [src_lang, "en"])
    if money is None or money.kind != "currency":
        return None
    digits = re.sub(r"\D", "", m.group())
    same = [t for t, _ in target if re.sub(r"\D", "", t.group()) == digits]
    if not same:
        return None  # a number the number checks report as changed or lost
    others = [measure_at(seg.target, t.start(), t.end(), t_langs) for t in same]
    if any(money.agrees(o) for o in others):
        return None
    if any(o is None for o in others) and any(
        money.agrees(x) for x in measures_in(seg.target, t_langs)
    ):
        return None  # the sign written elsewhere in the sentence ("399 dólares americanos")
    t = same[0]
    what = "changed" if all(o is not None and o.kind == "currency" for o in others) else "lost"
    return Finding(
        "numbers", "error",
        f"{money.text + m.group()!r} became {seg.target[max(0, t.start() - 1) : t.end()]!r}: "
        f"the currency {what}",
        segment=seg.id, source_span=m.span(), target_span=t.span(),
        data={"kind": "foreign-number"},
    )  # fmt: skip


def check_foreign_numbers(seg: TranslatedSegment, ctx: CheckContext) -> list[Finding]:
    """A number written in another convention than the source language's ("$2.52", "164.99"
    in a Portuguese sentence: a Portuguese group has three digits) is read by no number check,
    so "$2.55" or "€2.52" in the target passed. Such a number is read in the target's and
    English's convention (what engines and copied text use); blocking when the target has no
    number of that value, or writes it with a currency that names none of the source's."""
    if _skip(seg):
        return []
    src_lang = seg.segment.lang or ctx.source_lang
    readers = list(dict.fromkeys([ctx.target_lang, "en"]))
    t_langs = list(dict.fromkeys([ctx.target_lang, src_lang]))
    skip = _name_spans(seg) + protected_spans(seg.source)
    t_skip = protected_spans(seg.target)
    target = [(m, _readings(m.group(), [*t_langs, "en"])) for m in _NUM.finditer(seg.target)
              if not _inside(m.span(), t_skip)]  # fmt: skip
    dates: list[tuple[int, int]] | None = None
    for m in _NUM.finditer(seg.source):
        tok = m.group()
        if _inside(m.span(), skip):
            continue
        if _SIGN_BEFORE.search(seg.source, max(0, m.start() - 2), m.start()):
            lost = _unread_money(seg, m, src_lang, [*t_langs, "en"], target)
            if lost is not None:
                return [lost]
        if not re.search(r"\d[.,]\d", tok) or _readings(tok, [src_lang]):
            continue
        if m.end() < len(seg.source) and seg.source[m.end()] in ".,:/" and \
                re.match(r"[.,:/]\d", seg.source[m.end() :]):
            continue  # part of a longer token ("1.2.3", a version or a date)
        values = _readings(tok, readers)
        if not values:
            continue
        if dates is None:  # read once, only for a number the source language cannot read
            dates = [(d.start, d.end) for d in _source_dates(seg, ctx)]
        if _inside(m.span(), dates):
            continue  # "October 31,2018": a day and a year, which the date check compares
        same = [t for t, r in target if r & values]
        if not same:
            return [Finding(
                "numbers", "error", f"number {tok!r} not found in the target",
                segment=seg.id, source_span=m.span(), data={"kind": "foreign-number"},
            )]  # fmt: skip
        money = measure_at(seg.source, m.start(), m.end(), [src_lang, "en"])
        if money is None or money.kind != "currency":
            continue
        others = [measure_at(seg.target, t.start(), t.end(), t_langs) for t in same]
        if all(o is not None and o.kind == "currency" and not money.agrees(o) for o in others):
            t = same[0]
            return [Finding(
                "numbers", "error",
                f"{money.text + tok!r} became {seg.target[t.start() - 1 : t.end()]!r}: "
                "the currency changed",
                segment=seg.id, source_span=m.span(), target_span=t.span(),
                data={"kind": "foreign-number"},
            )]  # fmt: skip
    return []


# --- two numbers of one kind swapped: "10 human cases and 46 animal cases" -> "46 ... 10" -------


@cache
def _percent_after(lang: str) -> re.Pattern[str]:
    words = [str(w) for w in facts_data(lang).get("percent", {}).get("words", [])]
    alt = "|".join(sorted(map(re.escape, words), key=len, reverse=True))
    return re_compile(rf"\s?(?:[%٪]|(?:{alt})(?![\w]))" if alt else r"\s?[%٪]", re.IGNORECASE)


def _number_kind(text: str, start: int, end: int, langs: Sequence[str]) -> str | None:
    """'percent', 'currency:<ids>' or 'count' for the number at ``text[start:end]``; None for
    a year, a number glued to letters or a part of a date, score or range ("3-1", "11/21")."""
    token = text[start:end]
    if re.fullmatch(r"(?:1[5-9]|20)\d\d", token):
        return None
    before, after = text[max(start - 1, 0) : start], text[end : end + 1]
    if (before and before in "-–/:") or (after and after in "-–/:"):
        return None
    if re.match(r"[^\W\d_]", after):
        return None  # "30o", "44mm", "5s"
    if token.rstrip().endswith(("%", "\u066a")) or any(
        _percent_after(lang).match(text, end) for lang in langs
    ):
        return "percent"
    money = measure_at(text, start, end, langs)
    if money is not None and money.kind == "currency":
        return "currency"
    if money is not None:
        return "measure:" + ",".join(sorted(money.ids))
    return "count"


def check_number_order(seg: TranslatedSegment, ctx: CheckContext) -> list[Finding]:
    """Two numbers of one kind must keep their order: "10 human cases and 46 animal cases"
    written "46 casos humanos e 10 casos de animais", "from 23% to 35%" written "de 35% para
    23%", "$47 billion to $8 billion" reversed each keep every number, and the number check
    passes them. Each number that the source and the target both write once is paired by
    value; when two of one kind (both percentages, both amounts of money, both counts, both of
    one unit) stand in the other order in the target, the figures were swapped between the
    things they count. Years, dates, scores and ranges are left out (a clause may move
    them). Blocking."""
    if _skip(seg):
        return []
    src_lang = seg.segment.lang or ctx.source_lang
    t_langs = list(dict.fromkeys([ctx.target_lang, src_lang]))
    skip = _name_spans(seg) + protected_spans(seg.source)
    src = [n for n in source_values(seg.source, src_lang, ctx.locale) if not _inside(n[:2], skip)]
    tgt = target_values(seg.target, src_lang, ctx.locale)
    if len(src) < 2 or len(tgt) < 2:
        return []

    def keys(n: tuple[int, int, frozenset[Decimal], int]) -> frozenset[Decimal]:
        return frozenset(v * n[3] for v in n[2])

    # which numbers hold each value, on each side: one pass, not one per number (a paragraph
    # of thousands of numbers was quadratic here)
    s_keys, t_keys = [keys(n) for n in src], [keys(n) for n in tgt]
    s_by: dict[Decimal, set[int]] = {}
    t_by: dict[Decimal, set[int]] = {}
    for by, all_keys in ((s_by, s_keys), (t_by, t_keys)):
        for i, ks in enumerate(all_keys):
            for v in ks:
                by.setdefault(v, set()).add(i)
    pairs = []
    for i, s in enumerate(src):
        t_same = set().union(*(t_by.get(v, set()) for v in s_keys[i]))
        s_same = set().union(*(s_by.get(v, set()) for v in s_keys[i]))
        if len(t_same) != 1 or len(s_same) != 1:
            continue
        j = next(iter(t_same))
        if len(set().union(*(s_by.get(v, set()) for v in t_keys[j]))) != 1:
            continue
        t = tgt[j]
        kind = _number_kind(seg.source, s[0], s[1], [src_lang])
        t_kind = _number_kind(seg.target, t[0], t[1], t_langs)
        if kind is None or t_kind is None:
            continue
        pairs.append((s, t, kind, t_kind))
    # each pair's value is the only one of its kind on both sides, so two pairs never share a
    # value; within one kind, two numbers stand in the other order if and only if two
    # neighbours in the source's order do
    groups: dict[tuple[str, str], list[tuple[Any, Any]]] = {}
    for s, t, k, tk in pairs:
        groups.setdefault((k, tk), []).append((s, t))
    swapped = []
    for group in groups.values():
        group.sort(key=lambda p: p[0][0])
        for (s1, t1), (s2, t2) in pairwise(group):
            if t2[0] < t1[0]:
                swapped.append((s1, t1, s2, t2))
                break
    if swapped:
        s1, t1, s2, t2 = min(swapped, key=lambda x: (x[0][0], x[2][0]))
        a, b = seg.source[s1[0] : s1[1]], seg.source[s2[0] : s2[1]]
        return [Finding(
            "numbers", "error",
            f"{a!r} and {b!r} stand in the other order in the target: the figures may "
            "have been swapped between the things they count",
            segment=seg.id, source_span=(s1[0], s2[1]),
            target_span=(min(t1[0], t2[0]), max(t1[1], t2[1])),
            data={"kind": "order", "values": [a, b]},
        )]  # fmt: skip
    return []


# --- bidi controls around numbers: "\u202e0001\u202c" is displayed "1000" --------------------

# embeddings, overrides and isolates open a scope that their pop (PDF, PDI) or the paragraph's
# end closes; marks (LRM, RLM, ALM) are strong characters of their own
_BIDI_OPEN = "\u202a\u202b\u202d\u202e\u2066\u2067\u2068"
_BIDI_OVERRIDE = "\u202d\u202e"
_BIDI_MARK = "\u200e\u200f\u061c"
_BIDI_ANY = _BIDI_OPEN + _BIDI_MARK + "\u202c\u2069"
_BIDI_INSIDE_NUMBER = re_compile(
    rf"\d[{_BIDI_ANY}]+[.,\u00a0\u202f]?\d|\d[.,\u00a0\u202f][{_BIDI_ANY}]+\d"
)
_BIDI_SCOPE = re_compile(rf"([{_BIDI_OPEN}])([^{_BIDI_OPEN}\u202c\u2069\n]*)")
_RTL_LANGS = frozenset({"ar", "he", "fa", "ur", "ps", "sd", "ug", "yi", "dv", "ckb", "syr"})


def bidi_number(text: str, lang: str | None) -> tuple[int, int, str] | None:
    """(start, end, why) of the first number that a Unicode bidi control can make display as
    another number: a control between its digits, an override (LRO, RLO) over it, or, in a
    left-to-right language, an embedding or isolate around it. ``None`` when there is none.

    >>> bidi_number("pay \u202e0001\u202c dollars", "en")[2]
    'a right-to-left override (U+202E) over the digits: "0001" may display as "1000"'
    >>> bidi_number("pay 1,000 dollars", "en") is None
    True
    """
    if not any(c in text for c in _BIDI_ANY):
        return None
    inside = _BIDI_INSIDE_NUMBER.search(text)
    if inside is not None:
        code = next(c for c in inside.group() if c in _BIDI_ANY)
        return inside.start(), inside.end(), (
            f"a bidi control (U+{ord(code):04X}) inside a number: it may display as another "
            "number")  # fmt: skip
    rtl = (base_language(lang or "") or "") in _RTL_LANGS
    for m in _BIDI_SCOPE.finditer(text):
        control, scope = m.group(1), m.group(2)
        digits = re.search(r"\d[\d.,\s]*\d|\d", scope)
        if digits is None or (rtl and control not in _BIDI_OVERRIDE):
            continue
        number = digits.group()
        if control == "\u202e":
            why = (f"a right-to-left override (U+202E) over the digits: {number!r} may display as "
                   f"{number[::-1]!r}").replace("'", '"')  # fmt: skip
        else:
            why = f"a bidi control (U+{ord(control):04X}) around the number {number!r}: it may " \
                  "display in another order"
        return m.start(), m.end(), why
    return None


def check_bidi_numbers(seg: TranslatedSegment, ctx: CheckContext) -> list[Finding]:
    """A number must read as it displays: a bidi override around "0001" shows the reader
    "1000" while every program reads 0001, and the translation drops the control. Blocking on
    such a number in the source or the target (``bidi_number``); run on copies too, since a
    copied segment carries the same trick."""
    if not seg.target.strip():
        return []
    out = []
    for side, text, lang in (("source", seg.source, seg.segment.lang or ctx.source_lang),
                             ("target", seg.target, ctx.target_lang)):  # fmt: skip
        found = bidi_number(text, lang)
        if found is None:
            continue
        start, end, why = found
        out.append(Finding(
            "numbers", "error", f"the {side} has {why}; check the number as the author meant it",
            segment=seg.id,
            source_span=(start, end) if side == "source" else None,
            target_span=(start, end) if side == "target" else None,
            data={"kind": "bidi"},
        ))  # fmt: skip
    return out


# --- invisible characters inside words and numbers; bidi controls over words -----------------

# letters of the alphabetic scripts no language writes with a zero-width character inside a
# word (Latin, Greek, Cyrillic, Armenian, Georgian); Persian, Indic scripts and emoji need ZWJ
# and ZWNJ, Thai and Khmer the zero-width space, so they are left out
_ALPHA = ("A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff\u0370-\u03ff"
          "\u1f00-\u1fff\u0400-\u052f\u0531-\u0587\u10a0-\u10ff")  # fmt: skip
# the invisible characters (``invisible.INVISIBLE``, the one definition ``glossary import`` and
# the glossary loader read too) but the embeddings, overrides, isolates and pops (``_BIDI_ANY``
# reads them): zero-width space, word joiner, BOM, the invisible operators, the deprecated format
# characters U+206A-U+206F, the tag characters, grapheme joiner, Mongolian vowel separator, ZWNJ,
# ZWJ, the bidi marks; not the soft hyphen, a hyphenation hint that real pages put inside long
# names ("Vladi\u00admir", "Netan\u00adyahu"). Every character written out, no range: the
# string is both a regex class and a set of characters ("c in _HIDDEN"), and "\u2061-\u2064"
# read as a set is three characters, a hyphen among them (hidden53)
_HIDDEN = "".join(c for c in INVISIBLE if c not in BIDI_CONTROLS)
# a whole run of invisible characters between two letters, taken possessively (linear: the old
# "[...]*[...][...]*" tried every split of a run not followed by a letter); a run of soft
# hyphens alone is passed over in ``hidden_characters``
_HIDDEN_IN_WORD = re_compile(f"(?<=[{_ALPHA}])[{_HIDDEN}{_BIDI_ANY}\u00ad]++(?=[{_ALPHA}])")
_HIDDEN_IN_NUMBER = re_compile(
    f"\\d[{_HIDDEN}\u00ad]+[.,\u00a0\u202f]?\\d|\\d[.,\u00a0\u202f][{_HIDDEN}\u00ad]+\\d"
)
# any of them, or a soft hyphen (the number pattern reads it): the quick pre-test
_ANY_HIDDEN = re_compile(f"[{_HIDDEN}{_BIDI_ANY}\u00ad]")
_RTL_SCOPE = "\u202b\u2067\u2068"  # RLE, RLI, FSI: reorder the words of a left-to-right text


def _widen(text: str, start: int, end: int, char: str) -> tuple[int, int]:
    """``start, end`` widened over the characters of class ``char`` on both sides."""
    pattern = re_compile(char)
    while start > 0 and pattern.match(text, start - 1):
        start -= 1
    while end < len(text) and pattern.match(text, end):
        end += 1
    return start, end


def _past(spans: list[tuple[int, int]], i: int, start: int) -> int:
    """The index from ``i`` on of the first of ``spans`` (in order of start and of end) that
    ends after ``start``: the only one a span from ``start`` may overlap first."""
    while i < len(spans) and spans[i][1] <= start:
        i += 1
    return i


def _shown(text: str) -> str:
    """``text`` with its invisible characters written as ``\\u200b`` (for a message)."""
    return "".join(c if c.isprintable() and c != "\u00ad"
                   else f"\\u{ord(c):04x}" if ord(c) < 0x10000 else f"\\U{ord(c):08x}"
                   for c in text)  # fmt: skip


def hidden_characters(text: str, lang: str | None) -> list[tuple[int, int, str, str]]:
    """(start, end, what, why) of each place where ``text`` reads otherwise than it displays:
    an invisible character inside a number ("15\\u200b000" shows 15000 and every program reads
    15 and 000), an invisible character or bidi control inside a word of an alphabetic script
    ("Sil\\u200bva": search, glossaries and the name checks read another word than the reader
    sees), and a bidi override over letters ("\\u202eavliS\\u202c" shows "Silva"), or, in a
    left-to-right language, a right-to-left embedding or isolate around words (their order may
    show reversed). ``what`` is "number" or "word". Numbers under a bidi control are
    ``bidi_number``'s.

    >>> hidden_characters("Sil\u200bva", "en")[0][3][:48]
    'a zero-width space (U+200B) inside "Sil\\\\u200bva"'
    >>> hidden_characters("pay 15\u2060000", "en")[0][2:]
    ('number', 'a word joiner (U+2060) inside the number "15\\\\u2060000": it displays as 15000 \
while programs read other numbers')
    >>> hidden_characters("Vladi\u00admir Putin", "en")
    []
    """
    if not _ANY_HIDDEN.search(text):  # one pass over the text, not one per character of the set
        return []
    out: list[tuple[int, int, str, str]] = []
    for m in _HIDDEN_IN_NUMBER.finditer(text):
        code = next(c for c in m.group() if c in _HIDDEN + "\u00ad")
        start, end = _widen(text, m.start(), m.end(), r"[\d.,]")
        while text[end - 1] in ".,":
            end -= 1
        out.append((start, end, "number",
                    f"{_char_name(code)} (U+{ord(code):04X}) inside the number "
                    f'"{_shown(text[start:end])}": it displays as '
                    f"{_plain(text[start:end])} while programs read other numbers"))  # fmt: skip
    # the spans found so far, in order (a number's and a word's never overlap: digits are not
    # letters), are skipped over by moving indexes, not searched whole for each match
    numbers, i = [(a, b) for a, b, _, _ in out], 0
    words: list[tuple[int, int]] = []
    for m in _HIDDEN_IN_WORD.finditer(text):
        mark = next((c for c in m.group() if c in _HIDDEN + _BIDI_ANY), None)
        if mark is None or (words and m.start() < words[-1][1]):
            continue  # soft hyphens only, or a later run of the word just read
        start, end = _widen(text, m.start(), m.end(), f"[{_ALPHA}{_HIDDEN}{_BIDI_ANY}\u00ad]")
        i = _past(numbers, i, start)
        words.append((start, end))
        if i < len(numbers) and numbers[i][0] < end:
            continue
        out.append((start, end, "word",
                    f"{_char_name(mark)} (U+{ord(mark):04X}) inside "
                    f'"{_shown(text[start:end])}": it displays as "{_plain(text[start:end])}" '
                    "while search, glossaries and checks read another word"))  # fmt: skip
    rtl = (base_language(lang or "") or "") in _RTL_LANGS
    taken, i = sorted((a, b) for a, b, _, _ in out), 0
    for m in _BIDI_SCOPE.finditer(text):
        control, scope = m.group(1), m.group(2)
        letters = re.search(r"[^\W\d_]", scope)
        i = _past(taken, i, m.start())
        if letters is None or (i < len(taken) and taken[i][0] < m.end()):
            continue
        if control in _BIDI_OVERRIDE:
            shown = scope.strip()[::-1] if control == "\u202e" else scope.strip()
            why = (f"{_char_name(control)} (U+{ord(control):04X}) over "
                   f'"{_shown(scope.strip())}": it displays as "{_shown(shown)}"')  # fmt: skip
        elif not rtl and control in _RTL_SCOPE and len(scope.split()) > 1:
            why = (f"{_char_name(control)} (U+{ord(control):04X}) around "
                   f'"{_shown(scope.strip())}": its words may display in another order')
        else:
            continue
        out.append((m.start(), m.end(), "word", why))
    return sorted(out)


_CHAR_NAMES = {"\u200b": "zero-width space", "\u2060": "word joiner",
               "\ufeff": "zero-width no-break space", "\u200c": "zero-width non-joiner",
               "\u200d": "zero-width joiner", "\u200e": "left-to-right mark",
               "\u200f": "right-to-left mark", "\u061c": "Arabic letter mark",
               "\u00ad": "soft hyphen", "\u202a": "left-to-right embedding",
               "\u202b": "right-to-left embedding", "\u202c": "bidi pop",
               "\u202d": "left-to-right override", "\u202e": "right-to-left override",
               "\u2066": "left-to-right isolate", "\u2067": "right-to-left isolate",
               "\u2068": "first-strong isolate", "\u2069": "bidi isolate pop",
               "\u2061": "function-application operator",
               "\u2062": "invisible times operator", "\u2063": "invisible separator",
               "\u2064": "invisible plus operator",
               "\u034f": "combining grapheme joiner",
               "\u180e": "Mongolian vowel separator"}  # fmt: skip


def _plain(text: str) -> str:
    """``text`` as it displays: without its invisible characters and bidi controls."""
    return "".join(c for c in text if c not in _HIDDEN + _BIDI_ANY + "\u00ad")


def _char_name(c: str) -> str:
    """The name of the invisible character ``c`` with its article ("a word joiner", "an
    invisible times")."""
    name = _CHAR_NAMES.get(c) or unicodedata.name(c, "invisible character").lower()
    return ("an " if name[0] in "aeiouAEIOU" else "a ") + name


def check_hidden_characters(seg: TranslatedSegment, ctx: CheckContext) -> list[Finding]:
    """A name or a number must read as it displays (``hidden_characters``). Blocking in the
    target (what is published); in the source blocking for a number or a bidi control (the
    engine reads what the author's reader did not see), a warning for an invisible character
    inside a word that the target no longer has (the engine wrote the word plainly). Run on
    copies too."""
    if not seg.target.strip():
        return []
    out = []
    target = hidden_characters(seg.target, ctx.target_lang)
    for side, text, lang, found in (
        ("source", seg.source, seg.segment.lang or ctx.source_lang, None),
        ("target", seg.target, ctx.target_lang, target),
    ):
        for start, end, what, why in found if found is not None else hidden_characters(text, lang):
            plain = side == "source" and what == "word" and not target and not any(
                c in text[start:end] for c in _BIDI_ANY)  # fmt: skip
            out.append(Finding(
                "numbers" if what == "number" else "names", "warning" if plain else "error",
                f"the {side} has {why}"
                + ("; the translation writes it plainly" if plain else
                   "; write it without the hidden character"),
                segment=seg.id,
                source_span=(start, end) if side == "source" else None,
                target_span=(start, end) if side == "target" else None,
                data={"kind": "hidden-" + what},
            ))  # fmt: skip
    return out


# --- ranks and issue numbers: "#1", "No. 3", "nº 5" -------------------------------------------

_RANK_MINUS = "-\u2212\u2012\u2013"


@cache
def _rank_data(lang: str) -> tuple[re.Pattern[str], re.Pattern[str] | None] | None:
    """``[ranks]`` of ``locales/facts/<lang>.toml``: the pattern of a rank in ``lang`` (its sign
    and digits) and of the words that say first place; None when the language has none."""
    data = facts_data(lang).get("ranks")
    if not data or not data.get("signs"):
        return None
    signs = sorted((str(s) for s in data["signs"]), key=len, reverse=True)
    alt = "|".join(re.escape(s) for s in signs)
    # not a character reference ("&#39;"), a URL's fragment ("page#3") or a hashtag ("#1stPlace")
    # the number may carry an ordinal indicator ("§ 1º", "§ 4o.", "nº 5.º")
    rank = re_compile(rf"(?<![&/=\w])(?:{alt})[ \u00a0]?(\d+)(?:\.?[ºª°]|o(?=[\s.,;:)]|$))?"
                      r"(?![\w]|[.,]\d)")
    first = [str(w) for w in data.get("first", [])]
    return rank, (re_compile(rf"(?i)(?<![\w-])(?:{_alt(first)})(?![\w-])") if first else None)


@cache
def _rank_signs(lang: str) -> re.Pattern[str] | None:
    """The signs of ``[ranks]`` alone, a bare alternation: every rank holds one, and a text
    without any is passed over in one quick search (a third of the rank pattern's time)."""
    data = facts_data(lang).get("ranks")
    if not data or not data.get("signs"):
        return None
    return re_compile(_alt(str(s) for s in data["signs"]))


def ranks_in(text: str, lang: str) -> list[tuple[int, int, str]]:
    """(start, end, digits) of the ranks and issue numbers ``text`` writes with a sign.

    >>> [d for *_, d in ranks_in("the #1 team, issue #130 and No. 3, not &#39; or #5G", "en")]
    ['1', '130', '3']
    >>> [d for *_, d in ranks_in("o nº 5 e o n.º 12", "pt")]
    ['5', '12']
    >>> [d for *_, d in ranks_in("§ 1º A qualquer tempo; § 4o., incisos; §§ 10 e 11", "pt")]
    ['1', '4', '10']
    """
    data, signs = _rank_data(lang), _rank_signs(lang)
    if data is None or signs is None or signs.search(text) is None:
        return []
    return [(m.start(), m.end(), m.group(1)) for m in data[0].finditer(text)]


def _garbled_signs(
    source: str, target: str, written: list[re.Match[str]], lang: str
) -> list[tuple[int, re.Match[str]]]:
    """(start of the letter, the number) for the writings of a rank's number in ``target`` right
    after a lone letter that is no word of ``lang`` (``[ranks] letter_words``) and that the
    source does not write before that number: the sign garbled ("Tornado # 1" written "Tornado
    s 1"), not the rank kept.

    >>> ms = list(re.finditer(r"1", "Tornado s 1 e o 1"))
    >>> [(b, m.start()) for b, m in _garbled_signs("Tornado # 1", "Tornado s 1 e o 1", ms, "pt")]
    [(8, 10)]
    >>> _garbled_signs("Grade s 1", "Grau s 1", list(re.finditer("1", "Grau s 1")), "pt")
    []
    """
    words = {str(w).casefold() for w in facts_data(lang).get("ranks", {}).get("letter_words", [])}
    out = []
    for m in written:
        lone = re.search(r"(?<![\w.'’-])([^\W\d_])[ \u00a0]?$", target[: m.start()])
        if lone is None or lone.group(1).casefold() in words:
            continue
        digits = str(int(m.group()))
        if re.search(rf"(?<!\w){re.escape(lone.group(1))}[ \u00a0]?0*{digits}(?!\d)", source):
            continue  # the source's own letter ("Grade s 1")
        out.append((lone.start(1), m))
    return out


def check_ranks(seg: TranslatedSegment, ctx: CheckContext) -> list[Finding]:
    """A rank or an issue number ("#1", "No. 3", "nº 5") must reach the target: "(#10)" written
    "(-10)" (a minus for the sign, a real output) or "(#1)" dropped is blocking. The number
    check does not read "#N" (a rank is not a quantity: localize leaves its digits as written);
    this check reads it with the signs of ``[ranks]`` of ``locales/facts/<lang>.toml``. The
    target may write the number with any sign or none ("nº 1", "no 130", "1"), as a number word
    or an ordinal ("número um", "2º lugar", "segundo"), and first place with a word of
    ``[ranks] first`` ("o principal inimigo"). Blocking; a language without the data is not
    checked."""
    if _skip(seg):
        return []
    src_lang = seg.segment.lang or ctx.source_lang
    source = ranks_in(seg.source, src_lang)
    if not source:
        return []
    names = _name_spans(seg)
    source = [r for r in source if not _inside(r[:2], names)]
    negative = {_digits_key(d) for *_, d in negatives_in(seg.source, src_lang)}
    t_data = _rank_data(ctx.target_lang)
    first = t_data[1] if t_data is not None else None
    words = [v for *_, v in number_words(seg.target, ctx.target_lang)]
    words += [v for *_, v in _ordinal_words(seg.target, ctx.target_lang)]
    target_ranks = ranks_in(seg.target, ctx.target_lang)
    out = []
    seen: dict[str, int] = {}
    for start, end, digits in source:
        value = str(int(digits))
        seen[value] = seen.get(value, 0) + 1
        written = list(re.finditer(rf"(?<![\d.,])0*{value}(?!\d|[.,]\d)", seg.target))
        minus = [m for m in written
                 if m.start() > 0 and seg.target[m.start() - 1] in _RANK_MINUS
                 and (m.start() < 2 or not re.match(r"[\w.,%)\]]", seg.target[m.start() - 2]))]
        if minus and value not in negative:
            m = minus[0]
            out.append(Finding(
                "numbers", "error",
                f"{seg.source[start:end]!r} is written {seg.target[m.start() - 1 : m.end()]!r}: "
                "a rank or issue number made a negative number",
                segment=seg.id, source_span=(start, end), target_span=(m.start() - 1, m.end()),
                data={"kind": "rank-minus"},
            ))
            continue
        garbled = _garbled_signs(seg.source, seg.target, written, ctx.target_lang)
        count = len(written) - len(minus) - len(garbled) + words.count(int(value))
        # a sign glued to the number by a full stop ("nº24" written "no.24"), which the plain
        # search leaves as a decimal's digits
        at = {m.start() for m in written}
        count += sum(1 for _, e, d in target_ranks if str(int(d)) == value and e - len(d) not in at)
        if value == "1" and first is not None:
            count += len(first.findall(seg.target))
        if count < seen[value] and garbled:
            begin, m = garbled[0]
            out.append(Finding(
                "numbers", "error",
                f"{seg.source[start:end]!r} is written {seg.target[begin : m.end()]!r}: "
                "a rank or issue number's sign made a stray letter",
                segment=seg.id, source_span=(start, end), target_span=(begin, m.end()),
                data={"kind": "rank-garbled"},
            ))
        elif count < seen[value]:
            out.append(Finding(
                "numbers", "error",
                f"{seg.source[start:end]!r} is not in the target: a rank or issue number dropped",
                segment=seg.id, source_span=(start, end), data={"kind": "rank-dropped"},
            ))
    return out  # fmt: skip


# --- tense: a future said to have happened, or a past announced -------------------------------

@dataclass(frozen=True)
class _Tense:
    future: re.Pattern[str]
    not_future: frozenset[str]
    past: re.Pattern[str]
    present: re.Pattern[str]  # with the idioms of ``not_present``, which are then left out
    not_present: frozenset[str]
    perfect: re.Pattern[str]  # "has been sold"
    lasting: re.Pattern[str]  # "since", "for three years"
    present_target: re.Pattern[str]  # "has been": a present of a target only
    contracted: re.Pattern[str]  # "I'm", "we're", "it's": a present glued to its subject
    unreal: re.Pattern[str]  # "If I was", "as if it were": a past of no time, before its word
    wide: re.Pattern[str]  # "se encontram": a source's present where it makes a hold rarer
    existential: re.Pattern[str]  # "há" (there is) in a source, not "há dois anos" (ago)
    there: re.Pattern[str]  # "there is", "there are" in a target


@cache
def _tense_data(lang: str) -> _Tense | None:
    """``[tense]`` of ``locales/facts/<lang>.toml``; None when the language has none."""
    data = facts_data(lang).get("tense")
    if not data or not data.get("past"):
        return None
    words = [str(w) for w in data.get("future", [])]
    glued = [w for w in words if w[:1] in "'’"]  # "we'll": a contraction follows its word
    alts = [str(data.get("future_pattern", "(?!)"))]  # case as written: "Esquadrão" is a name
    if glued:
        alts.insert(0, rf"(?i:(?<=\w)(?:{_alt(glued)})(?![\w'’]))")
    if len(glued) < len(words):
        plain = [w for w in words if w not in glued]
        alts.insert(0, rf"(?i:(?<![\w'’])(?:{_alt(plain)})(?![\w'’]))")
    def listed_words(*keys: str) -> re.Pattern[str]:
        listed = [str(w) for key in keys for w in data.get(key, [])]
        return re_compile(rf"(?i)(?<![\w'’])(?:{_alt(listed)})(?![\w'’])" if listed else "(?!)")

    return _Tense(re_compile("|".join(alts)),
                  frozenset(str(w).casefold() for w in data.get("not_future", [])),
                  listed_words("past"), listed_words("present", "not_present"),
                  frozenset(str(w).casefold() for w in data.get("not_present", [])),
                  re_compile(str(data.get("perfect", "(?!)"))),
                  re_compile(str(data.get("lasting", "(?!)"))),
                  listed_words("present_target"),
                  re_compile(str(data.get("contracted", "(?!)"))),
                  re_compile(str(data.get("unreal", "(?!)"))),
                  re_compile(str(data.get("present_wide", "(?!)"))),
                  re_compile(str(data.get("existential", "(?!)"))),
                  re_compile(str(data.get("there", "(?!)"))))  # fmt: skip


def _futures(text: str, data: _Tense) -> list[re.Match[str]]:
    return [m for m in data.future.finditer(text) if m.group().casefold() not in data.not_future]


def _presents(text: str, data: _Tense) -> list[re.Match[str]]:
    return [m for m in data.present.finditer(text) if m.group().casefold() not in data.not_present]


# a quotation: straight or curly double quotes around a run without quotes ("Won't Back Down.")
_QUOTATION = re_compile(r'"([^"\n]+)"|“([^“”\n]+)”')


def _kept_spans(source: str, target: str) -> list[tuple[int, int]]:
    """The quotations of ``source`` that ``target`` holds as written, letter for letter (a
    song's or a book's title, "Won't Back Down."): their words are the same on both sides, so
    their tense is not the sentence's, and the target's language does not read them."""
    out = []
    for m in _QUOTATION.finditer(source):
        k = 1 if m.group(1) is not None else 2
        words = m.group(k).strip(" .,;:!?")
        if len(words) >= 3 and words in target:
            out.append(m.span(k))
    return out


def _outside(matches: list[re.Match[str]], spans: list[tuple[int, int]]) -> list[re.Match[str]]:
    return [m for m in matches if not any(a <= m.start() and m.end() <= b for a, b in spans)]


# a capitalised word, then a capitalised word: "São Miguel", "Sou Paulo" read as a run
_NEXT_CAPITAL = re_compile(r"[ \u00a0]+[^\W\d_a-z]")
_WORD_BEFORE = re_compile(r"([^\W\d_][\w'’-]*)[ \u00a0]+$")


def _not_names(matches: list[re.Match[str]], text: str,
               names: list[tuple[int, int]] | None = None) -> list[re.Match[str]]:
    """``matches`` but the words that begin a name: a capitalised word in the middle of a
    sentence (the word before it begins with a small letter) followed by another capitalised
    word ("na ilha de São Miguel": a saint's name in a place, no "são", are), or inside a
    glossary name's span (``names``). A sentence's first word and a title-case headline's
    ("Was Trump Right?") are read as before."""
    out = []
    for m in matches:
        word = m.group()
        if names and _inside(m.span(), names):
            continue
        if word[:1].isupper() and _NEXT_CAPITAL.match(text, m.end()):
            before = _WORD_BEFORE.search(text, max(0, m.start() - 40), m.start())
            if before is not None and before.group(1)[:1].islower():
                continue
        out.append(m)
    return out


def check_tense(seg: TranslatedSegment, ctx: CheckContext) -> list[Finding]:
    """A future said to have happened, or a past announced: "will be released" written "foi
    lançado", "será" written "was" (what is announced is said to have happened), "foi" written
    "will be". Read on ``[tense]`` of ``locales/facts/<lang>.toml``: the future forms ("will",
    "'ll"; "será", "vai ser") and the past forms of "be" and "have" ("was", "had"; "foi",
    "teve"), the verbs a future is most often made of. Blocking when the target has fewer
    futures than the source and more of those past forms, or more futures and fewer past forms;
    and when it has more of those past forms and fewer present forms of "be" (``present``: "is",
    "são"; the idioms of ``not_present``, "é claro" for "of course", are not read): "is" written
    "foi" dates what the source says holds now. A present perfect of the source (``perfect``:
    "has been", "tem sido") may be written as a past ("has been sold", "foi vendido"): it counts
    as a past form the target may have, unless the source says the state goes on (``lasting``:
    "since", "for three years", "desde"), where it is read as before. (A hold of every perfect
    with a lasting phrase written as a past was tried: the phrase is too often another clause's,
    "Since the AirPods launched, users have been asking" written "têm pedido"; not adopted.)
    And when the target has fewer of those past forms and more present forms than the source:
    "was" written "é", "foi" written "is" (what was is said to hold now); the source's presents
    are then read widely, since more of them only makes a hold rarer: the idioms of
    ``not_present`` too, its contracted forms (``contracted``: "I'm", "we're", "it's", written
    "Estou", "Estamos", "É"), ``present_target`` ("has been ... since", "tem sido") and
    ``present_wide`` (a present that says "is" without "ser"/"estar": "se encontram em"; a
    source's only), a source's ``existential`` ("há": there is; not "há dois anos", ago) as
    many times as the target writes its ``there`` ("there is", "there are"), and
    a past after ``unreal`` ("If I was", "as if things weren't": "Se eu fosse") is not counted.
    A future said in the present ("will air on Monday" written "vai ao ar na segunda") and a
    tense moved with no past form of "be"/"have" are not read. A language without the data is
    not checked."""
    if _skip(seg):
        return []
    src_lang = seg.segment.lang or ctx.source_lang
    s_data, t_data = _tense_data(src_lang), _tense_data(ctx.target_lang)
    if s_data is None or t_data is None:
        return []
    # the past forms first (a word list, quick), the futures (a long pattern in some languages)
    # only when the past counts differ, and the side that must have more of them first
    kept = _kept_spans(seg.source, seg.target)  # a quoted title the target holds as written
    s_past, t_past = list(s_data.past.finditer(seg.source)), list(t_data.past.finditer(seg.target))
    s_past = _not_names(_outside(s_past, kept), seg.source, _name_spans(seg))
    t_past = _not_names(t_past, seg.target)
    n_past = len(s_past)
    s_perf = list(s_data.perfect.finditer(seg.source)) if len(t_past) > n_past else []
    if s_perf and not s_data.lasting.search(seg.source):
        # "has been sold": rightly "foi vendido"; "has been CEO since 2019" is not read so
        n_past += max(0, len(s_perf) - len(t_data.perfect.findall(seg.target)))
    if len(t_past) > n_past:
        s_fut = _outside(_futures(seg.source, s_data), kept)
        t_fut = _futures(seg.target, t_data) if s_fut else []
        if len(t_fut) < len(s_fut):
            said, was, what = s_fut[len(t_fut)], t_past[n_past], "a future made a past"
        else:
            # the present forms of "be" (a word list): "is" written "foi", "são" written "were"
            s_now = _not_names(_outside(_presents(seg.source, s_data), kept), seg.source,
                               _name_spans(seg))  # fmt: skip
            t_now = _presents(seg.target, t_data) if s_now else []
            if len(t_now) < len(s_now):
                t_now += list(t_data.present_target.finditer(seg.target))
            if len(t_now) >= len(s_now):
                return []
            said, was, what = s_now[len(t_now)], t_past[n_past], "a present made a past"
    elif len(t_past) < len(s_past):
        t_fut = _futures(seg.target, t_data)
        s_fut = _outside(_futures(seg.source, s_data), kept) if t_fut else []
        if len(t_fut) > len(s_fut):
            said, was, what = s_past[len(t_past)], t_fut[len(s_fut)], "a past made a future"
        else:
            # "was" written "é", "foi" written "is": what was is said to hold now
            # the source's presents read widely (more of them only makes a hold rarer): the
            # idioms of ``not_present`` too ("a phenomenon that is"), "I'm", "we're" ("Estou",
            # "Estamos"), "has been ... since" ("tem sido")
            t_now = _not_names(_presents(seg.target, t_data), seg.target)
            s_now = [*s_data.present.finditer(seg.source), *s_data.contracted.finditer(seg.source),
                     *s_data.present_target.finditer(seg.source),
                     *s_data.wide.finditer(seg.source)] if t_now else []  # fmt: skip
            if len(t_now) > len(s_now):
                # "há" (there is) written "there is": a present, one for each such pair
                there = len(t_data.there.findall(seg.target))
                s_now += list(s_data.existential.finditer(seg.source))[:there]
            # an unreal past ("If I was a photo editor", "Se eu fosse") says no time
            s_past = [m for m in s_past if not s_data.unreal.search(seg.source, 0, m.start())]
            if len(t_now) <= len(s_now) or len(t_past) >= len(s_past):
                return []
            said, was, what = s_past[len(t_past)], t_now[len(s_now)], "a past made a present"
    else:
        return []
    return [_tense_finding(seg, said, was, what)]


def _tense_finding(seg: TranslatedSegment, said: re.Match[str], was: re.Match[str],
                   what: str) -> Finding:  # fmt: skip
    return Finding(
        "numbers", "error",
        f"the source says {said.group()!r} and the target {was.group()!r} where the source has "
        f"no such tense: {what}",
        segment=seg.id, source_span=said.span(), target_span=was.span(),
        data={"kind": "tense"},
    )  # fmt: skip


# --- restrictors: "only 5" written "5" --------------------------------------------------------

@cache
def _restrictor_data(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """``[restrictors]`` of ``locales/facts/<lang>.toml``: the restrictors read in a source and
    the words that say a restriction, read in a target; None when the language has none."""
    data = facts_data(lang).get("restrictors")
    if not data or not data.get("words") or not data.get("said"):
        return None
    words = _alt([str(w) for w in data["words"]])
    not_after = "".join(rf"(?<!\b{re.escape(str(w))}\s)" for w in data.get("not_after", []))
    alts = [rf"(?:{words})(?![\w'’-])"]
    if data.get("before_amount"):
        spelled = [str(w) for w in data.get("amounts", [])]
        for table in ("units", "teens", "tens"):
            spelled += [str(w) for w in facts_data(lang).get("number_words", {}).get(table, {})]
        alts.append(rf"(?:{_alt([str(w) for w in data['before_amount']])})"
                    rf"(?=\s+(?:\d|(?:{_alt(spelled) or '(?!)'})(?![\w'’-])))")  # fmt: skip
    # not a part of a name ("One&Only Resorts")
    source = re_compile(rf"(?i)(?<![\w'’&/+-]){not_after}(?:{'|'.join(alts)})")
    said = re_compile(rf"(?i)(?<![\w'’-])(?:{_alt([str(w) for w in data['said']])})(?![\w'’-])")
    return source, said


@cache
def _restrictor_triggers(lang: str) -> tuple[str, ...] | None:
    """The restrictors of ``[restrictors]`` in lower case: every match of the source pattern holds
    one, so an ASCII text whose lower case holds none has no restrictor (a string search, an
    eighth of the pattern's time). None when a word holds a letter the pattern's case folding
    also matches with an ASCII one other than its lower and upper case ("ı" for "i"): then the
    pattern alone decides."""
    data = facts_data(lang).get("restrictors")
    if not data or not data.get("words"):
        return None
    words = [str(w) for w in data["words"]] + [str(w) for w in data.get("before_amount", [])]
    for letter in {c for w in words for c in w if not c.isascii()}:
        folds = re_compile(f"(?i){re.escape(letter)}")
        if any(folds.fullmatch(chr(code)) for code in range(128)):
            return None
    return tuple(w.lower() for w in words)


def _no_restrictor(text: str, lang: str) -> bool:
    """True when ``text`` surely holds no restrictor of ``lang`` (False: the pattern must tell)."""
    triggers = _restrictor_triggers(lang)
    if triggers is None or not text.isascii():
        return False
    low = text.lower()
    return not any(w in low for w in triggers)


def check_restrictors(seg: TranslatedSegment, ctx: CheckContext) -> list[Finding]:
    """A restriction dropped: "only 5 people" written "5 pessoas", "apenas três meses" written
    "three months", "only if" written "se" (what is limited is said without its limit). Read on
    ``[restrictors]`` of ``locales/facts/<lang>.toml``: blocking when the source writes more
    restrictors ("only", "just" before an amount; "apenas", "somente", "só") than the target
    writes words that say one (any of ``said``: "just", "solely", "a única", "sozinho").
    Calibrated on every real output of sets A..P: one of 263 with a restrictor writes fewer, an
    engine error ("Só brincando!" written "So joking!"). A language without the data is not
    checked."""
    if _skip(seg):
        return []
    src_lang = seg.segment.lang or ctx.source_lang
    s_data, t_data = _restrictor_data(src_lang), _restrictor_data(ctx.target_lang)
    if s_data is None or t_data is None or _no_restrictor(seg.source, src_lang):
        return []
    source = list(s_data[0].finditer(seg.source))
    if not source or len(t_data[1].findall(seg.target)) >= len(source):
        return []
    m = source[0]
    return [Finding(
        "numbers", "error",
        f"the source says {m.group()!r} ({len(source)} time(s)) and the target says no "
        "restriction in its place: what is limited is said without its limit",
        segment=seg.id, source_span=m.span(), data={"kind": "restrictor"},
    )]  # fmt: skip


# --- quantifiers: "most people" written "algumas pessoas", "todos" written "some" --------------

@dataclass(frozen=True)
class _Quantifiers:
    pattern: re.Pattern[str]
    kinds: dict[str, tuple[str, ...]]  # a word (case-folded) -> its kinds ("all", "most", ...)
    after: re.Pattern[str] | None  # a word of ``not_after`` ending a text ("the ", "at ")
    quick: tuple[str, ...] | None  # see _quick_words
    idioms: re.Pattern[str] | None = None  # phrases whose quantifier is no share (``idioms``)


_QUANTIFIER_KEYS = frozenset({"not_after", "degree", "adjective_endings", "idioms"})


@cache
def _quantifier_data(lang: str) -> _Quantifiers | None:
    """``[quantifiers]`` of ``locales/facts/<lang>.toml``: a list of words for each kind of
    quantity ("all", "most", "many", "some", "few"), one pattern for them all; None when the
    language has none."""
    data = facts_data(lang).get("quantifiers")
    if not data:
        return None
    kinds: dict[str, tuple[str, ...]] = {}
    for kind, words in data.items():
        if kind not in _QUANTIFIER_KEYS and isinstance(words, list):
            for w in words:
                kinds[str(w).casefold()] = (*kinds.get(str(w).casefold(), ()), str(kind))
    if not kinds:
        return None
    before = [str(w) for w in data.get("not_after", [])]
    degree = [str(w) for w in data.get("degree", []) if str(w).casefold() in kinds]
    plain = [w for w in kinds if w not in {d.casefold() for d in degree}]
    alts = [_alt(plain)]
    if degree and data.get("adjective_endings"):
        # "most" before an adjective or an adverb is a degree ("the most isolated", "most
        # famously"), not a share; so is "most" ending its clause, after the verb it grades
        # ("the few things that matter most.", "what she missed most, ..."; probe33)
        endings = _alt([str(e) for e in data["adjective_endings"]])
        alts.insert(0, rf"(?:{_alt(degree)})(?!\s+[^\W\d_]+(?:{endings})(?![\w'’-]))"
                       r"(?!\s*(?:[.,;:!?)\]]|$))")
    # ``not_after`` is read on the few matches, not by a look-behind at every position
    idioms = [str(x) for x in data.get("idioms", [])]
    return _Quantifiers(re_compile(rf"(?i)(?<![\w'’-])(?:{'|'.join(alts)})(?![\w'’-])"), kinds,
                        re_compile(rf"(?i)(?<![\w'’-])(?:{_alt(before)})\s$") if before else None,
                        _quick_words(list(kinds)),
                        re_compile("(?i)" + _alt_regex(idioms)) if idioms else None)  # fmt: skip


def _alt_regex(patterns: list[str]) -> str:
    """Regexes as one alternation, each in a group of its own."""
    return "|".join(f"(?:{p})" for p in patterns)


def _quantities(text: str, data: _Quantifiers) -> dict[str, list[re.Match[str]]]:
    """The quantifiers of ``text`` by kind; none inside a phrase of ``idioms`` ("um em cada
    três" is a ratio, "por todo o país" a place: probe40).

    >>> data = _quantifier_data("pt")
    >>> assert data is not None
    >>> sorted(_quantities("um em cada três viajou por todo o país", data))
    []
    >>> sorted(_quantities("cada paciente, em todos os estados", data))
    ['all']
    """
    out: dict[str, list[re.Match[str]]] = {}
    if _surely_absent(text, data.quick):
        return out
    idioms: list[tuple[int, int]] | None = None
    for m in data.pattern.finditer(text):
        if data.after is not None and data.after.search(text, max(0, m.start() - 16), m.start()):
            continue  # "the most popular", "how many", "as many as"
        if data.idioms is not None:
            if idioms is None:  # read once, and only for a text with a quantifier
                idioms = [i.span() for i in data.idioms.finditer(text)]
            if any(a <= m.start() and m.end() <= b for a, b in idioms):
                continue
        for kind in data.kinds[m.group().casefold()]:  # "vários" is many and some
            out.setdefault(kind, []).append(m)
    return out


def _quick_words(words: list[str]) -> tuple[str, ...] | None:
    """``words`` in lower case, for a string search before a case-blind pattern of them (every
    match holds one, so an ASCII text whose lower case holds none has no match); None when a
    word holds a letter that case folding also matches with an ASCII letter other than its own
    cases ("ı" for "i"): then the pattern alone decides."""
    for letter in {c for w in words for c in w if not c.isascii()}:
        folds = re_compile(f"(?i){re.escape(letter)}")
        if any(folds.fullmatch(chr(code)) for code in range(128)):
            return None
    return tuple(w.lower() for w in words)


# the only letters that a case-blind pattern matches with an ASCII letter other than their own
# cases (Python's ``re`` documentation: "İ", "ı", "ſ", the Kelvin sign)
_FOLD_TO_ASCII = ("\u0130", "\u0131", "\u017f", "\u212a")


def _surely_absent(text: str, quick: tuple[str, ...] | None) -> bool:
    """True when ``text`` surely holds none of the words of ``quick`` (see _quick_words): its
    lower case holds none, and it holds no letter that case folding matches with an ASCII one
    ("ſ" for "s"; curly quotes and accented letters do not stop the quick test)."""
    if quick is None or any(c in text for c in _FOLD_TO_ASCII):
        return False
    low = text.lower()
    return not any(w in low for w in quick)


def check_quantifiers(seg: TranslatedSegment, ctx: CheckContext) -> list[Finding]:
    """A quantity of another kind: "most people" written "algumas pessoas", "todos" written
    "some", "many" written "poucos" (every number kept, the share said otherwise). Read on
    ``[quantifiers]`` of ``locales/facts/<lang>.toml``, a list of words for each kind (all,
    most, many, some, few; "a few" is some, "few" alone is few; a word of two kinds counts for
    both, "vários" is many and some; not after ``not_after``: "the most popular", "how many").
    Blocking when the target says a kind fewer times than the source
    and another kind more times than the source (a kind said in other words, "all" written "the
    whole", passes when the data lists them; a quantifier dropped is not read here). A language
    without the data is not checked."""
    if _skip(seg):
        return []
    s_data, t_data = _quantifier_data(seg.segment.lang or ctx.source_lang), _quantifier_data(
        ctx.target_lang)
    if s_data is None or t_data is None:
        return []
    source = _quantities(seg.source, s_data)
    if not source:
        return []
    target = _quantities(seg.target, t_data)
    lost = next((k for k in source if len(target.get(k, ())) < len(source[k])), None)
    added = next((k for k in target if len(target[k]) > len(source.get(k, ()))), None)
    if lost is None or added is None:
        return []
    said, was = source[lost][len(target.get(lost, ()))], target[added][len(source.get(added, ()))]
    return [Finding(
        "numbers", "error",
        f"the source says {said.group()!r} ({lost}) and the target {was.group()!r} ({added}) "
        "where the source has no such quantity: the share is said otherwise",
        segment=seg.id, source_span=said.span(), target_span=was.span(),
        data={"kind": "quantifier"},
    )]  # fmt: skip


# --- lists: "paper, pencil and eraser" written "papel e borracha" ------------------------------

@cache
def _list_patterns(
    lang: str, side: str
) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]] | None:
    """``[lists]`` of ``locales/facts/<lang>.toml``: a run of short items joined by commas and a
    last conjunction ("A, B and C", "A, B, or C"; the match ends at the conjunction), and a run
    joined by the conjunction alone ("doces e suculentos e texturas"), an item of at most
    ``source_item_words`` (``side`` "source") or ``target_item_words`` words; None when the
    language has no data."""
    data = facts_data(lang).get("lists")
    if not data or not data.get("conjunctions"):
        return None
    more = max(0, int(data.get(f"{side}_item_words", 2)) - 1)
    every = [str(w) for w in data["conjunctions"]]
    # a source's list is read on ``source_conjunctions`` ("and": "A, B or C" is as often a
    # clause, "in those cases, a vertical or roller-ball mouse"), a target's on all of them
    conj = _alt([str(w) for w in data.get(f"{side}_conjunctions", every)])
    # an item holds no conjunction ("A and B, C") and, in a source, does not start with one of
    # ``not_in_source`` (a preposition or a subordinator starts a clause: "Earth orbit, despite
    # cost and"); a word may hold a dot ("e.g.", "U.S.")
    stop = [str(w) for w in data.get("not_in_source", [])] if side == "source" else []
    # in a target a word may also hold a comma between digits: a decimal comma the localizer
    # wrote ("1,1, 1,5 e 2,0" for "1.1, 1.5 and 2.0" is three items)
    tail = r"(?:[\w'’.-]|,(?=\d))*" if side == "target" else r"[\w'’.-]*"
    word = rf"(?!(?:{_alt(every)})(?![\w'’-]))\w{tail}"
    first = rf"(?!(?:{_alt([*every, *stop])})(?![\w'’-]))\w{tail}"
    item = rf"{first}(?:[ \t]{word}){{0,{more}}}"
    return (re_compile(rf"(?<![\w'’-])(?:{item}, )+{item}(,?) (?:{conj})(?![\w'’-])",
                       re.IGNORECASE),
            re_compile(rf"(?<![\w'’-]){item}(?: (?:{conj}) {item}){{2,}}(?![\w'’-])",
                       re.IGNORECASE),
            re_compile(rf" (?:{conj}) ", re.IGNORECASE))  # fmt: skip


def _longest_list(text: str, patterns: tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]],
                  chains: bool) -> tuple[int, re.Match[str] | None]:
    """The number of items of the longest list of ``text`` and its match (0, None: no list):
    "A, B and" and "A, B, and" are three; with ``chains`` (a target), "A e B e C" is three."""
    best, where = 0, None
    if ", " in text:
        for m in patterns[0].finditer(text):
            items = m.group().count(",") + (1 if m.group(1) else 2)
            if items > best:
                best, where = items, m
    if chains:
        for m in patterns[1].finditer(text):
            items = len(patterns[2].findall(m.group())) + 1
            if items > best:
                best, where = items, m
    return best, where


@cache
def _repeat_pattern(lang: str) -> re.Pattern[str] | None:
    """A word, a conjunction of ``[lists]`` and the same word again ("deeper and deeper", "more
    and more", "mais e mais"): one word said twice for emphasis, no two items of a list."""
    data = facts_data(lang).get("lists")
    if not data or not data.get("conjunctions"):
        return None
    conj = _alt([str(w) for w in data["conjunctions"]])
    return re_compile(rf"(?i)(?<![\w'’-])([^\W\d_][\w'’-]*)( (?:{conj}) \1)(?![\w'’-])")


def _unrepeated(text: str, lang: str) -> str:
    """``text`` with each repeated word's repetition ("and deeper" of "deeper and deeper")
    blanked, same length: the pair is one item of a list, not two."""
    pattern = _repeat_pattern(lang)
    if pattern is None or pattern.search(text) is None:
        return text
    return pattern.sub(lambda m: m.group(1) + " " * len(m.group(2)), text)


@cache
def _list_fixed(lang: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """The date whose commas are its own ("February 21, 2001,", "April, 2005": CLDR's month
    names of ``lang``, a day, a year) and the fixed pairs of ``[lists] fixed_pairs`` ("first and
    foremost", "by and large"): neither is an item of a list."""
    from babel.core import Locale, UnknownLocaleError
    from babel.dates import get_month_names

    dates = None
    try:
        loc = Locale.parse(lang.replace("-", "_"))
        months = {str(n) for width in ("wide", "abbreviated")
                  for n in get_month_names(width, locale=loc).values()}  # fmt: skip
    except (UnknownLocaleError, ValueError):
        months = set()
    if months:
        dates = re_compile(rf"(?<![\w-])(?:{_alt(months)})\.?(?:\s\d{{1,2}})?(,)?\s"
                           r"(?:[^\W\d_]{1,3}\s)?\d{4}(,)?(?![\w-])", re.IGNORECASE)  # fmt: skip
    pairs = [str(w) for w in facts_data(lang).get("lists", {}).get("fixed_pairs", [])]
    fixed = re_compile(rf"(?<![\w'’-])(?:{_alt(pairs)})(?![\w'’-])", re.IGNORECASE) if pairs \
        else None  # fmt: skip
    return dates, fixed


def _list_source(text: str, lang: str) -> str:
    """``text`` with a date's commas blanked and a fixed pair made one word, same length: the
    text a list is read in ("On February 21, 2001, Eminem and Elton John" lists two names; "Em
    21 de fevereiro de 2001, Eminem e Elton John" too).

    >>> _list_source("On February 21, 2001, Eminem and Elton John sang", "en")
    'On February 21  2001  Eminem and Elton John sang'
    >>> _list_source("Em 21 de fevereiro de 2001, Eminem e Elton John", "pt")
    'Em 21 de fevereiro de 2001  Eminem e Elton John'
    >>> _list_source("to work together quickly, first and foremost, to save", "en")
    'to work together quickly, first_and_foremost, to save'
    """
    dates, fixed = _list_fixed(lang)
    if dates is not None and "," in text:
        text = dates.sub(lambda m: "".join(
            " " if m.start() + i in (m.start(1), m.start(2)) and c == "," else c
            for i, c in enumerate(m.group())), text)  # fmt: skip
    if fixed is not None:
        text = fixed.sub(lambda m: m.group().replace(" ", "_"), text)
    return text


def check_lists(seg: TranslatedSegment, ctx: CheckContext) -> list[Finding]:
    """An item of a list dropped: "paper, pencil and eraser" written "papel e borracha" (one of
    the named things lost, every number kept). Read on ``[lists]`` of
    ``locales/facts/<lang>.toml`` (the conjunctions, and how many words an item may have, read
    strictly in the source and leniently in the target): blocking when the source's longest
    list of short items has three or more and the target's longest has fewer. A list written as
    longer phrases in the target (items of more words than ``target_item_words``) passes
    unread. A language without the data is not checked."""
    if _skip(seg):
        return []
    source_lang = seg.segment.lang or ctx.source_lang
    s_pat = _list_patterns(source_lang, "source")
    t_pat = _list_patterns(ctx.target_lang, "target")
    if s_pat is None or t_pat is None:
        return []
    # a word said twice in the source ("deeper and deeper") is one item; not in the target,
    # where two words of the source may have been made one ("customers and clients" written
    # "clientes e clientes": the distinction is lost, the items are still counted)
    if ", " not in seg.source:  # a source's list is "A, B and C": none without a comma
        return []
    items, where = _longest_list(_unrepeated(_list_source(seg.source, source_lang), source_lang),
                                 s_pat, chains=False)  # fmt: skip
    if items < 3 or where is None:
        return []
    target = _list_source(seg.target, ctx.target_lang)
    if _longest_list(target, t_pat, chains=True)[0] >= items:
        return []
    # a list the engine left in the source's language ("[pt-BR] paper, pencils and erasers",
    # a quoted English phrase) is still a list: read the target on the source's words too
    left = _list_patterns(source_lang, "target")
    if left is not None and _longest_list(target, left, chains=True)[0] >= items:
        return []
    return [Finding(
        "numbers", "error",
        f"the source lists {items} things ({where.group()!r}...) and the target fewer: an item "
        "of the list was lost",
        segment=seg.id, source_span=where.span(), data={"kind": "list-item"},
    )]  # fmt: skip


# --- day words: "yesterday" or "today" dropped --------------------------------------------------

@dataclass(frozen=True)
class _DayWords:
    pattern: re.Pattern[str]
    kinds: dict[str, str]  # a word (case-folded) -> its day ("yesterday", "today", ...)
    idioms: frozenset[str]  # matched and not counted ("hoje em dia", nowadays)
    target_only: frozenset[str]  # counted in a target only ("today's": "atuais" in a source)
    quick: tuple[str, ...] | None  # see _quick_words


@cache
def _day_word_data(lang: str) -> _DayWords | None:
    """``[day_words]`` of ``locales/facts/<lang>.toml``: the words of each day relative to the
    day of writing, and the idioms that hold one and name no day; None when there are none."""
    data = facts_data(lang).get("day_words")
    if not data:
        return None
    kinds = {str(w).casefold(): str(day) for day, words in data.items()
             if day not in ("idioms", "target_only") and isinstance(words, list)
             for w in words}  # fmt: skip
    if not kinds:
        return None
    idioms = frozenset(str(w).casefold() for w in data.get("idioms", []))
    return _DayWords(re_compile(rf"(?i)(?<![\w'’-])(?:{_alt([*idioms, *kinds])})(?![\w'’-])"),
                     kinds, idioms,
                     frozenset(str(w).casefold() for w in data.get("target_only", [])),
                     _quick_words([*idioms, *kinds]))  # fmt: skip


def _day_inside(text: str, idiom: re.Match[str], data: _DayWords) -> re.Match[str] | None:
    """A day word that starts inside the idiom ``idiom`` and runs past its end: "até hoje à
    noite" (until tonight) is read "até" and "hoje à noite", not the idiom "até hoje" (to
    this day) and "à noite". An idiom is a few words: each later word start is tried once.

    >>> d = _day_word_data("pt")
    >>> m = d.pattern.search("até hoje à noite")
    >>> _day_inside("até hoje à noite", m, d).group()
    'hoje à noite'
    >>> _day_inside("até hoje, nada", d.pattern.search("até hoje, nada"), d) is None
    True
    """
    for i, ch in enumerate(idiom.group()):
        if ch.isspace():
            m = data.pattern.match(text, idiom.start() + i + 1)
            if m is not None and m.end() > idiom.end() and m.group().casefold() not in data.idioms:
                return m
    return None


def _days(text: str, data: _DayWords, target: bool) -> dict[str, list[re.Match[str]]]:
    out: dict[str, list[re.Match[str]]] = {}
    if _surely_absent(text, data.quick):
        return out
    pos = 0
    while (m := data.pattern.search(text, pos)) is not None:
        word = m.group().casefold()
        if word in data.idioms:
            inner = _day_inside(text, m, data)
            if inner is not None:
                m, word = inner, inner.group().casefold()
        pos = m.end()
        if word not in data.idioms and (target or word not in data.target_only):
            out.setdefault(data.kinds[word], []).append(m)
    return out


def check_day_words(seg: TranslatedSegment, ctx: CheckContext) -> list[Finding]:
    """A day dropped: "said on Tuesday ... yesterday" written without "ontem", "hoje" written
    without "today" (when something happened is lost; a day turned into another is read by
    the relative-time check). Read on ``[day_words]`` of ``locales/facts/<lang>.toml``: the
    words for yesterday, today, tomorrow and tonight. Blocking when the target says one of them
    fewer times than the source (idioms that name no day, "hoje em dia", are not counted; a
    source word copied into the target, "USA TODAY", says it). A language without the data is
    not checked."""
    if _skip(seg):
        return []
    s_data = _day_word_data(seg.segment.lang or ctx.source_lang)
    t_data = _day_word_data(ctx.target_lang)
    if s_data is None or t_data is None:
        return []
    source = _days(seg.source, s_data, target=False)
    if not source:
        return []
    target = _days(seg.target, t_data, target=True)
    # a name copied as written ("USA TODAY", "Get New York Today") says the source's word
    copied = _days(seg.target, s_data, target=True) if s_data is not t_data else {}
    lost = next((k for k in source if max(len(target.get(k, ())), len(copied.get(k, ())))
                 < len(source[k])), None)  # fmt: skip
    if lost is None:
        return []
    said = source[lost][len(target.get(lost, ()))]
    return [Finding(
        "dates", "error",
        f"the source says {said.group()!r} ({lost}) and the target does not say it: when it "
        "happened is lost",
        segment=seg.id, source_span=said.span(), data={"kind": "day-word"},
    )]  # fmt: skip


# An opening phrase of this many words or fewer before the sentence's first comma ("In Virginia,",
# "Since Olivier Vernon's injury a couple of weeks ago,") is read by the opening check.
_OPENING_WORDS = 10


@cache
def _opening_data(lang: str) -> tuple[frozenset[str], dict[str, re.Pattern[str]],
                                      dict[str, str]]:  # fmt: skip
    """(starters, key -> a pattern of the key's forms anywhere, a folded form -> its key, but
    for ``target_only`` forms, which render a key but open too much else alone) of
    ``[openings]`` of ``locales/facts/<lang>.toml``; compiled once per language."""
    data = facts_data(lang).get("openings") or {}
    starters = frozenset(str(w) for w in data.get("starters", []))
    anywhere: dict[str, re.Pattern[str]] = {}
    forms: dict[str, str] = {}
    for key, words in (data.get("connectives") or {}).items():
        anywhere[key] = regexcache.compile(
            r"(?<!\w)(?:" + "|".join(re.escape(str(w)) for w in words) + r")(?!\w)", re.I)
        for w in words:
            forms.setdefault(str(w).casefold(), key)
    for w in data.get("target_only", []):
        forms.pop(str(w).casefold(), None)
    return starters, anywhere, forms


def check_opening_lost(seg: TranslatedSegment, ctx: CheckContext) -> list[Finding]:
    """An opening phrase of the source (up to its first comma, ten words or fewer, a main
    clause after it) that the target lost where the loss shows (``[openings]`` of
    ``locales/facts/<lang>.toml``): a phrase alone of a connective ("However,", "At the time,")
    whose key the target writes in none of its language's forms; or a phrase that begins with a
    starter ("In", "Since", "Na") and holds a capitalized word, not an ordinary word of the
    source language's spelling dictionary, nor begun with two capitals ("AI" is "IA", "ICUs",
    "FDA-approved"), nor a place,
    calendar or glossary name, that is nowhere in the target (the word, or its first four
    letters): "In Virginia, they voted" written "Eles votaram". Blocking."""
    if _skip(seg):
        return []
    comma = seg.source.find(",")
    if comma <= 0 or len(seg.source[:comma].split()) > _OPENING_WORDS \
            or len(seg.source[comma + 1:].split()) < 3:
        return []
    src_lang = seg.segment.lang or ctx.source_lang
    starters, _, forms = _opening_data(src_lang)
    opening = seg.source[:comma].strip()
    key = forms.get(opening.casefold())
    if key is not None:
        said = _opening_data(ctx.target_lang)[1].get(key)
        if said is None or said.search(seg.target) \
                or _copied_phrase(seg.source, 0, comma, seg.target):
            return []
        return [Finding(
            "names", "error",
            f"the source's opening {opening!r} is nowhere in the target: the phrase was lost",
            segment=seg.id, source_span=(0, comma), data={"kind": "opening-lost"},
        )]  # fmt: skip
    first = opening.split(maxsplit=1)[0].casefold() if opening else ""
    if first not in starters:
        return []
    s_data = _name_data(src_lang)
    if s_data is None:
        return []
    from .glossary.words import language_words

    lexicon = language_words(src_lang)
    if lexicon is None or not lexicon.common:
        return []  # no spelling dictionary: a capital says nothing ("Na Cúpula dos Governos")
    if _title_cased(seg.source, empty=False):
        return []
    common = lexicon.common
    stop = _folded_names(s_data[3])
    skip = _name_skip_words(src_lang)
    glossary = _name_spans(seg)
    t_all = _folded_words(seg.target)
    for w, start, end, run_start, run_end in _name_words(seg.source, s_data[0]):
        if end > comma:
            break
        if (start == 0 or len(w) < 3 or seg.source[start:start + 2].isupper() or w in stop
                or w in skip or w in common or _inside((start, end), glossary)
                or all(part in common for part in w.split("-"))
                or w in t_all or (len(w) >= 4 and any(t.startswith(w[:4]) for t in t_all))
                or _glossary_named(seg.source, (run_start, run_end), seg.target, src_lang,
                                   ctx.target_lang)):
            continue  # fmt: skip
        return [Finding(
            "names", "error",
            f"the source's opening phrase {opening!r} is lost: its "
            f"{seg.source[start:end]!r} is nowhere in the target",
            segment=seg.id, source_span=(0, comma), data={"kind": "opening-lost"},
        )]  # fmt: skip
    return []


# --- conditionals: "if X, Y" written "X, Y", "seria" written "é" ----------------------------

@dataclass(frozen=True)
class _Conditional:
    if_source: re.Pattern[str]
    if_said: re.Pattern[str]
    mood_source: re.Pattern[str]
    mood_said: re.Pattern[str]
    not_mood: frozenset[str]


@cache
def _conditional_data(lang: str) -> _Conditional | None:
    """``[conditional]`` of ``locales/facts/<lang>.toml``; None when the language has none."""
    data = facts_data(lang).get("conditional")
    if not data or not data.get("if_source") or not data.get("if_said"):
        return None
    return _Conditional(
        re_compile(str(data["if_source"])), re_compile(str(data["if_said"])),
        re_compile(str(data.get("mood_source", "(?!)"))),
        re_compile(str(data.get("mood_said", "(?!)"))),
        frozenset(str(w).casefold() for w in data.get("not_mood", [])),
    )  # fmt: skip


def _moods(pattern: re.Pattern[str], text: str, data: _Conditional,
           names: bool = False) -> list[re.Match[str]]:
    """The matches of ``pattern`` in ``text`` that are no listed noun (``not_mood``). With
    ``names`` (a source's moods), neither a capitalized word right after a word of its clause
    (a letter, digit or comma before it): a name, not a verb ("ao vencer a Estamparia", a
    print shop's team, is no "estamparia" of "estampar"; probe28). A sentence's or a quotation's
    first word ("Seria", '"Poderia') is still read."""
    return [m for m in pattern.finditer(text) if m.group().casefold() not in data.not_mood
            and not (names and m.group()[:1].isupper() and _after_word(text, m.start()))]


def _after_word(text: str, start: int) -> bool:
    """Whether the last character before ``start`` that is not a space is a letter, a digit or
    a comma: ``start`` is inside a clause, not at a sentence's, quotation's or list's head."""
    before = text[:start].rstrip()
    return bool(before) and (before[-1].isalnum() or before[-1] == ",")


def check_conditional(seg: TranslatedSegment, ctx: CheckContext) -> list[Finding]:
    """A condition or a conditional mood said as a fact (``[conditional]`` of
    ``locales/facts/<lang>.toml``): the source says "if"/"unless" ("Se" opening a clause) and the
    target writes none of its language's words of a condition ("If the bill passes, taxes rise"
    written "The bill passes, taxes rise"); or the source has a conditional mood ("would be",
    "seria", "poderia") and the target writes no conditional, no modal of possibility and no
    condition at all ("seria" written "is"). Blocking. Read only when the target has none: a
    sentence with two conditions and one left is not read, nor a mood said by another mood."""
    if _skip(seg):
        return []
    src_lang = seg.segment.lang or ctx.source_lang
    s_data, t_data = _conditional_data(src_lang), _conditional_data(ctx.target_lang)
    if s_data is None or t_data is None:
        return []
    said = s_data.if_source.search(seg.source)
    if said is not None:
        if t_data.if_said.search(seg.target):
            return []
        what = "condition"
    else:
        moods = _moods(s_data.mood_source, seg.source, s_data, names=True)
        if not moods or _moods(t_data.mood_said, seg.target, t_data) \
                or t_data.if_said.search(seg.target):
            return []
        said, what = moods[0], "conditional"
    if _copied_phrase(seg.source, said.start(), said.end(), seg.target):
        return []  # copied untranslated ("[pt] If the bill passes…"): not said to be so
    return [Finding(
        "numbers", "error",
        f"the source says {said.group()!r} and the target has no {what}: what may happen is said "
        f"to be so",
        segment=seg.id, source_span=said.span(), data={"kind": "conditional"},
    )]  # fmt: skip


_ACTOR_TOKEN = re_compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*|[^\w\s]")


@cache
def _actor_data(lang: str) -> tuple[frozenset[str], frozenset[str]] | None:
    """(words that may not stand between a subject and its object, articles) of ``lang``:
    ``[actors]`` of ``locales/facts/<lang>.toml``."""
    data = facts_data(lang).get("actors", {})
    between = frozenset(str(w).casefold() for w in data.get("not_between", []))
    if not between:
        return None
    return between, frozenset(str(w).casefold() for w in data.get("articles", []))


@cache
def _actor_concepts(lang: str) -> dict[str, str]:
    """Each word of ``[actors.concepts]`` of ``lang`` (casefolded) -> its key (the same keys in
    every language)."""
    data = facts_data(lang).get("actors", {}).get("concepts", {})
    return {str(w).casefold(): f"={key}" for key, words in data.items() for w in words}


def _actor_words(text: str, lang: str) -> tuple[list[str], dict[str, int]]:
    """The tokens of ``text`` (words and single punctuation marks) and the position of each
    lower-case word by its key: the key of its kind of actor (``[actors.concepts]``), else,
    for a word of four letters or more, its cognate key (folded, doubled letters once, first
    four letters); -1 when two words share a key."""
    tokens = _ACTOR_TOKEN.findall(text)
    keys: dict[str, int] = {}
    for i, tok in enumerate(tokens):
        key = _actor_key(tok, lang, not i)  # the same words come back sentence after sentence
        if key is not None:
            keys[key] = -1 if key in keys else i
    return tokens, keys


@lru_cache(maxsize=65536)
def _actor_key(tok: str, lang: str, first: bool) -> str | None:
    """The key of one token of :func:`_actor_words` (``first``: the sentence's first token),
    None for a token it does not read: one of under three characters, one that does not begin
    with a letter, a name (a capital first, but as the sentence's first word: the name-order
    check reads those), or, for a word that is no ``[actors.concepts]`` word, one of under four
    letters. Read once per token form, language and place (speed39)."""
    if len(tok) < 3:
        return None
    head = tok[0]
    if not head.isalpha() or not (first or head.islower()):
        return None
    key = _actor_concepts(lang).get(tok.casefold())
    if key is None:
        if len(tok) < 4:
            return None
        key = _single(tok)[:4]  # _cognate_key, inlined
    return key


_DOUBLED = re_compile(r"(\w)\1")


@lru_cache(maxsize=65536)
def _single(word: str) -> str:
    """``word`` folded, with doubled letters written once ("supported" / "suportada"; read
    once per word form: the same words come back sentence after sentence)."""
    return _DOUBLED.sub(r"\1", _fold(word))


def _cognate_key(word: str) -> str:
    """A word's cognate key: folded, doubled letters once, its first four letters."""
    return _single(word)[:4]


_ARTICLE, _WORD = 1, 2


@lru_cache(maxsize=65536)
def _actor_kind(tok: str, data: tuple[frozenset[str], frozenset[str]]) -> int:
    """What :func:`_actor_role` reads one token as, with ``data`` (``_actor_data``'s
    not-between words and articles): ``_ARTICLE`` for an article; ``_WORD`` for a word of a
    verb or a noun (three characters or more, a lower-case letter first, neither an article nor
    a not-between word); else 0. Read once per token form and language (speed42: the same
    words come back sentence after sentence, each read several times a sentence)."""
    between, articles = data
    folded = tok.casefold()
    if folded in articles:
        return _ARTICLE
    if len(tok) >= 3 and tok[0].isalpha() and tok[0].islower() and folded not in between:
        return _WORD
    return 0


def _actor_role(tokens: list[str], i: int,
                data: tuple[frozenset[str], frozenset[str]]) -> str | None:  # fmt: skip
    """"subject" when ``tokens[i]`` (after an article, or first) stands before a verb and an
    article and a word ("the police arrested the protesters"), "object" when after an article
    and a verb that follow a word with an article ("the protesters arrested the police"), else
    (neither, or both) None. One or two words make the verb ("has arrested", "militar
    prendeu": an adjective after its noun stands in the gap too). Read on the tokens' kinds
    (:func:`_kind_role`)."""
    if i and tokens[i - 1].casefold() not in data[1]:
        return None  # both readings need an article just before (or the sentence's first word)
    return _kind_role(_actor_kinds(tokens, data), i)


_PAD_BEFORE, _PAD_AFTER = 6, 4  # the farthest token a role reads: 6 before, 4 after


def _actor_kinds(tokens: list[str],
                 data: tuple[frozenset[str], frozenset[str]]) -> list[int]:  # fmt: skip
    """Each token's :func:`_actor_kind`, with ``_PAD_BEFORE`` zeros before and ``_PAD_AFTER``
    after (no token stands there: no article and no word), read once per sentence side for
    every role :func:`_kind_role` reads on it (speed49; the role read each kind through a
    bounds test and a memo call, several times per token)."""
    return [*(0,) * _PAD_BEFORE, *(_actor_kind(t, data) for t in tokens), *(0,) * _PAD_AFTER]


def _kind_role(kinds: list[int], i: int) -> str | None:
    """:func:`_actor_role` of token ``i`` on its sentence's :func:`_actor_kinds`, its readings
    written out: a subject stands first or after an article, and before a word (the verb) then
    an article and a word, or then a word (a verb of two words, or a verb and an object
    without an article: the two-word verb's reading needs that second word too); an object
    stands after an article and two words before it, with an article before those (one or
    two places), or a third word and an article before that (one or two places)."""
    c = i + _PAD_BEFORE
    if i and kinds[c - 1] != _ARTICLE:
        return None  # both readings need an article just before (or the sentence's first word)
    w, a = _WORD, _ARTICLE
    subject = kinds[c + 1] == w and (
        (kinds[c + 2] == a and kinds[c + 3] == w) or kinds[c + 2] == w)  # a verb of one word
    # (a verb of two words: "has arrested the"; its second word is the n == 1 reading's word)
    obj = i > 0 and kinds[c - 2] == w and kinds[c - 3] == w and (
        kinds[c - 4] == a or kinds[c - 5] == a
        or (kinds[c - 4] == w and (kinds[c - 5] == a or kinds[c - 6] == a)))
    if subject == obj:
        return None
    return "subject" if subject else "object"


def check_actor_order(seg: TranslatedSegment, ctx: CheckContext) -> list[Finding]:
    """Two actors that are no names keep their places around the verb: "the police arrested
    the protesters" written "os manifestantes prenderam a polícia" says who did what the other
    way round, and no name, number or word count sees it. Read on the lower-case words of four
    letters or more that the two sides write as cognates (the same first four letters,
    folded, doubled letters once: "police" / "polícia", "government" / "governo"), each once on
    each side: one that stands as a subject on one side ("the police arrested the": after an
    article, before a verb of one or two words and an article) and as an object on the other
    ("the protesters arrested the police": after a word with its article, a verb and an
    article). A verb's words are none of the prepositions, conjunctions, relatives, copulas or
    pronouns of ``[actors] not_between`` of ``locales/facts/<lang>.toml``. Blocking. "os
    manifestantes foram presos pela polícia" (a passive: "pela" stands in the verb's place)
    and "o plano do governo" are not read; an adjective after its noun ("subsídios solares
    públicos") stands after no article and is not read either."""
    if _skip(seg):
        return []
    src_lang = seg.segment.lang or ctx.source_lang
    s_data, t_data = _actor_data(src_lang), _actor_data(ctx.target_lang)
    if s_data is None or t_data is None:
        return []
    s_tokens, s_keys = _actor_words(seg.source, src_lang)
    if not s_keys:
        return []
    s_kinds = _actor_kinds(s_tokens, s_data)  # each token's kind, read once (speed49)
    s_roles = {i: role for i in s_keys.values()
               if i == 0 or (i > 0 and s_kinds[i + _PAD_BEFORE - 1] == _ARTICLE)
               if (role := _kind_role(s_kinds, i)) is not None}
    if not s_roles:
        return []  # no actor of the source stands as a subject or an object
    t_tokens, t_keys = _actor_words(seg.target, ctx.target_lang)
    both = sorted((i, t_keys[k]) for k, i in s_keys.items()
                  if i in s_roles and t_keys.get(k, -1) >= 0)
    t_kinds = _actor_kinds(t_tokens, t_data) if both else []
    for s1, t1 in both:  # one actor: the subject on one side, the object on the other
        s_role = s_roles[s1]
        t_role = _kind_role(t_kinds, t1)
        if s_role and t_role and s_role != t_role:
            return [Finding(
                "names", "error",
                f"the source has {s_tokens[s1]!r} {'before' if s_role == 'subject' else 'after'}"
                f" its verb and the target {t_tokens[t1]!r} "
                f"{'before' if t_role == 'subject' else 'after'} its verb: who did what to whom "
                "may be turned",
                segment=seg.id, data={"kind": "actor-order"},
            )]  # fmt: skip
    return []


# --- whose claim it is, who did it: an attribution or a passive's agent lost (hostile20) -----

@dataclass(frozen=True)
class _Attribution:
    source: re.Pattern[str]
    said: re.Pattern[str]
    # the literal strings every match of ``source`` starts with (regexcache.literal_heads), or
    # None: a source without any of them is not scanned
    heads: tuple[str, ...] | None = None


@cache
def _attribution_data(lang: str) -> _Attribution | None:
    """``[attribution]`` of ``locales/facts/<lang>.toml``; None when the language has none."""
    data = facts_data(lang).get("attribution")
    if not data or not data.get("source") or not data.get("said"):
        return None
    return _Attribution(re_compile(str(data["source"])), re_compile(str(data["said"])),
                        regexcache.literal_heads(str(data["source"])))


def check_attribution_lost(seg: TranslatedSegment, ctx: CheckContext) -> list[Finding]:
    """Whose claim it is, lost (``[attribution]`` of ``locales/facts/<lang>.toml``): the source
    attributes what it says ("Officials said the bridge will close", "..., disse o ministro",
    "According to the police, ...") and the target writes none of its language's words of
    saying or attributing anywhere ("The bridge will close"), or fewer of them than the source
    has attributions ("South Africa said X had told Y ... and the military said" written with
    two): a claim published as a fact. Blocking. The target's words are read broadly (any verb
    of saying, "report", "sources"), so an attribution said by another verb is not read."""
    if _skip(seg):
        return []
    src_lang = seg.segment.lang or ctx.source_lang
    s_data, t_data = _attribution_data(src_lang), _attribution_data(ctx.target_lang)
    if s_data is None or t_data is None:
        return []
    heads, source = s_data.heads, seg.source
    if heads is not None and not any(h in source for h in heads):
        return []  # every attribution starts with one of these: the source has none
    saids = [m for m in s_data.source.finditer(source)
             if not _copied_phrase(source, m.start(), m.end(), seg.target)]  # fmt: skip
    if not saids:
        return []  # none, or copied untranslated: the untranslated check reads it
    n = 0
    for _ in t_data.said.finditer(seg.target):
        n += 1
        if n == len(saids):
            return []  # as many as the source's: the rest of the target is not scanned (speed49)
    said = saids[0]
    return [Finding(
        "names", "error",
        f"the source says {said.group()!r} and the target says nothing of who said it: whose "
        "claim it is is lost" if n == 0 else
        f"the source attributes {len(saids)} times ({', '.join(repr(m.group()) for m in saids)})"
        f" and the target {n}: a speaker is lost",
        segment=seg.id, source_span=said.span(), data={"kind": "attribution-lost"},
    )]  # fmt: skip


@dataclass(frozen=True)
class _Agent:
    source: re.Pattern[str]
    by: re.Pattern[str]
    not_by: re.Pattern[str]
    idioms: re.Pattern[str]


@cache
def _agent_data(lang: str) -> _Agent | None:
    """``[agent]`` of ``locales/facts/<lang>.toml``; None when the language has none."""
    data = facts_data(lang).get("agent")
    if not data or not data.get("source") or not data.get("by"):
        return None
    return _Agent(re_compile(str(data["source"])), re_compile(str(data["by"])),
                  re_compile(str(data.get("not_by", "(?!)"))),
                  re_compile(str(data.get("idioms", "(?!)"))))  # fmt: skip


def check_agent_lost(seg: TranslatedSegment, ctx: CheckContext) -> list[Finding]:
    """A passive's agent lost (``[agent]`` of ``locales/facts/<lang>.toml``): the source says who
    did it ("was arrested by the police", "foi elogiada pelo governo") and the target writes
    fewer of its words of an agent ("by", "por"/"pelo", counted wherever they stand) than the
    source has agents, and none of the agent's words (up to
    three after its article) is in the target (the word, a name, a listed kind of actor, or a
    cognate: its first four letters folded), so that no active rendering ("the police arrested
    him") keeps it either: "was arrested". A participle of feeling ("amazed by", "alarmado
    com"), a possessive ("by their effort") and what ``not_by`` lists ("by far", "por cinco
    anos", "por assassinar") are no agent. Blocking."""
    if _skip(seg):
        return []
    src_lang = seg.segment.lang or ctx.source_lang
    s_data, t_data = _agent_data(src_lang), _agent_data(ctx.target_lang)
    if s_data is None or t_data is None:
        return []
    agents = [m for m in s_data.source.finditer(seg.source)
              if not s_data.not_by.match(seg.source, m.start("agent") - 1)]  # fmt: skip
    if not agents or sum(1 for m in t_data.by.finditer(seg.target)
                         if not t_data.idioms.match(seg.target, m.start())) >= len(agents):
        return []
    t_all = _folded_words(seg.target)
    t_keys = {_cognate_key(w) for w in t_all if len(w) >= 4}
    concepts, t_concepts = _actor_concepts(src_lang), _actor_concepts(ctx.target_lang)
    said_kinds = {t_concepts[w] for w in t_all if w in t_concepts}
    for m in agents:
        words = [w for w in _WORDS.findall(m.group("agent")) if len(w) >= 4 or w[:1].isupper()]
        if any(_fold(w) in t_all or (len(w) >= 4 and _cognate_key(w) in t_keys)
               or concepts.get(w.casefold(), "") in said_kinds for w in words):
            continue  # one of the agent's words is kept (an active rendering, a cognate)
        return [Finding(
            "names", "error",
            f"the source says who did it ({m.group('agent')!r}) and the target does not: the "
            "agent is lost",
            segment=seg.id, source_span=m.span("agent"), data={"kind": "agent-lost"},
        )]  # fmt: skip
    return []


# --- a hedge lost: a claim published as a fact (facts21) ---------------------------------------

@dataclass(frozen=True)
class _Hedge:
    source: re.Pattern[str]
    kept: re.Pattern[str]
    adverbs: re.Pattern[str]
    kept_adverbs: re.Pattern[str]
    hearsay: re.Pattern[str]  # a target: the conditional of hearsay ("teria caído")
    conditional: re.Pattern[str]  # a source: a conditional that hearsay form may render


@cache
def _hedge_data(lang: str) -> _Hedge | None:
    """``[hedge]`` of ``locales/facts/<lang>.toml``; None when the language has none."""
    data = facts_data(lang).get("hedge")
    if not data or not data.get("source") or not data.get("kept"):
        return None
    return _Hedge(re_compile(str(data["source"])), re_compile(str(data["kept"])),
                  re_compile(str(data.get("adverbs", "(?!)"))),
                  re_compile(str(data.get("kept_adverbs", "(?!)"))),
                  re_compile(str(data.get("hearsay", "(?!)"))),
                  re_compile(str(data.get("conditional", "(?!)"))))  # fmt: skip


@cache
def _senses(lang: str) -> dict[str, tuple[re.Pattern[str], re.Pattern[str]]]:
    """``[senses]`` of ``locales/facts/<lang>.toml``: for each sense ("borrow"), the pattern that
    says it plainly (read in a source, and in a target as the inverse said) and the pattern of
    every word that may keep it (read in a target, broadly)."""
    data = facts_data(lang).get("senses", {})
    return {str(k): (re_compile(str(v["said"]), re.I), re_compile(str(v["kept"]), re.I))
            for k, v in data.items() if isinstance(v, dict)}  # fmt: skip


@cache
def _inverse_pairs(lang: str) -> tuple[tuple[str, str], ...]:
    pairs = facts_data(lang).get("senses", {}).get("inverse", [])
    return tuple((str(a), str(b)) for a, b in pairs)


def check_inverse_sense(seg: TranslatedSegment, ctx: CheckContext) -> list[Finding]:
    """A word sense made its inverse (``[senses]`` of ``locales/facts/<lang>.toml``, a small
    bilingual lexicon: a sense's words in each language, and the pairs of senses that invert a
    role, ``inverse``): the source says one ("when they borrow from the banks") and the target
    says its inverse plainly and keeps none of the source's sense ("quando eles emprestam de",
    lend). Blocking: who gives and who takes is swapped. Read both ways (borrow -> lend, lend ->
    borrow); a sense whose inverse the engine never wrote in a measured real output is not
    listed (facts40: owe/be owed, damp/raise measured and left)."""
    if _skip(seg):
        return []
    src_lang = seg.segment.lang or ctx.source_lang
    s_senses, t_senses = _senses(src_lang), _senses(ctx.target_lang)
    if not s_senses or not t_senses:
        return []
    for a, b in _inverse_pairs(src_lang):
        for said, inverse in ((a, b), (b, a)):
            if said not in s_senses or said not in t_senses or inverse not in t_senses:
                continue
            m = s_senses[said][0].search(seg.source)
            if m is None:
                continue
            wrong = t_senses[inverse][0].search(seg.target)
            if wrong is None or t_senses[said][1].search(seg.target):
                continue
            return [Finding(
                "direction", "error",
                f"the source says {m.group()!r} ({said}); the target says {wrong.group()!r} "
                f"({inverse}): the roles are inverted",
                segment=seg.id, source_span=m.span(), target_span=wrong.span(),
                data={"kind": "sense-inverted"},
            )]  # fmt: skip
    return []


def check_hedge_lost(seg: TranslatedSegment, ctx: CheckContext) -> list[Finding]:
    """A hedge lost (``[hedge]`` of ``locales/facts/<lang>.toml``): the source marks a claim as
    unproven ("The man allegedly stole", "The fire may have started", "supostamente", "pode ter
    sido", "teria matado") and the target writes none of its language's words that may keep a
    hedge anywhere ("The man stole", "O incêndio começou"): a claim published as a fact.
    Blocking. The target's words are read broadly (any modal, "likely", "said", "expected",
    "if"), so a hedge said another way is not held; a hedge copied untranslated with its
    neighbour is the untranslated check's. Each hedging adverb of the source ("probably",
    "talvez": ``adverbs``) is counted too: the target must keep as many by ``kept_adverbs`` (no
    modal) or by modals beyond the source's ("will probably rise" as "deve subir"); "would
    probably do better" written "faria melhor" beside a "poderia" that renders the source's
    "could" lost one. A language's conditional of hearsay (``hearsay``: "reportedly crashed"
    written "teria caído") keeps one too, each beyond the source's own conditionals
    (``conditional`` of the source's language: "would have fallen" is "teria caído" as well)."""
    if _skip(seg):
        return []
    src_lang = seg.segment.lang or ctx.source_lang
    s_data, t_data = _hedge_data(src_lang), _hedge_data(ctx.target_lang)
    if s_data is None or t_data is None:
        return []
    hedge = next((m for m in s_data.source.finditer(seg.source)
                  if not _copied_phrase(seg.source, m.start(), m.end(), seg.target)), None)
    if hedge is None:
        return []
    if t_data.kept.search(seg.target) is None:
        return [Finding(
            "modality", "error",
            f"the source hedges ({hedge.group()!r}) and the target says it as a fact: a claim "
            "may be published as proven",
            segment=seg.id, source_span=hedge.span(), data={"kind": "hedge-lost"},
        )]  # fmt: skip
    adverbs = [m for m in s_data.adverbs.finditer(seg.source)
               if not _copied_phrase(seg.source, m.start(), m.end(), seg.target)]  # fmt: skip
    if not adverbs:
        return []
    kept = sum(1 for _ in t_data.kept_adverbs.finditer(seg.target))
    if kept < len(adverbs):
        s_modals, t_modals = _modal_data(src_lang), _modal_data(ctx.target_lang)
        if s_modals is not None and t_modals is not None:
            kept += max(0, sum(1 for _ in t_modals[0].finditer(seg.target))
                        - sum(1 for _ in s_modals[0].finditer(seg.source)))  # fmt: skip
    if kept < len(adverbs):
        kept += max(0, sum(1 for _ in t_data.hearsay.finditer(seg.target))
                    - sum(1 for _ in s_data.conditional.finditer(seg.source)))  # fmt: skip
    if kept >= len(adverbs):
        return []
    return [Finding(
        "modality", "error",
        f"the source hedges {len(adverbs)} times ({', '.join(repr(m.group()) for m in adverbs)})"
        f" and the target {kept}: a claim may be published as proven",
        segment=seg.id, source_span=adverbs[0].span(), data={"kind": "hedge-lost"},
    )]  # fmt: skip


# --- a verb dropped: a subject pronoun right before an object's determiner ---------------------

@cache
def _verbless_data(lang: str) -> re.Pattern[str] | None:
    """``[verbless]`` of ``locales/facts/<lang>.toml``: a subject pronoun where a subject stands
    (after the start, a mark or a word of ``before``) right before a determiner that opens an
    object, with no verb between them; None when the language has none."""
    data = facts_data(lang).get("verbless")
    if not data or not data.get("subjects") or not data.get("determiners"):
        return None
    before = _alt([str(w) for w in data.get("before", [])]) or "(?!)"
    subjects = _alt([str(w) for w in data["subjects"]])
    determiners = _alt([str(w) for w in data["determiners"]])
    return re_compile(rf"(?i)(?:^|[,;:.!?—–\"“”(]\s*|(?<![\w'’-])(?:{before})\s+)"
                      rf"((?:{subjects})\s+(?-i:{determiners}))(?![\w'’-])")  # fmt: skip


@cache
def _verbless_subjects(lang: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None,
                                           frozenset[str]]:
    """``[verbless]`` of ``locales/facts/<lang>.toml`` for a subject that is no pronoun, at a
    sentence's start: a run of capitalized words (a name) right before a determiner of
    ``name_determiners`` (group 1 the run, group 2 the determiner), and an article of
    ``articles`` with one word right before a determiner of ``determiners`` (group 1 the noun,
    group 2 the determiner); the words after an article that are no noun subject there
    (``not_nouns``). A pattern is None when the language has no such data."""
    data = facts_data(lang).get("verbless") or {}
    named = data.get("name_determiners")
    name = None
    if named:
        cap = r"[^\W\d_a-zß-ÿ][\w'’-]*"
        name = re_compile(rf"(?:^|[.!?]\s+|[\"“]\s*)((?:{cap}\s+){{0,3}}{cap})\s+"
                          rf"({_alt([str(w) for w in named])})(?![\w'’-])")  # fmt: skip
    noun = None
    if data.get("articles") and data.get("determiners"):
        articles = _alt([str(w) for w in data["articles"]])
        dets = _alt([str(w) for w in data["determiners"]])
        noun = re_compile(rf"(?:^|[.!?]\s+)(?:{articles})\s+([^\W\d_A-ZÀ-Þ][\w-]*)\s+"
                          rf"({dets})(?![\w'’-])")  # fmt: skip
    not_nouns = frozenset(str(w).casefold() for w in data.get("not_nouns", []))
    return name, noun, not_nouns


def _name_verbless(source: str, run: str) -> bool:
    """Is ``run`` (the target's capitalized words before a determiner) a name the source writes
    as a subject? Every word stands in the source as it is (a name is kept; a capitalized
    first word of the target's own, "Em", "Fornece", is not), and the source's word after the
    run is no determiner (a copied headline, "Trump a no-show", says the same)."""
    for word in run.split():
        if not re.search(rf"(?<![\w'’-]){re.escape(word)}(?![\w'’-])", source):
            return False
    after = re.search(rf"(?<![\w'’-]){re.escape(run)}\s+([\w'’-]+)", source)
    return after is not None and after.group(1).casefold() not in _ANY_DETERMINER


# The characters where a match of _verbless_subjects' patterns can begin, besides the text's
# start: each begins with "(?:^|[.!?]\s+|[\"“]\s*)" (a name) or "(?:^|[.!?]\s+)" (an article).
_NAME_OPENERS = re_compile(r"[.!?\"“]")
_SENTENCE_MARKS = re_compile(r"[.!?]")


def _finditer_at(pattern: re.Pattern[str], text: str,
                 starts: re.Pattern[str]) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` for a pattern that matches no empty text and whose every
    match begins at the text's start (``^``, no MULTILINE) or at a character ``starts`` finds:
    the same matches, tried only at those places (speed32). ``finditer`` tries every place
    from the end of its last match and takes the first that matches; every place but these
    fails at the pattern's first element, so trying these in order finds the same match."""
    end = 0
    tried = -1
    for at in chain((0,), (m.start() for m in starts.finditer(text))):
        if at < end or at == tried:
            continue
        tried = at
        m = pattern.match(text, at)
        if m is not None:
            end = m.end()
            yield m


# the determiners of both languages' [verbless] and [purpose] data, read in a source after a name
_ANY_DETERMINER = frozenset(["a", "an", "the", "his", "her", "their", "its", "our", "my", "your",
                             "o", "a", "os", "as", "um", "uma", "seu", "sua", "seus", "suas",
                             "meu", "minha", "nosso", "nossa"])  # fmt: skip


def check_verb_missing(seg: TranslatedSegment, ctx: CheckContext) -> list[Finding]:
    """A verb dropped (``[verbless]`` of ``locales/facts/<lang>.toml``): the target writes a
    subject pronoun where a subject stands (the start, after a mark, after "and", "but", "when",
    "que", "quando"...) right before a determiner that opens an object, "He a personal
    response", "when she the Republican candidate", "Ele uma resposta", "você um rolo": no
    sentence of the language is so made, so the verb between them is gone (the engine dropped
    it, or the segment was cut). Blocking, read in the target only, and not when the source
    writes the same words (a copied title). Determiners that also open an adverbial ("this
    week", "esta semana"), the clitics "o"/"a" ("ele a viu") and a comparison's ellipsis ("as
    she a year ago": "as", "than", "como" are no ``before``) are not read.

    A noun subject at a sentence's start is read the same way: a name the source writes as a
    subject right before a determiner ("Mueller seu emprego", "Donald Trump um novo momento";
    see :func:`_name_verbless`), or an article and one noun ("A polícia uma investigação",
    "The cartoonist his nickname"), the noun not of ``not_nouns`` (a time or a relative's head
    that may open a clause: "the day a", "a cada"). A language without the data is not
    checked."""
    if _skip(seg):
        return []
    pattern = _verbless_data(ctx.target_lang)
    if pattern is None:
        return []
    found: tuple[str, tuple[int, int]] | None = None
    for m in pattern.finditer(seg.target):
        said = m.group(1)
        if said.casefold() not in seg.source.casefold():
            found = said, m.span(1)
            break
    name, noun, not_nouns = _verbless_subjects(ctx.target_lang)
    if found is None and name is not None:
        for m in _finditer_at(name, seg.target, _NAME_OPENERS):
            if _name_verbless(seg.source, m.group(1)):
                found = seg.target[m.start(1):m.end(2)], (m.start(1), m.end(2))
                break
    if found is None and noun is not None:
        for m in _finditer_at(noun, seg.target, _SENTENCE_MARKS):
            said = seg.target[m.start():m.end()].lstrip(".!? \t\n")
            if m.group(1).casefold() in not_nouns or said.casefold() in seg.source.casefold():
                continue
            found = said, (m.end() - len(said), m.end())
            break
    if found is None:
        return []
    said, span = found
    return [Finding(
        "numbers", "error",
        f"the target says {said!r}: a subject with no verb before its object, the verb "
        "may be lost",
        segment=seg.id, target_span=span, data={"kind": "verb-dropped"},
    )]  # fmt: skip


# --- an action of purpose dropped: "to collect all the pages" written "para todas as páginas" ---


@cache
def _purpose_source(lang: str) -> tuple[re.Pattern[str], re.Pattern[str], frozenset[str]] | None:
    """``[purpose]`` of ``locales/facts/<lang>.toml`` read in a source: the infinitive with its
    object ("to" + a word + a determiner; group 1 the word) and the words that may say the
    target's purpose preposition before a noun (``others``, ``other_suffixes`` and the marker
    itself); the words that are no verb after the marker. None when the language has none."""
    data = facts_data(lang).get("purpose")
    if not data or not data.get("marker") or not data.get("determiners"):
        return None
    marker = re.escape(str(data["marker"]))
    dets = _alt([str(w) for w in data["determiners"]])
    infinitive = re_compile(rf"(?i)(?<![\w'’-]){marker}\s+([^\W\d_][\w-]*)\s+(?:{dets})"
                            r"(?![\w'’-])")  # fmt: skip
    others = _alt([str(w) for w in data.get("others", [])]) or "(?!)"
    suffixes = _alt([str(w) for w in data.get("other_suffixes", [])]) or "(?!)"
    sayers = re_compile(rf"(?i)(?<![\w'’-])(?:{marker}|{others})(?![\w'’-])"
                        rf"|\w(?:{suffixes})(?![\w'’-])")  # fmt: skip
    not_verbs = frozenset(str(w).casefold() for w in [*data.get("not_verbs", []),
                                                       *data["determiners"]])  # fmt: skip
    return infinitive, sayers, not_verbs


@cache
def _gerund_test(lang: str) -> Callable[[str], bool] | None:
    """``[purpose]`` of a source language: is a word after its marker a gerund ("heating" of
    "contribute to heating the moss": ``gerund_ending``, none of ``ing_verbs``), the marker then
    a preposition, no infinitive's? None without the data.

    >>> is_gerund = _gerund_test("en")
    >>> is_gerund("heating"), is_gerund("bring"), is_gerund("collect")
    (True, False, False)
    """
    data = facts_data(lang).get("purpose") or {}
    ending = str(data.get("gerund_ending") or "")
    if not ending:
        return None
    base = frozenset(str(w).casefold() for w in data.get("ing_verbs", []))

    def gerund(word: str) -> bool:
        w = word.casefold()
        return w.endswith(ending) and len(w) > len(ending) + 1 and w not in base

    return gerund


@cache
def _inflected_test(lang: str) -> Callable[[str], bool] | None:
    """``[purpose]`` of a source language: is a word after its marker inflected, no base form
    an infinitive takes ("states" of "reports to states that identify scams", probe44: a
    plural noun, the marker then a preposition)? It ends in ``inflected_ending`` but in none of
    ``base_endings`` ("address", "focus"), and without that ending (or "-es", or "-ies" made
    "-y") it is a word of the language's spelling dictionary. None without the data or the
    dictionary.

    >>> inflected = _inflected_test("en")
    >>> inflected("states"), inflected("agencies"), inflected("address"), inflected("collect")
    (True, True, False, False)
    """
    data = facts_data(lang).get("purpose") or {}
    ending = str(data.get("inflected_ending") or "")
    if not ending:
        return None
    from .glossary.words import language_words

    known = language_words(lang)
    if known is None or not known.common:
        return None
    words = known.common
    base = tuple(str(w).casefold() for w in data.get("base_endings", []))
    n = len(ending)

    def inflected(word: str) -> bool:
        w = word.casefold()
        if not w.endswith(ending) or w.endswith(base) or len(w) < n + 3:
            return False
        stem = w[:-n]
        return (stem in words or (stem.endswith("e") and stem[:-1] in words)
                or (stem.endswith("ie") and stem[:-2] + "y" in words))

    return inflected


@cache
def _action_nouns(lang: str) -> re.Pattern[str] | None:
    """``[purpose]`` of a target language: its purpose preposition, a determiner and a noun
    that says an action (``action_noun_endings``: "para o aquecimento"). None without the
    data."""
    data = facts_data(lang).get("purpose") or {}
    endings = _alt([str(w) for w in data.get("action_noun_endings", [])])
    if not endings or not data.get("preposition") or not data.get("determiners"):
        return None
    prep = re.escape(str(data["preposition"]))
    dets = _alt([str(w) for w in data["determiners"]])
    return re_compile(rf"(?i)(?<![\w-]){prep}\s+(?:{dets})\s+[^\W\d_]+(?:{endings})(?![\w-])")


@cache
def _purpose_target(lang: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """``[purpose]`` of ``locales/facts/<lang>.toml`` read in a target: the purpose preposition
    before a determiner (not before a direction of ``not_after``), and the contraction before a
    word that cannot follow it (``after_contraction``, or an adverb in -mente)."""
    data = facts_data(lang).get("purpose")
    if not data:
        return None, None
    noun = None
    if data.get("preposition") and data.get("determiners"):
        prep = re.escape(str(data["preposition"]))
        dets = _alt([str(w) for w in data["determiners"]])
        away = _alt([str(w) for w in data.get("not_after", [])]) or "(?!)"
        noun = re_compile(rf"(?i)(?<![\w-]){prep}\s+(?:{dets})(?![\w-])"
                          rf"(?!\s+(?:{away})(?![\w-]))")  # fmt: skip
    cut = None
    if data.get("contraction") and data.get("after_contraction"):
        said = data["contraction"]
        con = _alt([str(w) for w in said] if isinstance(said, list) else [str(said)])
        after = _alt([str(w) for w in data["after_contraction"]])
        ending = data.get("adverb_ending")
        adverb = rf"|[^\W\d_]+{re.escape(str(ending))}" if ending else ""
        cut = re_compile(rf"(?i)(?<![\w-])(?:{con})\s+(?:{after}{adverb})(?![\w-])")
    return noun, cut


@cache
def _purpose_verbs(lang: str) -> tuple[re.Pattern[str], frozenset[str]] | None:
    """The purpose preposition of ``[purpose]`` before a verb of ``[actions]``' form (an
    enclitic pronoun or "não" may stand between: "para proteger", "para se proteger", "para não
    perder") in a target: an infinitive of purpose the target kept. None without the data."""
    data = facts_data(lang).get("purpose")
    actions = _action_data(lang)
    if not data or not data.get("preposition") or actions is None:
        return None
    prep = re.escape(str(data["preposition"]))
    pronouns = _alt([str(w) for w in data.get("before_verb", [])]) or "(?!)"
    return (re_compile(rf"(?i)(?<![\w-]){prep}\s+(?:(?:{pronouns})\s+){{0,2}}"
                       rf"({actions.verb.pattern})(?![\w-])"), actions.not_verbs)  # fmt: skip


def check_purpose_lost(seg: TranslatedSegment, ctx: CheckContext) -> list[Finding]:
    """An action dropped, its object left in its place (``[purpose]`` of
    ``locales/facts/<lang>.toml``). Two readings, blocking, category ``numbers``:

    * the source writes an infinitive with its object ("to collect all the pages", "to finance
      the project") and the target writes its purpose preposition straight before a determiner
      ("para todas as páginas") more often than the source has words that may say that
      preposition before a noun ("for", "towards", "into", "budget-oriented", or "to" with no
      such infinitive after it), and fewer times before a verb ("para proteger", every "para"
      read: "para a cabeça para proteger os" keeps "to protect the") than the source has such
      infinitives: the verb is gone. The source language's part of the data must be there;
    * the target writes "ao" before an article, a preposition or an adverb in -mente ("ao um
      negócio", "ao em 2025"), or "by"/"upon" before a preposition ("by at the trends", "upon
      in"): no phrase of the language is so made ("ao procurar um negócio", "ao entrar em
      2025", "by looking at the trends"), so the verb between them is gone. Read in the target
      only, and not when the source writes the same words.

    A language without the data is not checked."""
    if _skip(seg):
        return []
    noun, cut = _purpose_target(ctx.target_lang)
    source = _purpose_source(seg.segment.lang or ctx.source_lang)
    if noun is not None and source is not None:
        infinitive, sayers, not_verbs = source
        inflected = _inflected_test(seg.segment.lang or ctx.source_lang)
        verbs = [m for m in infinitive.finditer(seg.source)
                 if m.group(1).casefold() not in not_verbs
                 and (inflected is None or not inflected(m.group(1)))]  # fmt: skip
        if verbs:
            said = list(noun.finditer(seg.target))
            # every purpose preposition of the target is read, not the first: one that carries
            # its verb ("para a cabeça para proteger os", "turned on its head to protect the")
            # renders an infinitive of the source, and only the infinitives left can be lost
            kept = _purpose_verbs(ctx.target_lang)
            rendered = 0 if kept is None else sum(
                1 for k in kept[0].finditer(seg.target) if k.group(1).casefold() not in kept[1])
            # a gerund after the marker ("contribute to heating the moss") that the target
            # writes as a noun of action after its preposition ("para o aquecimento do musgo")
            is_gerund = _gerund_test(seg.segment.lang or ctx.source_lang)
            nouns = _action_nouns(ctx.target_lang)
            if is_gerund is not None and nouns is not None:
                gerunds = sum(1 for v in verbs if is_gerund(v.group(1)))
                rendered += min(gerunds, len(nouns.findall(seg.target)))
            if (rendered < len(verbs)
                    and len(said) > len(sayers.findall(seg.source)) - len(verbs)):
                return [_action_gone(seg, verbs[0], said[0])]
    if cut is not None:
        for c in cut.finditer(seg.target):
            if c.group(0).casefold() in seg.source.casefold():
                continue
            return [Finding(
                "numbers", "error",
                f"the target says {c.group(0)!r}: no verb after {c.group(0).split()[0]!r}, the "
                "action may be lost",
                segment=seg.id, target_span=c.span(), data={"kind": "action-dropped"},
            )]  # fmt: skip
    return []


# --- a birth the engine adds: "(born 1950 in Lisbon)" with no source --------------------------


@cache
def _birth_pattern(lang: str) -> re.Pattern[str] | None:
    """The words of ``[birth] words`` of ``locales/facts/<lang>.toml`` (a birth stated:
    "born", "nascido", "natural de"), as one pattern."""
    words = [str(w) for w in facts_data(lang).get("birth", {}).get("words", [])]
    if not words:
        return None
    alt = "|".join(sorted(map(re.escape, words), key=len, reverse=True))
    return re_compile(rf"(?<![\w-])(?:{alt})(?![\w-])", re.IGNORECASE)


def check_invented_birth(seg: TranslatedSegment, ctx: CheckContext) -> list[Finding]:
    """A birth said in brackets must come from the source: "Einstein visitou" written
    "Einstein (born 1879 in Ulm) visited" adds a date and a place nobody stated (the engine's
    memory of a name). Blocking where a bracket of the target opens with a word of the target
    language's ``[birth] words`` ("(born", "(nascido") and the source has no birth word of its
    own language anywhere."""
    if _skip(seg) or "(" not in seg.target:
        return []
    t_birth = _birth_pattern(ctx.target_lang)
    s_birth = _birth_pattern(seg.segment.lang or ctx.source_lang)
    if t_birth is None or s_birth is None or s_birth.search(seg.source):
        return []
    for m in re.finditer(r"\(([^()]{0,120})\)", seg.target):
        w = t_birth.match(m.group(1).lstrip())
        if w is not None:
            return [Finding(
                "dates", "error",
                f"the target says a birth the source does not state: {m.group()!r}",
                segment=seg.id, target_span=m.span(), data={"kind": "birth"},
            )]  # fmt: skip
    return []


# --- a place in a dated bracket that the source does not state -----------------------------

_YEAR_IN = re_compile(r"(?<![\d.,])(1[5-9]\d\d|20\d\d)(?!\d)")
_DATED_BRACKET = re_compile(r"\(([^()]{1,160})\)")
# a word of letters; not one glued to a currency sign ("US$", "R$") nor a currency code of
# capitals before its amount ("USD 4,88"): money, not a name
_CAPITALIZED = re_compile(
    r"(?<![\w'’.-])([^\W\d_][\w'’-]*)(?![\w'’-]|\$|(?<=\b[A-Z]{3})[ \u00a0]?\d)"
)


def _bare_years(source: str, lang: str) -> set[str]:
    """The years of the source's brackets that state no name: "(born December 15, 1982)",
    "(1946-2012)"; a bracket with a capitalized word that is no month, weekday or birth word
    ("(Tyler, Texas, 1937)", "(AP, 2019)") names something and is left to the names checks."""
    calendar = _calendar_words(lang)
    birth = _birth_pattern(lang)
    out: set[str] = set()
    for m in _DATED_BRACKET.finditer(source):
        years = _YEAR_IN.findall(m.group(1))
        if not years:
            continue
        inner = birth.sub(" ", m.group(1)) if birth is not None else m.group(1)
        if any(w[0].isupper() and _fold(w).rstrip(".") not in calendar
               for w in _CAPITALIZED.findall(inner)):  # fmt: skip
            continue
        out.update(years)
    return out


def check_invented_place(seg: TranslatedSegment, ctx: CheckContext) -> list[Finding]:
    """A place or name in a dated bracket must come from the source: "(born December 15,
    1982)" written in the Portuguese biographical way "(Losei, 15 de dezembro de 1982)" gives a
    birthplace nobody stated (the engine's, when it cannot place the person). Blocking where a
    bracket of the target holds a year of a source bracket that names nothing (no capitalized
    word but months, weekdays and birth words) and a capitalized word that is no month, weekday
    or birth word of the target's language and that the source does not write (nor a word of
    the same first four letters, folded: "Lisbon" for "Lisboa", "Texas")."""
    if _skip(seg) or "(" not in seg.target or "(" not in seg.source:
        return []
    src_lang = seg.segment.lang or ctx.source_lang
    years = _bare_years(seg.source, src_lang)
    if not years:
        return []
    calendar = _calendar_words(ctx.target_lang)
    birth = _birth_pattern(ctx.target_lang)
    said = {_fold(w)[:4] for w in re.findall(r"[^\W\d_][\w'’-]*", seg.source)}
    for m in _DATED_BRACKET.finditer(seg.target):
        if not years.intersection(_YEAR_IN.findall(m.group(1))):
            continue
        inner = birth.sub(" ", m.group(1)) if birth is not None else m.group(1)
        new = [w for w in _CAPITALIZED.findall(inner) if w[0].isupper()
               and _fold(w).rstrip(".") not in calendar and _fold(w)[:4] not in said]  # fmt: skip
        if new:
            return [Finding(
                "dates", "error",
                f"the target names {' '.join(new)!r} in {m.group()!r}: the source's bracket "
                "states no such place or name",
                segment=seg.id, target_span=m.span(), data={"kind": "birthplace"},
            )]  # fmt: skip
    return []


# --- a part of the day turned: "early in the morning" written "no início da noite" -----------


@cache
def _day_part_words(lang: str) -> tuple[re.Pattern[str], dict[str, frozenset[int]],
                                        dict[str, re.Pattern[str]]] | None:
    """``[day_parts]`` of ``locales/facts/<lang>.toml`` read as words anywhere in a sentence: a
    pattern for the words, the hours at the heart of each (its ``core``: "morning" 5-12 and
    "noite" 19-5 share none, though their outer hours meet before dawn), and for a word that
    is also another word
    ("tarde", "late") the pattern of the word just before it that makes it a part of the day
    (its ``after`` list)."""
    data = facts_data(lang).get("day_parts")
    if not data:
        return None
    hours: dict[str, set[int]] = {}
    guards: dict[str, re.Pattern[str]] = {}
    for part in data.values():
        first, end = (int(h) for h in part.get("core", part["hours"]))
        span = range(first, end) if first < end else [*range(first, 24), *range(0, end)]
        for word in [*part["words"], *part.get("more_words", [])]:
            key = str(word).casefold()
            hours.setdefault(key, set()).update(span)
            if part.get("after"):
                guards[key] = re_compile(rf"(?i)(?<![\w'’-])(?:{_alt(part['after'])})[^\S\n]+$")
    pattern = re_compile(rf"(?i)(?<![\w'’-])({_alt(list(hours))})(?![\w'’-])")
    return pattern, {w: frozenset(h) for w, h in hours.items()}, guards


def _parts_of_day(text: str, lang: str) -> list[tuple[re.Match[str], frozenset[int]]]:
    data = _day_part_words(lang)
    if data is None:
        return []
    pattern, hours, guards = data
    out = []
    for m in pattern.finditer(text):
        key = m.group(1).casefold()
        guard = guards.get(key)
        if guard is not None and guard.search(text[max(0, m.start() - 30) : m.start()]) is None:
            continue  # "mais tarde": later, no part of the day
        out.append((m, hours[key]))
    return out


def check_day_part_turned(seg: TranslatedSegment, ctx: CheckContext) -> list[Finding]:
    """A part of the day that the target turns into another ("early in the morning" written "no
    início da noite", "de madrugada" written "in the evening"), with or without a clock time:
    blocking where the source names a part of the day and the target names one that shares no
    hour with any part the source names (the ``core`` hours of ``[day_parts]``: "evening" and
    "tarde" share 18 and pass, "madrugada" and "morning" 5, "morning" and "noite" none). A part
    the target leaves out or writes in other words ("sunrise" as "nascer do sol") is not read
    here."""
    if _skip(seg):
        return []
    src_lang = seg.segment.lang or ctx.source_lang
    source = _parts_of_day(seg.source, src_lang)
    if not source:
        return []
    target = _parts_of_day(seg.target, ctx.target_lang)
    if not target:
        return []
    if ctx.target_lang != src_lang:
        copied = {_fold(m.group(1)) for m, _ in _parts_of_day(seg.target, src_lang)}
        target = [(m, h) for m, h in target if _fold(m.group(1)) not in copied] or target
    for t, hours in target:
        if any(hours & other for _, other in source):
            continue
        m = source[0][0]
        return [Finding(
            "dates", "error",
            f"the target says {t.group(1)!r} and the source {m.group(1)!r}: another part of the"
            " day",
            segment=seg.id, source_span=m.span(1), target_span=t.span(1),
            data={"kind": "day-part"},
        )]  # fmt: skip
    return []


# --- a month name beside a date in digits of another month -----------------------------------

_DIGIT_DATE = re_compile(r"(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?![\d/.-]?\d)")


@cache
def _month_numbers(lang: str) -> tuple[re.Pattern[str] | None, dict[str, int]]:
    """A pattern for ``lang``'s month names of three letters or more (CLDR, every width and
    context) and each folded name's month."""
    from babel import Locale, UnknownLocaleError

    try:
        loc = Locale.parse(base_language(lang) or lang)
    except (ValueError, UnknownLocaleError):
        return None, {}
    months: dict[str, int] = {}
    for context in loc.months.values():
        for width in context.values():
            for number, name in width.items():
                folded = _fold(str(name)).rstrip(".")
                if len(folded) >= 3:
                    months.setdefault(folded, int(number))
    if not months:
        return None, {}
    alt = "|".join(sorted(map(re.escape, months), key=len, reverse=True))
    return re_compile(rf"(?i)(?<![\w])({alt})\.?(?![\w])"), months


def check_month_beside_date(seg: TranslatedSegment, ctx: CheckContext) -> list[Finding]:
    """A month name of the target written right beside a complete date in digits that names
    another month ("Aug 30/04/2014", "30/04/2014 - Aug") says a month nobody stated: the source's
    word there is no month (probe41's "Ago", a shareholders' annual meeting, AGO, written "Aug").
    Blocking unless the source writes the same word; the date's two readings (day/month and
    month/day) are both allowed."""
    if _skip(seg) or not any(c in seg.target for c in "/.-"):
        return []
    dates = list(_DIGIT_DATE.finditer(seg.target))
    if not dates:
        return []
    pattern, months = _month_numbers(ctx.target_lang)
    if pattern is None:
        return []
    said = {_fold(w) for w in re.findall(r"[^\W\d_]+", seg.source)}
    for m in pattern.finditer(seg.target):
        word = _fold(m.group(1))
        if word in said:
            continue  # the source's own word, copied
        for d in dates:
            between = (seg.target[m.end() : d.start()] if d.start() >= m.end()
                       else seg.target[d.end() : m.start()])  # fmt: skip
            if len(between) > 4 or not re.fullmatch(r"[\s\-–—]*", between):
                continue
            first, second = int(d.group(1)), int(d.group(3))
            if months[word] in {n for n in (first, second) if 1 <= n <= 12}:
                continue
            return [Finding(
                "dates", "error",
                f"the target writes the month {m.group(1)!r} beside the date {d.group()!r} of"
                " another month: the source's word there is no month",
                segment=seg.id, target_span=(min(m.start(), d.start()), max(m.end(), d.end())),
                data={"kind": "date"},
            )]  # fmt: skip
    return []


# --- a range run together: "1990–95" written "1990 95" ---------------------------------------

_DASH_CLASS = "-\u2010-\u2015\u2212"


@cache
def _range_pattern(lang: str) -> re.Pattern[str]:
    """Two numbers joined as a range in ``lang``: by a dash ("1990–95", "10 - 15") or by a word
    of ``[ranges] joins`` of ``locales/facts/<lang>.toml`` ("10 to 15"); not a link of a longer
    chain ("2020-01-05", "1-800-555-0199") nor a part of a word or a fraction."""
    joins = [str(w) for w in facts_data(lang).get("ranges", {}).get("joins", [])]
    words = "|".join(sorted(map(re.escape, joins), key=len, reverse=True)) or "(?!)"
    return re_compile(
        rf"(?<![\w.,/{_DASH_CLASS}])(\d+(?:[.,]\d+)*)(?:[ \u00a0]?[{_DASH_CLASS}][ \u00a0]?"
        rf"|[ \u00a0]+(?:{words})[ \u00a0]+)(\d+(?:[.,]\d+)*)"
        rf"(?![\w/]|[.,]\d|[ \u00a0]?[{_DASH_CLASS}][ \u00a0]?\d)",
        re.IGNORECASE,
    )


@cache
def _between_pattern(lang: str) -> re.Pattern[str]:
    """Two numbers said as a range by a pair of words of ``[ranges] between`` of
    ``locales/facts/<lang>.toml`` ("between 10 and 15", "entre 10 e 15"): the opening word
    makes the "and" a range's; "10 and 15" alone may be two counts."""
    pairs = [(str(a), str(b)) for a, b in facts_data(lang).get("ranges", {}).get("between", [])]
    if not pairs:
        return re_compile("(?!)")
    num = r"(\d+(?:[.,]\d+)*)"
    alts = "|".join(rf"{re.escape(a)}[ \u00a0]+{num}[ \u00a0]+{re.escape(b)}[ \u00a0]+{num}"
                    for a, b in pairs)  # fmt: skip
    return re_compile(rf"(?<![\w-])(?:{alts})(?![\w/]|[.,]\d)", re.IGNORECASE)


def _range_ends(m: re.Match[str]) -> tuple[str, str]:
    """The digits of a range match's two ends (the first two groups that took part)."""
    a, b = [g for g in m.groups() if g is not None][:2]
    return re.sub(r"\D", "", a), re.sub(r"\D", "", b)


_RUN_TOGETHER = re_compile(
    r"(?<![\w.,])(\d+(?:[.,]\d+)*)[ \u00a0]+(\d+(?:[.,]\d+)*)(?![\w]|[.,]\d)"
)


def _pair_reversed(
    seg: TranslatedSegment, ctx: CheckContext, ranges: list[tuple[re.Match[str], str, str]]
) -> list[Finding]:
    """A score or a range whose ends the target writes the other way round: "won 29–13"
    written "venceu por 13–29", "by 7 to 2" written "por 2 a 7", "10-15 mph" written "15-10
    mph". Every number is there, so the number checks pass it; the order is the fact (who won,
    which end is the low one). Blocking where the target joins the source's two ends in the
    other order (a dash or a word of ``[ranges] joins``) and nowhere in the source's order, and
    the source never writes them that other way itself."""
    pattern = _range_pattern(ctx.target_lang)
    t_pairs = [(m, *_range_ends(m)) for m in pattern.finditer(seg.target)]
    if not t_pairs:
        return []
    s_said = {(a, b) for _, a, b in ranges}
    t_said = {(a, b) for _, a, b in t_pairs}
    for m, a, b in ranges:
        if a == b or (a, b) in t_said or (b, a) in s_said:
            continue
        t = next((t for t, ta, tb in t_pairs if (ta, tb) == (b, a)), None)
        if t is not None:
            return [Finding(
                "numbers", "error",
                f"{m.group()!r} is written {t.group()!r}: the order of a score's or a "
                "range's ends is reversed", segment=seg.id, source_span=m.span(),
                target_span=t.span(), data={"kind": "pair-reversed"},
            )]  # fmt: skip
    return []


def check_range_run_together(seg: TranslatedSegment, ctx: CheckContext) -> list[Finding]:
    """A range's two numbers must stay a range: "1990–95" written "1990 95", "10-15%" written
    "10 15%", "from 1990 to 1995" written "de 1990 1995" lose what joins them (the reader gets
    two numbers, or one of six digits). Blocking where the target writes the source's two ends
    side by side with only a space between (the end year in full too: "1990 1995"), and the
    source does not; "between 10 and 15" written "entre 10 15" too (``[ranges] between``). A
    score or range written the other way round ("29–13" written "13–29") is blocking as well
    (:func:`_pair_reversed`)."""
    if _skip(seg) or not has_digit(seg.target):
        return []
    src_lang = seg.segment.lang or ctx.source_lang
    ranges = [(m, *_range_ends(m)) for p in (_range_pattern(src_lang), _between_pattern(src_lang))
              for m in p.finditer(seg.source)]  # fmt: skip
    if not ranges:
        return []
    turned = _pair_reversed(seg, ctx, ranges)
    if turned:
        return turned
    said = {(re.sub(r"\D", "", m.group(1)), re.sub(r"\D", "", m.group(2)))
            for m in _RUN_TOGETHER.finditer(seg.source)}  # fmt: skip
    for t in _RUN_TOGETHER.finditer(seg.target):
        a, b = re.sub(r"\D", "", t.group(1)), re.sub(r"\D", "", t.group(2))
        if (a, b) in said:
            continue
        for m, sa, sb in ranges:
            full = len(sa) == 4 and len(sb) == 2 and b == sa[:2] + sb
            if a == sa and (b == sb or full):
                return [Finding(
                    "numbers", "error",
                    f"the range {m.group()!r} is written {t.group()!r}: what joins its ends "
                    "is lost", segment=seg.id, source_span=m.span(), target_span=t.span(),
                    data={"kind": "range"},
                )]  # fmt: skip
    return []


# --- a range of years whose end changed: "1974–76" written "1974–1977" ------------------------

# a season or a span written with a slash ("1974/75", "2019/2020"): the range readers take dashes
# and words only (a slash is a fraction or a date elsewhere); here only a year before it
_SLASH_YEARS = re_compile(r"(?<![\w.,/\-\u2010-\u2015\u2212])(\d{4})/(\d{2}|\d{4})(?![\w/]|[.,]\d)")


def _year_range(a: str, b: str) -> tuple[int, int] | None:
    """(first year, last year in full) of a range whose ends' digits are ``a`` and ``b``, when
    it is a range of years: a year of four digits (1500 to 2099) and an end of two digits
    (the first year after it that ends in them: "1974–76" is 1974 to 1976, "1999-03" 1999 to
    2003) or of four, later and within a century. None for anything else ("10-15", "1500-2000",
    "1974-1970").

    >>> _year_range("1974", "76"), _year_range("1999", "03"), _year_range("1974", "1976")
    ((1974, 1976), (1999, 2003), (1974, 1976))
    >>> _year_range("10", "15"), _year_range("1500", "2000"), _year_range("1974", "1970")
    (None, None, None)
    """
    if len(a) != 4 or not a.isdigit() or not 1500 <= int(a) <= 2099 or not b.isdigit():
        return None
    first = int(a)
    if len(b) == 2:
        full = first - first % 100 + int(b)
        return (first, full + 100 if full <= first else full)
    if len(b) == 4 and first < int(b) <= first + 100:
        return (first, int(b))
    return None


def year_ranges(text: str, lang: str) -> list[tuple[int, int, int, int]]:
    """(start, end, first year, last year) of each range of years of ``text`` in ``lang``: two
    years joined by a dash or a word of ``[ranges] joins`` ("1974–76", "1974 a 1976"), by a
    pair of ``[ranges] between`` ("entre 1974 e 1976") or by a slash ("1974/75"). Each reader
    is one scan of the text.

    >>> [r[2:] for r in year_ranges("em 1974–76, de 1980 a 82, entre 1990 e 1995 e 2019/20", "pt")]
    [(1974, 1976), (1980, 1982), (1990, 1995), (2019, 2020)]
    """
    out = []
    for pattern in (_range_pattern(lang), _between_pattern(lang), _SLASH_YEARS):
        for m in pattern.finditer(text):
            a, b = [g for g in m.groups() if g is not None][:2]
            years = _year_range(a, b)  # the ends' digits as written: "1.974" is no year
            if years is not None:
                out.append((m.start(), m.end(), *years))
    return sorted(out)


_DIGIT_RUN = re_compile(r"\d+")


def kept_year_ranges(
    source: str, target: str, source_lang: str, target_lang: str
) -> tuple[dict[int, tuple[int, int]], dict[int, tuple[int, int]]]:
    """The ranges of years of ``source`` that ``target`` writes as a range of the same years, in
    any spelling ("1974–76" written "1974–1976", "1974/76", "de 1974 a 1976"; ``year_ranges``):
    the start of each run of digits in them, on each side, to (first year, last year). A range
    is kept as many times as the other side writes it. facts57: the number check read "1976"
    for "76" as a number changed (and the repair wrote the right expansion back to "1974–76"),
    and left "1974/76" unread (a slash is a date or a fraction to the number reader), so
    "1974" and "76" were "not found".

    >>> kept_year_ranges("em 1974–76", "in 1974/1976", "pt", "en")
    ({3: (1974, 1976), 8: (1974, 1976)}, {3: (1974, 1976), 8: (1974, 1976)})
    >>> kept_year_ranges("em 1974–76", "in 1974–77", "pt", "en")
    ({}, {})
    """
    s_ranges = year_ranges(source, source_lang)
    t_ranges = year_ranges(target, target_lang) if s_ranges else []
    if not t_ranges:
        return {}, {}
    t_count = Counter((a, b) for *_, a, b in t_ranges)
    s_count = Counter((a, b) for *_, a, b in s_ranges)

    def runs(text: str, ranges: list[tuple[int, int, int, int]],
             room: Counter[tuple[int, int]]) -> dict[int, tuple[int, int]]:
        out: dict[int, tuple[int, int]] = {}
        for start, end, a, b in ranges:
            if room[(a, b)] > 0:
                room[(a, b)] -= 1
                for m in _DIGIT_RUN.finditer(text, start, end):
                    out[m.start()] = (a, b)
        return out

    return runs(source, s_ranges, t_count), runs(target, t_ranges, s_count)


def check_year_range_end(seg: TranslatedSegment, ctx: CheckContext) -> list[Finding]:
    """A range of years must keep its end: "1974–76" may be written "1974-1976", "de 1974 a
    1976" or "1974–76", not "1974–1977". facts54: the number check reads a range's numbers
    one by one and takes a short end ("76") as kept when its full year (1976) is anywhere in
    the target (``short_year_end_in``), and the joined-number check leaves ranges with an en
    dash to it; so "1974–76 and 1975–77" written "1974–77 e 1975–76" passed, every number
    there. Blocking where the target writes a range from the same first year to another last
    year, no range of the target is the source's, and the source has no range to that other
    year from the same start itself."""
    if _skip(seg):
        return []
    source = year_ranges(seg.source, seg.segment.lang or ctx.source_lang)
    if not source:
        return []
    target = year_ranges(seg.target, ctx.target_lang)
    if not target:
        return []
    t_said = {(a, b) for *_, a, b in target}
    s_said = {(a, b) for *_, a, b in source}
    by_start: dict[int, tuple[int, int, int, int]] = {}
    for t in target:
        if (t[2], t[3]) not in s_said:
            by_start.setdefault(t[2], t)
    for start, end, a, b in source:
        if (a, b) in t_said:
            continue
        other = by_start.get(a)
        if other is None:
            continue
        return [Finding(
            "numbers", "error",
            f"the range of years {seg.source[start:end]!r} changed: the target has "
            f"{seg.target[other[0] : other[1]]!r} (to {other[3]}, not {b})",
            segment=seg.id, source_span=(start, end), target_span=(other[0], other[1]),
            data={"kind": "year-range"},
        )]  # fmt: skip
    return []


FACT_CHECKERS = [check_codes, check_digit_strings, check_times, check_short_scales,
                 check_number_words, check_compounds, check_signs, check_ordinals,
                 check_sentences, check_units, check_unit_words, check_repeated_numbers,
                 check_separators, check_negation, check_decades, check_ordinal_words,
                 check_scale_words, check_percentage_points, check_time_units, check_glued_numbers,
                 check_vague_quantities, check_fractions, check_approximators,
                 check_relative_time, check_direction, check_weekdays, check_invented_number_words,
                 check_word_negation, check_bidi_numbers, check_range_currency, check_bare_dollar,
                 check_number_order, check_foreign_numbers, check_invented_numbers,
                 check_invented_units, check_added_negation, check_additive_negation,
                 check_name_order, check_actor_order, check_name_spelling, check_name_case,
                 check_name_lost,
                 check_speaker_lost, check_verb_missing, check_purpose_lost,
                 check_opening_lost, check_modality, check_action, check_ranks, check_tense,
                 check_restrictors, check_quantifiers, check_lists, check_day_words,
                 check_conditional, check_attribution_lost, check_agent_lost, check_hedge_lost,
                 check_inverse_sense, check_range_run_together, check_invented_birth,
                 check_invented_place, check_month_beside_date,
                 check_day_part_turned, check_hidden_characters, check_year_range_end]  # fmt: skip
