"""The ``lingua`` detector: lingua-language-detector, an optional extra.

N-gram models of 75 languages shipped inside its wheel, restricted to the news languages of
``detect.toml`` and loaded lazily, language by language, on first use. On the evaluation set it
is no more accurate than ``langid`` behind the same rules, and its models take tens of seconds to
load and about 1 GB of memory: measured, not a default."""

from __future__ import annotations

import threading
from functools import cache
from typing import Any

from ..errors import DataError
from .base import Detector, Scores
from .rules import Script, news_languages

_LOCK = threading.Lock()


@cache
def _lingua_codes() -> frozenset[str]:
    from lingua import Language

    return frozenset(lang.iso_code_639_1.name.lower() for lang in Language.all())


def _import_lingua() -> Any:
    try:
        import lingua
    except ImportError:
        raise DataError(
            "the lingua detector needs lingua-language-detector",
            hint="pip install 'newsroom-translate[lingua]', or choose --detector fasttext",
        ) from None
    return lingua


@cache
def _detector() -> Any:
    with _LOCK:
        lingua = _import_lingua()
        codes = [c for c in news_languages() if c in _lingua_codes()]
        isos = [getattr(lingua.IsoCode639_1, c.upper()) for c in codes]
        return lingua.LanguageDetectorBuilder.from_iso_codes_639_1(*isos).build()


class LinguaDetector(Detector):
    name = "lingua"
    distributions = ("lingua-language-detector",)

    def languages(self) -> frozenset[str]:
        _import_lingua()
        return frozenset(c for c in news_languages() if c in _lingua_codes())

    def scores(self, text: str, script: Script) -> Scores:
        values = _detector().compute_language_confidence_values(text)
        ranked = tuple(
            (v.language.iso_code_639_1.name.lower(), float(v.value)) for v in values if v.value > 0
        )
        return Scores(ranked, float(len(text)))
