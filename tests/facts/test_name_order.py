"""Two names the source and the target write the same way keep their order: swapped ("the
agreement with Verizon lets Yahoo end the deal" written "... com a Yahoo permite que a
Verizon ...") who did what to whom is turned, and it is blocking in both directions. An order a
genitive turns ("Apple's iPhone" -> "o iPhone da Apple"; "Trinity Academy junior Ben Patton" ->
"Ben Patton, júnior da Trinity Academy") passes, and so do the names in their order."""

from __future__ import annotations

import pytest

from translate.check import check_pair


def _name_order(source: str, target: str, src: str, locale: str) -> list[str]:
    return [f.message for f in check_pair(source, target, src, locale).blocking
            if "who did what to whom" in f.message]  # fmt: skip


@pytest.mark.parametrize(("source", "target", "src", "locale", "first"), [
    ("The agreement with Verizon allows Yahoo to terminate the deal.",
     "O acordo com a Yahoo permite que a Verizon encerre o acordo.", "en", "pt-BR", "Verizon"),
    ("Cook told Benioff that the deal was done.",
     "Benioff disse a Cook que o acordo estava fechado.", "en", "pt-BR", "Cook"),
    ("Last week, Nathalie D'Hers thanked Satya Nadella for the plan.",
     "Na semana passada, Satya Nadella agradeceu a Nathalie D'Hers pelo plano.", "en", "pt-BR",
     "Nathalie"),
    ("O Flamengo venceu o Palmeiras por dois a um.",
     "Palmeiras beat Flamengo two to one.", "pt", "en", "Flamengo"),
    ("A Autoridade Palestina disse que Abbas vai processar Netanyahu.",
     "The Palestinian Authority said Netanyahu will sue Abbas.", "pt", "en", "Abbas"),
])
def test_two_names_swapped_are_blocking(
    source: str, target: str, src: str, locale: str, first: str
) -> None:
    messages = _name_order(source, target, src, locale)
    assert any(f"source names {first!r} before" in m for m in messages), messages


@pytest.mark.parametrize(("source", "target", "src", "locale"), [
    ("The agreement with Verizon allows Yahoo to terminate the deal.",
     "O acordo com a Verizon permite que o Yahoo encerre o acordo.", "en", "pt-BR"),
    ("Martin Scorsese’s Netflix gangster movie had another disappointing night.",
     "O filme de gangster da Netflix de Martin Scorsese teve outra noite decepcionante.",
     "en", "pt-BR"),
    ("Trinity Academy junior Ben Patton added to his collection of titles.",
     "Ben Patton, júnior da Trinity Academy, acrescentou à sua coleção de títulos.",
     "en", "pt-BR"),
    ("This article misidentified the publisher of John M. Ford’s novel Web of Angels.",
     "Este artigo identificou mal o editor do romance Web of Angels de John M. Ford.",
     "en", "pt-BR"),
    ("James jogou pelo Lakers, líder da NBA, que venceu.",
     "James played for the NBA leader Lakers, who won.", "pt", "en"),
    ("As ações do Alibaba ficaram com a Remain Co.",
     "Alibaba's shares stayed with Remain Co.", "pt", "en"),
    # a code is a model, written after its noun in Portuguese, not an actor
    ("We will likely see the K3 dual-core SoC soon.",
     "Provavelmente veremos o SoC dual-core K3 em breve.", "en", "pt-BR"),
])
def test_names_in_order_or_turned_by_a_genitive_pass(
    source: str, target: str, src: str, locale: str
) -> None:
    assert _name_order(source, target, src, locale) == []
