"""facts52: the facts gate's number check in linear time on hostile texts.

facts51 found two quadratic scans: ``missing_numbers`` read the whole target (and source) again
for each number missing (``in_joined_range``, ``colon_pair_in``: 1,000 "45 pés" written "45ft"
took 5.8 s), and the number reader scanned the whole text for characters NFC may change once
for each number it read (``quantities._heads_for``: 8,000 "Com 512 GB e 45 pés." took 14 s).
Each text is now read once. These tests run each trigger 20,000 times (no timing asserted:
they must finish) and assert the same answers as on one sentence; the small cases check the
read-once helpers against the functions they stand for.
"""

from __future__ import annotations

import pytest

from translate.check import _localizer, missing_numbers
from translate.facts import (
    colon_pair_at,
    colon_pair_in,
    colon_pairs,
    in_joined_range,
    joined_range_ends,
)
from translate.localize.stage import source_numbers

N = 20_000


def _said(source: str, target: str) -> list[tuple[str, str]]:
    return [(f.severity, f.message) for f in missing_numbers(source, target, "pt", "en")]


def test_numbers_glued_to_units_missing_by_the_thousand() -> None:
    source, target = "A casa tem 45 pés de altura. ", "The house is 45ft tall. "
    assert _said(source, target) == []
    assert _said(source * N, target * N) == []


def test_a_changed_glued_number_is_still_held() -> None:
    # one sentence only: a text of thousands of numbers truly missing still meets later
    # whole-text scans of the loop (a lead in docs/evaluation/facts.md, facts52)
    source, target = "A casa tem 45 pés de altura. ", "The house is 46ft tall. "
    assert _said(source, target) == [("error", "number '45' not found in the target")]
    assert _said(source * 3, target * 3) == _said(source, target) * 3


def test_a_long_text_of_units_is_read_in_linear_time() -> None:
    loc = _localizer("pt", "en")
    one = source_numbers("Com 512 GB e 45 pés.", loc, [])
    assert [n.text for n in one] == ["512", "45"]
    many = source_numbers("Com 512 GB e 45 pés. " * N, loc, [])
    assert len(many) == 2 * N
    assert [n.measure and n.measure.ids for n in many] == [n.measure and n.measure.ids
                                                          for n in one] * N  # fmt: skip


def test_joined_range_ends_and_colon_pairs_read_once() -> None:
    text = "the 2020-2030 period, pp.79-87 " * N
    ends = joined_range_ends(text)
    assert ends == {"2020", "2030", "79", "87"}
    assert in_joined_range(text, "2030", ends)
    assert not in_joined_range(text, "5", ends)
    source = "trends for 2025: 1. " * N
    pairs = colon_pairs(source, "tendências para 2025:1. " * N)
    assert all(colon_pair_at(pairs, 20 * i + 11, 20 * i + 15) for i in range(0, N, 997))
    assert not colon_pair_at(colon_pairs(source, "tendências para 2026:1. " * N), 11, 15)


@pytest.mark.parametrize(
    ("source", "start", "end", "target"),
    [
        ("trends for 2025: 1.", 11, 15, "tendências para 2025:1."),
        ("trends for 2025: 1.", 17, 18, "tendências para 2025:1."),
        ("trends for 2025: 1.", 11, 15, "tendências para 2026:1."),
        ("with 0: 59 to go", 8, 10, "com 59:0 para o fim"),
        ("with 0: 59 to go", 5, 6, "com 0:59 para o fim"),
        ("at 3: 2 and 4: 5 then", 12, 13, "em 3:2 e 4:5 então"),
        ("at 3: 2 and 4: 5 then", 12, 13, "em 3:2 e 4:6 então"),
        ("at 3: 2 and 4: 5 then", 8, 12, "em 3:2 e 4:5 então"),
        ("no pair here 12", 13, 15, "sem par 12:1"),
    ],
)
def test_colon_pair_at_answers_as_colon_pair_in(
    source: str, start: int, end: int, target: str
) -> None:
    assert colon_pair_at(colon_pairs(source, target), start, end) == colon_pair_in(
        source, start, end, target
    )
