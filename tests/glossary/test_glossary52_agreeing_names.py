"""Several-word names declined word by word, the words agreeing (glossary52).

glossary50's census of missed unseen mentions (development data) left listed names of two
words or more whose adjective and noun are both declined: "Российской Федерации", "Stanom
Zjednoczonym", "Weissen Hauses", "Vereinigten Staaten". The noun endings the matcher read
(``declined_names``) are no adjective's. The agreement rows (``[agreement]`` of
``locales/languages/case-endings.toml``) give each ending the case slots it marks; two words
read through them must share one slot, and each word must be capitalised as the listed word
is.

The sentences here are written for the tests, not taken from the development sets."""

from __future__ import annotations

import pytest

from translate.glossary import Glossary, find_mentions


def _found(text: str, glossary: Glossary, lang: str) -> set[tuple[str, str]]:
    return {(m.surface, m.entry.id) for m in find_mentions(text, glossary, source_lang=lang)}


@pytest.mark.parametrize(("lang", "text", "found"), [
    ("ru", "Президент Российской Федерации прибыл в Минск.", ("Российской Федерации", "russia")),
    ("ru", "Переговоры о Российской Федерации шли долго.", ("Российской Федерации", "russia")),
    ("ru", "Посол Соединенных Штатов вручил ноту.", ("Соединенных Штатов", "united-states")),
    ("ru", "Представитель Белого дома ответил журналистам.", ("Белого дома", "white-house")),
    ("pl", "Mieszka w Stanach Zjednoczonych od dawna.", ("Stanach Zjednoczonych", "united-states")),
    ("pl", "Ambasador Stanów Zjednoczonych wyjechał.", ("Stanów Zjednoczonych", "united-states")),
    ("pl", "Minister pomógł Stanom Zjednoczonym w negocjacjach.",
     ("Stanom Zjednoczonym", "united-states")),
    ("de", "Ein Sprecher des Weißen Hauses lehnte ab.", ("Weißen Hauses", "white-house")),
    ("de", "Ein Sprecher des Weissen Hauses lehnte ab.", ("Weissen Hauses", "white-house")),
    ("de", "Sie reiste gestern in die Vereinigten Staaten.",
     ("Vereinigten Staaten", "united-states")),
], ids=["ru-genitive-f", "ru-locative-f", "ru-genitive-plural", "ru-genitive-m-lower-noun",
        "pl-locative-plural", "pl-genitive-plural", "pl-dative-plural", "de-genitive-n",
        "de-genitive-n-swiss-ss", "de-plural-weak"])
def test_a_several_word_name_declined_in_agreement_is_found(
        builtin: Glossary, lang: str, text: str, found: tuple[str, str]) -> None:
    assert found in _found(text, builtin, lang)


@pytest.mark.parametrize(("lang", "text", "word"), [
    # the words do not agree (a feminine genitive adjective, an accusative noun)
    ("ru", "Он говорил о Российской Федерацию весь вечер.", "Федерацию"),
    # common words with the name's stems, in lower case
    ("pl", "W stanach zjednoczonych w jedną partię zmian nie było.", "stanach"),
    ("de", "Die weißen Häuser am Hafen wurden gestrichen.", "Häuser"),
    ("ru", "Он видел белого дома стены.", "дома"),
    # a sentence opening with the words of a name whose second word is lower case: any
    # white house
    ("ru", "Белого дома у моря не было видно.", "дома"),
], ids=["ru-no-agreement", "pl-lower-case", "de-lower-case-adjective", "ru-lower-case",
        "ru-sentence-start"])
def test_no_common_words_are_read_as_a_declined_name(
        builtin: Glossary, lang: str, text: str, word: str) -> None:
    assert all(word not in surface for surface, _ in _found(text, builtin, lang))


def test_the_names_are_reported_never_rewritten(builtin: Glossary) -> None:
    mentions = find_mentions("Ein Sprecher des Weißen Hauses lehnte ab.", builtin,
                             source_lang="de")
    assert [m.match for m in mentions if m.entry.id == "white-house"] == ["inflected"]


def test_an_english_text_reads_no_agreement(builtin: Glossary) -> None:
    # an English text has no agreement rows: a German phrase quoted in it is read as before
    found = _found("He spoke of the Weißen Hauses yesterday.", builtin, "en")
    assert ("Weißen Hauses", "white-house") not in found
