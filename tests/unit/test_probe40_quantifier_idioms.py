"""probe40: "um em cada três" is a ratio and "por todo o país" a place, not "all".

A White House statement on extreme heat, both Portuguese editions: "Over the past few weeks, I
have traveled across the country" written "Nas últimas semanas, viajei por todo o país" and
"over 100 million people – one in three Americans" written "um em cada três americanos" were
held as "the source says 'few' (some) and the target 'todo' / 'cada' (all)": the quantifier
check read "todo" of "por todo o" (throughout) and "cada" of a ratio as a share of all.
"""

from __future__ import annotations

import pytest

from translate.check import check_pair


def _quantity(source: str, target: str, locale: str = "pt-BR") -> list[str]:
    return [f.message for f in check_pair(source, target, "en", locale).findings
            if f.data.get("kind") == "quantifier"]


@pytest.mark.parametrize("locale", ["pt-BR", "pt-PT"])
@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("Over the past few weeks, I have traveled across the country to see the damage.",
         "Nas últimas semanas, viajei por todo o país para ver os danos."),
        ("Communities that one in three Americans call home were hit in the last few months.",
         "Comunidades que um em cada três americanos chamam de casa foram atingidas nos últimos "
         "meses."),
        ("A few reporters said two out of five voters in the region stayed home.",
         "Alguns repórteres disseram que dois em cada cinco eleitores da região ficaram em casa."),
        ("Several outbreaks were reported throughout the region last week.",
         "Vários surtos foram registados em toda a região na semana passada."),
    ],
)
def test_a_ratio_or_a_place_is_no_share_of_all(source: str, target: str, locale: str) -> None:
    assert _quantity(source, target, locale) == []


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("A few schools closed on Monday.", "Todas as escolas fecharam na segunda-feira."),
        ("Some of the patients received a second dose.", "Cada paciente recebeu uma segunda dose."),
        ("Few residents were evacuated.", "Todos os moradores foram evacuados."),
    ],
)
def test_a_share_said_otherwise_is_still_held(source: str, target: str) -> None:
    assert _quantity(source, target)
