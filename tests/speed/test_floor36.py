"""The Argos floor of ``bench_pipeline.py`` runs on the very ``ctranslate2.Translator`` the
pipeline's Argos engine loaded (speed36), as the embedded floor runs on the pipeline's own
``NativeDirection`` (speed35): a second copy loaded after the pipeline's measured dearer a call
(``benchmarks/results/speed36-argos-floor-2026-12-06.txt``), which flattered the ratio."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

from bench_pipeline import bare_ctranslate2, make_article, pipeline_translator

from translate.engines import close_engines


def test_the_argos_floor_calls_the_translator_the_pipeline_loaded(
    argos_en_de: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import ctranslate2

    from translate.locales import get_profile
    from translate.options import EngineOptions, RunOptions
    from translate.pipeline import prepare, translate_prepared
    from translate.read import read_article

    loads: list[Any] = []
    real = ctranslate2.Translator

    def counted(*args: Any, **kwargs: Any) -> Any:
        loads.append(real(*args, **kwargs))
        return loads[-1]

    monkeypatch.setattr(ctranslate2, "Translator", counted)
    close_engines()  # no engine (nor model) from an earlier test
    try:
        # as bench_pipeline.py runs the Argos path
        options = RunOptions(use_cache=False, use_tm=False, engine="argos",
                             engine_options=EngineOptions(packages_dir=argos_en_de.parent))
        warm = tmp_path / "warm.txt"
        warm.write_text(make_article(120, seed=1), encoding="utf-8")
        prepared = prepare(read_article(warm), options)
        translate_prepared(prepared, get_profile("de"), options)
        assert len(loads) == 1  # the pipeline's engine loaded its Translator
        translator = pipeline_translator(options)
        assert translator is loads[0]
        floor = bare_ctranslate2(argos_en_de, translator)
        wall, cpu = floor([s.source for s in prepared.segments], 2)
        assert wall > 0 and cpu >= 0
        assert len(loads) == 1  # no second copy
        bare_ctranslate2(argos_en_de)  # the floor before speed36: a second Translator
        assert len(loads) == 2
    finally:
        close_engines()
