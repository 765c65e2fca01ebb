"""An action dropped in an English target (``facts.check_action``, data ``[actions]`` of
``locales/facts/{en,pt}.toml``): English writes the verb after "after"/"before"/"without"/"by"
in a form of its own (-ing), so

* where the source writes such a preposition with a verb and its object ("sem consultar o OBR")
  and the target the preposition before a determiner with no clause after it ("without the OBR
  first"), the verb is gone;
* where the source says how with a gerund ("implementando as dicas") and the target writes "by"
  before a determiner more often than the source has words that may say "by" ("pelo autor",
  "até 2025"), the verb is gone.

A Portuguese target is read the same way (its clause: an infinitive, "que", a pronoun):
"without consulting the OBR first" written "sem o OBR primeiro". The held cases are
``action-dropped`` rows of the development sets (pt->en); the passed ones are
the engine's real outputs of the same sentences and renderings with a clause."""

from __future__ import annotations

import pytest

from translate.check import check_pair


def _held(source: str, target: str, src: str = "pt", locale: str = "en") -> list[str]:
    return [f.message for f in check_pair(source, target, src, locale).blocking
            if (f.data or {}).get("kind") == "action-dropped"]  # fmt: skip


_OBR = ("Em setembro de 2022, o governo de Liz Truss apresentou um conjunto de cortes de impostos "
        "não financiados em seu mini-orçamento sem consultar o OBR primeiro.")
_OSCAR = ("Depois de anunciar os indicados na semana passada, começamos nossa lista de todos os "
          "tempos do Oscar com melhor diretor.")
_PLUMBING = ("A boa notícia é que você pode se proteger de problemas de encanamento, implementando "
             "as dicas de manutenção de encanamento neste artigo.")
_REPORT = ("O relatório foi compilado examinando a experiência do cliente com empresas de aluguel "
           "de carros em sete dimensões principais.")
_DENTAL = ("Dê o primeiro passo em direção ao seu melhor ano dentário, agendando um exame "
           "abrangente com seu profissional dentário local.")


@pytest.mark.parametrize(("source", "target"), [
    # set AA (development): "sem consultar o OBR" written "without the OBR"
    (_OBR, "In September 2022, the Liz Truss government presented a set of unfunded tax cuts in "
           "its mini-budget without the OBR first."),
    # set Z: "Depois de anunciar os indicados" written "After the nominees"
    (_OSCAR, "After the nominees last week, we started our Academy Award-time list with best "
             "director."),
    # set P: "antes de iniciar uma nova rotina" written "before a new exercise routine"
    ("Nota: Se você tiver uma condição de saúde existente, consulte um médico antes de iniciar "
     "uma nova rotina de exercícios.",
     "Note: If you have an existing health condition, consult a doctor before a new exercise "
     "routine."),
    # set Y: "implementando as dicas" written "by the plumbing maintenance tips"
    (_PLUMBING, "The good news is that you can protect yourself from plumbing problems by the "
                "plumbing maintenance tips in this article."),
    # set Y: "examinando a experiência" written "by the customer's experience"
    (_REPORT, "The report was compiled by the customer's experience with car rental companies in "
              "seven main dimensions."),
    # set S: "agendando um exame" written "by a comprehensive exam"
    (_DENTAL, "Take the first step towards your best year by a comprehensive exam with your local "
              "dental professional."),
])
def test_action_dropped_in_english_is_held(source: str, target: str) -> None:
    assert _held(source, target)


@pytest.mark.parametrize(("source", "target"), [
    # the verb kept
    (_OBR, "In September 2022, the Liz Truss government presented a set of unfunded tax cuts in "
           "its mini-budget without consulting the OBR first."),
    (_OSCAR, "After announcing the nominees last week, we started our Academy Award-time list "
             "with best director."),
    (_PLUMBING, "The good news is that you can protect yourself from plumbing problems by "
                "implementing the plumbing maintenance tips in this article."),
    (_DENTAL, "Take the first step towards your best year by scheduling a comprehensive exam with "
              "your local dental professional."),
    # the action said as a clause: a verb after the phrase's first word
    (_OSCAR, "After the nominees were announced last week, we started our Academy Award-time "
             "list with best director."),
    (_OBR, "In September 2022, the Liz Truss government presented a set of unfunded tax cuts in "
           "its mini-budget without the OBR being consulted first."),
    ("Ele saiu depois de vencer o jogo.", "He left after the team won the game."),
    # "by" said by the source ("pelo"), or a deadline, or "by the end"
    ("O relatório foi escrito pelo autor, examinando a experiência do cliente.",
     "The report was written by the author, examining the customer's experience."),
    ("Até o fim do ano, crescendo sem parar, a empresa terá mil lojas.",
     "By the end of the year, growing without stop, the company will have a thousand stores."),
])
def test_verb_or_clause_kept_is_passed(source: str, target: str) -> None:
    assert not _held(source, target)



def test_portuguese_target_without_a_clause_is_held() -> None:
    # set AA (development): "without consulting the OBR first" written "sem o OBR primeiro"
    assert _held("In September 2022, Liz Truss's government put forward a set of unfunded tax "
                 "cuts in its mini-budget without consulting the OBR first.",
                 "Em setembro de 2022, o governo de Liz Truss apresentou um conjunto de cortes de "
                 "impostos não financiados em seu mini-orçamento sem o OBR primeiro.",
                 "en", "pt-BR")


@pytest.mark.parametrize(("source", "target", "src", "locale"), [
    # the action said as a noun: a complement linked where the source's object has none
    ("After purchasing your trip, you can relax.",
     "Após a compra de sua viagem, você pode relaxar.", "en", "pt-BR"),
    ("Depois de comprar sua viagem, relaxe.", "After the purchase of your trip, relax.", "pt",
     "en"),
    # a clause with its subject and an infinitive
    ("Before leaving the house, the president called.",
     "Antes de o presidente sair de casa, ele ligou.", "en", "pt-BR"),
])
def test_noun_or_clause_in_either_target_is_passed(source: str, target: str, src: str,
                                                   locale: str) -> None:
    assert not _held(source, target, src, locale)
