"""The Argos engine: installed Argos Translate packages run through CTranslate2 directly.

Output is argos-translate's own for the same package: the same tokenizer classes
(``argostranslate.tokenizer``, which imports nothing but SentencePiece), the same decoding
options (beam 4, length penalty 0.2, unknown tokens replaced from the source, the package's
target prefix) and the same detokenisation. What differs is throughput: argostranslate sends one
sentence at a time in batches of 32 *tokens* with its threads inside one call; here all
sentences of a call are tokenized in one native SentencePiece call, go to one
``translate_batch`` sorted by length, cut into as many batches as workers (or a multiple, when
a worker's share is over 1024 source *tokens*) of even padded size (``batch_budget``), with
``inter_threads`` = cores and one thread each, so every core decodes its own batch, and are
decoded in one native call (or, inside ``base.on_ready``, the batches run asynchronously and
each sentence is decoded and reported as its batch is done, so that the pipeline's later stages
run on it while the workers decode the rest). Nothing here
downloads anything: ``argostranslate.translate`` (which may fetch sentence splitting models,
and creates folders at import) is never imported.
"""

from __future__ import annotations

import logging
import math
import os
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import EngineError, UnsupportedPairError
from .base import Engine, ModelInfo, ReadyHook, ready_hook
from .packages import ArgosPackage, best_packages, resolve_dir

log = logging.getLogger(__name__)

# argostranslate.translate.apply_packaged_translation's decoding settings
ARGOS_BEAM_SIZE = 4
ARGOS_LENGTH_PENALTY = 0.2
# Source tokens per CTranslate2 batch, about (the beam multiplies it): big enough to keep the
# matrix products efficient; a call with more than this per worker is cut into a multiple of the
# workers' number of batches (batch_budget)
MAX_BATCH_TOKENS = 1024


@dataclass
class _Loaded:
    translator: Any  # ctranslate2.Translator
    tokenizer: Any  # argostranslate.tokenizer.Tokenizer


def _positive(name: str, value: int | None) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise EngineError(f"argos engine: {name} must be a positive integer, got {value!r}")
    return value


class ArgosEngine(Engine):
    """Installed Argos packages, batched CTranslate2 decoding, models loaded once per process.

    ``threads`` is the number of CTranslate2 workers (default: all cores), each decoding its own
    batch on ``intra_threads`` threads (default 1: measured faster than one worker on every
    core, see benchmarks/bench_argos.py); ``beam_size``
    overrides Argos's beam of 4; ``packages_dir`` overrides where packages are looked up.
    """

    name = "argos"

    def __init__(
        self,
        threads: int | None = None,
        beam_size: int | None = None,
        packages_dir: str | Path | None = None,
        max_batch_tokens: int = MAX_BATCH_TOKENS,
        intra_threads: int = 1,
    ) -> None:
        self.threads = _positive("threads", threads) or max(1, os.cpu_count() or 1)
        self.beam_size = _positive("beam_size", beam_size) or ARGOS_BEAM_SIZE
        self.max_batch_tokens = _positive("max_batch_tokens", max_batch_tokens) or MAX_BATCH_TOKENS
        self.intra_threads = _positive("intra_threads", intra_threads) or 1
        self._packages_dir = Path(packages_dir).expanduser() if packages_dir else None
        self._scanned: tuple[Path, int] | None = None
        self._packages: dict[tuple[str, str], ArgosPackage] = {}
        self._loaded: dict[tuple[Path, str], _Loaded] = {}
        self._lock = threading.Lock()  # the package scan
        self._load_lock = threading.Lock()  # model loads: a load never blocks route planning

    @property
    def packages_dir(self) -> Path:
        return resolve_dir(self._packages_dir)

    def _installed(self) -> dict[tuple[str, str], ArgosPackage]:
        """Installed packages, re-read only when the folder's entries change."""
        root = self.packages_dir
        try:
            stamp = (root, root.stat().st_mtime_ns)
        except OSError:
            return {}
        with self._lock:
            if stamp != self._scanned:
                self._packages = best_packages(root)
                self._scanned = stamp
            return self._packages

    def pairs(self) -> list[tuple[str, str]]:
        return sorted(self._installed())

    def package(self, source: str, target: str) -> ArgosPackage:
        pkg = self._installed().get((source, target))
        if pkg is None:
            available = ", ".join(f"{s}->{t}" for s, t in self.pairs()) or "none"
            raise UnsupportedPairError(
                source,
                target,
                hint=f"installed Argos pairs: {available};"
                f" install one with 'translate models install {source}:{target}'",
            )
        return pkg

    def model_info(self, source: str, target: str) -> ModelInfo:
        pkg = self.package(source, target)
        version = pkg.version or "0"
        if self.beam_size != ARGOS_BEAM_SIZE:
            # the beam changes the output: the MT cache key and the signature must say so
            version += f"+beam{self.beam_size}"
        return ModelInfo(self.name, pkg.name, version, source, target)

    def _load(self, pkg: ArgosPackage) -> _Loaded:
        key = (pkg.path, pkg.version)
        with self._load_lock:
            loaded = self._loaded.get(key)
            if loaded is not None:
                return loaded
            try:
                import ctranslate2
                from argostranslate.tokenizer import BPETokenizer, SentencePieceTokenizer

                translator = ctranslate2.Translator(
                    str(pkg.model_dir),
                    device="cpu",
                    inter_threads=self.threads,
                    intra_threads=self.intra_threads,
                )
                tokenizer: Any
                if pkg.tokenizer == "sentencepiece":
                    tokenizer = SentencePieceTokenizer(pkg.tokenizer_path)
                    tokenizer.lazy_processor()
                else:
                    tokenizer = BPETokenizer(pkg.tokenizer_path, pkg.from_code, pkg.to_code)
                    tokenizer.lazy_load()
            except (RuntimeError, ValueError, OSError) as exc:
                raise EngineError(
                    f"cannot load Argos package {pkg.name} from {pkg.path}: {exc}",
                    hint="reinstall it with 'translate models install'",
                ) from None
            log.info("loaded %s (%d workers)", pkg.name, self.threads)
            loaded = _Loaded(translator, tokenizer)
            self._loaded[key] = loaded
            return loaded

    def preload(self, source: str, target: str) -> None:
        self._load(self.package(source, target))

    def translate(self, sentences: Sequence[str], source: str, target: str) -> list[str]:
        if not sentences:
            return []
        pkg = self.package(source, target)
        model = self._load(pkg)
        outputs = [""] * len(sentences)
        index = [i for i, text in enumerate(sentences) if text.strip()]
        encoded = encode_all(model.tokenizer, [sentences[i] for i in index])
        work = [(i, tokens) for i, tokens in zip(index, encoded, strict=True) if tokens]
        if not work:
            return outputs
        # Longest first, so each batch holds similar lengths (little padding); CTranslate2
        # cuts the list into batches of at most ``budget`` padded tokens and spreads them over
        # its workers: as many batches as workers (or a multiple), of even size (batch_budget)
        work.sort(key=lambda item: len(item[1]), reverse=True)
        budget = batch_budget([len(tokens) for _, tokens in work], self.threads,
                              self.max_batch_tokens)  # fmt: skip
        prefix = [[pkg.target_prefix]] * len(work) if pkg.target_prefix else None
        # with a caller to tell (base.on_ready), the batches run asynchronously and each
        # sentence is reported as its batch is done, while the workers decode the others
        hook = ready_hook()
        try:
            results = model.translator.translate_batch(
                [tokens for _, tokens in work],
                target_prefix=prefix,
                max_batch_size=budget,
                batch_type="tokens",
                asynchronous=hook is not None,
                beam_size=self.beam_size,
                num_hypotheses=1,
                length_penalty=ARGOS_LENGTH_PENALTY,
                replace_unknowns=True,
            )
            if hook is None:
                texts = decode_all(
                    model.tokenizer, [r.hypotheses[0] for r in results], pkg.target_prefix
                )
            else:
                texts = _reported(model.tokenizer, results, [sentences[i] for i, _ in work],
                                  pkg.target_prefix, hook)  # fmt: skip
        except (RuntimeError, ValueError) as exc:
            raise EngineError(f"Argos package {pkg.name} failed to translate: {exc}") from None
        for (i, _), text in zip(work, texts, strict=True):
            outputs[i] = text
        return outputs

    def close(self) -> None:
        with self._load_lock:
            self._loaded.clear()


def batches_of(lengths: Sequence[int], budget: int) -> list[int]:
    """How many examples each batch takes when CTranslate2 cuts ``lengths`` (longest first) by
    ``budget`` tokens (``batch_type="tokens"``): an example joins the batch while the batch,
    padded to its longest (its first), stays within the budget; the first always joins
    (CTranslate2's ``rebatch_input``, the fixed-increment fill)."""
    sizes: list[int] = []
    count = longest = 0
    for length in lengths:
        if count and (count + 1) * longest > budget:
            sizes.append(count)
            count = 0
        if count == 0:
            longest = length
        count += 1
    if count:
        sizes.append(count)
    return sizes


def batch_budget(lengths: Sequence[int], workers: int, max_tokens: int) -> int:
    """The ``max_batch_size`` in tokens for ``lengths`` (sorted longest first) on ``workers``:
    the smallest budget that cuts them into no more batches than ``workers`` times the number
    of ``max_tokens`` rounds the call needs (every worker busy to the end: batches of even
    size, none left over for one worker while the others wait), and never below the longest.

    The budget used to be the tokens' share per worker, capped at ``max_tokens``: counted
    without padding, it made one more batch than workers (a small one run while the other
    workers idled), and 3,294 tokens on two workers ran as four batches of unequal cost
    (benchmarks/results/speed23-*)."""
    if not lengths:
        return 1
    total = sum(lengths)
    rounds = math.ceil(total / (workers * max_tokens))
    target = min(len(lengths), workers * rounds)
    low, high = lengths[0], lengths[0] * len(lengths)
    while low < high:  # fewest tokens per batch that still makes at most ``target`` batches
        middle = (low + high) // 2
        if len(batches_of(lengths, middle)) <= target:
            high = middle
        else:
            low = middle + 1
    return low


def detokenize(tokenizer: Any, tokens: list[str], target_prefix: str = "") -> str:
    """argostranslate's post-processing: decode, drop the target prefix, drop one leading space."""
    return _strip(str(tokenizer.decode(tokens)), target_prefix)


def encode_all(tokenizer: Any, texts: list[str]) -> list[list[str]]:
    """Every text's tokens, in one native SentencePiece call when the package uses it (the same
    pieces as argostranslate's one-sentence ``encode``); BPE packages go one by one."""
    if not texts:
        return []
    if hasattr(tokenizer, "lazy_processor"):
        pieces = tokenizer.lazy_processor().encode(texts, out_type=str)
        return [list(p) for p in pieces]
    return [tokenizer.encode(text) for text in texts]


def decode_all(tokenizer: Any, outputs: list[list[str]], target_prefix: str = "") -> list[str]:
    """:func:`detokenize` for a batch, SentencePiece decoding in one native call."""
    if hasattr(tokenizer, "lazy_processor") and outputs:
        decoded = tokenizer.lazy_processor().decode_pieces(outputs)
        return [
            _strip(str(text).replace("\u2581", " ").replace("_", " "), target_prefix)
            for text in decoded
        ]
    return [detokenize(tokenizer, tokens, target_prefix) for tokens in outputs]


def decode_one(tokenizer: Any, tokens: list[str], target_prefix: str = "") -> str:
    """:func:`decode_all` for one sentence: SentencePiece's one-sentence call (its batch call
    starts a thread pool for each call: a sentence at a time, as :func:`_reported` decodes, that
    cost 2.2 ms of CPU for 68 sentences against 0.3 ms, the same texts)."""
    if hasattr(tokenizer, "lazy_processor"):
        text = tokenizer.lazy_processor().decode_pieces(tokens)
        return _strip(str(text).replace("\u2581", " ").replace("_", " "), target_prefix)
    return detokenize(tokenizer, tokens, target_prefix)


def _reported(tokenizer: Any, results: list[Any], sentences: list[str], target_prefix: str,
              hook: ReadyHook) -> list[str]:  # fmt: skip
    """The texts of asynchronous ``results`` (in order: a batch's results arrive together), each
    told to ``hook`` (flattened sentence, its text) as soon as it is there; a hook that fails is
    the caller's (base.on_ready: a hint only), the answer stays the same."""
    texts: list[str] = []
    for result, sentence in zip(results, sentences, strict=True):
        text = decode_one(tokenizer, result.result().hypotheses[0], target_prefix)
        texts.append(text)
        hook(" ".join(sentence.split()), text)
    return texts


def _strip(value: str, target_prefix: str) -> str:
    if target_prefix and value.startswith(target_prefix):
        value = value[len(target_prefix) :]
    if value.startswith(" "):
        value = value[1:]
    return value
