"""An additive negation made plain ("not only thinner" written "não mais fino") says the
opposite of what it negated and is blocking, in both directions, and so is the reverse ("did
not win" written "não só venceu"); an additive negation written as another ("não apenas",
"não só", "não é apenas"), or as "além de", passes."""

from __future__ import annotations

import pytest

from translate.check import check_pair


def _blocking(source: str, target: str, src: str, locale: str) -> list[str]:
    return [f.message for f in check_pair(source, target, src, locale).blocking]


@pytest.mark.parametrize(("source", "target", "src", "locale", "said"), [
    ("That makes the headset not only thinner but also more comfortable to wear.",
     "Isso torna o fone de ouvido não mais fino, mas também mais confortável de usar.",
     "en", "pt-BR", "not only"),
    ("The solution lies not just in technology, but in better governance.",
     "A solução não está na tecnologia, mas em melhor governança.", "en", "pt-BR", "not just"),
    ("Being quick not only raises our chance of a deal, but it means we don't pay more.",
     "Ser rápido não aumenta nossa chance de um acordo, mas significa que não pagamos mais.",
     "en", "pt-BR", "not only"),
    ("A personalização não só aumenta o engajamento, mas também melhora as taxas de conversão.",
     "Personalization does not increase engagement, but also improves conversion rates.",
     "pt", "en", "não só"),
    ("O programa não apenas ensina palavras, mas também como usá-las.",
     "The program does not teach words, but also how to use them.", "pt", "en", "não apenas"),
    # an "also" further on ("as well as", "bem como") does not make the plain negation additive
    ("Not only will the club train you, it will also pay you, as well as find you a house.",
     "Não o clube vai treiná-lo, ele também vai pagar você, bem como encontrar uma casa.",
     "en", "pt-BR", "Not only"),
    ("O clube não só vai treinar você, mas também vai pagar, além de achar uma casa.",
     "The club will not train you, but will also pay, besides finding a house.",
     "pt", "en", "não só"),
])
def test_an_additive_negation_made_plain_is_blocking(
    source: str, target: str, src: str, locale: str, said: str
) -> None:
    messages = _blocking(source, target, src, locale)
    assert any(f"source says {said!r}" in m and "plain negation" in m for m in messages), messages


@pytest.mark.parametrize(("source", "target", "src", "locale"), [
    ("He did not win the race.", "Ele não só venceu a corrida.", "en", "pt-BR"),
    ("Ele não venceu a corrida.", "He not only won the race.", "pt", "en"),
])
def test_a_plain_negation_made_additive_is_blocking(
    source: str, target: str, src: str, locale: str
) -> None:
    messages = _blocking(source, target, src, locale)
    assert any("no such additive negation" in m for m in messages), messages


@pytest.mark.parametrize(("source", "target", "src", "locale"), [
    ("That makes the headset not only thinner but also more comfortable to wear.",
     "Isso torna o fone de ouvido não só mais fino, mas também mais confortável de usar.",
     "en", "pt-BR"),
    ("That makes the headset not only thinner but also more comfortable to wear.",
     "Isso torna o fone de ouvido não somente mais fino, mas também mais confortável de usar.",
     "en", "pt-BR"),
    ("The solution lies not just in technology, but in better governance.",
     "A solução não está apenas na tecnologia, mas em melhor governança.", "en", "pt-BR"),
    ("That makes the headset not only thinner but also more comfortable to wear.",
     "Além de mais fino, o fone de ouvido é mais confortável de usar.", "en", "pt-BR"),
    ("Tim Kaine isn’t Mike Pence’s only opponent on Tuesday night.",
     "Tim Kaine não é apenas o oponente de Mike Pence na terça-feira à noite.", "en", "pt-BR"),
    ("We should be a society of free people, not simply one of managers.",
     "Devemos ser uma sociedade de pessoas livres, não apenas uma de gestores.", "en", "pt-BR"),
    ("A personalização não só aumenta o engajamento, mas também melhora as taxas de conversão.",
     "Personalization not only increases engagement, but also improves conversion rates.",
     "pt", "en"),
    ("A personalização não só aumenta o engajamento, mas também melhora as taxas de conversão.",
     "Personalization not just increases engagement, but also improves conversion rates.",
     "pt", "en"),
    ("This trend is not just about improving technical aspects; it is also about people.",
     "Esta tendência não se trata apenas de melhorar aspectos técnicos; é também sobre pessoas.",
     "en", "pt-BR"),
    ("Você não está meramente aprendendo escalas, mas abraçando vantagens.",
     "You're not merely learning scales, but embracing perks.", "pt", "en"),
    ("Blockchain is maturing and it's no longer just about cryptocurrency.",
     "O blockchain está amadurecendo e não é mais apenas sobre criptomoeda.", "en", "pt-BR"),
    ("He did not win the race and never tried again.",
     "Ele não venceu a corrida e nunca mais tentou.", "en", "pt-BR"),
])
def test_an_additive_negation_kept_passes(source: str, target: str, src: str, locale: str) -> None:
    messages = [m for m in _blocking(source, target, src, locale) if "additive" in m
                or "plain negation" in m]  # fmt: skip
    assert messages == []
