"""The engine interface: every translation backend turns a batch of sentences into a batch."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass

# (sentence as the engine flattened it, its translation) -> None: see :func:`on_ready`
ReadyHook = Callable[[str, str], None]
_READY: ContextVar[ReadyHook | None] = ContextVar("translate_engine_ready", default=None)


@contextmanager
def on_ready(hook: ReadyHook | None) -> Iterator[None]:
    """Within this block (this thread), an engine that translates on worker threads may call
    ``hook(sentence, translation)`` on the calling thread for each translation as it arrives,
    while it still waits for the others (the pipeline runs a sentence's later stages then, on
    the core the engine leaves idle at its tail). ``sentence`` is the text as given to
    ``translate``, flattened to single spaces, and ``translation`` its answer. A hint only:
    the answer of ``translate`` is the same with or without it, and an engine may never call
    it."""
    token = _READY.set(hook)
    try:
        yield
    finally:
        _READY.reset(token)


def ready_hook() -> ReadyHook | None:
    """The hook of the enclosing :func:`on_ready` block, if any."""
    return _READY.get()


@dataclass(frozen=True)
class ModelInfo:
    """Which model serves a pair, for signatures and cache keys."""

    engine: str
    model: str  # model identifier, e.g. "enpt-1693087644" or "translate-en_de-1_9"
    version: str
    source: str
    target: str


class Engine(ABC):
    """A translation backend.

    ``translate`` receives whole batches (all sentences of an article, or of many) so that
    an implementation can batch, parallelise and order work as it likes; it must return one
    output per input, in order. Engines are created once per process (see ``get_engine``).
    """

    name: str = "engine"
    # Whether a model load leaves the GIL to other threads (CTranslate2's does), so that the
    # pipeline's background preload runs beside its Python stages. An engine whose loader holds
    # the GIL sets it False: preloaded, it would only stall the main thread (the pipeline then
    # loads it when it first translates).
    preload_overlaps: bool = True
    # How the engine prepares its input, part of the MT cache key (mt.Hop.cache_key): a change
    # that makes the same text translate otherwise gets a new value, so that no answer cached
    # before it is served after it.
    input_revision: str = ""
    # The longest input, in ``count_tokens`` units, that the engine translates whole. A longer
    # sentence is cut at safe boundaries before it reaches the engine and its pieces' outputs
    # joined (``translate.mt.engine_pieces``): beyond it a model cuts its output short or costs
    # more than linearly. None: no limit known (the sentence is sent whole).
    max_input_tokens: int | None = None

    def count_tokens(self, text: str, source: str, target: str) -> int:
        """The length of ``text`` as ``max_input_tokens`` counts it (default: its words)."""
        return len(text.split())

    @abstractmethod
    def pairs(self) -> list[tuple[str, str]]:
        """Language pairs (model language codes) this engine can translate directly."""

    def supports(self, source: str, target: str) -> bool:
        return (source, target) in self.pairs()

    @abstractmethod
    def model_info(self, source: str, target: str) -> ModelInfo:
        """The model that serves ``source -> target``; raises UnsupportedPairError if none."""

    @abstractmethod
    def translate(self, sentences: Sequence[str], source: str, target: str) -> list[str]:
        """Translate each sentence; same length and order as the input."""

    def preload(self, source: str, target: str) -> None:  # noqa: B027 - optional hook
        """Load the model for ``source -> target`` now, so that a later ``translate`` does not
        wait for it. The pipeline calls it in a background thread while its Python stages run
        (a native model load leaves the interpreter free); it must be thread-safe, and its
        errors are raised again by ``translate``. The default loads nothing."""

    def speculate(self, sentences: Sequence[str], source: str, target: str) -> None:  # noqa: B027
        """A hint: ``sentences`` will most likely be asked for soon (the source sentences, before
        the glossary stage has decided the exact text). An engine with a core to spare may
        translate them ahead; the answer to ``translate`` must be the same either way. The
        default does nothing."""

    def unspeculate(self, sentences: Sequence[str], source: str, target: str) -> None:  # noqa: B027
        """A hint: of the sentences given to ``speculate``, these will not be asked for after all
        (the glossary stage changed their text): work on them not yet started may be dropped.
        The default does nothing."""

    def close(self) -> None:  # noqa: B027 - optional hook
        """Release models; the default has nothing to release."""
