"""glossary56: a several-word name joined by hyphens to a lower-case word ("South-Carolina-based",
"New-Zealand-based") is a name the translation may lose: the added-name check reads it as the
run "South Carolina", so a place written in its stead ("na Coreia do Sul") blocks as a name
written in place of a lost one, as "in South Carolina" did (names47). A hyphen-joined name the
glossary knows is left to the glossary's own term check, which knows its target form."""

from __future__ import annotations

from translate.glossary import load_glossary
from translate.glossary.injected import lost_names
from translate.model import Segment, TranslatedSegment
from translate.pipeline import _injected_name_findings
from translate.protect import protect_segments, restore_segments


def _findings(source: str, target: str, locale: str = "pt-BR") -> list[tuple[str, str]]:
    g = load_glossary()
    seg = Segment("b1.s0", 0, 0, source, 0, len(source), "en")
    restored = restore_segments(protect_segments([seg], g, locale, "en"), [target])
    ts = TranslatedSegment(seg, restored.targets[0], origin="mt",
                           terms=tuple(restored.terms[0]))
    return [(f.severity, f.message) for f in _injected_name_findings([ts], g, locale)]


def test_a_hyphen_joined_name_rendered_as_another_place_blocks() -> None:
    found = _findings("Shares of the South-Carolina-based firm grew.",
                      "A empresa sediada na Coreia do Sul cresceu.")
    assert [s for s, _ in found] == ["error"]
    assert "in place of South Carolina" in found[0][1]


def test_the_run_is_the_name_without_its_lower_case_word() -> None:
    assert lost_names("the New-York-based bank", "o banco de Nova Jersey") == ["New York"]
    assert lost_names("the South-Carolina-born singer", "a cantora nascida na Coreia do Sul") \
        == ["South Carolina"]


def test_a_known_name_kept_in_its_target_form_is_not_lost() -> None:
    # New Zealand is read by the glossary and written "Nova Zelândia": London added beside it
    # is an added name, but in place of nothing
    found = _findings("New-Zealand-based activists sued the singer in Lorde.",
                      "Ativistas baseados na Nova Zelândia processaram a cantora em Londres.")
    assert [s for s, _ in found] == ["warning"]


def test_a_known_name_rendered_as_another_place_blocks() -> None:
    # facts set z, z034: the glossary reads "New-Zealand" and finds it missing
    found = _findings("Three teenage Israeli fans of the popstar Lorde have filed a lawsuit "
                      "against two New-Zealand-based activists.",
                      "Três fãs israelenses adolescentes da popstar Lorde apresentaram uma ação "
                      "contra dois ativistas baseados na Nova Irlanda.")
    assert [s for s, _ in found] == ["error"]


def test_other_hyphenated_words_are_no_run() -> None:
    target = "Ele visitou a capital."
    assert lost_names("He visited Guinea-Bissau.", target) == []
    assert lost_names("Then the Kyiv-born artist spoke.", "O artista falou.") == []
    assert lost_names("the well-known Jean-Pierre", target) == []
    assert lost_names("an Austro-Hungarian officer", target) == []


def test_reading_hyphen_joined_runs_is_linear() -> None:
    runs = lost_names("the South-Carolina-based firm " * 20_000, "a empresa")
    assert len(runs) == 20_000
