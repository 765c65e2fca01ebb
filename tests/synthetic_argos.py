"""Build synthetic Argos Translate packages offline: random CTranslate2 weights, a SentencePiece
model trained on the fly, Argos metadata, zipped as ``.argosmodel``.

Used by the test fixtures (tiny model, built in well under a second) and by
``benchmarks/bench_argos.py`` (a model the size of a real Argos package). A position ramp read by
the ``</s>`` row of the output projection makes random weights stop decoding after a set number
of tokens instead of always running to the maximum length.
"""

from __future__ import annotations

import io
import json
import random
import shutil
import tempfile
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

CORPUS = [
    "The government said on Monday that talks would resume next week.",
    "Officials confirmed that 120 people were evacuated from the region.",
    "The president spoke to reporters in the capital on Thursday.",
    "Prices rose by 3.5 percent in March, the statistics office said.",
    "Die Regierung sagte am Montag, die Gespräche würden nächste Woche fortgesetzt.",
    "Der Präsident sprach am Donnerstag in der Hauptstadt mit Reportern.",
    "Les prix ont augmenté de 3,5 pour cent en mars, selon l'office.",
    "Le président a parlé aux journalistes dans la capitale jeudi.",
    "O governo disse na segunda-feira que as negociações seriam retomadas.",
    "Rescue teams worked through the night after the earthquake struck.",
    "The central bank kept interest rates unchanged for the third month.",
    "Thousands of people marched through the city centre on Saturday.",
    "Die Polizei nahm nach dem Spiel mehrere Personen fest.",
    "La ville a annoncé un nouveau plan pour les transports publics.",
    "Voters will choose a new parliament in October, officials said.",
    "The company reported a profit of $2 billion in the second quarter.",
]

LANGUAGE_NAMES = {
    "en": "English",
    "de": "German",
    "fr": "French",
    "es": "Spanish",
    "pt": "Portuguese",
    "it": "Italian",
    "ru": "Russian",
    "ar": "Arabic",
    "ja": "Japanese",
    "zh": "Chinese",
    "uk": "Ukrainian",
    "nl": "Dutch",
}


@dataclass(frozen=True)
class ModelSize:
    """Transformer dimensions; ``TINY`` for tests, ``BASE`` is an Argos-sized model."""

    layers: int = 2
    d_model: int = 32
    ffn: int = 64
    heads: int = 2
    vocab: int = 160
    quantization: str | None = None


TINY = ModelSize()
BASE = ModelSize(layers=6, d_model=512, ffn=2048, heads=8, vocab=8000, quantization="int8")


@dataclass(frozen=True)
class Stop:
    """How decoding stops: </s> logit = ``weight`` * (normalised position ramp) + ``bias``.

    The defaults end tiny-model outputs after about 11 tokens.
    """

    ramp: float = 1.0
    weight: float = 4.0
    bias: float = -12.0


def train_sentencepiece(
    corpus: Sequence[str], vocab_size: int, symbols: Sequence[str] = ()
) -> bytes:
    """A SentencePiece model trained in memory (``hard_vocab_limit`` off: small corpora)."""
    import sentencepiece as spm

    out = io.BytesIO()
    spm.SentencePieceTrainer.train(
        sentence_iterator=iter(list(corpus)),
        model_writer=out,
        vocab_size=vocab_size,
        hard_vocab_limit=False,
        character_coverage=1.0,
        model_type="unigram",
        minloglevel=2,
        num_threads=1,
        user_defined_symbols=list(symbols),
    )
    return out.getvalue()


def _rand(rng: Any, *shape: int) -> Any:
    import numpy as np

    scale = 1.0 / np.sqrt(shape[-1])
    return (rng.standard_normal(shape) * scale).astype(np.float32)


def _sinusoids(length: int, d: int) -> Any:
    import numpy as np

    half = d // 2
    scales = np.exp(-np.log(10000.0) * np.arange(half) / max(1, half - 1))
    angles = np.arange(length)[:, None] * scales[None, :]
    return np.concatenate([np.sin(angles), np.cos(angles)], axis=1).astype(np.float32)


def _layer_norm(spec: Any, d: int) -> None:
    import numpy as np

    spec.gamma = np.ones(d, dtype=np.float32)
    spec.beta = np.zeros(d, dtype=np.float32)


def _linear(spec: Any, rng: Any, out_dim: int, in_dim: int) -> None:
    import numpy as np

    spec.weight = _rand(rng, out_dim, in_dim)
    spec.bias = np.zeros(out_dim, dtype=np.float32)


def _ffn(spec: Any, rng: Any, size: ModelSize) -> None:
    _layer_norm(spec.layer_norm, size.d_model)
    _linear(spec.linear_0, rng, size.ffn, size.d_model)
    _linear(spec.linear_1, rng, size.d_model, size.ffn)


def build_ctranslate2_model(
    out_dir: Path,
    vocabulary: list[str],
    size: ModelSize,
    *,
    seed: int = 0,
    stop: Stop | None = None,
    max_positions: int = 1024,
) -> None:
    """A pre-norm Transformer with random weights, shared vocabulary, saved as CTranslate2."""
    import numpy as np
    from ctranslate2.specs import TransformerSpec

    stop = stop or Stop()
    rng = np.random.default_rng(seed)
    d, v = size.d_model, len(vocabulary)
    spec = TransformerSpec.from_config((size.layers, size.layers), size.heads, pre_norm=True)
    enc, dec = spec.encoder, spec.decoder
    enc.embeddings[0].weight = _rand(rng, v, d)
    _layer_norm(enc.layer_norm, d)
    for layer in enc.layer:
        _layer_norm(layer.self_attention.layer_norm, d)
        _linear(layer.self_attention.linear[0], rng, 3 * d, d)
        _linear(layer.self_attention.linear[1], rng, d, d)
        _ffn(layer.ffn, rng, size)
    dec.embeddings.weight = _rand(rng, v, d)
    _layer_norm(dec.layer_norm, d)
    for layer in dec.layer:
        _layer_norm(layer.self_attention.layer_norm, d)
        _linear(layer.self_attention.linear[0], rng, 3 * d, d)
        _linear(layer.self_attention.linear[1], rng, d, d)
        _layer_norm(layer.attention.layer_norm, d)
        _linear(layer.attention.linear[0], rng, d, d)
        _linear(layer.attention.linear[1], rng, 2 * d, d)
        _linear(layer.attention.linear[2], rng, d, d)
        _ffn(layer.ffn, rng, size)
    # Random weights fall into loops and rarely emit </s>. One residual dimension carries a
    # ramp over the decoding position, read only by the </s> row of the output projection, so
    # every sentence ends after a number of tokens set by ``stop``.
    eos = vocabulary.index("</s>")
    ramp = d - 1
    dec.embeddings.weight[:, ramp] = 0.0
    positions = _sinusoids(max_positions, d)
    positions[:, ramp] = np.arange(max_positions, dtype=np.float32) * stop.ramp
    dec.position_encodings.encodings = positions
    projection = _rand(rng, v, d)
    projection[:, ramp] = 0.0
    projection[eos, :] = 0.0
    projection[eos, ramp] = stop.weight
    dec.projection.weight = projection
    bias = np.zeros(v, dtype=np.float32)
    bias[eos] = stop.bias
    dec.projection.bias = bias
    spec.register_source_vocabulary(vocabulary)
    spec.register_target_vocabulary(vocabulary)
    spec.validate()
    spec.optimize(quantization=size.quantization)
    out_dir.mkdir(parents=True, exist_ok=True)
    spec.save(str(out_dir))


def package_name(from_code: str, to_code: str, version: str) -> str:
    return f"translate-{from_code}_{to_code}-{version.replace('.', '_')}"


def build_package_dir(
    out_dir: Path,
    from_code: str,
    to_code: str,
    *,
    version: str = "1.0",
    size: ModelSize = TINY,
    seed: int = 0,
    stop: Stop | None = None,
    corpus: Sequence[str] = CORPUS,
    metadata: dict[str, Any] | None = None,
) -> Path:
    """An unzipped package folder ``out_dir/<name>`` laid out as argostranslate expects."""
    root = out_dir / package_name(from_code, to_code, version)
    root.mkdir(parents=True, exist_ok=True)
    prefix = str((metadata or {}).get("target_prefix", ""))
    sp_bytes = train_sentencepiece(corpus, size.vocab, [prefix] if prefix else [])
    (root / "sentencepiece.model").write_bytes(sp_bytes)

    import sentencepiece as spm

    sp = spm.SentencePieceProcessor(model_proto=sp_bytes)
    vocabulary = [sp.id_to_piece(i) for i in range(sp.get_piece_size())]
    # pad to the requested size, as real models have more target tokens than a tiny corpus gives
    vocabulary += [f"<extra_{i}>" for i in range(max(0, size.vocab - len(vocabulary)))]
    build_ctranslate2_model(root / "model", vocabulary, size, seed=seed, stop=stop)
    meta: dict[str, Any] = {
        "package_version": version,
        "argos_version": "1.9",
        "from_code": from_code,
        "from_name": LANGUAGE_NAMES.get(from_code, from_code),
        "to_code": to_code,
        "to_name": LANGUAGE_NAMES.get(to_code, to_code),
        "type": "translate",
        "links": [],
    }
    meta.update(metadata or {})
    (root / "metadata.json").write_text(json.dumps(meta, indent=2), encoding="utf-8")
    (root / "README.md").write_text(
        f"Synthetic {from_code}->{to_code} package with random weights (tests only).\n",
        encoding="utf-8",
    )
    return root


def zip_package(package_dir: Path, dest: Path) -> Path:
    """Zip a package folder as Argos does: one top-level folder holding metadata.json."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(dest, "w", compression=zipfile.ZIP_STORED) as zf:
        for path in sorted(package_dir.rglob("*")):
            if path.is_file():
                zf.write(path, Path(package_dir.name) / path.relative_to(package_dir))
    return dest


def build_argosmodel(dest_dir: Path, from_code: str, to_code: str, **kwargs: Any) -> Path:
    """A ``.argosmodel`` file in ``dest_dir`` (built in a scratch folder, then zipped)."""
    version = str(kwargs.get("version", "1.0"))
    scratch = Path(tempfile.mkdtemp(prefix="argos-build-"))
    try:
        folder = build_package_dir(scratch, from_code, to_code, **kwargs)
        return zip_package(
            folder, dest_dir / f"{package_name(from_code, to_code, version)}.argosmodel"
        )
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def sample_sentences(count: int, seed: int = 0) -> list[str]:
    """Distinct-looking English news sentences from templates (names, places, numbers)."""
    rng = random.Random(seed)
    subjects = [
        "The government",
        "Officials",
        "The foreign ministry",
        "Police",
        "The central bank",
        "Rescue teams",
        "The prime minister",
        "Local residents",
        "The company",
        "United Nations observers",
        "The opposition party",
        "Health authorities",
        "A spokesman for the president",
        "Farmers in the northern provinces",
        "Several European diplomats",
        "The national statistics office",
    ]
    verbs = [
        "said",
        "announced",
        "confirmed",
        "warned",
        "reported",
        "denied",
        "estimated",
        "insisted",
        "told reporters",
        "argued in a statement",
    ]
    objects = [
        "that talks would resume next week",
        "that {n} people had been evacuated",
        "a new plan for public transport in {place}",
        "that prices rose by {p} percent",
        "that the ceasefire was holding along the border with {place}",
        "that the death toll had risen to more than {n}",
        "a budget of {p} billion dollars for reconstruction",
        "that the election would take place in {month}",
        "that several roads remained closed after the storm",
        "that exports of grain had fallen for the third month in a row",
        "that negotiators were close to an agreement on prisoner exchanges",
        "that the new bridge across the river would open before winter",
    ]
    tails = [
        "",
        " on Monday",
        " in {place} on Thursday",
        ", according to local media",
        " after an emergency meeting",
        " in a statement published late on Friday",
        " despite strong objections from parliament",
        " after weeks of negotiations",
    ]
    places = [
        "Baku",
        "Yerevan",
        "Tbilisi",
        "Ankara",
        "Moscow",
        "Brussels",
        "Lisbon",
        "Nairobi",
        "Lima",
        "Hanoi",
        "Oslo",
        "the capital",
        "the southern region",
    ]
    months = ["January", "March", "May", "July", "September", "October", "December"]
    out = []
    for _ in range(count):
        text = (
            f"{rng.choice(subjects)} {rng.choice(verbs)} {rng.choice(objects)}{rng.choice(tails)}."
        )
        out.append(
            text.format(
                n=rng.randint(12, 9000),
                p=round(rng.uniform(0.5, 40), 1),
                place=rng.choice(places),
                month=rng.choice(months),
            )
        )
    return out
