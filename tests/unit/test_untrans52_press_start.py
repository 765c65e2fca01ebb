"""untrans52: a publication named at a sentence's start before its cue is masked (rule
``title-press``, :func:`translate.untranslatable.press_start_spans`): "As Foreign Policy
reported, ..." (an opener of ``press_start_openers``, the run, a verb and a comma) and "The
Nation reported that ..." ("The" and a run whose every word is a name or a word the dictionary
also lists as a name, or a run the text writes with a capitalized "The" inside a sentence: "told
The Atlantic"). "The Company reported", "The Board reported", bodies, ranks, pronouns and the
capitalized words the engine translates as usage does ("The Vatican") are left to the engine."""

from __future__ import annotations

import pytest

from translate import untranslatable as u
from translate.glossary.words import plain_word_test
from translate.untranslatable import title_spans, work_context


def _press(text: str) -> list[str]:
    return [
        text[s:e]
        for s, e, r in title_spans(text, "en", plain=plain_word_test("en"))
        if r == "title-press"
    ]


def _engine() -> None:
    if not u.engine_lexicon("en"):
        pytest.skip("no embedded engine for English")


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("As Foreign Policy reported, the talks had stalled.", ["Foreign Policy"]),
        ("As Labor Notes reported, the union voted to strike.", ["Labor Notes"]),
        ("As Business Insider reported, shares fell on Monday.", ["Business Insider"]),
        ("The Nation reported that the senator had resigned.", ["The Nation"]),
        ("The Federalist reported that the bill failed.", ["The Federalist"]),
        (
            "She spoke to The Atlantic last year. The Atlantic reported that the talks stalled.",
            ["The Atlantic"],
        ),
    ],
)
def test_publications_at_a_sentence_start_are_kept(text: str, kept: list[str]) -> None:
    _engine()
    assert _press(text) == kept


def test_the_title_kept_is_the_one_at_the_sentence_start() -> None:
    _engine()
    text = "She spoke to The Atlantic last year. The Atlantic reported that the talks stalled."
    spans = [(s, e) for s, e, r in title_spans(text, "en", plain=plain_word_test("en"))]
    assert (text.index("The Atlantic reported"), text.index(" reported")) in spans


@pytest.mark.parametrize(
    "text",
    [
        "The Company reported a loss of $3 million in the quarter.",  # a defined term
        "The Board reported a surplus for the year.",
        "The Plaintiff wrote that the contract was void.",
        "The Buyer wrote to the Seller on May 3.",  # a participle's word after the verb
        "The Commission reported an increase in complaints.",  # an institution
        "The Atlantic reported that the plan was dropped.",  # held whole, no evidence
        "Officials met the Vatican envoy. The Vatican reported that the pope was resting.",
        "The company filed its report. The Company reported a loss of $3 million.",
        "As I reported, the plan failed.",  # a pronoun
        "As Others wrote, the plan failed.",
        "As President Biden wrote, the law will pass.",  # a rank first
        "As Emily Feng reports for NPR, the first cases came to light.",  # "for" after the verb
        "As Foreign Policy reported in March the talks stalled.",  # no comma after the verb
        "As the Guardian reported, the minister resigned.",  # untrans50's "the" run, unchanged
        "The CIOB reports 94% of workers felt stress.",  # nothing the engine translates
    ],
)
def test_runs_left_to_the_engine(text: str) -> None:
    _engine()
    assert _press(text) == []


def test_the_data() -> None:
    ctx = work_context("en")
    assert ctx is not None
    assert "as" in ctx.press_start_openers


def test_switch_off(monkeypatch: pytest.MonkeyPatch) -> None:
    _engine()
    monkeypatch.setattr(u, "PRESS_START_NAMES", False)
    assert _press("As Foreign Policy reported, the talks had stalled.") == []
    assert _press("The Nation reported that the senator had resigned.") == []


def test_mid_the_names() -> None:
    names = u._mid_the_names("He told The Atlantic's editor. It was the Company, or The Hill.")
    assert "The Atlantic" in names and "The Hill" in names
    assert not any("Company" in n for n in names)


def _start(text: str) -> list[tuple[int, int]]:
    ctx = work_context("en")
    assert ctx is not None
    return u.press_start_spans(
        text, ctx, "en", u.engine_capitalized("en"), u._place_names("en"), plain_word_test("en")
    )


def test_linear_on_many_openers() -> None:
    _engine()
    assert len(_start("As Foreign Policy reported, it rose. " * 20_000)) == 20_000


def test_linear_on_many_the_runs() -> None:
    _engine()
    assert len(_start("She told The Nation so. The Nation reported it. " * 20_000)) == 20_000


def test_linear_on_a_long_run_before_the_cue() -> None:
    _engine()
    assert _start("As " + "Foreign " * 20_000 + "Policy reported, it rose.") == []


def test_titled_given_by_the_article() -> None:
    _engine()
    text = "The Atlantic reported that the talks stalled."
    spans = title_spans(text, "en", plain=plain_word_test("en"), titled={"The Atlantic"})
    assert [text[s:e] for s, e, r in spans if r == "title-press"] == ["The Atlantic"]


def test_mask_segments_reads_the_evidence_over_the_article() -> None:
    _engine()
    texts = [
        "She spoke to The Atlantic last year.",
        "The Atlantic reported that the talks stalled.",
    ]
    m = u.mask_segments(texts, ["paragraph", "paragraph"], "en", plain=plain_word_test("en"))
    assert "The Atlantic" in m.words.get(1, [])
    alone = u.mask_segments(texts[1:], ["paragraph"], "en", plain=plain_word_test("en"))
    assert "The Atlantic" not in alone.words.get(0, [])
