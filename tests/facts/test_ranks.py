"""A rank or an issue number ("#1", "No. 3", "nº 5") is a fact the number check does not read
("#N" is not a quantity). Written as a negative number ("(#10)" -> "(-10)", the engine's own
error) or dropped ("(#1)" gone, "Tip #3:" -> "Dica:", a real output of set J), it is blocking in
both directions. Kept with any sign or none ("nº 1", the engine's "no 130", "1"), as an ordinal
("2º lugar", "segundo"), or first place said with a word ("the #1 enemy" -> "o principal
inimigo"), it passes; localize leaves its digits as written ("#1300" is not grouped)."""

from __future__ import annotations

import pytest

from translate.check import check_pair


def _rank(source: str, target: str, src: str, locale: str) -> list[str]:
    return [f.message for f in check_pair(source, target, src, locale).blocking
            if "a rank or issue number" in f.message]  # fmt: skip


@pytest.mark.parametrize(("source", "target", "src", "locale"), [
    ("The team (#10) won the league.", "A equipe (-10) venceu a liga.", "en", "pt-BR"),
    ("The team (#1) won the league.", "A equipe venceu a liga.", "en", "pt-BR"),
    ("Tip #3: Trends Can Be Your Friend this year.", "Dica: As tendências podem ser sua amiga "
     "este ano.", "en", "pt-BR"),
    ("Lacerte ranked No. 2 for CPAs in the 2024 survey.",
     "Lacerte ficou em -2 para CPAs na pesquisa de 2024.", "en", "pt-BR"),
    ("A equipe nº 5 venceu a liga em 2024.", "The team won the league in 2024.", "pt", "en"),
    ("Couple this book with her other book, 'Drawing On The Right Side of The Brain' (#1).",
     "Combine este livro com o outro livro dela, 'Drawing On The Right Side of The Brain' (em "
     "inglês).", "en", "pt-BR"),
    ("A equipe nº 5 venceu a liga em 2024.", "The team -5 won the league in 2024.", "pt", "en"),
])
def test_a_rank_dropped_or_made_negative_is_blocking(source: str, target: str, src: str,
                                                     locale: str) -> None:  # fmt: skip
    assert _rank(source, target, src, locale), check_pair(source, target, src, locale).findings


@pytest.mark.parametrize(("source", "target", "src", "locale"), [
    ("Welcome to cron.weekly issue #130.", "Bem-vindo à edição cron.weekly no 130.", "en",
     "pt-BR"),
    ("Welcome to cron.weekly issue #1300.", "Bem-vindo à edição cron.weekly nº 1300.", "en",
     "pt-BR"),
    ("Lacerte ranked No. 2 for CPAs in the 2024 survey.",
     "Lacerte ficou em 2º lugar para CPAs na pesquisa de 2024.", "en", "pt-BR"),
    ("Tripadvisor held the #5 spot for years.", "O Tripadvisor ocupou o quinto lugar por anos.",
     "en", "pt-BR"),
    ("I believe the #1 enemy of progress is the flood of information.",
     "Acredito que o principal inimigo do progresso é a enxurrada de informações.", "en",
     "pt-BR"),
    ("Rates fell to -3 after the #3 bank cut them.", "As taxas caíram para -3 depois que o banco "
     "nº 3 as cortou.", "en", "pt-BR"),
    ("See &#39;page#3&#39; for more.", "Veja &#39;page#3&#39; para mais.", "en", "pt-BR"),
])
def test_a_rank_kept_passes(source: str, target: str, src: str, locale: str) -> None:
    assert not _rank(source, target, src, locale)


def test_localize_leaves_a_rank_as_written() -> None:
    result = check_pair("Welcome to issue #1300.", "Bem-vindo à edição #1300.", "en", "pt-BR")
    assert "#1300" in result.text
    assert not result.blocking
