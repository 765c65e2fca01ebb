"""The localize stage and the checks share their readings of a text's dates and numbers within
one edition (translate.localize.stage.readings_shared): the same answers, each made once, and
nothing kept outside the block."""

from __future__ import annotations

import contextlib
from typing import Any

import pytest

from translate.check import check_pair
from translate.locales import get_profile
from translate.localize import stage
from translate.localize.stage import (
    localizer_for,
    readings_shared,
    source_dates,
    source_numbers,
    target_dates,
    target_numbers,
)

SOURCE = "On September 26, 2020 the index rose 12.5% to 3.5 million, and on Monday 1,200 more."
TARGET = "Em 26 de setembro de 2020 o índice subiu 12,5% para 3,5 milhões, e na segunda 1.200."


def _counting(monkeypatch: pytest.MonkeyPatch) -> dict[str, int]:
    calls = {"dates": 0, "numbers": 0}
    find_dates, find_numbers = stage.find_dates, stage.find_numbers

    def dates(*a: Any, **k: Any) -> Any:
        calls["dates"] += 1
        return find_dates(*a, **k)

    def numbers(*a: Any, **k: Any) -> Any:
        calls["numbers"] += 1
        return find_numbers(*a, **k)

    monkeypatch.setattr(stage, "find_dates", dates)
    monkeypatch.setattr(stage, "find_numbers", numbers)
    return calls


def _read_all() -> list[Any]:
    loc = localizer_for(get_profile("pt-BR"), "en")
    s_dates = source_dates(SOURCE, loc)
    return [
        s_dates,
        target_dates(TARGET, loc),
        source_numbers(SOURCE, loc, [(d.start, d.end) for d in s_dates]),
        source_numbers(SOURCE, loc, []),
        target_numbers(TARGET, loc, []),
    ]


def test_shared_readings_are_the_same_and_made_once(monkeypatch: pytest.MonkeyPatch) -> None:
    alone = _read_all()
    calls = _counting(monkeypatch)
    with readings_shared():
        first = _read_all()
        again = _read_all()
    assert first == again == alone
    assert first[0] and first[2] and first[4]  # the sentence has dates and numbers to read
    assert calls == {"dates": 2, "numbers": 3}  # distinct readings only
    first[2].append(first[2][0])  # each caller gets its own list
    with readings_shared():
        assert _read_all()[2] == alone[2]


def test_nothing_is_kept_outside_the_block(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = _counting(monkeypatch)
    with readings_shared():
        _read_all()
    _read_all()
    _read_all()
    assert calls == {"dates": 2 * 3, "numbers": 3 * 3}


def test_check_pair_answers_as_without_sharing(monkeypatch: pytest.MonkeyPatch) -> None:
    target = "Em 26 de setembro de 2020 o índice subiu 12,5% para 3,5 milhões."
    shared = check_pair(SOURCE, target, "en", "pt-BR")
    monkeypatch.setattr(stage, "readings_shared", contextlib.nullcontext)
    alone = check_pair(SOURCE, target, "en", "pt-BR")
    assert shared == alone
    assert {f.check for f in shared.blocking} == {"dates", "numbers"}  # Monday, 1,200: missing


def test_fact_readings_are_the_same_and_made_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Numbers in words and clock times, read by several checks, are read once in the block."""
    from translate import facts

    text = "At 3:15 p.m. twenty-five people and four dogs came, at 7 in the morning ten more."
    alone = (facts.number_words(text, "en"), facts.times_in(text, ["en"]))
    calls = {"words": 0, "times": 0}
    # times_in asks _sorted_periods once per reading it makes (speed46: the day periods of a
    # tuple of languages are sorted once, so _periods itself is asked only on the first)
    word_pattern, periods = facts._word_pattern, facts._sorted_periods

    def words(*a: Any) -> Any:
        calls["words"] += 1
        return word_pattern(*a)

    def times(*a: Any) -> Any:
        calls["times"] += 1
        return periods(*a)

    monkeypatch.setattr(facts, "_word_pattern", words)
    monkeypatch.setattr(facts, "_sorted_periods", times)
    with readings_shared():
        shared = [(facts.number_words(text, "en"), facts.times_in(text, ["en"])) for _ in range(3)]
        shared[0][0].clear()  # a caller's list is its own
        assert facts.number_words(text, "en") == alone[0]
    assert all(s == alone for s in shared[1:])
    assert [v for *_, v in alone[0]] == [25, 4, 10] and len(alone[1]) == 2
    assert calls == {"words": 1, "times": 1}
    with readings_shared():  # nothing kept outside the block
        assert facts.number_words(text, "en") == alone[0]
    assert calls == {"words": 2, "times": 1}
