"""harm31: a place's name the engine translated word by word, with a linking word ("da Ilha de
Natal" for Christmas Island, probe30's lee-05 of gensim's Lee corpus), is kept as written and
flagged: never rewritten into the glossary's form ("de Ilha Christmas") nor held as missing."""

from __future__ import annotations

from translate.glossary import Glossary
from translate.model import Segment
from translate.protect import protect_segments, restore_segments


def _restore(glossary: Glossary, source: str, output: str) -> tuple[str, dict[str, object],
                                                                      list[str]]:
    seg = Segment("b0.s0", 0, 0, source, 0, len(source), "en")
    prepared = protect_segments([seg], glossary, "pt-BR", "en")
    result = restore_segments(prepared, [output])
    return result.targets[0], result.terms[0][0], [
        f"{f.severity} {f.message}" for f in result.all_findings if f.check == "glossary"]


def test_engine_translation_of_the_name_is_kept_not_repaired(builtin: Glossary) -> None:
    source = ("Meanwhile, there has been a mass airlift of detainees from Christmas Island "
              "to the Pacific Island of Nauru.")
    output = ("Enquanto isso, houve um transporte aéreo em massa de detidos da Ilha de Natal "
              "para a Ilha do Pacífico de Nauru.")
    target, term, findings = _restore(builtin, source, output)
    assert target == output
    assert term["status"] == "kept" and term["found_as"] == "Ilha de Natal"
    assert not any(f.startswith("error") for f in findings)
    assert any(f.startswith("warning") and "Ilha de Natal" in f for f in findings)


def test_no_missing_hold_for_the_translated_name(builtin: Glossary) -> None:
    source = "The Department of Immigration says there are now 211 detainees remaining on " \
             "Christmas Island."
    output = "O Departamento de Imigração diz que agora há 211 detidos restantes na Ilha de Natal."
    target, term, findings = _restore(builtin, source, output)
    assert target == output
    assert term["status"] == "kept"
    assert not any("missing" in f for f in findings)


def test_the_name_left_in_english_is_still_repaired(builtin: Glossary) -> None:
    source = "Detainees remain on Christmas Island."
    output = "Os detidos continuam em Christmas Island."
    target, term, _ = _restore(builtin, source, output)
    assert term["status"] == "repaired"
    assert "Ilha Christmas" in target


def test_a_missing_name_is_still_missing(builtin: Glossary) -> None:
    source = "Detainees remain on Christmas Island."
    output = "Os detidos continuam na ilha."
    _, term, findings = _restore(builtin, source, output)
    assert term["status"] == "missing"
    assert any(f.startswith("error") for f in findings)


def test_words_of_the_name_apart_are_no_linked_name(builtin: Glossary) -> None:
    source = "Detainees remain on Christmas Island."
    output = "Os detidos continuam na Ilha, no Natal."
    _, term, _ = _restore(builtin, source, output)
    assert term["status"] == "missing"
