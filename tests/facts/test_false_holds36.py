"""False holds of the engine's real outputs over the development facts sets A..AC (facts36; the
holds read and classed in ``benchmarks/results/facts36-real_holds_classed-a-ac-2026-12-06.txt``),
each mended by a general rule, the true findings of the same checks kept; and two silent facts of
probe33's sweep: a unit the source has not ("#1317" written "1317 km": the currency's case was
already held) and an English figure's grouping taken away ("6,000" written "6000" in en-US).

* lists: "except", a negation and a verb of saying start a clause (``[lists] not_in_source``);
* a year glued to "mid-", "pre-"... (``[years] hyphen_prefixes``), decades joined by "e" and
  decades of three digits (``facts.decade_in``);
* a rank sign before a number ("No. 4", "a No 1 song") is no negation (``[ranks] signs``);
* "não conseguir" written "fail" (``[negation] failure``, ``failure_renders``);
* "se" before a gerund is a reflexive, "-rias" in a source a noun (``[conditional]`` of pt.toml).
"""

from __future__ import annotations

import pytest

from translate.check import check_pair


def _kinds(source: str, target: str, src: str, locale: str) -> list[str]:
    return [f"{f.check}:{f.data.get('kind', '')}: {f.message}"
            for f in check_pair(source, target, src, locale).blocking]  # fmt: skip


@pytest.mark.parametrize(("source", "target", "src", "locale"), [
    # w195: "a restaurant, said better-paying and permanent"
    ("Eddie Foreman, 40, of Opelika, Alabama, who has a part-time job at a fast-food "
     "restaurant, said better-paying and permanent industrial positions aren’t coming back.",
     "Eddie Foreman, de 40 anos, de Opelika, Alabama, que tem um emprego a tempo parcial em um "
     "restaurante de fast-food, disse que posições industriais mais bem pagas e permanentes "
     "não estão voltando.",
     "en", "pt-BR"),
    # wp057: "o que tinha acontecido, exceto Oberst e seu acusador"
    ("Como eu escrevi na época, o simples fato era que ninguém sabia o que tinha acontecido, "
     "exceto Oberst e seu acusador.",
     "As I wrote at the time, the simple fact was that no one knew what had happened except "
     "Oberst and his accuser.",
     "pt", "en"),
])
def test_no_list_item_lost_where_there_is_no_list(source: str, target: str, src: str,
                                                  locale: str) -> None:  # fmt: skip
    assert [k for k in _kinds(source, target, src, locale) if ":list-item:" in k] == []


@pytest.mark.parametrize(("source", "target"), [
    ("Paper, pencil and eraser are on the desk.", "Papel e borracha estão na mesa."),
    ("Eminem, Elton John and Dido performed “Stan” at the Grammy Awards.",
     "Eminem e Elton John cantavam “Stan” no Grammy Awards."),
])
def test_a_list_item_dropped_is_still_held(source: str, target: str) -> None:
    assert any(":list-item:" in k for k in _kinds(source, target, "en", "pt-BR"))


def test_an_age_in_a_list_still_counts() -> None:
    # W's w094 list-item-dropped (a development set's true catch, kept): "co-owner" dropped
    found = _kinds("“It has been a very slow climb back,” said Yearout, 51, co-owner and chief "
                   "executive officer of Yearout Mechanical Inc.",
                   "\"Foi uma subida muito lenta\", disse Yearout, 51 e diretor executivo da "
                   "Yearout Mechanical Inc.", "en", "pt-BR")
    assert any(":list-item:" in k for k in found)


def test_a_number_dropped_from_a_list_is_the_number_checks() -> None:
    found = _kinds("with the new goal of successful 1.1, 1.5 and 2.0 releases.",
                   "com o novo objetivo de lançamentos bem-sucedidos de 1.1 e 2.0.", "en", "pt-BR")
    assert any("'1.5'" in k for k in found)


@pytest.mark.parametrize(("source", "target", "src", "locale"), [
    # op035: "meados de 2021" written "mid-2021"
    ("Este impulso continuou em 2024 e, em dezembro, as vendas subiram 10,8% em comparação com "
     "o ano anterior, o maior crescimento anual desde meados de 2021.",
     "This boost continued in 2024 and in December sales rose by 10.8% compared to the "
     "previous year, the highest annual growth since mid-2021.",
     "pt", "en"),
    # up039: "Em meados de 1962" written "By mid-1962"
    ("Em meados de 1962, Brooks e Carson haviam terminado em grande parte a edição, e estavam "
     "estabelecendo as bases para promover o livro enviando o manuscrito para selecionar "
     "indivíduos para sugestões finais.",
     "By mid-1962, Brooks and Carson had largely completed the issue, and were laying the "
     "foundations for promoting the book by sending the manuscript to select individuals for "
     "final suggestions.",
     "pt", "en"),
    # sp036: "nas décadas de 1970 e 1980" written "in the 1970s and 1980s"
    ("Conhecido por desenvolver alguns dos primeiros jogos de arcade e consoles domésticos, a "
     "Atari revolucionou o cenário de entretenimento nas décadas de 1970 e 1980.",
     "Known for developing some of the first arcade games and home consoles, Atari "
     "revolutionized the entertainment scene in the 1970s and 1980s.",
     "pt", "en"),
    # acp003: "na década de 420" written "the 420s"
    ("Para a perspectiva: no momento em que os alunos do sexto ano terminarem o ensino médio, "
     "o nível mundial de dióxido de carbono provavelmente terá passado 400 ppm, e no momento "
     "em que a maioria deles estão começando famílias, ele terá entrado na década de 420.",
     "For the perspective: the moment the sixth-year students finish high school, the world "
     "level of carbon dioxide will probably have passed 400 ppm, and the moment most of them "
     "are starting families, it will have entered the 420s.",
     "pt", "en"),
])
def test_a_year_or_decade_written_otherwise_is_there(source: str, target: str, src: str,
                                                     locale: str) -> None:  # fmt: skip
    assert [k for k in _kinds(source, target, src, locale) if "not found" in k] == []


@pytest.mark.parametrize(("source", "target"), [
    ("o maior crescimento desde meados de 2021.", "the highest growth since mid-2022."),
    ("nas décadas de 1970 e 1980.", "in the 1970s and 1990s."),
    ("na década de 420.", "in the 430s."),
])
def test_a_year_or_decade_changed_is_still_held(source: str, target: str) -> None:
    assert _kinds(source, target, "pt", "en")


@pytest.mark.parametrize(("source", "target", "src", "locale"), [
    # w147: "No. 4 Ohio State", "No. 1 Alabama"
    ("As No. 4 Ohio State prepares to take on No. 1 Alabama in the Sugar Bowl - a semifinal "
     "game in the inaugural College Football Playoff - Holtz didn't mind boasting a little "
     "about being right about the Buckeyes this year.",
     "Como o estado de Ohio no 4 se prepara para enfrentar o número 1 Alabama no Sugar Bowl - "
     "um jogo de semifinal no primeiro College Football Playoff - Holtz não se importava de se "
     "gabar de estar certo sobre os Buckeyes este ano.",
     "en", "pt-BR"),
    # z078: "a No 1 song"
    ("If a No 1 song by a boyband from Oklahoma, inappropriately riling prepubescent girls, "
     "doesn’t sound like an obvious feminist anthem, that’s because it wasn’t.",
     "Se uma canção no 1 de uma boyband de Oklahoma, inapropriadamente rindo meninas "
     "pré-púberes, não soa como um hino feminista óbvio, isso é porque não era.",
     "en", "pt-BR"),
    # up082: "não conseguiram encontrar" written "failed to find"
    ("No entanto, eles não conseguiram encontrar esse mesmo padrão em tecidos como a bexiga, "
     "que não estão diretamente expostos.",
     "However, they failed to find this same pattern in tissues such as the bladder, which are "
     "not directly exposed.",
     "pt", "en"),
    # vp060: "não conseguirem encontrar" written "fail to find"
    ("Se os israelitas e a liderança palestiniana não conseguirem encontrar uma maneira de "
     "revigorar o processo de paz, as células dos jovens palestinos radicais podem crescer que "
     "procuram bin Laden pelas suas sugestões.",
     "If the Israelis and the Palestinian leadership fail to find a way to reinvigorate the "
     "peace process, the cells of the radical Palestinian youth can grow up looking for bin "
     "Laden for their suggestions.",
     "pt", "en"),
])
def test_no_negation_lost(source: str, target: str, src: str, locale: str) -> None:
    assert [k for k in _kinds(source, target, src, locale) if k.startswith("negation")] == []


@pytest.mark.parametrize(("source", "target", "src", "locale"), [
    # a rank sign blanked, the sentence's own negation still read
    ("As No. 4 Ohio State prepares to take on No. 1 Alabama, Holtz didn't mind boasting.",
     "Como o estado de Ohio no 4 se prepara para enfrentar o número 1 Alabama, Holtz se importava "
     "de se gabar.", "en", "pt-BR"),
    ("If a No 1 song doesn’t sound like an anthem, that’s because it wasn’t.",
     "Se uma canção no 1 não soa como um hino, isso é porque era.", "en", "pt-BR"),
    # a failure rendered, a plain negation of another clause still read
    ("No entanto, eles não conseguiram encontrar esse padrão na bexiga, que não está exposta.",
     "However, they failed to find this pattern in the bladder, which is exposed.", "pt", "en"),
    # "não conseguiram" said as a success
    ("Eles não conseguiram encontrar esse padrão.", "They managed to find this pattern.",
     "pt", "en"),
])
def test_a_negation_lost_is_still_held(source: str, target: str, src: str, locale: str) -> None:
    assert any(k.startswith("negation") for k in _kinds(source, target, src, locale))


@pytest.mark.parametrize(("source", "target", "src", "locale"), [
    # vp048: "refinarias", a noun
    ("No mês passado, Katrina devastou refinarias na Louisiana e Mississippi e enviou preços "
     "para uma alta recorde de 70,85 dólares por barril.",
     "Last month, Katrina devastated refineries in Louisiana and Mississippi and sent prices "
     "for a record high of $70.85 per barrel.",
     "pt", "en"),
    # xp071: ", se mudando", a reflexive before a gerund
    ("Em fevereiro de 1999, a startup já havia superada a garagem, se mudando para um "
     "escritório acima de uma loja de bicicletas em Palo Alto, Califórnia.",
     "By February 1999, the startup had already surpassed the garage, moving to an office "
     "above a bicycle shop in Palo Alto, California.",
     "pt", "en"),
])
def test_no_conditional_read_in_a_noun_or_a_reflexive(source: str, target: str, src: str,
                                                      locale: str) -> None:  # fmt: skip
    assert [k for k in _kinds(source, target, src, locale) if ":conditional:" in k] == []


@pytest.mark.parametrize(("source", "target"), [
    ("Se você tentar ser algo que não é, será aparente.", "You try to be something you are not, "
     "it is apparent."),
    ("Katrina poderia devastar refinarias na Louisiana.", "Katrina devastated refineries in "
     "Louisiana."),
])
def test_a_condition_said_as_a_fact_is_still_held(source: str, target: str) -> None:
    assert any(":conditional:" in k for k in _kinds(source, target, "pt", "en"))


@pytest.mark.parametrize(("source", "target"), [
    ("#1317", "1317 km"),
    ("Fixed a crash (#1317).", "Corrigido um acidente (1317 metros)."),
])
def test_a_unit_the_source_has_not_is_held(source: str, target: str) -> None:
    assert any(":invented-unit:" in k for k in _kinds(source, target, "en", "pt-BR"))


@pytest.mark.parametrize(("source", "target"), [
    ("#1317", "1317 euros"),  # probe33's: held on main too
    ("(#1110, #1168)", "(1110, 1168 euros)"),
])
def test_a_currency_the_source_has_not_is_held(source: str, target: str) -> None:
    assert any(":invented-unit:" in k for k in _kinds(source, target, "en", "pt-BR"))


@pytest.mark.parametrize(("source", "target"), [
    ("He ran 5 miles in the 100m final.", "Ele correu 5 milhas na final dos 100 metros."),
    ("A 5,000-square-foot house.", "Uma casa de 5.000 pés quadrados."),
    ("There were 5 cars.", "Havia 5 carros."),
])
def test_a_unit_the_source_has_passes(source: str, target: str) -> None:
    assert [k for k in _kinds(source, target, "en", "pt-BR") if ":invented-unit:" in k] == []


def test_a_unit_no_cldr_name_gives_passes() -> None:
    # gp086: "quilos", a word after the number, which no CLDR unit name gives
    source = ("Paganini e sua equipe relataram que detectaram 5.200 quilos de vapor de água sendo "
              "liberados da Europa por segundo.")
    target = ("Paganini and his team reported that they detected 5,200 kilograms of water vapor "
              "being released from Europe per second.")
    assert [k for k in _kinds(source, target, "pt", "en") if ":invented-unit:" in k] == []


@pytest.mark.parametrize(("source", "target", "src", "locale", "published"), [
    # probe33's pt-gsd-dev04 b1.s0 class: an English figure grouped by the engine stays grouped
    ("A equipe cresceu para 6000 pessoas.", "The team grew to 6,000 people.", "pt", "en-US",
     "The team grew to 6,000 people."),
    ("The team grew to 6000 people.", "A equipe cresceu para 6.000 pessoas.", "en", "pt-BR",
     "A equipe cresceu para 6.000 pessoas."),
    ("Em 2020 eram 15000.", "In 2020 there were 15,000.", "pt", "en-US",
     "In 2020 there were 15,000."),
])
def test_the_engine_grouping_a_figure_the_target_way_is_kept(
    source: str, target: str, src: str, locale: str, published: str
) -> None:
    assert check_pair(source, target, src, locale).text == published


@pytest.mark.parametrize(("source", "target", "src", "locale", "published"), [
    ("A equipe cresceu para 6.000 pessoas.", "The team grew to 6000 people.", "pt", "en-US",
     "The team grew to 6,000 people."),
    # pt-PT groups from five digits (CLDR): the engine's "6 000" is written its way
    ("A equipa tem 6000 pessoas.", "A equipa tem 6 000 pessoas.", "pt", "pt-PT",
     "A equipa tem 6000 pessoas."),
    # a changed value is still put back, with its warning
    ("A equipe cresceu para 6000 pessoas.", "The team grew to 6,001 people.", "pt", "en-US",
     "The team grew to 6000 people."),
])
def test_grouping_as_before(source: str, target: str, src: str, locale: str,
                            published: str) -> None:  # fmt: skip
    assert check_pair(source, target, src, locale).text == published
