"""False holds of probe36's sweep (Portuguese -> English editions of Brazilian government news,
and "Don't just X" written "Não basta X"), classed by the check that raised them and mended by
general rules from the language data (holds36; sentences of the same shape written here, not the
sweep's text), the true findings of the same checks kept:

* tense: a Portuguese present that says "is" without "ser"/"estar" ("se encontram em",
  "encontra-se") is a source's present where more presents only make a hold rarer
  (``[tense] present_wide``);
* additive negation: a target's "não basta X" ("it is not enough to X") writes "don't just X"
  (``[negation] additive_target``, read in a target only);
* conditional: a trade's noun in -aria whose stem is no verb ("alvenaria", "olaria") is no
  conditional (``[conditional] not_mood``);
* separators: a law's number with its year after a slash ("Lei 9.876/21") copied as written is
  no amount;
* approximators: an age's bound ("under the age of 12", "menores de 12") is a bound.
"""

from __future__ import annotations

import pytest

from translate.check import check_pair


def _kinds(source: str, target: str, src: str, locale: str) -> list[str]:
    return [f"{f.check}:{f.data.get('kind', '')}: {f.message}"
            for f in check_pair(source, target, src, locale).blocking]  # fmt: skip


@pytest.mark.parametrize(("source", "target"), [
    # a past rendered as a present perfect, and "se encontram" (are) a present of the source
    ("Até agora, 312 pacientes foram atendidos na unidade, e 8 cidades se encontram em alerta.",
     "So far, 312 patients have been treated at the unit, and 8 cities are on alert."),
    ("O relatório foi entregue, e o texto encontra-se em fase de revisão.",
     "The report has been delivered, and the text is under review."),
])
def test_a_present_without_ser_or_estar_is_a_present(source: str, target: str) -> None:
    assert [k for k in _kinds(source, target, "pt", "en-US") if ":tense:" in k] == []


@pytest.mark.parametrize(("source", "target"), [
    # "foi" written "is": still a past made a present (no "se encontra" to excuse it)
    ("O ministro foi contra a proposta.", "The minister is against the proposal."),
    # "há" is not read as a present: "foi" written "is" beside it is still held
    ("A ponte foi inaugurada há dois anos e é usada por milhares.",
     "The bridge is inaugurated two years ago and is used by thousands."),
    ("O prédio foi reformado, e há 3 propostas.",
     "The building is renovated, and there are 3 proposals."),
])
def test_a_past_made_a_present_is_still_held(source: str, target: str) -> None:
    assert [k for k in _kinds(source, target, "pt", "en-US") if ":tense:" in k]


@pytest.mark.parametrize(("source", "target", "locale"), [
    ("Check the logs: don’t just restart the server when it fails.",
     "Verifique os registos: não basta reiniciar o servidor quando ele falha.", "pt-PT"),
    ("Don't just read the manual, try the examples.",
     "Não basta ler o manual, experimente os exemplos.", "pt-BR"),
])
def test_nao_basta_writes_dont_just(source: str, target: str, locale: str) -> None:
    assert [k for k in _kinds(source, target, "en", locale) if k.startswith("negation:")] == []


@pytest.mark.parametrize(("source", "target", "src", "locale"), [
    # "not only X" written "não X": the opposite of X, still held
    ("Don't just read the manual, try the examples.",
     "Não leia o manual, experimente os exemplos.", "en", "pt-BR"),
    # a source's "não basta" is not read as additive: a plain "not" may write it, and "not only"
    # written "não" beside it is still held
    ("Não basta ler o manual: não leia só o resumo.",
     "Reading the manual is not enough: do not read the summary.", "pt", "en-US"),
])
def test_a_plain_negation_for_an_additive_one_is_still_held(source: str, target: str, src: str,
                                                            locale: str) -> None:
    assert [k for k in _kinds(source, target, src, locale) if k.startswith("negation:")]


@pytest.mark.parametrize("noun", ["alvenaria", "olaria", "funilaria"])
def test_a_trade_noun_in_aria_is_no_conditional(noun: str) -> None:
    source = f"Quem trabalha com {noun} sabe que a parede tem três camadas."
    target = "Anyone who works with that trade knows that the wall has three layers."
    assert [k for k in _kinds(source, target, "pt", "en-GB") if "conditional" in k] == []


def test_a_conditional_in_aria_is_still_held() -> None:
    found = _kinds("O governo mudaria a regra em março.",
                   "The government changes the rule in March.", "pt", "en-GB")
    assert any("conditional" in k for k in found)


@pytest.mark.parametrize("locale", ["en-US", "en-GB"])
def test_a_law_number_with_its_year_is_no_amount(locale: str) -> None:
    source = "Hoje, a Lei 9.876/21 exige que a empresa apresente o recibo."
    target = "Today, Law 9.876/21 requires the company to present the receipt."
    assert [k for k in _kinds(source, target, "pt", locale) if ":separator:" in k] == []


def test_a_number_before_a_slash_not_so_written_in_the_source_is_still_read() -> None:
    found = _kinds("A multa chega a 12.844 reais a cada 13 dias.",
                   "The fine reaches 12.844/13 days in reais.", "pt", "en-US")
    assert any(":separator:" in k for k in found)


@pytest.mark.parametrize(("source", "target", "src", "locale"), [
    ("A vacina protege as crianças com menos de 12 anos, disse o ministério.",
     "The vaccine protects children under the age of 12, the ministry said.", "pt", "en-US"),
    ("A campanha atende pessoas com mais de 60 anos.",
     "The campaign serves people over the age of 60.", "pt", "en-GB"),
    ("The vaccine protects children under the age of 12, the ministry said.",
     "A vacina protege as crianças menores de 12 anos, disse o ministério.", "en", "pt-BR"),
])
def test_an_age_bound_is_a_bound(source: str, target: str, src: str, locale: str) -> None:
    assert [k for k in _kinds(source, target, src, locale) if ":approximator:" in k] == []


@pytest.mark.parametrize(("source", "target", "src", "locale"), [
    # the bound turned over, or lost, is still held
    ("A vacina protege as crianças com menos de 12 anos.",
     "The vaccine protects children over the age of 12.", "pt", "en-US"),
    ("The vaccine protects children under the age of 12.",
     "A vacina protege as crianças de 12 anos.", "en", "pt-BR"),
])
def test_an_age_bound_turned_or_lost_is_held(source: str, target: str, src: str,
                                            locale: str) -> None:
    assert [k for k in _kinds(source, target, src, locale) if ":approximator:" in k]
