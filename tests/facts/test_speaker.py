"""A quote or a claim given to someone else (``facts.check_speaker_lost``; data ``[names] say``
and ``not_speaker_after`` of ``locales/facts/{en,pt}.toml``): the source's speaker nowhere in the
target, or a target's speaker the source does not name; and the false holds read on the real
outputs of sets A..W in the twenty-eighth pass ("authorities in Beijing announced", "Canadian
Centre for Cyber Security warned": a complement, not the speaker)."""

from __future__ import annotations

import pytest

from translate.check import check_pair

_SPEAKER = "gives its words to"


def _held(source: str, target: str, src: str = "en", locale: str = "pt-BR") -> list[str]:
    return [f.message for f in check_pair(source, target, src, locale).blocking
            if _SPEAKER in f.message]  # fmt: skip


@pytest.mark.parametrize(("source", "target", "src", "locale"), [
    # the source's speaker lost, another name in its place (set W's rows, development)
    ("The energy industry is driving the economic expansion in 12 of the 13 states leading "
     "growth since the recession ended, Herrmann said.",
     "A indústria de energia está impulsionando a expansão econômica em 12 dos 13 estados "
     "liderando o crescimento desde o fim da recessão, disse Mitchell Johnson.", "en", "pt-BR"),
    ("“There is no pressure to raise interest rates this year and into next given that many "
     "parts of the country have a surfeit of unemployed and underemployed workers,” said Mark "
     "Zandi, chief economist at Moody’s Analytics Inc. in West Chester, Pennsylvania.",
     "\"Não há nenhuma pressão para aumentar as taxas de juros este ano e para o próximo, uma "
     "vez que muitas partes do país têm um surfeit de trabalhadores desempregados e "
     "subempregados\", disse Heritage Foundation, economista-chefe da Moody's Analytics Inc. em "
     "West Chester, Pensilvânia.",
     "en", "pt-BR"),
    # the target's speaker is no one the source names (the source's language has no dictionary)
    ("A indústria de energia está impulsionando a expansão econômica em 12 dos 13 estados, "
     "disse Herrmann.",
     "The energy industry is driving economic expansion in 12 of the 13 states, Andrew Cuomo "
     "said.", "pt", "en"),
])
def test_a_claim_given_to_someone_else_is_blocking(source: str, target: str, src: str,
                                                   locale: str) -> None:  # fmt: skip
    assert _held(source, target, src, locale)


@pytest.mark.parametrize(("source", "target", "src", "locale"), [
    # the speaker kept, or moved with its verb
    ("The energy industry is driving the economic expansion in 12 of the 13 states leading "
     "growth since the recession ended, Herrmann said.",
     "A indústria de energia está impulsionando a expansão econômica em 12 dos 13 estados "
     "liderando o crescimento desde o fim da recessão, disse Herrmann.", "en", "pt-BR"),
    ("The energy industry is driving the economic expansion in 12 of the 13 states leading "
     "growth since the recession ended, Herrmann said.",
     "Segundo Herrmann, a indústria de energia está impulsionando a expansão econômica em 12 "
     "dos 13 estados desde o fim da recessão.", "en", "pt-BR"),
    # real outputs of sets G and I: a name after "in"/"for" is a noun's complement
    ("As Emily Feng reports for NPR, the first cases came to light last week, when authorities "
     "in Beijing announced that two infected individuals sought treatment at a hospital in the "
     "capital.",
     "Como Emily Feng relata para a NPR, os primeiros casos vieram à luz na semana passada, "
     "quando as autoridades em Pequim anunciaram que dois indivíduos infectados procuraram "
     "tratamento em um hospital na capital.", "en", "pt-BR"),
    ("October 2025: Canadian Centre for Cyber Security warned that hacktivist groups have "
     "exploited industrial control systems at critical infrastructure sites.",
     "Outubro de 2025: O Centro Canadense de Segurança Cibernética alertou que grupos "
     "hacktivistas exploraram sistemas de controle industrial em locais de infraestrutura "
     "crítica.", "en", "pt-BR"),
    # a speaker of common words is translated, not kept
    ("The bridge will stay closed for at least three more weeks while engineers inspect it, "
     "the White House said on a call with reporters.",
     "A ponte ficará fechada por pelo menos mais três semanas enquanto os engenheiros a "
     "inspecionam, disse a Casa Branca em uma ligação com repórteres.", "en", "pt-BR"),
    ("A ponte ficará fechada por pelo menos mais três semanas enquanto os engenheiros a "
     "inspecionam, disse a Casa Branca.",
     "The bridge will stay closed for at least three more weeks while engineers inspect it, "
     "the White House said.", "pt", "en"),
])
def test_a_speaker_kept_or_translated_is_not_held(source: str, target: str, src: str,
                                                  locale: str) -> None:  # fmt: skip
    assert not _held(source, target, src, locale)
