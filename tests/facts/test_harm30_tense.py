"""False tense holds of the probe29 sweep (``facts.check_tense``; data ``[tense] perfect`` of
``locales/facts/en.toml``, ``[tense] past`` of ``pt.toml``): "are gone" written "se foi" (the
old perfect of "be"), "fiquei empolgado" written "I was excited" (the preterite of "ficar" is a
past of "be": the "was" is not "Sou"'s), and "São Miguel" read as the verb "são" (a capitalised
word beginning a name in mid-sentence is no verb). The real segments
(UD_Portuguese-GSD test file, AP's crawler fixture) and the catches the rules must keep."""

from __future__ import annotations

import pytest

from translate.check import check_pair


def _tense(source: str, target: str, src: str, locale: str) -> list[str]:
    return [f.message for f in check_pair(source, target, src, locale).blocking
            if (f.data or {}).get("kind") == "tense"]  # fmt: skip


@pytest.mark.parametrize(("source", "target", "src", "locale"), [
    # ap-0 b4.s1
    ("Even the family livestock are gone.", "Até mesmo o gado da família se foi.", "en",
     "pt-BR"),
    # gsd-00 b1.s2: "was" is "fiquei"; "Sou" is "I'm"
    ("Sou fã de futebol, não gosto do Corinthians, fiquei empolgado com o Bóson de Higgs e "
     "tenho que descordar da postura da autora.",
     "I'm a football fan, I don't like Corinthians, I was excited about the Higgs boson and I "
     "have to wake up from the author's posture.", "pt", "en-US"),
    # gsd-01 b1.s0: "São Miguel", a place
    ("O agravamento de enfermidades levou a que não tivesse regressado a Angra, falecendo na "
     "ilha de São Miguel a 21 de Junho de 1772, ficando sepultado na Igreja Matriz de Ponta "
     "Delgada.",
     "The worsening of illnesses led him not to return to Angra, dying on the island of São "
     "Miguel on June 21, 1772, and was buried in the Mother Church of Ponta Delgada.", "pt",
     "en-US"),
    ("The war is over, the minister said.", "A guerra foi encerrada, disse o ministro.", "en",
     "pt-BR"),
])
def test_right_tense_is_not_held(source: str, target: str, src: str, locale: str) -> None:
    assert _tense(source, target, src, locale) == []


@pytest.mark.parametrize(("source", "target", "src", "locale"), [
    ("Even the family livestock are here.", "Até mesmo o gado da família estava aqui.", "en",
     "pt-BR"),
    ("Sou fã de futebol.", "I was a football fan.", "pt", "en-US"),
    # the verb "são" beside a name is still read
    ("Os moradores de São Paulo são contra o projeto.",
     "The residents of São Paulo were against the project.", "pt", "en-US"),
    ("São contra o projeto.", "They were against the project.", "pt", "en-US"),
    # "is over" before a number is no perfect
    ("The building is over 50 years old.", "O prédio foi antigo.", "en", "pt-BR"),
])
def test_wrong_tense_is_still_held(source: str, target: str, src: str, locale: str) -> None:
    assert any("a present made a past" in m for m in _tense(source, target, src, locale))
