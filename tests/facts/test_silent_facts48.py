"""facts48: silent wrong facts of ranks, scores and results.

* A rank's superlative or comparison flipped where the source says both sides ("the highest
  level ... slightly lower" written "o nível mais baixo ... um pouco menor"): the sides are
  counted (``counted`` of ``[comparison]`` and ``[quality]``); "a maioria" (most) counts on
  the more side, as "most" does.
* An ordinal word moved ("the second quarter" written "o terceiro trimestre") where a number
  of the source's own ("2 percent") or a second writing of another ordinal hid it.
* A score's or a range's ends written the other way round ("29–13" written "13–29").
* The result of a match turned ("defeated" written "perdeu para", "victory" written
  "derrota"): ``[result]`` of ``locales/facts/<lang>.toml``.
"""

from __future__ import annotations

import pytest

from translate.check import check_pair


def _blocking(source: str, target: str, src: str = "en", locale: str = "pt-BR") -> list[str]:
    return [f.message for f in check_pair(source, target, src, locale).findings
            if f.severity == "error"]  # fmt: skip


# --- a superlative flipped where the source says both sides ----------------------------------

_HIGH_LOW = ("In August, starts reached their highest level so far this year, though the number "
             "remained slightly lower than last year.")  # fmt: skip


@pytest.mark.parametrize(
    ("source", "target", "word"),
    [
        (_HIGH_LOW, "Em agosto, os inícios atingiram seu nível mais baixo até agora este ano, "
         "embora o número tenha permanecido um pouco menor do que no ano passado.", "mais baixo"),
        ("He was the best player, though the team finished with the worst record.",
         "Ele foi o pior jogador, embora o time tenha terminado com o pior recorde.", "pior"),
        ("The largest club drew fewer fans than the smaller one.",
         "O menor clube atraiu menos torcedores do que o menor.", "menor"),
        ("Most of the retailers said the sales rate was lower than they had expected.",
         "A maioria dos varejistas disse que a taxa de vendas foi maior do que esperavam.",
         "maioria"),
        ("Crops look good in most of the Cornbelt, but yields will be lower.",
         "As culturas parecem boas na menor parte do Cornbelt, mas os rendimentos serão menores.",
         "menor"),
    ],
)
def test_a_superlative_flipped_beside_the_other_side_is_held(
    source: str, target: str, word: str
) -> None:
    assert any(f"the target says {word!r}" in m for m in _blocking(source, target))


@pytest.mark.parametrize(
    ("source", "target"),
    [
        (_HIGH_LOW, "Em agosto, os inícios atingiram seu nível mais alto até agora este ano, "
         "embora o número tenha permanecido um pouco menor do que no ano passado."),
        ("He was the best player, though the team finished with the worst record.",
         "Ele foi o melhor jogador, embora o time tenha terminado com o pior recorde."),
        ("Most of the retailers said the sales rate was lower than they had expected.",
         "A maioria dos varejistas disse que a taxa de vendas foi menor do que esperavam."),
        ("Prices were higher in the north and lower in the south.",
         "Os preços foram mais altos no norte e mais baixos no sul."),
        ("Prices were higher in the north and lower in the south.",
         "Os preços subiram no norte e foram mais baixos no sul."),
        ("Crops look good in most of the Cornbelt, but yields will be lower.",
         "As culturas parecem boas na maior parte do Cornbelt, mas os rendimentos serão menores."),
    ],
)
def test_both_sides_kept_or_one_said_otherwise_passes(source: str, target: str) -> None:
    assert [m for m in _blocking(source, target) if "the target says" in m] == []


# --- an ordinal moved ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("source", "target", "src", "locale"),
    [
        ("Values fell 2 percent in the second quarter after a decline in the first quarter.",
         "Os valores caíram 2 por cento no terceiro trimestre após um declínio no primeiro "
         "trimestre.", "en", "pt-BR"),
        ("For the second warning, spray at a rate of 2 cm per hour is expected.",
         "Para o terceiro aviso, espera-se spray a uma taxa de 2 cm por hora.", "en", "pt-BR"),
        ("Demand in the first quarter of 2002 was below the fourth quarter of 2001 and the "
         "first quarter of 2001.",
         "A demanda no segundo trimestre de 2002 ficou abaixo do quarto trimestre de 2001 e do "
         "primeiro trimestre de 2001.", "en", "pt-BR"),
        ("Os valores caíram 2 por cento no segundo trimestre.",
         "Values fell 2 percent in the third quarter.", "pt", "en"),
    ],
)
def test_an_ordinal_moved_is_held(source: str, target: str, src: str, locale: str) -> None:
    assert any("changed: the target has" in m for m in _blocking(source, target, src, locale))


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("Values fell 2 percent in the second quarter after a decline in the first quarter.",
         "Os valores caíram 2 por cento no segundo trimestre após um declínio no primeiro "
         "trimestre."),
        ("He finished second in the 200 metres and second in the relay.",
         "Ele terminou em segundo nos 200 metros e em 2º no revezamento."),
        ("The second game was played on 3 May.", "O segundo jogo foi disputado em 3 de maio."),
    ],
)
def test_an_ordinal_kept_passes(source: str, target: str) -> None:
    assert [m for m in _blocking(source, target) if "changed: the target has" in m] == []


# --- a score or a range reversed ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("source", "target", "src", "locale"),
    [
        ("Michigan won the game 29–13 over Ohio.", "Michigan venceu o jogo por 13–29 sobre Ohio.",
         "en", "pt-BR"),
        ("Peak wind 10-15 mph with gusts to 15 mph.", "Vento máximo de 15-10 mph com rajadas a "
         "15 mph.", "en", "pt-BR"),
        ("The team won 3 – 1 at home.", "A equipe venceu por 1 – 3 em casa.", "en", "pt-BR"),
        ("O time venceu por 3 a 1.", "The team won 1-3.", "pt", "en"),
        ("A equipe terminou com 12–4.", "The team finished 4–12.", "pt", "en"),
    ],
)
def test_a_pair_reversed_is_held(source: str, target: str, src: str, locale: str) -> None:
    assert any("is reversed" in m for m in _blocking(source, target, src, locale))


@pytest.mark.parametrize(
    ("source", "target", "src", "locale"),
    [
        ("Michigan won the game 29–13 over Ohio.", "Michigan venceu o jogo por 29 a 13 sobre Ohio.",
         "en", "pt-BR"),
        ("The record went from 5-10 to 10-5.", "O recorde passou de 5-10 para 10-5.",
         "en", "pt-BR"),
        ("The 2011–12 season", "A temporada 2011-2012", "en", "pt-BR"),
        ("O time venceu por 3 a 1.", "The team won 3-1.", "pt", "en"),
    ],
)
def test_a_pair_in_order_passes(source: str, target: str, src: str, locale: str) -> None:
    assert [m for m in _blocking(source, target, src, locale) if "is reversed" in m] == []


# --- a result turned ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("source", "target", "src", "locale"),
    [
        ("Ohio defeated Texas 3-1 on Saturday.", "Ohio perdeu para o Texas por 3 a 1 no sábado.",
         "en", "pt-BR"),
        ("It was their first victory of the season.", "Foi a primeira derrota da temporada.",
         "en", "pt-BR"),
        ("The team won 12 games and lost 4.", "A equipe perdeu 12 jogos e perdeu 4.",
         "en", "pt-BR"),
        ("O Benfica venceu o Porto por 2 a 0.", "Benfica lost to Porto 2-0.", "pt", "en"),
        ("O Benfica perdeu para o Porto.", "Benfica beat Porto.", "pt", "en"),
    ],
)
def test_a_result_turned_is_held(source: str, target: str, src: str, locale: str) -> None:
    assert any("says won" in m or "says lost" in m for m in _blocking(source, target, src, locale))


@pytest.mark.parametrize(
    ("source", "target", "src", "locale"),
    [
        ("Ohio defeated Texas 3-1 on Saturday.", "Ohio derrotou o Texas por 3 a 1 no sábado.",
         "en", "pt-BR"),
        ("Texas was defeated by Ohio.", "Texas foi derrotado por Ohio.", "en", "pt-BR"),
        ("The team won 12 games and lost 4.", "A equipe venceu 12 jogos e perdeu 4.",
         "en", "pt-BR"),
        ("O Benfica venceu o Porto por 2 a 0.", "Benfica beat Porto 2-0.", "pt", "en"),
        ("O prazo vence amanhã.", "The deadline expires tomorrow.", "pt", "en"),
        ("Meanwhile a defeated, grim party looked on.",
         "Enquanto isso, um partido derrotado e sombrio assistia.", "en", "pt-BR"),
        ("Um partido derrotado e sombrio assistia.", "A defeated, gloomy party looked on.",
         "pt", "en"),
        ("Kukushkin havia derrotado Zanschulp por 6-2, 6-2.",
         "Kukushkin had defeated Zanschulp 6-2, 6-2.", "pt", "en"),
        ("Kukushkin had beaten Zanschulp 6-2, 6-2.",
         "Kukushkin havia derrotado Zanschulp por 6-2, 6-2.", "en", "pt-BR"),
        ("The champion was beaten in the final.", "O campeão foi derrotado na final.",
         "en", "pt-BR"),
        ("That is how titles are won, he says.", "É assim que os títulos são vencidos, diz ele.",
         "en", "pt-BR"),
    ],
)
def test_a_result_kept_passes(source: str, target: str, src: str, locale: str) -> None:
    found = _blocking(source, target, src, locale)
    assert [m for m in found if "says won" in m or "says lost" in m] == []
