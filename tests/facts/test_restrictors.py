"""A restriction dropped ("only 5 people" written "5 pessoas", "just 3-12 months" written "3-12
meses", "apenas três meses" written "three months", "Só brincando!" written "So joking!", a
real output of set H) is blocking in both directions. "only" said another way ("a única
pessoa", "just 5"), "just" that is not a restrictor ("I just arrived"), "em um só lugar" (in
one place) and a name ("One&Only Resorts", a real page) pass."""

from __future__ import annotations

import pytest

from translate.check import check_pair


def _restrictor(source: str, target: str, src: str, locale: str) -> list[str]:
    return [f.message for f in check_pair(source, target, src, locale).blocking
            if f.data.get("kind") == "restrictor"]  # fmt: skip


@pytest.mark.parametrize(("source", "target", "src", "locale"), [
    ("Only 5 people came to the meeting.", "5 pessoas vieram à reunião.", "en", "pt-BR"),
    ("Learn specialized skills in just 3-12 months.", "Aprenda habilidades especializadas em "
     "3-12 meses.", "en", "pt-BR"),
    ("Ele ficou apenas três meses no cargo.", "He stayed three months in office.", "pt", "en"),
    ("Não há nada cínico sobre este filme, e não há para dizermos: \"Só brincando!\"",
     "There's nothing cynical about this film, and there's no way to say, \"So joking!\"", "pt",
     "en"),
])
def test_a_restriction_dropped_is_blocking(source: str, target: str, src: str,
                                           locale: str) -> None:  # fmt: skip
    assert _restrictor(source, target, src, locale), check_pair(source, target, src,
                                                                locale).findings  # fmt: skip


@pytest.mark.parametrize(("source", "target", "src", "locale"), [
    ("She is the only person here.", "Ela é a única pessoa aqui.", "en", "pt-BR"),
    ("Apenas 5 pessoas vieram.", "Just 5 people came.", "pt", "en"),
    ("I just arrived with two bags.", "Acabei de chegar com duas malas.", "en", "pt-BR"),
    ("Você pode acompanhar o progresso em um só lugar.", "You can track progress in one place.",
     "pt", "en"),
    ("Official website: One&Only Resorts", "Site oficial: One&Only Resorts", "en", "pt-BR"),
])
def test_a_restriction_kept_passes(source: str, target: str, src: str, locale: str) -> None:
    assert not _restrictor(source, target, src, locale)
