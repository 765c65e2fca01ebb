"""probe49: a news dateline opening a sentence ("Miami – February 6, 2025 – The State Attorney
announces ...") is sent to the engine as its date and the rest, its place and dashes kept as
written. In one piece with the sentence the embedded engine dropped the date (editions held)
or blended it in ("a xerife ..., de 1º de abril de 2025, de 23 anos" for a 43-year-old); alone
it dropped the dashes and made "Miami" into "Rio de Janeiro"."""

from __future__ import annotations

import pytest
from fakes import FakeEngine

from translate.mt import dateline_pieces, engine_pieces, plan_route, translate_batch

DASH = "\u2013"


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        (f"Miami {DASH} February 6, 2025 {DASH} Miami-Dade State Attorney announces the arrest.",
         ["Miami", f" {DASH} ", "February 6, 2025", f" {DASH} ",
          "Miami-Dade State Attorney announces the arrest."]),
        (f"Miami, November 12, 2025 {DASH} Miami-Dade State Attorney announces.",
         ["Miami, ", "November 12, 2025", f" {DASH} ", "Miami-Dade State Attorney announces."]),
        (f"Miami, Florida {DASH} State Attorney Katherine Fernandez Rundle will hold a briefing.",
         ["Miami, Florida", f" {DASH} ",
          "State Attorney Katherine Fernandez Rundle will hold a briefing."]),
        (f"SANTA ANA {DASH} A janitor was sentenced today to 270 days in jail.",
         ["SANTA ANA", f" {DASH} ", "A janitor was sentenced today to 270 days in jail."]),
        ("WASHINGTON (AP) \u2014 The Senate voted.",
         ["WASHINGTON (AP)", " \u2014 ", "The Senate voted."]),
        ("Miami - Aug. 3 - The jury found him guilty.",
         ["Miami", " - ", "Aug. 3", " - ", "The jury found him guilty."]),
    ],
    ids=["place-date", "place-comma-date", "place-state", "capitals", "agency", "hyphen-abbrev"],
)
def test_dateline_pieces(text: str, pieces: list[str]) -> None:
    got = dateline_pieces(text, "en")
    assert got == pieces
    assert "".join(got) == text


@pytest.mark.parametrize(
    "text",
    [
        f"Jobs {DASH} The president spoke.",  # one capitalised word, no date, no state
        f"US {DASH} China talks resumed.",  # capitals before no sentence opener
        f"NATO {DASH} Russia relations worsened.",
        f"John Smith {DASH} the mayor {DASH} said so.",  # lower case after the dash
        f"The jury {DASH} Miami jurors {DASH} found him guilty.",
        "Miami February 6, 2025 The State Attorney spoke.",  # no dash
        f"In Miami {DASH} The rain fell.",
    ],
)
def test_no_dateline(text: str) -> None:
    assert dateline_pieces(text, "en") is None


def test_a_language_without_dateline_data_is_untouched() -> None:
    assert dateline_pieces(f"Miami {DASH} February 6, 2025 {DASH} The spoke.", "pt") is None


def test_engine_gets_date_and_rest_and_the_place_and_dashes_are_kept(
    fake_engine: FakeEngine,
) -> None:
    text = f"Miami {DASH} February 6, 2025 {DASH} Miami-Dade State Attorney announces."
    route = plan_route("en", "pt", ["fake"])
    out, _, _ = translate_batch([text, "Plain sentence."], route)
    sent = [s for call in fake_engine.calls for s in call[2]]
    assert "February 6, 2025" in sent and "Miami-Dade State Attorney announces." in sent
    assert not any(s.strip() in ("Miami", DASH) for s in sent)
    assert out == [
        f"Miami {DASH} [pt] February 6, 2025 {DASH} [pt] Miami-Dade State Attorney announces.",
        "[pt] Plain sentence.",
    ]
    assert engine_pieces(route.hops[0].engine, text, "en", "pt") == [
        "February 6, 2025", "Miami-Dade State Attorney announces."]


def test_place_comma_date(fake_engine: FakeEngine) -> None:
    route = plan_route("en", "pt", ["fake"])
    out, _, _ = translate_batch([f"Miami, November 12, 2025 {DASH} The State Attorney spoke."],
                                route)
    assert out == [f"Miami, [pt] November 12, 2025 {DASH} [pt] The State Attorney spoke."]


def test_linear_on_20000_repetitions() -> None:
    """Anchored at the sentence's start and bounded: a 20,000-fold trigger is read once."""
    for trigger in (f"Miami {DASH} February 6, 2025 {DASH} ", f"MIAMI {DASH} ", "Miami, Florida - ",
                    f"Miami, November 12, 2025 {DASH} "):
        text = trigger * 20000 + "The end."
        got = dateline_pieces(text, "en")
        assert got is None or "".join(got) == text
    text = f"Miami {DASH} February 6, 2025 {DASH} " + "The State Attorney spoke. " * 20000
    got = dateline_pieces(text, "en")
    assert got is not None and got[2] == "February 6, 2025"
