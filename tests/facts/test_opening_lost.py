"""An opening phrase the target lost where the loss shows (``facts.check_opening_lost``, data in
``[openings]`` of ``locales/facts/{en,pt}.toml``): a phrase begun by a starter ("In", "Since",
"When") whose name is nowhere in the target, or a connective alone before the first comma
("However,", "At the time,", "Na época,") whose key the target writes in none of its forms."""

from __future__ import annotations

import pytest

from translate.check import check_pair


def _opening(source: str, target: str, src: str = "en", locale: str = "pt-BR") -> list[str]:
    done = check_pair(source, target, src, locale)
    return [f.message for f in done.blocking if "opening" in f.message]


@pytest.mark.parametrize(("source", "target"), [
    ("In Tarkwell, voters chose a new senator for the district this week.",
     "Os eleitores escolheram um novo senador para o distrito nesta semana."),
    ("Since Marcus Ellery's departure last spring, the club has won six games.",
     "O clube venceu seis jogos."),
    ("When Halvorsen's company went bankrupt, the workers lost their pensions.",
     "Os trabalhadores perderam suas pensões."),
    ("At the time, the bridge carried most of the city's traffic.",
     "A ponte carregava a maior parte do tráfego da cidade."),
    ("However, the board rejected the offer by a wide margin.",
     "O conselho rejeitou a oferta por uma ampla margem."),
])
def test_a_lost_opening_is_blocking(source: str, target: str) -> None:
    assert _opening(source, target)


def test_a_lost_portuguese_connective_is_blocking() -> None:
    assert _opening("Na época, a ponte carregava a maior parte do tráfego da cidade.",
                    "The bridge carried most of the city's traffic.", "pt", "en")


@pytest.mark.parametrize(("source", "target"), [
    ("In Tarkwell, voters chose a new senator for the district this week.",
     "Em Tarkwell, os eleitores escolheram um novo senador para o distrito nesta semana."),
    ("Since Marcus Ellery's departure last spring, the club has won six games.",
     "Desde a saída de Marcus Ellery na primavera passada, o clube venceu seis jogos."),
    ("At the time, the bridge carried most of the city's traffic.",
     "Naquela época, a ponte carregava a maior parte do tráfego da cidade."),
    ("However, the board rejected the offer by a wide margin.",
     "O conselho, porém, rejeitou a oferta por uma ampla margem."),
    # an acronym is translated ("AI" is "IA"), "Then," alone is "next": neither is read
    ("With AI tools, the team wrote the report in two days.",
     "Com ferramentas de IA, a equipe escreveu o relatório em dois dias."),
    ("Then, the team wrote the report in two days.",
     "A equipe escreveu o relatório em dois dias."),
])
def test_a_kept_or_unreadable_opening_passes(source: str, target: str) -> None:
    assert not _opening(source, target)
