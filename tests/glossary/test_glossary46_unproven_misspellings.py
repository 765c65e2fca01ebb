"""A misspelling is rewritten only with evidence that it is one (glossary46).

probe39's sports sweep: the pitcher "Strasburg" (30 cells of a game log) was sent to the
engine as "Strasbourg" and published "Estrasburgo", "FATA" (Pakistan's tribal areas) as
"Fatah", the pitcher "Tazawa" as "Tarawa": one-edit neighbours of listed names that are
correct, different names. Without evidence (the word in capitals is an acronym of its own;
the same spelling used again and again; a place with no context of a place) the word is still
found and flagged, never rewritten. Real misspellings with evidence are still repaired."""

from __future__ import annotations

import pytest

from translate.glossary import Glossary, find_mentions
from translate.model import Segment
from translate.protect import protect_segments, restore_segments


def _sent(texts: list[str], glossary: Glossary) -> list[str]:
    segs = [Segment(f"s{i}", i, 0, t, 0, len(t), "en") for i, t in enumerate(texts)]
    return [item.mt_source for item in protect_segments(segs, glossary, "pt-BR").items]


@pytest.mark.parametrize("texts", [
    # the writer's spelling, used consistently: a name of its own
    [f"Strasburg ({n}–0)" for n in range(1, 5)],
    ["Stephen Strasburg pitched.", "Strasburg won again.", "Strasburg (3–1)"],
    # a word in capitals is an acronym of its own, no misspelt "Fatah"
    ["Federally Administered Tribal Areas (FATA)"],
    ["Tribal Areas (FATA)"],
    # a one-word place with no context of a place
    ["Tazawa (1–0)"],
    ["Tazawa struck out six."],
], ids=["repeated-cells", "repeated-prose", "acronym-defined", "acronym", "cell", "subject"])
def test_a_misspelling_without_evidence_is_not_rewritten(
        builtin: Glossary, texts: list[str]) -> None:
    assert _sent(texts, builtin) == texts


@pytest.mark.parametrize(("texts", "want"), [
    (["He travelled to Strasbourgh last year."], "Strasbourg"),
    (["The mayor of Strasbourgh spoke."], "Strasbourg"),
    (["She moved to Tazawa in May."], "Tarawa"),
    # the document names the place as listed: a slip of it is likely
    (["Strasbourg is in France.", "Strasbourgh (3–0)"], "Strasbourg (3–0)"),
], ids=["to", "of", "to-one-word", "named-as-listed"])
def test_a_misspelling_with_evidence_is_still_repaired(
        builtin: Glossary, texts: list[str], want: str) -> None:
    assert want in _sent(texts, builtin)[-1]


def test_the_unproven_misspelling_is_still_found_and_flagged(builtin: Glossary) -> None:
    texts = [f"Strasburg ({n}–0)" for n in range(1, 4)]
    [mention] = find_mentions(texts[0], builtin)
    assert (mention.surface, mention.match) == ("Strasburg", "misspelling")
    segs = [Segment(f"s{i}", i, 0, t, 0, len(t), "en") for i, t in enumerate(texts)]
    prepared = protect_segments(segs, builtin, "pt-BR")
    outputs = [f"Strasburg ({n} a 0)" for n in range(1, 4)]
    result = restore_segments(prepared, outputs)
    assert result.targets == outputs
    flags = [f for f in result.findings[0] if "Strasburg" in f.message]
    assert flags and all(f.severity == "warning" for f in flags)
