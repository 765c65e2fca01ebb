"""caps43: a unit abbreviation or short unit word in capitals that is no key as written ("FT",
"MI", "KM", "NÓS", "PÉ") is read as a unit only after a number or a number range. caps42 read
them as their lower case anywhere, so a place ("FT WORTH", "ANN ARBOR MI") or a Portuguese word
in capitals ("NÓS", we; "EM PÉ", standing) was read as a foot, a mile or a knot."""

from __future__ import annotations

import pytest

from translate.check import check_pair
from translate.localize.quantities import measures_in


def _units(text: str, lang: str) -> list[str]:
    return [m.text for m in measures_in(text, [lang]) if m.kind == "unit"]


@pytest.mark.parametrize(("text", "lang"), [
    ("FLOODING IN FT WORTH AND FT MYERS.", "en"),
    ("THE OFFICE IN ANN ARBOR MI IS CLOSED.", "en"),
    ("NÓS FICAMOS EM PÉ NA FILA.", "pt-BR"),
    ("THE KM MARKERS WERE WASHED AWAY.", "en"),
])
def test_a_unit_code_in_capitals_with_no_number_is_no_unit(text: str, lang: str) -> None:
    assert _units(text, lang) == []


@pytest.mark.parametrize(("text", "lang", "unit"), [
    ("WAVES OF 6 FT AT FT MYERS.", "en", "FT"),
    ("WINDS 20 TO 30 MPH.", "en", "MPH"),
    ("FLOODING 2-3 MI SOUTH OF TOWN.", "en", "MI"),
    ("ONDAS DE 2 A 3 PÉS.", "pt-BR", "PÉS"),
    ("VENTOS DE 20 NÓS.", "pt-BR", "NÓS"),
])
def test_a_unit_code_in_capitals_after_a_number_is_a_unit(text: str, lang: str,
                                                          unit: str) -> None:
    assert _units(text, lang) == [unit]


def test_ordinary_case_is_read_as_before() -> None:
    # the abbreviation in lower case is a key as written: read wherever it stands, as before
    assert _units("the ft and the km", "en") == ["ft", "km"]
    assert _units("USD 20", "en") == []


def test_a_portuguese_word_in_capitals_is_no_lost_unit() -> None:
    # pt -> en: "NÓS" (we) was read as knots, lost in the target beside a converted speed
    findings = check_pair("NÓS ESPERAMOS VENTOS DE 30 KM/H.", "WE EXPECT WINDS OF 19 MPH.",
                          "pt", "en")
    assert not [f for f in findings.blocking if "NÓS" in f.message]


def test_a_unit_turned_in_capitals_is_still_blocking() -> None:
    assert any("the unit changed" in f.message for f in check_pair(
        "WAVES OF 6 FT NEAR FT MYERS.", "ONDAS DE 6 METROS PERTO DE FT MYERS.",
        "en", "pt-BR").blocking)
