"""probe42: a time written with the hour mark ("9h00", "14h30") that the engine copied into an
edition on the 12-hour clock is written in that edition's form (CLDR's short time pattern).

DANTEStocks posts (CC BY 4.0) give filings' times as "Ago 25/04/2014 9h00" and "30/04/2014 -
14h00"; the engine copied them and the English edition published "9h00", "14h00" with no finding
(probe41), though its dates were localized ("4/25/2014"). A locale on the 24-hour clock keeps the
mark (Portuguese and French news write it themselves); a time the source does not say is left to
the checks."""

from __future__ import annotations

import datetime as dt

import pytest
from babel.dates import format_time

from translate.locales import get_profile
from translate.localize.stage import localize_text, localizer_for


def _run(source: str, target: str, tag: str = "en-US", source_lang: str = "pt") -> str:
    return localize_text(source, target, localizer_for(get_profile(tag), source_lang), "s").text


def _cldr(hour: int, minute: int, tag: str = "en-US") -> str:
    return str(format_time(dt.time(hour, minute), "short", locale=get_profile(tag).babel))


@pytest.mark.parametrize(("source", "target", "hour", "minute", "mark"), [
    ("$GFSA3 - Gafisa (gfsa-nm) Ago 25/04/2014 9h00 - Dividendo",
     "$GFSA3 - Gafisa (gfsa-nm) Aug 25/04/2014 9h00 - Dividing", 9, 0, "9h00"),
    ("$ELET3 - Eletrobras (elet-n1) - Ago - 30/04/2014 - 14h00 - Jcp",
     "$ELET3 - Eletrobras (elet-n1) - Aug - 30/04/2014 - 14h00 - Jcp", 14, 0, "14h00"),
    ("A reunião começa às 14h30 em Brasília.", "The meeting starts at 14h30 in Brasília.",
     14, 30, "14h30"),
    ("Le conseil se réunit à 18h45.", "The council meets at 18h45.", 18, 45, "18h45"),
])
def test_a_copied_hour_mark_time_takes_the_clock_of_an_english_edition(
    source: str, target: str, hour: int, minute: int, mark: str
) -> None:
    lang = "fr" if "conseil" in source else "pt"
    out = _run(source, target, source_lang=lang)
    assert _cldr(hour, minute) in out
    assert mark not in out


def test_the_time_is_the_one_the_source_says() -> None:
    # the engine wrote another time: not rewritten (the time check holds it), nor invented
    out = _run("A reunião começa às 14h30.", "The meeting starts at 15h30.")
    assert "15h30" in out


@pytest.mark.parametrize("tag", ["pt-BR", "fr", "es"])
def test_an_edition_on_the_24_hour_clock_keeps_the_mark(tag: str) -> None:
    out = _run("The meeting starts at 14h30.", "A reunião começa às 14h30.", tag, "en")
    assert "14h30" in out


@pytest.mark.parametrize(("source", "target"), [
    ("O código 2h30x foi usado.", "The code 2h30x was used."),
    ("Rastreamento ações-Gráfico diário-15h.", "Stock tracking-Daily chart-15h."),
    ("Versão v1h20 lançada.", "Version v1h20 released."),
])
def test_what_is_no_hour_mark_time_stays(source: str, target: str) -> None:
    assert _run(source, target) == target
