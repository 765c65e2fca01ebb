"""Findings read on real Portuguese news translated to English (twenty-seventh pass,
docs/evaluation/probes.md): a word of the source language left in the English edition is
flagged, and the names written as the source has them are not."""

from __future__ import annotations

from translate.check import check_pair


def _copied(source: str, target: str, src: str = "pt", tgt: str = "en-US") -> list[list[str]]:
    result = check_pair(source, target, src, tgt, localize=False)
    return [list(f.data["copied"]) for f in result.findings
            if f.check == "untranslated" and "copied" in f.data]


def test_a_source_word_read_as_a_headline_name_is_flagged() -> None:
    # probe26: "Fiscais" (inspectors) opened a headline; the engine copied it as a name
    assert _copied("Fiscais são recebidos a tiros em favela do Rio",
                   "Fiscais are shot to Rio's favela") == [["Fiscais", "favela"]]
    assert _copied("Fiscais do Tribunal Regional Eleitoral foram recebidos a tiros ontem.",
                   "Fiscais of the Regional Electoral Court were shot at yesterday."
                   ) == [["Fiscais"]]
    # the right edition raises nothing
    assert _copied("Fiscais são recebidos a tiros em favela do Rio",
                   "Inspectors are met with gunfire in a Rio slum") == []


def test_names_written_as_the_source_has_them_are_not_flagged() -> None:
    for source, target in [
        ("São Paulo decidiu ontem manter o técnico.",
         "São Paulo decided yesterday to keep the coach."),
        ("O restaurante fica na avenida Cidade Jardim, em São Paulo.",
         "The restaurant is on Cidade Jardim avenue in São Paulo."),
        ("O projeto Alfa começa em Fernão Ferro.", "The Alfa project starts in Fernão Ferro."),
        ("Costa Neto disse que o governo errou.", "Costa Neto said the government was wrong."),
        ("Um estudo do Corecon no Rio de Janeiro foi divulgado ontem.",
         "A Corecon study in Rio de Janeiro was released yesterday."),
    ]:
        assert _copied(source, target) == [], source


def test_only_an_edition_whose_language_has_a_dictionary_is_read() -> None:
    # Portuguese has no spelling dictionary shipped: an English word left in a pt-BR edition
    # cannot be told from a loanword ("site", "online") by this check
    assert _copied("The inspectors were shot at in a Rio slum.",
                   "Os inspectors foram recebidos a tiros numa favela do Rio.", "en", "pt-BR") == []
    # a sentence passed through whole is the untranslated check's, once
    result = check_pair("Fiscais são recebidos a tiros em favela do Rio",
                        "Fiscais são recebidos a tiros em favela do Rio", "pt", "en-US",
                        localize=False)
    assert [f.severity for f in result.findings if f.check == "untranslated"] == ["error"]
