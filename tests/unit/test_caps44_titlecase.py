"""caps44: the rules of translate.titlecase (a headline in title case, the names an article
shows, the target's headline case)."""

from __future__ import annotations

import pytest

from translate import titlecase
from translate.capitals import common_test

PLAIN = common_test("en")


def _plain(word: str) -> bool:
    assert PLAIN is not None
    return PLAIN(word)


@pytest.mark.parametrize("line", [
    "Webb Hints at Water on Distant World",
    "Congressional Bill Signed into Law",
    "President Signs Order to Strengthen Supply Chains",
])
def test_title_case_lines(line: str) -> None:
    assert titlecase.titled(line, _plain)


@pytest.mark.parametrize("line", [
    "Webb hints at water on a distant world",
    "WEBB HINTS AT WATER ON DISTANT WORLD",
    "NASA ESA JAXA",
    "The senators praised George Bush and Apple on Monday.",
    "Hope rose. The firm said so.",
])
def test_not_title_case(line: str) -> None:
    assert not titlecase.titled(line, _plain)


def test_names_in_reads_words_capitalised_inside_a_sentence() -> None:
    names = titlecase.names_in(["The senators praised Bush on Monday. They backed Hope.",
                                "Officials said: “Rising water is a risk.”",
                                "Rangers Fight Bush Fires Near Valley"], _plain)
    assert {"Bush", "Monday", "Hope"} <= names.words
    assert not {"They", "Rising", "Fires"} & names.words


def test_a_word_capitalised_only_inside_a_name_is_that_name_not_the_word() -> None:
    names = titlecase.names_in(["Students run the Open Journalism Project at the school.",
                                "They study journalism."], _plain)
    assert "Journalism" not in names.words and ("Open", "Journalism") in names.runs
    out = titlecase.sentence_case("The Open Journalism Project: Better Student Journalism",
                                  names, _plain)
    assert out == "The Open Journalism Project: better student journalism"


def test_a_hyphened_name_in_mixed_case_is_kept_whole() -> None:
    out = titlecase.sentence_case("Italian Retailer Eyes Net-a-Porter and Sun-Like Stars",
                                  titlecase.Names(), _plain)
    assert out == "Italian retailer eyes Net-a-Porter and sun-like stars"


def test_sentence_case_keeps_names_glossary_and_protected_spans() -> None:
    text = "Bush Signs Bill With United Nations on Clean Water"
    out = titlecase.sentence_case(text, titlecase.Names(frozenset({"Bush"})), _plain,
                                  (frozenset(), frozenset({("United", "Nations")})),
                                  keep=[(text.index("Clean"), len(text))])
    assert out == "Bush signs bill with United Nations on Clean Water"
    assert len(out) == len(text)


def test_sentence_case_keeps_unknown_words_acronyms_and_after_a_full_stop() -> None:
    out = titlecase.sentence_case("NASA’s Juno Spots Amalthea. Webb Waits", titlecase.Names(),
                                  _plain)
    assert out == "NASA’s Juno spots Amalthea. Webb waits"


def test_target_headline_case_is_data() -> None:
    assert titlecase.target_case("pt") == "sentence"
    assert titlecase.target_case("en") == "title"


def test_english_target_or_no_dictionary_leaves_headings_as_written() -> None:
    texts = ["Webb Hints at Water on Distant World", "Webb saw water."]
    assert titlecase.sentence_cased(texts, texts, [0], "en", "en") == (texts, set())
    assert titlecase.sentence_cased(texts, texts, [0], "xx", "pt") == (texts, set())
    out, changed = titlecase.sentence_cased(texts, texts, [0], "en", "pt")
    assert changed == {0} and out[0] == "Webb hints at water on distant world"
