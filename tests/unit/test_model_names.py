"""A product's name before its model number is kept as written when a brand's own name (a word
new to the engine) opens it (translate.untranslatable.model_spans): the engine wrote "Braço
Cortex-M33" for "Arm Cortex-M33" and "Razer Pro Clique V2" for "Razer Pro Click V2"; words
with no brand before a code ("Valid UTF-8", "Copper CMCU3") are still translated."""

from __future__ import annotations

import pytest

from translate import untranslatable as u

LEX = frozenset([
    "arm", "pro", "click", "valid", "copper", "tools", "core", "the", "model", "processors",
    "supports", "vertical", "russian", "hour", "camera", "style",
])  # fmt: skip
KNOWN = frozenset(["Russian", "Intel", "London"])  # capitalized words the engine holds whole
CTX = u.WorkContext(frozenset(), frozenset(), frozenset({"the", "a", "of", "and"}))


def _spans(text: str) -> list[str]:
    return [text[s:e] for s, e in u.model_spans(text, CTX, LEX, KNOWN)]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Arm Cortex-M33", ["Arm"]),  # the number opens with the brand: the word before it
        ("The target supports the Arm Cortex-M23 processors.", ["Arm"]),
        ("Few are as good as the Razer Pro Click V2 Vertical.", ["Razer Pro Click"]),
        ("The Razer Pro Click V2 Vertical offers more.", ["Razer Pro Click"]),  # "The" left out
        ("Elementor's Editor V4 lets you store values.", ["Elementor's Editor"]),
    ],
)
def test_a_brands_words_before_a_model_number_are_kept(text: str, kept: list[str]) -> None:
    assert _spans(text) == kept


@pytest.mark.parametrize(
    "text",
    [
        "Valid UTF-8",  # an acronym is no brand
        "Copper CMCU3 fell 0.2%.",  # a word of the language before a code
        "Russian GRU Unit26165",  # a capitalized word the engine knows
        "Intel Core i5-9300H",  # the engine holds "Intel" whole: it keeps it
        "A Turret Style 2K camera",  # a measure, no model number
        "The 24-hour Camera",  # a measure
        "Article 5 applies.",  # a number alone is no model number
        "Zipline Top B2B Social Media Agencies",  # "business to business", no model number
    ],
)
def test_other_codes_leave_the_words_to_the_engine(text: str) -> None:
    assert _spans(text) == []


def test_title_spans_reports_the_model_rule() -> None:
    if not u.engine_lexicon("en"):
        pytest.skip("no embedded engine for English")
    spans = u.title_spans("The board has an Arm Cortex-M33 core.", "en")
    assert [("The board has an Arm Cortex-M33 core."[s:e], r) for s, e, r in spans] == [
        ("Arm", "title-model")
    ]
