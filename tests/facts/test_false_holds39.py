"""facts39: a gerund the target writes as a participle clause is no verb gone.

``check_action``'s reading of a means (``_means_lost``): where a Portuguese source says how with a
gerund and the English target writes "by" before a determiner more often than the source has
words that may say it, the verb is read as gone. A passive's agent ("accompanied only by the
invoice") is such a "by"; where the target writes the gerund as a clause of its own ("“not
requiring another document", "..., waiving"), as many such clauses as the source has gerunds,
the verb is there (probe36's camara-617681 b3.s0, held in en-GB and en-US for this finding
alone). The same target with the participle dropped, fewer participles than gerunds, or a
verb form after a preposition ("from plumbing problems") are still held."""

from __future__ import annotations

import pytest

from translate.check import check_pair


def _held(source: str, target: str, locale: str = "en-GB") -> list[str]:
    return [f.message for f in check_pair(source, target, "pt", locale).blocking
            if (f.data or {}).get("kind") == "action-dropped"]  # fmt: skip


_LAW = ("Atualmente, a Lei 12.844/13 determina que o transporte de ouro deve ser acompanhado "
        "apenas da nota fiscal tradicional e da cópia do título autorizativo de lavra, \"não se "
        "exigindo outro documento\".")
_LAW_EN = ("Currently, Law 12.844/13 determines that the transport of gold must be accompanied "
           "only by the traditional invoice and the copy of the authoritative title of mining, "
           "“not requiring another document.”")
_ORDER = "O pedido deve ser acompanhado da fatura, dispensando outro documento."
_REPORT = ("O relatório foi compilado examinando a experiência do cliente e comparando os preços "
           "das empresas.")


@pytest.mark.parametrize("locale", ["en-GB", "en-US"])
def test_probe36_participle_is_no_verb_gone(locale: str) -> None:
    assert not _held(_LAW, _LAW_EN, locale)


def test_participle_after_a_comma_is_no_verb_gone() -> None:
    assert not _held(_ORDER, "The order must be accompanied by the invoice, waiving any other "
                             "document.")


@pytest.mark.parametrize(("source", "target"), [
    # the participle dropped: the verb is gone
    (_LAW, _LAW_EN.replace("not requiring another", "not another")),
    (_ORDER, "The order must be accompanied by the invoice, any other document."),
    # two gerunds, one participle clause
    (_REPORT, "The report was compiled by the customer's experience, comparing the prices of the "
              "companies."),
    # a verb form after a preposition opens no clause
    ("A boa notícia é que você pode se proteger de problemas de encanamento, implementando as "
     "dicas de manutenção de encanamento neste artigo.",
     "The good news is that you can protect yourself from plumbing problems by the plumbing "
     "maintenance tips in this article."),
])
def test_verb_gone_is_still_held(source: str, target: str) -> None:
    assert _held(source, target)


# "há" (there is) written "there is"/"there are": a present of the source (``[tense]
# existential`` of pt.toml, ``there`` of en.toml), one for each such pair; probe36's
# camara-619775 b8.s1, held in en-GB and en-US for "a past made a present" alone.
_HA = ("“Sobre o que houve com relação à falta de cumprimento do acordo por parte do Senado nos "
       "vetos que foram acertados, já há aqui algumas discordâncias sobre se foi essa cédula ou "
       "se foi aquela cédula.")
_HA_EN = ("“On what happened in relation to the lack of compliance with the agreement by the "
          "Senate in the vetoes that were agreed, there are already some disagreements about "
          "whether it was this ballot or whether it was that ballot.")


def _tense(source: str, target: str, locale: str = "en-GB") -> list[str]:
    return [f.message for f in check_pair(source, target, "pt", locale).blocking
            if (f.data or {}).get("kind") == "tense"]  # fmt: skip


@pytest.mark.parametrize("locale", ["en-GB", "en-US"])
def test_probe36_ha_written_there_are_is_a_present(locale: str) -> None:
    assert not _tense(_HA, _HA_EN, locale)


def test_ha_there_is_pair_in_a_short_sentence() -> None:
    assert not _tense("Houve protestos, mas há muitas dúvidas sobre o projeto.",
                      "Protests happened, but there are many doubts about the project.")


@pytest.mark.parametrize(("source", "target"), [
    # a past made a present beside the pair: the pair's "are" is counted once
    (_HA, _HA_EN.replace("whether it was this ballot", "whether it is this ballot")),
    # "há dois anos" is "two years ago", no present
    ("Ele saiu de casa há dois anos e foi morar em Lisboa.",
     "He left home there are two years and is living in Lisbon."),
    # "há" with no "there is"/"there are" in the target counts nothing
    ("Houve protestos, mas há muitas dúvidas sobre o projeto.",
     "Protests happened, but many doubts are about the project."),
])
def test_past_made_present_is_still_held(source: str, target: str) -> None:
    assert _tense(source, target)
