"""A future said to have happened ("will be released" written "foi lançado", "estará" written
"was") or a past announced ("was" written "estará") is blocking in both directions. The future
kept ("será lançado"), a future said in the present ("will air" written "vai ao ar"), "we'll
see" beside "tivemos" (a contraction and a past of "ter" the source also has), a name with a
future's ending ("Esquadrão") and "fora" (outside) pass."""

from __future__ import annotations

import pytest

from translate.check import check_pair


def _tense(source: str, target: str, src: str, locale: str) -> list[str]:
    return [f.message for f in check_pair(source, target, src, locale).blocking
            if f.data.get("kind") == "tense"]  # fmt: skip


@pytest.mark.parametrize(("source", "target", "src", "locale"), [
    ("Nintendo announced that the Switch 2 will be released in 2025.",
     "A Nintendo anunciou que o Switch 2 foi lançado em 2025.", "en", "pt-BR"),
    ("More than 60% will have relapses.", "Mais de 60% tiveram recaídas.", "en", "pt-BR"),
    ("O Xbox Series X estará disponível em uma nova variante digital.",
     "The Xbox Series X was available in a new digital variant.", "pt", "en"),
    ("The plane was part of the rescue squadron.", "O avião estará na esquadra de resgate.",
     "en", "pt-BR"),
    # the preterite of "ficar" is a past of "be" since harm30 ("fiquei empolgado", "I was
    # excited"): this row passed before as a tense moved with no such form, and is caught now
    ("The dogs will stay outside.", "Os cães ficaram lá fora.", "en", "pt-BR"),
])
def test_a_tense_turned_is_blocking(source: str, target: str, src: str, locale: str) -> None:
    assert _tense(source, target, src, locale), check_pair(source, target, src, locale).findings


@pytest.mark.parametrize(("source", "target", "src", "locale"), [
    ("Nintendo announced that the Switch 2 will be released in 2025.",
     "A Nintendo anunciou que o Switch 2 será lançado em 2025.", "en", "pt-BR"),
    ("The show will air on Monday.", "O show vai ao ar na segunda.", "en", "pt-BR"),
    ("I spoke to him yesterday, we had a very good talk and we'll see whether that's his.",
     "Falei com ele ontem, tivemos uma boa conversa e veremos se isso é dele.", "en", "pt-BR"),
    ("Mashable confirmed that the plane was part of the 102nd Rescue Squadron.",
     "Mashable confirmou que o avião fazia parte do 102º Esquadrão de Resgate.", "en", "pt-BR"),
    ("The dogs will stay outside.", "Os cães ficarão lá fora.", "en", "pt-BR"),
])
def test_a_tense_kept_passes(source: str, target: str, src: str, locale: str) -> None:
    assert not _tense(source, target, src, locale)


@pytest.mark.parametrize(("source", "target", "src", "locale"), [
    ("The company is the largest employer in the region.",
     "A empresa foi a maior empregadora da região.", "en", "pt-BR"),
    ("Os dados são públicos e estão disponíveis.", "The data were public and are available.",
     "pt", "en"),
])
def test_a_present_made_a_past_is_blocking(
    source: str, target: str, src: str, locale: str
) -> None:
    assert _tense(source, target, src, locale), check_pair(source, target, src, locale).findings


@pytest.mark.parametrize(("source", "target", "src", "locale"), [
    ("The company is the largest employer in the region.",
     "A empresa é a maior empregadora da região.", "en", "pt-BR"),
    ("The first thing I would do, of course, is to write it, if I was a leader.",
     "Se eu fosse um líder, a primeira coisa que eu faria, é claro, seria escrevê-lo.", "en",
     "pt-BR"),
    ("A primeira coisa, é claro, é que eu escreveria se fosse um líder.",
     "The first thing, of course, is that I would write if I was a leader.", "pt", "en"),
])
def test_a_present_kept_or_an_idiom_passes(
    source: str, target: str, src: str, locale: str
) -> None:
    assert not _tense(source, target, src, locale)
