"""``translate locales``: the shipped locale profiles and what CLDR says about each."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from typing import Any

import click

from .common import json_errors

_SAMPLE_DATE = dt.date(2020, 9, 26)


def describe(tag: str) -> dict[str, Any]:
    """A profile with its CLDR conventions rendered on sample values."""
    from babel.dates import format_date
    from babel.numbers import format_decimal

    from ..locales import get_profile
    from ..localize.numbers import find_numbers, format_number

    profile = get_profile(tag)
    locale = profile.babel
    quotes = profile.quotes
    from babel import Locale

    en = Locale("en")
    sample = {
        m.text: format_number(m, locale, profile)
        for m in find_numbers("1,234.5 and 3.5 million and 12.5%", en, scale_locales=("en",))
    }
    return {
        "tag": profile.tag,
        "name": profile.display_name,
        "english_name": locale.english_name,
        "language": profile.language,
        "engines": list(profile.engines),
        "direction": profile.direction,
        "quotes": f"{quotes.start}…{quotes.end} {quotes.alt_start}…{quotes.alt_end}",
        "date": str(format_date(_SAMPLE_DATE, "long", locale=locale)),
        "number": str(format_decimal(Decimal("1234.5"), locale=locale)),
        "samples": sample,
        "label": bool(profile.label_templates),
        "path": profile.path,
    }


@click.group("locales")
def locales() -> None:
    """Locale profiles: tags, engines, direction, quotes, dates and numbers (CLDR)."""


@locales.command("list")
@click.option("--json", "as_json", is_flag=True, is_eager=True, callback=json_errors,
    help="Print JSON.")
def list_locales(as_json: bool) -> None:
    """Every shipped profile, with its date and number conventions."""
    from ..locales import load_profiles

    rows = [describe(tag) for tag in load_profiles()]
    if as_json:
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    width = max(len(r["tag"]) for r in rows)
    for r in rows:
        click.echo(
            f"{r['tag']:<{width}}  {r['direction']}  {r['quotes']}  {r['date']}  "
            f"{r['number']}  {r['name']}  [{', '.join(r['engines'])}]"
        )


@locales.command("show")
@click.argument("tag")
@click.option("--json", "as_json", is_flag=True, is_eager=True, callback=json_errors,
    help="Print JSON.")
def show(tag: str, as_json: bool) -> None:
    """One profile (TAG may be a regional variant such as es-MX); unknown tags get suggestions."""
    row = describe(tag)
    if as_json:
        click.echo(json.dumps(row, ensure_ascii=False, indent=2))
        return
    for key, value in row.items():
        if isinstance(value, dict):
            value = "; ".join(f"{k} -> {v}" for k, v in value.items())
        elif isinstance(value, list):
            value = ", ".join(value)
        click.echo(f"{key:>13}: {value}")


COMMANDS = [locales]
