"""fixes53: a run-in label in capitals before its sentence ("OVERCOMING STATE AND LOCAL
OBSTRUCTION: President Trump is taking ...", probe51's dis-18, bold in the page) is sent to the
engine alone in sentence case and written back in capitals, its colon kept as written; sent
whole, the embedded engine published "OBSTRUCTION:" and "... TO THE FEDERAL GOVERNO:"."""

from __future__ import annotations

import pytest
from fakes import FakeEngine

from translate.mt import engine_pieces, plan_route, run_in_label_pieces, translate_batch


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        ("OVERCOMING STATE AND LOCAL OBSTRUCTION: President Trump is taking action.",
         ["OVERCOMING STATE AND LOCAL OBSTRUCTION", ": ", "President Trump is taking action."]),
        ("RESTORING COMMON SENSE TO THE FEDERAL GOVERNMENT: President Trump has acted.",
         ["RESTORING COMMON SENSE TO THE FEDERAL GOVERNMENT", ": ", "President Trump has acted."]),
        ("ACCELERATING REBUILDING IN WILDFIRE-DEVASTATED LOS ANGELES: On Friday, he signed.",
         ["ACCELERATING REBUILDING IN WILDFIRE-DEVASTATED LOS ANGELES", ": ",
          "On Friday, he signed."]),
        ("SUPPORT & RECOVERY:\u00a0\u201cWe are here,\u201d she said.",
         ["SUPPORT & RECOVERY", ":\u00a0", "\u201cWe are here,\u201d she said."]),
    ],
)
def test_run_in_label_pieces(text: str, pieces: list[str]) -> None:
    assert run_in_label_pieces(text) == pieces
    assert "".join(pieces) == text


@pytest.mark.parametrize(
    "text",
    [
        "WHO: The State Attorney's Office.",  # one word: the glossary's and translate.labels'
        "NOTE: This is a note.",
        "US AND EU: the talks resumed.",  # no sentence after (lower case)
        "XNAME0X AND XNAME1X: The talks resumed.",  # a placeholder (a masked name)
        "COVID 19 RESPONSE: The plan.",  # digits
        "President Trump: The plan.",  # not in capitals
        "A B: The plan.",  # too short to be a label
        "ONE TWO THREE FOUR FIVE SIX SEVEN EIGHT NINE: The plan.",  # nine words: a sentence
        "OVERCOMING OBSTRUCTION: ",  # nothing after
        "OVERCOMING OBSTRUCTION:The plan.",  # no space after the colon
    ],
)
def test_no_run_in_label(text: str) -> None:
    assert run_in_label_pieces(text) is None


def test_label_sent_in_sentence_case_and_written_back_in_capitals(
    fake_engine: FakeEngine,
) -> None:
    text = "OVERCOMING STATE AND LOCAL OBSTRUCTION: President Trump is taking action."
    route = plan_route("en", "pt", ["fake"])
    out, _, _ = translate_batch([text, "Plain sentence."], route)
    sent = [s for call in fake_engine.calls for s in call[2]]
    assert "Overcoming state and local obstruction" in sent
    assert "President Trump is taking action." in sent
    assert not any("OBSTRUCTION" in s for s in sent)
    assert out == ["[PT] OVERCOMING STATE AND LOCAL OBSTRUCTION: [pt] President Trump is taking "
                   "action.", "[pt] Plain sentence."]
    assert engine_pieces(route.hops[0].engine, text, "en", "pt") == [
        "Overcoming state and local obstruction", "President Trump is taking action."]


def test_a_sentence_without_label_is_sent_whole(fake_engine: FakeEngine) -> None:
    route = plan_route("en", "pt", ["fake"])
    out, _, _ = translate_batch(["WHO: The State Attorney spoke."], route)
    assert out == ["[pt] WHO: The State Attorney spoke."]


def test_linear_on_20000_repetitions() -> None:
    """Anchored at the text's start and at most eight words: a 20,000-fold trigger is read
    once."""
    for trigger in ("OVERCOMING OBSTRUCTION: ", "OVERCOMING ", "A & ", "OVERCOMING STATE AND: x "):
        text = trigger * 20000 + "The end."
        got = run_in_label_pieces(text)
        assert got is None or "".join(got) == text
    text = "OVERCOMING OBSTRUCTION: " + "The State acted. " * 20000
    got = run_in_label_pieces(text)
    assert got is not None and got[0] == "OVERCOMING OBSTRUCTION"
