"""facts45: a clock time twelve hours off.

The source's day period ("10:30 PM"), its 24-hour form, or a part of the day written next to
the time ("10:30 tonight", "this morning at 9:15") fixes the hour. An edition whose locale
writes the 24-hour clock reads a time with no day period of its own on that clock ("às 10:30"
is 10:30, "05:42" is 05:42), so "10:30 PM" published as "às 10:30" is a wrong fact; a time the
source leaves open ("at 10:30") may be either.
"""

from __future__ import annotations

import pytest

from translate.check import check_pair


def _blocking(source: str, target: str, src: str, locale: str) -> list[str]:
    return [f.message for f in check_pair(source, target, src, locale).findings
            if f.severity == "error"]  # fmt: skip


@pytest.mark.parametrize("locale", ["pt-BR", "pt-PT"])
@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("The polls close at 10:30 PM.", "As urnas fecham às 10:30."),
        ("At 542 PM EST, a snow squall was located near Dover.",
         "Às 05:42 EST, uma rajada de neve estava perto de Dover."),
        ("The river crested at 8:51 p.m. Sunday.", "O rio atingiu o pico às 8:51 de domingo."),
        ("The speech starts at 10:30 tonight.", "O discurso começa às 10:30 de hoje."),
        ("This morning at 9:15 the bridge closed.", "Esta manhã, às 21:15, a ponte fechou."),
        ("He landed Sunday evening at 7:40.", "Ele pousou no domingo às 7:40."),
        ("The store opens at 12:30 AM.", "A loja abre às 12:30."),
    ],
)
def test_a_time_twelve_hours_off_is_held(source: str, target: str, locale: str) -> None:
    assert any("time" in m for m in _blocking(source, target, "en", locale))


@pytest.mark.parametrize("locale", ["pt-BR", "pt-PT"])
@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("The polls close at 10:30 PM.", "As urnas fecham às 22:30."),
        ("The polls close at 10:30 PM.", "As urnas fecham às 22h30."),
        ("The polls close at 10 PM.", "As urnas fecham às 22h."),
        ("The polls close at 10 PM.", "As urnas fecham às 22 horas."),
        ("The market opens at 10 AM.", "O mercado abre às 10h."),
        ("The polls close at 10:30 PM.", "As urnas fecham às 10:30 da noite."),
        ("The speech starts at 10:30 tonight.", "O discurso começa às 10:30 desta noite."),
        ("The speech starts at 10:30 tonight.", "O discurso começa hoje às 22h30."),
        ("The meeting starts at 10:30.", "A reunião começa às 10:30."),
        ("The meeting starts at 9:15.", "A reunião começa às 21:15."),
        ("They stayed 3 nights and left at 10:30.", "Ficaram 3 noites e saíram às 10:30."),
        ("The store opens at 12:30 PM.", "A loja abre às 12:30."),
    ],
)
def test_the_same_time_passes(source: str, target: str, locale: str) -> None:
    assert [m for m in _blocking(source, target, "en", locale) if "time" in m] == []


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("A reunião começa às 10:30.", "The meeting starts at 10:30."),
        ("A reunião começa às 22h30.", "The meeting starts at 10:30 PM."),
        ("O discurso começa às 10:30 desta noite.", "The speech starts at 10:30 tonight."),
    ],
)
def test_an_english_edition_keeps_its_reading(source: str, target: str) -> None:
    assert [m for m in _blocking(source, target, "pt", "en") if "time" in m] == []


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("A reunião começa às 10:30.", "The meeting starts at 10:30 PM."),
        ("O discurso começa às 10:30 desta noite.", "The speech starts at 10:30 AM."),
    ],
)
def test_a_portuguese_source_time_fixes_the_hour(source: str, target: str) -> None:
    assert any("time" in m for m in _blocking(source, target, "pt", "en"))
