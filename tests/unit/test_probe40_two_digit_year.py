"""probe40: a date in digits written with the year's last two digits is the same date.

A National Weather Service damage survey (Shreveport, 14 December 2022), both Portuguese
editions: "End Date: 12/13/2022" written "Data de fim: 13/12/22" (the day first, as both
Portuguese locales read it, the year in two digits) was held as "date '12/13/2022' not found
in the target": a date in digits agreed only when both sides wrote the year with as many
digits.
"""

from __future__ import annotations

import pytest

from translate.check import check_pair


def _dates(source: str, target: str, locale: str = "pt-BR") -> list[str]:
    return [f.message for f in check_pair(source, target, "en", locale).findings
            if f.check in {"dates", "numbers"}]


@pytest.mark.parametrize("locale", ["pt-BR", "pt-PT"])
@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("End Date: 12/13/2022", "Data de fim: 13/12/22"),
        ("The survey ended on 10/25/2021 in the afternoon.",
         "A pesquisa terminou em 25/10/21 à tarde."),
    ],
)
def test_a_two_digit_year_of_the_same_date_agrees(source: str, target: str, locale: str) -> None:
    assert _dates(source, target, locale) == []


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("End Date: 12/13/2022", "Data de fim: 13/12/21"),   # another year
        ("End Date: 12/13/2022", "Data de fim: 14/12/22"),   # another day
        ("End Date: 12/13/1998", "Data de fim: 13/12/98"),   # '98 read as 2098: not vouched for
        ("The survey ended on 12/13/2022.", "A pesquisa terminou em 12/13/22."),  # no date
    ],
)
def test_another_date_is_still_held(source: str, target: str) -> None:
    assert _dates(source, target)
