"""glossary44: three general rules, decided on development data only.

- An alias in a chain of abbreviations ("(Fed. Cir. 2013)", the Federal Circuit) is no mention
  of the body the first word also abbreviates (the Federal Reserve's "Fed"); a title or a month
  after the period ("the Fed. Mr. Powell") and the alias in prose are read as before.
- CLDR's exemplar-city name of a place in the text's language and its regional varieties,
  where the language names the city its own way (pt-PT "Bagdade", pt "Bagdá"), is the
  language's own name: a letter off it ("Bagdad", Bosque's European Portuguese spelling) is no
  misspelling to warn of. A city the language names as English does (Italian "Shanghai") lends
  no such tolerance.
- A Romance title opening a sentence ("Premiê Costa chegou") is a title, not a given name, so
  the surname after it is the listed person's to check, and a later lone surname of the same
  document is not taken for another person.
"""

from __future__ import annotations

import pytest

from translate.glossary import Glossary, find_mentions, load_glossary
from translate.glossary.match import MentionContext
from translate.glossary.model import Entry
from translate.protect import _own_name_in


@pytest.fixture(scope="module")
def glossary() -> Glossary:
    return load_glossary()


def _found(text: str, glossary: Glossary, lang: str = "en") -> list[tuple[str, str, str]]:
    return [(m.surface, m.entry.id, m.match)
            for m in find_mentions(text, glossary, source_lang=lang)]


@pytest.mark.parametrize("text", [
    # real: a Board of Veterans' Appeals decision in juriscraper's fixtures (probe38's source)
    "Vasquez-Claudio v. Shinseki, 713 F.3d 112, 116-17 (Fed. Cir. 2013).",
    "The Fed. Cir. held that the claims were invalid.",
    "See Holmes v. United States, 657 F.3d 1303 (Fed. Cl. 2011).",
])
def test_an_alias_in_a_chain_of_abbreviations_is_no_mention(text: str,
                                                            glossary: Glossary) -> None:
    assert all(entry != "federal-reserve" for _, entry, _ in _found(text, glossary))


@pytest.mark.parametrize("text", [
    "Rates rose at the Fed. Mr. Powell said so.",
    "It was the Fed. Powell spoke later.",
    "The Fed raised rates on Wednesday.",
    "Minutes of the Fed. Jan. 5 meeting were released.",
])
def test_the_alias_in_prose_is_read_as_before(text: str, glossary: Glossary) -> None:
    assert ("Fed", "federal-reserve", "alias") in _found(text, glossary)


def _entry(glossary: Glossary, entry_id: str) -> Entry:
    return next(e for e in glossary if e.id == entry_id)


def test_cldr_city_names_of_the_language_and_its_varieties(glossary: Glossary) -> None:
    from translate.glossary.forms import own_city_names

    names = own_city_names(_entry(glossary, "baghdad"), "pt")
    assert "Bagdá" in names and "Bagdade" in names
    assert own_city_names(_entry(glossary, "shanghai"), "it") == ()  # CLDR: "Shanghai"


@pytest.mark.parametrize(("entry_id", "surface", "lang"), [
    ("baghdad", "Bagdad", "pt"),  # real: Bosque CP839, twice; a letter off pt-PT Bagdade
    ("moscow", "Moscovo", "pt"),  # pt-PT's own name
])
def test_a_letter_off_the_languages_city_name_is_its_own_name(
        entry_id: str, surface: str, lang: str, glossary: Glossary) -> None:
    assert _own_name_in(_entry(glossary, entry_id), surface, lang)


@pytest.mark.parametrize(("entry_id", "surface", "lang"), [
    ("shanghai", "Shanghi", "it"),  # a letter off the English name Italian uses: misspelt
    ("baghdad", "Bagdad", "en"),
    ("johannesburg", "Johannesburgo", "pt"),  # two letters off Joanesburgo: still warned
])
def test_other_spellings_are_still_misspellings(entry_id: str, surface: str, lang: str,
                                                glossary: Glossary) -> None:
    assert not _own_name_in(_entry(glossary, entry_id), surface, lang)


@pytest.mark.parametrize("text", ["O governador Costa falou ontem.",
                                  "Os governadores Costa e Lula falaram."])
def test_a_listed_title_before_the_surname_is_read_as_before(text: str,
                                                             glossary: Glossary) -> None:
    assert ("Costa", "antonio-costa", "partial") in _found(text, glossary, "pt")


def test_a_romance_title_opening_a_sentence_is_no_given_name(glossary: Glossary) -> None:
    found = _found("Premiê Costa chegou a Lisboa ontem.", glossary, "pt")
    assert ("Costa", "antonio-costa", "partial") in found, found


def test_a_later_lone_surname_of_that_document_is_the_listed_persons(
        glossary: Glossary) -> None:
    ctx = MentionContext()
    find_mentions("Premiê Costa chegou a Lisboa ontem.", glossary, source_lang="pt",
                  context=ctx)
    later = find_mentions("Costa disse que o orçamento passa.", glossary, source_lang="pt",
                          context=ctx)
    assert [(m.surface, m.entry.id) for m in later] == [("Costa", "antonio-costa")]
