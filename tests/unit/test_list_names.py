"""A capitalized common word in a list of names is a name (untrans39, rule "title-list").

"Check out everything that changed in Rust, Cargo, and Clippy" came out "Rust, Carga e Clippy":
a tool named by a common word, in a list beside a name the engine keeps. Such a member is now
masked; a list of places, groups, common words or institutions is left to the engine.
"""

from __future__ import annotations

import pytest

from translate.glossary.words import plain_word_test
from translate.untranslatable import engine_lexicon, title_spans


def _listed(text: str) -> list[str]:
    spans = title_spans(text, "en", lexicon=engine_lexicon("en"), plain=plain_word_test("en"))
    return [text[s:e] for s, e, rule in spans if rule == "title-list"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Check out everything that changed in Rust, Cargo, and Clippy.", ["Rust", "Cargo"]),
        ("The performance demanded by Cargo and UV is here.", ["Cargo"]),
        ("Popular websites such as Reddit, Twitter and Spotify went down.", ["Twitter"]),
    ],
)
def test_common_word_in_a_list_of_names_is_masked(text: str, want: list[str]) -> None:
    assert _listed(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "Exports to Brazil, Argentina and Turkey fell.",  # places
        "The talks with Congress and Biden went on.",  # an institution
        "Leaders of Democrats and Biden met.",  # a group, plural
        "It encouraged many Easterners and Midwesterners to move.",  # plural
        "We are taught Ballroom and Latin on Saturdays.",  # words and a language
        "His latest book, Hegemony or Survival, was a bestseller.",  # dictionary words only
        "She speaks Spanish, English and Tagalog at home.",  # languages
        "Check out Rust, Cargo, and Clippy Today In Our New Release Notes Here",  # a headline
        "Cargo and Clippy were updated.",  # a member starting the sentence
        "Work on ServiceWorkers, Fetch and parts of the Push API.",  # no name after "and"
    ],
)
def test_other_lists_left_to_the_engine(text: str) -> None:
    assert _listed(text) == []
