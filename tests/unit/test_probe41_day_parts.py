"""probe41: a part of the day names its day. DANTEStocks posts (CC BY 4.0) "O BRADESCO apresentou
hoje pela manhã o resultado" written "presented this morning the result", and "A PETROBRAS
informou ontem à noite" written "reported last night", were held as "the source says 'hoje'
(today) and the target does not say it". "this morning/afternoon/evening" now say today and
"last night" yesterday, in an English target only; a day dropped or changed is still held."""

from __future__ import annotations

import pytest

from translate.check import check_pair


def _days(source: str, target: str, src: str = "pt", locale: str = "en") -> list[str]:
    return [f.message for f in check_pair(source, target, src, locale).blocking
            if f.data.get("kind") == "day-word"]


@pytest.mark.parametrize(("source", "target"), [
    ("O BRADESCO apresentou hoje pela manhã o resultado do primeiro trimestre.",
     "BRADESCO presented this morning the result of the first quarter."),
    ("A PETROBRAS informou ontem à noite, após o fechamento do mercado, um novo recorde.",
     "PETROBRAS reported last night, after the market closed, a new record."),
    ("O ministro falou hoje à tarde com os jornalistas.",
     "The minister spoke with the journalists this afternoon."),
    ("A prefeitura divulgou hoje, no fim do dia, o balanço.",
     "The city hall released the report this evening."),
])
def test_a_part_of_the_day_says_its_day(source: str, target: str) -> None:
    assert _days(source, target) == []


@pytest.mark.parametrize(("source", "target"), [
    ("A PETROBRAS informou ontem à noite um novo recorde.", "PETROBRAS reported a new record."),
    ("O BRADESCO apresentou hoje o resultado.", "BRADESCO presented the result last night."),
    ("A empresa informou ontem o resultado.", "The company reported the result this morning."),
])
def test_a_day_dropped_or_changed_is_still_held(source: str, target: str) -> None:
    assert _days(source, target)


def test_an_english_source_this_morning_asks_for_no_hoje() -> None:
    assert _days("The minister spoke this morning.", "O ministro falou esta manhã.", "en",
                 "pt-BR") == []
