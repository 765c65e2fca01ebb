"""A name after an "@" standing alone ("$159.99 @ Canada Computers", "Jane Roe, CEO @ Brand
Works", a tour date "Los Angeles, CA @ The Forum") is kept as written
(translate.untranslatable.at_spans, rule ``title-at``): the engine wrote "Melhor Compra Canadá"
and "O Fórum". Handles, addresses, lower-case words and runs of minor words are left to it."""

from __future__ import annotations

import pytest

from translate import untranslatable as u

CTX = u.WorkContext(frozenset(), frozenset(), frozenset({"the", "a", "of", "and", "at", "in"}))


def _at(text: str) -> list[str]:
    return [text[s:e] for s, e in u.at_spans(text, CTX)]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Drive ($209.99 @ Best Buy Canada)", ["Best Buy Canada"]),
        ("Tasha Roe, CEO @ Brand Works", ["Brand Works"]),
        (
            "June 20 – Raleigh, NC @ Coastal Music Park at Walnut Creek",
            ["Coastal Music Park at Walnut Creek"],
        ),
        ("September 18 – Los Angeles, CA @ The Forum", ["The Forum"]),
        ("Meet us @ Pier 39, then lunch.", ["Pier 39"]),  # punctuation ends the run
        ("Lunch @ Pier 39 at the beach", ["Pier 39"]),  # minor words at its end left out
    ],
)
def test_the_name_after_a_lone_at_sign_is_kept(text: str, kept: list[str]) -> None:
    assert _at(text) == kept


@pytest.mark.parametrize(
    "text",
    [
        "Follow @Reuters for more",  # a handle: the sign is part of the word
        "Write to jane@Example.com today",  # an address
        "18:00 - Rome time @ In conversation: money",  # a minor word alone, then lower case
        "Prices @ the store",  # lower case after the sign
    ],
)
def test_other_at_signs_leave_the_words_to_the_engine(text: str) -> None:
    assert _at(text) == []


def test_title_spans_reports_the_rule() -> None:
    if not u.engine_lexicon("en"):
        pytest.skip("no embedded engine for English")
    text = "Storage: a drive ($209.99 @ Best Buy Canada), case ($9 @ Newegg)"
    got = [(text[s:e], r) for s, e, r in u.title_spans(text, "en")]
    assert ("Best Buy Canada", "title-at") in got
    assert not any(w == "Newegg" for w, _ in got)  # no word the engine translates: left to it


def test_the_rule_can_be_switched_off(monkeypatch: pytest.MonkeyPatch) -> None:
    if not u.engine_lexicon("en"):
        pytest.skip("no embedded engine for English")
    monkeypatch.setattr(u, "AT_NAMES", False)
    text = "Storage: a drive ($209.99 @ Best Buy Canada)"
    assert not any(r == "title-at" for _, _, r in u.title_spans(text, "en"))
