"""Dates written in digits ("05/08/2020"): read in the source's order, written in the target's.

"13.08.2020", "1º/10/2021", "03/09" are dates of this kind too. A date written in digits
says nothing about its order: "05/08/2020" is 5 August in Lisbon and 8 May in New York.
Copied as written into an edition for readers of the other order, it names another day, with
nothing on the page to show it. So:

* The orders a source language may use come from CLDR (``locales/languages/date-orders.toml``,
  written by ``scripts/date_orders.py``): the short date patterns of the language's locales in
  the territories where it is official. Portuguese, German, French write day first
  everywhere; English writes day first in Britain and most of the world, month first in the
  United States and the Philippines; Spanish month first in Panama and Puerto Rico.
* A date that only one of those orders can read ("13/08/2020": no month 13), or that every
  order reads the same ("05/05/2020"), has one value: the localizer writes it with the target
  locale's CLDR short pattern, with the source's year digits ("8/13/2020" for en, "13.08.2020"
  for de).
* Within one article a writer keeps one order: an article whose other numeric dates only one
  order can read lends that order to its ambiguous ones.
* A date that is still ambiguous, and whose readings the target locale would write
  differently, cannot be localized and cannot be vouched for as written: a blocking ``dates``
  finding says which days it may be (the source's order can be named with ``--from en-US``).

A date with a year is read with the year's four digits and any of "/", "." and "-", with two
digits only after "/"; one without a year only as two two-digit fields after "/", one of them
with a leading zero ("03/09", "15/08": "3/9" and "10/10" are as often a fraction, a score or
a rating). Years first ("2020-08-05", "2020/08/05") are read the same everywhere and left
alone.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache

from babel import Locale
from babel.dates import format_date, format_skeleton

from ..langdata import base_language, load_file
from ..locales import get_locale
from ..regexcache import compile as re_compile
from .text import has_decimal_digit

ORDERS_FILE = "date-orders"
DAY_FIRST, MONTH_FIRST = "DMY", "MDY"


@dataclass(frozen=True)
class NumericDate:
    """A date written in digits, its fields as written: ``first``/``second`` are the two
    numbers before the year, in the text's order."""

    start: int
    end: int
    text: str
    first: int
    second: int
    year: int
    year_digits: int  # 4, 2, or 0 when no year is written

    def read(self, order: str) -> dt.date | None:
        """The date this is in ``order`` ("DMY" or "MDY"); None when it is no date that way
        (a date without a year is read in a leap year)."""
        day, month = (self.first, self.second) if order == DAY_FIRST else (self.second, self.first)
        year = self.year if self.year_digits == 4 else 2000 + self.year
        try:
            return dt.date(year, month, day)
        except ValueError:
            return None

    def readings(self, orders: Iterable[str]) -> dict[str, dt.date]:
        """The dates the orders make of it, order -> date, for the orders it is a date in."""
        out: dict[str, dt.date] = {}
        for order in sorted(set(orders)):
            when = self.read(order)
            if when is not None:
                out[order] = when
        return out


@cache
def _regex(day_suffix: str) -> re.Pattern[str]:
    suffix = f"(?:{day_suffix})?" if day_suffix else ""
    return re_compile(
        rf"(?<![\w./\-,:])(?P<a>[0-3]?\d){suffix}(?P<sep>[/.\-])(?P<b>[0-3]?\d)(?P=sep)"
        r"(?P<y>[12]\d{3}|\d{2})(?![\w]|[./\-:,]\d)"
    )


_NO_YEAR = re_compile(r"(?<![\w./\-,:])(?P<a>[0-3]\d)/(?P<b>[0-3]\d)(?![\w/]|[.\-:,]\d)")


def find_numeric_dates(text: str, day_suffix: str = "") -> list[NumericDate]:
    """Dates written in digits, day or month first.

    >>> [(d.first, d.second, d.year) for d in find_numeric_dates("On 05/08/2020 and 13.8.2021.")]
    [(5, 8, 2020), (13, 8, 2021)]
    >>> [d.text for d in find_numeric_dates("on 03/09 at 10, rated 10/10, 3/9 of them")]
    ['03/09']
    >>> find_numeric_dates("version 1.2.3, 10-12-20, 2020-08-05, 3/4")
    []
    """
    if ("/" not in text and "." not in text and "-" not in text) or not has_decimal_digit(text):
        return []  # both regexes need a separator and digits
    out: list[NumericDate] = []
    for m in _NO_YEAR.finditer(text):
        a, b = m.group("a"), m.group("b")
        if not (a.startswith("0") or b.startswith("0")):
            continue
        date = NumericDate(m.start(), m.end(), m.group(), int(a), int(b), 0, 0)
        if date.readings((DAY_FIRST, MONTH_FIRST)):
            out.append(date)
    for m in _regex(day_suffix).finditer(text):
        year = m.group("y")
        if len(year) == 2 and m.group("sep") != "/":
            continue  # "10-12-20", "1.2.20": a score, a range or a version as often as a date
        first, second = int(m.group("a")), int(m.group("b"))
        if not (1 <= first <= 31 and 1 <= second <= 31):
            continue
        date = NumericDate(m.start(), m.end(), m.group(), first, second, int(year), len(year))
        if date.readings((DAY_FIRST, MONTH_FIRST)):
            out.append(date)
    return sorted(out, key=lambda d: d.start)


def locale_order(locale: Locale) -> str:
    """The order of day, month and year in ``locale``'s CLDR short date pattern ("DMY")."""
    pattern = re.sub(r"'[^']*'", "", locale.date_formats["short"].pattern)
    seen: list[str] = []
    for ch in pattern:
        field = {"d": "D", "M": "M", "L": "M", "y": "Y"}.get(ch)
        if field and field not in seen:
            seen.append(field)
    return "".join(seen)


@cache
def source_orders(lang: str) -> frozenset[str]:
    """The day-month orders a source in ``lang`` may use: one locale's own when ``lang`` names
    a territory ("en-US"), else every order of the language's locales (date-orders.toml);
    empty when nothing is known."""
    if re.search(r"[-_][A-Za-z]{2}$|[-_]\d{3}$", lang or ""):
        locale = get_locale(lang)
        if locale is not None and locale.territory:
            return frozenset({locale_order(locale)}) & {DAY_FIRST, MONTH_FIRST}
    base = base_language(lang)
    if base is None:
        return frozenset()
    orders = load_file(ORDERS_FILE).get("orders", {}).get(base, ())
    return frozenset(str(o) for o in orders) & {DAY_FIRST, MONTH_FIRST}


@cache
def _short_pattern(locale: Locale, year_digits: int) -> str:
    pattern = locale.date_formats["short"].pattern
    year = "y" if year_digits == 4 else "yy"
    return re.sub(r"y+", year, pattern)


def format_numeric(when: dt.date, year_digits: int, locale: Locale) -> str:
    """``when`` with ``locale``'s CLDR short pattern and the source's digits of the year
    (CLDR's month-day skeleton when the source wrote none).

    >>> format_numeric(dt.date(2020, 8, 13), 4, Locale.parse("en"))
    '8/13/2020'
    >>> format_numeric(dt.date(2020, 8, 13), 4, Locale.parse("pt_BR"))
    '13/08/2020'
    >>> format_numeric(dt.date(2020, 9, 3), 0, Locale.parse("en"))
    '9/3'
    """
    if year_digits == 0:
        return str(format_skeleton("MMdd", when, locale=locale))
    return str(format_date(when, _short_pattern(locale, year_digits), locale=locale))


def value_of(date: NumericDate, orders: Iterable[str]) -> dt.date | None:
    """The one date every order that can read ``date`` makes of it; None when they differ
    (or none can read it)."""
    dates = set(date.readings(orders).values())
    return dates.pop() if len(dates) == 1 else None


def article_order(
    sources: Sequence[str], orders: frozenset[str], day_suffix: str = ""
) -> str | None:
    """The order an article's numeric dates are written in, when some of them only one order
    can read and none only another: a writer keeps one order in one article."""
    if len(orders) < 2:
        return None
    told: set[str] = set()
    for text in sources:
        for date in find_numeric_dates(text, day_suffix):
            readable = date.readings(orders)
            if len(readable) == 1:
                told.update(readable)
    return told.pop() if len(told) == 1 else None
