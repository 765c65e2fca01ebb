"""False blocking finding of the probe32 sweep (NReadability's sample pages, English -> pt-BR;
the sweep is a development set): a year written after its month with "of" between ("in April
of 1943", a form CLDR's English date shapes do not hold) written "em abril de 1943" was held
with "number '1943' not found". The catches next to it stay."""

from __future__ import annotations

import pytest

from translate.check import check_pair
from translate.facts import month_year_gap


def _blocking(source: str, target: str, src: str = "en", locale: str = "pt-BR") -> list[str]:
    return [f.message for f in check_pair(source, target, src, locale).blocking]


@pytest.mark.parametrize(("source", "target", "locale"), [
    # en-vanityfair-adrift b2.s3 (NReadability SampleWebInput/SampleInput_02_1, Vanity Fair)
    ("Serving in a B-24 bomber they called Super Man, they saw months of harrowing combat, "
     "culminating in an epic battle with Japanese Zeros over the island of Nauru in April of "
     "1943.",
     "Servindo em um bombardeiro B-24 que eles chamaram Super Man, eles viram meses de combate "
     "angustiante, culminando em uma batalha épica com Zeros japoneses sobre a ilha de Nauru em "
     "abril de 1943.", "pt-BR"),
    ("The plant closed in March of 2009.", "A fábrica fechou em março de 2009.", "pt-PT"),
    ("The plant closed in March Of 2009.", "A fábrica fechou em março de 2009.", "pt-BR"),
])
def test_year_after_month_and_of_is_not_held(source: str, target: str, locale: str) -> None:
    assert _blocking(source, target, "en", locale) == []


@pytest.mark.parametrize(("source", "target", "message"), [
    # the year dropped, or another year written: still missing
    ("The battle began in April of 1943.", "A batalha começou em abril.",
     "number '1943' not found in the target"),
    ("The battle began in April of 1944.", "A batalha começou em abril de 1943.",
     "number '1944' not found in the target"),
    # another word, or a comma, between the month and the number: no year of the month
    ("In April and 1943 people left.", "Em abril de 1943 pessoas saíram.",
     "number '1943' not found in the target"),
    ("In April, of 1943 people, most left.", "Em abril de 1943, a maioria saiu.",
     "number '1943' not found in the target"),
])
def test_year_lost_or_changed_is_still_held(source: str, target: str, message: str) -> None:
    assert message in _blocking(source, target)


def test_month_year_gap_reads_only_the_linker_word() -> None:
    assert month_year_gap(" of ", "en") and month_year_gap("  ", "en")
    assert not month_year_gap(" of the ", "en")
    assert not month_year_gap(",of ", "en")
    assert not month_year_gap(" de ", "pt")  # Portuguese has no such word: CLDR writes "de"
