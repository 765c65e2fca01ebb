"""Person names the matcher read as places (glossary48).

glossary47's census of warnings on the development treebanks counted, among the false ones, a
person's name read as a one-letter neighbour of a place's English name ("Germaine" as
Germany in Portuguese, Italian and Polish prose; "Morozov" as Morocco) and an emperor's name
read as a declined place after the lower-case noun of his office ("o imperador Caracala" as
Caracas). Now:

- a one-word misspelling of a place's name, in a text whose language is not English, read
  against a name that language does not use, where every name the language has for the place
  is more than two letters from the word, is a name of its own: no mention;
- a one-word place read from a misspelt or declined form right after a lower-case noun of a
  person's role, in a language that does not decline nouns, is the person's name.

The sentences here are written for the tests, not the census's."""

from __future__ import annotations

import pytest

from translate.glossary import Glossary, find_mentions


def _found(text: str, glossary: Glossary, lang: str) -> list[tuple[str, str]]:
    return [(m.surface, m.entry.id) for m in find_mentions(text, glossary, source_lang=lang)]


@pytest.mark.parametrize(("lang", "text", "word"), [
    ("pt", "A filha de Germaine chegou ontem.", "Germaine"),
    ("it", "Il marito di Germaine è partito ieri.", "Germaine"),
    ("pl", "Córka Germaine przyjechała wczoraj.", "Germaine"),
    ("es", "La hija de Germaine llegó ayer.", "Germaine"),
    ("pt", "Morozov disse que o acordo foi assinado.", "Morozov"),
], ids=["pt", "it", "pl", "es", "surname"])
def test_a_near_miss_of_a_name_the_language_does_not_use_is_no_mention(
        builtin: Glossary, lang: str, text: str, word: str) -> None:
    assert not [s for s, _ in _found(text, builtin, lang) if s == word]


@pytest.mark.parametrize(("lang", "text"), [
    ("pt", "No século III, o imperador Caracala mudou as leis."),
    ("it", "Nel III secolo l'imperatore Caracala cambiò le leggi."),
    ("es", "En el siglo III, el emperador Caracala cambió las leyes."),
], ids=["pt", "it", "es"])
def test_a_declined_place_after_a_persons_role_is_the_persons_name(
        builtin: Glossary, lang: str, text: str) -> None:
    assert not [s for s, _ in _found(text, builtin, lang) if s == "Caracala"]


@pytest.mark.parametrize(("lang", "text", "found"), [
    # a word two letters from the language's own name ("Antartide") stays a misspelling
    ("it", "La spedizione in Antartico è partita.", ("Antartico", "country-aq")),
    # English text: the English name is the text's own
    ("en", "He flew to Germny on Monday.", ("Germny", "country-de")),
    # a language that declines names: the emperor of Russia
    ("pl", "Wtedy cesarz Rosji rządził sam.", ("Rosji", "russia")),
    # the place after "do", not bare after the role noun
    ("pt", "O imperador do Brasil morreu em Paris.", ("Brasil", "country-br")),
], ids=["own-name-near", "english", "declined", "preposition"])
def test_controls_read_as_before(builtin: Glossary, lang: str, text: str,
                                 found: tuple[str, str]) -> None:
    assert found in _found(text, builtin, lang)
