"""Checks of the eighth red-team pass (after mutation set I, now spent): a negation the source
does not have ("was found" -> "não foi encontrado"), a Portuguese negation lost behind an English
word that only looks prefix-negated ("não foram informados" -> "were informed"), and currency
names whose head word comes after a nationality adjective (German "Schweizer Franken", Russian
"российских рублей", Italian "rubli russi"). Each wrong case has a right twin that must pass;
the sentences are written for the tests, not taken from set I."""

from __future__ import annotations

import pytest

from translate.check import check_pair


def _blocking(source: str, target: str, source_lang: str, locale: str) -> list[str]:
    res = check_pair(source, target, source_lang, locale)
    return [f.message for f in res.findings if f.severity == "error"]


# (id, source language, locale, source, wrong target, right target)
CASES = [
    ("negation added en->pt", "en", "pt-BR",
     "The stolen paintings were found in a warehouse on Sunday.",
     "As pinturas roubadas não foram encontradas num armazém no domingo.",
     "As pinturas roubadas foram encontradas num armazém no domingo."),
    ("never added en->pt", "en", "pt-BR",
     "The minister has visited the border towns twice.",
     "O ministro nunca visitou as cidades fronteiriças duas vezes.",
     "O ministro visitou as cidades fronteiriças duas vezes."),
    ("negation added pt->en", "pt", "en",
     "O tribunal aceitou o recurso na terça-feira.",
     "The court did not accept the appeal on Tuesday.",
     "The court accepted the appeal on Tuesday."),
    ("contracted negation added pt->en", "pt", "en",
     "A ponte foi reaberta ao tráfego.",
     "The bridge wasn't reopened to traffic.",
     "The bridge was reopened to traffic."),
    ("negation lost behind a look-alike prefix pt->en", "pt", "en",
     "Os moradores não foram informados do corte de água.",
     "Residents were informed of the water cut.",
     "Residents were not informed of the water cut."),
    ("German franc nationality changed", "en", "de",
     "The fine was 500 Swiss francs.",
     "Die Strafe betrug 500 Euro.",
     "Die Strafe betrug 500 Schweizer Franken."),
    ("Russian ruble nationality changed", "en", "ru",
     "The ticket costs 500 Russian rubles.",
     "Билет стоит 500 белорусских рублей.",
     "Билет стоит 500 российских рублей."),
    ("Italian ruble nationality changed", "en", "it",
     "The ticket costs 5 Russian rubles.",
     "Il biglietto costa 5 rubli bielorussi.",
     "Il biglietto costa 5 rubli russi."),
]  # fmt: skip


@pytest.mark.parametrize(("case", "src_lang", "locale", "source", "wrong", "right"), CASES,
                         ids=[c[0] for c in CASES])  # fmt: skip
def test_wrong_is_held_right_passes(
    case: str, src_lang: str, locale: str, source: str, wrong: str, right: str
) -> None:
    assert _blocking(source, wrong, src_lang, locale), case
    assert not _blocking(source, right, src_lang, locale), case


@pytest.mark.parametrize(("source", "target", "src_lang", "locale"), [
    # a faithful translation renders a negative word with a negation: no added negation
    ("He failed to win the seat in 2020.", "Ele não conseguiu vencer a cadeira em 2020.",
     "en", "pt-BR"),
    ("The band decided against a tour in 2021.", "A banda decidiu não fazer uma turnê em 2021.",
     "en", "pt-BR"),
    ("It was the best result ever for the club.", "Foi o melhor resultado de todos para o clube.",
     "en", "pt-BR"),
    ("A empresa recusou a oferta de 2 milhões.", "The company did not accept the 2 million offer.",
     "pt", "en"),
    # a prefix-negated English word renders the Portuguese negation
    ("A taxa não especificada foi paga em 2020.", "The unspecified fee was paid in 2020.",
     "pt", "en"),
    ("Uma batalha sem relação com o trabalho dela.", "A battle unrelated to her work.",
     "pt", "en"),
    ("Não é claro quantos morreram.", "It is unclear how many died.", "pt", "en"),
    # bare currency head nouns
    ("It costs 5 Swiss francs.", "Es kostet 5 Franken.", "en", "de"),
    ("It costs 500 rubles.", "Это стоит 500 рублей.", "en", "ru"),
    ("It costs 500 Mexican pesos.", "Es kostet 500 mexikanische Pesos.", "en", "de"),
])  # fmt: skip
def test_real_shapes_pass(source: str, target: str, src_lang: str, locale: str) -> None:
    assert not _blocking(source, target, src_lang, locale)


def test_ukrainian_pronouns_are_no_currency() -> None:
    """"вони" (they) is also a plural of "вона" (the won): never read as a currency."""
    from translate.localize.quantities import measures_in

    they = measures_in("Після 2020 вони переїхали.", ["uk"])
    assert not [m for m in they if m.kind == "currency"]
    assert [m for m in measures_in("Після 2020 вонів.", ["uk"]) if m.kind == "currency"]
