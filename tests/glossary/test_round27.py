"""Twenty-seventh pass (glossary23): two precision rules, on sentences written for these tests.

* A place right after the generic noun that opens a body's, a treaty's or a work's name in
  Hebrew and Arabic (construct state, idafa: ``heads`` in body-suffixes.toml) is part of that
  name, not a mention of the place; the state's own organs still name the state.
* A sentence's first word that is one of its language's most frequent words (jusText's stop
  lists, ``locales/languages/frequent-words.toml``) is no near miss of a name.
"""

from __future__ import annotations

import pytest

from translate.glossary import find_mentions, load_glossary
from translate.glossary.words import frequent_words

GLOSSARY = load_glossary()


def found(text: str, lang: str) -> set[str]:
    return {m.entry.id for m in find_mentions(text, GLOSSARY, source_lang=lang)}


@pytest.mark.parametrize(("text", "lang", "place"), [
    ("הנגיד אמר כי בנק ישראל יעלה את הריבית בחודש הבא.", "he", "country-il"),
    ("הדיון נערך אתמול בבנק ישראל ובמשרד האוצר.", "he", "country-il"),
    ("היא למדה כימיה באוניברסיטת תל אביב שלוש שנים.", "he", "tel-aviv"),
    ("وقعت معاهدة لندن في ذلك العام بعد الحرب.", "ar", "london"),
    ("درس الطب في جامعة القاهرة ثم سافر.", "ar", "cairo"),
    ("وأعلن بنك لبنان المركزي عن إجراءات جديدة.", "ar", "country-lb"),
])
def test_place_after_a_body_noun_is_no_mention(text: str, lang: str, place: str) -> None:
    assert place not in found(text, lang)


@pytest.mark.parametrize(("text", "lang", "place"), [
    ("ממשלת ישראל החליטה אתמול על צעדים חדשים.", "he", "country-il"),
    ("השר טס הבוקר לישראל לשיחות.", "he", "country-il"),
    ("وصل الوفد إلى القاهرة صباح اليوم.", "ar", "cairo"),
    ("وقالت حكومة لبنان إنها ستجتمع غدا.", "ar", "country-lb"),
])
def test_the_place_itself_is_still_found(text: str, lang: str, place: str) -> None:
    assert place in found(text, lang)


@pytest.mark.parametrize(("text", "lang", "entry"), [
    ("Avant la réunion, le ministre a parlé aux journalistes.", "fr", "havana"),
])
def test_a_frequent_word_opening_a_sentence_is_no_near_miss(text: str, lang: str,
                                                              entry: str) -> None:
    assert entry not in found(text, lang)


def test_frequent_words_are_read_per_language() -> None:
    assert "avant" in frequent_words("fr")
    assert frequent_words("xx") == frozenset()
    assert frequent_words("en") == frozenset()  # English has its spelling dictionary
