"""probe52: "X defeats Y" written "X derrota Y" (the Portuguese present tense of "derrotar")
and the British plural "India defeat Pakistan" written "a Índia derrotou o Paquistão" were held
as a result turned ("'defeats' says won in the source; the target says 'derrota'"): "derrota"
and "defeat" were read as the loser's noun only. The verb before its object (a name, an
article, a possessive) with no article before it is the winner's (``[result]`` of
``locales/facts/en.toml`` and ``pt.toml``); the noun, and a result truly turned, are still held.
"""
from __future__ import annotations

import pytest

from translate.check import check_pair


def _result(source: str, target: str, src: str = "en", locale: str = "pt-BR") -> list[str]:
    found = check_pair(source, target, src, locale).findings
    return [f.message for f in found if f.severity == "error"
            and ("says won" in f.message or "says lost" in f.message)]


@pytest.mark.parametrize(
    ("source", "target", "src", "locale"),
    [
        ("In tennis, Jannik Sinner defeats Alexander Zverev 6–3, 6–4 in the final.",
         "No tênis, Jannik Sinner derrota Alexander Zverev por 6–3, 6–4 na final.", "en", "pt-BR"),
        ("Portugal defeats Spain 5–3 on penalties.",
         "Portugal derrota a Espanha por 5–3 nos pênaltis.", "en", "pt-PT"),
        ("Carlos Alcaraz defeats defending champion Jannik Sinner.",
         "Carlos Alcaraz derrota o campeão Jannik Sinner.", "en", "pt-BR"),
        ("In cricket, India defeat their rival Pakistan by five wickets.",
         "No críquete, a Índia derrotou seu rival Paquistão por cinco wickets.", "en", "pt-BR"),
        ("Italy defeat Bulgaria 3–1 to win the title.", "A Itália derrotou a Bulgária por 3–1 para "
         "vencer o título.", "en", "pt-BR"),
        ("Paris Saint-Germain defeat AJ Auxerre 3–1.", "O Paris Saint-Germain derrota o AJ Auxerre "
         "por 3–1.", "en", "pt-BR"),
        ("The Roughriders defeat the Alouettes 25–17.", "Os Roughriders derrotam os Alouettes por "
         "25–17.", "en", "pt-BR"),
        ("A Índia derrota seu rival Paquistão na final.",
         "India defeats its rival Pakistan in the final.", "pt", "en"),
    ],
)
def test_the_verb_defeat_is_the_winners(source: str, target: str, src: str, locale: str) -> None:
    assert _result(source, target, src, locale) == []


@pytest.mark.parametrize(
    ("source", "target", "src", "locale"),
    [
        # a result truly turned is still held
        ("Ohio defeats Texas 3–1.", "Ohio perde para o Texas por 3–1.", "en", "pt-BR"),
        ("It was their first victory of the season.", "Foi a primeira derrota da temporada.",
         "en", "pt-BR"),
        ("It was a heavy defeat for the party.", "Foi uma grande vitória para o partido.",
         "en", "pt-BR"),
        ("Ohio won the final.", "Ohio sofreu a derrota na final.", "en", "pt-BR"),
        # the noun after an article stays the loser's, even before a name
        ("Ohio won on Sunday.", "A derrota Domingo foi de Ohio.", "en", "pt-BR"),
    ],
)
def test_a_result_turned_is_still_held(source: str, target: str, src: str, locale: str) -> None:
    assert _result(source, target, src, locale)


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("Their defeat in the final ended the season.", "A derrota na final encerrou a temporada."),
        ("The party suffered a defeat to Labour.",
         "O partido sofreu uma derrota para os trabalhistas."),
    ],
)
def test_the_noun_defeat_kept_passes(source: str, target: str) -> None:
    assert _result(source, target) == []


def test_linear_on_many_defeats() -> None:
    source = "Ohio defeats Texas. " * 20_000
    target = "Ohio derrota Texas. " * 20_000
    assert _result(source, target) == []
    source = "a defeat " * 20_000
    target = "uma derrota " * 20_000
    assert _result(source, target) == []
