"""An employer's or a work's name before a job and a person's name, the news' attributive
construction ("Capital Economics senior North American economist Ariane Curtis", "The Queen's
Gambit star Harry Melling"), is kept as written (translate.untranslatable.role_spans, rule
``title-role``): the bare engine dropped the first ("A economista norte-americana ...") and
translated the second ("Gambito da Rainha"). Institutions, places in the glossary, one word
alone and possessives are left to the engine and the glossary."""

from __future__ import annotations

import pytest

from translate import untranslatable as u

CTX = u.work_context("en")


def _role(text: str) -> list[str]:
    assert CTX is not None
    return [text[s:e] for s, e in u.role_spans(text, CTX)]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            "Capital Economics senior North American economist Ariane Curtis said the rate rose.",
            ["Capital Economics"],
        ),
        (
            "This romcom centers on The Queen’s Gambit star Harry Melling who plays Colin.",
            ["The Queen’s Gambit"],
        ),
        ("TD Economics director Andrew Hencic said so.", ["TD Economics"]),
        ("Then Former Acme Labs founder Jane Roe spoke.", ["Acme Labs"]),  # a modifier left out
        ("The Acme Labs founder Jane Roe spoke.", ["Acme Labs"]),  # "The" opening the sentence
        ("He said, Acme Labs founder Jane Roe agreed.", ["Acme Labs"]),  # the comma ends the run
    ],
)
def test_the_name_before_a_job_and_a_person_is_kept(text: str, kept: list[str]) -> None:
    assert _role(text) == kept


@pytest.mark.parametrize(
    "text",
    [
        "Chinese Foreign Ministry spokesperson Lin Jian said.",  # an institution
        "New York City mayor Eric Adams said.",  # a place's office
        "Military spokesperson Ahmed Sharif said.",  # one word, the sentence's first
        "Former Fed economist Jane Roe said.",  # one word once the modifier is left out
        "Pakistan’s military spokesperson Ahmed Sharif said.",  # a possessive
        "He met Acme Labs founder Jane.",  # no person's full name after the job
        "He met the senior economist Jane Roe.",  # no name before the job
    ],
)
def test_other_runs_are_left_to_the_engine(text: str) -> None:
    assert _role(text) == []


def _masked(text: str, avoid: list[tuple[int, int]]) -> list[str]:
    m = u.mask_segments([text], ["paragraph"], "en", avoid=[avoid])
    return [w for w, r in zip(m.words.get(0, []), m.rules.get(0, []), strict=True)
            if r == "title-role"]  # fmt: skip


def test_a_name_holding_a_glossary_name_is_left_to_the_glossary() -> None:
    if not u.engine_lexicon("en"):
        pytest.skip("no embedded engine for English")
    text = "It was Capital Economics senior economist Ariane Curtis who said so."
    assert _masked(text, []) == ["Capital Economics"]
    at = text.index("Capital")
    assert _masked(text, [(at, at + len("Capital"))]) == []


def test_the_rule_can_be_switched_off(monkeypatch: pytest.MonkeyPatch) -> None:
    if not u.engine_lexicon("en"):
        pytest.skip("no embedded engine for English")
    text = "It was Capital Economics senior economist Ariane Curtis who said so."
    assert any(r == "title-role" for _, _, r in u.title_spans(text, "en"))
    monkeypatch.setattr(u, "ROLE_NAMES", False)
    assert not any(r == "title-role" for _, _, r in u.title_spans(text, "en"))


@pytest.mark.parametrize(
    "text",
    [
        "When Ford visited his editor Teresa Nielsen Hayden at her office.",  # a clause's opener
        "United Nations spokesman Farhan Aziz Haq said.",  # an institution: "Nações Unidas"
    ],
)
def test_runs_read_on_real_text_are_left_to_the_engine(text: str) -> None:
    assert _role(text) == []


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # read on the facts sets' real text: a verb opening the sentence, a public office, the
        # owner's possessive inside the run (an owner's desk: "North America" left to the glossary)
        ("Says Lindi municipal director Jomaary Satura, there were four.", []),
        ("The distance, says Public Health municipal director Jomaary Satura, was 6.2 km.", []),
        ("He vowed, but the BBC's North America editor Jon Sopel said so.", []),
    ],
)
def test_runs_read_on_the_facts_sets(text: str, kept: list[str]) -> None:
    assert _role(text) == kept
