"""A capitalized run of common words that the article writes inside a sentence twice or more
(translate.untranslatable.repeated_names, rule ``title-repeated``): measured by untrans20 on
the corpus pages and not adopted (``REPEATED_NAMES`` is off: it kept "New York", "French Alps",
"Gaza Strip", "Great Lakes" in English, places that usage translates;
docs/evaluation/realworld.md, twenty-fourth pass). These tests pin what the function finds and
that the pipeline's masks do not use it while it is off."""

from __future__ import annotations

import pytest

from translate import untranslatable as u

LEX = u.engine_lexicon("en")
KINDS = ["paragraph", "paragraph"]


def test_a_run_written_twice_inside_sentences_is_found() -> None:
    texts = [
        "She was caught drinking at a Grateful Dead gig as a teenager.",
        "Years later she saw the Grateful Dead play in Oakland.",
    ]
    assert u.repeated_names(texts, KINDS, "en", LEX) == ["Grateful Dead"]


def test_once_or_only_at_a_sentence_start_is_not_enough() -> None:
    once = ["She was caught drinking at a Grateful Dead gig.", "Nothing else here."]
    assert u.repeated_names(once, KINDS, "en", LEX) == []
    starts = ["Grateful Dead fans came.", "Grateful Dead songs played."]
    assert u.repeated_names(starts, KINDS, "en", LEX) == []


def test_institutions_titles_places_and_lower_case_uses_are_left() -> None:
    texts = [
        "He met the White House staff and the Prime Minister of New Zealand on Monday.",
        "Later the White House said the Prime Minister would visit New Zealand, a social media"
        " fan wrote on Social Media today, and Social Media again.",
    ]
    assert u.repeated_names(texts, KINDS, "en", LEX) == []


def test_headings_and_titles_do_not_count() -> None:
    texts = ["Grateful Dead Return", "She saw the Grateful Dead play once."]
    assert u.repeated_names(texts, ["heading", "paragraph"], "en", LEX) == []


def test_the_pipeline_masks_do_not_use_it_while_it_is_off() -> None:
    texts = [
        "She was caught drinking at a Grateful Dead gig as a teenager.",
        "Years later she saw the Grateful Dead play in Oakland.",
    ]
    assert u.REPEATED_NAMES is False
    masked = u.mask_segments(texts, KINDS, "en")
    assert all("title-repeated" not in rules for rules in masked.rules.values())


def test_switched_on_the_run_is_masked_wherever_the_article_writes_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    texts = [
        "She was caught drinking at a Grateful Dead gig as a teenager.",
        "Years later she saw the Grateful Dead play in Oakland.",
    ]
    monkeypatch.setattr(u, "REPEATED_NAMES", True)
    masked = u.mask_segments(texts, KINDS, "en")
    assert masked.words == {0: ["Grateful Dead"], 1: ["Grateful Dead"]}
    assert masked.rules == {0: ["title-repeated"], 1: ["title-repeated"]}
