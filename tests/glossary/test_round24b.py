"""glossary20b's pass of issue 14 (developed on the spent sets a-u; held-out set v untouched).

A word that keeps a place's own name but its ending and runs on past it is the place's
adjective or its people (Dutch "Belgische", "Argentijnen"), not the place misspelt; a
misspelling that stays within the name's length is still read as the place. Sentences here
are new (none is in a name set)."""

from __future__ import annotations

import pytest

from translate.glossary import Glossary
from translate.glossary.match import find_mentions


def _found(text: str, glossary: Glossary, lang: str) -> list[tuple[str, str]]:
    return [(m.surface, m.entry.id) for m in find_mentions(text, glossary, source_lang=lang)]


@pytest.mark.parametrize(("text", "lang", "entry"), [
    ("De Belgische regering viel gisteren na een lange crisis.", "nl", "country-be"),
    ("Volgens de Belgische krant was de minister niet op de hoogte.", "nl", "country-be"),
    ("De Argentijnen wonnen zondag de finale in Rio.", "nl", "country-ar"),
    ("Twee Argentijnse spelers raakten geblesseerd.", "nl", "country-ar"),
])
def test_a_places_adjective_or_people_is_no_misspelt_place(builtin: Glossary, text: str,
                                                           lang: str, entry: str) -> None:
    assert entry not in [e for _, e in _found(text, builtin, lang)]


@pytest.mark.parametrize(("text", "lang", "surface", "entry"), [
    ("De president van Argentinna sprak gisteren.", "nl", "Argentinna", "country-ar"),
    ("Hij woont in Belgie en werkt in Argentinie.", "nl", "Belgie", "country-be"),
    ("Hij woont in Belgie en werkt in Argentinie.", "nl", "Argentinie", "country-ar"),
    ("Der Außenminister reiste nach Jerewan.", "de", "Jerewan", "yerevan"),
])
def test_a_misspelling_within_the_names_length_stays(builtin: Glossary, text: str, lang: str,
                                                     surface: str, entry: str) -> None:
    assert (surface, entry) in _found(text, builtin, lang)


def test_derivative_needs_the_names_start_and_two_more_letters() -> None:
    from translate.glossary.match import _derivative_endings, _derivative_of_place

    nl = _derivative_endings("nl")
    assert _derivative_of_place("belgische", {"belgie"}, nl)
    assert _derivative_of_place("argentijnen", {"argentina"}, nl)
    assert not _derivative_of_place("argentinna", {"argentina"}, nl)  # one letter longer
    assert not _derivative_of_place("braziliaanse", {"argentina"}, nl)  # another name
    assert not _derivative_of_place("damaskus", {"damask"}, _derivative_endings("de"))
    assert not _derivative_of_place("belgische", {"belgie"}, _derivative_endings("id"))
