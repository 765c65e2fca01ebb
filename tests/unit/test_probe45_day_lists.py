"""probe45: a list of days written with the month first in English ("March 25, 26, and 27")
and with the month last in Portuguese ("25, 26 e 27 de março") is one date, the same days:
it was held as a changed date and two numbers lost (State Department release on El Salvador).
The controls: a list whose days, month or year the engine changed or dropped is still held."""

from __future__ import annotations

import pytest

from translate.check import missing_numbers

SOURCE = "We are deeply concerned by the violence in El Salvador on March 25, 26, and 27."


def _found(source: str, target: str, locale: str = "pt-BR") -> list[str]:
    return [f"{f.check}: {f.message}" for f in missing_numbers(source, target, "en", locale)
            if f.severity == "error"]


@pytest.mark.parametrize("locale", ["pt-BR", "pt-PT"])
@pytest.mark.parametrize(("source", "target"), [
    (SOURCE, "Estamos profundamente preocupados com a violência em El Salvador em 25, 26 e 27 de"
             " março."),
    ("The talks were held on March 4, 5, 6, and 7.",
     "As conversas foram realizadas em 4, 5, 6 e 7 de março."),
    ("The talks were held on March 25, 26 and 27, 2022.",
     "As conversas foram realizadas em 25, 26 e 27 de março de 2022."),
    ("The talks were held on Feb. 1, 2, or 3.", "As conversas foram em 1, 2 ou 3 de fevereiro."),
])  # fmt: skip
def test_the_same_days_listed_the_other_way_round_are_no_finding(
        source: str, target: str, locale: str) -> None:
    assert _found(source, target, locale) == []


@pytest.mark.parametrize(("source", "target"), [
    (SOURCE, "Estamos preocupados com a violência em El Salvador em 25, 26 e 28 de março."),
    (SOURCE, "Estamos preocupados com a violência em El Salvador em 25, 27 e 28 de março."),
    (SOURCE, "Estamos preocupados com a violência em El Salvador em 25, 26 e 27 de abril."),
    (SOURCE, "Estamos preocupados com a violência em El Salvador em 25 de março."),
    (SOURCE, "Estamos preocupados com a violência em El Salvador em 26 e 27 de março."),
    ("The talks were held on March 25, 26 and 27, 2022.",
     "As conversas foram realizadas em 25, 26 e 27 de março de 2021."),
])  # fmt: skip
def test_a_list_with_a_day_month_or_year_changed_or_lost_is_still_held(
        source: str, target: str) -> None:
    assert _found(source, target), target


def test_a_date_then_a_count_is_no_list() -> None:
    source = "On March 25, 26 people were killed and 27 injured."
    assert _found(source, "Em 25 de março, 26 pessoas foram mortas e 27 feridas.") == []
    assert _found(source, "Em 25 de março, 36 pessoas foram mortas e 27 feridas.")


def test_a_two_day_range_is_read_as_before() -> None:
    assert _found("The talks were held on July 9 and 10.",
                  "As conversas foram realizadas em 9 e 10 de julho.") == []
    assert _found("The talks were held on July 9 and 10.",
                  "As conversas foram realizadas em 9 e 11 de julho.")
