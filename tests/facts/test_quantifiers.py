"""A quantity of another kind ("most" written "algumas", "todos" written "some", "muitos"
written "few") is blocking in both directions; the same kind said another way ("many" written
"vários"), a degree ("the most isolated", "most famously"), "as many as" and an adjective
("minority ownership") pass."""

from __future__ import annotations

import pytest

from translate.check import check_pair


def _quantifier(source: str, target: str, src: str, locale: str) -> list[str]:
    return [f.message for f in check_pair(source, target, src, locale).blocking
            if f.data.get("kind") == "quantifier"]  # fmt: skip


@pytest.mark.parametrize(("source", "target", "src", "locale"), [
    ("Most employees returned to the office.",
     "Alguns funcionários voltaram ao escritório.", "en", "pt-BR"),
    ("It would be the basis of all DSLRs to come.", "Seria a base de algumas DSLRs.", "en",
     "pt-BR"),
    ("Essa é uma das muitas preocupações dos críticos.",
     "This is one of few concerns of the critics.", "pt", "en"),
    ("A maioria dos eleitores votou.", "A minority of voters voted.", "pt", "en"),
])
def test_a_quantity_of_another_kind_is_blocking(
    source: str, target: str, src: str, locale: str
) -> None:
    assert _quantifier(source, target, src, locale), check_pair(source, target, src,
                                                                locale).findings  # fmt: skip


@pytest.mark.parametrize(("source", "target", "src", "locale"), [
    ("Most public servants returned to the office.",
     "A maioria dos funcionários públicos voltou ao escritório.", "en", "pt-BR"),
    ("Many companies use several tools.", "Várias empresas usam várias ferramentas.", "en",
     "pt-BR"),
    ("Sudan is one of the most isolated countries, and its attempt was largely unsuccessful.",
     "O Sudão é um dos países mais isolados, e sua tentativa foi em grande parte mal sucedida.",
     "en", "pt-BR"),
    ("As many as three launches, one each for the ascent and descent modules.",
     "Até três lançamentos, um cada um para os módulos de subida e descida.", "en", "pt-BR"),
    ("Women and minority ownership differ in several areas.",
     "A propriedade de mulheres e minorias difere em várias áreas.", "en", "pt-BR"),
    ("Frommer pôs os motores de busca uns contra os outros.",
     "Frommer put the search engines against each other.", "pt", "en"),
])
def test_the_same_kind_or_no_share_passes(source: str, target: str, src: str, locale: str) -> None:
    assert not _quantifier(source, target, src, locale)
