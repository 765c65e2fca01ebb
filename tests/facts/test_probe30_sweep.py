"""False blocking findings of the probe30 sweep (gensim's Lee corpus, ABC news of December 2001,
English -> pt-BR; the sweep is a development set): a speed written with "an hour" read as a
length ("from 110 kilometres an hour to 80" written "de 110 quilômetros por hora para 80": "the
unit changed"; ``[quantities.units]`` of ``locales/languages/en.toml``), and the perfect of
"there is" written with the preterite of "haver" ("there hasn't been much relief" written "não
houve muito alívio": "a present made a past"; ``[tense] perfect`` of ``locales/facts/en.toml``).
The catches next to them stay."""

from __future__ import annotations

import pytest

from translate.check import check_pair


def _blocking(source: str, target: str) -> list[str]:
    return [f.message for f in check_pair(source, target, "en", "pt-BR").blocking]


@pytest.mark.parametrize(("source", "target"), [
    # lee-09 b0.s1
    ("Motorists are being asked to avoid the Hume Highway between Picton Road and the Illawarra "
     "Highway, where police have reduced the speed limit from 110 kilometres an hour to 80.",
     "Os motoristas estão sendo convidados a evitar a Rodovia Hume entre Picton Road e a Rodovia "
     "Illawarra, onde a polícia reduziu o limite de velocidade de 110 quilômetros por hora para "
     "80."),
    ("Winds reached 60 miles an hour overnight.", "Os ventos chegaram a 60 milhas por hora."),
    # lee-00 b3.s2
    ('"In some places really not significant at all, less than a millimetre, so there hasn\'t '
     'been much relief as far as rain is concerned.',
     "“Em alguns lugares realmente não significativos, menos de um milímetro, então não houve "
     "muito alívio no que diz respeito à chuva."),
])
def test_right_translation_is_not_held(source: str, target: str) -> None:
    assert _blocking(source, target) == []


@pytest.mark.parametrize(("source", "target", "message"), [
    # a speed made a length: caught now (main read both as lengths)
    ("The limit is 110 kilometres an hour.", "O limite é de 110 quilômetros.",
     "'110 kilometres an hour' became '110 quilômetros': the unit changed"),
    # the perfect of "there is" excuses one past form, not two
    ("There has been a rise, and the dam is empty.",
     "Houve um aumento, e a barragem estava vazia.",
     "the source says 'is' and the target 'estava' where the source has no such tense: a "
     "present made a past"),
])
def test_catches(source: str, target: str, message: str) -> None:
    assert message in _blocking(source, target)
