"""An added negation the count let through: a source's "not" counted twice (once as a negation
word, once as a negation a translation may add), so a second "não" went by; a word that only
looks prefix-negated ("information", "illegal" written "ilegais") counted as a negation the
target may write; and "até"/"until" before an amount ("até 4 km", "up to") counted as a cue.
Each is counted once, or not at all, now; in both directions."""

from __future__ import annotations

import pytest

from translate.check import check_pair


def _added(source: str, target: str, src: str = "en", locale: str = "pt-BR") -> list[str]:
    done = check_pair(source, target, src, locale)
    return [f.message for f in done.blocking if "source has no negation" in f.message]


@pytest.mark.parametrize(("source", "target", "src", "locale"), [
    # one "not" in the source, two in the target
    ("He did not say that the 2 plans are new.",
     "Ele não disse que os 2 planos não são novos.", "en", "pt-BR"),
    ("Ele não disse que os 2 planos são novos.",
     "He did not say that the 2 plans are not new.", "pt", "en"),
    # a prefix the target writes as a prefix: no negation is left for "não" to render
    ("The UN said the 5 settlements are illegal.",
     "A ONU disse que os 5 assentamentos não são ilegais.", "en", "pt-BR"),
    ("Experts warned about disinformation on 3 platforms.",
     "Especialistas não alertaram sobre desinformação em 3 plataformas.", "en", "pt-BR"),
    # "até"/"until" before an amount is "up to", never "not until"
    ("O drone tem alcance de até 4 km.", "The drone does not have a range of up to 4 km.",
     "pt", "en"),
    ("The offer runs until 2030.", "A oferta não vai até 2030.", "en", "pt-BR"),
])
def test_a_negation_added_past_the_count_is_blocking(
    source: str, target: str, src: str, locale: str
) -> None:
    assert _added(source, target, src, locale)


@pytest.mark.parametrize(("source", "target", "src", "locale"), [
    # a prefix written with "não": the negation the target has
    ("It remains one of the 5 most difficult unsolved puzzles.",
     "Continua a ser um dos 5 quebra-cabeças não resolvidos mais difíceis.", "en", "pt-BR"),
    ("Starship can return an unspecified amount of 100 tons.",
     "A Starship pode retornar uma quantidade não especificada de 100 toneladas.",
     "en", "pt-BR"),
    # an English phrase the source left in English and the target copies
    ("Muito Longo; Didn't Read: a indústria cresce 21% ao ano.",
     "Very Long; Didn't Read: the industry grows 21% per year.", "pt", "en"),
    # "até" before a word is still a cue ("until": "not ... until")
    ("Ela trabalhou até o fim dos 3 anos.",
     "She did not stop working until the end of the 3 years.", "pt", "en"),
])
def test_a_negation_the_source_explains_passes(
    source: str, target: str, src: str, locale: str
) -> None:
    assert not _added(source, target, src, locale)


@pytest.mark.parametrize(("source", "target", "src", "locale"), [
    ("A atriz de 42 anos foi votada fora da competição na segunda-feira.",
     "The 42-year-old actress was not voted out of the competition on Monday.", "pt", "en"),
    ("Os protestos se expandiram contra o governo em 2019.",
     "The protests did not expand against the government in 2019.", "pt", "en"),
    ("The 3 lights were switched off at 9 p.m.", "As 3 luzes não foram desligadas às 21h.",
     "en", "pt-BR"),
])
def test_out_off_and_against_words_are_no_cue(
    source: str, target: str, src: str, locale: str
) -> None:
    assert _added(source, target, src, locale)
