"""The quick tests that let the rank, tense and restrictor checks skip a sentence never skip
one their patterns read: a restrictor in any case ("ONLY", "Just 3"), a rank sign, a text the
ASCII test must leave to the pattern ("só", "Só"); and the tense check reads a future made a
past whichever side it counts first."""

from __future__ import annotations

import pytest

from translate import facts
from translate.check import check_pair

TEXTS = [
    "ONLY 5 people came.", "Just 3 months later.", "They just left.", "Nothing here.",
    "Só brincando!", "apenas três", "SOMENTE isso", "One&Only Resorts", "the #1 team",
    "issue No. 3", "o nº 5", "page#3", "&#39;", "No more.", "", "só", "Onl y", "jUsT one",
]


@pytest.mark.parametrize("lang", ["en", "pt"])
@pytest.mark.parametrize("text", TEXTS)
def test_restrictor_prefilter_skips_only_texts_without_one(text: str, lang: str) -> None:
    data = facts._restrictor_data(lang)
    assert data is not None
    if facts._no_restrictor(text, lang):
        assert data[0].search(text) is None


@pytest.mark.parametrize("lang", ["en", "pt"])
@pytest.mark.parametrize("text", TEXTS)
def test_rank_prefilter_agrees_with_the_pattern(text: str, lang: str) -> None:
    data = facts._rank_data(lang)
    assert data is not None
    assert facts.ranks_in(text, lang) == [
        (m.start(), m.end(), m.group(1)) for m in data[0].finditer(text)]  # fmt: skip


def test_prefilter_finds_a_restrictor_in_capitals_and_leaves_non_ascii_to_the_pattern() -> None:
    assert not facts._no_restrictor("ONLY 5 people came.", "en")
    assert not facts._no_restrictor("Só brincando!", "pt")  # not ASCII: the pattern decides
    assert facts._no_restrictor("Five people came.", "en")


@pytest.mark.parametrize(("source", "target", "src", "locale"), [
    ("The bridge will be opened next year.", "A ponte foi aberta no ano passado.", "en", "pt-BR"),
    ("A ponte foi aberta.", "The bridge will be opened.", "pt", "en"),
])
def test_tense_found_whichever_side_is_counted_first(
    source: str, target: str, src: str, locale: str
) -> None:
    kinds = [f.data.get("kind") for f in check_pair(source, target, src, locale).blocking]
    assert "tense" in kinds


QUICK_TEXTS = [
    "MOST people came.", "Todos vieram.", "ſome came", "Some ſaid it", "TODAY’s news",
    "Ontem à noite", "AMANHÃ cedo", "nothing here", "“Yesterday,” he said.", "hoje em dia",
    "Tonight\u212a", "ESTA NOITE", "the small hall", "", "Várias pessoas",
]


@pytest.mark.parametrize("lang", ["en", "pt"])
@pytest.mark.parametrize("text", QUICK_TEXTS)
def test_quantifier_and_day_prefilters_skip_only_texts_without_one(text: str, lang: str) -> None:
    quantifiers, days = facts._quantifier_data(lang), facts._day_word_data(lang)
    assert quantifiers is not None and days is not None
    if facts._surely_absent(text, quantifiers.quick):
        assert not quantifiers.pattern.search(text)
    if facts._surely_absent(text, days.quick):
        assert not days.pattern.search(text)


def test_the_quick_test_leaves_a_folding_letter_to_the_pattern() -> None:
    quantifiers = facts._quantifier_data("en")
    assert quantifiers is not None
    assert quantifiers.pattern.search("ſome came")  # the long s is an "s" to a case-blind pattern
    assert not facts._surely_absent("ſome came", quantifiers.quick)
