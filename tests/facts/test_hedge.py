"""A hedge lost: a claim published as a fact (``facts.check_hedge_lost``; data ``[hedge]`` of
``locales/facts/{en,pt}.toml``), and the false holds read on the real outputs of sets A..V in the
twenty-seventh pass (a clitic "acredita-se", "less likely" as "menos propensas", "cannot be
overstated", a concessive "may be", "couldn't possibly", "deve ser" as "has to")."""

from __future__ import annotations

import pytest

from translate.check import check_pair

_HEDGE = "may be published as proven"


def _held(source: str, target: str, src: str = "en", locale: str = "pt-BR") -> list[str]:
    return [f.message for f in check_pair(source, target, src, locale).blocking
            if _HEDGE in f.message]  # fmt: skip


@pytest.mark.parametrize(("source", "target", "src", "locale"), [
    ("The man allegedly stole a car from the parking lot on Friday.",
     "O homem roubou um carro do estacionamento na sexta-feira.", "en", "pt-BR"),
    ("The fire may have started in the kitchen of the restaurant.",
     "O incêndio começou na cozinha do restaurante.", "en", "pt-BR"),
    ("Two men are believed to have fled the country last week.",
     "Dois homens fugiram do país na semana passada.", "en", "pt-BR"),
    ("O prefeito teria recebido propina de uma construtora.",
     "The mayor received a bribe from a construction company.", "pt", "en"),
    ("O incêndio pode ter sido causado por um curto-circuito.",
     "The fire was caused by a short circuit.", "pt", "en"),
    # two hedging adverbs, one kept; a modal elsewhere renders the source's own modal
    ("The rockets are probably more expensive, but they can reach the moon.",
     "Os foguetes são mais caros, mas podem chegar à lua.", "en", "pt-BR"),
    ("Talvez chova amanhã e provavelmente a ponte vai fechar.",
     "Maybe it will rain tomorrow and the bridge will close.", "pt", "en"),
])
def test_a_hedge_lost_is_blocking(source: str, target: str, src: str, locale: str) -> None:
    assert _held(source, target, src, locale)


@pytest.mark.parametrize(("source", "target", "src", "locale"), [
    ("The man allegedly stole a car from the parking lot on Friday.",
     "O homem supostamente roubou um carro do estacionamento na sexta-feira.", "en", "pt-BR"),
    ("The bridge will likely close on Monday for repairs.",
     "A ponte deve fechar na segunda-feira para reparos.", "en", "pt-BR"),
    ("Some 200 soldiers are believed to remain at the base.",
     "Acredita-se que cerca de 200 soldados permaneçam na base.", "en", "pt-BR"),
    ("Women who followed the advice were only 3% less likely to develop the disease.",
     "As mulheres que seguiram o conselho eram apenas 3% menos propensas a desenvolver a doença.",
     "en", "pt-BR"),
    ("O valor da análise de dados não pode ser exagerado.",
     "The value of data analysis cannot be overstated.", "pt", "en"),
    ("No matter what the motivation for your renovation may be, plan the budget.",
     "Não importa qual seja a motivação para a sua reforma, planeje o orçamento.", "en", "pt-BR"),
    ("The boy who answered the phone couldn't possibly have been ruder to me.",
     "O menino que atendeu o telefone não teria sido mais rude comigo.", "en", "pt-BR"),
    ("Eu entendo que a Alemanha moderna deve ser separada do regime nazista.",
     "I understand that modern Germany has to be separated from the Nazi regime.", "pt", "en"),
    # copied untranslated (the tests' fake engine): the untranslated check's, not this one's
    ("The man allegedly stole a car from the parking lot on Friday.",
     "[pt] The man allegedly stole a car from the parking lot on Friday.", "en", "pt-BR"),
    ("He reportedly left.", "[pt] He reportedly left.", "en", "pt-BR"),
])
def test_a_hedge_kept_or_no_hedge_is_not_held(source: str, target: str, src: str,
                                              locale: str) -> None:  # fmt: skip
    assert not _held(source, target, src, locale)
