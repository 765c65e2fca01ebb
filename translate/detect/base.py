"""The detector interface: a statistical model that ranks languages for a text.

Script, letter and neighbour rules (``rules.py``) run around every detector, so a detector only
ranks languages and turns its ranking into a calibrated confidence. Detectors are built once per
process and load their model on first use (``get_detector``), never at import.
"""

from __future__ import annotations

import math
import os
import sys
from abc import ABC, abstractmethod
from dataclasses import dataclass
from functools import cache
from typing import Any

from ..regexcache import compile as re_compile
from .rules import Profile, Rules, Script, detector_settings, num


@dataclass(frozen=True)
class Scores:
    """Languages for a text, best first, with the model's score for each (a probability for
    fastText and lingua, a log-likelihood for langdetect's profiles), and how much evidence
    (n-grams) the model saw."""

    ranked: tuple[tuple[str, float], ...]
    evidence: float = 0.0

    @property
    def best(self) -> str | None:
        return self.ranked[0][0] if self.ranked else None


def sigmoid(x: float) -> float:
    return 1.0 / (1.0 + math.exp(-x)) if x > -700 else 0.0


def logit(p: float) -> float:
    p = min(max(p, 1e-6), 1 - 1e-6)
    return math.log(p / (1 - p))


_SEPARATORS = re_compile(r"[-_.]+")


@cache
def dist_version(name: str) -> str:
    """The installed version of distribution ``name`` (``?`` when it is not installed).

    Read from the name of its ``<name>-<version>.dist-info`` folder, the first in ``sys.path``
    order (where importlib.metadata finds it too; pip and every wheel installer name it so):
    importlib.metadata itself costs 25 to 30 ms a run (its imports and the parse of three
    METADATA files; benchmarks/bench_startup_parts.py), more than detection's own work on an
    article. It answers only when no such folder is found (an egg, a source checkout)."""
    wanted = _SEPARATORS.sub("_", name).lower()
    for entry in sys.path:
        try:
            names = os.listdir(entry or ".")
        except OSError:  # a zip, a missing folder
            continue
        for item in names:
            if not item.endswith(".dist-info"):
                continue
            dist, sep, version = item.removesuffix(".dist-info").partition("-")
            if sep and version and _SEPARATORS.sub("_", dist).lower() == wanted:
                return version
    from importlib import metadata

    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "?"


class Detector(ABC):
    """A language model behind the rules. Subclasses set ``name`` and ``distributions``."""

    name: str = "detector"
    distributions: tuple[str, ...] = ()

    @property
    def settings(self) -> dict[str, Any]:
        return detector_settings(self.name)

    @abstractmethod
    def languages(self) -> frozenset[str]:
        """Languages the model can answer (rules stand in for the others)."""

    @abstractmethod
    def scores(self, text: str, script: Script) -> Scores:
        """The model's ranking for ``text`` whose main script is ``script``."""

    def signature(self) -> str:
        """What the edition signature records: detector, package versions."""
        versions = ", ".join(f"{d} {dist_version(d)}" for d in self.distributions)
        return f"{self.name} ({versions})" if versions else self.name

    def confidence(self, scores: Scores, prof: Profile, data: Rules, unmarked: bool) -> float:
        """Calibrated probability that ``scores.best`` is right: a logistic model over the
        model's top and second scores, the text's length in letters, whether the answer is one
        of close neighbours that no letter or word told apart, and the share of capitalised
        words, fitted on the development part of the evaluation set
        (``benchmarks/bench_langid.py --fit``); coefficients in detect.toml."""
        if not scores.ranked:
            return 0.0
        cal = self.settings.get("calibration", {})
        top = scores.ranked[0][1]
        second = scores.ranked[1][1] if len(scores.ranked) > 1 else 0.0
        x = (
            num(cal, "bias", 0.0, "detect")
            + num(cal, "top", 1.0, "detect") * logit(top)
            + num(cal, "second", 0.0, "detect") * logit(second)
            + num(cal, "letters", 0.0, "detect") * math.log(max(prof.letters, 1))
            + num(cal, "unmarked", 0.0, "detect") * (1.0 if unmarked else 0.0)
            + num(cal, "names", 0.0, "detect") * prof.names_share
        )
        return sigmoid(x)

    def features(self, scores: Scores, prof: Profile, unmarked: bool) -> list[float]:
        """The calibration's inputs, in the order of ``confidence`` (for fitting)."""
        top = scores.ranked[0][1] if scores.ranked else 0.0
        second = scores.ranked[1][1] if len(scores.ranked) > 1 else 0.0
        return [
            1.0, logit(top), logit(second), math.log(max(prof.letters, 1)), float(unmarked),
            prof.names_share,
        ]

    def context_allows(self, scores: Scores, lang: str) -> bool:
        """Whether ``scores`` hardly tell ``lang`` from the best answer: a short block that an
        article in ``lang`` may claim. The default: ``lang`` scores at least ``context_ratio``
        of the best (probabilities)."""
        by_lang = dict(scores.ranked)
        if not scores.ranked or lang not in by_lang:
            return False
        ratio = num(self.settings, "context_ratio", 0.05, "detect")
        return by_lang[lang] >= ratio * scores.ranked[0][1]
