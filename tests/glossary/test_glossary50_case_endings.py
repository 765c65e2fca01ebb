"""Case-inflected names of Hungarian and Georgian text (glossary50).

The census of missed unseen mentions on the development name sets (a-z) counted case-inflected
names as their largest class; among them the matcher had no reading for Hungarian's assimilated
instrumental ("Putyinnal", "Ursula von der Leyennel": the v of -val/-vel becomes the name's final
consonant, written doubled) and for Georgian's case endings and postpositions ("საქართველოს",
"აზერბაიჯანის": genitive). Both are now language data in ``locales/languages/case-endings.toml``
(``hu``, ``ka``), read in a text of that language only; a full name's last word is read through
the text's own endings too.

The sentences here are written for the tests, not taken from the development sets."""

from __future__ import annotations

import pytest

from translate.glossary import Glossary, find_mentions


def _found(text: str, glossary: Glossary, lang: str) -> set[tuple[str, str]]:
    return {(m.surface, m.entry.id) for m in find_mentions(text, glossary, source_lang=lang)}


@pytest.mark.parametrize(("lang", "text", "found"), [
    ("hu", "A miniszter kedden Londonnal egyeztetett.", ("Londonnal", "london")),
    ("hu", "A kancellár szerdán Berlinnel tárgyalt.", ("Berlinnel", "berlin")),
    ("hu", "A magyar kormányfő kedden Trumppal találkozott.", ("Trumppal", "donald-trump")),
    ("hu", "A kormányfő csütörtökön Putyinnal telefonált.", ("Putyinnal", "vladimir-putin")),
    ("hu", "A tárgyalást szerdán Ursula von der Leyennel folytatta.",
     ("Ursula von der Leyennel", "ursula-von-der-leyen")),
    ("hu", "A csapatok Moszkvánál gyülekeztek.", ("Moszkvánál", "moscow")),
    ("hu", "A jelentés Irakot is említi.", ("Irakot", "country-iq")),
    ("ka", "პრემიერი ეწვია საქართველოს დედაქალაქს.", ("საქართველოს", "georgia")),
    ("ka", "დელეგაცია ჩავიდა აზერბაიჯანის დედაქალაქში.", ("აზერბაიჯანის", "azerbaijan")),
    ("ka", "მინისტრი გუშინ დაბრუნდა თბილისიდან.", ("თბილისიდან", "tbilisi")),
], ids=["hu-nnal", "hu-nnel", "hu-ppal", "hu-person", "hu-full-name", "hu-adessive",
        "hu-accusative", "ka-genitive-vowel", "ka-genitive", "ka-from"])
def test_a_name_with_a_case_ending_of_the_texts_language_is_found(
        builtin: Glossary, lang: str, text: str, found: tuple[str, str]) -> None:
    assert found in _found(text, builtin, lang)


@pytest.mark.parametrize(("lang", "text"), [
    # ordinary Hungarian words with the same endings: no name is left when they are taken off
    ("hu", "A kormány a fontos határozatot is elfogadta."),
    ("hu", "Az állat a kertet nézte, majd a Balatonnal szemben ült."),
    # Georgian words with a genitive or a dative that are no names
    ("ka", "პრეზიდენტს შეხვდა მინისტრის მოადგილე."),
], ids=["hu-accusative-words", "hu-unlisted-lake", "ka-words"])
def test_words_with_those_endings_are_no_names(builtin: Glossary, lang: str, text: str) -> None:
    assert _found(text, builtin, lang) == set()


@pytest.mark.parametrize(("lang", "text", "found"), [
    # controls, read before the change too: the shared agglutinative endings
    ("hu", "Orbán Viktor Brüsszelben tárgyalt.", ("Brüsszelben", "brussels")),
    ("tr", "Erdoğan dün Putinle görüştü.", ("Putinle", "vladimir-putin")),
    ("fi", "Kaja Kallasin mukaan Venäjä jatkaa.", ("Kaja Kallasin", "kaja-kallas")),
    ("ka", "მინისტრი თბილისში შეხვდა კოლეგას.", ("თბილისში", "tbilisi")),
], ids=["hu-inessive", "tr", "fi", "ka-in"])
def test_controls_read_as_before(builtin: Glossary, lang: str, text: str,
                                 found: tuple[str, str]) -> None:
    assert found in _found(text, builtin, lang)
