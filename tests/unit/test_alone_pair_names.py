"""A common word the text also writes alone as a name, then a capitalized common noun, is a
product's name (untrans41, rule "title-pair").

"I had chalked this up to Windows Terminal being slow ... the classic Windows terminal" came
out "Terminal Windows": "Windows" is a word of the dictionary, so the pair rule of untrans40
(a first word the engine keeps) did not take it. Where the same text writes the word alone,
capitalized inside a sentence ("the classic Windows terminal", "which broke Windows."), it is
a name, and the pair after it is that name's product. A pair whose first word the text never
writes alone, a first word the engine would not translate ("Ogden": a place's or a person's
name it knows), an institution's, an event's or a project's word, a word at a sentence's start
and a place are left to the engine.
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
        (
            "I blamed Windows Terminal for the lag. After all, the classic Windows terminal"
            " was slow.",
            ["Windows Terminal"],
        ),
        (
            "New tabs open in the same folder in Windows Terminal. A slash broke Windows.",
            ["Windows Terminal"],
        ),
        ("She bought it at the Apple Store, and Apple said it was sold out.", ["Apple Store"]),
    ],
)
def test_word_written_alone_as_a_name_and_noun_is_masked(text: str, want: list[str]) -> None:
    assert _paired(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "It runs in Windows Terminal too.",  # the word never alone: no evidence
        "Windows are open. It runs in Windows Terminal too.",  # alone only at a sentence start
        "The Labor Day parade was big, and Labor won the vote.",  # an event's word
        "The Apple Senate hearing was long, and Apple said so.",  # an institution's word
        "In Paris, the Paris Agreement and Paris again.",  # a place
        "The Windows Terminal Preview is out, and Windows is too.",  # a longer run
        "Take the Ogden Exit off the road; the hotel is in Ogden itself.",  # no common word
        "Since then the Rust Project has grown, and Rust with it.",  # a project's word
        "The Search & Navigation team fixed it, so Search Mode is kept.",  # a longer name's part
    ],
)
def test_other_pairs_left_to_the_engine(text: str) -> None:
    assert _paired(text) == []
