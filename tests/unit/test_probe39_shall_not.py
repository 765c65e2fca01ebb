"""probe39: "shall not" is a prohibition, as "must not" and "should not" are.

The Senate of Pakistan page (the constitution's text), both Portuguese editions: "the number
of Federal Ministers ... shall not at any time, exceed one fourth" written "não deve, em
nenhum momento, exceder um quarto" was held as "the source says 'shall' (obligation) and the
target 'não deve' (prohibition)": the modality data had no "shall not".
"""

from __future__ import annotations

import pytest

from translate.check import check_pair


def _modality(source: str, target: str, locale: str = "pt-BR") -> list[str]:
    return [f.message for f in check_pair(source, target, "en", locale).findings
            if f.check == "modality"]


@pytest.mark.parametrize("locale", ["pt-BR", "pt-PT"])
@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("The number of ministers shall not at any time, exceed one fourth.",
         "O número de ministros não deve, em nenhum momento, exceder um quarto."),
        ("The President shall not hold any other office.",
         "O Presidente não deve ocupar nenhum outro cargo."),
        ("You shan't leave the room.", "Você não deve sair da sala."),
    ],
)
def test_shall_not_written_as_a_prohibition(source: str, target: str, locale: str) -> None:
    assert _modality(source, target, locale) == []


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("The President shall not hold any other office.", "O Presidente deve ocupar outro cargo."),
        ("The President shall not hold any other office.", "O Presidente pode ocupar outro cargo."),
    ],
)
def test_a_prohibition_made_an_obligation_is_still_held(source: str, target: str) -> None:
    assert _modality(source, target)
