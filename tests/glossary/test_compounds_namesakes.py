"""Precision and recall rules of the sixth round (issue 14), each class with sentences of its
own (none is taken from the held-out name set g).

Common nouns made with a place's name (WordNet, glossary/words/compounds.toml), appositions
that make a place another country's namesake or an animal, a country followed by a country
that has a city of its name (GeoNames, glossary/words/namesakes.toml), Roman numerals in
capitals, prose that is no Title Case headline, a sentence's first word no dictionary knows
opening a longer name, German compounds and genitives, "ambassador to X", Italian
title-case acronyms, names quoted in Arabic script.
"""

from __future__ import annotations

import pytest

from translate.glossary import Glossary, find_mentions
from translate.glossary.words import compounds, namesakes


def _ids(glossary: Glossary, text: str, lang: str = "en") -> list[str]:
    return [m.entry.id for m in find_mentions(text, glossary, source_lang=lang)]


def test_the_generated_word_data_is_shipped() -> None:
    nouns = compounds()
    assert "sprout" in nouns.after["brussels"] and "chicken" in nouns.before["kiev"]
    assert "turkey" in nouns.modifiers and "sandwich" in nouns.heads
    assert "rhino" in nouns.animals
    assert "CO" in namesakes()["armenia"]


@pytest.mark.parametrize(("text", "entry"), [
    # a common noun made with the name (after it, before it), plurals too
    ("Panama hats were back in fashion this summer.", "country-pa"),
    ("She bought Lima beans and Brazil nuts at the market.", "lima"),
    ("She bought Lima beans and Brazil nuts at the market.", "country-br"),
    ("The cafe's chicken Kiev was the best in town.", "kyiv"),
    # a name that is a food or an animal, before a food, an animal or a plant
    ("Turkey burgers were cheaper than beef ones.", "turkey"),
    # an apposition: an animal, a place of another country
    ("Chile, a three-year-old mare trained in Kentucky, won by a length.", "country-cl"),
    ("Florists in Armenia, a city in Colombia's coffee region, sold out.", "armenia"),
    ("Lagos, on Portugal's southern coast, hosted the regatta.", "lagos"),
    # a country followed by a country that has a city of its name (GeoNames)
    ("The mayor of Armenia, Colombia, opened the fair.", "armenia"),
    # a Roman numeral in capitals is no name written in capitals only in capitals
    ("Pope Pius XI signed the treaty in 1929.", "xi-jinping"),
    # a sentence with one lower-case verb is prose, not a Title Case headline
    ("Fans of Inter Milan and Dynamo Kyiv met in Vienna on Sunday.", "kyiv"),
    # an English sentence's first word that no dictionary knows opens a longer name
    ("Shakhtar Donetsk drew with Benfica on Tuesday.", "donetsk"),
    # "and" followed by no list item: the region after the place is no list
    ("The band played Paris, Texas, and then flew home.", "paris"),
])
def test_no_mention(builtin: Glossary, text: str, entry: str) -> None:
    assert entry not in _ids(builtin, text)


@pytest.mark.parametrize(("text", "entry", "lang"), [
    ("Turkey says it will veto the plan.", "turkey", "en"),
    ("Brussels wants a deal by June.", "brussels", "en"),
    ("Kyiv, the capital of Ukraine, came under fire overnight.", "kyiv", "en"),
    ("Lagos, in Nigeria's south-west, was flooded.", "lagos", "en"),
    ("Armenia, Georgia and Azerbaijan signed the statement.", "armenia", "en"),
    ("Strikes hit Kyiv, Poland, and Berlin.", "kyiv", "en"),
    ("XI JINPING VISITS MOSCOW", "xi-jinping", "en"),
    ("Neighbouring Chad took in refugees.", "country-td", "en"),
    ("China's envoy to Britain Zheng Zeguang met the minister.", "united-kingdom", "en"),
    ("Die Ukraine-Hilfe der EU wurde verlängert.", "ukraine", "de"),
    ("Il presidente degli Usa arriva a Roma.", "united-states", "it"),
    ("وصل الرئيس إلى القاهرة.", "cairo", "ar"),
])
def test_still_a_mention(builtin: Glossary, text: str, entry: str, lang: str) -> None:
    assert entry in _ids(builtin, text, lang)


def test_an_italian_title_case_acronym_opening_a_sentence_is_a_word(builtin: Glossary) -> None:
    assert "united-states" not in _ids(builtin, "Usa la testa, diceva sempre.", "it")
