"""glossary17's round of issue 14 (developed on the spent sets a-r; held-out set s untouched).

A word in Arabic letters that only shares its consonants with one of a place's Latin names is
not that place when the place lists its own names in Arabic letters and the word has none of
their consonants: the Pashto "خبرو" (talks; "خبر", news, in Arabic, Persian, Urdu) has the
consonants of the French "Chypre" (khbr), not of "قبرص" (kbrs). Sentences here are new."""

from __future__ import annotations

import pytest

from translate.glossary import Glossary
from translate.glossary.match import find_mentions


@pytest.mark.parametrize(("lang", "text"), [
    ("ps", "پرون د سولې خبرو ته دوام ورکړل شو."),
    ("ar", "نشرت الصحيفة خبرا عن الانتخابات."),
    ("fa", "این خبر دیروز منتشر شد."),
    ("ar", "وبضبط الحدود تراجع التهريب."),  # "and by controlling": no Budapest
])
def test_a_word_sharing_only_a_latin_names_consonants_is_no_place(builtin: Glossary, lang: str,
                                                                  text: str) -> None:
    assert [(m.surface, m.entry.id) for m in find_mentions(text, builtin, source_lang=lang)
            if m.entry.type == "place"] == []


@pytest.mark.parametrize(("lang", "text", "surface", "entry"), [
    # the place written as its listed Arabic-script name is still found
    ("ar", "وصل الوفد إلى قبرص أمس.", "قبرص", "country-cy"),
    # a person with no Arabic-script name listed is still found by sound
    ("ar", "قال نتنياهو إن المحادثات ستستمر.", "نتنياهو", "benjamin-netanyahu"),
])
def test_listed_and_unlisted_arabic_script_names_are_still_found(builtin: Glossary, lang: str,
                                                                 text: str, surface: str,
                                                                 entry: str) -> None:
    found = [(m.surface, m.entry.id) for m in find_mentions(text, builtin, source_lang=lang)]
    assert (surface, entry) in found


@pytest.mark.parametrize("text", [
    "The new comedy comes from Kenya Barris and his team.",
    "Producer Sofia Barris joined the panel.",
])
def test_a_place_before_a_surname_in_is_is_a_persons_given_name(builtin: Glossary,
                                                                text: str) -> None:
    # "Barris" is no adjective of the proper word "Barr" (only a glossary place makes one
    # in -is or -i: "Omanis", "Iraqi"), so it is a word of a longer name: a person's
    assert find_mentions(text, builtin, source_lang="en") == []


def test_adjectives_of_glossary_places_in_is_and_i_stay_adjectives(builtin: Glossary) -> None:
    found = [(m.surface, m.entry.id) for m in find_mentions(
        "Omanis and Iraqi officials met in Kenya.", builtin, source_lang="en")]
    assert found == [("Kenya", "country-ke")]
