"""A verb after a preposition that the target drops, its object left in its place, lost the
action: "Após rechaçar um encontro da seleção" written "After a meeting of the team" (a real
output of set L), "after rejecting the offer, he left" written "após a oferta, ele saiu":
blocking in both directions. The action said as a noun ("after purchasing your trip" written
"após a compra de sua viagem"), a clause ("after the team won"), the verb kept, and a verb with
no object ("after logging in" written "após o login") pass."""

from __future__ import annotations

import pytest

from translate.check import check_pair


def _action(source: str, target: str, src: str, locale: str) -> list[str]:
    return [f.message for f in check_pair(source, target, src, locale).blocking
            if "the action is gone" in f.message]  # fmt: skip


@pytest.mark.parametrize(("source", "target", "src", "locale"), [
    ("Após rechaçar um encontro da seleção brasileira com o presidente eleito, o técnico "
     "declarou que errou.",
     "After a meeting of the Brazilian national team with the elected president, the coach "
     "declared that he erred.", "pt", "en"),
    ("After rejecting the offer, he left the room.", "Após a oferta, ele saiu da sala.",
     "en", "pt-BR"),
    ("She left without paying the bill.", "Ela saiu sem a conta.", "en", "pt-BR"),
])
def test_an_action_dropped_is_blocking(source: str, target: str, src: str, locale: str) -> None:
    assert _action(source, target, src, locale), check_pair(source, target, src, locale).findings


@pytest.mark.parametrize(("source", "target", "src", "locale"), [
    ("You must buy it no more than 21 days after purchasing your trip, and cancel it later.",
     "Você deve comprá-lo não mais do que 21 dias após a compra de sua viagem, e cancelar "
     "depois.", "en", "pt-BR"),
    ("Após vencer o jogo, o time comemorou.", "After the team won the game, they celebrated.",
     "pt", "en"),
    ("Após rechaçar um encontro, o técnico viajou.",
     "After rejecting a meeting, the coach traveled.", "pt", "en"),
    ("Items are displayed automatically after logging in to the game.",
     "Itens são exibidos automaticamente após o login no jogo.", "en", "pt-BR"),
])
def test_the_action_kept_or_said_as_a_noun_passes(
    source: str, target: str, src: str, locale: str
) -> None:
    assert _action(source, target, src, locale) == []
