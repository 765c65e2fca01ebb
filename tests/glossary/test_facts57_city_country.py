"""facts57: a country in apposition right after its own city ("Tokyo, Japan") that the edition
leaves out ("em Tóquio") is no name missing: the city says where (probe48's econ-12, held in
both skins). The city's country is the territory CLDR gives its time zone. A country after
another country's city, joined by another word, or dropped elsewhere, is still missing."""

from __future__ import annotations

from translate.glossary import load_glossary
from translate.model import Segment
from translate.protect import protect_segments, restore_segments


def _findings(source: str, target: str, locale: str = "pt-BR") -> list[str]:
    segments = [Segment("b0.s0", 0, 0, source, 0, len(source), "en")]
    prepared = protect_segments(segments, load_glossary(), locale)
    result = restore_segments(prepared, [target])
    return [f"{f.severity} {f.message}" for fs in result.findings for f in fs
            if f.check == "glossary"]


def test_a_country_after_its_own_city_may_go_unwritten() -> None:
    assert _findings("Today in Tokyo, Japan, President Biden launched a plan.",
                     "Hoje, em Tóquio, o Presidente Biden lançou um plano.") == []
    # the probe's sentence: the country named again later, written once in the target
    assert _findings("Today in Tokyo, Japan, President Biden launched a plan with Japan.",
                     "Hoje, em Tóquio, o Presidente Biden lançou um plano com o Japão.") == []
    # written: nothing changes
    assert _findings("Today in Tokyo, Japan, President Biden launched a plan.",
                     "Hoje, em Tóquio, Japão, o Presidente Biden lançou um plano.") == []


def test_a_country_lost_elsewhere_is_still_missing() -> None:
    for source, target in [
        # another country's city: a place lost
        ("Today in Tokyo, China, President Biden launched a plan.",
         "Hoje, em Tóquio, o Presidente Biden lançou um plano."),
        # joined by a word, no apposition
        ("Today in Tokyo and Japan, President Biden launched a plan.",
         "Hoje, em Tóquio, o Presidente Biden lançou um plano."),
        # the country's other mention lost too: one of the two is still missing
        ("Today in Tokyo, Japan, President Biden launched a plan with Japan.",
         "Hoje, em Tóquio, o Presidente Biden lançou um plano."),
        # the city lost: the country is the only place left
        ("Today in Tokyo, Japan, President Biden launched a plan.",
         "Hoje, o Presidente Biden lançou um plano."),
    ]:
        found = _findings(source, target)
        assert any("is missing" in m for m in found), (source, found)


def test_twenty_thousand_cities_and_countries() -> None:
    # the pairing itself (one pass over the mentions in order), on 20,000 "Tokyo, Japan"
    from types import SimpleNamespace as NS

    from translate.protect import _country_after_its_city

    n = 20_000
    unit = "In Tokyo, Japan, it rained. "
    tokyo = NS(id="tokyo", zone="Asia/Tokyo", territory=None)
    japan = NS(id="japan", zone=None, territory="JP")
    exps, placements = [], []
    for k in range(n):
        at = k * len(unit)
        city = NS(mention=NS(start=at + 3, end=at + 8, entry=tokyo))
        country = NS(mention=NS(start=at + 10, end=at + 15, entry=japan))
        exps += [city, country]
        placements += [NS(expectation=city, status="kept"),
                       NS(expectation=country, status="missing")]
    item = NS(segment=NS(source=unit * n), expectations=exps)
    kept = _country_after_its_city(item, placements)  # type: ignore[arg-type]
    assert len(kept) == n and all(p.status == "kept" for p in kept)
