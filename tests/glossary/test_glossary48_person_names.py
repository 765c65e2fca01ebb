"""A person's name the matcher read as a place after the noun of the person's role (glossary48).

glossary47's census of warnings on the development treebanks counted, among the false ones, an
emperor's name read as a declined place after the lower-case noun of his office ("o imperador
Caracala" as Caracas). Now a one-word place read from a misspelt or declined form right after a
lower-case noun of a person's role, in a language that does not decline nouns, is the person's
name: no mention.

The sentences here are written for the tests, not the census's."""

from __future__ import annotations

import pytest

from translate.glossary import Glossary, find_mentions


def _found(text: str, glossary: Glossary, lang: str) -> list[tuple[str, str]]:
    return [(m.surface, m.entry.id) for m in find_mentions(text, glossary, source_lang=lang)]


@pytest.mark.parametrize(("lang", "text"), [
    ("pt", "No século III, o imperador Caracala mudou as leis."),
    ("it", "Nel III secolo l'imperatore Caracala cambiò le leggi."),
    ("es", "En el siglo III, el emperador Caracala cambió las leyes."),
], ids=["pt", "it", "es"])
def test_a_declined_place_after_a_persons_role_is_the_persons_name(
        builtin: Glossary, lang: str, text: str) -> None:
    assert not [s for s, _ in _found(text, builtin, lang) if s == "Caracala"]


@pytest.mark.parametrize(("lang", "text", "found"), [
    # a misspelt place with no role noun before it
    ("it", "La spedizione in Antartico è partita.", ("Antartico", "country-aq")),
    ("en", "He flew to Germny on Monday.", ("Germny", "country-de")),
    # a language that declines names: the emperor of Russia
    ("pl", "Wtedy cesarz Rosji rządził sam.", ("Rosji", "russia")),
    # the place after "do", not bare after the role noun
    ("pt", "O imperador do Brasil morreu em Paris.", ("Brasil", "country-br")),
], ids=["own-name-near", "english", "declined", "preposition"])
def test_controls_read_as_before(builtin: Glossary, lang: str, text: str,
                                 found: tuple[str, str]) -> None:
    assert found in _found(text, builtin, lang)
