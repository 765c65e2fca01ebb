"""facts44: silent wrong facts and false holds the docs listed as left.

* a clock time written without its colon ("1209 PM CDT", "851 a.m.", the style of US weather
  bulletins) that the engine copies into an edition whose locale writes the 24-hour clock is
  written that way ("12:09 CDT"), as "4 PM" is ("16:00"): left as written, the Portuguese reader
  gets a number and an English day period ("Aos 1209 PM CDT");
* a place in a dated bracket that the source's bracket does not state: "(born December 15,
  1982)" written "(Losei, 15 de dezembro de 1982)", the Portuguese biographical "(Place, date)"
  with a place of the engine's own, was published with no finding.
"""

from __future__ import annotations

import pytest

from translate.check import check_pair


def _blocking(source: str, target: str, src: str, locale: str) -> list[str]:
    return [f.message for f in check_pair(source, target, src, locale).findings
            if f.severity == "error"]  # fmt: skip


# --- a colonless clock time ------------------------------------------------------------------

@pytest.mark.parametrize("locale", ["pt-BR", "pt-PT"])
@pytest.mark.parametrize(
    ("source", "engine", "published"),
    [
        ("At 1209 PM CDT, a severe thunderstorm was located near Ames.",
         "Às 1209 PM CDT, uma forte tempestade estava localizada perto de Ames.",
         "Às 12:09 CDT, uma forte tempestade estava localizada perto de Ames."),
        ("The warning expires at 115 AM CST.", "O aviso expira às 115 AM CST.",
         "O aviso expira às 01:15 CST."),
        ("The river crested at 851 p.m. Sunday.", "O rio atingiu o pico às 851 p.m. de domingo.",
         "O rio atingiu o pico às 20:51 de domingo."),
        ("Issued at 1015 am EDT.", "Emitido às 1015 am EDT.", "Emitido às 10:15 EDT."),
    ],
)
def test_a_colonless_time_is_written_on_the_24_hour_clock(
    source: str, engine: str, published: str, locale: str
) -> None:
    result = check_pair(source, engine, "en", locale)
    assert result.text == published
    assert [f.message for f in result.findings if f.severity == "error"] == []


@pytest.mark.parametrize("locale", ["pt-BR", "pt-PT"])
def test_a_changed_colonless_time_is_not_rewritten_as_a_time_and_is_said(locale: str) -> None:
    # the time the source does not say is not written on the 24-hour clock; the number
    # repair puts the source's digits back and says so (as on main)
    result = check_pair("The warning expires at 115 AM CST.", "O aviso expira às 125 AM CST.",
                        "en", locale)
    assert "01:25" not in result.text
    assert any("'125'" in f.message for f in result.findings)


@pytest.mark.parametrize(
    ("source", "engine"),
    [
        # no day period: the digits are a number
        ("About 1209 homes lost power.", "Cerca de 1209 casas ficaram sem energia."),
        # a code or a count after a sign or a hyphen is no time
        ("Route US-115 am closed.", "A rota US-115 am fechada."),
    ],
)
def test_digits_without_a_day_period_stay(source: str, engine: str) -> None:
    assert check_pair(source, engine, "en", "pt-BR").text == engine


def test_an_english_edition_keeps_the_colonless_time() -> None:
    result = check_pair("O aviso expira às 1209 PM CDT.", "The warning expires at 1209 PM CDT.",
                        "pt", "en")
    assert result.text == "The warning expires at 1209 PM CDT."


# --- a place in a dated bracket the source does not state ------------------------------------

BORN = "Maria Silva (born December 15, 1982) won the race on Sunday."


@pytest.mark.parametrize("locale", ["pt-BR", "pt-PT"])
@pytest.mark.parametrize(
    "target",
    [
        "Maria Silva (Losei, 15 de dezembro de 1982) venceu a corrida no domingo.",
        "Maria Silva (Nova Iorque, 15 de dezembro de 1982) venceu a corrida no domingo.",
        "Maria Silva (nascida em Lisboa em 15 de dezembro de 1982) venceu a corrida no domingo.",
    ],
)
def test_a_place_the_source_does_not_state_is_held(target: str, locale: str) -> None:
    assert any("the source's bracket states no such place" in m
               for m in _blocking(BORN, target, "en", locale))  # fmt: skip


def test_a_place_the_source_does_not_state_is_held_in_english() -> None:
    assert any("the source's bracket states no such place" in m
               for m in _blocking("Maria Silva (nascida em 15 de dezembro de 1982) venceu.",
                                  "Maria Silva (Chicago, December 15, 1982) won.", "pt", "en"))


@pytest.mark.parametrize(
    ("source", "target"),
    [
        (BORN, "Maria Silva (nascida em 15 de dezembro de 1982) venceu a corrida no domingo."),
        # the source's bracket states a place: its translation is the names checks' affair
        ("Ana Costa (born 1950 in Lisbon) wrote it.", "Ana Costa (Lisboa, 1950) escreveu-o."),
        ("John Smith (Tyler, Texas, 1937) sang.", "John Smith (Tyler, Texas, 1937) cantou."),
        # the place is the source's, said outside the bracket
        ("Born in Lisbon, Ana Costa (1950-2012) wrote.",
         "Nascida em Lisboa, Ana Costa (Lisboa, 1950-2012) escreveu."),
        # a weekday or a month is no place
        ("The storm (Monday, 1982) hit.", "A tempestade (Segunda-feira, 1982) atingiu."),
        # money: a currency symbol or code of capitals is no name
        ("Costs rose (average costs: $4.88 million per incident in 2024).",
         "Os custos subiram (custos médios: US$ 4,88 milhões por incidente em 2024)."),
        ("Costs rose (average costs: $4.88 million per incident in 2024).",
         "Os custos subiram (custos médios: USD 4,88 milhões por incidente em 2024)."),
        # a bracket with another year
        (BORN, "Maria Silva (15 de dezembro de 1982) venceu a corrida (Lisboa, 2020) no domingo."),
    ],
)
def test_no_invented_place(source: str, target: str) -> None:
    assert not any("states no such place" in m for m in _blocking(source, target, "en", "pt-BR"))


# --- a number written twice beside a time written the target's way ---------------------------

@pytest.mark.parametrize(
    ("source", "engine"),
    [
        ("The warning expires at 115 AM CST for the county.",
         "O aviso expira às 115 115 AM CST para o condado."),
        ("At 1209 PM CDT, a storm was near Ames.",
         "Às 1209 1209 PM CDT, uma tempestade perto de Ames."),
        ("The hearing is at 2:30 p.m. today.", "A audiência é às 2:30 2:30 p.m. hoje."),
    ],
)
def test_a_number_repeated_beside_a_localized_time_is_held(source: str, engine: str) -> None:
    # the localized time ("01:15") is the source's "115 AM": the bare "115" beside it is extra
    assert any("times in the target" in m for m in _blocking(source, engine, "en", "pt-BR"))


def test_a_localized_time_and_the_same_digits_as_a_count_pass() -> None:
    assert _blocking("The hearing is at 2:30 p.m. and 230 people came.",
                     "A audiência é às 2:30 p.m. e 230 pessoas vieram.", "en", "pt-BR") == []


# --- a bound on a clock time the target writes its own way -----------------------------------

@pytest.mark.parametrize(
    ("source", "engine", "held"),
    [
        ("The storm will arrive around 1130 PM tonight.",
         "A tempestade chegará 1130 PM hoje à noite.", True),
        ("The storm will arrive around 11:30 PM tonight.",
         "A tempestade chegará 11:30 PM hoje à noite.", True),
        ("The storm will arrive around 1130 PM tonight.",
         "A tempestade chegará por volta das 1130 PM hoje à noite.", False),
        ("Rain ends by about 615 AM Monday.",
         "A chuva termina por volta das 6:15 AM segunda.", False),
    ],
)
def test_a_bound_on_a_time_written_the_targets_way(source: str, engine: str, held: bool) -> None:
    found = [m for m in _blocking(source, engine, "en", "pt-BR") if "bound on" in m]
    assert bool(found) == held
