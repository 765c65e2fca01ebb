"""probe40: "It should be noted that" names no speaker: no attribution to lose.

A National Hurricane Center discussion (Tropical Depression Delta, 10 October 2020), both
Portuguese editions: "It should be noted that wind gusts to tropical-storm force are still
occurring" written "Deve-se notar que rajadas de vento ... ainda estão ocorrendo" was held as
"the source says 'noted' and the target says nothing of who said it": the attribution data read
"noted that" as a speaker's word even in the impersonal passive.
"""

from __future__ import annotations

import pytest

from translate.check import check_pair


def _attribution(source: str, target: str, locale: str = "pt-BR") -> list[str]:
    return [f.message for f in check_pair(source, target, "en", locale).findings
            if f.data.get("kind") == "attribution-lost"]


@pytest.mark.parametrize("locale", ["pt-BR", "pt-PT"])
@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("It should be noted that wind gusts are still occurring over northern Mississippi.",
         "Deve-se notar que rajadas de vento ainda estão ocorrendo no norte do Mississippi."),
        ("It must be noted that the river is still rising.",
         "É preciso considerar que o rio continua a subir."),
        ("It has been noted that the figures are provisional.",
         "Deve-se ter presente que os números são provisórios."),
    ],
)
def test_an_impersonal_noted_needs_no_speaker(source: str, target: str, locale: str) -> None:
    assert _attribution(source, target, locale) == []


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("The forecaster noted that wind gusts are still occurring.",
         "As rajadas de vento ainda estão ocorrendo."),
        ("Officials said the bridge will close.", "A ponte vai fechar."),
    ],
)
def test_a_speaker_lost_is_still_held(source: str, target: str) -> None:
    assert _attribution(source, target)
