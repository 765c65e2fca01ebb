"""speed53: the embedded engine's look-ahead queued longest first (EmbeddedEngine.speculate), and
left in the queue as it is when every sentence asked for was speculated (EmbeddedEngine.
_translate): no sentence cancelled and submitted again, the native calls in the bare engine's
order, each sentence once, the answers the same."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from concurrent.futures import Future
from typing import Any

import pytest

from translate.engines import child, embedded
from translate.engines.embedded import EmbeddedEngine

SENTENCES = [
    "Talks ended.",
    "A government spokesman said the ministry would publish the figures on Monday.",
    "Prices climbed since spring.",
    "One.",
    "The central bank warned on Tuesday that prices for bread and fuel had climbed sharply.",
    "Two.",
    "Farmers in the northern provinces said the harvest was late.",
]


class _Started:
    """A stand-in native model: upper case; the order the pool starts the calls in."""

    def __init__(self, gate: threading.Event | None = None) -> None:
        self.started: list[str] = []
        self.gate = gate
        self._lock = threading.Lock()

    def translate(self, text: str) -> str:
        with self._lock:
            self.started.append(text)
        if self.gate is not None:
            self.gate.wait(10)
        return f" {text.upper()} "


@pytest.fixture
def submissions(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Every text submitted to the engine's pool, in order."""
    seen: list[str] = []
    submit = embedded._handoff.submit

    def counted(pool: Any, model: Any, flat: str) -> Future[str]:
        seen.append(flat)
        return submit(pool, model, flat)

    monkeypatch.setattr(embedded._handoff, "submit", counted)
    child.enable(False)
    yield seen


def _engine(model: Any, threads: int = 2) -> EmbeddedEngine:
    engine = EmbeddedEngine(threads=threads)
    engine._loaded[("en", "pt")] = model
    return engine


def _longest_first(texts: list[str]) -> list[str]:
    return sorted(dict.fromkeys(texts), key=len, reverse=True)


def test_speculate_queues_longest_first(submissions: list[str]) -> None:
    gate = threading.Event()
    model = _Started(gate)
    engine = _engine(model)
    try:
        engine.speculate(SENTENCES, "en", "pt")
        assert submissions == _longest_first(SENTENCES)
        gate.set()
        assert engine.translate(SENTENCES, "en", "pt") == [s.upper() for s in SENTENCES]
    finally:
        gate.set()
        engine.close()
    # the pool's two threads take the first two; the rest start in the queue's order
    assert sorted(model.started[:2]) == sorted(_longest_first(SENTENCES)[:2])
    assert model.started[2:] == _longest_first(SENTENCES)[2:]


def test_all_speculated_nothing_cancelled_or_sent_again(submissions: list[str]) -> None:
    gate = threading.Event()  # two calls running, the rest queued when translate is asked
    model = _Started(gate)
    engine = _engine(model)
    try:
        engine.speculate(SENTENCES, "en", "pt")
        ahead = dict(engine._ahead)
        done: list[list[str]] = []
        asker = threading.Thread(target=lambda: done.append(
            engine.translate([*SENTENCES, SENTENCES[0], ""], "en", "pt")))  # fmt: skip
        asker.start()
        for _ in range(500):  # translate has taken the look-ahead
            if not engine._ahead:
                break
            threading.Event().wait(0.01)
        assert not any(f.cancelled() for f in ahead.values())
        gate.set()
        asker.join(10)
    finally:
        gate.set()
        engine.close()
    assert done == [[s.upper() for s in SENTENCES] + [SENTENCES[0].upper(), ""]]
    assert submissions == _longest_first(SENTENCES)  # once each, never again
    assert sorted(model.started) == sorted(SENTENCES)  # each sentence through the model once


def test_a_new_sentence_still_requeues_longest_first(submissions: list[str]) -> None:
    # one sentence the glossary changed: what has not started is queued again with it, longest
    # first, as before speed53
    gate = threading.Event()
    model = _Started(gate)
    engine = _engine(model)
    changed = ("A spokesman of the Government of Georgia said on Monday that the ministry would"
               " publish all of the figures.")  # fmt: skip
    try:
        engine.speculate(SENTENCES, "en", "pt")
        done: list[list[str]] = []
        asker = threading.Thread(target=lambda: done.append(
            engine.translate([*SENTENCES, changed], "en", "pt")))  # fmt: skip
        asker.start()
        for _ in range(500):
            if len(submissions) >= 2 * len(SENTENCES) - 2 + 1:
                break
            threading.Event().wait(0.01)
        gate.set()
        asker.join(10)
    finally:
        gate.set()
        engine.close()
    order = _longest_first(SENTENCES)
    assert done == [[s.upper() for s in [*SENTENCES, changed]]]
    running = sorted(model.started[:2])
    assert running == sorted(order[:2])
    assert model.started[2:] == [changed, *order[2:]]
    assert submissions == [*order, changed, *order[2:]]


def test_real_engine_same_answers_speculated_or_not() -> None:
    child.enable(False)
    try:
        engine = EmbeddedEngine(threads=2)
        engine._direction("en", "pt")
    except Exception as exc:  # pragma: no cover - the wheel is a test dependency
        pytest.skip(f"embedded engine unavailable: {exc}")
    try:
        plain = engine.translate(SENTENCES, "en", "pt")
        engine.speculate(SENTENCES, "en", "pt")
        assert engine.translate(SENTENCES, "en", "pt") == plain
    finally:
        engine.close()


def test_linear_on_many_sentences(submissions: list[str]) -> None:
    model = _Started()
    engine = _engine(model)
    many = [f"Sentence number {n} of many." for n in range(20_000)]
    try:
        engine.speculate(many, "en", "pt")
        out = engine.translate(many, "en", "pt")
    finally:
        engine.close()
    assert out == [s.upper() for s in many]
    assert set(model.started) == set(many)  # a look-ahead dropped (AHEAD_MAX) was asked again
