"""facts53: the rest of the number check's loop over numbers missing in linear time.

facts52 left checks that reread the whole text once for each number missing: 20,000 "45 pés"
written "46ft" took about 150 s (``short_year_end_in`` searched the source from its start,
``_given_twice`` walked every source number), "De 2020 - 2030" written "2020-2030" reread the
target in ``year_prefixed_in``, "2025: 1." written "2026:1." in ``number_words`` (by
``spelled_value_in``), and ``round_in`` searched all the text before each round word. Each text
is now read once. The tests below run each trigger 20,000 times (no timing asserted: they must
finish) and assert the answers of one sentence repeated; the small cases check each read-once
helper against the search it stands for.
"""

from __future__ import annotations

import re
from decimal import Decimal

import pytest

from translate.check import missing_numbers
from translate.facts import (
    _bare_digit_runs,
    _prefixed_years,
    round_in,
    short_year_end_in,
    spelled_value_in,
    word_before,
    year_prefixed_in,
)

N = 20_000

SHAPES = [  # source, edition, direction: one finding a sentence, or none
    ("A casa tem 45 pés de altura. ", "The house is 46ft tall. ", "pt", "en"),
    ("De 2020 - 2030 cresceu. ", "From 2020-2030 grew. ", "pt", "en"),
    ("Em 2025: 1. ", "In 2026:1. ", "pt", "en"),
    ("In 1974-76 it grew. ", "Em 1974-1976 cresceu. ", "en", "pt-BR"),
    ("Nine per 1,000 people. ", "Nove por 22 mil pessoas. ", "en", "pt-BR"),
    ("Sold 1,200 homes in mid-2021. ", "Vendeu mil e duzentas casas em meados de 2021. ", "en",
     "pt-BR"),
]  # fmt: skip


def _said(source: str, target: str, lang: str, locale: str) -> list[tuple[str, str]]:
    # the target's numbers named "instead" grow with the text: left out of the message
    return [(f.severity, re.sub(r" \(the target has .*\)$", "", f.message))
            for f in missing_numbers(source, target, lang, locale)]  # fmt: skip


@pytest.mark.parametrize(("source", "target", "lang", "locale"), SHAPES)
def test_numbers_missing_by_the_thousand(source: str, target: str, lang: str, locale: str) -> None:
    one = _said(source, target, lang, locale)
    many = _said(source * N, target * N, lang, locale)
    assert len(many) == len(one) * N
    assert sorted(set(many)) == sorted(set(one))


def test_the_shapes_answers_on_one_sentence() -> None:
    said = [len(_said(*shape)) for shape in SHAPES]
    assert said == [1, 0, 2, 0, 1, 0]


_OLD_PREFIX = r"(?i)(?<![\w-])(?:early|late|post|mid|pre)[-\u2010\u2011]"
_TEXTS = [
    "since mid-2021.", "since mid-2022.", "the Covid-2019 pandemic", "pre-1999 and post‑2001",
    "amid-2021", "x-mid-2021", "mid-20215", "mid-2021.5", "mid-2021,50", "MID-2021", "mid 2021",
    "early-2020-2021", "late-late-2021", "mid-2021mid-2022", "", "2021", "-2021",
]  # fmt: skip


@pytest.mark.parametrize("text", _TEXTS)
def test_prefixed_years_read_once_as_the_search_per_year(text: str) -> None:
    for digits in ("2021", "2022", "2019", "1999", "2001", "2020"):
        old = re.search(rf"{_OLD_PREFIX}{digits}(?![\d.,]\d)", text) is not None
        assert year_prefixed_in(digits, text, "en") is old, (text, digits)
        assert (digits in _prefixed_years(text, "en")) is old


@pytest.mark.parametrize("text", ["22 mil", "por  mil", "a_ mil", " mil", "x\n", "", "á1 ,,",
                                  "dois-mil", "_", "ab_cd  "])  # fmt: skip
def test_word_before_as_the_search_of_the_text_before(text: str) -> None:
    for at in range(len(text) + 1):
        m = re.search(r"([^\W_]+)\W*$", text[:at])
        assert word_before(text, at) == (m.group(1) if m else None), (text, at)


_RUNS = ["em 1999-2003, 1.5 e x12 e 2021.", "1976", "a1976 1976b", "1976,5 1976.",
         ".1976 ,1976", "19761976", "٢٠٢١ 2021"]  # fmt: skip


@pytest.mark.parametrize("text", _RUNS)
def test_bare_digit_runs_as_the_search_per_number(text: str) -> None:
    for full in ("1976", "1999", "2003", "2021", "12", "5", "1"):
        old = re.search(rf"(?<![\w.,]){full}(?![\w]|[.,]\d)", text) is not None
        assert (full in _bare_digit_runs(text)) is old, (text, full)


def test_short_year_end_window_as_before() -> None:
    assert short_year_end_in("chairman (1974–76).", 15, "76", "presidente (1974-1976).")
    assert short_year_end_in("x" * 50 + " 1999 - 03", 58, "03", "em 1999-2003")
    assert not short_year_end_in("chairman (1974–76).", 15, "76", "presidente (1974-1977).")
    assert not short_year_end_in("a1974-76", 6, "76", "1976")


def test_round_and_spelled_values_as_before() -> None:
    assert round_in(Decimal(1000), "9 por mil pessoas", "pt")
    assert not round_in(Decimal(1000), "22 mil pessoas e dois mil", "pt")
    assert round_in(Decimal(1000), "22 mil pessoas e por mil", "pt")
    assert spelled_value_in(Decimal(1200), "cerca de mil e duzentas pessoas", "pt")
    assert not spelled_value_in(Decimal(1200), "cerca de duzentas pessoas", "pt")
