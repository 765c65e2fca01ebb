"""Precision and recall rules of the seventh round (issue 14), each class with sentences of its
own (none is taken from the held-out name set h).

A name glued into a web address, an acronym that spells a word on a line of capitals, a
place before an animal noun (a breed), a place listed among regions of one country (ISO
3166-2), places with their regions in a list ("Paris, Texas, and Moscow, Idaho"), "Inner"
and "Outer" opening a different place's name, a declined name before a capitalised word
(a genitive, not the inside of a longer name), case endings read from language data.
"""

from __future__ import annotations

import pytest

from translate.glossary import Glossary, find_mentions
from translate.glossary.match import case_endings


def _ids(glossary: Glossary, text: str, lang: str = "en") -> list[str]:
    return [m.entry.id for m in find_mentions(text, glossary, source_lang=lang)]


@pytest.mark.parametrize(("text", "entry"), [
    # a name glued by a period into a site's name or a web address
    ("Read more on Visit.Berlin and on the city's own pages.", "berlin"),
    ("The statement was posted on Paris.fr on Tuesday.", "paris"),
    # an acronym spelling a word on a line of capitals
    ("PLEASE TELL US WHAT YOU THINK ABOUT THE NEW SITE", "united-states"),
    ("IT IS TIME TO VOTE, SAYS THE MAYOR", "country-it"),
    # a place before an animal noun: a breed
    ("The farm keeps Shetland ponies and Jersey cattle.", "country-je"),
    # a place listed among regions of one country
    ("Storms hit Alabama, Georgia, Florida and the Carolinas.", "georgia"),
    ("Voters in Idaho, Montana, Washington and Oregon went to the polls.", "washington"),
    # places with their regions, in a list
    ("The tour stops in Paris, Texas, and Moscow, Idaho, next week.", "paris"),
    ("The tour stops in Paris, Texas, and Moscow, Idaho, next week.", "moscow"),
    # "Inner"/"Outer" open another place's name
    ("Herders in Inner Mongolia lost cattle to the snow.", "country-mn"),
])
def test_no_mention(builtin: Glossary, text: str, entry: str) -> None:
    assert entry not in _ids(builtin, text)


@pytest.mark.parametrize(("text", "entry", "lang"), [
    # the same names, where they are names
    ("Officials in Berlin. Paris said nothing.", "berlin", "en"),
    ("The US and the WHO agreed on Monday.", "united-states", "en"),
    ("US STRIKES HIT TARGETS IN IRAN", "iran", "en"),
    ("The island of Jersey held elections on Thursday.", "country-je", "en"),
    ("Talks in Tbilisi, Georgia, and Baku, Azerbaijan, ended.", "georgia", "en"),
    ("Strikes hit Gaza, Israel, Lebanon and Syria.", "country-il", "en"),
    ("Leaders of Georgia, Armenia and Azerbaijan met in Washington.", "georgia", "en"),
    ("Mongolia and China signed the deal.", "country-mn", "en"),
    # a declined name before a capitalised word: Russian genitive before a person
    ("Премьер-министр Малайзии Анвар Ибрагим прибыл в Москву.", "country-my", "ru"),
])
def test_mention_kept(builtin: Glossary, text: str, entry: str, lang: str) -> None:
    assert entry in _ids(builtin, text, lang)


def test_case_endings_are_language_data() -> None:
    common = case_endings(None)
    assert "da" in common.agglutinative and "ssa" in common.agglutinative
    assert "de" in common.genitive_s and "tr" in common.apostrophe
    assert ("ии", ("ия", "ии")) in common.slavic  # folded: й -> и
    icelandic = case_endings("is")
    assert icelandic.endings and all(restores for _, restores in icelandic.endings)
    assert case_endings("xx").endings == ()


@pytest.mark.parametrize(("text", "entry"), [
    ("Fundurinn var haldinn á Íslandi í gær.", "country-is"),
    ("Ráðherrann fór til Noregs á mánudag.", "country-no"),
    ("Hann býr í Finnlandi og starfar í Frakklandi.", "country-fi"),
])
def test_icelandic_case_endings(builtin: Glossary, text: str, entry: str) -> None:
    assert entry in _ids(builtin, text, "is")


def test_icelandic_endings_stay_in_icelandic(builtin: Glossary) -> None:
    # the one-letter dative ending is read only in an Icelandic text
    assert "country-is" not in _ids(builtin, "Islandi is a surname in the records.", "en")


def test_an_acronym_is_no_breed(builtin: Glossary) -> None:
    # "rates" is no plural of the animal "rat"; an acronym is never a breed
    assert "united-states" in _ids(builtin, "The Fed is expected to keep US rates unchanged.")


def test_a_declined_masculine_surname_is_no_feminine_one(builtin: Glossary) -> None:
    # Russian genitive of Aliyev = nominative of Aliyeva: neither for sure
    text = "Встреча Пашиняна и Алиева прошла в Москве."
    assert "mehriban-aliyeva" not in _ids(builtin, text, "ru")
    assert "mehriban-aliyeva" in _ids(builtin, "Мехрибан Алиева посетила Москву.", "ru")
