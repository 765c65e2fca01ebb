"""probe41: a price after a ticker written with a decimal comma is a quantity, not a version.

DANTEStocks posts (CC BY 4.0) list prices after tickers ("Analise se romper: BRPR3 18,15 CESP6
28,29"); where the engine copied a price as written, the English edition kept the Portuguese
decimal comma ("BRPR3 18,15", "IMOB 662,06", "ICON 2252,17") with no finding: the localize stage
read a number with one or two fraction digits after a word in capitals as that name's version
("USB 3.0") and copied it. A version is written with a point in every language, so a source
number with a decimal comma is localized; versions written with a point stay as written."""

from __future__ import annotations

import pytest

from translate.locales import get_profile
from translate.localize.stage import localize_text, localizer_for


def _en(source: str, target: str) -> str:
    return localize_text(source, target, localizer_for(get_profile("en-US"), "pt"), "s").text


@pytest.mark.parametrize(("source", "target", "written"), [
    ("Analise se romper: BRPR3 18,15 CESP6 28,29 CIEL3 40,23",
     "Analyze if break: BRPR3 18,15 CESP6 28,29 CIEL3 40.23", "BRPR3 18.15 CESP6 28.29"),
    ("Analise se romper: IMOB 662,06 INDX 11522,97 PCAR4 106,25",
     "Analyze if you break: IMOB 662,06 INDX 11522.97 PCAR4 106,25", "IMOB 662.06"),
    ("Analise se romper: ALSC3 17,79 ICON 2252,17 MULT3 46,57",
     "Analyze if you break: ALSC3 17,79 ICON 2252,17 MULT3 46.57", "ICON 2252.17"),
    ("A Petrobras fechou a R$ 15,7 e a Vale a R$ 27,3.",
     "Petrobras closed at R$ 15.7 and Vale at R$ 27,3.", "R$ 27.3"),
])
def test_a_decimal_comma_after_a_name_is_localized(source: str, target: str, written: str) -> None:
    assert written in _en(source, target)


@pytest.mark.parametrize(("source", "target", "kept"), [
    ("O Python 3.11 saiu esta semana.", "Python 3.11 came out this week.", "Python 3.11"),
    ("O padrão USB 3.0 é antigo.", "The USB 3.0 standard is old.", "USB 3.0"),
    ("O Android 4.4 chegou aos telefones.", "Android 4.4 arrived on phones.", "Android 4.4"),
])
def test_a_version_with_a_point_stays(source: str, target: str, kept: str) -> None:
    assert kept in _en(source, target)


def test_an_english_version_stays_in_portuguese() -> None:
    done = localize_text("The iPhone runs iOS 12.1 now.", "O iPhone roda iOS 12.1 agora.",
                         localizer_for(get_profile("pt-BR"), "en"), "s").text
    assert "iOS 12.1" in done
