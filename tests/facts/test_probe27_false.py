"""probe27's false findings on correct translations (negation, modality), read as classes: a
negation inside a name or bracketed title copied as written negates nothing in the sentence; a
privative ("sem", "without") may be rendered by a lexical negative ("run out of", "lack",
"carecem de"); "not only" may be said with words between ("doesn't happen for just one
reason"); "não possamos" and "not to be able to" are prohibitions. The true findings beside
them stay: a slogan's "No" copied untranslated, a privative dropped, "can't" made "podemos"."""

from __future__ import annotations

import pytest

from translate.check import check_pair


def _of(check: str, source: str, target: str, src: str, locale: str) -> list[str]:
    return [f.message for f in check_pair(source, target, src, locale).findings
            if f.check == check and f.severity == "error"]  # fmt: skip


@pytest.mark.parametrize(("source", "target"), [
    ("[Mega No!, pt], a blog created to gather information about the bill:",
     "[Mega No!, pt], um blog criado para reunir informações sobre o projeto:"),
    ("The band Say No More played in Lisbon last night.",
     "A banda Say No More tocou em Lisboa ontem à noite."),
])
def test_a_negation_inside_a_copied_name_or_bracketed_title_is_no_finding(
    source: str, target: str
) -> None:
    assert _of("negation", source, target, "en", "pt-BR") == []


def test_a_negation_the_copied_title_does_not_hold_is_still_a_finding() -> None:
    # the title is copied, but the sentence's own "not" is lost
    found = _of("negation", "[Mega No!, pt] did not publish the list.",
                "[Mega No!, pt] publicou a lista.", "en", "pt-BR")
    assert any("'not'" in m for m in found), found


def test_a_slogan_copied_untranslated_is_still_a_finding() -> None:
    # "No, Azeredo" left in English: Portuguese reads "No" as "in the" (probe27, true)
    found = _of("negation", '"No, Azeredo", in São Paulo. Photo by Andre Deak.',
                "“No, Azeredo”, em São Paulo. Foto de Andre Deak.", "en", "pt-BR")
    assert found


def test_a_quoted_title_copied_with_its_negation_adds_none() -> None:
    source = ("One of many communities, “Não ao projeto de Azeredo” [No to the Azeredo Bill, "
              "pt], has already attracted 6,563 members.")
    target = ("Uma das muitas comunidades, “Não ao projeto de Azeredo” [Não ao Azeredo Bill, "
              "pt], já atraiu 6.563 membros.")
    assert _of("negation", source, target, "en", "pt-BR") == []


def test_a_negation_added_beside_a_copied_title_is_still_a_finding() -> None:
    source = "The community “Não ao projeto” was founded in 2008."
    target = "A comunidade “Não ao projeto” não foi fundada em 2008."
    assert _of("negation", source, target, "en", "pt-BR")


@pytest.mark.parametrize(("source", "target", "src", "locale"), [
    ("Aulas são interrompidas e alunos ficam sem professores.",
     "Lessons are interrupted and students run out of teachers.", "pt", "en"),
    ("Muitas escolas ficaram sem água.", "Many schools lacked water.", "pt", "en"),
    ("Many villages are without doctors.", "Muitas aldeias carecem de médicos.", "en", "pt-BR"),
])
def test_a_privative_rendered_by_a_lexical_negative_is_no_finding(
    source: str, target: str, src: str, locale: str
) -> None:
    assert _of("negation", source, target, src, locale) == []


@pytest.mark.parametrize(("source", "target", "src", "locale"), [
    ("Os alunos ficam sem professores.", "The students stay with teachers.", "pt", "en"),
    # a lexical negative renders a privative, not a plain "não"
    ("Os alunos não ficaram na escola.", "The students ran out of the school.", "pt", "en"),
])
def test_a_privative_or_negation_lost_is_still_a_finding(
    source: str, target: str, src: str, locale: str
) -> None:
    assert _of("negation", source, target, src, locale)


def test_not_only_with_words_between_is_additive_on_both_sides() -> None:
    source = ("Specialists know that an air accident doesn’t happen for just one reason, but "
              "because of a series of factors.")
    target = ("Especialistas sabem que um acidente aéreo não acontece por apenas uma razão, mas "
              "por causa de uma série de fatores.")
    assert _of("negation", source, target, "en", "pt-BR") == []


def test_a_plain_negation_made_not_only_is_still_a_finding() -> None:
    found = _of("negation", "The accident did not happen for that reason.",
                "O acidente não aconteceu só por essa razão.", "en", "pt-BR")
    assert found


@pytest.mark.parametrize(("source", "target", "src", "locale"), [
    ("There are always ads on the pages, so we can't access them anymore.",
     "Há sempre anúncios nas páginas, para que não possamos mais acessá-los.", "en", "pt-BR"),
    ("O mais desagradável é não conseguir se mexer.",
     "The most unpleasant thing is not to be able to move.", "pt", "en"),
    ("O pior é não poder sair de casa.", "The worst thing is not being able to leave home.",
     "pt", "en"),
])
def test_prohibition_equivalents_are_no_finding(
    source: str, target: str, src: str, locale: str
) -> None:
    assert _of("modality", source, target, src, locale) == []


@pytest.mark.parametrize(("source", "target", "src", "locale"), [
    ("So we can't access them anymore.", "Então podemos acessá-los agora.", "en", "pt-BR"),
    ("O pior é não conseguir se mexer.", "The worst thing is that you must move.", "pt", "en"),
])
def test_a_prohibition_made_a_choice_or_obligation_is_still_a_finding(
    source: str, target: str, src: str, locale: str
) -> None:
    assert _of("modality", source, target, src, locale)
