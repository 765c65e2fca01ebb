"""probe46: a time of day that a Portuguese source writes with the hour mark ("16h49", "20h30",
"às 21h") is written on the clock of an English edition ("4:49 PM", "8:30 PM", "9 PM") where the
engine wrote it on the 24-hour clock ("16:49") or copied a bare hour ("21h").

Agência Brasil articles (CC BY) date every page "13/12/2016 16h49" and give times as "às 20h30",
"às 13h", "entre 21h e 22h": the English editions published "12/13/2016 21:38" beside
"12/13/2016 4:49 PM" (probe42's rule wrote a copied "16h49", not the engine's "16:49") and "at
13h", "between 21h and 22h", with no finding. A span of time ("durou 1h20") is no time of day
and stays; so does a bare hour no word makes a time ("12h de espera": twelve hours), a time the
source does not say, and every time of an edition on the 24-hour clock."""

from __future__ import annotations

import datetime as dt

import pytest
from babel.dates import format_skeleton, format_time

from translate.locales import get_profile
from translate.localize.stage import localize_text, localizer_for


def _run(source: str, target: str, tag: str = "en-US", source_lang: str = "pt") -> str:
    return localize_text(source, target, localizer_for(get_profile(tag), source_lang), "s").text


def _cldr(hour: int, minute: int | None = None, tag: str = "en-US") -> str:
    babel = get_profile(tag).babel
    if minute is None:
        return str(format_skeleton("h", dt.time(hour, 0), locale=babel))
    return str(format_time(dt.time(hour, minute), "short", locale=babel))


@pytest.mark.parametrize(("source", "target", "hour", "minute", "written"), [
    ("28/11/2016 21h38", "11/28/2016 21:38", 21, 38, "21:38"),
    ("O programa vai ao ar às 20h30, na TV Brasil.", "The program airs at 20:30 on TV Brasil.",
     20, 30, "20:30"),
    ("O Ibovespa caía 3,24% por volta das 10h20.", "The Ibovespa fell 3.24% at around 10:20.",
     10, 20, "10:20"),
    ("17/08/2016 12h04", "8/17/2016 12:04", 12, 4, "12:04"),
])
def test_a_24_hour_time_the_source_marks_takes_the_clock_of_an_english_edition(
    source: str, target: str, hour: int, minute: int, written: str
) -> None:
    out = _run(source, target)
    assert _cldr(hour, minute) in out
    assert written not in out.replace(_cldr(hour, minute), "")


@pytest.mark.parametrize(("source", "target", "hours"), [
    ("Três aeronaves decolaram de Manaus às 13h.", "Three aircraft took off from Manaus at 13h.",
     [13]),
    ("A aeronave deve chegar por volta das 21h em Chapecó.",
     "The aircraft should arrive around 21h in Chapecó.", [21]),
    ("Os corpos devem deixar Medellín entre 21h e 22h de hoje.",
     "The bodies should leave Medellín between 21h and 22h today.", [21, 22]),
])
def test_a_bare_hour_a_word_makes_a_time_is_written_on_the_12_hour_clock(
    source: str, target: str, hours: list[int]
) -> None:
    out = _run(source, target)
    for hour in hours:
        assert _cldr(hour) in out
        assert f"{hour}h" not in out


@pytest.mark.parametrize(("source", "target"), [
    ("O jogo durou 1h20.", "The game lasted 1h20."),
    ("A reunião levou 2h30 e terminou.", "The meeting took 2h30 and ended."),
    ("Foram 12h de espera no aeroporto.", "There were 12h of waiting at the airport."),
    ("A reunião começa às 14h30.", "The meeting starts at 15:30."),
    ("Dólar em alta no Brasil12 15:53:57", "Dollar up in Brazil12 15:53:57"),
    ("Às 9h50 de hoje, o dólar subiu.", "At 9:50 a.m. today, the dollar rose."),
])
def test_a_span_an_unmarked_hour_or_another_time_stays(source: str, target: str) -> None:
    assert _run(source, target) == target


@pytest.mark.parametrize("tag", ["pt-BR", "en-GB", "fr"])
def test_an_edition_on_the_24_hour_clock_keeps_the_time(tag: str) -> None:
    target = "The program airs at 20:30, and the flight leaves at 13h."
    out = _run("O programa vai ao ar às 20h30, e o voo sai às 13h.", target, tag)
    assert "20:30" in out and "13h" in out


@pytest.mark.parametrize(("source", "target"), [
    ("A votação fechou às 9h30 da noite.", "The vote closed at 9h30 at night."),
    ("A votação fechou às 9h30 da noite.", "The vote closed at 9:30."),
    ("Hoje à noite, às 10h, o programa vai ao ar.", "Tonight, at 10h, the show airs."),
])
def test_a_time_with_its_part_of_the_day_is_not_read_on_the_24_hour_clock(
    source: str, target: str
) -> None:
    # "9h30 da noite" is 9:30 p.m.: written "9:30 AM" it would be a wrong fact; the time
    # check reads it with its part of the day
    out = _run(source, target)
    assert "AM" not in out
    assert out == target
