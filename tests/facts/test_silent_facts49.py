"""facts49: silent wrong facts of results, votes, "segundo" and a unit of time.

* A result said with a verb ``[result]`` did not know ("edged", "routed", "fell to",
  "superou", "bateu", "caiu diante do") turned the other way: the verbs are data of
  ``locales/facts/<lang>.toml``, the winner's only before a name ("edged up 0.1%" is a price).
* A vote's outcome turned ("approved" written "rejeitou", "chumbada" written "approved"):
  ``[vote]`` of ``locales/facts/<lang>.toml``.
* Portuguese "segundo" before an article, a pronoun or a name is "according to", no ordinal
  (``[ordinal_not]``): it hid an ordinal changed beside it.
* A unit of time dropped from its number ("44 seconds" written "44 terceiros"), the target
  naming none of that unit (set AL's rank rows, development).
"""

from __future__ import annotations

import pytest

from translate.check import check_pair


def _blocking(source: str, target: str, src: str = "en", locale: str = "pt-BR") -> list[str]:
    return [f.message for f in check_pair(source, target, src, locale).findings
            if f.severity == "error"]  # fmt: skip


@pytest.mark.parametrize(
    ("source", "target", "src", "locale"),
    [
        ("Chelsea edged Arsenal 2-1 on Sunday.",
         "O Chelsea perdeu para o Arsenal por 2 a 1 no domingo.", "en", "pt-BR"),
        ("The Hawks routed the Bulls in the final game.",
         "Os Hawks perderam para os Bulls no jogo final.", "en", "pt-BR"),
        ("Ohio State fell to Michigan in the last game.",
         "Ohio State venceu Michigan no último jogo.", "en", "pt-BR"),
        ("O Benfica superou o Porto no domingo.", "Benfica lost to Porto on Sunday.", "pt", "en"),
        ("O Sporting bateu o Braga em casa.", "Sporting lost to Braga at home.", "pt", "en"),
        ("O Porto caiu diante do Benfica.", "Porto beat Benfica.", "pt", "en"),
        ("O Sporting perdeu para o Braga.", "Sporting routed Braga.", "pt", "en"),
    ],
)
def test_a_result_said_with_other_verbs_turned_is_held(
    source: str, target: str, src: str, locale: str
) -> None:
    found = _blocking(source, target, src, locale)
    assert any("in the source; the target says" in m for m in found), found


@pytest.mark.parametrize(
    ("source", "target", "src", "locale"),
    [
        ("The Senate approved the bill by 52 votes to 48.",
         "O Senado rejeitou o projeto por 52 votos a 48.", "en", "pt-BR"),
        ("The council rejected the plan on Monday.",
         "O conselho aprovou o plano na segunda-feira.", "en", "pt-BR"),
        ("A proposta foi chumbada pelo parlamento.", "The proposal was approved by parliament.",
         "pt", "en"),
    ],
)
def test_a_vote_turned_is_held(source: str, target: str, src: str, locale: str) -> None:
    found = _blocking(source, target, src, locale)
    assert any("in the source; the target says" in m for m in found), found


@pytest.mark.parametrize(
    ("source", "target", "src", "locale"),
    [
        ("Segundo a polícia, o time ficou em terceiro lugar.",
         "According to the police, the team came in second place.", "pt", "en"),
        ("According to the police, the team came second.",
         "Segundo a polícia, a equipe ficou em terceiro.", "en", "pt-BR"),
        ("Segundo Silva, o clube terminou em quarto.",
         "According to Silva, the club finished second.", "pt", "en"),
    ],
)
def test_an_ordinal_hidden_by_segundo_for_according_to_is_held(
    source: str, target: str, src: str, locale: str
) -> None:
    found = _blocking(source, target, src, locale)
    assert any("changed: the target has" in m for m in found), found


def test_a_unit_of_time_dropped_from_its_number_is_held() -> None:
    found = _blocking("The match lasted 22 minutes and 44 seconds.",
                      "A partida durou 22 minutos e 44 terceiros.")  # fmt: skip
    assert any("no unit of time" in m for m in found), found


@pytest.mark.parametrize(
    ("source", "target", "src", "locale"),
    [
        ("Chelsea edged Arsenal 2-1 on Sunday.",
         "O Chelsea venceu o Arsenal por 2 a 1 no domingo.", "en", "pt-BR"),
        ("Prices edged up 0.1% as the team lost.",
         "Os preços subiram 0,1% enquanto a equipe perdeu.", "en", "pt-BR"),
        ("Ohio fell to No. 5 in the poll after it lost.",
         "Ohio caiu para o 5º lugar na pesquisa depois de perder.", "en", "pt-BR"),
        ("O Benfica superou as expectativas e perdeu.",
         "Benfica exceeded expectations and lost.", "pt", "en"),
        ("The Senate approved the bill.", "O Senado aprovou o projeto.", "en", "pt-BR"),
        ("Segundo a polícia, o time ficou em terceiro lugar.",
         "According to the police, the team came in third place.", "pt", "en"),
        ("Ele foi o segundo a marcar, segundo o jornal.",
         "He was the second to score, according to the newspaper.", "pt", "en"),
        ("The match lasted 22 minutes and 44 seconds.",
         "A partida durou 22 minutos e 44 segundos.", "en", "pt-BR"),
    ],
)
def test_guards_pass(source: str, target: str, src: str, locale: str) -> None:
    assert _blocking(source, target, src, locale) == []
