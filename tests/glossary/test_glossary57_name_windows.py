"""glossary57: the added-name check reads a name wherever it falls in the target. It used to
cut the target into fixed windows of four words, so a name across two windows was missed
("o banco da Coreia | do Sul caiu"); it now tries the longest form of at most four words at
every word of a run, taking names left to right (one scan: linear)."""

from __future__ import annotations

from translate.glossary import load_glossary
from translate.glossary.injected import injected_names
from translate.model import Segment, TranslatedSegment
from translate.pipeline import _injected_name_findings
from translate.protect import protect_segments, restore_segments


def _hits(source: str, target: str, locale: str = "pt-BR") -> list[tuple[str, int, int]]:
    g = load_glossary()
    return [(i.text, i.start, i.end) for i in injected_names(source, target, g, locale, "en")]


def _findings(source: str, target: str, locale: str = "pt-BR") -> list[tuple[str, str]]:
    g = load_glossary()
    seg = Segment("b1.s0", 0, 0, source, 0, len(source), "en")
    restored = restore_segments(protect_segments([seg], g, locale, "en"), [target])
    ts = TranslatedSegment(seg, restored.targets[0], origin="mt",
                           terms=tuple(restored.terms[0]))
    return [(f.severity, f.message) for f in _injected_name_findings([ts], g, locale)]


def test_a_name_across_the_old_window_boundary_is_read() -> None:
    # words 1-4 "o banco da Coreia", 5-7 "do Sul caiu": the old windows split the name
    assert _hits("The bank fell.", "o banco da Coreia do Sul caiu.") == [
        ("Coreia do Sul", 11, 24)]


def test_a_name_after_three_words_is_read() -> None:
    assert _hits("The bank fell.", "um dois três Coreia do Sul") == [("Coreia do Sul", 13, 26)]


def test_a_name_joined_by_a_no_break_space_has_its_own_offsets() -> None:
    target = "O banco da Coreia\u00a0do Sul caiu."
    assert _hits("The bank fell.", target) == [("Coreia do Sul", 11, 24)]
    assert target[11:24] == "Coreia\u00a0do Sul"


def test_the_pipeline_check_reports_the_name_across_the_boundary() -> None:
    found = _findings("The bank fell on Monday.", "o banco da Coreia do Sul caiu na segunda.")
    assert [s for s, _ in found] == ["warning"]
    assert "Coreia do Sul" in found[0][1]


def test_controls_found_before_and_after() -> None:
    # a name at the start of a window was read before and still is; a named one is not added
    assert _hits("The bank fell.", "um dois três quatro cinco Coreia do Sul") == [
        ("Coreia do Sul", 26, 39)]
    assert _hits("BBC News - Africa", "BBC News - Brasil") == [("Brasil", 11, 17)]
    assert _hits("South Korea's bank fell.", "o banco da Coreia do Sul caiu.") == []
    assert _hits("Brazil won.", "O Brasil venceu.") == []


def test_the_longest_name_wins_and_its_words_are_not_read_again() -> None:
    # "Coreia do Sul" is taken whole: no second reading of a shorter name inside it
    hits = _hits("The bank fell.", "o banco da Coreia do Sul e da Coreia do Norte")
    assert [h[0] for h in hits] == ["Coreia do Sul", "Coreia do Norte"]


def test_twenty_thousand_repetitions_stay_linear() -> None:
    # one run of 80,000 words (no punctuation cuts it): a name at every fourth word, named by
    # the source, and one added name at its end
    target = "da Coreia do Sul " * 20_000 + "Brasil"
    hits = _hits("Coreia do Sul", target)
    assert hits == [("Brasil", len(target) - 6, len(target))]


def test_a_name_of_five_words_is_read_whole() -> None:
    # census row aip041 (facts set AI, a development set): with words cut at four, "Republic
    # of the Congo" (another country) was read inside "Democratic Republic of the Congo"
    g = load_glossary()
    source = "A República Democrática do Congo pode estar se preparando."
    target = "The Democratic Republic of the Congo may be preparing for its troops to fight."
    assert injected_names(source, target, g, "en-US", "pt") == []
    hits = injected_names("The troops fought.", target, g, "en-US", "en")
    assert [h.text for h in hits] == ["Democratic Republic of the Congo"]


def test_an_added_name_the_old_windows_cut_is_a_warning() -> None:
    # census row ad160 (facts set AD, development): "St Paul" written "São Paulo"; the old
    # windows cut "em São | Paulo agora"
    found = _findings("She lives in St Paul now, closer to the airport.",
                      "Ela mora em São Paulo agora, mais perto do aeroporto.")
    assert [s for s, _ in found] == ["warning"]
