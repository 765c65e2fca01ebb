"""False holds of the facts gate on the engine's real outputs (facts34; the real outputs held
over sets A..AB, read and classed, and probe32's judged sweep: development data), each mended
by a general rule, and the true findings of the same checks kept.

* A modal denied by a negation placed where the grammar puts it, not right before the modal:
  "nem sequer conseguia", "nem sempre deve", "não sou capaz de", "there should be no",
  "should probably not" (``[modality] prohibition`` of ``locales/facts/{en,pt}.toml``);
* an amount said with a scale ("$1.2bn", "$1.2 billion") written in full digits ("US$
  1.200.000.000"): the same value, not an invented number (``facts.scaled_amounts``)."""

from __future__ import annotations

import pytest

from translate.check import check_pair


def _blocking(source: str, target: str, src: str = "en", locale: str = "pt-BR") -> list[str]:
    return [f"{f.check}: {f.message}" for f in check_pair(source, target, src, locale).blocking]


def _modal(source: str, target: str, src: str, locale: str) -> list[str]:
    return [m for m in _blocking(source, target, src, locale) if m.startswith("modality")]


_ENEMY = "“The enemy couldn’t even understand what had happened to them,” Sharif said."
_ENEMY_PT = ("“O inimigo nem sequer conseguia entender o que tinha acontecido com eles”, disse "
             "Sharif.")
_ABLE = 'He replied: "I am not able to do that."'
_ABLE_PT = 'Ele respondeu: "Eu não sou capaz de fazer isso".'
_ACCESS = "There should be no preferential access to government, the guidelines read."
_ACCESS_PT = "Não deve haver acesso preferencial ao governo, lê as diretrizes."


@pytest.mark.parametrize(("source", "target", "src", "locale"), [
    (_ENEMY, _ENEMY_PT, "en", "pt-BR"),
    (_ENEMY_PT, "“The enemy couldn't even understand what had happened to them,” Sharif said.",
     "pt", "en"),
    ("It suggests that the word shouldn't always be taken as a slur.",
     "Sugere que a palavra nem sempre deve ser tomada como um insulto.", "en", "pt-BR"),
    (_ABLE, _ABLE_PT, "en", "pt-BR"),
    (_ABLE_PT, _ABLE, "pt", "en"),
    (_ACCESS, _ACCESS_PT, "en", "pt-BR"),
    (_ACCESS_PT, _ACCESS, "pt", "en"),
    ("Você provavelmente não deveria estar fazendo isso.", "You should probably not be doing this.",
     "pt", "en"),
    ("We must never forget them.", "Nunca devemos esquecê-los.", "en", "pt-BR"),
])
def test_a_negated_modal_placed_otherwise_is_no_change(source: str, target: str, src: str,
                                                       locale: str) -> None:
    assert not _modal(source, target, src, locale)


@pytest.mark.parametrize(("source", "target", "src", "locale"), [
    (_ENEMY, "“O inimigo conseguia entender o que tinha acontecido com eles”, disse Sharif.",
     "en", "pt-BR"),
    (_ACCESS, "Deve haver acesso preferencial ao governo, lê as diretrizes.", "en", "pt-BR"),
    (_ACCESS_PT, "There should be preferential access to government, the guidelines read.",
     "pt", "en"),
    ("Você provavelmente não deveria estar fazendo isso.", "You should probably be doing this.",
     "pt", "en"),
    ("He replied that he is able to do that.", "Ele respondeu que não é capaz de fazer isso.",
     "en", "pt-BR"),
    ("You must register first.", "Você pode se registrar primeiro.", "en", "pt-BR"),
])
def test_a_modal_changed_is_still_held(source: str, target: str, src: str, locale: str) -> None:
    assert _modal(source, target, src, locale)


# probe32 (harm33-twins): an amount said with a scale and written in full digits, right
_BN = "Microsoft will invest $1.2bn over the next four years."
_BILLION = "Microsoft will invest $1.2 billion over the next four years."


@pytest.mark.parametrize(("source", "target", "src", "locale"), [
    (_BN, "A Microsoft investirá US$ 1.200.000.000 nos próximos quatro anos.", "en", "pt-BR"),
    (_BILLION, "A Microsoft investirá US$ 1.200.000.000 nos próximos quatro anos.", "en",
     "pt-BR"),
    ("A Microsoft investirá US$ 1,2 bilhão nos próximos quatro anos.",
     "Microsoft will invest $1,200,000,000 over the next four years.", "pt", "en"),
])
def test_a_scaled_amount_in_full_digits_is_no_change(source: str, target: str, src: str,
                                                     locale: str) -> None:
    assert not [m for m in _blocking(source, target, src, locale) if m.startswith("numbers")]


@pytest.mark.parametrize(("source", "target"), [
    (_BN, "A Microsoft investirá US$ 1.300.000.000 nos próximos quatro anos."),
    (_BN, "A Microsoft investirá US$ 120.000.000 nos próximos quatro anos."),
    (_BILLION, "A Microsoft investirá US$ 1.200.000 nos próximos quatro anos."),
    (_BILLION, "A Microsoft investirá US$ 12.000.000.000 nos próximos quatro anos."),
])
def test_a_scaled_amount_changed_is_still_held(source: str, target: str) -> None:
    assert [m for m in _blocking(source, target) if m.startswith("numbers")]
