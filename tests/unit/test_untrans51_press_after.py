"""untrans51: a publication named by common words before its cue ("Foreign Policy reported",
"Foreign Policy magazine wrote", "according to a Wall Street Journal report") is masked (rule
``title-press``, :func:`translate.untranslatable.press_after_spans`), as untrans50 masks one
after its cue. Bodies, places, ranks, participles and a capital at a sentence's start with no
outlet's noun are left to the engine."""

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
        ("The deal collapsed last year, Foreign Policy reported.", ["Foreign Policy"]),
        ("In March, Foreign Policy magazine wrote that the talks had failed.", ["Foreign Policy"]),
        ("Foreign Affairs magazine said the talks had failed.", ["Foreign Affairs"]),
        ("The minister resigned, the Federalist magazine said on Monday.", ["Federalist"]),
        ("The ship sank, Labor Notes reported.", ["Labor Notes"]),
        ("The talks failed, according to a Foreign Affairs article.", ["Foreign Affairs"]),
        ("Stones were thrown from the group, Plymouth Live reports.", ["Plymouth Live"]),
        ("Dow component Home Depot reported earnings that topped estimates.", ["Home Depot"]),
        ("The host sued, the Washington Free Beacon reported.", ["Washington Free Beacon"]),
    ],
)  # fmt: skip
def test_publications_before_a_cue_are_kept(text: str, kept: list[str]) -> None:
    _engine()
    assert _press(text) == kept


@pytest.mark.parametrize(
    "text",
    [
        "The Atlantic reported that the plan was dropped.",  # "The": the engine keeps it
        "The strike ended on Friday, the Guardian said.",  # "said" with no outlet's noun
        "The deal collapsed, the Red Cross said.",
        "Cases of Lyme Disease reported in Texas rose sharply.",  # a participle
        "Many Democrats wrote to the governor.",  # a capital at a sentence's start
        "Growth slowed, the World Economic Forum reports.",  # a body's word
        "Debt rose, the Congressional Budget Office reported.",  # an institution
        "It fell, Health Minister Jane Rose wrote.",  # a rank first
        "Prices rose in London, the Guardian newspaper said.",  # one word the engine holds
        "It rose, Ukraine's Air Force reported.",  # an owner before
        "It was late, Foreign Policy Reported.",  # the cue capitalized: a headline
    ],
)
def test_other_runs_before_the_cues_are_left_to_the_engine(text: str) -> None:
    _engine()
    assert _press(text) == []


def test_a_glossary_name_is_left_to_the_glossary() -> None:
    _engine()
    text = "The talks failed, Foreign Policy reported."
    at = text.index("Foreign Policy")
    m = u.mask_segments([text], ["paragraph"], "en", plain=plain_word_test("en"), avoid=[[]])
    assert "Foreign Policy" in m.words.get(0, [])
    m = u.mask_segments(
        [text], ["paragraph"], "en", plain=plain_word_test("en"),
        avoid=[[(at, at + len("Foreign Policy"))]],
    )  # fmt: skip
    assert "Foreign Policy" not in m.words.get(0, [])


def test_the_data() -> None:
    ctx = work_context("en")
    assert ctx is not None
    assert {"reported", "wrote"} <= ctx.press_after_verbs
    assert "said" not in ctx.press_after_verbs
    assert {"magazine", "newspaper"} <= ctx.press_outlet_nouns
    assert {"said", "reported"} <= ctx.press_outlet_verbs
    assert {"a", "an"} <= ctx.press_according_articles
    assert {"by", "in"} <= ctx.press_after_not_before
    assert "forum" in ctx.press_after_body_words


def test_the_rule_can_be_switched_off(monkeypatch: pytest.MonkeyPatch) -> None:
    _engine()
    monkeypatch.setattr(u, "PRESS_NAMES", False)
    assert _press("The talks failed, Foreign Policy reported.") == []


def test_press_after_spans_linear() -> None:
    from translate.untranslatable import press_after_spans

    ctx = work_context("en")
    assert ctx is not None
    text = "it failed, Foreign Policy reported; " * 20000 + "so."
    assert len(press_after_spans(text, ctx, "en")) == 20000
    text = "Foreign " * 20000 + "Policy magazine said so, according to a Foreign Affairs report."
    found = [text[s:e] for s, e in press_after_spans(text, ctx, "en")]
    assert found == [" ".join(["Foreign"] * 7 + ["Policy"]), "Foreign Affairs"]
    text = "according to a " * 20000 + "Wall Street Journal report."
    assert [text[s:e] for s, e in press_after_spans(text, ctx, "en")] == ["Wall Street Journal"]
