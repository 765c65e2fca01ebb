"""A condition or a conditional mood said as a fact (``facts.check_conditional``, data in
``[conditional]`` of ``locales/facts/{en,pt}.toml``), and a present perfect in the tense check
(``facts.check_tense``: "has been sold" may be "foi vendido"; "tem sido" written "was" is a
present made a past)."""

from __future__ import annotations

import pytest

from translate.check import check_pair


def _messages(source: str, target: str, src: str = "en", locale: str = "pt-BR") -> list[str]:
    return [f.message for f in check_pair(source, target, src, locale).blocking]


def _conditional(source: str, target: str, src: str = "en", locale: str = "pt-BR") -> list[str]:
    return [m for m in _messages(source, target, src, locale) if "may happen" in m]


def _tense(source: str, target: str, src: str = "en", locale: str = "pt-BR") -> list[str]:
    return [m for m in _messages(source, target, src, locale) if "such tense" in m]


@pytest.mark.parametrize(("source", "target", "src", "locale"), [
    ("If the council approves the plan, rents in the district will rise.",
     "O conselho aprova o plano, os aluguéis no distrito vão subir.", "en", "pt-BR"),
    ("Unless the talks resume, the strike will go on for weeks.",
     "As negociações recomeçam, a greve vai continuar por semanas.", "en", "pt-BR"),
    ("The new line would be the longest in the country, officials said.",
     "A nova linha é a mais longa do país, disseram as autoridades.", "en", "pt-BR"),
    ("Se o conselho aprovar o plano, os aluguéis no distrito vão subir.",
     "The council approves the plan, rents in the district will rise.", "pt", "en"),
    ("A nova linha seria a mais longa do país, disseram as autoridades.",
     "The new line is the longest in the country, officials said.", "pt", "en"),
    ("A empresa poderia perder o contrato, segundo o relatório.",
     "The company loses the contract, according to the report.", "pt", "en"),
])
def test_a_condition_said_as_a_fact_is_blocking(source: str, target: str, src: str,
                                                locale: str) -> None:  # fmt: skip
    assert _conditional(source, target, src, locale)


@pytest.mark.parametrize(("source", "target", "src", "locale"), [
    ("If the council approves the plan, rents in the district will rise.",
     "Se o conselho aprovar o plano, os aluguéis no distrito vão subir.", "en", "pt-BR"),
    ("If the council approves the plan, rents in the district will rise.",
     "Caso o conselho aprove o plano, os aluguéis no distrito vão subir.", "en", "pt-BR"),
    ("The new line would be the longest in the country, officials said.",
     "A nova linha seria a mais longa do país, disseram as autoridades.", "en", "pt-BR"),
    ("A nova linha seria a mais longa do país, disseram as autoridades.",
     "The new line would be the longest in the country, officials said.", "pt", "en"),
    # a bare "would" is not read (a habit or reported speech: "wouldn't relinquish")
    ("They took a lead they wouldn't relinquish in the second half.",
     "Eles assumiram uma liderança que não renunciaram no segundo tempo.", "en", "pt-BR"),
    # a reflexive "se" after a comma, nouns in -ria are no condition, no mood
    ("O grupo, seu maior investidor, se comprometeu com um resgate de US$ 9 bilhões.",
     "The group, its largest investor, committed to a $9 billion bailout.", "pt", "en"),
    ("A maioria da bateria da galeria é nova, segundo a secretaria.",
     "Most of the gallery's battery is new, according to the department.", "pt", "en"),
])
def test_a_kept_or_unread_condition_passes(source: str, target: str, src: str,
                                           locale: str) -> None:  # fmt: skip
    assert not _conditional(source, target, src, locale)


def test_a_passive_perfect_may_be_a_past() -> None:
    # "is" unsaid and "foi" added: main read this as "a present made a past"
    source = "The old bridge, which is near the port, has been closed to traffic."
    target = "A velha ponte, perto do porto, foi fechada ao trânsito."
    assert not _tense(source, target)
    # the same target for a source whose only "be" is a present: still a present made a past
    assert _tense("The old bridge, which is near the port, is closed to traffic.", target)


def test_tem_sido_written_as_a_past_is_blocking() -> None:
    source = "O desemprego tem sido o maior problema da região."
    assert _tense(source, "Unemployment was the biggest problem in the region.", "pt", "en")
    assert not _tense(source, "Unemployment has been the biggest problem in the region.", "pt",
                      "en")  # fmt: skip


def _opening(source: str, target: str, src: str = "en", locale: str = "pt-BR") -> list[str]:
    return [m for m in _messages(source, target, src, locale) if "opening" in m]


@pytest.mark.parametrize(("source", "target", "src", "locale"), [
    ("Last week, the council approved the new budget for the harbour.",
     "O conselho aprovou o novo orçamento para o porto.", "en", "pt-BR"),
    ("Earlier this year, the council approved the new budget for the harbour.",
     "O conselho aprovou o novo orçamento para o porto.", "en", "pt-BR"),
    ("At first, the council rejected the new budget for the harbour.",
     "O conselho rejeitou o novo orçamento para o porto.", "en", "pt-BR"),
    ("No ano passado, o conselho aprovou o novo orçamento para o porto.",
     "The council approved the new budget for the harbour.", "pt", "en"),
])
def test_a_lost_opening_of_time_is_blocking(source: str, target: str, src: str,
                                            locale: str) -> None:  # fmt: skip
    assert _opening(source, target, src, locale)


@pytest.mark.parametrize(("source", "target", "src", "locale"), [
    ("Last week, the council approved the new budget for the harbour.",
     "O conselho aprovou na semana passada o novo orçamento para o porto.", "en", "pt-BR"),
    ("Next, the council approved the new budget for the harbour.",
     "A seguir, o conselho aprovou o novo orçamento para o porto.", "en", "pt-BR"),
    ("First, the council approved the new budget for the harbour.",
     "Primeiramente, o conselho aprovou o novo orçamento para o porto.", "en", "pt-BR"),
    ("No ano passado, o conselho aprovou o novo orçamento para o porto.",
     "The council approved the new budget for the harbour last year.", "pt", "en"),
])
def test_a_kept_opening_of_time_passes(source: str, target: str, src: str,
                                       locale: str) -> None:  # fmt: skip
    assert not _opening(source, target, src, locale)


@pytest.mark.parametrize(("source", "target"), [
    # the engine copied the sentence (or its opening) untranslated: nothing is lost or said to be
    # so; the untranslated check is the one that reads it
    ("If the council approves the plan, rents in the district will rise.",
     "[pt] If the council approves the plan, rents in the district will rise."),
    ("Earlier this year, the company cut 300 jobs in the region.",
     "Earlier this year, a empresa cortou 300 empregos na região."),
])
def test_a_phrase_copied_untranslated_is_not_lost(source: str, target: str) -> None:
    assert not [m for m in _messages(source, target) if "may happen" in m or "lost" in m]


@pytest.mark.parametrize(("source", "target"), [
    # the same sentences with the phrase really gone, and a lone copied word that proves nothing
    ("If the council approves the plan, rents in the district will rise.",
     "O conselho aprova o plano, os aluguéis no distrito vão subir (if)."),
    ("Earlier this year, the company cut 300 jobs in the region.",
     "A empresa cortou 300 empregos na região."),
])
def test_a_phrase_lost_is_still_caught(source: str, target: str) -> None:
    assert [m for m in _messages(source, target) if "may happen" in m or "lost" in m]


def test_a_capitalized_name_inside_a_clause_is_no_conditional_mood() -> None:
    """probe28 (UOL Notícias' feed, tests/data/probe28): "ao vencer a Estamparia", a team named
    after a print shop, was read as "estamparia" of "estampar" and held a right edition; a
    capitalized word right after a word of its clause is a name. A sentence's or a quotation's
    first word is still read, and the same word in lower case too."""
    source = ("A equipe foi campeã neste sábado da Primeira Divisão, categoria livre, ao vencer "
              "a Estamparia por 3 a 1.")
    target = ("The team was champion this Saturday of the First Division, free category, beating "
              "Estamparia 3-1.")
    assert _conditional(source, target, "pt", "en") == []
    assert _conditional("Seria a maior vitória do time, segundo o técnico.",
                        "It is the team's biggest win, according to the coach.", "pt", "en")
    assert _conditional('O técnico disse: "Poderia ser a maior vitória do time".',
                        'The coach said: "It is the team\'s biggest win."', "pt", "en")
    assert _conditional("O time estamparia a camisa nova, segundo o técnico.",
                        "The team prints the new shirt, according to the coach.", "pt", "en")
