"""hidden53: ``facts._HIDDEN`` wrote the four invisible operators as the range "\\u2061-\\u2064".
A regex class reads it as four characters, but ``c in _HIDDEN`` (the quick pre-test of
``hidden_characters``, the ``next(...)`` that names the character, ``_plain``) read three:
U+2061, a hyphen and U+2064. So U+2062/U+2063 inside a word or a number were missed in a
sentence without a hyphen, and a sentence with a hyphen raised ``StopIteration`` out of the
checks; ``_plain`` dropped hyphens. The sentences are written for the tests."""

from __future__ import annotations

import re
import sys
import unicodedata

import pytest

from translate.check import check_pair
from translate.facts import _HIDDEN, _plain, hidden_characters

_OPERATORS = ["\u2061", "\u2062", "\u2063", "\u2064"]


def test_the_hidden_set_and_the_regex_class_read_the_same_characters() -> None:
    as_class = re.compile(f"[{_HIDDEN}]")
    assert "-" not in _HIDDEN
    assert {c for c in map(chr, range(0x2000, 0x2100)) if as_class.fullmatch(c)} == {
        c for c in _HIDDEN if 0x2000 <= ord(c) < 0x2100}  # fmt: skip
    assert set(_OPERATORS) <= set(_HIDDEN)


def test_an_invisible_operator_in_a_name_beside_a_hyphenated_word_is_blocking_not_a_crash() -> None:
    res = check_pair("Vladi\u2062mir Putin, a well-known man, spoke.",
                     "Vladi\u2062mir Putin, um homem bem-conhecido, falou.",
                     "en", "pt-BR")  # fmt: skip
    blocking = [f.message for f in res.findings if f.data.get("kind") == "hidden-word"]
    assert len(blocking) == 2
    assert all("an invisible times operator (U+2062)" in m and '"Vladimir"' in m for m in blocking)
    plain = check_pair("Vladimir Putin, a well-known man, spoke.",
                       "Vladimir Putin, um homem bem-conhecido, falou.", "en", "pt-BR")  # fmt: skip
    assert not [f for f in plain.findings if f.data.get("kind", "").startswith("hidden-")]


@pytest.mark.parametrize("op", _OPERATORS)
def test_each_invisible_operator_inside_a_word_is_found_without_a_hyphen(op: str) -> None:
    found = hidden_characters(f"Ana Sil{op}va spoke.", "en")
    assert [(s, e, w) for s, e, w, _ in found] == [(4, 10, "word")]
    assert f"(U+{ord(op):04X})" in found[0][3]


@pytest.mark.parametrize("op", _OPERATORS)
def test_each_invisible_operator_inside_a_number_is_found_with_or_without_a_hyphen(op: str) -> None:
    for text in (f"They paid 15{op}000 dollars.", f"A well-known firm paid 15{op}000 dollars."):
        found = hidden_characters(text, "en")
        assert [w for *_, w, _ in found] == ["number"], text
        assert "it displays as 15000 while" in found[0][3]


def test_a_soft_hyphen_inside_a_number_is_found_with_or_without_a_hyphen_in_the_sentence() -> None:
    # the number pattern reads the soft hyphen; the quick pre-test let it through only when
    # the sentence held a hyphen
    for text in ("They paid 15\u00ad000 dollars.", "A well-known firm paid 15\u00ad000 dollars."):
        assert [w for *_, w, _ in hidden_characters(text, "en")] == ["number"], text
    assert hidden_characters("Vladi\u00admir Putin, a well-known man", "en") == []


def test_the_plain_reading_keeps_hyphens() -> None:
    assert _plain("Schmidt-Sil\u200bva well-known 2019-20") == "Schmidt-Silva well-known 2019-20"


_CF = [chr(i) for i in range(sys.maxunicode + 1) if unicodedata.category(chr(i)) == "Cf"]


@pytest.mark.parametrize(("source", "target", "source_lang", "locale"), [
    ("Vladi{c}mir Putin, a well-{c}known man, paid 1{c}500 dollars on 12{c}-3 May.",
     "Vladi{c}mir Putin, um homem bem-{c}conhecido, pagou 1{c}500 dólares em 12{c}-3 de maio.",
     "en", "pt-BR"),
    ("O presidente Vladi{c}mir Putin, bem-{c}conhecido, pagou 2{c}000 reais.",
     "President Vladi{c}mir Putin, well{c}-known, paid 2{c}000 reais.", "pt", "en-US"),
])  # fmt: skip
def test_no_check_raises_on_any_format_character_in_a_word_beside_a_hyphen(
    source: str, target: str, source_lang: str, locale: str
) -> None:
    assert len(_CF) > 150 and "\u2062" in _CF and "\u00ad" in _CF
    for c in _CF:  # every check of check.py and facts.py runs in check_pair; none may raise
        res = check_pair(source.replace("{c}", c), target.replace("{c}", c), source_lang, locale)
        assert res.text


def test_hidden_characters_stays_linear_on_20000_repetitions_of_its_triggers() -> None:
    # many findings (each was compared with every finding before it), one word of 20,000
    # hidden characters (each run widened over the whole word), and a run of 20,000 hidden
    # characters after a letter and before no letter (the pattern tried every split of it)
    text = "Vladi\u2062mir well-known 1\u2063500, \u202eavliS\u202c; " * 20_000
    found = hidden_characters(text, "en")
    assert [w for *_, w, _ in found].count("word") == 40_000
    assert [w for *_, w, _ in found].count("number") == 20_000
    assert len(hidden_characters("a\u200b" * 20_000 + "a", "en")) == 1
    assert hidden_characters("a" + "\u200b" * 20_000 + "1", "en") == []
    assert hidden_characters("a" + "\u00ad" * 20_000 + "b", "en") == []
