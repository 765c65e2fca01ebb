"""untrans50: a publication named by common words after a cue ("an essay in Foreign Affairs",
"wrote in Foreign Policy that", "according to the Federalist,") is masked (rule
``title-press``): the engine translated it word by word ("em Relações Exteriores"). The objects
of the same cues that usage translates (bodies, places, peoples, ranks, months) are not."""

from __future__ import annotations

import pytest

from translate import untranslatable as u
from translate.glossary.words import plain_word_test
from translate.untranslatable import press_spans, title_spans, work_context


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
        ("In an essay in Foreign Affairs, the former diplomat argued for a new approach.",
         ["Foreign Affairs"]),
        ("She wrote in Foreign Policy that the war would last years.", ["Foreign Policy"]),
        ("According to the Federalist, the court ruled against the state.", ["Federalist"]),
        ("The piece was first published in the Federalist.", ["Federalist"]),
        ("A 2022 article in Life Science explains:", ["Life Science"]),
        ('"It is working," Noem told the Argus Leader Monday afternoon.', ["Argus Leader"]),
        ("Writing in Labor Notes, she said the strike would go on.", ["Labor Notes"]),
    ],
)  # fmt: skip
def test_publications_after_a_cue_are_kept(text: str, kept: list[str]) -> None:
    _engine()
    assert _press(text) == kept


@pytest.mark.parametrize(
    "text",
    [
        "The senator told The Atlantic that the bill would pass.",  # "The": the engine keeps it
        "It killed 39,000, according to Palestinian tallies, over ten months.",  # a people
        "It was built that way, according to Environmental Protection Department officials.",
        "It rose, according to the Congressional Budget Office.",  # a body
        "Mr Mugabe had told President Jacob Zuma by telephone that he was well.",  # a rank
        "A study published in May 2025 reports that more than 2% of adults did.",  # a month
        "It was originally published in March 2022.",
        "Many merged, according to Schwab's 2025 benchmarking study.",  # an owner
        "According to the Treasury, debt rose.",  # an institution
        "As I told the Nation when I nominated him, he is able.",  # a people: "told", one word
        "It was written in Rust, and it is fast.",  # "written in": a language
        "It fired 90 missiles, according to Ukraine's Air Force.",
        "The book was published in London.",  # a place
        "According to the Constitution, he may.",  # a word the engine holds capitalized
        "The plan was published in Nature last week.",  # one word with no "the"
        "It was an article in the Scientology propaganda sheet.",  # one word, then a noun
        "It was featured in the December 2019 issue.",
        "The word Foreign Affairs in a list of words.",  # no cue
    ],
)
def test_other_objects_of_the_cues_are_left_to_the_engine(text: str) -> None:
    _engine()
    assert _press(text) == []


def test_a_glossary_name_is_left_to_the_glossary() -> None:
    _engine()
    text = "According to the Federalist, it was."
    at = text.index("Federalist")
    m = u.mask_segments([text], ["paragraph"], "en", plain=plain_word_test("en"), avoid=[[]])
    assert "Federalist" in m.words.get(0, [])
    m = u.mask_segments(
        [text], ["paragraph"], "en", plain=plain_word_test("en"),
        avoid=[[(at, at + len("Federalist"))]],
    )  # fmt: skip
    assert "Federalist" not in m.words.get(0, [])


def test_the_data() -> None:
    ctx = work_context("en")
    assert ctx is not None
    assert {"according to", "told"} <= ctx.press_cues
    assert {"wrote in", "published in"} <= ctx.press_in_cues
    assert {"essay", "column", "op-ed"} <= ctx.press_work_nouns
    assert ctx.press_single_cues == frozenset({"according to"})
    assert "written in" not in ctx.press_in_cues
    assert "treasury" in ctx.role_institutions


def test_the_rule_can_be_switched_off(monkeypatch: pytest.MonkeyPatch) -> None:
    _engine()
    monkeypatch.setattr(u, "PRESS_NAMES", False)
    assert _press("In an essay in Foreign Affairs, he argued.") == []


def test_press_spans_linear() -> None:
    ctx = work_context("en")
    assert ctx is not None
    text = "In an essay in Foreign Affairs, he argued; " * 20000 + "so."
    found = press_spans(text, ctx, "en")
    assert len(found) == 20000
    text = "according to the " * 20000 + "Federalist, it was."
    assert [text[s:e] for s, e in press_spans(text, ctx, "en")] == ["Federalist"]
