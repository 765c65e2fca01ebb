"""probe39: a range of years written short ("1974–76") and in full by the engine ("1974-1976").

Harry McPherson's page, both Portuguese editions: "(1974–76)" written "(1974-1976)" was held
as "number '76' not found in the target". The full year is the first after the range's start
that ends in the two digits; a range's end lost ("(1974–79)" written "(1974)") is held.
"""

from __future__ import annotations

import pytest

from translate.check import check_pair


def _numbers(source: str, target: str, locale: str = "pt-BR") -> list[str]:
    return [f.message for f in check_pair(source, target, "en", locale).findings
            if f.check == "numbers" and f.severity == "error"]


@pytest.mark.parametrize("locale", ["pt-BR", "pt-PT"])
@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("He chaired the Task Force on Democratic Policy (1974–76).",
         "Ele presidiu a Força-Tarefa de Política Democrática (1974-1976)."),
        ("They won the league in the 1992–93 season.", "Venceram a liga na temporada 1992-1993."),
    ],
)
def test_the_full_end_year_is_the_short_one(source: str, target: str, locale: str) -> None:
    assert _numbers(source, target, locale) == []


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("He played for the Cardinals (1974–79).", "Ele jogou pelo Cardinals (1974)."),
        ("He chaired it (1974–76).", "Ele presidiu-o (1974-1977)."),
    ],
)
def test_a_lost_or_changed_end_year_is_still_held(source: str, target: str) -> None:
    assert _numbers(source, target)
