"""translate.glossary.cldr.zone_city answers what Babel's get_timezone_location does, for the
shipped glossary's zones and for odd ones, without a time-zone lookup per call."""

from __future__ import annotations

import pytest
from babel.dates import get_timezone_location

from translate.glossary import cldr, load_glossary
from translate.locales import get_locale


def _babel_city(zone: str, tag: str) -> str | None:
    locale = get_locale(tag)
    if locale is None:
        return None
    try:
        city = get_timezone_location(zone, locale=locale, return_city=True)
    except (LookupError, ValueError):
        return None
    return str(city) if city else None


ODD = [
    "europe/moscow", "Nowhere/Atlantis", "UTC", "utc", "Etc/GMT+3", "US/Eastern", "Asia/Calcutta",
    "Europe/Kiev", "America/Argentina/Buenos_Aires", "Asia/Ho_Chi_Minh",
]  # fmt: skip


@pytest.mark.parametrize("tag", ["pt-BR", "pt-PT", "pt-AO", "en", "de", "ru", "ja", "xx-YY"])
def test_zone_city_is_babels_exemplar_city(tag: str) -> None:
    zones = sorted({e.zone for e in load_glossary().entries if e.zone}) + ODD
    assert len(zones) > 20
    assert [cldr.zone_city(z, tag) for z in zones] == [_babel_city(z, tag) for z in zones]
