"""caps42: the unit checks read text in capitals as they read the same text in ordinary case.
A unit word of three letters or fewer ("PÉS", "MPH") had no key as written (the measure
tables fold case only for words of four letters or more), so "20 FOOT" written "20 PÉS" was
held as a unit lost (probe40's fire weather watch, caps41's lead)."""

from __future__ import annotations

import pytest

from translate.check import check_pair
from translate.localize.quantities import measures_in


def _blocking(source: str, target: str) -> list[str]:
    return [f.message for f in check_pair(source, target, "en", "pt-BR").blocking]


@pytest.mark.parametrize(("text", "lang", "unit"), [
    ("UMA ONDA DE 20 PÉS", "pt-BR", "unit:length-foot"),
    ("WINDS 20 TO 30 MPH", "en", "unit:speed-mile-per-hour"),
    ("VENTOS DE 20 NÓS", "pt-BR", "unit:speed-knot"),
])
def test_a_unit_in_capitals_reads_as_in_ordinary_case(text: str, lang: str, unit: str) -> None:
    caps = [sorted(m.ids) for m in measures_in(text, [lang])]
    lower = [sorted(m.ids) for m in measures_in(text.lower(), [lang])]
    assert caps == lower
    assert any(unit in ids for ids in caps)


def test_a_currency_name_in_capitals_is_no_code() -> None:
    # "sol" is read as no ISO code in ordinary case; "SOL" in capitals is read the same way
    assert measures_in("PAID 20 SOL", ["en"]) == measures_in("paid 20 sol", ["en"])


def test_the_same_unit_in_capitals_passes() -> None:
    assert _blocking("FOR 20 FOOT WINDS OF 20 MPH OR MORE.",
                     "PARA VENTOS DE 20 PÉS DE 20 MPH OU MAIS.") == []


def test_a_unit_turned_in_capitals_is_still_blocking() -> None:
    assert any("the unit changed" in m for m in _blocking(
        "FOR 20 FOOT WINDS OF 20 MPH OR MORE.", "PARA VENTOS DE 20 METROS DE 20 MPH OU MAIS."))
    assert any("the unit changed" in m for m in _blocking(
        "WINDS OF 20 MPH.", "VENTOS DE 20 KM/H."))
