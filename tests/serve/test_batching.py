"""The micro-batcher: concurrent engine calls merged, answers never mixed up, failures kept to
the request that caused them."""

from __future__ import annotations

import threading
import time
from collections.abc import Sequence

import pytest
from fakes import FakeEngine

from translate.errors import EngineError
from translate.serve.batching import BatchingEngine


class Recording(FakeEngine):
    def __init__(self) -> None:
        super().__init__()
        self.lock = threading.Lock()

    def translate(self, sentences: Sequence[str], source: str, target: str) -> list[str]:
        with self.lock:
            return super().translate(sentences, source, target)


class Fragile(Recording):
    """Fails any call that holds the sentence "boom"."""

    def translate(self, sentences: Sequence[str], source: str, target: str) -> list[str]:
        if "boom" in sentences:
            raise EngineError("the engine choked")
        return super().translate(sentences, source, target)


def run_threads(engine: BatchingEngine, inputs: list[list[str]]) -> list[object]:
    results: list[object] = [None] * len(inputs)
    start = threading.Barrier(len(inputs))

    def work(i: int) -> None:
        start.wait()
        try:
            results[i] = engine.translate(inputs[i], "en", "pt")
        except EngineError as exc:
            results[i] = exc

    threads = [threading.Thread(target=work, args=(i,)) for i in range(len(inputs))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(10)
    return results


def test_concurrent_calls_are_merged_and_answers_kept_apart() -> None:
    inner = Recording()
    seen: list[tuple[int, int]] = []
    engine = BatchingEngine(inner, window=0.2, observer=lambda c, s: seen.append((c, s)))
    inputs = [[f"Sentence {i}.", "Shared sentence."] for i in range(8)]
    results = run_threads(engine, inputs)
    assert results == [[f"[pt] Sentence {i}.", "[pt] Shared sentence."] for i in range(8)]
    assert len(inner.calls) < 8  # merged
    assert sum(len(c[2]) for c in inner.calls) == 9  # the shared sentence sent once per call
    assert sum(c for c, _ in seen) == 8


def test_a_full_batch_goes_at_once() -> None:
    inner = Recording()
    engine = BatchingEngine(inner, window=30.0, max_sentences=4)
    results = run_threads(engine, [[f"A{i}.", f"B{i}."] for i in range(2)])
    assert results == [[f"[pt] A{i}.", f"[pt] B{i}."] for i in range(2)]  # not after 30 s


def test_no_wait_when_alone() -> None:
    inner = Recording()
    engine = BatchingEngine(inner, window=30.0, busy=lambda: False)
    assert engine.translate(["Alone."], "en", "pt") == ["[pt] Alone."]


def test_one_bad_request_does_not_fail_the_others() -> None:
    inner = Fragile()
    engine = BatchingEngine(inner, window=0.2)
    results = run_threads(engine, [["Good one."], ["boom"], ["Good two."]])
    assert results[0] == ["[pt] Good one."]
    assert results[2] == ["[pt] Good two."]
    assert isinstance(results[1], EngineError)


def test_short_engine_output_is_an_error_not_a_misalignment() -> None:
    class Short(Recording):
        def translate(self, sentences: Sequence[str], source: str, target: str) -> list[str]:
            return super().translate(sentences, source, target)[:-1]

    engine = BatchingEngine(Short(), window=0.0)
    with pytest.raises(EngineError, match="outputs for"):
        engine.translate(["One.", "Two."], "en", "pt")


def test_proxy_keeps_the_engine_identity() -> None:
    inner = Recording()
    engine = BatchingEngine(inner)
    assert engine.name == "fake"
    assert engine.pairs() == inner.pairs()
    assert engine.model_info("en", "pt") == inner.model_info("en", "pt")
    assert engine.supports("en", "de") and not engine.supports("en", "ru")


def test_calls_queue_into_one_batch_while_the_engine_is_busy() -> None:
    release = threading.Event()
    entered = threading.Event()

    class Busy(Recording):
        def translate(self, sentences: Sequence[str], source: str, target: str) -> list[str]:
            if not self.calls:
                entered.set()
                release.wait(10)
            return super().translate(sentences, source, target)

    inner = Busy()
    engine = BatchingEngine(inner, window=0.001)
    first: list[object] = []
    head = threading.Thread(target=lambda: first.append(engine.translate(["First."], "en", "pt")))
    head.start()
    assert entered.wait(10)
    later: list[object] = [None] * 5

    def call(i: int) -> None:
        later[i] = engine.translate([f"Later {i}."], "en", "pt")

    threads = [threading.Thread(target=call, args=(i,)) for i in range(5)]
    for t in threads:
        t.start()
    time.sleep(0.3)  # all five have joined the waiting batch
    release.set()
    for t in [head, *threads]:
        t.join(10)
    assert first == [["[pt] First."]]
    assert later == [[f"[pt] Later {i}."] for i in range(5)]
    assert len(inner.calls) == 2  # the first call, then the other five together
