"""glossary19's round of issue 14 (developed on the spent sets a-t; held-out set u untouched).

German glues a name to the front of a noun without a hyphen ("Irankrieg", "Chinareise"); its
prepositions carry the article ("ins Ausland"); German and the Scandinavian languages give a
person's name no ending but the -s genitive ("Türken" are the Turks); a word of a line of
capitals says nothing by its capitals in a language no shipped dictionary lists; a Romance
article's noun is no misspelt place ("a la Franja"). Sentences here are new (none is in a name
set)."""

from __future__ import annotations

import pytest

from translate.glossary import Glossary
from translate.glossary.match import find_mentions


def _found(text: str, glossary: Glossary, lang: str) -> list[tuple[str, str, str]]:
    return [(m.surface, m.entry.id, m.match)
            for m in find_mentions(text, glossary, source_lang=lang)]


@pytest.mark.parametrize(("text", "surface", "entry"), [
    ("Seit Beginn des Irankriegs steigen die Ölpreise.", "Irankriegs", "iran"),
    ("Die Chinareise des Kanzlers wurde verschoben.", "Chinareise", "china"),
    ("Über die Russlandsanktionen wird in Brüssel gestritten.", "Russlandsanktionen", "russia"),
    ("Auf dem Natogipfel sprach niemand über Geld.", "Natogipfel", "nato"),
])
def test_german_closed_compound_is_the_name_inflected(builtin: Glossary, text: str,
                                                      surface: str, entry: str) -> None:
    found = _found(text, builtin, "de")
    assert (surface, entry, "inflected") in found, found


@pytest.mark.parametrize("text", [
    "Das Bernsteinzimmer wurde nie gefunden.",     # no listed name before a listed head
    "Die Perlenkette lag im Schrank.",
    "Sie hat Romanistik studiert und lebt jetzt am Rhein.",
])
def test_german_words_that_are_no_compound_of_a_name(builtin: Glossary, text: str) -> None:
    assert _found(text, builtin, "de") == []


def test_a_contracted_article_makes_a_noun(builtin: Glossary) -> None:
    # "ins Ausland" (abroad) is no misspelt Auckland; a listed name after "ins" still is one
    assert _found("Viele junge Leute gehen nach der Schule ins Ausland.", builtin, "de") == []
    found = _found("Die Delegation reist ins Baltikum und dann nach Kiew.", builtin, "de")
    assert ("Kiew", "kyiv") in [(s, e) for s, e, _ in found]


def test_german_gives_a_surname_no_agglutinative_ending(builtin: Glossary) -> None:
    found = _found("In Berlin leben viele Türken und Kurden.", builtin, "de")
    assert [e for _, e, _ in found] == ["berlin"], found


def test_a_line_of_capitals_in_a_language_without_dictionary(builtin: Glossary) -> None:
    assert _found("ACHETEZ, DONNEZ, PARTAGEZ AUJOURD'HUI !", builtin, "fr") == []
    # a listed name in capitals is still found
    found = _found("GUERRE EN UKRAINE : LES NÉGOCIATIONS REPRENNENT", builtin, "fr")
    assert ("UKRAINE", "ukraine") in [(s, e) for s, e, _ in found], found


def test_a_romance_article_s_noun_is_no_misspelt_place(builtin: Glossary) -> None:
    found = _found("La ayuda llegó a la Franja por la noche.", builtin, "es")
    assert all(e != "country-fr" for _, e, _ in found), found


@pytest.mark.parametrize(("text", "surface", "entry"), [
    ("Die Kämpfer der Terrorgruppe Hamas zogen sich zurück.", "Hamas", "hamas"),
    ("Der Hafen der Küstenstadt Odessa wurde beschossen.", "Odessa", "odesa"),
    ("Im Emirat Katar beginnen die Gespräche am Montag.", "Katar", "country-qa"),
])
def test_a_german_noun_in_apposition_before_a_name(builtin: Glossary, text: str,
                                                   surface: str, entry: str) -> None:
    assert (surface, entry) in [(s, e) for s, e, _ in _found(text, builtin, "de")]


def test_a_body_that_takes_a_place_into_its_name_stays_one_name(builtin: Glossary) -> None:
    assert _found("Sie lehrt an der Universität Wien Geschichte.", builtin, "de") == []
