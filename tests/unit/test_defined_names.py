"""A capitalized run of common words that the article itself shows to be a name is kept as
written (translate.untranslatable.defined_spans, rule ``title-defined``): defined by an
appositive headed by a kind of organisation or work ("Automation Anywhere, UiPath's main
rival", set d: the bare engine and main translated it), or spoken to ("told Rest of World.",
set d). Institutions, persons' jobs, runs the article also writes in lower case, numbers and
the word opening a sentence before a name are left to the engine."""

from __future__ import annotations

import pytest

from translate import untranslatable as u

CTX = u.work_context("en")
LEX = u.engine_lexicon("en")


def _defined(text: str) -> list[str]:
    assert CTX is not None
    return [text[s:e] for s, e in u.defined_spans(text, CTX, LEX)]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            "Automation Anywhere, UiPath’s main rival, is also attempting to fold generative AI.",
            ["Automation Anywhere"],
        ),
        ("“We want to start this heritage,” Al-Riyami told Rest of World.", ["Rest of World"]),
        ("The FBI told Fox News Digital that it received the letter.", ["Fox News Digital"]),
        (
            "It is up 2 percent, according to the Rhodium Group, a research firm that counts.",
            ["Rhodium Group"],
        ),
        # the firm after "of", not the person before it
        ("said Peter McNally of Third Bridge, a London-based research firm.", ["Third Bridge"]),
        # a sentence's first word before a word new to the engine opens the sentence
        ("Take Yves Rocher, a global beauty brand, as an example.", ["Yves Rocher"]),
        # "by", "in", "or" end a run; an adjective "X-based" opens none
        ("Hosted by Andreessen Horowitz, the a16z podcast dives deep.", ["Andreessen Horowitz"]),
    ],
)
def test_a_run_the_article_defines_or_speaks_to_is_kept(text: str, kept: list[str]) -> None:
    assert _defined(text) == kept


@pytest.mark.parametrize(
    "text",
    [
        "He told the National Assembly.",  # an institution
        "He told National Assembly members so.",  # not the object before the sentence's end
        "Jane Roe, a company spokeswoman, said so.",  # a person's job heads the appositive
        "Social Media, a new platform, grew; social media is everywhere.",  # also lower case
        "Prices doubled to 672 by March 2, the firm reported.",  # a date, not a name
        "Enter Moxie, the all-encompassing freelance platform.",  # one word once "Enter" goes
        "Tim Cook met the board.",  # no evidence at all
    ],
)
def test_no_evidence_or_an_institution_is_left_to_the_engine(text: str) -> None:
    assert _defined(text) == []


def test_the_rule_masks_through_title_spans_and_can_be_switched_off(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    text = "Automation Anywhere, UiPath’s main rival, is also attempting it."
    spans = u.title_spans(text, "en", lexicon=LEX)
    assert [(text[s:e], r) for s, e, r in spans] == [("Automation Anywhere", "title-defined")]
    monkeypatch.setattr(u, "DEFINED_NAMES", False)
    assert u.title_spans(text, "en", lexicon=LEX) == []
