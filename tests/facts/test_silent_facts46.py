"""facts46: three silent wrong facts the docs listed as left.

* An English edition writes the 12-hour clock: a source time of the afternoon or evening
  ("às 21h30") written with neither a.m./p.m. nor a part of the day ("at 9:30") reads as the
  morning as well.
* A part of the day turned with no clock time ("early in the morning" written "no início da
  noite", "de madrugada" written "in the evening").
* A month name beside a complete date in digits of another month ("Aug 30/04/2014"): the
  source's word there is no month (probe41's "Ago", a shareholders' annual meeting, AGO).
"""

from __future__ import annotations

import pytest

from translate.check import check_pair


def _blocking(source: str, target: str, src: str, locale: str) -> list[str]:
    return [f.message for f in check_pair(source, target, src, locale).findings
            if f.severity == "error"]  # fmt: skip


# --- a bare 12-hour time for an evening source time ------------------------------------------


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("A reunião começa às 21h30.", "The meeting starts at 9:30."),
        ("A reunião começa às 21:30.", "The meeting starts at 9:30."),
        ("O jogo começou às 16h15 em Lisboa.", "The game started at 4:15 in Lisbon."),
        ("A votação fechou às 9h30 da noite.", "The vote closed at 9:30."),
        ("O voo parte às 23:05.", "The flight leaves at 11:05."),
    ],
)
def test_an_evening_time_without_its_half_of_the_day_is_held(source: str, target: str) -> None:
    assert any("no a.m./p.m." in m for m in _blocking(source, target, "pt", "en"))


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("A reunião começa às 21h30.", "The meeting starts at 9:30 p.m."),
        ("A reunião começa às 21h30.", "The meeting starts at 9:30 PM."),
        ("A reunião começa às 21h30.", "The meeting starts at 21:30."),
        ("A reunião começa às 21h30.", "The meeting starts at 9:30 tonight."),
        ("A reunião começa às 21h30.", "The meeting starts at 9:30 in the evening."),
        ("No domingo à noite, a reunião começou às 21h30.",
         "On Sunday evening, the meeting began at 9:30."),
        ("A reunião começa às 9h30.", "The meeting starts at 9:30."),
        ("A reunião começa às 12h30.", "The meeting starts at 12:30."),
    ],
)
def test_a_time_whose_half_is_said_or_morning_passes(source: str, target: str) -> None:
    assert [m for m in _blocking(source, target, "pt", "en") if "no a.m./p.m." in m] == []


def test_a_24_hour_edition_is_left_to_its_own_rule() -> None:
    # en-GB writes "HH:mm": "9:30" there is 09:30, a changed time (facts45's rule)
    messages = _blocking("A reunião começa às 21h30.", "The meeting starts at 9:30.", "pt", "en-GB")
    assert messages and not any("no a.m./p.m." in m for m in messages)


# --- a part of the day turned ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("source", "target", "src", "locale"),
    [
        ("The attack began early in the morning.", "O ataque começou no início da noite.", "en",
         "pt-BR"),
        ("The shops open in the afternoon.", "As lojas abrem à noite.", "en", "pt-BR"),
        ("The storm hit on Tuesday evening.", "A tempestade atingiu na terça de manhã.", "en",
         "pt-BR"),
        ("O ataque começou de madrugada.", "The attack began in the evening.", "pt", "en"),
        ("A reunião foi à tarde.", "The meeting was at night.", "pt", "en"),
        ("Ele chegou pela manhã.", "He arrived in the afternoon.", "pt", "en"),
    ],
)
def test_a_part_of_the_day_turned_is_held(source: str, target: str, src: str,
                                          locale: str) -> None:  # fmt: skip
    assert any("another part of the day" in m for m in _blocking(source, target, src, locale))


@pytest.mark.parametrize(
    ("source", "target", "src", "locale"),
    [
        ("The attack began early in the morning.", "O ataque começou no início da manhã.", "en",
         "pt-BR"),
        ("The attack began early in the morning.", "O ataque começou de madrugada.", "en",
         "pt-BR"),
        ("He left in the morning and came back later.", "Ele saiu de manhã e voltou mais tarde.",
         "en", "pt-BR"),
        ("The concert is this evening.", "O concerto é hoje à tarde.", "en", "pt-BR"),
        ("The concert is this evening.", "O concerto é hoje à noite.", "en", "pt-BR"),
        ("O ataque começou de madrugada.", "The attack began at dawn.", "pt", "en"),
        ("O ataque começou de madrugada.", "The attack began in the early morning.", "pt", "en"),
        ("The attack began in the morning.", "O ataque começou cedo.", "en", "pt-BR"),
        ("It rained in the morning and at night.", "Choveu de manhã e à noite.", "en", "pt-BR"),
        # set AJ's aj101: "overnight" written "durante a noite", "sunrise" in other words
        ("Travelers overnight should expect fog in river valleys through sunrise.",
         "Os viajantes durante a noite devem esperar neblina nos vales até o nascer do sol.",
         "en", "pt-BR"),
        # the same, pt -> en (ajp101): "nascer do sol" is sunrise
        ("Os viajantes durante a noite devem esperar neblina nos vales até o nascer do sol.",
         "Travelers overnight should expect fog in river valleys through sunrise.", "pt", "en"),
        ("A chuva parou ao pôr do sol.", "The rain stopped at sunset.", "pt", "en"),
    ],
)
def test_the_same_part_of_the_day_passes(source: str, target: str, src: str,
                                         locale: str) -> None:  # fmt: skip
    assert [m for m in _blocking(source, target, src, locale)
            if "another part of the day" in m] == []  # fmt: skip


# --- a month beside a date in digits of another month ----------------------------------------


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("$ELET3 - Eletrobras (elet-n1) - Ago - 30/04/2014 - 14h00 - Jcp",
         "$ELET3 - Eletrobras (elet-n1) - Aug - 30/04/2014 - 2:00 PM - Jcp"),
        ("$GFSA3 - Gafisa (gfsa-nm) Ago 25/04/2014 9h00 - Dividendo",
         "$GFSA3 - Gafisa (gfsa-nm) Aug 25/04/2014 9:00 AM - Dividend"),
        ("Reunião: AGE 12/03/2015.", "Meeting: March 12/05/2015."),
    ],
)
def test_a_month_beside_a_date_of_another_month_is_held(source: str, target: str) -> None:
    assert any("beside the date" in m for m in _blocking(source, target, "pt", "en"))


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("$ELET3 - Eletrobras (elet-n1) - Ago - 30/04/2014 - 14h00 - Jcp",
         "$ELET3 - Eletrobras (elet-n1) - AGO - 30/04/2014 - 2:00 PM - Jcp"),
        ("O balanço sai em agosto, 25/08/2014.",
         "The balance sheet comes out in August, 25/08/2014."),
        ("O balanço sai em 25/08/2014.", "The balance sheet comes out on 08/25/2014."),
        ("Em maio, 30/04/2014 foi lembrado.", "In May, 30/04/2014 was remembered, on the 2nd."),
    ],
)
def test_a_month_of_the_same_date_or_copied_passes(source: str, target: str) -> None:
    assert [m for m in _blocking(source, target, "pt", "en") if "beside the date" in m] == []
