"""speed27: ``check_negation`` reads the source's negation words before blanking its idioms and
copied titles; a source without one (and none of the blanks' edge cases: ``facts._unblanked``)
is done. ``check_added_negation`` likewise reads the target's sentence negations before
blanking its idioms and litotes. The blanked sentence has no match either, on every sentence of
the facts sets (sources, engine outputs, mutated targets, each read as English and as
Portuguese), and both checks answer the same with and without the early answer."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from translate import facts
from translate.check import CheckContext
from translate.model import Segment, TranslatedSegment

ROOT = Path(__file__).resolve().parents[2]


def _pairs() -> Iterator[tuple[str, str, str]]:
    """(source language, source, target) of every record of the facts sets."""
    for path in sorted((ROOT / "benchmarks" / "data").glob("facts_heldout*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                r = json.loads(line)
                source, lang = r.get("source"), r.get("source_lang") or r.get("src") or "en"
                for target in (r.get("engine"), r.get("target")):
                    if isinstance(source, str) and isinstance(target, str):
                        yield str(lang), source, target


PAIRS = list(dict.fromkeys(_pairs()))
EDGES = [  # quoted words, idioms and titles beside negation words and numbers
    'Say "no" when you need to.', "whether or not it rains", "No later than 5 p.m.",
    "Say No More played at the No. 5 venue", "[Mega No!, pt] said no", "não. 5 e sem dúvida",
    "no.5", "It goes without saying", "a não ser que", "do que nunca", "nãoo", "NO", "İno",
]


def _texts() -> Iterator[str]:
    for _, source, target in PAIRS:
        yield source
        yield target
    yield from EDGES


@pytest.mark.parametrize("lang", ["en", "pt"])
def test_a_source_without_negation_has_none_once_blanked(lang: str) -> None:
    src = facts._negation_pattern(lang)
    assert src is not None and facts._bounded_negations(lang)
    texts = list(dict.fromkeys(_texts()))
    assert len(texts) > 5000
    early = 0
    for text in texts:
        if src.search(text) is None and facts._unblanked(lang, text):
            early += 1
            blanked = facts._copied_titles(facts._no_sense(text, lang), src, text)
            assert src.search(blanked) is None, text
    assert early > 1000  # the early answer is taken on most sentences


@pytest.mark.parametrize("lang", ["en", "pt"])
def test_a_target_without_sentence_negation_has_none_once_blanked(lang: str) -> None:
    found = facts._added_patterns(lang)
    assert found is not None
    assert facts._bounded_negations(lang, ("added_words", "added_suffixes"))
    early = 0
    for text in dict.fromkeys(_texts()):
        if found[0].search(text) is None:
            early += 1
            assert found[0].search(facts._no_sense(text, lang, added=True)) is None, text
    assert early > 1000


def test_the_checks_answer_the_same_without_the_early_answer(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    segs = []
    negated = facts._added_patterns("pt")
    assert negated is not None
    # every pair whose target negates (where the added check reads on), and 3,000 others
    chosen = [p for p in PAIRS if negated[0].search(p[2])]
    chosen += [p for p in PAIRS if not negated[0].search(p[2])][:3000]
    for lang, source, target in chosen:
        for src_lang, tgt_lang in ((lang, "pt"), ("pt", "en")):
            seg = TranslatedSegment(Segment("s0", 0, 0, source, 0, len(source), src_lang), target)
            segs.append((seg, CheckContext(src_lang, tgt_lang, locale=tgt_lang)))
    early = [(facts.check_negation(seg, ctx), facts.check_added_negation(seg, ctx))
             for seg, ctx in segs]  # fmt: skip
    monkeypatch.setattr(facts, "_bounded_negations", lambda lang, keys=(): False)
    assert [(facts.check_negation(seg, ctx), facts.check_added_negation(seg, ctx))
            for seg, ctx in segs] == early  # fmt: skip
    assert sum(1 for lost, _ in early if lost) > 10  # the checks still find what they found
    assert sum(1 for _, added in early if added) > 0


def test_unbounded_words_take_no_early_answer(monkeypatch: pytest.MonkeyPatch) -> None:
    """A negation word that ends in a non-letter could begin or end beside a blank: no
    early answer for its language."""
    facts._bounded_negations.cache_clear()
    real = facts.facts_data

    def data(lang: str) -> dict[str, object]:
        found = dict(real(lang))
        found["negation"] = {**found.get("negation", {}), "words": ["not", "no-"]}
        return found

    monkeypatch.setattr(facts, "facts_data", data)
    try:
        assert not facts._bounded_negations("en")
        assert not facts._unblanked("en", "prices rose")
    finally:
        facts._bounded_negations.cache_clear()
    monkeypatch.undo()
    assert facts._unblanked("en", "prices rose") and not facts._unblanked("en", "No. 5 said")
