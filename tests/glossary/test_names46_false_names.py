"""names46: false name findings of probe45's State Department sweep (docs/evaluation/probes.md,
"names46"): the localizer's own currency symbol ("US$") is no mention of the United States; a
name defined by its acronym in parentheses is one mention; a target acronym the glossary gives
for the entity ("RPC") is the entity."""

from __future__ import annotations

from translate.glossary import load_glossary
from translate.model import Segment
from translate.protect import protect_segments, restore_segments


def _findings(source: str, target: str, locale: str = "pt-BR") -> list[str]:
    segments = [Segment("b0.s0", 0, 0, source, 0, len(source), "en")]
    prepared = protect_segments(segments, load_glossary(), locale)
    result = restore_segments(prepared, [target])
    return [f"{f.severity} {f.message}" for fs in result.findings for f in fs
            if f.check == "glossary"]


def test_the_letters_of_a_currency_symbol_are_no_mention() -> None:
    for locale in ("pt-BR", "pt-PT"):
        assert _findings("The United States gave $5 million.",
                         "Os Estados Unidos deram US$ 5 milhões.", locale) == []
    # French writes the sign first ("$US", CLDR's symbol there)
    assert _findings("The United States gave $5 million.",
                     "Les États-Unis ont donné 5 millions $US.", "fr") == []
    # the name itself written twice is still a repeat; "US" standing alone is still the name
    found = _findings("The United States gave $5 million.",
                      "Os Estados Unidos e os EUA deram US$ 5 milhões.")
    assert any("United States appears more often" in m for m in found), found
    found = _findings("The US gave $5 million.", "O US deu US$ 5 milhões.")
    assert not any("is missing" in m for m in found), found


def test_a_name_defined_by_its_acronym_is_one_mention() -> None:
    assert _findings(
        "The Office for the Coordination of Humanitarian Affairs (OCHA) said so.",
        "O Escritório para a Coordenação de Assuntos Humanitários (OCHA) disse isso.") == []
    # both written: nothing repeated, nothing missing
    assert _findings("The United Nations Development Programme (UNDP) said so.",
                     "O Programa das Nações Unidas para o Desenvolvimento (PNUD) disse isso.") == []
    # the pair lost whole is still missing, once for each
    found = _findings(
        "The Office for the Coordination of Humanitarian Affairs (OCHA) said so.",
        "O Escritório para a Coordenação de Assuntos Humanitários disse isso.")
    assert any("OCHA" in m and "is missing" in m for m in found), found
    # an acronym of the same entry later in the sentence, not in parentheses after the name,
    # is a mention of its own
    found = _findings(
        "The Office for the Coordination of Humanitarian Affairs said OCHA would stay.",
        "O Escritório para a Coordenação de Assuntos Humanitários disse que ficaria.")
    assert any("is missing" in m for m in found), found


def test_the_target_languages_own_acronym_is_the_entity() -> None:
    assert _findings("The PRC denied it.", "A RPC negou.") == []
    assert _findings("The DPRK denied it.", "A RPDC negou.") == []
    # an acronym dropped is still missing
    found = _findings("The PRC denied it.", "O governo negou.")
    assert any("China" in m and "is missing" in m for m in found), found


def test_the_engines_spaced_currency_symbol_is_no_mention() -> None:
    # the engine writes "US $ 405 milhões" (the localizer joins it afterwards)
    assert _findings("The United States gave nearly $405 million.",
                     "Os Estados Unidos deram quase US $ 405 milhões.") == []
    # "US" before a sign that no amount follows is not read as a symbol
    found = _findings("The United States gave it.", "Os Estados Unidos e os EUA $ deram.")
    assert any("United States appears more often" in m for m in found), found
