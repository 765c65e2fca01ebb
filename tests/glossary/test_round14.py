"""The fourteenth round of issue 14 (rules from the spent set n and the other development sets;
never from held-out set o). Sentences here are new, written for the rules' classes."""

from __future__ import annotations

import pytest

from translate.glossary import Glossary, find_mentions
from translate.model import Segment
from translate.protect import protect_segments, restore_segments


def _restore(glossary: Glossary, source: str, output: str) -> tuple[str, list[dict[str, object]]]:
    seg = Segment("b0.s0", 0, 0, source, 0, len(source), "en")
    prepared = protect_segments([seg], glossary, "pt-BR", "en")
    result = restore_segments(prepared, [output])
    return result.targets[0], result.terms[0]


@pytest.mark.parametrize(("source", "output"), [
    ("The film Sleepless in Moscow won an award.", "O filme Sleepless in Moscow ganhou um prêmio."),
    ("She sang Back to London on Sunday.", "Ela cantou Back to London no domingo."),
    ("The record Tokyo at Dawn sold well.", "O disco Tokyo at Dawn vendeu bem."),
])
def test_a_name_the_engine_copied_inside_an_untranslated_phrase_is_left(
        builtin: Glossary, source: str, output: str) -> None:
    target, terms = _restore(builtin, source, output)
    assert target == output
    assert [t["actions"] for t in terms] == [["copied-phrase"]]
    assert terms[0]["status"] == "kept"


@pytest.mark.parametrize(("source", "output", "repaired"), [
    # the name copied alone, in a translated sentence
    ("Garzon's Madrid office was searched.", "O escritório de Madrid do Garzon foi revistado.",
     "O escritório de Madri do Garzon foi revistado."),
    # one copied word beside it is no phrase
    ("Protests in London grew.", "Protestos in London cresceram.",
     "Protestos in Londres cresceram."),
    # a sentence left in English: plain words, another name, a day, a title around it
    ("Minister Pashinyan met the envoy in Moscow on Monday.",
     "Minister Pashinyan met the envoy in Moscow on Monday.",
     "Minister Pashinyan met the envoy in Moscou on Monday."),
    # copied capitalised words only (no lower-case word of the source's sentence)
    ("Talks in Germany failed.", "As negociações na Germany falharam.",
     "As negociações na Alemanha falharam."),
])
def test_a_name_copied_without_its_phrase_is_still_repaired(
        builtin: Glossary, source: str, output: str, repaired: str) -> None:
    target, terms = _restore(builtin, source, output)
    assert target == repaired
    assert [t["status"] for t in terms if t["surface"] != "Pashinyan"] == ["repaired"]


def _found(text: str, glossary: Glossary, lang: str = "en") -> list[tuple[str, str]]:
    return [(m.surface, m.entry.id) for m in find_mentions(text, glossary, source_lang=lang)]


@pytest.mark.parametrize("text", [
    "Les délégués sont arrivés à Port-d'Espagne hier.",
    "Elle vit à Saint-Martin-l’Ukraine depuis 2020.",
    "Le club de Bourg-d’Ukraine a gagné.",
])
def test_a_place_after_a_hyphen_and_an_elided_article_is_the_end_of_another_name(
        builtin: Glossary, text: str) -> None:
    assert [s for s, _ in _found(text, builtin) if s in ("Espagne", "Ukraine")] == []


def test_an_elided_article_alone_still_leaves_the_name(builtin: Glossary) -> None:
    assert ("Espagne", "country-es") in _found("Le roi d’Espagne est venu.", builtin, "fr")
    assert ("Ukraine", "ukraine") in _found("La guerre d'Ukraine continue.", builtin, "fr")


@pytest.mark.parametrize("text", [
    "De Amsterdamse politie en de Brusselse burgemeester spraken.",
    "Een Parijse galerie kocht het werk.",
])
def test_dutch_adjectives_in_se_are_no_mentions(builtin: Glossary, text: str) -> None:
    assert _found(text, builtin, "nl") == []


def test_dutch_place_names_are_still_found(builtin: Glossary) -> None:
    found = [e for _, e in _found("De top in Amsterdam en Brussel begint.", builtin, "nl")]
    assert found == ["amsterdam", "brussels"]


@pytest.mark.parametrize(("text", "entry"), [
    ("The office moved to Washington DC.", "washington"),
    ("She studied in Sydney NSW, then left.", "sydney"),
])
def test_a_place_before_its_own_country_s_region_letters_is_the_place(
        builtin: Glossary, text: str, entry: str) -> None:
    assert [e for _, e in _found(text, builtin)] == [entry]


@pytest.mark.parametrize("text", [
    "The plant in Paris TX. closed.",      # another country's region: a namesake
    "Jobs in Moscow ID 83843 pay more.",
    "The Washington DC area grew.",        # letters that do not close an address
])
def test_other_region_letters_after_a_place_still_say_no(builtin: Glossary, text: str) -> None:
    assert _found(text, builtin) == []
