"""Dates in text: find them in any CLDR shape, pair them by value, write them the CLDR way."""

from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
import re
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from babel import Locale
from babel.dates import format_date, format_skeleton, tokenize_pattern

from .. import regexcache
from ..locales import get_locale
from ..regexcache import compile as re_compile
from .text import WS, has_decimal_digit, is_space

if TYPE_CHECKING:
    from ..locales import LocaleProfile


@dataclass(frozen=True)
class DateMention:
    """A date written with a month name (or a weekday name alone) and its parts."""

    start: int
    end: int
    text: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None  # 0 = Monday (Babel's numbering)

    @property
    def parts(self) -> tuple[int | None, int | None, int | None]:
        return self.year, self.month, self.day

    def same_date(self, other: DateMention) -> bool:
        """Same day, month and year wherever this mention states them."""
        mine = [(a, b) for a, b in zip(self.parts, other.parts, strict=True) if a is not None]
        if not mine:
            return self.weekday is not None and self.weekday == other.weekday
        return all(a == b for a, b in mine)


_SKELETONS = (
    "yMMMMEEEEd",
    "yMMMMd",
    "yMMMd",
    "yMMMEd",
    "MMMMEEEEd",
    "MMMMd",
    "MMMd",
    "MMMEd",
    "yMMMM",
    "yMMM",
)
SHAPE_LOCALES = ("en", "pt", "fr", "de", "es", "it", "ru")


@dataclass(frozen=True)
class _Names:
    months: dict[str, int]  # lower-cased name or dotted prefix -> month
    days: dict[str, int]
    month_regex: str
    abbr_regex: str
    day_regex: str
    flags: int
    wide_months: tuple[str, ...]
    wide_days: tuple[str, ...]


@cache
def _names(locale_id: str) -> _Names:
    locale = get_locale(locale_id)
    assert locale is not None
    wide: dict[str, int] = {}
    abbr: dict[str, int] = {}
    for context in ("format", "stand-alone"):
        for i, name in locale.months[context]["wide"].items():
            wide[name.lower()] = i
            for k in range(3, len(name)):
                abbr.setdefault(name[:k].lower() + ".", i)
        for i, name in locale.months[context]["abbreviated"].items():
            abbr.setdefault(name.lower().rstrip("."), i)
            abbr.setdefault(name.lower().rstrip(".") + ".", i)
    days: dict[str, int] = {}
    for context in ("format", "stand-alone"):
        for i, name in locale.days[context]["wide"].items():
            days[name.lower()] = i
    caps = all(n[:1].isupper() for n in locale.months["format"]["wide"].values())
    flags = 0 if caps else re.IGNORECASE

    def alt(names: Iterable[str], title: bool) -> str:
        # longest first; names of one length in a fixed order, so that the regex is the same
        # string in every process (translate.regexcache looks it up by its text)
        opts = sorted(set(names), key=lambda n: (-len(n), n))
        # the flat alternation's matches, the names that share a first letter read after it
        # once (regexcache.literal_alternation)
        return regexcache.literal_alternation([n.title() if title else n for n in opts])

    # a language that capitalizes its month names also writes a whole date in capitals, in a
    # heading or a form's caption ("DECEMBER 20, 2017"): its wide names in capitals are read too
    # (not its abbreviations: "DEC", "MAR", "MAY" in capitals are as often words or codes)
    month_regex = alt(wide, caps)
    if caps:
        both = {n.title() for n in wide} | {n.upper() for n in wide}
        month_regex = regexcache.literal_alternation(sorted(both, key=lambda n: (-len(n), n)))
    return _Names(
        months={**abbr, **wide},
        days=days,
        month_regex=month_regex,
        abbr_regex=alt(abbr, caps).replace("\\.", "\\.?") if abbr else "(?!)",
        day_regex=alt(days, caps),
        flags=flags,
        wide_months=tuple(locale.months["format"]["wide"][i] for i in range(1, 13)),
        wide_days=tuple(locale.days["format"]["wide"][i] for i in range(7)),
    )


def _date_patterns(locale: Locale) -> list[str]:
    out = [locale.date_formats[w].pattern for w in ("full", "long", "medium")]
    out += [
        locale.datetime_skeletons[s].pattern for s in _SKELETONS if s in locale.datetime_skeletons
    ]
    return [p for p in out if "MMM" in p or "LLL" in p]


SHIPPED_SHAPES = Path(__file__).resolve().parent / "date-shapes.json"


@cache
def _shipped_shapes() -> dict[str, list[str]]:
    """The date patterns of the shape locales as ``scripts/date_shapes.py`` stored them for
    the installed Babel (reading five more CLDR locales only for them cost a first run about
    0.05 s of CPU); empty when they were stored for another Babel or other skeletons."""
    import json

    import babel

    try:
        data = json.loads(SHIPPED_SHAPES.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict) or data.get("babel") != babel.__version__ or \
            data.get("skeletons") != list(_SKELETONS) or \
            not isinstance(data.get("patterns"), dict):
        return {}
    return data["patterns"]  # type: ignore[no-any-return]


def shape_patterns(locale_id: str) -> list[str]:
    """The CLDR date patterns with a month name of ``locale_id`` (empty for an unknown one)."""
    stored = _shipped_shapes().get(locale_id)
    if stored is not None:
        return list(stored)
    locale = get_locale(locale_id)
    return _date_patterns(locale) if locale is not None else []


def _pattern_regex(pattern: str, names: _Names, day_suffix: str, ws: str = WS) -> str | None:
    parts: list[str] = []
    for kind, value in tokenize_pattern(pattern):
        if kind == "chars":
            text = str(value).replace("\u200f", "").replace("\u200e", "")
            chunk = ""
            for i, ch in enumerate(text):
                if is_space(ch):
                    if not (i and text[i - 1] == ","):
                        chunk += f"{ws}+"
                elif ch == "," and i + 1 < len(text) and is_space(text[i + 1]):
                    # ", " may lose its space ("October 31,2018", probe49's court-07) or its
                    # comma ("October 31 2018"), never both ("October 312018")
                    chunk += f"(?:,{ws}*|{ws}+)"
                elif ch == ",":
                    chunk += ",?"
                elif ch == ".":
                    chunk += r"\.?"
                else:
                    chunk += re.escape(ch)
            parts.append(chunk.replace(f"{ws}+{ws}+", f"{ws}+"))
            continue
        char, count = value  # type: ignore[misc,str-unpack]
        count = int(count)
        if char == "d":
            parts.append(rf"(?P<d>[0-3]?\d)(?:{day_suffix})?" if day_suffix else r"(?P<d>[0-3]?\d)")
        elif char in "ML" and count >= 4:
            parts.append(rf"(?P<M>{names.month_regex})")
        elif char in "ML" and count == 3:
            parts.append(rf"(?P<M>{names.abbr_regex}|{names.month_regex})")
        elif char == "y" and count != 2:
            parts.append(r"(?P<y>[12]\d{3})")
        elif char in "Ec" and count >= 4:
            parts.append(rf"(?P<E>{names.day_regex})")
        else:
            return None
    return r"(?<![\w])" + "".join(parts) + r"(?![\w])"


@dataclass(frozen=True)
class _Shape:
    """One date shape with one locale's names: ``probe`` is the same shape with every name
    alternation widened to a run of the names' letters (cheap to compile, and it matches
    wherever ``regex`` does), so that ``regex`` itself, whose month alternations cost most of a
    millisecond each to compile, is compiled only for a text the probe finds something in.
    ``needs`` are what any match of ``regex`` holds (a day's digit, a year, a weekday name of
    the locale, as regexes searched with ``flags``): in a text without one of them, neither
    is compiled."""

    probe_regex: str
    regex: str
    flags: int
    needs: tuple[str, ...] = ()

    @property
    def probe(self) -> re.Pattern[str]:
        return _compiled(self.probe_regex, self.flags)


_DAY_DIGIT = r"\d"  # the day field, (?P<d>[0-3]?\d), holds at least this
_YEAR = r"[12]\d{3}"  # the year field's own regex


def _shape_needs(pattern: str, names: _Names) -> tuple[str, ...]:
    """What every match of ``_pattern_regex(pattern, names, ...)`` holds: its mandatory day,
    year and weekday fields, as regexes."""
    needs: list[str] = []
    for kind, value in tokenize_pattern(pattern):
        if kind == "chars":
            continue
        char, count = value  # type: ignore[misc,str-unpack]
        if char == "d":
            needs.append(_DAY_DIGIT)
        elif char == "y" and int(count) != 2:
            needs.append(_YEAR)
        elif char in "Ec" and int(count) >= 4:
            needs.append(f"(?:{names.day_regex})")
    return tuple(dict.fromkeys(needs))


@cache
def _loose_names(locale_id: str) -> _Names:
    """``_names(locale_id)`` with each alternation widened to a run of the names' letters that
    starts with one of their first letters: every string the alternation matches, this matches
    too (the probe of :class:`_Shape`), and it compiles in a fraction of the time."""
    names = _names(locale_id)

    def loose(words: Iterable[str]) -> str:
        chars: set[str] = {"."}
        heads: set[str] = set()
        for word in words:
            chars.update(word.lower(), word.upper(), word.title())
            heads.update(word[:1].lower(), word[:1].upper(), word[:1].title())
        if all(c == "." or c.isalpha() for c in chars):  # the same for most locales
            letters = r"(?:[^\W\d_]|\.)"
        else:
            letters = "[" + "".join(re.escape(c) for c in sorted(chars)) + "]"
        if not heads or "." in heads:  # a name that starts with a dot: letters alone
            return letters + "+"
        return "[" + "".join(re.escape(h) for h in sorted(heads)) + "]" + letters + "*"

    months = loose(names.months)
    return dataclasses.replace(
        names, month_regex=months, abbr_regex=months, day_regex=loose(names.days)
    )


@cache
def _compiled(regex: str, flags: int) -> re.Pattern[str]:
    return regexcache.compile(regex, flags)  # the shipped opcodes (translate.regexcache)


@cache
def _date_shapes(
    shape_locales: tuple[str, ...], name_locales: tuple[str, ...], day_suffix: str
) -> tuple[_Shape, ...]:
    """Every CLDR shape of ``shape_locales`` with the month and day names of every locale in
    ``name_locales``, longest shapes first."""
    shapes: list[str] = []
    for shape_locale in shape_locales:
        shapes.extend(shape_patterns(shape_locale))
    shapes = sorted(dict.fromkeys(shapes), key=len, reverse=True)
    out: list[_Shape] = []
    for name_locale in name_locales:
        names = _names(name_locale)
        loose = _loose_names(name_locale)
        for shape in shapes:
            regex = _pattern_regex(shape, names, day_suffix)
            probe = _pattern_regex(shape, loose, day_suffix, ws=r"\s")  # \s: any space
            if regex is not None and probe is not None:
                out.append(_Shape(probe, regex, names.flags, _shape_needs(shape, names)))
    return tuple(out)


_DIGIT_NEEDS = (_DAY_DIGIT, _YEAR)


@cache
def _shapes_without_digits(
    shape_locales: tuple[str, ...], name_locales: tuple[str, ...], day_suffix: str
) -> tuple[_Shape, ...]:
    """The shapes of :func:`_date_shapes` none of whose needs is a digit (a day, a year): the
    only ones that can match a text with no digit (none, for the shipped shapes)."""
    shapes = _date_shapes(shape_locales, name_locales, day_suffix)
    return tuple(s for s in shapes if not any(n in _DIGIT_NEEDS for n in s.needs))


def _date_regexes(
    shape_locales: tuple[str, ...], name_locales: tuple[str, ...], day_suffix: str
) -> tuple[re.Pattern[str], ...]:
    """Compiled date regexes: every CLDR shape of ``shape_locales`` with the month and day names
    of every locale in ``name_locales``, longest shapes first."""
    shapes = _date_shapes(shape_locales, name_locales, day_suffix)
    return tuple(_compiled(s.regex, s.flags) for s in shapes)


def day_suffixes_of(profile: LocaleProfile | None, lang: str) -> str:
    if profile is not None:
        dates = profile.extra.get("dates", {})
        if isinstance(dates, dict) and dates.get("day_suffixes"):
            return "|".join(re.escape(s) for s in dates["day_suffixes"])
    return {"en": "st|nd|rd|th", "pt": "º|°", "es": "º|°", "fr": "er"}.get(lang, "")


def lookup_name(name_locales: Sequence[str], kind: str, text: str) -> int | None:
    key = " ".join(text.lower().split())
    for loc in name_locales:
        names = _names(loc)
        table = names.months if kind == "M" else names.days
        for candidate in (key, key.rstrip("."), key + "."):
            if candidate in table:
                return table[candidate]
    return None


def find_dates(
    text: str,
    shape_locales: Sequence[str],
    name_locales: Sequence[str],
    day_suffix: str = "",
    *,
    solo: bool = True,
    names_in_caps: bool = False,
) -> list[DateMention]:
    """Dates in ``text`` in any CLDR shape of ``shape_locales`` with names of ``name_locales``;
    with ``solo``, weekday names and (unambiguous) month names standing alone too.
    ``names_in_caps``: a lone month or weekday name capitalized inside a sentence of a language
    that writes them in lower case is a word of a proper name (:func:`_solo_names`); used on
    the source side, where the writer's capitals can be trusted, not on the engine's output.

    >>> [d.parts for d in find_dates("On September 26, 2020 and Sept. 27", ["en"], ["en"])]
    [(2020, 9, 26), (None, 9, 27)]
    """
    found: list[DateMention] = []
    taken = _Spans()
    key = (tuple(shape_locales), tuple(name_locales), day_suffix)
    # a shape with a day or a year needs a digit: without one, only the others can match
    candidates = _date_shapes(*key) if has_decimal_digit(text) else _shapes_without_digits(*key)
    # every shape has a month name: without one, the shapes are not even looked at; with one,
    # a shape's own regex is compiled only when its probe finds something (_Shape)
    shapes: tuple[_Shape, ...] = ()
    months = True  # whether a month name may stand in the text (unknown: yes)
    if candidates:
        months = _month_probe(key[1]).search(text) is not None
        if months:
            shapes = candidates
    present: dict[tuple[str, int], bool] = {}
    for shape in shapes:
        if not all(_holds(text, need, shape.flags, present) for need in shape.needs):
            continue  # no match possible: neither the probe nor the shape is compiled
        if shape.probe.search(text) is None:
            continue
        spans: list[tuple[int, int]] = []  # one shape's matches never overlap each other
        for m in _compiled(shape.regex, shape.flags).finditer(text):
            if taken.overlaps(m.start(), m.end()):
                continue
            groups = m.groupdict()
            month = lookup_name(name_locales, "M", groups["M"]) if groups.get("M") else None
            if month is None:
                continue
            if m.start("M") == m.start() and _in_citation(text, m.start(), groups["M"]):
                continue  # "22 I&N Dec. 1381": a reporter's name and a page, no December
            day = int(groups["d"]) if groups.get("d") else None
            if day is not None and not 1 <= day <= 31:
                continue
            if (day is not None and m.end("d") == m.end()
                    and _NUMERIC_DATE_REST.match(text, m.end())):
                continue  # "Ago 25/04/2014": the day is the first part of a date in digits,
                # which has its own month; the word before it is no month of that date
            weekday = lookup_name(name_locales, "E", groups["E"]) if groups.get("E") else None
            found.append(
                DateMention(
                    m.start(),
                    m.end(),
                    m.group(),
                    int(groups["y"]) if groups.get("y") else None,
                    month,
                    day,
                    weekday,
                )
            )
            spans.append(m.span())
        taken.add(spans)
    if solo:
        found += _solo_names(text, name_locales, taken, names_in_caps=names_in_caps,
                             months=months)
    return sorted(found, key=lambda d: d.start)


# the rest of a complete date in digits after its first part: "/04/2014", ".04.2014", "-04-2014"
_NUMERIC_DATE_REST = re_compile(r"([/.\-])\d{1,2}\1\d{2,4}(?!\d)")


# a legal citation's volume and the reporter's abbreviated name before it: "22 I&N " (then
# "Dec. 1381", Decisions, page 1381); words with "&" or a period, or in capitals, one to three
_CITATION_BEFORE = re_compile(
    r"(?<![\w.,])\d{1,4}[ \u00a0]+(?:(?:[A-Z][\w]*[&.][\w&.]*|[A-Z]{2,})[ \u00a0]+){1,3}$"
)


def _in_citation(text: str, start: int, month: str) -> bool:
    """Is the abbreviated month name ``month`` at ``start`` a word of a reporter's name in a
    legal citation (a volume number, abbreviations, then it and a page: "22 I&N Dec. 1381")?
    A wide month name ("December") is always a month.

    >>> _in_citation("Matter of Alday, 22 I&N Dec. 1381 (BIA 2019)", 24, "Dec.")
    True
    >>> _in_citation("It opened on 22 Dec. 1381.", 16, "Dec.")
    False
    """
    if not month.endswith(".") and len(month) > 4:
        return False
    return _CITATION_BEFORE.search(text[max(0, start - 60):start]) is not None


def _holds(text: str, need: str, flags: int, known: dict[tuple[str, int], bool]) -> bool:
    found = known.get((need, flags))
    if found is None:
        found = known[need, flags] = re.search(need, text, flags) is not None
    return found


@cache
def _month_probe(name_locales: tuple[str, ...]) -> re.Pattern[str]:
    """Any month name or abbreviation of these locales: a cheap test before the date shapes."""
    names = [_names(loc) for loc in name_locales]
    alternatives = "|".join(f"{n.abbr_regex}|{n.month_regex}" for n in names) or "(?!)"
    return regexcache.compile(rf"(?<![\w])(?:{alternatives})", re.IGNORECASE)


@cache
def _solo_month_regex(locale_id: str) -> str:
    names = _names(locale_id)
    long_names = sorted((n for n in names.wide_months if len(n) > 3), key=len, reverse=True)
    return "|".join(re.escape(n) for n in long_names)


@cache
def _solo_patterns(locale_id: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """The weekday ("E") and month ("M") names :func:`_solo_names` finds, compiled once."""
    names = _names(locale_id)
    return tuple(
        (kind, re_compile(rf"(?<![\w])(?:{regex})(?![\w])", names.flags))
        for kind, regex in (("E", names.day_regex), ("M", _solo_month_regex(locale_id)))
        if regex
    )


def _solo_names(
    text: str, name_locales: Sequence[str], taken: _Spans | list[tuple[int, int]], *,
    names_in_caps: bool = False, months: bool = True,
) -> list[DateMention]:
    """Weekday names, and month names of more than three letters ("May" is also a verb).
    With ``names_in_caps``, in a language that writes these names in lower case (CLDR), a
    capitalized one that does not open a sentence is part of a proper name, not a date: "Rio de
    Janeiro", "Plácido Domingo".

    >>> text = "Foi em janeiro no Rio de Janeiro."
    >>> [d.text for d in _solo_names(text, ["pt"], [], names_in_caps=True)]
    ['janeiro']

    ``months=False``: the month probe of ``name_locales`` (:func:`_month_probe`: every wide
    month name and abbreviation, in any case) found none in ``text``; the month names are not
    looked for, the weekdays are.
    """
    out: list[DateMention] = []
    if not isinstance(taken, _Spans):
        spans_given, taken = taken, _Spans()
        taken.add(sorted(spans_given))
    for loc in name_locales:
        names = _names(loc)
        for kind, pattern in _solo_patterns(loc):
            if kind == "M" and not months:
                continue  # no month name of these locales anywhere in the text
            spans: list[tuple[int, int]] = []  # one pattern's matches never overlap each other
            for m in pattern.finditer(text):
                if taken.overlaps(m.start(), m.end()):
                    continue
                if (
                    names_in_caps
                    and names.flags & re.IGNORECASE
                    and m.group()[:1].isupper()
                    and not _opens_sentence(text, m.start())
                ):
                    continue  # a name's word in a lower-case-months language
                value = lookup_name([loc], kind, m.group())
                if value is None:
                    continue
                out.append(
                    DateMention(
                        m.start(),
                        m.end(),
                        m.group(),
                        month=value if kind == "M" else None,
                        weekday=value if kind == "E" else None,
                    )
                )
                spans.append(m.span())
            taken.add(spans)
    return out


class _Spans:
    """Spans of a text that overlap none of each other, in order, for :func:`find_dates`: is a
    new match over one of them (a bisection: the spans are disjoint, so their ends rise with
    their starts) and take a shape's matches in (a merge). It replaces a scan of every span
    taken for every match (facts55: 20,000 dates took minutes).

    >>> t = _Spans()
    >>> t.add([(10, 20), (30, 40)])
    >>> [t.overlaps(a, b) for a, b in [(0, 10), (0, 11), (19, 21), (20, 30), (25, 31), (40, 50)]]
    [False, True, True, False, True, False]
    """

    __slots__ = ("ends", "starts")

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def overlaps(self, start: int, end: int) -> bool:
        """Does ``[start, end)`` share a character with a span taken (``a < end and start <
        b``, as the scan read it)?"""
        i = bisect_left(self.starts, end) - 1  # the last span starting before ``end``
        return i >= 0 and self.ends[i] > start

    def add(self, spans: list[tuple[int, int]]) -> None:
        """Take ``spans`` (in order, none over another or over one taken)."""
        if not spans:
            return
        if not self.starts or spans[0][0] >= self.ends[-1]:
            self.starts += [a for a, _ in spans]
            self.ends += [b for _, b in spans]
            return
        merged = sorted([*zip(self.starts, self.ends, strict=True), *spans])  # two runs: linear
        self.starts = [a for a, _ in merged]
        self.ends = [b for _, b in merged]


_OPENERS = "\"'“”‘’«»„‚(¡¿—–- \t\u00a0"


def _opens_sentence(text: str, pos: int) -> bool:
    """Nothing but quotes, brackets and spaces between ``pos`` and the start of ``text`` or the
    end of the sentence before it."""
    head = text[max(0, pos - 64) : pos].rstrip(_OPENERS)
    return not head or head[-1] in ".!?:;…\n"


def format_date_mention(mention: DateMention, locale: Locale) -> str:
    """The date the way ``locale`` writes it, with the parts the source gave.

    >>> format_date_mention(DateMention(0, 0, "", 2020, 9, 26), Locale.parse("pt_BR"))
    '26 de setembro de 2020'

    A leap day stays the 29th (probe39: "29 February 1956" was written "28 de fevereiro"):
    a day past the month's end is taken as its last day of that year (of a leap year when
    the source gives none).

    >>> format_date_mention(DateMention(0, 0, "", 1956, 2, 29), Locale.parse("pt_BR"))
    '29 de fevereiro de 1956'
    """
    year, month, day = mention.parts
    if month is None:
        assert mention.weekday is not None
        return str(locale.days["format"]["wide"][mention.weekday])
    last = calendar.monthrange(year or 2000, month)[1]  # 2000: a leap year
    when = dt.date(year or 2000, month, min(day or 1, last))
    if day is None and year is None:
        return str(locale.months["stand-alone"]["wide"][month])
    if day is None:
        return str(format_skeleton("yMMMM", when, locale=locale))
    if year is None:
        skeleton = "MMMMEEEEd" if mention.weekday is not None else "MMMMd"
        return str(format_skeleton(skeleton, when, locale=locale))
    return str(format_date(when, "full" if mention.weekday is not None else "long", locale=locale))


def pair_dates(
    src: Sequence[DateMention], tgt: Sequence[DateMention]
) -> tuple[
    list[tuple[DateMention, DateMention]], list[tuple[DateMention, DateMention]], list[DateMention]
]:
    """Like :func:`pair_numbers`, for dates (a weekday alone pairs only by value)."""
    used: set[int] = set()
    matched: list[tuple[DateMention, DateMention]] = []
    left: list[DateMention] = []
    for s in src:
        for j, t in enumerate(tgt):
            if (
                j not in used
                and s.same_date(t)
                and (s.month is None) == (t.month is None)
                and (t.day is not None or s.day is None)
            ):
                used.add(j)
                matched.append((s, t))
                break
        else:
            left.append(s)
    rest = [
        t for j, t in enumerate(tgt) if j not in used and t.month is not None and t.day is not None
    ]
    full = [s for s in left if s.month is not None and s.day is not None]
    changed = (
        list(zip(full, rest, strict=True)) if full and len(full) == len(rest) == len(left) else []
    )
    missing = [s for s in left if all(s is not c[0] for c in changed)]
    return matched, changed, missing
