"""A hyphenated range or score cut to one of its numbers ("15-20 minutes" written "20 minutos")
is blocking; written with words between its numbers, in words, or as a slash written around
one of its numbers ("24/7"), it passes as before."""

from __future__ import annotations

import pytest

from translate.check import check_pair


def _blocking(source: str, target: str, src: str = "en", locale: str = "pt-BR") -> list[str]:
    return [f.message for f in check_pair(source, target, src, locale).blocking]


@pytest.mark.parametrize(("source", "target", "src", "locale", "lost"), [
    ("HIIT burns calories in as little as 15-20 minutes.",
     "HIIT queima calorias em tão pouco quanto 20 minutos.", "en", "pt-BR", "15"),
    ("I bought the Canon RF 28-70 f/2 lens.", "Comprei a lente Canon RF 70 f/2.", "en", "pt-BR",
     "28"),
    ("Custo da faculdade, ano acadêmico 2023-24.", "College cost, academic year 2023.", "pt", "en",
     "24"),
    ("Os Lakers venceram por 109-98.", "The Lakers won 98.", "pt", "en", "109"),
])
def test_a_range_cut_to_one_number_is_blocking(
    source: str, target: str, src: str, locale: str, lost: str
) -> None:
    messages = _blocking(source, target, src, locale)
    assert any(f"{lost!r} is not there" in m for m in messages), messages


@pytest.mark.parametrize(("source", "target", "src", "locale"), [
    ("HIIT burns calories in as little as 15-20 minutes.",
     "HIIT queima calorias em tão pouco quanto 15 a 20 minutos.", "en", "pt-BR"),
    ("HIIT burns calories in as little as 15-20 minutes.",
     "HIIT queima calorias em tão pouco quanto quinze a 20 minutos.", "en", "pt-BR"),
    ("The store is open 24/7.", "A loja abre 24 horas por dia, todos os dias.", "en", "pt-BR"),
    ("Os Lakers venceram por 109-98.", "The Lakers won 109 to 98.", "pt", "en"),
])
def test_a_range_written_otherwise_passes(source: str, target: str, src: str, locale: str) -> None:
    assert _blocking(source, target, src, locale) == []
