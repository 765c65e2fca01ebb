"""probe37: a date the source names with its month ("Wed Mar 21 2018") that the engine wrote
in digits in the target locale's own order ("Wed 21/03/2018") is the same day. probe37's sweep
(a National Weather Service forecast discussion's heading, pt-BR and pt-PT) held it with two
false blocking findings: "date 'Mar 21 2018' not found in the target" and "the target has the
number '03', which the source does not have"."""

from __future__ import annotations

import pytest

from translate.check import check_pair
from translate.locales import get_profile
from translate.localize.stage import localizer_for, named_dates_in_digits


def _blocking(source: str, target: str, locale: str, lang: str = "en") -> list[str]:
    found = check_pair(source, target, lang, locale).findings
    return [f"{f.check}: {f.message}" for f in found if f.severity == "error"]


@pytest.mark.parametrize("locale", ["pt-BR", "pt-PT"])
def test_a_named_date_written_in_the_targets_digits_is_no_finding(locale: str) -> None:
    source = "The meeting was on Wed Mar 21 2018 in Phoenix."
    assert _blocking(source, "A reunião foi na Qua 21/03/2018 em Phoenix.", locale) == []
    assert _blocking("It began on March 21, 2018.", "Começou em 21/03/2018.", locale) == []


def test_a_two_digit_year_is_read_as_the_source_year() -> None:
    assert _blocking("It began on March 21, 2018.", "Começou em 21/03/18.", "pt-BR") == []


def test_a_portuguese_date_written_in_english_digits() -> None:
    source = "A reunião foi em 21 de março de 2018."
    assert _blocking(source, "The meeting was on 3/21/2018.", "en-US", "pt") == []
    assert _blocking(source, "The meeting was on 21/03/2018.", "en-GB", "pt") == []


@pytest.mark.parametrize(
    "target",
    [
        "A reunião foi em 21/04/2018.",  # another month
        "A reunião foi em 03/21/2018.",  # the source's order: pt-BR readers read no date
        "A reunião foi em 21/03/2019.",  # another year
        "A reunião foi em 22/03/2018.",  # another day
    ],
)
def test_another_day_in_digits_is_still_held(target: str) -> None:
    found = _blocking("The meeting was on March 21, 2018.", target, "pt-BR")
    assert any(f.startswith("dates: date 'March 21, 2018' not found") for f in found)


def test_a_us_order_date_in_an_english_edition_is_read_the_us_way() -> None:
    source = "A reunião foi em 5 de agosto de 2020."
    assert _blocking(source, "The meeting was on 8/5/2020.", "en-US", "pt") == []
    assert _blocking(source, "The meeting was on 5/8/2020.", "en-US", "pt") != []


def test_each_target_date_answers_one_source_date() -> None:
    loc = localizer_for(get_profile("pt-BR"), "en")
    source = "From March 21, 2018 to March 21, 2018."
    found = named_dates_in_digits(source, "De 21/03/2018 a 21/03/2018.", loc)
    assert [span for _, span in found] == [(3, 13), (16, 26)]
    assert len(named_dates_in_digits(source, "De 21/03/2018 a hoje.", loc)) == 1


def test_a_number_beside_the_date_is_still_checked() -> None:
    source = "The meeting was on March 21, 2018, in room 3."
    assert _blocking(source, "A reunião foi em 21/03/2018, na sala 3.", "pt-BR") == []
    found = _blocking(source, "A reunião foi em 21/03/2018, na sala 7.", "pt-BR")
    assert any("'7'" in f for f in found)
