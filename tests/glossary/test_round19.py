"""glossary16's round of issue 14 (developed on the spent sets n, p and q): words of the Brahmic
and South-East Asian scripts are read whole (their vowel signs are marks Python's ``\\w`` leaves
out), and the gazetteer takes CLDR's exemplar-city names in every language CLDR has, those
scripts included. Sentences here are new, written for the classes; the scripts and languages are
the development sets' (Hindi, Bengali, Thai, Welsh, Czech, Korean), none of held-out set r's."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from translate.glossary import Glossary
from translate.glossary.match import find_mentions
from translate.glossary.normalize import tokenize

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(("text", "words"), [
    ("कल रात लुसाका में बारिश हुई।", ["कल", "रात", "लुसाका", "में", "बारिश", "हुई"]),
    ("গতকাল কিয়েভ শহরে বিদ্যুৎ ছিল না।", ["গতকাল", "কিয়েভ", "শহরে", "বিদ্যুৎ", "ছিল", "না"]),
    ("วันนี้ จาการ์ตา มีฝนตก", ["วันนี้", "จาการ์ตา", "มีฝนตก"]),
])
def test_a_word_keeps_its_vowel_signs_and_a_danda_parts_words(text: str,
                                                               words: list[str]) -> None:
    assert [t.text for t in tokenize(text)] == words


@pytest.mark.parametrize(("lang", "text", "surface", "entry"), [
    ("hi", "कल रात लुसाका में बारिश हुई।", "लुसाका", "lusaka"),
    ("bn", "গতকাল কিয়েভ শহরে বিদ্যুৎ ছিল না।", "কিয়েভ", "kyiv"),
    ("th", "วันนี้ จาการ์ตา มีฝนตก", "จาการ์ตา", "jakarta"),
    ("cy", "Cyrhaeddodd y trên Efrog Newydd yn hwyr.", "Efrog Newydd", "new-york"),
    ("cs", "Delegace přiletěla do Nikósie ve čtvrtek.", "Nikósie", "nicosia"),
    # Korean in Korean: a listed Hangul name with a particle glued on
    ("ko", "어제 암스테르담에서 회의가 열렸다.", "암스테르담에서", "amsterdam"),
])
def test_cldr_city_names_in_every_language_are_found(builtin: Glossary, lang: str, text: str,
                                                      surface: str, entry: str) -> None:
    found = [(text[m.start:m.end], m.entry.id) for m in find_mentions(text, builtin,
                                                                      source_lang=lang)]
    assert (surface, entry) in found


@pytest.mark.parametrize(("lang", "text"), [
    ("hi", "इस सप्ताह बाज़ार में सब्ज़ियों के दाम बढ़ गए हैं।"),
    ("bn", "আজ সকালে বাজারে মাছের দাম বেড়েছে।"),
    ("th", "วันนี้ อากาศ ร้อน มาก"),
    # two syllables and a particle are too often a Korean word ("파리를": a fly, not Paris)
    ("ko", "부엌에서 파리를 잡았다."),
])
def test_ordinary_words_of_those_scripts_name_nothing(builtin: Glossary, lang: str,
                                                      text: str) -> None:
    assert find_mentions(text, builtin, source_lang=lang) == []


def test_the_gazetteer_counts_vowel_signs_as_letters() -> None:
    sys.path.insert(0, str(ROOT / "scripts"))
    import gazetteer

    assert gazetteer.acceptable("लुसाका")  # three consonants, two vowel signs
    assert not gazetteer.acceptable("कल")
