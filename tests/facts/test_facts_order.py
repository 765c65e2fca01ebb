"""An order in time, a place on the page or in a sequence, a bound, a superlative turned:
"before the vote" written "depois da votação", "the first time" written "a última vez",
"maximum" written "mínimo", "the most used" written "os menos usados" keep every number and
state the opposite fact (set K's before-after-flipped 0/12 and extreme-flipped 0/19 caught).
``check_direction`` reads ``[order]``, ``[position]``, ``[sequence]``, ``[adjacent]``,
``[bound]`` and ``[comparison]`` of ``locales/facts/<lang>.toml`` the way it reads
``[direction]``."""

from __future__ import annotations

import pytest

from translate.check import check_pair

_KINDS = ("order", "position", "sequence", "adjacent", "bound", "comparison", "quality")


def _blocking(source: str, target: str, src: str = "en", locale: str = "pt-BR") -> list[str]:
    done = check_pair(source, target, src, locale)
    return [f.message for f in done.blocking if f.data.get("kind") in _KINDS]


@pytest.mark.parametrize(("source", "target", "src", "locale"), [
    ("The law was passed before the 2020 election.",
     "A lei foi aprovada depois da eleição de 2020.", "en", "pt-BR"),
    ("Eles chegaram depois das 10 horas.", "They arrived before 10 o'clock.", "pt", "en"),
    ("It is the first time in 5 years.", "É a última vez em 5 anos.", "en", "pt-BR"),
    ("O último jogo teve 3 gols.", "The first game had 3 goals.", "pt", "en"),
    ("The maximum fine is $500.", "A multa mínima é de US$ 500.", "en", "pt-BR"),
    ("These are the most used 3 apps.", "Estes são os 3 aplicativos menos usados.", "en", "pt-BR"),
    ("See the 4 charts below.", "Veja os 4 gráficos acima.", "en", "pt-BR"),
    ("The fee is lower than 5%.", "A taxa é menos baixa do que 5%.", "en", "pt-BR"),
    ("The top 25 companies.", "As 25 piores empresas.", "en", "pt-BR"),
    ("The next 3 phases start in May.", "As 3 fases passadas começam em maio.", "en", "pt-BR"),
])
def test_a_turned_order_sequence_or_bound_is_blocking(
    source: str, target: str, src: str, locale: str
) -> None:
    assert _blocking(source, target, src, locale)


@pytest.mark.parametrize(("source", "target", "src", "locale"), [
    ("The law was passed before the 2020 election.",
     "A lei foi aprovada antes da eleição de 2020.", "en", "pt-BR"),
    ("They arrived after 10 o'clock.", "Eles chegaram após as 10 horas.", "en", "pt-BR"),
    ("It is the first time in 5 years.", "É a primeira vez em 5 anos.", "en", "pt-BR"),
    # "at last" is no place in a sequence; "last week" is relative time
    ("At last, 5 people came.", "Finalmente, 5 pessoas vieram.", "en", "pt-BR"),
    ("The maximum fine is $500.", "A multa máxima é de US$ 500.", "en", "pt-BR"),
    ("The fee is lower than 5%.", "A taxa é mais baixa do que 5%.", "en", "pt-BR"),
    # "at most" is no superlative; "most" as "the majority"
    ("At most 5 people came.", "No máximo 5 pessoas vieram.", "en", "pt-BR"),
    ("Most of the 40 people left.", "A maioria das 40 pessoas saiu.", "en", "pt-BR"),
    # the source's side said as often as the source says it: no flip
    ("In the latter half of 2022 and the first months of 2023.",
     "Na última metade de 2022 e nos primeiros meses de 2023.", "en", "pt-BR"),
    ("The next 3 phases start in May.", "As 3 próximas fases começam em maio.", "en", "pt-BR"),
    # "following" is also "after"; "earlier" written "anteriores" is the same order
    ("Confirming earlier reports, it saw 13 layoffs following its failure.",
     "Confirmando relatórios anteriores, viu 13 demissões após sua falha.", "en", "pt-BR"),
    # both sides in the source: not read
    ("It rained before and after the 2 games.", "Choveu antes e depois dos 2 jogos.", "en",
     "pt-BR"),
])
def test_a_kept_or_unreadable_order_is_not_flagged(
    source: str, target: str, src: str, locale: str
) -> None:
    assert not _blocking(source, target, src, locale)
