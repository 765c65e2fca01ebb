"""Short declined names of Slavic text (glossary51).

glossary50's census of missed unseen mentions left Slavic names whose declined form is under
the five-letter floor of the Slavic endings ("do Rygi", "v Gaze"), Polish endings the shared
table did not read ("w Rydze", "z Rubiem", "Rubiowi"), Slovene's -j- before the endings of a
name in a vowel ("v Maliju"), and a surname declined in Cyrillic that the glossary lists only
in the language's own form of the full name ("з Трампом", from "Дональд Трамп"). The evidence
for a four-letter word is a preposition of the text's language that governs the case right
before it (``[place_prepositions]`` of ``locales/languages/case-endings.toml``); the word must
be no frequent word of that language.

The sentences here are written for the tests, not taken from the development sets."""

from __future__ import annotations

import pytest

from translate.glossary import Glossary, find_mentions


def _found(text: str, glossary: Glossary, lang: str) -> set[tuple[str, str]]:
    return {(m.surface, m.entry.id) for m in find_mentions(text, glossary, source_lang=lang)}


@pytest.mark.parametrize(("lang", "text", "found"), [
    ("pl", "Wieczorem minister poleciał do Rygi na rozmowy.", ("Rygi", "riga")),
    ("pl", "Szczyt odbędzie się w Rydze w przyszłym tygodniu.", ("Rydze", "riga")),
    ("cs", "Humanitární pomoc v Gaze stále chybí.", ("Gaze", "gaza")),
    ("sk", "Delegácia pricestovala do Limy v pondelok.", ("Limy", "lima")),
    ("ru", "Переговоры прошли в Риге во вторник.", ("Риге", "riga")),
    ("sl", "Vojaki so v Maliju ostali do jeseni.", ("Maliju", "country-ml")),
    ("pl", "Minister rozmawiał wczoraj z Rubiem o sankcjach.", ("Rubiem", "marco-rubio")),
    ("pl", "Premier wysłał list Rubiowi w piątek.", ("Rubiowi", "marco-rubio")),
    ("uk", "Прем'єр зустрівся з Трампом у Вашингтоні.", ("Трампом", "donald-trump")),
], ids=["pl-do-genitive", "pl-w-locative-dz", "cs-v-locative", "sk-do-genitive",
        "ru-v-locative", "sl-locative-j", "pl-instrumental-io", "pl-dative-io",
        "uk-own-form-surname"])
def test_a_short_or_declined_name_of_a_slavic_text_is_found(
        builtin: Glossary, lang: str, text: str, found: tuple[str, str]) -> None:
    assert found in _found(text, builtin, lang)


@pytest.mark.parametrize(("lang", "text", "word"), [
    # no preposition before it: the five-letter floor stands
    ("pl", "Zespół Rygi zagrał wczoraj.", "Rygi"),
    ("cs", "Film Gaze měl premiéru.", "Gaze"),
    # a frequent word of the language ("газу", gas) after a preposition, capitalised
    ("uk", "Ціни до Газу зросли.", "Газу"),
    # the word after the preposition is lower case: no name
    ("pl", "Mówił o rygi i o gaze.", "rygi"),
    # the preposition is parted from the word by punctuation
    ("pl", "Wrócił do, Rygi zaś nie.", "Rygi"),
], ids=["no-preposition-pl", "no-preposition-cs", "frequent-word", "lower-case",
        "not-adjacent"])
def test_no_short_word_is_read_as_a_name_without_the_evidence(
        builtin: Glossary, lang: str, text: str, word: str) -> None:
    assert all(surface != word for surface, _ in _found(text, builtin, lang))


def test_a_preposition_of_another_language_is_no_evidence(builtin: Glossary) -> None:
    # an English text reads no Slavic preposition: "v Gaze" there is no declined Gaza
    assert all(surface != "Gaze" for surface, _ in
               _found("Look at the v Gaze logo.", builtin, "en"))


def test_the_cases_of_a_place_in_a_text_of_a_slavic_language_are_still_read(
        builtin: Glossary) -> None:
    # controls: forms of five letters or more were read before this pass
    assert ("Kubie", "country-cu") in _found("Byli na Kubie w maju.", builtin, "pl")
    assert ("Gazie", "gaza") in _found("Sytuacja w Gazie jest trudna.", builtin, "pl")
