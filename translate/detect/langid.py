"""The ``langid`` detector: langid.py's naive-Bayes model of 97 languages, via py3langid.

Byte n-grams, as py3langid ships the model in its wheel (4.4 MB, numpy only), normalised to
probabilities."""

from __future__ import annotations

import threading
from functools import cache
from typing import Any

from ..errors import DataError
from .base import Detector, Scores
from .rules import Script, num

_LOCK = threading.Lock()
_MAX_CHARS = 2_000  # a paragraph's first 2,000 characters are ample evidence
_CODES = {"no": "nb", "iw": "he"}


@cache
def _identifier() -> Any:
    with _LOCK:
        try:
            from py3langid.langid import MODEL_FILE, LanguageIdentifier
        except ImportError:
            raise DataError(
                "the langid detector needs the py3langid package",
                hint="pip install py3langid, or choose --detector fasttext",
            ) from None
        return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


class LangidDetector(Detector):
    name = "langid"
    distributions = ("py3langid",)

    def languages(self) -> frozenset[str]:
        return frozenset(_CODES.get(str(c), str(c)) for c in _identifier().nb_classes)

    def scores(self, text: str, script: Script) -> Scores:
        if not text.strip():
            return Scores(())
        k = int(num(self.settings, "k", 8, "detect"))
        merged: dict[str, float] = {}
        for code, prob in _identifier().rank(text[:_MAX_CHARS])[:k]:
            lang = _CODES.get(str(code), str(code))
            merged[lang] = merged.get(lang, 0.0) + float(prob)
        ranked = tuple(sorted(merged.items(), key=lambda kv: (-kv[1], kv[0])))
        return Scores(ranked, float(len(text)))
