"""Numbers in text: find them by value in any convention, and write them the CLDR way."""

from __future__ import annotations

import contextlib
import copy
import decimal
import difflib
import json
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import cache, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from babel import Locale
from babel.numbers import get_decimal_symbol, get_group_symbol, parse_pattern

from ..locales import get_locale
from ..regexcache import compile as re_compile
from .quantities import Measure, measure_at
from .text import SPACES, WS, has_decimal_digit, in_spans, is_space, protected_spans

if TYPE_CHECKING:
    from ..locales import LocaleProfile


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
    measure: Measure | None = None  # what it counts: percent, a currency, a unit (or nothing)

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
            and self.measure is None
            and self.scale == 1
            and self.mantissa is not None
            and self.mantissa == self.mantissa.to_integral_value()
            and 0 <= self.mantissa <= 10
        )


_RUN_SPACED = re_compile(r"\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?:[.,]\d+)?(?!\d)")
_RUN = re_compile(r"\d+(?:[.,'’\u066b\u066c\u00a0\u202f]\d+)*")


# a section or paragraph sign and the numbers it names: "§ 4.130", "§§ 3.102, 4.1-4.10, 4.130",
# "§ 4.16(a) and 3.400", "¶ 12"; each number with its sub-parts in parentheses
_SECTION_NUMBER = r"\d+(?:[.,]\d+)*(?:\([0-9A-Za-z]{1,4}\))*"
_SECTIONS = re_compile(
    rf"(?:§§?|¶¶?)[ \u00a0]*{_SECTION_NUMBER}"
    rf"(?:[ \u00a0]*(?:,|-|–|—|[ \u00a0](?:and|or|to|through|e|ou|a)[ \u00a0])[ \u00a0]*"
    rf"{_SECTION_NUMBER}(?![\w.,]\d))*"
)
_SECTION_RUN = re_compile(_SECTION_NUMBER)


def section_numbers(text: str) -> list[tuple[int, int]]:
    """The spans of the numbers ``text`` names with a section or paragraph sign ("§ 4.130",
    "§§ 3.102, 4.1-4.10, 4.130", "¶ 12"): identifiers, copied as written in any language,
    never amounts ("§ 4.130" is no 4,130 and no 4.13).

    >>> t = "38 C.F.R. §§ 3.102, 4.1-4.10, 4.130; it sold 4.130 lamps"
    >>> [t[a:b] for a, b in section_numbers(t)]
    ['3.102', '4.1', '4.10', '4.130']
    """
    out: list[tuple[int, int]] = []
    for m in _SECTIONS.finditer(text):
        head = len(m.group()) - len(m.group().lstrip("§¶ \u00a0"))
        for n in _SECTION_RUN.finditer(text, m.start() + head, m.end()):
            run = re.match(r"\d+(?:[.,]\d+)*", n.group())
            if run is not None:
                out.append((n.start(), n.start() + run.end()))
    return out


# a race or lap time with a fraction of a second: "44:44.982", "+1:22.186", "1:02:03.5" (hours
# and minutes, then seconds of two digits, 00-59, before the separator, 1-3 digits after it):
# the separator can only be the decimal one
_LAP_TIME = re_compile(r"(?<![\w.,:])(?:\d{1,2}:)?\d{1,3}:[0-5]\d([.,])\d{1,3}(?![\w]|[.,:]\d)")


def lap_times(text: str) -> list[tuple[int, int, str]]:
    """The spans of the times with a fraction of a second ``text`` writes ("44:44.982", a
    race's time; "+1:22.186", a gap), each with its decimal separator. Seconds follow minutes
    and have two digits, so the separator is a decimal one in any language: "44.982" in
    "44:44.982" is no 44,982 (probe39: a MotoGP classification's times were held in pt-BR).

    >>> t = "Stoner won in 44:44.982, Rossi +5.789, Melandri +1:30.021; at 12:30 it rained."
    >>> [(t[a:b], sep) for a, b, sep in lap_times(t)]
    [('44:44.982', '.'), ('1:30.021', '.')]
    """
    if ":" not in text:
        return []
    return [(m.start(), m.end(), m.group(1)) for m in _LAP_TIME.finditer(text)]


def _digits_to_ascii(text: str) -> str:
    if text.isascii():  # nothing to convert (the usual case)
        return text
    return "".join(str(int(ch)) if ch.isdigit() and not ch.isascii() else ch for ch in text)


@lru_cache(maxsize=256)
def _symbols(locale: Locale) -> tuple[str, str]:
    """The decimal and group symbols of ``locale`` (cached: Babel looks them up in its locale
    data on every call, and a number-heavy text asks thousands of times)."""
    dec = get_decimal_symbol(locale)
    grp = get_group_symbol(locale)
    return dec, (" " if is_space(grp) else grp)


def _parse_run(run: str, dec: str, grp: str) -> tuple[Decimal, bool, int] | None:
    """Parse digits with the given decimal and group symbols, strictly.

    Returns (value, grouped, fraction digits), or None when the run is not a well-formed
    number in that convention (e.g. "2.4.1", or "1.2234" with "." as group separator).

    >>> _parse_run("1,234.5", ".", ",")
    (Decimal('1234.5'), True, 1)
    >>> _parse_run("1,234.5", ",", ".") is None
    True
    """
    text = "".join(" " if is_space(ch) else ("'" if ch in "'’" else ch) for ch in run)
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
    # a word that is both a long and a short form ("mil" in Portuguese and Spanish) is read as
    # the long one: written after a space it is a word ("124 mil cigarros" is "124 thousand
    # cigarettes", not "124K")
    return tuple(sorted(found.values(), key=lambda s: (-len(s.word), s.form != "long")))


def _unquote(text: str) -> str:
    return re.sub(r"'([^']*)'", r"\1", text)


@lru_cache(maxsize=256)  # a few language pairs; read for every number reading
def scale_locales_of(lang: str, *extra: str) -> tuple[str, ...]:
    ids = [lang, *extra]
    if lang == "pt":
        ids += ["pt-PT"]  # "mil milhões" must be understood in a pt-BR edition too
    if lang == "es":
        ids += ["es-419"]
    return tuple(dict.fromkeys(i for i in ids if i))


def _match_scale(text: str, pos: int, words: Sequence[ScaleWord]) -> tuple[ScaleWord, int] | None:
    """A scale word right after a number at ``pos`` (long forms after a space)."""
    spaces = 0
    while pos + spaces < len(text) and is_space(text[pos + spaces]) and spaces < 2:
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


def _number_runs(text: str, space_groups: bool, at: int | None = None) -> Iterable[tuple[int, int]]:
    """Candidate digit runs, without the ones that are not quantities (see module docstring);
    with ``at``, only the run that starts there (if any), the others not tested."""
    skip = protected_spans(text)
    spaced: list[tuple[int, int]] = []
    if space_groups:
        for m in _RUN_SPACED.finditer(text):
            spaced.append(m.span())
    taken = list(spaced)
    # the runs of one finditer never overlap each other: only the spaced ones can. Both come
    # in text order, so one pointer into ``spaced`` finds the first spaced run that ends after
    # a run's start (an "any" over all of them for every run was quadratic on a run-on text
    # of space-grouped numbers: fuzz49)
    i = 0
    for m in _RUN.finditer(text):
        start, end = m.span()
        while i < len(spaced) and spaced[i][1] <= start:
            i += 1
        if i < len(spaced) and spaced[i][0] < end:
            continue
        taken.append((start, end))
    for start, end in sorted(taken):
        if at is not None and start != at:
            continue
        if in_spans(start, skip) or not _is_quantity(text, start, end):
            continue
        yield start, end


def _is_quantity(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start else ""
    before2 = text[start - 2] if start > 1 else ""
    after = text[end] if end < len(text) else ""
    after2 = text[end + 1] if end + 1 < len(text) else ""
    signed = before == "+" and not (before2.isalnum() or before2 in ("+", "_"))
    if signed and not _dialled(text, end):
        pass  # a sign: "+9.7%", "(+3)", "+15 points" (a country code "+1 555 ..." is not one)
    elif before.isalpha() and _letter_symbol_before(text, start):
        pass  # "R50bn", "RM4.5bn": find_numbers keeps it only with a scale after it
    elif before and (before.isalnum() or before in "_./:#@\\+&"):
        return False  # A320, v2, /2020, +1 555 ...
    if before == "-" and before2.isalnum():
        return False  # COVID-19, F-16, 2019-2020 (an en dash between numbers is a range: kept)
    if before == "–" and before2.isalpha():
        return False
    if before in "’'" and before2.isalnum():
        return False  # CCS’19, Interspeech'21: a name's year, a code (facts.check_codes)
    if after in ":-/" and after2.isdigit():
        return False  # 10:30, 2021-03-04, 9/26, phone numbers
    if after in ".," and after2.isdigit():
        return False  # a run the strict regex stopped in the middle of (2.4.1.5)
    return not (after.isalpha() and not _is_cjk(after) and after not in "KMBTkmbt"
                and not _glued_degrees(text, end))


_LETTERS_BEFORE = re_compile(r"(?<![\w$£€¥₹])[^\W\d_]{1,4}$")


def letter_symbols_from_cldr() -> frozenset[str]:
    """Currency symbols written in letters ("R" of the rand, "RM", "Rs", "kr", "Ksh"): CLDR's
    symbol (through Babel) of each currency that is legal tender today, in any locale. Reading
    every Babel locale costs about 1.5 s of CPU: ``_letter_symbols`` reads the shipped table
    (scripts/letter_symbols.py) instead when it was written for the installed Babel."""
    from babel import localedata

    from .quantities import _active_currencies

    found: set[str] = set()
    codes = _active_currencies()
    for ident in localedata.locale_identifiers():
        symbols = Locale.parse(ident).currency_symbols
        for code in codes:
            symbol = symbols.get(code)
            if symbol and symbol != code and symbol.isalpha():
                found.add(symbol)
    return frozenset(found)


SHIPPED_LETTER_SYMBOLS = Path(__file__).resolve().parent / "letter-symbols.json"


def letter_symbols_key() -> dict[str, str]:
    """What the shipped table depends on besides this module's code: Babel's CLDR data (its
    locales, symbols and territory currencies) and the Unicode data of ``str.isalpha``."""
    import babel

    return {"babel": babel.__version__, "unicode": unicodedata.unidata_version}


def read_shipped_letter_symbols() -> frozenset[str] | None:
    """The shipped table, or None (absent, unreadable, or written for another Babel)."""
    try:
        data = json.loads(SHIPPED_LETTER_SYMBOLS.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("key") != letter_symbols_key():
        return None
    symbols = data.get("symbols")
    if not isinstance(symbols, list) or not all(isinstance(s, str) for s in symbols):
        return None
    return frozenset(symbols)


@cache
def _letter_symbols() -> frozenset[str]:
    """``letter_symbols_from_cldr()``, from the shipped table when it names the installed Babel
    (the same set; speed48: 1.5 s of CPU once per process, now a file read)."""
    shipped = read_shipped_letter_symbols()
    return shipped if shipped is not None else letter_symbols_from_cldr()


def _letter_symbol_before(text: str, start: int) -> str:
    """The currency symbol in letters glued before the number at ``start`` ("R" of "R50bn"),
    standing as a word of its own (no letter or digit before it), else ""."""
    m = _LETTERS_BEFORE.search(text, max(0, start - 5), start)
    return m.group() if m and m.group() in _letter_symbols() else ""


def _glued_currency(text: str, start: int) -> bool:
    """Whether a currency symbol is glued before the number at ``start``: a symbol character
    ("$", "£", "€", "US$") or a currency symbol in letters ("R50bn")."""
    before = text[start - 1] if start else ""
    return bool(before) and (unicodedata.category(before) == "Sc"
                             or (before.isalpha() and bool(_letter_symbol_before(text, start))))


@cache
def _short_scales(langs: tuple[str, ...]) -> tuple[ScaleWord, ...]:
    """The short scales of news writing glued after an amount ("$2.5bn", "€10m", "R7.5bn"):
    ``short_scales`` of locales/facts/<lang>.toml, read only after a currency symbol (a bare
    "5m" may be metres, "5k" a race)."""
    from ..langdata import facts_data

    found: dict[str, ScaleWord] = {}
    for lang in langs:
        table = facts_data(lang.split("-")[0]).get("short_scales", {})
        for word, power in table.items():
            if word != "currency_only":
                # "long": the target writes the amount in words ("R50 bilhões"), as news does
                found.setdefault(str(word), ScaleWord(str(word), 10 ** int(power), "long"))
    return tuple(sorted(found.values(), key=lambda s: -len(s.word)))


def _short_scale_at(text: str, end: int, langs: Sequence[str]) -> tuple[ScaleWord, int] | None:
    """A short scale glued to the number ending at ``end`` ("bn" of "$2.5bn"), ending a word."""
    for sw in _short_scales(tuple(langs)):
        stop = end + len(sw.word)
        if text.startswith(sw.word, end) and not (stop < len(text) and (
                text[stop].isalnum() or text[stop] == "_")):
            return sw, stop
    return None


def _dialled(text: str, end: int) -> bool:
    """After "+" and digits, what a telephone number has: more digits or a "(" after a space or
    a separator ("+1 555 0100", "+44 (0)20", "+351 21 000 0000", "+1-800-...")."""
    rest = text[end : end + 3].lstrip(" \u00a0-.")
    return bool(rest) and (rest[0].isdigit() or rest[0] == "(")


def _glued_degrees(text: str, end: int) -> bool:
    """ "41.5C", "106.7F": the news style of degrees, a capital C or F glued to the number and
    ending the word (not "5G", "3D", "C-17")."""
    return (end < len(text) and text[end] in "CF"
            and (end + 1 == len(text) or not (text[end + 1].isalnum() or text[end + 1] == "-")))


def find_numbers(
    text: str,
    locale: Locale,
    *,
    scale_locales: Sequence[str] = (),
    exclude: Sequence[tuple[int, int]] = (),
    lenient: Sequence[Locale] = (),
    measure_langs: Sequence[str] = (),
    at: int | None = None,
) -> list[NumberMention]:
    """Numbers in ``text`` written the way of ``locale`` (strictly) or, for target text, of any
    locale in ``lenient`` or garbled; spans in ``exclude`` (dates) are skipped. With
    ``measure_langs``, each number also carries the percent, currency or unit written next to
    it in those languages (:mod:`.quantities`). With ``at``, only the number that starts there
    (if any): the same reading of it, without reading the others (each is read on its own).

    >>> [str(v) for m in find_numbers("Rose 12.5% to 3.5 million in 2020.", Locale("en"),
    ...  scale_locales=("en",)) for v in m.values]
    ['12.5', '3500000.0', '2020']
    """
    if not has_decimal_digit(text):
        return []  # every number is a run of _RUN or _RUN_SPACED: it starts with a digit
    dec, grp = _symbols(locale)
    space_groups = grp == " " or any(_symbols(loc)[1] == " " for loc in lenient)
    words = _scale_words(tuple(scale_locales) or (str(locale),))
    out: list[NumberMention] = []
    for start, end in _number_runs(text, space_groups, at):
        if in_spans(start, exclude) or in_spans(end - 1, exclude):
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
        if not lenient and _hangs_on_letter(text, end, words) and not (
            _glued_currency(text, start)
            and _short_scale_at(text, end, measure_langs) is not None
        ):
            continue
        percent = False
        scale, form, stop = 1, None, end
        pct = re.match(rf"{WS}?[%٪]", text[end:])
        if pct:
            percent, stop = True, end + pct.end()
            if start and text[start - 1].isalpha():
                continue  # "R5%": a code, as before
        else:
            found = _match_scale(text, end, words)
            glued = _glued_currency(text, start)
            if found is not None and not glued and _letter_of_a_code(text, start, end, *found):
                found = None  # "K 4 K 20", "S 4 K": letter-number pairs of a name, not 4,000
            suffix = None
            if glued and found is None:  # CLDR's "$4K" stays CLDR's
                suffix = _short_scale_at(text, end, measure_langs)  # "$2.5bn", "R7.5bn"
                found = suffix
            if found:
                sw, stop = found
                scale, form = sw.unit, sw.form
            if start and text[start - 1].isalpha() and suffix is None and (
                    scale == 1 or not lenient):
                continue  # "R2", "K9": a code; a source's "RM4.5 million" is read as before
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
                measure=measure_at(text, start, stop, measure_langs) if measure_langs else None,
            )
        )
    return out


def _letter_of_a_code(text: str, start: int, end: int, sw: ScaleWord, stop: int) -> bool:
    """A one-letter short scale written after a space ("4 K") that is a letter of a code or a
    name: a number follows it ("K 4 K 20", a peptide's name) or a lone letter stands before the
    number ("S 4 K"): a sequence of letter-number pairs, not "4 thousand". Glued ("4K
    followers") or after a currency ("$4 K") it is still a scale."""
    if sw.form != "short" or len(sw.word) != 1 or stop - len(sw.word) == end:
        return False
    if re.match(rf"{WS}?\d", text[stop:]) is not None:
        return True
    lone = re.search(rf"(?:^|[^\w])([^\W\d_]){WS}$", text[:start])
    return lone is not None and lone.group(1).isupper()


def _hangs_on_letter(text: str, end: int, words: Sequence[ScaleWord]) -> bool:
    """ "5th", "3a": a number glued to letters that are not a short scale word."""
    after = text[end] if end < len(text) else ""
    return bool(after.isalpha() and not _is_cjk(after) and _match_scale(text, end, words) is None
                and not _glued_degrees(text, end))


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
    # the integer part's digits, read off the exponent: ``str(int(value))`` of a number of
    # more than 4,300 digits is refused by Python (fuzz50)
    int_digits = max(1, value.adjusted() + 1) if value else 1
    group = grouped and int_digits >= 3 + min_grouping
    return str(num.apply(value, locale, group_separator=group, numbering_system="latn"))


def format_number(
    mention: NumberMention,
    locale: Locale,
    profile: LocaleProfile | None = None,
    scale_form: str | None = None,
) -> str:
    """``mention`` (a source number) written the way of ``locale``, at whatever length: the
    decimal context is widened to the number's digits (its default, 28 digits, made
    babel's rounding of a 29-digit number raise ``InvalidOperation``; fuzz50).

    >>> m = find_numbers("1,234.5 million", Locale("en"), scale_locales=("en",))[0]
    >>> format_number(m, Locale.parse("pt_BR"))
    '1.234,5 milhões'
    >>> format_number(find_numbers("12.5%", Locale("en"))[0], Locale("fr"))
    '12,5\\xa0%'
    """
    assert mention.mantissa is not None
    digits = len(mention.mantissa.as_tuple().digits) + abs(mention.mantissa.adjusted())
    with decimal.localcontext() as context:
        context.prec = max(context.prec, digits + mention.frac_digits + 40)
        return _format_number(mention, locale, profile, scale_form)


def _format_number(mention: NumberMention, locale: Locale, profile: LocaleProfile | None,
                   scale_form: str | None) -> str:
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
            max(0, mention.frac_digits - int_log10(mention.scale)),
            True,
            min_grouping,
        )
    return _decimal(mention.mantissa, locale, mention.frac_digits, mention.grouped, min_grouping)


def int_log10(n: int) -> int:
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
    # the target numbers by value, each list in order with a mark past its used head: a
    # source number looks only at targets of its own value (a paragraph of thousands of
    # numbers was quadratic when each scanned the whole target)
    by_value: dict[Decimal, list[int]] = {}
    for j, t in enumerate(tgt):
        for v in {v.normalize() for v in t.values}:
            by_value.setdefault(v, []).append(j)
    heads: dict[Decimal, int] = {}
    for s in src:
        keys = {s.value.normalize()}
        if s.scale > 1 and s.mantissa is not None:
            keys.add((s.mantissa * s.scale).normalize())
        best: int | None = None
        for key in keys:
            js = by_value.get(key, [])
            h = heads.get(key, 0)
            while h < len(js) and js[h] in used:
                h += 1
            heads[key] = h
            for k in range(h, len(js)):
                j = js[k]
                if best is not None and j >= best:
                    break
                if j not in used and _values_match(s, tgt[j]):
                    best = j
                    break
        if best is None:
            left.append(s)
        else:
            used.add(best)
            matched.append((s, tgt[best]))
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
