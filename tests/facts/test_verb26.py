"""A verb dropped after a noun subject (``facts.check_verb_missing``, data ``[verbless]`` of
``locales/facts/{en,pt}.toml``: ``name_determiners``, ``articles``, ``not_nouns``) and an
action dropped between "by"/"upon" and a preposition in an English target
(``facts.check_purpose_lost``, ``[purpose] contraction`` of ``en.toml``). The held cases are
rows of development set Z (kind ``verb-dropped``) and of Y (``action-dropped``); the passed
ones are the engine's real outputs of the same sentences and renderings the language allows."""

from __future__ import annotations

import pytest

from translate.check import check_pair


def _held(source: str, target: str, src: str, locale: str, kind: str) -> list[str]:
    return [f.message for f in check_pair(source, target, src, locale).blocking
            if (f.data or {}).get("kind") == kind]  # fmt: skip


MUELLER = ("Mueller lost his job at Denver’s KYGO-FM after Swift’s management and security team "
           "told him he would no longer be welcome at the star’s concerts following the incident.")
MUELLER_PT = ("Mueller perdeu seu emprego no KYGO-FM de Denver depois que a equipe de "
              "gerenciamento e segurança de Swift disse que não seria mais bem-vindo nos concertos "
              "da estrela após o incidente.")
POLICE = ("Police dropped an investigation into disgraced former gymnastics doctor Larry Nassar "
          "in 2004 after he told them he was conducting legitimate medical treatment.")
POLICE_PT = ("A polícia abandonou uma investigação sobre o desonrado ex-médico de ginástica Larry "
             "Nassar em 2004, depois que ele disse que estava realizando tratamento médico "
             "legítimo.")
COMPANY_PT = ("A empresa adicionou a regra às suas políticas de publicidade na terça-feira, em uma "
              "atualização de sua lista.")
TRUMP = "Donald Trump has promised a “new American moment” in a State of the Union address."
TRUMP_PT = "Donald Trump prometeu um \"novo momento americano\" em um discurso do Estado da União."


@pytest.mark.parametrize(("source", "target", "src", "locale"), [
    # set Z (development), en->pt: a name, then an article and a noun, before the object
    (MUELLER, MUELLER_PT.replace("perdeu ", ""), "en", "pt-BR"),
    (TRUMP, TRUMP_PT.replace("prometeu ", ""), "en", "pt-BR"),
    (POLICE, POLICE_PT.replace("abandonou ", ""), "en", "pt-BR"),
    # pt->en
    (MUELLER_PT, "Mueller his job at Denver's KYGO-FM after Swift's management and security "
     "team said he would no longer be welcome at the star's concerts.", "pt", "en"),
    (TRUMP_PT, "Donald Trump a \"new American moment\" in a State of the Union speech.", "pt",
     "en"),
    (COMPANY_PT, "The company the rule to its advertising policies on Tuesday, in an update of "
     "its list.", "pt", "en"),
])
def test_verb_dropped_after_noun_subject_is_held(source: str, target: str, src: str,
                                                 locale: str) -> None:  # fmt: skip
    assert _held(source, target, src, locale, "verb-dropped")


@pytest.mark.parametrize(("source", "target", "src", "locale"), [
    # the engine's real outputs of the same sentences
    (MUELLER, MUELLER_PT, "en", "pt-BR"),
    (TRUMP, TRUMP_PT, "en", "pt-BR"),
    (POLICE, POLICE_PT, "en", "pt-BR"),
    (COMPANY_PT, "The company added the rule to its advertising policies on Tuesday, in an "
     "update of its list.", "pt", "en"),
    # a capitalized first word of the target's own is no name ("Em", "Fornece")
    ("In 2018 a man was arrested.", "Em 2018 um homem foi preso.", "en", "pt-BR"),
    ("It provides a peak torque of 380 Nm.", "Fornece um torque máximo de 380 Nm.", "en",
     "pt-BR"),
    # the source writes the name right before a determiner too (a headline)
    ("Trump a no-show at Davos", "Trump a no-show at Davos", "pt", "en"),
    ("Lula, um dia, disse que sim.", "Lula one day said yes.", "pt", "en"),
    # heads a clause may follow with no "that", and "a cada": no noun subject
    ("O dia em que uma bomba explodiu mudou tudo.", "The day a bomb exploded changed everything.",
     "pt", "en"),
    ("Each day a new record falls.", "A cada dia um novo recorde cai.", "en", "pt-BR"),
    ("The more a person reads, the better.", "Quanto mais uma pessoa lê, melhor.", "en", "pt-BR"),
    # a word that opens a phrase after "a" (the golden editions' dropbox-blog b21.s0, held by
    # the first draft: the engine garbled "At-least once", but no verb was lost)
    ("At-least once task execution", "A menos uma vez execução de tarefas", "en", "pt-BR"),
])
def test_noun_subject_with_its_verb_passes(source: str, target: str, src: str,
                                           locale: str) -> None:  # fmt: skip
    assert not _held(source, target, src, locale, "verb-dropped")


def test_by_before_a_preposition_is_held() -> None:
    # set Y (development): "Ao olhar para as tendências" written "By at the trends" is left
    # ("by at least" is English); "by in" and "upon to" are not
    source = ("Ao olhar para as tendências de crescimento da empresa, você pode aprender muito.")
    assert _held(source, "By in the company's growth trends, you can learn a lot.", "pt", "en",
                 "action-dropped")  # fmt: skip
    assert _held(source, "Upon to the company's growth trends, you can learn a lot.", "pt",
                 "en", "action-dropped")  # fmt: skip


@pytest.mark.parametrize("target", [
    "By looking at the company's growth trends, you can learn a lot.",
    "Sales rose by at least 5% and by about a third in May.",
    "By the way, you can learn a lot.",
])
def test_by_with_its_verb_passes(target: str) -> None:
    source = "Ao olhar para as tendências de crescimento da empresa, você pode aprender muito."
    assert not _held(source, target, "pt", "en", "action-dropped")
