"""glossary22's pass of issue 14 (developed on the spent sets a-w; held-out set x untouched).

A name in a language the matcher had no endings for: case endings as data for Lithuanian's
feminine names, Latvian, Belarusian (which writes і), Armenian (read in its own letters, not
through the romanization), Finnish -i stems and plurals, Romanian and Croatian; Hebrew and
Arabic proclitic letters before a listed name; Korean particles stacked after one; a name of
several words declined word by word. What is found so is reported, never rewritten.
Sentences here are new (none is in a name set)."""

from __future__ import annotations

import pytest

from translate.glossary import Glossary
from translate.glossary.match import find_mentions


def _found(text: str, glossary: Glossary, lang: str) -> list[tuple[str, str]]:
    return [(m.surface, m.entry.id) for m in find_mentions(text, glossary, source_lang=lang)]


@pytest.mark.parametrize(("lang", "text", "surface", "entry"), [
    ("lt", "Estijos ministras vakar kalbėjo Vilniuje.", "Estijos", "country-ee"),
    ("lt", "Konferencija vyko Latvijoje praėjusią savaitę.", "Latvijoje", "country-lv"),
    ("lt", "Ministras perdavė laišką Vokietijai.", "Vokietijai", "country-de"),
    ("lv", "Delegācija no Igaunijas ieradās vakar.", "Igaunijas", "country-ee"),
    ("be", "Дэлегацыя з Расіі прыехала ўчора.", "Расіі", "russia"),
    ("hy", "Նա երկու տարի ապրել է Հռոմում։", "Հռոմում", "rome"),
    ("hy", "Պատվիրակությունը Մոսկվայից վերադարձավ։", "Մոսկվայից", "moscow"),
    ("fi", "Hän asui pitkään Yhdysvalloissa ennen paluuta.", "Yhdysvalloissa", "united-states"),
    ("fi", "Kokous pidettiin Suomessa viime viikolla.", "Suomessa", "country-fi"),
    ("ro", "Guvernul României a anunțat ieri noile măsuri.", "României", "country-ro"),
    ("he", "הוא נולד בישראל ועבר לגור בצרפת.", "בישראל", "country-il"),
    ("he", "המשלחת הגיעה ומסוריה חזרה אתמול.", "ומסוריה", "syria"),
    ("ar", "عاش سنوات طويلة بألمانيا قبل عودته.", "بألمانيا", "country-de"),
    ("ko", "그 제품은 대한민국에서는 잘 팔린다.", "대한민국에서는", "south-korea"),
    ("lt", "Šis reglamentas taikomas visoje Europos Sąjungoje nuo sausio.", "Europos Sąjungoje",
     "european-union"),
    ("hr", "Izbori u Bosni i Hercegovini održani su u nedjelju.", "Bosni i Hercegovini",
     "bosnia-and-herzegovina"),
    ("hr", "Predsjednik Sjedinjenih Američkih Država stigao je jučer.",
     "Sjedinjenih Američkih Država", "united-states"),
    ("ro", "Regulamentul se aplică pe teritoriul Uniunii Europene de anul viitor.",
     "Uniunii Europene", "european-union"),
])
def test_a_declined_name_is_found(builtin: Glossary, lang: str, text: str, surface: str,
                                  entry: str) -> None:
    mentions = find_mentions(text, builtin, source_lang=lang)
    found = [m for m in mentions if m.surface == surface and m.entry.id == entry]
    assert found, [(m.surface, m.entry.id) for m in mentions]
    assert found[0].fix is None  # reported, never rewritten into the edition


@pytest.mark.parametrize(("lang", "text", "entry"), [
    # "authorised" is a Hebrew word, not "from Warsaw": a short name after a letter is none
    ("he", "הוא פעל כנציג מורשה של החברה.", "warsaw"),
    # the article: the river Jordan, not the state
    ("he", "הם חצו את הירדן בלילה.", "country-jo"),
])
def test_a_word_with_a_letter_before_it_is_no_name(builtin: Glossary, lang: str, text: str,
                                                   entry: str) -> None:
    assert entry not in [e for _, e in _found(text, builtin, lang)]


def test_proclitics_are_read_only_in_their_language(builtin: Glossary) -> None:
    # an English text quoting a Hebrew word gets no Hebrew proclitics
    assert ("בישראל", "country-il") not in _found("The sign said בישראל in large letters.",
                                                   builtin, "en")
