"""glossary60: a function word that opens the sentence ("On", "In", "But") is capitalised for that
alone and is no word of the name after it. "On Monday, Baker spoke." was the capitalised run "On
Monday", so a place the edition added was held "in place of On Monday" (a false hold on main); "In
South Carolina, ..." replaced by another place named "In South Carolina". An article stays a word
of the name ("The Hague"), and a language without function words reads runs as before."""

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


def test_a_day_after_an_opening_preposition_is_no_lost_name() -> None:
    found = _findings("On Monday, Baker spoke.", "Na segunda-feira, Baker falou em Paris.")
    assert [s for s, _ in found] == ["warning"]
    assert "in place of" not in found[0][1]
    assert lost_names("On Monday, Baker spoke.", "Na segunda-feira, Baker falou.", "en") == []


def test_the_name_after_an_opening_preposition_is_named_without_it() -> None:
    found = _findings("In South Carolina, he spoke.", "Na Coreia do Sul, ele falou.")
    assert [s for s, _ in found] == ["error"]
    assert found[0][1].endswith("in place of South Carolina")
    assert lost_names("But South Carolina voted.", "Mas a Coreia do Sul votou.", "en") == [
        "South Carolina"]


def test_a_portuguese_opening_preposition() -> None:
    assert lost_names("Em São Paulo, ele falou.", "In Lagos, he spoke.", "pt") == ["São Paulo"]


def test_an_article_stays_a_word_of_the_name() -> None:
    found = _findings("The Hague said no.", "Paris disse não.")
    assert [s for s, _ in found] == ["error"]
    assert found[0][1].endswith("in place of The Hague")


def test_mid_sentence_and_languages_without_function_words_unchanged() -> None:
    # not the sentence's first word: the capital is the text's own
    assert lost_names("He read Of Mice and Men.", "Ele leu um livro.", "en") == ["Of Mice"]
    # no function words for the language (or none given): the run as before
    assert lost_names("On Monday, Baker spoke.", "Baker falou.", "ne") == ["On Monday"]
    assert lost_names("On Monday, Baker spoke.", "Baker falou.") == ["On Monday"]


def test_twenty_thousand_openings() -> None:
    text = "On Monday, Baker spoke. " * 20_000
    assert lost_names(text, "Baker falou.", "en") == []
    text = "In South Carolina, he spoke. " * 20_000
    assert lost_names(text, "Ele falou.", "en") == ["South Carolina"] * 20_000
