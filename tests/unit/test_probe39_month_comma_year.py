"""probe39: a month's year written after a comma ("October, 1954") is the target date's year.

The Senate of Pakistan page, both Portuguese editions: "it was dissolved in October, 1954"
written "foi dissolvida em outubro de 1954" was held as "number '1954' not found" (and
"February, 1960" the same): the source reader takes "October" for the date, and a comma
between the month and the number did not make the number its year.
"""

from __future__ import annotations

import pytest

from translate.check import check_pair


def _numbers(source: str, target: str, locale: str = "pt-BR") -> list[str]:
    return [f.message for f in check_pair(source, target, "en", locale).findings
            if f.check == "numbers" and f.severity == "error"]


@pytest.mark.parametrize("locale", ["pt-BR", "pt-PT"])
@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("Before it could finish, it was dissolved in October, 1954.",
         "Antes de terminar, foi dissolvida em outubro de 1954."),
        ("The government appointed a commission in February, 1960 which framed the charter.",
         "O governo nomeou uma comissão em fevereiro de 1960, que redigiu a carta."),
    ],
)
def test_a_year_after_a_comma_is_the_months_year(source: str, target: str, locale: str) -> None:
    assert _numbers(source, target, locale) == []


def test_a_changed_year_is_still_held() -> None:
    assert _numbers("It was dissolved in October, 1954.", "Foi dissolvida em outubro de 1955.")


def test_a_year_lost_after_the_comma_is_still_held() -> None:
    assert _numbers("It was dissolved in October, 1954.", "Foi dissolvida em outubro.")


def test_a_count_after_the_comma_is_no_year() -> None:
    # "In July, 2021 people were arrested": 2021 people, not the year (probe31's sweep)
    assert _numbers("In July, 2021 people were arrested.",
                    "Em julho de 2021, pessoas foram presas.")
