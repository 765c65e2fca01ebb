"""A name the engine keeps and a capitalized common noun after it is a product's name
(untrans40, rule "title-pair").

"made the shell integration with VS Code better" came out "com o código VS melhor": the engine
translated the noun of a product's name and put it first. Such a pair (an initialism that is
no place, or a word in mixed case, then a capitalized common noun, inside a sentence that is
no headline) is now masked; an institution's, a job's, an event's or a law's word, a plural, a
longer name and a credit are left to the engine.
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
        ("He made the shell integration with VS Code better.", ["VS Code"]),
        ("The same front-end terminal engine is used in VS Code. It works.", ["VS Code"]),
        ("We moved our files to IBM Cloud last year.", ["IBM Cloud"]),
        ("You can now listen to it on YouTube Music from today.", ["YouTube Music"]),
    ],
)
def test_name_and_common_noun_is_masked(text: str, want: list[str]) -> None:
    assert _paired(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "A bill passed the US Senate on Tuesday.",  # an institution
        "The FBI Director said the inquiry would go on.",  # a job
        "Delegates met at the GOP Convention in July.",  # an event
        "Companies must now comply with the AI Act in full.",  # a law
        "The team reached the NBA Finals again.",  # a plural
        "It was shot by the pair (AP Photo/Jeff Chiu, File) on a visit.",  # a credit
        "Learn JavaScript DOM Manipulation with us today.",  # a longer name
        "We wrote it for Microsoft VS Code last year.",  # a longer name
        "The HR Team will contact you soon.",  # a unit
        "Read About VS Code On Our New Release Notes Page Today",  # a headline
        "It runs in Windows Terminal too.",  # no name the engine keeps ("windows" is a word)
        "They throw TypeError if name is not a valid HTTP Header name.",  # a term ("http")
    ],
)
def test_other_pairs_left_to_the_engine(text: str) -> None:
    assert _paired(text) == []
