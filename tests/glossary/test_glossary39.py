"""A word read as a place only through an agglutinative ending (Turkish "-le", Finnish "-ssa"),
in a language that writes nouns in lower case and declines no name (``uncased_nouns``), followed
by a capitalised word that is no common word of the language and no glossary name, is a given
name before a surname (glossary39; probe36, camara-618980 b3.s1: "Franciele Fontana" was France
read as "Franci(a)" + "-le", and the edition warned "France (“Franciele”) left as the engine
wrote it"). Such a language gives a place no case ending, so the pair names a person. A declined
place elsewhere, or one followed by a common word or a name the glossary lists, is read as
before."""

from __future__ import annotations

import pytest

from translate.glossary import Glossary, find_mentions, load_glossary


@pytest.fixture(scope="module")
def glossary() -> Glossary:
    return load_glossary()


def _found(text: str, glossary: Glossary, lang: str) -> list[tuple[str, str]]:
    return [(m.surface, m.entry.id) for m in find_mentions(text, glossary, source_lang=lang)]


def test_a_given_name_before_a_surname_is_no_declined_place(glossary: Glossary) -> None:
    # real: probe36's Chamber of Deputies page camara-618980, b3.s1
    text = ("A representante do Ministério da Saúde, Franciele Fontana, informou que, apesar "
            "dos esforços do Programa Nacional de Imunização, os índices de cobertura vêm "
            "diminuindo ano a ano.")
    assert ("Franciele", "country-fr") not in _found(text, glossary, "pt")


def test_the_same_pair_in_english(glossary: Glossary) -> None:
    assert _found("The ministry's Franciele Fontana said so.", glossary, "en") == []


@pytest.mark.parametrize(("text", "lang", "expected"), [
    # a place declined by an agglutinative ending, quoted alone: still the place
    ("Ele citou a palavra Bakıda numa manchete.", "pt", ("Bakıda", "baku")),
    # the next word is a name the glossary lists: no surname
    ("The sign read Tallinnassa Estonia in large letters.", "en", ("Tallinnassa", "tallinn")),
    # a Slavic language declines names: "Kolumbii Brytyjskiej" is read as before
    ("Policja w Kolumbii Brytyjskiej oświadczyła wcześniej.", "pl", ("Kolumbii", "country-co")),
])
def test_declined_places_are_read_as_before(glossary: Glossary, text: str, lang: str,
                                            expected: tuple[str, str]) -> None:
    assert expected in _found(text, glossary, lang)


def test_a_language_that_declines_names_is_read_as_before(glossary: Glossary) -> None:
    # real: development set m (dev-2026-12-04m-spent-heldout.toml); Finnish declines both
    # places and writes titles in lower case: a first draft of the rule lost them
    found = _found("Pääministeri matkusti Pariisista Berliiniin ja tapasi Merzin.", glossary, "fi")
    assert ("Pariisista", "paris") in found and ("Berliiniin", "berlin") in found
