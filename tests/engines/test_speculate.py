"""The embedded engine translating ahead in-process (EmbeddedEngine.speculate): the same
answers as without, each sentence through the native engine once, bounded, cancelled on close,
and never ahead of a model load (which holds the GIL)."""

from __future__ import annotations

import threading
from typing import Any

import pytest

from translate.engines import child, embedded
from translate.engines.embedded import EmbeddedEngine

SENTENCES = [
    "The talks in Geneva ended on Monday without an agreement.",
    "Prices for bread and fuel had climbed sharply since the spring.",
    "   ",
    "A government spokesman said the   ministry would  publish the figures.",
]


class _Counting:
    """A stand-in native model: upper case, and every call counted."""

    def __init__(self, gate: threading.Event | None = None) -> None:
        self.calls: list[str] = []
        self.gate = gate
        self._lock = threading.Lock()

    def translate(self, text: str) -> str:
        if self.gate is not None:
            self.gate.wait(10)
        with self._lock:
            self.calls.append(text)
        return f" {text.upper()} "


@pytest.fixture
def fake() -> Any:
    child.enable(False)
    engine = EmbeddedEngine(threads=2)
    model = _Counting()
    engine._loaded[("en", "pt")] = model
    yield engine, model
    engine.close()


def test_speculated_sentences_are_answered_once_and_the_same(fake: Any) -> None:
    engine, model = fake
    engine.speculate(SENTENCES, "en", "pt")
    asked = [SENTENCES[0], "A sentence the glossary changed.", SENTENCES[3], SENTENCES[0], ""]
    out = engine.translate(asked, "en", "pt")
    flat = [" ".join(s.split()) for s in asked]
    assert out == [f.upper() if f else "" for f in flat]
    # each distinct text reached the model once, the blank one never
    second = " ".join(SENTENCES[1].split())
    assert sorted(model.calls) == sorted({f for f in flat if f} | {second})
    assert engine._ahead.keys() == {("en", "pt", " ".join(SENTENCES[1].split()))}


def test_nothing_ahead_before_the_model_is_loaded_or_on_one_thread() -> None:
    child.enable(False)
    cold = EmbeddedEngine(threads=2)
    single = EmbeddedEngine(threads=1)
    single._loaded[("en", "pt")] = _Counting()
    try:
        cold.speculate(SENTENCES, "en", "pt")  # a load here would hold the GIL: not ahead
        single.speculate(SENTENCES, "en", "pt")  # no core to spare
        assert cold._ahead == {} and ("en", "pt") not in cold._loaded
        assert single._ahead == {}
    finally:
        cold.close()
        single.close()


def test_ahead_is_bounded_and_close_cancels(monkeypatch: pytest.MonkeyPatch) -> None:
    child.enable(False)
    monkeypatch.setattr(embedded, "AHEAD_MAX", 3)
    gate = threading.Event()  # the model blocks: what is queued stays queued
    engine = EmbeddedEngine(threads=2)
    model = _Counting(gate)
    engine._loaded[("en", "pt")] = model
    try:
        engine.speculate([f"sentence {n}" for n in range(10)], "en", "pt")
        assert len(engine._ahead) == 3  # the oldest were dropped (and cancelled)
        assert [k[2] for k in engine._ahead] == ["sentence 7", "sentence 8", "sentence 9"]
        waiting = list(engine._ahead.values())
    finally:
        gate.set()
        engine.close()
    assert engine._ahead == {}
    assert all(f.done() for f in waiting)


def test_real_engine_same_text_with_and_without_speculation() -> None:
    child.enable(False)
    plain = EmbeddedEngine(threads=2)
    ahead = EmbeddedEngine(threads=2)
    try:
        expected = plain.translate(SENTENCES, "en", "pt")
        ahead.translate(["Warm-up."], "en", "pt")  # loaded: now it may translate ahead
        ahead.speculate(SENTENCES[:2], "en", "pt")
        assert len(ahead._ahead) == 2
        assert ahead.translate(SENTENCES, "en", "pt") == expected
        assert ahead._ahead == {}
    finally:
        plain.close()
        ahead.close()


def test_pipeline_sends_ahead_only_what_the_cache_lacks(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Any
) -> None:
    from translate.options import RunOptions
    from translate.pipeline import translate_article
    from translate.read import parse_article
    from translate.store import Store

    child.enable(False)
    sent: list[list[str]] = []
    real = EmbeddedEngine.speculate

    def record(self: EmbeddedEngine, sentences: Any, source: str, target: str) -> None:
        sent.append(list(sentences))
        real(self, sentences, source, target)

    monkeypatch.setattr(EmbeddedEngine, "speculate", record)
    text = "The talks in Geneva ended on Monday.\n\nPrices for bread had climbed sharply.\n"
    store = Store(tmp_path / "cache.db")
    try:
        first = translate_article(parse_article(text, fmt="txt"), "pt-BR", RunOptions(), store)
        assert sent == [[s.source for s in first[0].segments]]  # nothing cached yet: all of it
        sent.clear()
        again = translate_article(parse_article(text, fmt="txt"), "pt-BR", RunOptions(), store)
        assert sent == []  # all cached: the engine is not asked ahead for any
        assert [s.target for s in again[0].segments] == [s.target for s in first[0].segments]
        off = RunOptions(use_cache=False)
        ahead = translate_article(parse_article(text, fmt="txt"), "pt-BR", off, store)
        assert len(sent) == 1 and len(sent[0]) == len(first[0].segments)
        assert [s.target for s in ahead[0].segments] == [s.target for s in first[0].segments]
    finally:
        store.close()


def test_unspeculate_drops_queued_lookahead_only() -> None:
    child.enable(False)
    gate = threading.Event()  # the model blocks: two sentences run, the rest stay queued
    engine = EmbeddedEngine(threads=2)
    model = _Counting(gate)
    engine._loaded[("en", "pt")] = model
    queued = [f"sentence {n}" for n in range(6)]
    try:
        engine.speculate(queued, "en", "pt")
        dropped = queued[3:]
        waiting = [engine._ahead[("en", "pt", s)] for s in dropped]
        engine.unspeculate([*dropped, "never speculated"], "en", "pt")
        assert [k[2] for k in engine._ahead] == queued[:3]
        assert all(f.cancelled() for f in waiting)  # queued behind the running two: dropped
        gate.set()
        assert engine.translate(queued[:3] + queued[4:5], "en", "pt") == [
            s.upper() for s in queued[:3] + queued[4:5]
        ]  # one dropped and asked after all: translated when asked, the same answer
    finally:
        gate.set()
        engine.close()
    assert sorted(model.calls) == sorted(queued[:3] + queued[4:5])


def test_pipeline_unspeculates_what_the_glossary_changed(monkeypatch: pytest.MonkeyPatch) -> None:
    from translate.options import RunOptions
    from translate.pipeline import translate_article
    from translate.read import parse_article

    child.enable(False)
    calls: dict[str, list[list[str]]] = {"speculate": [], "unspeculate": [], "translate": []}
    real = {name: getattr(EmbeddedEngine, name) for name in calls}

    def recorder(name: str) -> Any:
        def record(self: EmbeddedEngine, sentences: Any, source: str, target: str) -> Any:
            calls[name].append([" ".join(s.split()) for s in sentences])
            return real[name](self, sentences, source, target)
        return record

    for name in calls:
        monkeypatch.setattr(EmbeddedEngine, name, recorder(name))
    # a listed misspelling is sent to the engine as the glossary's own name
    text = ("Armenian Prime Minister Nicholas Pashinian spoke on Monday.\n\n"
            "Prices for bread had climbed sharply.\n")
    translate_article(parse_article("Warm-up sentence.", fmt="txt"), "pt-BR",
                      RunOptions(use_cache=False))  # loaded: now it translates ahead
    for values in calls.values():
        values.clear()
    editions = translate_article(parse_article(text, fmt="txt"), "pt-BR",
                                 RunOptions(use_cache=False))
    asked = {s for batch in calls["translate"] for s in batch}
    speculated = {s for batch in calls["speculate"] for s in batch}
    dropped = {s for batch in calls["unspeculate"] for s in batch}
    assert len(speculated) == 2
    assert dropped == speculated - asked and dropped  # the changed sentence, and only it
    assert "Prices for bread had climbed sharply." in asked - dropped
    assert editions[0].segments[0].target


def test_what_is_still_queued_runs_longest_first() -> None:
    # a sentence the glossary changed is asked for after the look-ahead of the others: queued
    # last, a long one kept one core busy alone at the end. What has not started yet is queued
    # again, longest first, with the new sentences; answers stay in the order asked
    child.enable(False)
    engine = EmbeddedEngine(threads=2)
    gate = threading.Event()
    started: list[str] = []

    class Started(_Counting):
        def translate(self, text: str) -> str:
            started.append(text)  # in the order the pool starts them
            return super().translate(text)

    model = Started(gate)
    engine._loaded[("en", "pt")] = model
    short, medium, long = "Talks ended.", "Prices climbed since spring.", (
        "A government spokesman said the ministry would publish the figures on Monday.")
    changed = "A spokesman of the Government of Georgia said on Monday that the ministry would publish all of the figures."  # noqa: E501
    try:
        engine.speculate(["One.", "Two.", short, medium, long], "en", "pt")
        assert engine._pool is not None
        queue = engine._pool._work_queue
        done: list[list[str]] = []
        asker = threading.Thread(target=lambda: done.append(engine.translate(
            ["One.", "Two.", short, changed, medium, long], "en", "pt")))  # fmt: skip
        asker.start()
        for _ in range(500):  # the two first are running (blocked), the rest queued again
            if queue.qsize() >= 3 + 4 and not engine._ahead:
                break
            threading.Event().wait(0.01)
        gate.set()
        asker.join(10)
        assert done == [[s.upper() for s in ["One.", "Two.", short, changed, medium, long]]]
        # speculated longest first (speed53): the two longest running before it was asked
        assert sorted(started[:2]) == sorted([long, medium])
        assert started[2:] == [changed, short, "One.", "Two."]
        assert sorted(model.calls) == sorted(started)  # each sentence once
    finally:
        gate.set()
        engine.close()
