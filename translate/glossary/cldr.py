"""Names that CLDR (through Babel) already knows in every locale: countries and zone cities.

Country entries are derived from CLDR territory names instead of being typed in: the English
name is the canonical form, and :func:`territory_name` gives the form for any target locale
(``pt-BR``: Azerbaijão, Armênia; ``pt-PT``: Arménia). Cities that are IANA zone exemplars
(Baku, Moscow, Tehran) get theirs from :func:`zone_city`.
"""

from __future__ import annotations

import re
from functools import cache
from types import MappingProxyType
from typing import TYPE_CHECKING

from ..locales import get_locale
from .model import Entry

if TYPE_CHECKING:
    from babel import Locale

# Not countries: unknown, world regions, currency/pseudo areas.
_SKIP = frozenset({"ZZ", "QO", "EU", "EZ", "UN", "XA", "XB", "AN", "CP", "DG", "EA", "IC", "TA"})
_PAREN = re.compile(r"^(.*?)\s*\(([^)]*)\)\s*$")


def _locale(tag: str) -> Locale | None:
    return get_locale(tag)


def _clean(name: str) -> str:
    """CLDR's display form without a parenthetical (``Mianmar (Birmânia)`` -> ``Mianmar``)."""
    match = _PAREN.match(name)
    return match.group(1) if match and match.group(1) else name


@cache
def territory_names(tag: str) -> MappingProxyType[str, str]:
    """Two-letter territory code -> CLDR name in locale ``tag`` (empty if unknown locale)."""
    locale = _locale(tag)
    if locale is None:
        return MappingProxyType({})
    names = getattr(locale, "territories", {}) or {}
    return MappingProxyType(
        {code: str(name) for code, name in names.items() if len(code) == 2 and code.isalpha()}
    )


def territory_name(code: str, tag: str) -> str | None:
    """The CLDR name of territory ``code`` for locale ``tag``, parenthetical removed."""
    name = territory_names(tag).get(code.upper())
    return _clean(name) if name else None


@cache
def _zone_name(zone: str) -> str | None:
    """The name Babel knows IANA ``zone`` by (its time-zone database's spelling), or None when
    it is unknown: looked up once per zone, not once per zone and locale."""
    from babel import dates
    from babel.core import get_global

    pytz = getattr(dates, "pytz", None)  # what Babel looks zones up with, when installed
    if pytz is not None and zone in pytz.all_timezones_set:
        name = zone  # pytz knows it by exactly this name: no need to read its rules
    else:
        try:
            tzinfo = dates.get_timezone(zone)
        except (LookupError, ValueError):
            return None
        name = getattr(tzinfo, "zone", None) or getattr(tzinfo, "key", None) or zone
    return str(get_global("zone_aliases").get(name, name))  # the canonical CLDR code


def zone_city(zone: str, tag: str) -> str | None:
    """The CLDR exemplar city of IANA ``zone`` in locale ``tag`` (``Europe/Moscow``, pt-BR:
    Moscou), or None when the zone or the locale is unknown.

    What ``babel.dates.get_timezone_location(zone, locale, return_city=True)`` answers, without
    its time-zone lookup per call (a glossary asks for every zone in every regional locale).
    """
    locale = _locale(tag)
    if locale is None:
        return None
    name = _zone_name(zone)
    if name is None:
        return None
    info = locale.time_zones.get(name, {})
    if "city" in info:
        city = info["city"]
    else:
        from babel.core import get_global

        metazone = get_global("meta_zones").get(name)
        metazone_info = locale.meta_zones.get(metazone, {})
        if "city" in metazone_info:
            city = metazone_info["city"]
        else:
            city = name.rpartition("/")[2].replace("_", " ")
    return str(city) if city else None


@cache
def english_territories() -> MappingProxyType[str, str]:
    """Folded English CLDR name -> code, so a user entry named "Armenia" finds its forms."""
    from .normalize import fold

    out: dict[str, str] = {}
    for code, name in territory_names("en").items():
        if code in _SKIP:
            continue
        out.setdefault(fold(name), code)
        out.setdefault(fold(_clean(name)), code)
    return MappingProxyType(out)


def _english_variants(name: str) -> tuple[str, list[str]]:
    """Canonical name and aliases from a CLDR English display name."""
    aliases: list[str] = []
    match = _PAREN.match(name)
    if match and match.group(1):
        name = match.group(1)
        aliases.append(match.group(2))
    if "&" in name:
        aliases.append(name.replace("&", "and"))
    if name.startswith("St. "):
        aliases.append("Saint " + name[4:])
        aliases.extend(a.replace("St. ", "Saint ") for a in list(aliases) if "St. " in a)
    return name, [a for a in dict.fromkeys(aliases) if a != name]


def country_entries(skip: frozenset[str] = frozenset()) -> list[Entry]:
    """One place entry per CLDR country (``country-az``), except codes in ``skip``
    (those defined by a glossary file)."""
    entries = []
    for code, raw in sorted(territory_names("en").items()):
        if code in _SKIP or code in skip:
            continue
        name, aliases = _english_variants(raw)
        entries.append(
            Entry(
                id=f"country-{code.lower()}",
                name=name,
                type="place",
                aliases=tuple(aliases),
                territory=code,
                source="cldr",
            )
        )
    return entries


def cldr_version() -> str:
    try:
        from babel.core import get_cldr_version

        return str(get_cldr_version())
    except ImportError:  # pragma: no cover - very old Babel
        return "unknown"
