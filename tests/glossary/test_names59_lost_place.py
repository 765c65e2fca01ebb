"""names59: a one-word place name of the source that the edition drops while it names another
place is a name replaced, blocking as a lost multi-word name is (probe51: "Massachusetts Gov.
Charlie Baker" written "Rio de Janeiro Gov. Charlie Baker" was published with a warning;
glossary58: "the Bolton-born player" with Bolton replaced was a warning). An edition that
writes the name, its adjective or demonym, or names another place beside it stays a warning."""

from __future__ import annotations

from translate.glossary.injected import replaced_names
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


def _severities(source: str, target: str) -> list[str]:
    return [s for s, _ in _findings(source, target)]


def test_a_region_replaced_by_another_place_is_an_error() -> None:
    # probe51 dis-02, as the engine wrote it
    found = _findings("Massachusetts Gov. Charlie Baker", "Rio de Janeiro Gov. Charlie Baker")
    assert [s for s, _ in found] == ["error"]
    assert found[0][1].endswith("in place of Massachusetts")
    assert _severities("Massachusetts Gov. Charlie Baker",
                       "Governador do Rio de Janeiro, Charlie Baker") == ["error"]


def test_a_born_adjectives_name_replaced_is_an_error() -> None:
    found = _findings("The Bolton-born player scored.", "O jogador nascido em Londres marcou.")
    assert [s for s, _ in found] == ["error"]
    assert found[0][1].endswith("in place of Bolton")


def test_the_name_kept_or_rendered_stays_a_warning() -> None:
    # the name written as the source writes it, or as an adjective: another place was added
    assert _severities("He met officials in Massachusetts.",
                       "Ele se reuniu com autoridades em Massachusetts e em Paris.") == ["warning"]
    assert _severities("The Bolton-born player scored.",
                       "O jogador nascido em Bolton marcou em Londres.") == ["warning"]
    assert _severities("The London-born singer spoke.",
                       "A cantora londrina falou em Paris.") == ["warning"]
    assert _severities("Texas Gov. Greg Abbott spoke.",
                       "O governador do Texas, Greg Abbott, falou em Paris.") == ["warning"]


def test_demonyms_common_words_and_prefixes_are_no_lost_place() -> None:
    # a demonym, a region name that is a common word ("Central"), a capitalised prefix
    assert _severities("German officials met.",
                       "Autoridades alemãs se reuniram em Berlim.") == ["warning"]
    assert _severities("Central banks met.", "Os bancos se reuniram em Paris.") == ["warning"]
    assert _severities("The Anti-war group met.",
                       "O grupo antiguerra se reuniu em Paris.") == ["warning"]


def test_a_name_inside_the_engines_longer_name_is_still_no_replacement() -> None:
    # "Lagos" in "Grandes Lagos": the engine's rendering of the Great Lakes, not a name
    g = load_glossary()
    from translate.glossary.injected import injected_names

    source, target = "Ohio borders the Great Lakes.", "Os Grandes Lagos banham Nova Iorque."
    hits = [h for h in injected_names(source, target, g, "pt-BR", "en", frozenset())
            if h.text == "Lagos"]
    assert all(replaced_names(source, target, h, "en", g) == [] for h in hits)


def test_reading_lost_places_is_linear() -> None:
    from translate.glossary.injected import lost_places

    assert lost_places("Massachusetts Gov. Charlie Baker spoke. " * 20_000,
                       "O governador falou.", "en") == ["Massachusetts"]
    assert lost_places("The Bolton-born player left. " * 20_000, "O jogador saiu.", "en") \
        == ["Bolton"]
    assert lost_places("The Anti-war Central group met. " * 20_000, "O grupo.", "en") == []
