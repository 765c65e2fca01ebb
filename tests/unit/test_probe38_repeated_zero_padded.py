"""probe38: a day or month written with a leading zero in the source ("08/03/2010") and without
it in the edition ("3/8/2010", en-US) is the same number. probe38's sweep (Brazilian court
decisions -> en-US) held four editions for "number '8' is written 2 times in the target, 1 in
the source": the 8 of the localized date and the 8 of the case number "(2007/0173845-8)"."""

from __future__ import annotations

import pytest

from translate.check import check_pair


def _findings(source: str, target: str) -> list[str]:
    return [f"{f.severity} {f.check}" for f in check_pair(source, target, "pt", "en-US").findings]


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("DJe: 08/03/2010 Página 1 de 6 RECURSO ESPECIAL Nº 971.113 - SP (2007/0173845-8)",
         "DJe: 3/8/2010 Page 1 of 6 SPECIAL APPEAL No 971,113 - SP (2007/0173845-8)"),
        ("DJe: 28/02/2013 Página 2 de 8", "DJe: 2/28/2013 Page 2 of 8"),
    ],
)
def test_a_date_without_its_leading_zero_repeats_no_number(source: str, target: str) -> None:
    assert "error numbers" not in _findings(source, target)


def test_a_number_the_engine_wrote_twice_is_still_held() -> None:
    assert "error numbers" in _findings("Publicado em 08/03/2010, página 8.",
                                        "Published on 3/8/2010, page 8 8.")


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("Fica na sala 08.", "It is in room 08 08."),
        # a zero is no zero-padded number (facts set AF, af193)
        ("SuavePadawan 0 pontos 4 meses atrás", "SuavePadawan 0 0 points 4 months ago"),
    ],
)
def test_a_number_copied_twice_is_still_held(source: str, target: str) -> None:
    assert "error numbers" in _findings(source, target)


def test_a_month_the_source_names_is_no_number_of_it() -> None:
    """probe37's case: "March" written "03" in pt-BR is no second 3 beside "room 3"."""
    done = check_pair("The meeting was on March 21, 2018, in room 3.",
                      "A reunião foi em 21/03/2018, na sala 3.", "en", "pt-BR")
    assert "error" not in [f.severity for f in done.findings]
