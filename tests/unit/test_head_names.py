"""A run headed by the common noun of a firm's, a publisher's or a newsroom's name
(``kept_heads`` in locales/languages/en.toml: "Rodale Press", "Rocket Records"), kept by the
rule ``title-repeated`` where the article writes it once, without a cue
(translate.untranslatable.repeated_names with ``HEAD_NAMES``; docs/evaluation/realworld.md,
twenty-sixth pass). Every other condition of the rule holds."""

from __future__ import annotations

import pytest

from translate import untranslatable as u

LEX = u.engine_lexicon("en")
ONE = ["paragraph"]


def test_a_headed_run_written_once_is_a_name() -> None:
    text = ["The book came out with Rodale Press in the spring, and sold well."]
    assert u.repeated_names(text, ONE, "en", LEX) == ["Rodale Press"]


def test_without_the_head_or_with_the_flag_off_once_is_not_enough(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert u.repeated_names(["The book came out with Rodale House in May."], ONE, "en", LEX) == []
    monkeypatch.setattr(u, "HEAD_NAMES", False)
    text = ["The book came out with Rodale Press in the spring, and sold well."]
    assert u.repeated_names(text, ONE, "en", LEX) == []


def test_the_head_alone_a_sentence_start_and_lower_case_uses_are_left() -> None:
    assert u.repeated_names(["We read the Press daily."], ONE, "en", LEX) == []
    assert u.repeated_names(["Fake News spreads fast, they said."], ONE, "en", LEX) == []
    both = ["He hates Fake News online, and fake news in print."]
    assert u.repeated_names(both, ONE, "en", LEX) == []


def test_jobs_and_places_stay_out() -> None:
    assert u.repeated_names(["He spoke to the Prime Minister Press office."], ONE, "en", LEX) == []
    # a place of two words or more inside the run leaves it to the engine, as before
    assert u.repeated_names(["She moved to the New York Press last year."], ONE, "en", LEX) == []


def test_the_pipeline_masks_a_headed_run() -> None:
    masked = u.mask_segments(["Her first novel was published by Rodale Press in 2004."], ONE, "en")
    assert any("title-repeated" in rules for rules in masked.rules.values())


def test_a_possessive_or_a_quote_inside_leaves_the_run_to_the_engine() -> None:
    text = ["She stared into Rocksteady Games’ impressive character model."]
    assert u.repeated_names(text, ONE, "en", LEX) == []
    text = ["He spoke at Vox Media’s Code Media conference last year."]
    assert u.repeated_names(text, ONE, "en", LEX) == []


def test_a_place_based_word_and_events_games_are_left() -> None:
    text = ["She buys from Los Angeles-based Big Bud Press every year."]
    assert u.repeated_names(text, ONE, "en", LEX) == []
    assert u.repeated_names(["He won at the Paralympic Games in Tokyo."], ONE, "en", LEX) == []


def test_a_byline_alone_and_a_magazine_are_left() -> None:
    assert u.repeated_names(["– CBS News"], ONE, "en", LEX) == []
    text = ["It came after Forbes Magazine outed him in 2017, they said."]
    assert u.repeated_names(text, ONE, "en", LEX) == []
