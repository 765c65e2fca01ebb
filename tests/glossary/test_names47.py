"""names47: a glossary name the edition holds that the source writes only as a derivative
("Antarctic" ice -> "Antártida", a Portuguese "talibãs" -> "Taliban") is the engine's rendering
of the source's word, reported as info; a name no word of the source derives stays a warning,
and one written in place of a lost name stays blocking. Rows from the facts sets' stored engine
outputs (sets A-AL, development)."""

from __future__ import annotations

import pytest

from translate.glossary import load_glossary
from translate.glossary.injected import source_derivative
from translate.model import Segment, TranslatedSegment
from translate.pipeline import _injected_name_findings


def _seg(source: str, target: str, lang: str = "en") -> TranslatedSegment:
    return TranslatedSegment(Segment("b1.s0", 0, 0, source, 0, len(source), lang), target,
                             origin="mt")  # fmt: skip


RENDERED = [
    (  # facts set ae, ae179
        "Mr Vaughan says that estimate did not factor in melting Antarctic ice.",
        "Vaughan diz que a estimativa não fatorou o derretimento do gelo da Antártida.",
        "en", "pt-BR", "Antarctic",
    ),
    (  # facts set v, v185
        "Armed clashes broke out in several northern Iraqi cities on Wednesday, leaving some 22 "
        "persons dead in Mosul, Baiji, and Tuz.",
        "Os confrontos armados eclodiram em várias cidades do norte do Iraque na quarta-feira, "
        "deixando cerca de 22 pessoas mortas em Mosul, Baiji e Tuz.",
        "en", "pt-BR", "Iraqi",
    ),
    (  # facts set w, wp090
        "Enquanto as motocicletas escoltavam o caminhão na estrada acidentada até a base, eles "
        "passaram por vários talibãs.",
        "As the motorcycles escorted the truck on the rugged road to the base, they passed "
        "through several Taliban.",
        "pt", "en-US", "talibãs",
    ),
]


@pytest.mark.parametrize(("source", "target", "lang", "locale", "word"), RENDERED,
                         ids=["antarctic", "iraqi", "talibas"])
def test_a_name_the_source_writes_as_its_derivative_is_info(
    source: str, target: str, lang: str, locale: str, word: str
) -> None:
    found = _injected_name_findings([_seg(source, target, lang)], load_glossary(), locale)
    assert [f.severity for f in found] == ["info"]
    assert f"the source writes it as {word!r}" in found[0].message


def test_a_name_no_word_of_the_source_derives_stays_a_warning() -> None:
    # facts set z, z034: "New-Zealand-based" written "baseados na Nova Irlanda"
    source = ("Three teenage Israeli fans of the popstar Lorde have filed a lawsuit against two "
              "New-Zealand-based activists.")
    target = ("Três fãs israelenses adolescentes da popstar Lorde apresentaram uma ação contra "
              "dois ativistas baseados na Nova Irlanda.")
    found = _injected_name_findings([_seg(source, target)], load_glossary(), "pt-BR")
    assert [(f.severity, f.data["entry"]) for f in found] == [("warning", "country-ie")]


def test_a_name_written_in_place_of_a_lost_one_stays_blocking() -> None:
    # facts set al, al010: a birthplace the source never names, the club lost
    source = ('Benjamin Paul "Ben" Amos (born 10 April 1990) is an English professional '
              "footballer who plays as a goalkeeper for Bolton Wanderers.")
    target = ("Benjamin Paul Amos (Londres, 10 de abril de 1990) é um futebolista inglês que "
              "atua como goleiro.")
    found = _injected_name_findings([_seg(source, target)], load_glossary(), "pt-BR")
    assert [f.severity for f in found] == ["error"]


@pytest.mark.parametrize(("name", "source"), [
    ("Niger", "the Nigerian army"),        # Nigeria's word: a longer name starts it
    ("Australia", "an Austrian court"),    # Austria's word
    ("Iran", "Iraqi cities"),              # Iraq's word
    ("Dominica", "the Dominican capital"),  # may be the Dominican Republic
    ("Ireland", "New-Zealand-based activists"),
])
def test_a_word_of_another_entry_derives_no_name(name: str, source: str) -> None:
    g = load_glossary()
    entry = next(e for e in g.entries if e.name == name)
    assert source_derivative(entry, source, g, "en") is None


def test_the_nearest_entry_owns_the_derivative() -> None:
    g = load_glossary()
    by_name = {e.name: e for e in g.entries}
    assert source_derivative(by_name["Nigeria"], "the Nigerian army", g, "en") == "Nigerian"
    assert source_derivative(by_name["Austria"], "an Austrian court", g, "en") == "Austrian"


def test_derivative_search_is_linear() -> None:
    g = load_glossary()
    entry = next(e for e in g.entries if e.name == "Antarctica")
    assert source_derivative(entry, "Nigerian " * 20_000, g, "en") is None
    assert source_derivative(entry, "Nigerian " * 20_000 + "Antarctic", g, "en") == "Antarctic"
    assert source_derivative(entry, "x" * 20_000 + " Antarctic", g, "en") == "Antarctic"
