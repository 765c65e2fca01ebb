"""facts55: ``find_dates`` and ``_given_twice`` in linear time, with the same answers.

``find_dates`` compared each date a shape matched with every date taken before it (and so did
its lone month and weekday names): a text of 20,000 dates ran past ten minutes. The spans taken
are now kept in order and looked up by bisection (``_Spans``). ``_given_twice`` walked every
pair kept for each number missing with a unit; the pairs are now looked up by where a bracket
alone parts them from the number (``GivenTwiceIndex``). The tests run each trigger 20,000
times (no timing asserted: they must finish) and check the new lookups against the walks they
stand for.
"""

from __future__ import annotations

import random
from decimal import Decimal

from translate.check import (
    _OPEN_BRACKET,
    GivenTwiceIndex,
    _given_twice,
    _hyphened_measure,
    _tail_end,
    missing_numbers,
)
from translate.facts import _localizer
from translate.localize.dates import _solo_names, _Spans, find_dates
from translate.localize.numbers import NumberMention, pair_numbers
from translate.localize.stage import source_numbers, target_numbers

N = 20_000


def test_find_dates_on_twenty_thousand_dates() -> None:
    one = find_dates("On September 26, 2020 and Monday. ", ["en"], ["en"])
    assert [(d.parts, d.weekday) for d in one] == [((2020, 9, 26), None), ((None, None, None), 0)]
    many = find_dates("On September 26, 2020 and Monday. " * N, ["en"], ["en"])
    assert len(many) == 2 * N
    assert {(d.parts, d.weekday, d.text) for d in many} == {
        (d.parts, d.weekday, d.text) for d in one}
    assert [d.start for d in many] == sorted(d.start for d in many)


def test_find_dates_portuguese_dates_and_names_by_the_thousand() -> None:
    text = "Em 26 de setembro de 2020, sábado, e em março. " * N
    many = find_dates(text, ["pt"], ["pt"])
    assert len(many) == 3 * N
    assert {d.text for d in many} == {"26 de setembro de 2020", "sábado", "março"}


def test_solo_names_on_a_list_of_spans() -> None:
    # the old signature: a plain list of spans, in any order
    text = "Foi em janeiro, em março e em maio."
    taken = [(30, 34), (7, 14)]
    assert [d.text for d in _solo_names(text, ["pt"], taken)] == ["março"]


def _overlaps_scan(spans: list[tuple[int, int]], a: int, b: int) -> bool:
    return any(s < b and a < e for s, e in spans)


def test_spans_answer_as_the_scan() -> None:
    rnd = random.Random(55)
    for _ in range(300):
        taken = _Spans()
        held: list[tuple[int, int]] = []
        for _shape in range(rnd.randint(1, 6)):
            batch: list[tuple[int, int]] = []
            at = rnd.randint(0, 10)
            for _m in range(rnd.randint(0, 8)):
                start = at + rnd.randint(0, 6)
                end = start + rnd.randint(1, 7)
                at = end
                if _overlaps_scan(held, start, end) != taken.overlaps(start, end):
                    raise AssertionError((held, start, end))
                if not _overlaps_scan(held, start, end):
                    batch.append((start, end))
            taken.add(batch)
            held += batch
        assert taken.starts == sorted(s for s, _ in held)
        assert taken.ends == sorted(e for _, e in held)


def test_given_twice_by_the_thousand() -> None:
    # thousands of speeds kept in km/h, thousands of mph missing: each given twice
    src = "The wind blew at 15 mph (24 km/h) today. "
    tgt = "O vento soprou a 24 km/h hoje. "
    assert missing_numbers(src, tgt, "en", "pt-BR") == []
    assert missing_numbers(src * N, tgt * N, "en", "pt-BR") == []
    # the figure in brackets first missing: held, once a sentence
    bad = "O vento soprou a 15 mph hoje. "
    one = missing_numbers(src, bad, "en", "pt-BR")
    assert [f.severity for f in one] == ["error"]
    assert len(missing_numbers(src * N, bad * N, "en", "pt-BR")) == N


def _given_twice_walk(source, ns, matched, locale, source_lang):  # type: ignore[no-untyped-def]
    """The walk of ``_given_twice`` before facts55 (its text, for the comparison)."""
    from translate.check import _dimension, _metric, _unit_systems

    mine = _hyphened_measure(source, ns, source_lang)
    if not _dimension(mine):
        return False
    for other, got in matched:
        if other is ns:
            continue
        theirs = _hyphened_measure(source, other, source_lang)
        if theirs is None:
            continue
        if not (_dimension(mine) & _dimension(theirs)) or (mine.ids & theirs.ids):
            continue
        (first, m_first), (second, m_second) = sorted(
            [(ns, mine), (other, theirs)], key=lambda p: p[0].start
        )
        gap = _OPEN_BRACKET.fullmatch(source, _tail_end(source, max(first.end, m_first.end)),
                                      second.start)  # fmt: skip
        after = source[_tail_end(source, max(second.end, m_second.end)) :].lstrip(" \u00a0")
        if gap is None or after[:1] not in (")", "]"):
            continue
        if theirs.agrees(got.measure) and _metric(theirs) != (
            locale.rpartition("-")[2].upper() in _unit_systems()[0]
        ):
            return True
    return False


_FIGURES = ["15 mph", "24 km/h", "6 miles", "10 km", "a 230-foot", "70-meter", "13-foot-wide",
            "4-meter-wide", "5 kg", "11 lb", "$5", "4 euros", "30", "24 km/h", "10 km"]  # fmt: skip
_BRACKETS = [" (", "(", " ( ", "\u00a0(", " [", ") (", " and ("]
_CLOSES = [")", " )", "]", "", ") and"]
_KEPT = ["24 km/h", "10 km", "70 metros", "4 metros", "5 kg", "11 lb", "15 mph", "6 milhas",
         "30", "4 euros", "70 m"]  # fmt: skip


def _source(rnd: random.Random) -> str:
    parts = []
    for _ in range(rnd.randint(1, 4)):
        a, b = rnd.choice(_FIGURES), rnd.choice(_FIGURES)
        if rnd.random() < 0.8:
            parts.append(f"{a}{rnd.choice(_BRACKETS)}{b}{rnd.choice(_CLOSES)}")
        else:
            parts.append(a)
    return "near " + ", ".join(parts) + " today"


def test_given_twice_answers_as_the_walk() -> None:
    rnd = random.Random(55)
    compared = fitted = 0
    for _ in range(400):
        source = _source(rnd)
        target = " e ".join(rnd.choice(_KEPT) for _ in range(rnd.randint(1, 4)))
        for locale in ("pt-BR", "en-US"):
            loc = _localizer("en", locale)
            s_nums = source_numbers(source, loc, [])
            t_nums = target_numbers(target, loc, [])
            matched, _changed, missing = pair_numbers(s_nums, t_nums)
            index = GivenTwiceIndex(source, matched, "en")
            for ns in missing:
                old = _given_twice_walk(source, ns, matched, locale, "en")
                new = _given_twice(source, ns, s_nums, matched, locale, "en", index)
                assert new == old, (source, target, ns.text)
                compared += 1
                fitted += old
    assert compared > 200
    assert fitted > 5


def test_given_twice_figure_before_and_after() -> None:
    src = "near 15 mph (30 km/h) with gusts"

    def num(text: str, at: str, start: int) -> NumberMention:
        from translate.localize.quantities import measure_at

        end = start + len(at)
        return NumberMention(start, end, at, frozenset({Decimal(at)}), Decimal(at),
                             number_end=end, measure=measure_at(text, start, end, ["en"]))

    mph, kmh = num(src, "15", 5), num(src, "30", 13)
    ix = GivenTwiceIndex(src, [(kmh, kmh), (mph, mph)], "en")
    assert mph.measure is not None and kmh.measure is not None
    assert [o.text for o, _ in ix.beside(mph, mph.measure)] == ["30"]
    assert [o.text for o, _ in ix.beside(kmh, kmh.measure)] == ["15"]
