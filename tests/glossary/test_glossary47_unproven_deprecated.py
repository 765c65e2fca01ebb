"""A deprecated form is rewritten only with evidence that it means the entry (glossary47).

probe39's sports sweep (development): the pitcher Derek Holland, "Holland (32)" in a box
score, was sent to the engine as "Netherlands (32)" and published "Países Baixos": the
deprecated-form path rewrote an old name with nothing in the text saying it meant the
country. A one-word deprecated form in an English text is now rewritten only when a
preposition of place or "of" stands before it, or the document names the entry or a place
of its country in a current form; else it is found, checked and flagged, never rewritten.
A word the document writes as the last word of another name ("Derek Holland") is that
name's: no mention."""

from __future__ import annotations

import pytest

from translate.glossary import Glossary
from translate.glossary.model import SURE_SCORE
from translate.model import Segment
from translate.protect import Prepared, protect_segments, restore_segments


def _prepared(texts: list[str], glossary: Glossary, lang: str = "en") -> Prepared:
    segs = [Segment(f"s{i}", i, 0, t, 0, len(t), lang) for i, t in enumerate(texts)]
    return protect_segments(segs, glossary, "pt-BR")


def _sent(texts: list[str], glossary: Glossary) -> list[str]:
    return [item.mt_source for item in _prepared(texts, glossary).items]


@pytest.mark.parametrize("texts", [
    ["Holland (32)"],  # a box-score cell
    ["Holland pitched six innings."],
    ["Nikolaev said the plan failed."],  # a surname
    ["Lvov said he would resign."],
    ["Ceylon tea prices rose."],
    ["Kiev said the attack failed."],  # no evidence in a one-line text: flagged, not rewritten
], ids=["cell", "subject", "surname", "surname-2", "tea", "alone"])
def test_a_deprecated_form_without_evidence_is_not_rewritten(
        builtin: Glossary, texts: list[str]) -> None:
    assert _sent(texts, builtin) == texts


@pytest.mark.parametrize("texts", [
    ["Derek Holland pitched six innings.", "Holland (3-2) struck out five."],
    ["Jools Holland played piano.", "Holland then sang."],
], ids=["pitcher", "pianist"])
def test_a_deprecated_form_another_name_ends_with_is_no_mention(
        builtin: Glossary, texts: list[str]) -> None:
    prepared = _prepared(texts, builtin)
    assert [item.mt_source for item in prepared.items] == texts
    assert [e for item in prepared.items for e in item.expectations] == []


@pytest.mark.parametrize(("texts", "want"), [
    (["He moved to Holland in 1990."], "Netherlands"),
    (["The tulips of Holland are famous."], "Netherlands"),
    (["Fighting near Kiev continued."], "Kyiv"),
    (["He flew from Bombay to London."], "Mumbai"),
    # the document names a place of the entry's country: the old name is the place
    (["Kiev said the attack failed.", "Russia and Ukraine met."], "Kyiv"),
    (["Burma's junta arrested him.", "Yangon was calm."], "Myanmar"),
    (["Bombay, India, was hit by floods."], "Mumbai"),
    # a form of several words or an acronym is the entry's own
    (["He visited the Ukraine."], "Ukraine"),
], ids=["to", "of", "near", "from", "country-named", "city-named", "country-after",
        "several-words"])
def test_a_deprecated_form_with_evidence_is_still_rewritten(
        builtin: Glossary, texts: list[str], want: str) -> None:
    assert want in _sent(texts, builtin)[0]


def test_the_unproven_deprecated_form_is_found_and_flagged(builtin: Glossary) -> None:
    prepared = _prepared(["Holland (32)"], builtin)
    [exp] = prepared.items[0].expectations
    assert (exp.mention.surface, exp.mention.match) == ("Holland", "deprecated")
    result = restore_segments(prepared, ["Holland (32)"])  # the engine keeps the name
    assert result.targets == ["Holland (32)"]
    assert any(f.severity == "warning" and "Holland" in f.message and "not surely" in f.message
               for f in result.all_findings)


def test_other_languages_keep_the_old_reading(builtin: Glossary) -> None:
    # the place cues are English words; a Portuguese source's old name is read as before
    prepared = _prepared(["Holland (32)"], builtin, lang="pt")
    [exp] = prepared.items[0].expectations
    assert exp.mention.score >= SURE_SCORE


@pytest.mark.parametrize("text", [
    "He lives in Strasburg, Virginia.", "Strasburg, Virginia, is a small town.",
])
def test_a_namesake_town_in_a_us_state_is_left_alone(builtin: Glossary, text: str) -> None:
    assert _sent([text], builtin) == [text]
