"""A name in mixed case and a plural or two capitalized common words after it is a product's
name (untrans42, rule "title-pair").

The pair rule of untrans40 left plurals ("NBA Finals") and longer runs ("VS Code Go") to the
engine, so "We run our tests on GitHub Actions" came out "em Ações do GitHub" and
"NordicTrack Commercial Series 1750" came out "NordicTrack série comercial 1750". A word in
mixed case ("GitHub", "NordicTrack", "iCloud") is a brand's name whatever the engine knows;
after it, a capitalized plural or two capitalized common words the engine translates are now
masked. An initialism before a plural ("NBA Finals"), an institution's, a job's, an event's or
a law's word (also as a plural), a longer run and a headline are left to the engine.
"""

from __future__ import annotations

import pytest

from translate.glossary.words import plain_word_test
from translate.untranslatable import engine_lexicon, title_spans


def _paired(text: str) -> list[str]:
    spans = title_spans(text, "en", lexicon=engine_lexicon("en"), plain=plain_word_test("en"))
    return [text[s:e] for s, e, rule in spans if rule == "title-pair"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("We run our tests on GitHub Actions every night.", ["GitHub Actions"]),
        ("It publishes images to GitHub Packages and keeps them.", ["GitHub Packages"]),
        ("Your pictures stay in the iCloud Photos library.", ["iCloud Photos"]),
        (
            "Our gym replaced its old machines with the NordicTrack Commercial Series last spring.",
            ["NordicTrack Commercial Series"],
        ),
    ],
)
def test_mixed_case_name_and_plural_or_two_nouns_is_masked(text: str, want: list[str]) -> None:
    assert _paired(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "The team reached the NBA Finals again.",  # an initialism, not mixed case
        "He spoke at the YouTube Creators Summit last week.",  # an event's head
        "Several OpenAI Board Members resigned on Friday.",  # an institution's word
        "The GitHub Actions Ubuntu image was updated.",  # a longer run
        "Senate Republicans blocked the bill on Tuesday.",  # no name in mixed case
        "Read About GitHub Actions In Our New Release Notes Page",  # a headline
    ],
)
def test_other_runs_left_to_the_engine(text: str) -> None:
    assert _paired(text) == []
