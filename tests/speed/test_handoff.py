"""The embedded engine's switch interval while its pool has sentences in flight
(embedded._Handoff): lowered to HANDOFF_INTERVAL during the native calls, put back after,
never raised, and the answers the same."""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator
from typing import Any

import pytest

from translate.engines import child, embedded
from translate.engines.embedded import HANDOFF_INTERVAL, EmbeddedEngine

SENTENCES = [
    "The talks in Geneva ended on Monday without an agreement.",
    "Prices for bread and fuel had climbed sharply since the spring.",
    "A government spokesman said the ministry would publish the figures.",
]


class _Recording:
    """A stand-in native model: upper case; the switch interval seen by each call."""

    def __init__(self, gate: threading.Event | None = None) -> None:
        self.seen: list[float] = []
        self.gate = gate

    def translate(self, text: str) -> str:
        if self.gate is not None:
            self.gate.wait(10)
        self.seen.append(sys.getswitchinterval())
        return text.upper()


@pytest.fixture
def interval() -> Iterator[None]:
    before = sys.getswitchinterval()
    sys.setswitchinterval(0.005)
    yield
    sys.setswitchinterval(before)


def _engine(model: Any) -> EmbeddedEngine:
    child.enable(False)
    engine = EmbeddedEngine(threads=2)
    engine._loaded[("en", "pt")] = model
    return engine


def test_lowered_while_in_flight_and_put_back(interval: None) -> None:
    model = _Recording()
    engine = _engine(model)
    try:
        out = engine.translate(SENTENCES, "en", "pt")
    finally:
        engine.close()
    assert out == [s.upper() for s in SENTENCES]  # the same answers
    assert model.seen and all(x == pytest.approx(HANDOFF_INTERVAL) for x in model.seen)
    assert sys.getswitchinterval() == pytest.approx(0.005)
    assert embedded._handoff._busy == 0


def test_a_lower_interval_is_left_as_it_is(interval: None) -> None:
    sys.setswitchinterval(0.0002)
    model = _Recording()
    engine = _engine(model)
    try:
        engine.translate(SENTENCES, "en", "pt")
    finally:
        engine.close()
    assert model.seen and all(x == pytest.approx(0.0002) for x in model.seen)
    assert sys.getswitchinterval() == pytest.approx(0.0002)


def test_cancelled_look_ahead_puts_it_back(interval: None) -> None:
    gate = threading.Event()
    model = _Recording(gate)
    engine = _engine(model)
    try:
        engine.speculate(SENTENCES * 3 + [f"Sentence number {i}." for i in range(8)], "en", "pt")
        assert sys.getswitchinterval() == pytest.approx(HANDOFF_INTERVAL)  # sentences in flight
    finally:
        gate.set()
        engine.close()  # the queued look-ahead cancelled, the running calls finished
    assert embedded._handoff._busy == 0
    assert sys.getswitchinterval() == pytest.approx(0.005)


def test_a_change_made_meanwhile_is_kept(interval: None) -> None:
    gate = threading.Event()
    engine = _engine(_Recording(gate))
    try:
        engine.speculate(SENTENCES, "en", "pt")
        sys.setswitchinterval(0.002)  # someone else's choice while the pool works
    finally:
        gate.set()
        engine.close()
    assert sys.getswitchinterval() == pytest.approx(0.002)
