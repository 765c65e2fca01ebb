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
                   "Fiscais are shot to Rio's favela") == [["Fiscais"]]
    # a lower-case word copied is a cognate or a loanword more often than not
    assert _copied("O PIB per capita e o interlocutor do governo.",
                   "The GDP per capita and the government's interlocutor.") == []
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


def _glossary(pairs: list[tuple[str, str]]) -> list[str]:
    from translate.glossary import load_glossary
    from translate.model import Segment
    from translate.protect import protect_segments, restore_segments

    segments = [Segment(f"b{k}.s0", k, 0, s, 0, len(s), "pt") for k, (s, _) in enumerate(pairs)]
    prepared = protect_segments(segments, load_glossary(), "en-US")
    result = restore_segments(prepared, [t for _, t in pairs])
    return [f.message for fs in result.findings for f in fs if f.check == "glossary"]


def test_a_name_in_the_sources_language_is_no_misspelling() -> None:
    # probe26 (Público): the Portuguese names of the Netherlands, Belarus and the Vatican
    found = _glossary([
        ("Envolvendo a Bielorússia, França, Holanda e Rússia.",
         "Involving Belarus, France, the Netherlands and Russia."),
        ("O jornal do Vaticano disse isso.", "The Vatican newspaper said so."),
    ])
    assert not [m for m in found if "misspelling" in m], found
    # a word two letters off the Portuguese name is still read and reported
    found = _glossary([("Envolvendo a Bielorusia e a França.", "Involving Belarus and France.")])
    assert any("misspelling" in m and "Belarus" in m for m in found), found


def test_a_demonym_of_the_edition_is_no_repeat_of_the_name() -> None:
    found = _glossary([
        ("Norte-iemenitas tomam base do sul. Forças do norte do Iêmen anunciaram a tomada da "
         "base aérea, a principal dos sul-iemenitas.",
         "North Yemeni take the southern base. Forces of northern Yemen announced the takeover "
         "of the air base, the main one of the South Yemeni."),
        ("Compete em Dilbeek, na Bélgica, com belgas e suíças.",
         "Competes in Dilbeek, Belgium, with Belgians and Swiss."),
    ])
    assert not [m for m in found if "more often" in m], found
    # the name itself written twice for one mention is still reported
    found = _glossary([("Compete em Dilbeek, na Bélgica.",
                        "Competes in Dilbeek, Belgium, Belgium.")])
    assert any("Belgium appears more often" in m for m in found), found


def test_a_word_the_engine_copied_is_not_replaced_on_a_misspelling_reading() -> None:
    # probe27 (Porttinari, Folha): "em Araras (SP)", a town, read as a misspelling of Mount
    # Ararat, was published "in Mount Ararat (SP)"
    from translate.glossary import load_glossary
    from translate.model import Segment
    from translate.protect import protect_segments, restore_segments

    source = "Hoje estuda engenharia da computação em Araras (SP)."
    prepared = protect_segments([Segment("b0.s0", 0, 0, source, 0, len(source), "pt")],
                                load_glossary(), "en-US", "pt")
    result = restore_segments(prepared, ["Today he studies computer engineering in Araras (SP)."])
    assert result.targets == ["Today he studies computer engineering in Araras (SP)."]
    assert [(i["status"], i["actions"]) for i in result.report["items"]] == [
        ("kept", ["source-spelling"])]
    # an English source's misspelling is sent to the engine as the name, and kept so
    source = "Nikol Pashinian met the envoy."
    prepared = protect_segments([Segment("b0.s0", 0, 0, source, 0, len(source), "en")],
                                load_glossary(), "pt-BR")
    result = restore_segments(prepared, ["Nikol Pashinyan se reuniu com o enviado."])
    assert result.targets == ["Nikol Pashinyan se reuniu com o enviado."]
