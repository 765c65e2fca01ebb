"""A day dropped ("ontem" or "today" lost) is blocking in both directions; the day kept, a name
copied as written ("USA TODAY"), "today's" as an adjective ("atuais") and idioms that name no
day ("hoje em dia", "até hoje") pass."""

from __future__ import annotations

import pytest

from translate.check import check_pair


def _days(source: str, target: str, src: str, locale: str) -> list[str]:
    return [f.message for f in check_pair(source, target, src, locale).blocking
            if f.data.get("kind") == "day-word"]  # fmt: skip


@pytest.mark.parametrize(("source", "target", "src", "locale"), [
    ("The minister resigned yesterday after the vote.",
     "O ministro renunciou após a votação.", "en", "pt-BR"),
    ("O presidente fala hoje com os jornalistas.",
     "The president speaks with the journalists.", "pt", "en"),
    ("The results will be announced tonight.", "Os resultados serão anunciados.", "en", "pt-BR"),
])
def test_a_day_dropped_is_blocking(source: str, target: str, src: str, locale: str) -> None:
    assert _days(source, target, src, locale), check_pair(source, target, src, locale).findings


@pytest.mark.parametrize(("source", "target", "src", "locale"), [
    ("The minister resigned yesterday after the vote.",
     "O ministro renunciou ontem após a votação.", "en", "pt-BR"),
    ("(Photo: Brett Davis, USA TODAY Sports) Houston promoted its coordinator.",
     "(Foto: Brett Davis, USA TODAY Sports) Houston promoveu seu coordenador.", "en", "pt-BR"),
    ("Data analysis is crucial in today's businesses.",
     "A análise de dados é crucial nos negócios atuais.", "en", "pt-BR"),
    ("Hoje em dia, a análise de dados é crucial.", "Nowadays, data analysis is crucial.", "pt",
     "en"),
    ("Foi a melhor notícia da nossa carreira até hoje.",
     "It was the best news of our career to date.", "pt", "en"),
])
def test_a_day_kept_or_no_day_passes(source: str, target: str, src: str, locale: str) -> None:
    assert not _days(source, target, src, locale)
