"""Localization of translated text: dates, numbers, percentages and quotation marks.

Engines translate words, not conventions: they copy "1,234.5" into Portuguese, garble digits
("1.2234,5 milhões") or leave "September" untranslated. So this stage does not trust the
target. It finds every date and number in the *source* (parsed with the source locale's CLDR
data), finds their rendering in the target whatever its convention, and rewrites that span with
Babel for the target locale. A target number is matched to a source number by *value*; a value
the engine changed is replaced only when the pairing is unambiguous, and reported.

Everything comes from CLDR through Babel, always with an explicit :class:`babel.Locale`:
month and day names, date patterns, decimal/group symbols, percent and compact ("3,5 milhões")
patterns, plural forms. Quotation marks come from the locale profile (CLDR ``<delimiters>``,
which Babel does not ship). Left alone on purpose: integers written without separators (years
never gain a group separator), ordinals, times, ranges, version numbers, phone numbers and
digits inside names or URLs.
"""

from __future__ import annotations

import contextlib
import copy
import datetime as dt
import difflib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from functools import cache
from typing import TYPE_CHECKING, Any

from babel import Locale
from babel.dates import format_date, format_skeleton, tokenize_pattern
from babel.numbers import get_decimal_symbol, get_group_symbol, parse_pattern

from ..model import Finding, Severity

if TYPE_CHECKING:
    from ..locales import LocaleProfile
    from ..model import TranslatedSegment

SPACES = " \u00a0\u202f\u2009"
_WS = "[ \u00a0\u202f\u2009]"
# The look-behinds let the e-mail and bare-domain forms start only where a run starts: without
# them a 20,000-character token is rescanned from every position (quadratic time).
_URL = re.compile(
    r"(?:https?://|www\.)\S+|(?<![\w.+-])[\w.+-]+@[\w-]+\.[\w.-]+"
    r"|(?<!\S)\S+\.(?:com|org|net|gov|edu|io)\S*",
    re.IGNORECASE,
)


# ---------------------------------------------------------------------------------------------
# Locales
# ---------------------------------------------------------------------------------------------


@cache
def get_locale(tag: str) -> Locale | None:
    """The Babel locale for a BCP 47 tag or language code, or None when CLDR lacks it."""
    try:
        return Locale.parse(tag.replace("_", "-"), sep="-")
    except (ValueError, TypeError, Exception):  # babel raises UnknownLocaleError(Exception)
        return None


def _is_space(ch: str) -> bool:
    return ch in SPACES


# ---------------------------------------------------------------------------------------------
# Numbers
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class NumberMention:
    """A number written in a text: where, as what, and every value it may stand for.

    ``values`` holds one value for a source number (parsed with the source locale) and all
    plausible readings for a target number (target convention, source convention, garbled).
    """

    start: int
    end: int
    text: str
    values: frozenset[Decimal]  # full values: mantissa * scale (percent: as written, 12.5)
    mantissa: Decimal | None = None  # the first (preferred) reading of the digits
    scale: int = 1  # 10**3, 10**6 ... for "thousand", "million", "mi", "万"
    scale_form: str | None = None  # "long" | "short"
    percent: bool = False
    grouped: bool = False
    frac_digits: int = 0
    number_end: int = -1  # end of the digits (before "%" or a scale word)

    @property
    def value(self) -> Decimal:
        assert self.mantissa is not None
        return self.mantissa * self.scale

    @property
    def digits(self) -> str:
        return "".join(ch for ch in self.text[: self.number_end - self.start] if ch.isdigit())

    @property
    def small(self) -> bool:
        """A small integer an engine may legitimately write out in words ("six weeks")."""
        return (
            not self.percent
            and self.scale == 1
            and self.mantissa is not None
            and self.mantissa == self.mantissa.to_integral_value()
            and 0 <= self.mantissa <= 10
        )


_RUN_SPACED = re.compile(r"\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?:[.,]\d+)?(?!\d)")
_RUN = re.compile(r"\d+(?:[.,'’\u066b\u066c\u00a0\u202f]\d+)*")


def _digits_to_ascii(text: str) -> str:
    return "".join(str(int(ch)) if ch.isdigit() and not ch.isascii() else ch for ch in text)


def _symbols(locale: Locale) -> tuple[str, str]:
    dec = get_decimal_symbol(locale)
    grp = get_group_symbol(locale)
    return dec, (" " if _is_space(grp) else grp)


def _parse_run(run: str, dec: str, grp: str) -> tuple[Decimal, bool, int] | None:
    """Parse digits with the given decimal and group symbols, strictly.

    Returns (value, grouped, fraction digits), or None when the run is not a well-formed
    number in that convention (e.g. "2.4.1", or "1.2234" with "." as group separator).

    >>> _parse_run("1,234.5", ".", ",")
    (Decimal('1234.5'), True, 1)
    >>> _parse_run("1,234.5", ",", ".") is None
    True
    """
    text = "".join(" " if _is_space(ch) else ("'" if ch in "'’" else ch) for ch in run)
    text = text.replace("\u066b", ".").replace("\u066c", ",")
    grp = "'" if grp in "'’" else grp
    frac = ""
    seps = [ch for ch in text if not ch.isdigit()]
    if not seps:
        return Decimal(_digits_to_ascii(text)), False, 0
    if text.count(dec) == 1 and seps[-1] == dec:
        text, frac = text.rsplit(dec, 1)
    if not frac.isdigit() and frac:
        return None
    groups = text.split(grp) if grp else [text]
    if not all(g.isdigit() for g in groups):
        return None
    if len(groups) > 1 and (not 1 <= len(groups[0]) <= 3 or any(len(g) != 3 for g in groups[1:])):
        return None
    number = _digits_to_ascii("".join(groups)) + ("." + _digits_to_ascii(frac) if frac else "")
    return Decimal(number), len(groups) > 1, len(frac)


def _lenient_values(run: str) -> set[Decimal]:
    """Readings of a garbled run: the last separator as decimal mark, or no decimal mark.

    Engines write "1,234,5" or "1.2234,5" for 1,234.5; both readings are kept so that the
    value comparison can still pair the number with its source.
    """
    text = _digits_to_ascii(run)
    parts = re.split(r"[^\d]", text)
    out: set[Decimal] = set()
    with_no_dec = "".join(parts)
    if with_no_dec:
        out.add(Decimal(with_no_dec))
    if len(parts) > 1:
        with contextlib.suppress(InvalidOperation):
            out.add(Decimal("".join(parts[:-1]) + "." + parts[-1]))
    return out


@dataclass(frozen=True)
class ScaleWord:
    word: str
    unit: int  # the value one of it stands for (1000, 10**6, 10**4 for 万 ...)
    form: str  # long | short


@cache
def _scale_words(locale_ids: tuple[str, ...]) -> tuple[ScaleWord, ...]:
    """Scale words ("million", "milhões", "mil milhões", "M", "万") from CLDR compact patterns."""
    found: dict[tuple[str, str], ScaleWord] = {}
    for locale_id in locale_ids:
        locale = get_locale(locale_id)
        if locale is None:
            continue
        formats = locale.compact_decimal_formats
        for form in ("short", "long"):
            try:
                table = formats[form]
                plurals = list(table.keys())
            except KeyError:
                continue
            for plural in plurals:
                for key in table[plural]:
                    pattern = table[plural][key].pattern
                    zeros = re.search(r"0+", pattern)
                    if zeros is None or pattern[: zeros.start()].strip(SPACES + "'"):
                        continue  # prefixed units ("$0K") are not used after a number in text
                    word = _unquote(pattern[zeros.end() :]).strip(SPACES)
                    if not word or any(ch.isdigit() for ch in word):
                        continue
                    unit = int(key) // 10 ** (len(zeros.group()) - 1)
                    norm = word.lower() if form == "long" else word
                    found[(norm, form)] = ScaleWord(norm, unit, form)
    return tuple(sorted(found.values(), key=lambda s: -len(s.word)))


def _unquote(text: str) -> str:
    return re.sub(r"'([^']*)'", r"\1", text)


def _locales_of(lang: str, *extra: str) -> tuple[str, ...]:
    ids = [lang, *extra]
    if lang == "pt":
        ids += ["pt-PT"]  # "mil milhões" must be understood in a pt-BR edition too
    if lang == "es":
        ids += ["es-419"]
    return tuple(dict.fromkeys(i for i in ids if i))


def _match_scale(text: str, pos: int, words: Sequence[ScaleWord]) -> tuple[ScaleWord, int] | None:
    """A scale word right after a number at ``pos`` (long forms after a space)."""
    spaces = 0
    while pos + spaces < len(text) and _is_space(text[pos + spaces]) and spaces < 2:
        spaces += 1
    for sw in words:
        at = pos + spaces if sw.form == "long" or spaces else pos
        if sw.form == "long" and not spaces:
            continue
        chunk = text[at : at + len(sw.word)]
        if (chunk.lower() if sw.form == "long" else chunk) != sw.word:
            continue
        end = at + len(sw.word)
        if (
            end < len(text)
            and (text[end].isalnum() or text[end] == "_")
            and sw.word[-1].isalpha()
            and not _is_cjk(sw.word[-1])
        ):
            continue
        return sw, end
    return None


def _is_cjk(ch: str) -> bool:
    return "\u3000" <= ch <= "\u9fff" or "\uac00" <= ch <= "\ud7af"


def _protected_spans(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _URL.finditer(text)]


def _inside(pos: int, spans: Iterable[tuple[int, int]]) -> bool:
    return any(a <= pos < b for a, b in spans)


def _number_runs(text: str, space_groups: bool) -> Iterable[tuple[int, int]]:
    """Candidate digit runs, without the ones that are not quantities (see module docstring)."""
    skip = _protected_spans(text)
    taken: list[tuple[int, int]] = []
    if space_groups:
        for m in _RUN_SPACED.finditer(text):
            taken.append(m.span())
    for m in _RUN.finditer(text):
        if any(a < m.end() and m.start() < b for a, b in taken):
            continue
        taken.append(m.span())
    for start, end in sorted(taken):
        if _inside(start, skip) or not _is_quantity(text, start, end):
            continue
        yield start, end


def _is_quantity(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start else ""
    before2 = text[start - 2] if start > 1 else ""
    after = text[end] if end < len(text) else ""
    after2 = text[end + 1] if end + 1 < len(text) else ""
    if before and (before.isalnum() or before in "_./:#@\\+&"):
        return False  # A320, v2, /2020, +1 555 ...
    if before in "-–" and before2.isalnum():
        return False  # COVID-19, F-16, 2019-2020
    if after in ":-–/" and after2.isdigit():
        return False  # 10:30, 2021-03-04, 9/26, ranges, phone numbers
    if after in ".," and after2.isdigit():
        return False  # a run the strict regex stopped in the middle of (2.4.1.5)
    return not (after.isalpha() and not _is_cjk(after) and after not in "KMBTkmbt")


def find_numbers(
    text: str,
    locale: Locale,
    *,
    scale_locales: Sequence[str] = (),
    exclude: Sequence[tuple[int, int]] = (),
    lenient: Sequence[Locale] = (),
) -> list[NumberMention]:
    """Numbers in ``text`` written the way of ``locale`` (strictly) or, for target text, of any
    locale in ``lenient`` or garbled; spans in ``exclude`` (dates) are skipped.

    >>> [str(v) for m in find_numbers("Rose 12.5% to 3.5 million in 2020.", Locale("en"),
    ...  scale_locales=("en",)) for v in m.values]
    ['12.5', '3500000.0', '2020']
    """
    dec, grp = _symbols(locale)
    space_groups = grp == " " or any(_symbols(loc)[1] == " " for loc in lenient)
    words = _scale_words(tuple(scale_locales) or (str(locale),))
    out: list[NumberMention] = []
    for start, end in _number_runs(text, space_groups):
        if _inside(start, exclude) or _inside(end - 1, exclude):
            continue
        run = text[start:end]
        parsed = _parse_run(run, dec, grp)
        values: set[Decimal] = set()
        if parsed is not None:
            values.add(parsed[0])
        if lenient:
            for loc in lenient:
                other = _parse_run(run, *_symbols(loc))
                if other is not None:
                    values.add(other[0])
                    parsed = parsed or other
            values |= _lenient_values(run)
        if parsed is None and not values:
            continue
        mantissa, grouped, frac = parsed if parsed else (min(values), False, 0)
        if not lenient and _hangs_on_letter(text, end, words):
            continue
        percent = False
        scale, form, stop = 1, None, end
        pct = re.match(rf"{_WS}?[%٪]", text[end:])
        if pct:
            percent, stop = True, end + pct.end()
        else:
            found = _match_scale(text, end, words)
            if found:
                sw, stop = found
                scale, form = sw.unit, sw.form
        out.append(
            NumberMention(
                start=start,
                end=stop,
                text=text[start:stop],
                values=frozenset(v * scale for v in values)
                | (frozenset(values) if lenient and scale > 1 else frozenset()),
                mantissa=mantissa,
                scale=scale,
                scale_form=form,
                percent=percent,
                grouped=grouped,
                frac_digits=frac,
                number_end=end,
            )
        )
    return out


def _hangs_on_letter(text: str, end: int, words: Sequence[ScaleWord]) -> bool:
    """ "5th", "3a": a number glued to letters that are not a short scale word."""
    after = text[end] if end < len(text) else ""
    return bool(after.isalpha() and not _is_cjk(after) and _match_scale(text, end, words) is None)


def _min_grouping(profile: LocaleProfile | None) -> int:
    if profile is None:
        return 1
    numbers = profile.extra.get("numbers", {})
    return int(numbers.get("min_grouping_digits", 1)) if isinstance(numbers, dict) else 1


def _decimal(
    value: Decimal,
    locale: Locale,
    frac: int,
    grouped: bool,
    min_grouping: int = 1,
    pattern: str | None = None,
) -> str:
    num = copy.copy(parse_pattern(pattern or locale.decimal_formats[None]))
    num.frac_prec = (frac, frac)
    int_digits = len(str(abs(int(value))))
    group = grouped and int_digits >= 3 + min_grouping
    return str(num.apply(value, locale, group_separator=group, numbering_system="latn"))


def format_number(
    mention: NumberMention,
    locale: Locale,
    profile: LocaleProfile | None = None,
    scale_form: str | None = None,
) -> str:
    """``mention`` (a source number) written the way of ``locale``.

    >>> m = find_numbers("1,234.5 million", Locale("en"), scale_locales=("en",))[0]
    >>> format_number(m, Locale.parse("pt_BR"))
    '1.234,5 milhões'
    >>> format_number(find_numbers("12.5%", Locale("en"))[0], Locale("fr"))
    '12,5\\xa0%'
    """
    assert mention.mantissa is not None
    min_grouping = _min_grouping(profile)
    if mention.percent:
        num = copy.copy(parse_pattern(locale.percent_formats[None]))
        num.frac_prec = (mention.frac_digits, mention.frac_digits)
        return str(
            num.apply(
                mention.mantissa / 100,
                locale,
                group_separator=mention.grouped,
                numbering_system="latn",
            )
        )
    if mention.scale > 1:
        compact = _compact(
            mention, locale, scale_form or mention.scale_form or "long", min_grouping
        )
        if compact is not None:
            return compact
        return _decimal(
            mention.value,
            locale,
            max(0, mention.frac_digits - _log10(mention.scale)),
            True,
            min_grouping,
        )
    return _decimal(mention.mantissa, locale, mention.frac_digits, mention.grouped, min_grouping)


def _log10(n: int) -> int:
    return len(str(n)) - 1


def _compact(mention: NumberMention, locale: Locale, form: str, min_grouping: int) -> str | None:
    """A scaled number with the locale's own scale word and plural (CLDR compact patterns)."""
    assert mention.mantissa is not None
    formats = locale.compact_decimal_formats
    try:
        table = formats[form]
        plurals = list(table.keys())
    except KeyError:
        try:
            table = formats["short" if form == "long" else "long"]
            plurals = list(table.keys())
        except KeyError:
            return None
    other = table["other"]
    key = str(mention.scale)
    if key not in other:
        return None
    zeros = re.search(r"0+", other[key].pattern)
    if zeros is None:
        return None
    shift = len(zeros.group()) - 1
    number = mention.mantissa * 10**shift
    frac = max(0, mention.frac_digits - shift)
    plural = str(locale.plural_form(number))
    patterns = table[plural] if plural in plurals and key in table[plural] else other
    pattern = patterns[key].pattern
    zeros = re.search(r"0+", pattern)
    if zeros is None:
        return None
    digits = _decimal(number, locale, frac, mention.grouped or number >= 10000, min_grouping)
    return _unquote(pattern[: zeros.start()]) + digits + _unquote(pattern[zeros.end() :])


# ---------------------------------------------------------------------------------------------
# Dates
# ---------------------------------------------------------------------------------------------


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
_SHAPE_LOCALES = ("en", "pt", "fr", "de", "es", "it", "ru")


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
        opts = sorted(set(names), key=len, reverse=True)
        return "|".join(re.escape(n.title() if title else n) for n in opts)

    return _Names(
        months={**abbr, **wide},
        days=days,
        month_regex=alt(wide, caps),
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


def _pattern_regex(pattern: str, names: _Names, day_suffix: str) -> str | None:
    parts: list[str] = []
    for kind, value in tokenize_pattern(pattern):
        if kind == "chars":
            text = str(value).replace("\u200f", "").replace("\u200e", "")
            chunk = ""
            for ch in text:
                if _is_space(ch):
                    chunk += f"{_WS}+"
                elif ch == ",":
                    chunk += ",?"
                elif ch == ".":
                    chunk += r"\.?"
                else:
                    chunk += re.escape(ch)
            parts.append(chunk.replace(f"{_WS}+{_WS}+", f"{_WS}+"))
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


@cache
def _date_regexes(
    shape_locales: tuple[str, ...], name_locales: tuple[str, ...], day_suffix: str
) -> tuple[re.Pattern[str], ...]:
    """Compiled date regexes: every CLDR shape of ``shape_locales`` with the month and day names
    of every locale in ``name_locales``, longest shapes first."""
    shapes: list[str] = []
    for shape_locale in shape_locales:
        locale = get_locale(shape_locale)
        if locale is not None:
            shapes.extend(_date_patterns(locale))
    shapes = sorted(dict.fromkeys(shapes), key=len, reverse=True)
    compiled: list[re.Pattern[str]] = []
    for name_locale in name_locales:
        names = _names(name_locale)
        for shape in shapes:
            regex = _pattern_regex(shape, names, day_suffix)
            if regex is not None:
                compiled.append(re.compile(regex, names.flags))
    return tuple(compiled)


def _day_suffix(profile: LocaleProfile | None, lang: str) -> str:
    if profile is not None:
        dates = profile.extra.get("dates", {})
        if isinstance(dates, dict) and dates.get("day_suffixes"):
            return "|".join(re.escape(s) for s in dates["day_suffixes"])
    return {"en": "st|nd|rd|th", "pt": "º|°", "es": "º|°", "fr": "er"}.get(lang, "")


def _lookup(name_locales: Sequence[str], kind: str, text: str) -> int | None:
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
) -> list[DateMention]:
    """Dates in ``text`` in any CLDR shape of ``shape_locales`` with names of ``name_locales``;
    with ``solo``, weekday names and (unambiguous) month names standing alone too.

    >>> [d.parts for d in find_dates("On September 26, 2020 and Sept. 27", ["en"], ["en"])]
    [(2020, 9, 26), (None, 9, 27)]
    """
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    has_month = _month_probe(tuple(name_locales)).search(text) is not None
    shapes = _date_regexes(tuple(shape_locales), tuple(name_locales), day_suffix)
    for regex in shapes if has_month else ():  # every shape has a month name
        for m in regex.finditer(text):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            groups = m.groupdict()
            month = _lookup(name_locales, "M", groups["M"]) if groups.get("M") else None
            if month is None:
                continue
            day = int(groups["d"]) if groups.get("d") else None
            if day is not None and not 1 <= day <= 31:
                continue
            weekday = _lookup(name_locales, "E", groups["E"]) if groups.get("E") else None
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
            taken.append(m.span())
    if solo:
        found += _solo_names(text, name_locales, taken)
    return sorted(found, key=lambda d: d.start)


@cache
def _month_probe(name_locales: tuple[str, ...]) -> re.Pattern[str]:
    """Any month name or abbreviation of these locales: a cheap test before the date shapes."""
    names = [_names(loc) for loc in name_locales]
    alternatives = "|".join(f"{n.abbr_regex}|{n.month_regex}" for n in names) or "(?!)"
    return re.compile(rf"(?<![\w])(?:{alternatives})", re.IGNORECASE)


@cache
def _solo_month_regex(locale_id: str) -> str:
    names = _names(locale_id)
    long_names = sorted((n for n in names.wide_months if len(n) > 3), key=len, reverse=True)
    return "|".join(re.escape(n) for n in long_names)


def _solo_names(
    text: str, name_locales: Sequence[str], taken: list[tuple[int, int]]
) -> list[DateMention]:
    """Weekday names, and month names of more than three letters ("May" is also a verb)."""
    out: list[DateMention] = []
    for loc in name_locales:
        names = _names(loc)
        months = _solo_month_regex(loc)
        for kind, regex in (("E", names.day_regex), ("M", months)):
            if not regex:
                continue
            for m in re.finditer(rf"(?<![\w])(?:{regex})(?![\w])", text, names.flags):
                if any(a < m.end() and m.start() < b for a, b in taken):
                    continue
                value = _lookup([loc], kind, m.group())
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
                taken.append(m.span())
    return out


def format_date_mention(mention: DateMention, locale: Locale) -> str:
    """The date the way ``locale`` writes it, with the parts the source gave.

    >>> format_date_mention(DateMention(0, 0, "", 2020, 9, 26), Locale.parse("pt_BR"))
    '26 de setembro de 2020'
    """
    year, month, day = mention.parts
    if month is None:
        assert mention.weekday is not None
        return str(locale.days["format"]["wide"][mention.weekday])
    when = dt.date(
        year or 2000,
        month,
        min(day or 1, 28 if month == 2 else 30 if day == 31 and month in (4, 6, 9, 11) else 31),
    )
    if day is None and year is None:
        return str(locale.months["stand-alone"]["wide"][month])
    if day is None:
        return str(format_skeleton("yMMMM", when, locale=locale))
    if year is None:
        skeleton = "MMMMEEEEd" if mention.weekday is not None else "MMMMd"
        return str(format_skeleton(skeleton, when, locale=locale))
    return str(format_date(when, "full" if mention.weekday is not None else "long", locale=locale))


# ---------------------------------------------------------------------------------------------
# Quotation marks and typography
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Quotes:
    """Primary and alternate (nested) quotation marks of a locale (CLDR ``<delimiters>``)."""

    start: str = "“"
    end: str = "”"
    alt_start: str = "‘"
    alt_end: str = "’"
    padding: str = ""  # space inside the marks (French: narrow no-break space)


_DOUBLE = '"“”„‟«»〝〞＂'
_SINGLE = "'‘’‚‛‹›"
_OPEN_CONTEXT = "([{—–-/" + SPACES + "\n\t"


_HINT = {"«": "open", "„": "open", "‚": "open", "‹": "open", "»": "close", "›": "close"}


def _flank(text: str, i: int, depth: int) -> str:
    """'open' or 'close' for the double quotation mark at ``i``.

    Guillemets and low-9 marks say it themselves; other marks are read from their neighbours
    (a mark after a space opens, one before a space or punctuation closes), and when that says
    nothing, from how many quotations are open.
    """
    hint = _HINT.get(text[i])
    if hint:
        return hint
    before = text[i - 1] if i else ""
    after = text[i + 1] if i + 1 < len(text) else ""
    b_space = not before or before in SPACES + "\n\t" or before in _OPEN_CONTEXT
    a_space = not after or after in SPACES + "\n\t"
    if b_space and not a_space:
        return "open"
    if a_space and not b_space:
        return "close"
    if not a_space and not b_space:
        if after in ".,;:!?)]}…":
            return "close"
        return "close" if depth else "open"
    if not after:
        return "close"
    if not before:
        return "open"
    return "close" if depth else "open"


_END_PUNCT = ".!?…"
_CLOSING = {"“": "”", "„": "“", "«": "»", "»": "«", "〝": "〞"}


def restore_closing_quote(source: str, target: str) -> str | None:
    """The target with the closing quotation mark the engine dropped, or None.

    Engines often drop the mark that ends a quotation at the end of a sentence
    (``disse: “Apelamos … conflito.``), which leaves the rest of the article inside the quote.
    Only that case is repaired: the source ends with a closing mark and pairs all its marks,
    and the target lacks exactly one. The mark goes where the source has it, inside or
    outside the final punctuation; ``localize_quotes`` then gives it the locale's glyph.

    >>> restore_closing_quote('He said: “We call on all sides.”', 'Ele disse: “Apelamos a todos.')
    'Ele disse: “Apelamos a todos.”'
    >>> restore_closing_quote('He said “no”.', 'Ele disse “não.')
    'Ele disse “não”.'
    >>> restore_closing_quote('He said “no”.', 'Ele disse “não”.') is None
    True
    """
    src = source.rstrip()
    src_marks = sum(1 for ch in src if ch in _DOUBLE)
    tgt = target.rstrip()
    tgt_marks = sum(1 for ch in tgt if ch in _DOUBLE)
    if not src or src_marks % 2 or tgt_marks != src_marks - 1 or not tgt:
        return None
    inside = src[-1] in _DOUBLE and len(src) > 1 and src[-2] in _END_PUNCT
    outside = src[-1] in _END_PUNCT and len(src) > 1 and src[-2] in _DOUBLE
    if src[-1] in _DOUBLE and not inside:
        inside = True  # the quotation ends the sentence without punctuation
    if not (inside or outside):
        return None
    if tgt[-1] in _DOUBLE:
        return None  # the target's last mark already closes something: not this case
    last = max(i for i, ch in enumerate(tgt) if ch in _DOUBLE) if tgt_marks else -1
    before = tgt[last - 1] if last > 0 else " "
    after = tgt[last + 1] if last + 1 < len(tgt) else ""
    if last < 0 or not (after.isalnum() and (before in SPACES + "(:[—–-" or before.isspace())):
        return None  # the last quotation in the target is closed: the lost mark is elsewhere
    opening = tgt[last]
    mark = _CLOSING.get(opening, opening)
    if inside or tgt[-1] not in _END_PUNCT:
        return tgt + mark + target[len(tgt) :]
    return tgt[:-1] + mark + tgt[-1] + target[len(tgt) :]


def localize_quotes(text: str, quotes: Quotes) -> str:
    """Replace quotation marks with the locale's, by nesting level; apostrophes stay.

    >>> localize_quotes('Ele disse: "Temos \\'apenas\\' uma condição".', Quotes())
    'Ele disse: “Temos ‘apenas’ uma condição”.'
    >>> localize_quotes("It's the Smiths' car", Quotes())
    "It's the Smiths' car"
    >>> localize_quotes('Ele disse: "O Hamas chama de "permanente" o acordo".', Quotes())
    'Ele disse: “O Hamas chama de ‘permanente’ o acordo”.'
    """
    marks: list[tuple[int, str, str]] = []  # (index, level, side)
    stack: list[str] = []  # levels of the open double marks, innermost last
    single_open: int | None = None
    for i, ch in enumerate(text):
        if ch in _DOUBLE:
            side = _flank(text, i, len(stack))
            # Engines turn the inner 'quote' of a quotation into a second pair of double
            # marks: one opening inside an open quotation is the nested (alternate) level.
            if side == "open":
                level = "double" if not stack else "single"
                stack.append(level)
            else:
                level = stack.pop() if stack else "double"
            marks.append((i, level, side))
        elif ch in _SINGLE:
            before = text[i - 1] if i else ""
            after = text[i + 1] if i + 1 < len(text) else ""
            if before.isalnum() and after.isalnum():
                continue  # apostrophe: don't, d'água, Azerbaijan’s
            opens = (not before or before in _OPEN_CONTEXT or before in _DOUBLE) and after.isalnum()
            closes = bool(before) and before not in SPACES and (
                not after or after in SPACES + ".,;:!?)]}…" or after in _DOUBLE)
            side = "open" if opens else "close" if closes else ""
            if side == "open":
                single_open = len(marks)
                marks.append((i, "single", "open"))
            elif side == "close" and single_open is not None:
                marks.append((i, "single", "close"))
                single_open = None
    if single_open is not None:
        del marks[single_open]  # an unpaired single mark is more likely an apostrophe
    chars = list(text)
    pad = quotes.padding
    for i, level, side in marks:
        glyph = {
            ("double", "open"): quotes.start,
            ("double", "close"): quotes.end,
            ("single", "open"): quotes.alt_start,
            ("single", "close"): quotes.alt_end,
        }[(level, side)]
        if pad and level == "double":
            glyph = glyph + pad if side == "open" else pad + glyph
        chars[i] = glyph
    out = "".join(chars)
    if pad:
        out = re.sub(rf"{re.escape(pad)}[ \u00a0]+|[ \u00a0]+{re.escape(pad)}", pad, out)
    return out


def space_punctuation(text: str, rules: dict[str, str]) -> str:
    """Spaces some locales put before ``; : ! ?`` (French: narrow no-break space).

    >>> rules = {"?": "\\u202f", ":": "\\u00a0", "!": "\\u202f"}
    >>> out = space_punctuation("Pourquoi ? Voilà: fin!", rules)
    >>> out == "Pourquoi\\u202f? Voilà\\u00a0: fin\\u202f!"
    True
    """
    if not rules:
        return text
    marks = "".join(re.escape(k) for k in rules)
    skip = _protected_spans(text)

    def repl(m: re.Match[str]) -> str:
        if _inside(m.start(2), skip):
            return m.group(0)
        return m.group(1) + rules[m.group(2)]

    return re.sub(
        rf"([^\s{marks}])[ \u00a0\u202f]?([{marks}])(?=\s|$|[»”])",
        lambda m: repl(m) + m.group(2),
        text,
    )


# ---------------------------------------------------------------------------------------------
# The stage
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Change:
    """One rewrite of the target, kept so the JSON edition can show what localization did."""

    kind: str  # number | percent | date | weekday | month | quotes | spacing
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

    @property
    def source(self) -> Locale | None:
        return get_locale(self.source_lang)

    @property
    def source_suffix(self) -> str:
        return _day_suffix(None, self.source_lang)

    @property
    def target_suffix(self) -> str:
        return _day_suffix(self.profile, self.target_lang)


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
    shapes = [loc.source_lang, *(s for s in _SHAPE_LOCALES if s != loc.source_lang)]
    return find_dates(text, shapes, [loc.source_lang], loc.source_suffix)


def target_dates(text: str, loc: Localizer) -> list[DateMention]:
    shapes = tuple(
        dict.fromkeys([loc.target_tag, loc.target_lang, loc.source_lang, *_SHAPE_LOCALES])
    )
    shapes = tuple(s for s in shapes if get_locale(s) is not None)
    names = [
        n for n in dict.fromkeys([loc.target_tag, loc.source_lang]) if get_locale(n) is not None
    ]
    suffix = "|".join(s for s in (loc.target_suffix, loc.source_suffix) if s)
    return find_dates(text, shapes, names, suffix)


def source_numbers(
    text: str, loc: Localizer, exclude: Sequence[tuple[int, int]]
) -> list[NumberMention]:
    if loc.source is None:
        return []
    return find_numbers(text, loc.source, scale_locales=(loc.source_lang,), exclude=exclude)


def target_numbers(
    text: str, loc: Localizer, exclude: Sequence[tuple[int, int]]
) -> list[NumberMention]:
    lenient = [loc.target] + ([loc.source] if loc.source is not None else [])
    scale = _locales_of(loc.target_lang, loc.target_tag, loc.source_lang)
    return find_numbers(text, loc.target, scale_locales=scale, exclude=exclude, lenient=lenient)


def _values_match(src: NumberMention, tgt: NumberMention) -> bool:
    if src.percent and tgt.scale > 1:
        return False
    wanted = {src.value.normalize()}
    if src.scale > 1 and tgt.scale == 1 and src.mantissa is not None:
        wanted.add((src.mantissa * src.scale).normalize())
    return any(v.normalize() in wanted for v in tgt.values)


def pair_numbers(
    src: Sequence[NumberMention], tgt: Sequence[NumberMention]
) -> tuple[
    list[tuple[NumberMention, NumberMention]],
    list[tuple[NumberMention, NumberMention]],
    list[NumberMention],
]:
    """Pair source and target numbers: by value first (in order), then, when exactly as many of
    each are left and they look alike, by position (the engine changed the value).

    Returns (matched, changed, missing source numbers).
    """
    used: set[int] = set()
    matched: list[tuple[NumberMention, NumberMention]] = []
    left: list[NumberMention] = []
    for s in src:
        for j, t in enumerate(tgt):
            if j not in used and _values_match(s, t):
                used.add(j)
                matched.append((s, t))
                break
        else:
            left.append(s)
    rest = [t for j, t in enumerate(tgt) if j not in used]
    changed: list[tuple[NumberMention, NumberMention]] = []
    if left and len(left) == len(rest):
        for s, t in zip(left, rest, strict=True):
            similar = difflib.SequenceMatcher(None, s.digits, t.digits).ratio() >= 0.6
            if similar and s.percent == t.percent and (s.scale > 1) == (t.scale > 1):
                changed.append((s, t))
        if len(changed) != len(left):
            changed = []
    missing = [s for s in left if all(s is not c[0] for c in changed)]
    return matched, changed, missing


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


def _sentence_start(text: str, pos: int) -> bool:
    head = text[:pos].rstrip(SPACES + _DOUBLE + _SINGLE + "(¡¿—–-")
    return not head or head[-1] in ".!?:…\n"


def _fit_case(original: str, new: str, text: str, pos: int) -> str:
    if new and original[:1].isupper() and new[:1].islower() and _sentence_start(text, pos):
        return new[:1].upper() + new[1:]
    return new


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
    for s, t in matched + changed:
        wrong = (s, t) in changed
        if (t.day is not None and s.day is None) or (t.year is not None and s.year is None):
            continue  # the target says more than the source: leave it to the reviewer
        new = _fit_case(t.text, format_date_mention(s, loc.target), target, t.start)
        if (
            s.month is None
            and t.text.lower() != new.lower()
            and _lookup([loc.source_lang], "E", t.text) is None
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
    s_nums = source_numbers(source, loc, [(d.start, d.end) for d in s_dates])
    t_nums = target_numbers(target, loc, [(d.start, d.end) for d in t_dates])
    n_matched, n_changed, _ = pair_numbers(s_nums, t_nums)
    for ns, nt in n_matched + n_changed:
        wrong = (ns, nt) in n_changed
        if not wrong and not _needs_rewrite(ns, nt):
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
                max(0, ns.frac_digits - _log10(ns.scale)),
            )
            new = format_number(expanded, loc.target, loc.profile)
        else:
            new = format_number(ns, loc.target, loc.profile, ns.scale_form)
        if new != nt.text:
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
    quoted = localize_quotes(text, loc.quotes)
    if quoted != text:
        result.changes.append(Change("quotes", text, quoted))
    spaced = space_punctuation(quoted, loc.punctuation)
    if spaced != quoted:
        result.changes.append(Change("spacing", quoted, spaced))
    result.text = spaced
    lost = _lost_quotes(source, spaced, loc.quotes)
    if lost:
        result.findings.append(Finding("quotes", "warning", lost, segment=segment))
    return result


def _lost_quotes(source: str, target: str, quotes: Quotes) -> str | None:
    """A message when the target has fewer double quotation marks than the source: engines
    drop closing quotes, and a quotation that does not end misattributes words."""
    marks = set(_DOUBLE) | {quotes.start, quotes.end}
    src = sum(1 for ch in source if ch in _DOUBLE)
    tgt = sum(1 for ch in target if ch in marks)
    if src > tgt:
        return f"the source has {src} quotation marks, the target {tgt}: a quotation may be cut"
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


def _apply(text: str, edits: list[tuple[int, int, str, Change]]) -> str:
    out = text
    last = len(text) + 1
    for start, end, new, _ in sorted(edits, key=lambda e: e[0], reverse=True):
        if end > last:
            continue  # overlapping edit: keep the first
        out = out[:start] + new + out[end:]
        last = start
    return out


def localize_segments(
    segments: Sequence[TranslatedSegment], profile: LocaleProfile, source_lang: str
) -> tuple[dict[str, Any], list[Finding]]:
    """Localize machine-translated segments in place; return a report and the findings.

    Translation-memory and copied segments are left as a person (or the author) wrote them.
    """
    default = localizer_for(profile, source_lang)
    report: dict[str, Any] = {"locale": profile.tag, "changes": {}, "counts": {}}
    findings: list[Finding] = []
    counts: dict[str, int] = {}
    for seg in segments:
        if seg.origin in ("tm", "copy") or not seg.target:
            continue
        loc = (
            default if seg.segment.lang == source_lang else localizer_for(profile, seg.segment.lang)
        )
        done = localize_text(seg.source, seg.target, loc, seg.id)
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


def missing_numbers(
    source: str,
    target: str,
    source_lang: str,
    locale: str,
    segment: str | None = None,
    profile: LocaleProfile | None = None,
    names: Sequence[tuple[int, int]] = (),
) -> list[Finding]:
    """Numbers and dates of ``source`` that ``target`` lacks or changed, compared by value.

    ``names`` are source spans of glossary names: a number inside one ("Group of 20",
    "M23") is part of the name, which the edition may write another way ("G20").
    """
    from ..locales import get_profile

    if get_locale(source_lang) is None:
        return []
    try:
        profile = profile or get_profile(locale)
    except Exception:  # an unknown tag: check with CLDR data alone
        profile = None
    target_locale = get_locale(locale)
    if target_locale is None:
        return []
    loc = Localizer(
        source_lang,
        target_locale,
        locale,
        locale.split("-")[0],
        profile.quotes if profile else Quotes(),
        {},
        profile,
    )
    out: list[Finding] = []
    s_dates = source_dates(source, loc)
    t_dates = target_dates(target, loc)
    _, d_changed, d_missing = pair_dates(s_dates, t_dates)
    for s, t in d_changed:
        out.append(
            Finding(
                "dates",
                "warning",
                f"date {s.text!r} changed: the target has {t.text!r}",
                segment=segment,
                source_span=(s.start, s.end),
                target_span=(t.start, t.end),
            )
        )
    for s in d_missing:
        if s.month is None and s.day is None:
            if _weekday_in(target, s.weekday, loc):
                continue
        elif s.day is None and s.year is None and _month_in(target, s.month, loc):
            continue
        out.append(
            Finding(
                "dates",
                "warning",
                f"date {s.text!r} not found in the target",
                segment=segment,
                source_span=(s.start, s.end),
            )
        )
    s_nums = source_numbers(source, loc, [*((d.start, d.end) for d in s_dates), *names])
    t_nums = target_numbers(target, loc, [(d.start, d.end) for d in t_dates])
    _, n_changed, n_missing = pair_numbers(s_nums, t_nums)
    for ns, nt in n_changed:
        out.append(
            Finding(
                "numbers",
                "warning",
                f"number {ns.text!r} changed: the target has {nt.text!r}",
                segment=segment,
                source_span=(ns.start, ns.end),
                target_span=(nt.start, nt.end),
                data={"value": str(ns.value)},
            )
        )
    for ns in n_missing:
        severity: Severity = "info" if ns.small else "warning"
        note = " (it may be written out in words)" if ns.small else ""
        out.append(
            Finding(
                "numbers",
                severity,
                f"number {ns.text!r} not found in the target{note}",
                segment=segment,
                source_span=(ns.start, ns.end),
                data={"value": str(ns.value)},
            )
        )
    return out


def _calendar_name_in(text: str, kind: str, index: int | None, loc: Localizer) -> bool:
    """Does ``text`` name weekday or month ``index`` (``kind`` "days" or "months"), in the
    target or the source language, wide or abbreviated?"""
    if index is None:
        return False
    low = text.lower()
    for tag in (loc.target_tag, loc.source_lang):
        locale = get_locale(tag)
        if locale is None:
            continue
        table = locale.days if kind == "days" else locale.months
        for ctx in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                name = str(table[ctx][width][index]).lower().rstrip(".")
                if kind == "days":
                    name = name.split("-")[0]  # "quinta-feira" is often just "quinta"
                elif len(name) < 3:
                    continue
                if re.search(rf"(?<!\w){re.escape(name)}", low):
                    return True
    return False


def _weekday_in(text: str, weekday: int | None, loc: Localizer) -> bool:
    return _calendar_name_in(text, "days", weekday, loc)


def _month_in(text: str, month: int | None, loc: Localizer) -> bool:
    return _calendar_name_in(text, "months", month, loc)
