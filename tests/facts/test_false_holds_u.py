"""False holds of the facts gate read on the real outputs of sets A..T (nineteenth pass): a day
range written with words ("July 9 and 10", "de 25 a 27 de fevereiro"; the localize stage no
longer rewrites one end's day into the other's, ``translate.localize.stage.day_range_ends``), a
negation of one word written by an affix ("sem fio" / "wireless", "não tratadas" /
"untreated"; ``[negation] word_suffixes`` of en.toml), phrases whose negation negates nothing
("sem dúvida", "mais do que nunca", "a não ser"), "sem nenhum" as one negation, "inhabit" read
as no negated word. Each has its case that must stay held."""

from __future__ import annotations

import pytest

from translate.check import check_pair


def _blocking(source: str, target: str, src: str = "en", locale: str = "pt-BR") -> list[str]:
    return [f.message for f in check_pair(source, target, src, locale).blocking]


@pytest.mark.parametrize(("source", "target", "src", "locale"), [
    ("Specifically on July 9 and 10, the city was a crumbling disaster.",
     "Especificamente em 9 e 10 de julho, a cidade foi um desastre em ruínas.", "en", "pt-BR"),
    ("Visit the National Horse Show, Oct. 11–21, in Harrisburg.",
     "Visite o National Horse Show, 11 a 21 de outubro, em Harrisburg.", "en", "pt-BR"),
    ("Visite o National Horse Show, 11 a 21 de outubro, em Harrisburg.",
     "Visit the National Horse Show, October 11 to 21, in Harrisburg.", "pt", "en"),
    ("This year's event, held from February 25-27, 2025, in Las Vegas, showcased new ovens.",
     "O evento deste ano, realizado de 25 a 27 de fevereiro de 2025, em Las Vegas, mostrou novos "
     "fornos.", "en", "pt-BR"),
    ("O evento, realizado de 25 a 27 de fevereiro de 2025, em Las Vegas, mostrou novos fornos.",
     "The event, held from February 25 to 27, 2025 in Las Vegas, showed new ovens.", "pt", "en"),
])
def test_a_day_range_written_with_words_passes(source: str, target: str, src: str,
                                               locale: str) -> None:  # fmt: skip
    result = check_pair(source, target, src, locale)
    assert result.blocking == [], [f.message for f in result.blocking]
    assert result.text == check_pair(source, target, src, locale).text
    # the localize stage keeps both days: it used to write "9 e 9 de julho"
    for day in ("9 e 10", "11 a 21", "11 to 21", "25 a 27", "25 to 27"):
        if day in target:
            assert day in result.text


@pytest.mark.parametrize(("source", "target", "src", "locale"), [
    ("Specifically on July 9 and 10, the city was a crumbling disaster.",
     "Especificamente em 9 e 11 de julho, a cidade foi um desastre em ruínas.", "en", "pt-BR"),
    ("Specifically on July 9 and 10, the city was a crumbling disaster.",
     "Especificamente em 8 e 10 de julho, a cidade foi um desastre em ruínas.", "en", "pt-BR"),
    ("Visite o National Horse Show, 11 a 21 de outubro, em Harrisburg.",
     "Visit the National Horse Show, October 11 to 22, in Harrisburg.", "pt", "en"),
])
def test_a_day_of_a_range_changed_is_still_held(source: str, target: str, src: str,
                                                locale: str) -> None:  # fmt: skip
    assert _blocking(source, target, src, locale)


@pytest.mark.parametrize(("source", "target"), [
    ("O Bluetooth 5.2 vai revolucionar a forma como experimentamos o som sem fios.",
     "Bluetooth 5.2 will revolutionize the way we experience wireless sound."),
    ("Entre 2015 e 2018, 13% das crianças tiveram cavidades não tratadas nos dentes.",
     "Between 2015 and 2018, 13% of children had untreated cavities in their teeth."),
    ("De soluções de baixo código e sem código, cada método oferece vantagens.",
     "From low-code and code-free solutions, each method offers advantages."),
    ("No mundo de hoje, a segurança é mais importante do que nunca.",
     "In today's world, security is more important than ever."),
    ("Sem dúvida, as empresas agora podem alcançar públicos mais amplos.",
     "Undoubtedly, companies can now reach wider audiences."),
    ("A fonte não pôde dar detalhes de uma transição suave e sem sangue.",
     "The source could not give details of a smooth and bloodless transition."),
    ("O IRS permite que você declare sem nenhum custo, disse a agência.",
     "The IRS lets you file at no cost, the agency said."),
])
def test_a_negation_written_by_an_affix_or_an_idiom_passes(source: str, target: str) -> None:
    assert _blocking(source, target, "pt", "en") == []


@pytest.mark.parametrize(("source", "target"), [
    ("O governo não aprovou a lei sobre fones sem fio.",
     "The government approved the law on wireless headphones."),
    ("A fonte não pôde dar detalhes sobre o som sem fios.",
     "The source could give details about wireless sound."),
    ("Os moradores não foram informados do corte de água.",
     "Residents were informed of the water cut."),
    ("A fonte não pôde dar detalhes, e a transição não foi suave.",
     "The source could not give details, and the transition was smooth."),
    # "improve", "illegal": a prefix that negates nothing, or another word's
    ("O médico pensou que era uma infecção, mas as coisas não melhoraram depois.",
     "The doctor thought it was an infection, but things did improve later."),
    ("Os EUA decidiram não considerar mais os assentamentos ilegais.",
     "The US decided to consider the settlements more illegal."),
])
def test_a_negation_of_a_clause_written_away_is_still_held(source: str, target: str) -> None:
    assert any("negation" in m for m in _blocking(source, target, "pt", "en"))


def test_idioms_and_look_alike_prefixes_en_pt() -> None:
    # "inhabit" negates nothing; "a não ser" is "but"; "don`t" is a negation
    assert _blocking("Meditation can change the world we inhabit.",
                     "A meditação pode mudar o mundo que habitamos.") == []
    assert _blocking("Police said the demonstrators had no option but to surrender.",
                     "A polícia disse que os manifestantes não tinham outra opção a não ser "
                     "se render.") == []
    assert _blocking("She said the notes that don`t have any conclusion are kept.",
                     "Ela disse que as notas que não têm qualquer conclusão são mantidas.") == []
    assert _blocking("Especially those unfamiliar with text editors.",
                     "Especialmente aqueles que não estão familiarizados com editores de texto.") \
        == []
    # still held: the negated word written bare
    assert _blocking("Especially those unfamiliar with text editors.",
                     "Especialmente aqueles que estão familiarizados com editores de texto.")
    assert _blocking("It will cap prices on two non-emergency days.",
                     "Vai limitar preços em dois dias de emergência.")
