"""A full name of an English source of which the target writes no word was lost, with the clause
around it ("— Andrew Chen To combat this trend..." written "Para combater essa tendência...", a
real output of set K; "..., said Jon Sopel." written with the attribution gone): blocking. A
name the target keeps in part ("Nova York"), a translated institution whose words are ordinary
English ("the White House" -> "a Casa Branca"), a country's own name (CLDR: "Estados Unidos"),
a month or weekday, and a heading in title case pass."""

from __future__ import annotations

import pytest

from translate.check import check_pair


def _lost(source: str, target: str, src: str = "en", locale: str = "pt-BR") -> list[str]:
    return [f.message for f in check_pair(source, target, src, locale).blocking
            if "is nowhere in the target" in f.message]  # fmt: skip


@pytest.mark.parametrize(("source", "target", "name"), [
    ("— Andrew Chen To combat this trend and retain more daily active users, providing an "
     "exceptional mobile app user experience is key.",
     "Para combater essa tendência e reter usuários ativos mais diários, fornecer uma "
     "experiência de usuário de aplicativo móvel excepcional é fundamental.", "Andrew Chen"),
    ("The president did not sound convinced, the BBC's editor Jon Sopel said on the radio.",
     "O presidente não parecia convencido, disse o editor da BBC no rádio.", "Jon Sopel"),
])
def test_a_full_name_lost_is_blocking(source: str, target: str, name: str) -> None:
    messages = _lost(source, target)
    assert any(name in m for m in messages), messages


@pytest.mark.parametrize(("source", "target"), [
    ("The president did not sound convinced, the BBC's editor Jon Sopel said on the radio.",
     "O presidente não parecia convencido, disse o editor da BBC, Jon Sopel, no rádio."),
    ("The White House said on Monday that the United States would act in New York.",
     "A Casa Branca disse na segunda-feira que os Estados Unidos agiriam em Nova York."),
    ("Prices rose in January and fell on Tuesday, said officials in the French Alps.",
     "Os preços subiram em janeiro e caíram na terça-feira, disseram autoridades nos Alpes."),
    ("Best For Denim Size Range Up To Price Range Warp Weft Family Owned Natural Materials",
     "Melhor para a faixa de tamanho de jeans até a faixa de preço."),
    # a real output of the development pages (audit_facts_pages.py): "Low-code" is two ordinary
    # words, not a name
    ("Low-code AI platforms lower entry costs but may introduce long-term fees.",
     "Plataformas de IA de baixo código reduzem os custos de entrada, mas podem introduzir taxas "
     "de longo prazo."),
])
def test_kept_translated_and_title_case_names_pass(source: str, target: str) -> None:
    assert _lost(source, target) == []
