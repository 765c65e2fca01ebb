"""glossary58: a one-word name hyphen-joined to lower-case words ("Bolton-born", "York-based")
ends a capitalised run with its name, and an article or possessive that opens the sentence
before it is no word of a name: "The Bolton-born player" was the run "The Bolton-born", so an
added name blocked "in place of The Bolton-born" (glossary56's lead); "The London-born singer"
rendered "A cantora londrina" with Paris added blocked as if London had been replaced."""

from __future__ import annotations

from translate.glossary.injected import lost_names
from translate.glossary.load import load_glossary
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


def test_an_article_and_a_born_adjective_at_a_sentence_start_are_no_run() -> None:
    assert lost_names("The Bolton-born player scored.", "O jogador nascido em Boston marcou.") \
        == []
    assert lost_names("He left. His Kyiv-based group met.", "Ele saiu. O grupo reuniu-se.") == []


def test_a_based_adjective_ends_the_run_with_its_name() -> None:
    assert lost_names("New York-based firms grew.", "Empresas de Nova Jersey cresceram.") \
        == ["New York"]
    assert lost_names("The South Carolina-based firm grew.",
                      "A empresa sediada na Coreia do Sul cresceu.") == ["South Carolina"]


def test_a_run_before_the_adjective_is_read_whole() -> None:
    # mid-sentence: the capitalised words before the adjective and its name
    assert lost_names("Shares of the Great Lakes-based bank fell.", "As ações do banco caíram.") \
        == ["Great Lakes"]


def test_the_name_rendered_as_an_adjective_with_a_name_added_is_a_warning() -> None:
    # London written "londrina" (correct) and Paris added: the added name is warned about,
    # but nothing stands "in place of The London-born"
    found = _findings("The London-born singer spoke.", "A cantora londrina falou em Paris.")
    assert [s for s, _ in found] == ["warning"]
    assert "in place of" not in found[0][1]


def test_the_message_names_the_lost_name_without_its_article() -> None:
    found = _findings("The South Carolina-based firm grew.",
                      "A empresa sediada na Coreia do Sul cresceu.")
    assert [s for s, _ in found] == ["error"]
    assert found[0][1].endswith("in place of South Carolina")


def test_controls_as_before() -> None:
    assert lost_names("the South-Carolina-born singer", "a cantora nascida na Coreia do Sul") \
        == ["South Carolina"]
    assert lost_names("Then the Kyiv-born artist spoke.", "O artista falou.") == []
    assert lost_names("He lives in South Carolina.", "Ele mora na Coreia do Sul.") \
        == ["South Carolina"]


def test_reading_hyphen_adjectives_is_linear() -> None:
    assert lost_names("The Bolton-born player left. " * 20_000, "O jogador saiu.") == []
    runs = lost_names("the New York-based firm " * 20_000, "a empresa")
    assert runs == ["New York"] * 20_000
