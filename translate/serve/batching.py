"""Micro-batching: the engine calls of concurrent requests, merged into one call per pair.

Each request runs the pipeline in a worker thread; its engine call (``Engine.translate``) joins
the open batch for its language pair. The first caller of a batch waits ``window`` seconds (or
until ``max_sentences`` have joined; not at all when no other request is running), then for the
engine to finish the previous batch of the pair (one engine call per pair at a time: a
CTranslate2 call already uses every core), while later callers keep joining; then it sends every
waiting sentence in one call, each distinct sentence once, and hands each caller its own
outputs. So the busier the engine, the fuller its batches.

A failed merged call is retried caller by caller, so one request's bad input cannot fail the
others that happened to share its batch.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from ..engines.base import Engine, ModelInfo
from ..errors import EngineError


@dataclass
class _Call:
    sentences: list[str]
    done: threading.Event = field(default_factory=threading.Event)
    outputs: list[str] | None = None
    error: BaseException | None = None


@dataclass
class _Batch:
    calls: list[_Call] = field(default_factory=list)
    size: int = 0
    full: threading.Event = field(default_factory=threading.Event)


BatchObserver = Callable[[int, int], None]  # (calls merged, sentences sent)


class BatchingEngine(Engine):
    """An engine proxy that merges concurrent ``translate`` calls (same name, pairs, models:
    cache keys and signatures do not change)."""

    def __init__(
        self,
        inner: Engine,
        window: float = 0.005,
        max_sentences: int = 256,
        observer: BatchObserver | None = None,
        busy: Callable[[], bool] | None = None,
    ) -> None:
        self.inner = inner
        self.name = inner.name
        self.window = max(0.0, window)
        self.max_sentences = max(1, max_sentences)
        self.observer = observer
        self.busy = busy  # None: always wait the window; else only while it says so
        self.max_input_tokens = inner.max_input_tokens  # the inner engine's limit, as it is
        # how the inner engine prepares its input, part of the MT cache key (mt.Hop.cache_key):
        # without it the service keyed its answers apart from the CLI's and the cluster's, and
        # an answer cached before a change of the engine's preparation was served after it
        self.input_revision = inner.input_revision
        self._lock = threading.Lock()
        self._open: dict[tuple[str, str], _Batch] = {}
        self._engine_locks: dict[tuple[str, str], threading.Lock] = {}

    def _engine_lock(self, key: tuple[str, str]) -> threading.Lock:
        with self._lock:
            return self._engine_locks.setdefault(key, threading.Lock())

    def pairs(self) -> list[tuple[str, str]]:
        return self.inner.pairs()

    def supports(self, source: str, target: str) -> bool:
        return self.inner.supports(source, target)

    def model_info(self, source: str, target: str) -> ModelInfo:
        return self.inner.model_info(source, target)

    def count_tokens(self, text: str, source: str, target: str) -> int:
        return self.inner.count_tokens(text, source, target)

    def close(self) -> None:
        self.inner.close()

    def translate(self, sentences: Sequence[str], source: str, target: str) -> list[str]:
        if not sentences:
            return []
        if self.window == 0.0 or (self.busy is not None and not self.busy()):
            return self._send([_Call(list(sentences))], source, target)[0]
        call = _Call(list(sentences))
        key = (source, target)
        with self._lock:
            batch = self._open.get(key)
            leader = batch is None
            if batch is None:
                batch = self._open[key] = _Batch()
            batch.calls.append(call)
            batch.size += len(call.sentences)
            if batch.size >= self.max_sentences:
                batch.full.set()
                del self._open[key]  # the next caller opens a new batch
        if leader:
            batch.full.wait(self.window)
            with self._engine_lock(key):  # the batch keeps filling while the engine is busy
                with self._lock:
                    if self._open.get(key) is batch:
                        del self._open[key]
                self._run(batch.calls, source, target)
        call.done.wait()
        if call.error is not None:
            raise call.error
        assert call.outputs is not None
        return call.outputs

    def _run(self, calls: list[_Call], source: str, target: str) -> None:
        try:
            results = self._send(calls, source, target)
        except Exception as exc:
            if len(calls) > 1:  # one caller's sentence broke the batch: each gets its own call
                for call in calls:
                    self._run([call], source, target)
                return
            calls[0].error = exc
            calls[0].done.set()
            return
        except BaseException as exc:  # never leave a waiting request hanging
            for call in calls:
                call.error = exc
                call.done.set()
            raise
        for call, outputs in zip(calls, results, strict=True):
            call.outputs = outputs
            call.done.set()

    def _send(self, calls: list[_Call], source: str, target: str) -> list[list[str]]:
        unique = list(dict.fromkeys(s for call in calls for s in call.sentences))
        outputs = self.inner.translate(unique, source, target)
        if len(outputs) != len(unique):
            raise EngineError(
                f"engine {self.name} returned {len(outputs)} outputs for {len(unique)} inputs"
            )
        if self.observer is not None:
            self.observer(len(calls), len(unique))
        found = dict(zip(unique, outputs, strict=True))
        return [[found[s] for s in call.sentences] for call in calls]
