"""A single letter after "Part", "Section", "Article", "Chapter" is a letter label, not a
Roman numeral (untrans49).

untrans48's lead: ``numbered_title_spans`` read "Medicare Part C" (variety dev_a) as the Roman
numeral 100 (an edition writing "Parte 100" or "centésima parte" counted as keeping it). Now a
single letter after a head of ``[works] letter_label_heads`` is a letter label, no numbered
title, where its value is above ``letter_label_numeral_max`` (10: "Part I", "Part V"
stay numerals) or the text writes a letter no Roman numeral spells after the same
head ("Part C and Part D"); a Roman numeral of two letters or more after the same head (a run of
numerals, "Part C ... Part CI") keeps it a numeral.
"Title" is no such head: a statute's titles are Roman numerals ("Title C", untrans47's tests).
"""

from __future__ import annotations

from typing import Any

import pytest

from translate.law_titles import numbered_title_spans, translated_title_findings


def _spans(text: str) -> list[tuple[str, int]]:
    return [(text[s:e], v) for s, e, _, v in numbered_title_spans(text, "en")]


def _numbers(src: str, tgt: str) -> list[Any]:
    found = translated_title_findings(["s0"], [src], [tgt], [[]], "en", "pt-BR")
    return [f.data["title"] for f in found if f.data["kind"] == "title-number"]


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("Ads for Medicare Part C insurance plans.", []),
        ("The Section C form and Article L. 121-1 apply.", []),
        ("Medicare Part D covers drugs.", []),
        ("Medicare Part C and Part V plans", [("Part V", 5)]),
        ("Medicare Part D and Part V plans", []),
        ("Chapter L of the guide", []),
        ("Part C follows Part XCIX here.", [("Part C", 100), ("Part XCIX", 99)]),
    ],
)
def test_letter_labels(text: str, spans: list[tuple[str, int]]) -> None:
    assert _spans(text) == spans


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("Title I schools and Title X clinics", [("Title I", 1), ("Title X", 10)]),
        ("Title C and Title L of the act", [("Title C", 100), ("Title L", 50)]),
        ("Part V of the code", [("Part V", 5)]),
        ("Veterans of World War I and Title IX", [("World War I", 1), ("Title IX", 9)]),
        ("Part I and Part II", [("Part I", 1), ("Part II", 2)]),
        ("Chapter 0 and Part 3 of it", [("Chapter 0", 0), ("Part 3", 3)]),
        # no letter-label head: as before
        ("Apollo C and Phase L", [("Apollo C", 100), ("Phase L", 50)]),
        ("Chapter A New Start Of Hope", []),  # a word of a line in title case
    ],
)
def test_numerals_and_controls(text: str, spans: list[tuple[str, int]]) -> None:
    assert _spans(text) == spans


def test_letter_label_no_title_number() -> None:
    src = "One interviewee received ads for Medicare Part C insurance plans."
    tgt = "Um entrevistado recebeu anúncios de planos do Medicare Parte C."
    assert _numbers(src, tgt) == []
    # a numeral stays one: "Title X" -> "Título 10" is kept, "Part V" lost is warned
    assert _numbers("Title X clinics closed.", "As clínicas do Título 10 fecharam.") == []
    assert _numbers("Read Part V of it.", "Leia a parte dele.") == ["Part V"]


def test_data_is_checked() -> None:
    from translate.law_titles import _letter_labels
    from translate.titlecase import numeral_heads

    heads, top = _letter_labels("en")
    assert heads and heads <= numeral_heads("en") and top == 10
    assert _letter_labels("xx") == (frozenset(), 0)


def test_linear_on_20000_repetitions() -> None:
    text = "Medicare Part C and Part D plans, " * 20_000
    assert numbered_title_spans(text, "en") == []
    text = "Part C and Part CI, " * 20_000
    assert {v for *_, v in numbered_title_spans(text, "en")} == {100, 101}
