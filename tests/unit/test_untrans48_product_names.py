"""untrans48: a product's name right before its product noun ("the Federalist platform") is
kept when its word is a common word the spelling dictionary also lists as a name: the engine
translated it ("a plataforma federalista")."""

from __future__ import annotations

import pytest

from translate.glossary.words import plain_word_test
from translate.untranslatable import _or_common, title_spans


def _spans(text: str) -> list[str]:
    return [text[s:e] for s, e, _ in title_spans(text, "en", plain=plain_word_test("en"))]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("The team moved its sites from the Federalist platform to a new host.", ["Federalist"]),
        ("A friend spotted Webb's Ford sedan and called the police.", ["Ford"]),
        ("Readers of the Hill app can read every story offline.", ["Hill"]),
        # no product noun after the word: nothing
        ("He wrote a Federalist essay about the courts and the press.", []),
        # an institution's word before the noun: the engine's (role_institutions)
        ("The Senate website was down for most of the day on Monday.", []),
    ],
)
def test_product_names_of_common_words(text: str, kept: list[str]) -> None:
    assert _spans(text) == kept


def test_or_common() -> None:
    test = _or_common(lambda w: False, "en")
    assert test is not None and test("Federalist") and not test("Xqzzy")
    assert _or_common(None, "en") is None
    plain = plain_word_test("en")
    assert plain is not None and not plain("federalist")  # a name too: plain leaves it


def test_product_names_linear() -> None:
    text = "They used the Federalist platform and " * 20000 + "left."
    assert len(_spans(text)) == 20000
