"""A capitalized run of common words that the article writes inside a sentence twice or more
(translate.untranslatable.repeated_names, rule ``title-repeated``): measured by untrans20 on
the corpus pages and not adopted alone (it kept "New York", "French Alps", "Gaza Strip",
"Great Lakes" in English, places that usage translates; docs/evaluation/realworld.md,
twenty-fourth pass). The twenty-fifth pass adds a second signal (``REPEATED_CUES``,
:func:`translate.untranslatable.name_cue`): the run is kept only where the article also writes it
as a body's, a brand's or a work's name once (a verb of what a body does right after it, a verb
of reading, joining, buying ... right before it) and holds no country's, region's or language's
name nor a unit of an organisation ("team"); with it the rule is on (``REPEATED_NAMES``). These
tests pin what the function finds, with and without the cue, and the pipeline's masks."""

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
    assert u.repeated_names(texts, KINDS, "en", LEX, cues=False) == ["Grateful Dead"]


def test_once_or_only_at_a_sentence_start_is_not_enough() -> None:
    once = ["She was caught drinking at a Grateful Dead gig.", "Nothing else here."]
    assert u.repeated_names(once, KINDS, "en", LEX, cues=False) == []
    starts = ["Grateful Dead fans came.", "Grateful Dead songs played."]
    assert u.repeated_names(starts, KINDS, "en", LEX, cues=False) == []


def test_institutions_titles_places_and_lower_case_uses_are_left() -> None:
    texts = [
        "He met the White House staff and the Prime Minister of New Zealand on Monday.",
        "Later the White House said the Prime Minister would visit New Zealand, a social media"
        " fan wrote on Social Media today, and Social Media again.",
    ]
    assert u.repeated_names(texts, KINDS, "en", LEX, cues=False) == []


def test_headings_and_titles_do_not_count() -> None:
    texts = ["Grateful Dead Return", "She saw the Grateful Dead play once."]
    assert u.repeated_names(texts, ["heading", "paragraph"], "en", LEX, cues=False) == []


def test_the_pipeline_masks_do_not_use_it_while_it_is_off(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    texts = [
        "She was caught drinking at a Grateful Dead gig as a teenager.",
        "Years later she would listen to the Grateful Dead in Oakland.",
    ]
    monkeypatch.setattr(u, "REPEATED_NAMES", False)
    masked = u.mask_segments(texts, KINDS, "en")
    assert all("title-repeated" not in rules for rules in masked.rules.values())


def test_switched_on_the_run_is_masked_wherever_the_article_writes_it() -> None:
    texts = [
        "She was caught drinking at a Grateful Dead gig as a teenager.",
        "Years later she would listen to the Grateful Dead in Oakland.",
    ]
    assert u.REPEATED_NAMES is True  # on since the twenty-fifth pass, with its cue
    masked = u.mask_segments(texts, KINDS, "en")
    assert masked.words == {0: ["Grateful Dead"], 1: ["Grateful Dead"]}
    assert masked.rules == {0: ["title-repeated"], 1: ["title-repeated"]}


def test_the_cue_is_on_by_default_and_a_repeated_run_without_one_is_left() -> None:
    assert u.REPEATED_CUES is True
    texts = [
        "The company asks its Customer Success Manager for notes on every client it has.",
        "In the end a Customer Success Manager meets the clients who are unhappy with us.",
    ]
    assert u.repeated_names(texts, KINDS, "en", LEX, cues=False) == ["Customer Success Manager"]
    assert u.repeated_names(texts, KINDS, "en", LEX) == []


def test_a_verb_of_what_a_body_does_after_it_or_of_joining_reading_before_it_is_a_cue() -> None:
    after = [
        "Drinks and food are paid for by Blue Rain this year at the fair.",
        "The prize goes to charity, and Blue Rain hopes to win it on Sunday.",
    ]
    assert u.repeated_names(after, KINDS, "en", LEX) == ["Blue Rain"]
    before = [
        "Last year we bought from Garage Pros and the new doors work very well for us.",
        "The sales staff at Garage Pros were all easy to get along with, so we came back.",
    ]
    assert u.repeated_names(before, KINDS, "en", LEX) == ["Garage Pros"]


def test_a_cued_run_holding_a_country_region_or_language_name_is_left() -> None:
    texts = [
        "She worked for French Riviera Tours in May.",
        "The job at French Riviera Tours ended, and French Riviera Tours said so.",
    ]
    assert u.repeated_names(texts, KINDS, "en", LEX, places=frozenset()) == ["French Riviera Tours"]
    assert u.repeated_names(texts, KINDS, "en", LEX) == []


def test_what_a_product_does_is_no_cue_and_a_city_of_a_time_zone_is_a_place() -> None:
    product = [
        "The Wireless Charging Case delivers more than 24 hours of battery life for you.",
        "You can buy the Wireless Charging Case on its own, and the price is quite low.",
    ]
    assert u.repeated_names(product, KINDS, "en", LEX, cues=False) == ["Wireless Charging Case"]
    assert u.repeated_names(product, KINDS, "en", LEX) == []
    city = [
        "The rest of the Sao Paulo press said nothing about the storm that night at all.",
        "Later the mayor of Sao Paulo said the storm was over, and the rain stopped.",
    ]
    assert u.repeated_names(city, KINDS, "en", LEX, places=frozenset()) == ["Sao Paulo"]
    assert u.repeated_names(city, KINDS, "en", LEX) == []


def test_name_cue_reads_the_verb_beside_the_run_only() -> None:
    ctx = u.work_context("en")
    assert ctx is not None
    t = "Fans said Great Lakes water is cold; readers of Guild Wars posts read Guild Wars daily."
    first = t.index("Great Lakes")
    assert u.name_cue(t, first, first + len("Great Lakes"), ctx) == ""
    last = t.rindex("Guild Wars")
    assert u.name_cue(t, last, last + len("Guild Wars"), ctx) == "object"
    mid = t.index("Guild Wars")
    assert u.name_cue(t, mid, mid + len("Guild Wars"), ctx) == ""


def test_without_a_cue_the_pipeline_keeps_nothing_and_the_engine_translates() -> None:
    texts = [
        "The company asks its Customer Success Manager for notes on every client it has.",
        "In the end a Customer Success Manager meets the clients who are unhappy with us.",
    ]
    masked = u.mask_segments(texts, KINDS, "en")
    assert all("title-repeated" not in rules for rules in masked.rules.values())


def test_a_unit_of_an_organisation_is_left_to_the_engine() -> None:
    texts = [
        "For payroll, the HR Team announced outsourced services as part of your staff.",
        "Clients who call get the HR Team on the phone, and the HR Team said so.",
    ]
    assert u.repeated_names(texts, KINDS, "en", LEX, excluded=frozenset()) == ["HR Team"]
    assert u.repeated_names(texts, KINDS, "en", LEX) == []
