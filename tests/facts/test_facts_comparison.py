"""A comparison turned: "the largest city" written "a menor cidade", "higher" written "mais
baixos", "melhor" written "worst" keep every number and state the opposite fact (set J's
comparison-flipped mutations were 0/24 caught). ``check_direction`` reads ``[comparison]`` and
``[quality]`` of ``locales/facts/<lang>.toml`` the way it reads ``[direction]``."""

from __future__ import annotations

import pytest

from translate.check import check_pair


def _blocking(source: str, target: str, src: str = "en", locale: str = "pt-BR") -> list[str]:
    done = check_pair(source, target, src, locale)
    return [f.message for f in done.blocking
            if f.data.get("kind") in ("comparison", "quality")]  # fmt: skip


@pytest.mark.parametrize(("source", "target", "src", "locale"), [
    ("The city is the largest in the state.", "A cidade é a menor do estado.", "en", "pt-BR"),
    ("Prices are higher than last year.", "Os preços estão mais baixos do que no ano passado.",
     "en", "pt-BR"),
    ("North Dakota has the third-lowest unemployment rate in the nation, at 2.4%.",
     "Dakota do Norte tem a terceira maior taxa de desemprego no país, em 2,4%.", "en", "pt-BR"),
    ("Fewer than 10 people came.", "Mais de 10 pessoas vieram.", "en", "pt-BR"),
    # "increased" before a noun is a comparison ("an increased risk": "um risco maior")
    ("It brings an increased risk of 2 outages.", "Traz um menor risco de 2 quedas.", "en",
     "pt-BR"),
    ("O time teve o melhor ano desde 2010.", "The team had its worst year since 2010.", "pt", "en"),
    ("A inflação foi menor em 2023.", "Inflation was higher in 2023.", "pt", "en"),
])
def test_a_turned_comparison_is_blocking(source: str, target: str, src: str, locale: str) -> None:
    assert _blocking(source, target, src, locale)


@pytest.mark.parametrize(("source", "target", "src", "locale"), [
    ("The city is the largest in the state.", "A cidade é a maior do estado.", "en", "pt-BR"),
    ("Prices are higher than last year.", "Os preços estão mais altos do que no ano passado.",
     "en", "pt-BR"),
    # "pelo menos", "a menos que", "mais ou menos" are not comparisons
    ("At least 5 people died.", "Pelo menos 5 pessoas morreram.", "en", "pt-BR"),
    ("Unless it rains, 5 teams will play.", "A menos que chova, 5 equipes vão jogar.", "en",
     "pt-BR"),
    ("More or less 30 people came.", "Mais ou menos 30 pessoas vieram.", "en", "pt-BR"),
    # both sides in the source: not read
    ("Larger classes did worse than smaller ones.", "Turmas menores foram piores que as maiores.",
     "en", "pt-BR"),
    ("O time teve o melhor ano desde 2010.", "The team had its best year since 2010.", "pt", "en"),
    ("It brings an increased risk of 2 outages.", "Traz um risco maior de 2 quedas.", "en",
     "pt-BR"),
])
def test_a_kept_or_unreadable_comparison_is_not_flagged(
    source: str, target: str, src: str, locale: str
) -> None:
    assert not _blocking(source, target, src, locale)
