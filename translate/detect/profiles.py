"""The ``langdetect`` detector: langdetect's language profiles, every n-gram scored.

langdetect's own ``detect_langs`` samples n-grams at random (so it differs run to run unless
seeded) and reports 0.99+ for nearly any input; here every n-gram is scored (naive Bayes,
langdetect's smoothing), which is deterministic by construction and gives a log-likelihood margin
to calibrate on. The n-gram extraction mirrors langdetect 1.0.9 (pinned) and is checked against
it by the tests.
"""

from __future__ import annotations

import math
import re
import threading
from collections import Counter
from dataclasses import dataclass
from functools import cache

from ..model import UNDETERMINED
from .base import Detector, Scores
from .rules import Profile, Rules, Script, num

_MAX_TEXT = 10_000  # characters scored, as langdetect's Detector.max_text_length
_MODEL_LOCK = threading.Lock()
_ALIASES = {"zh-cn": "zh", "zh-tw": "zh", "no": "nb"}  # langdetect codes that are not ISO 639-1


@dataclass(frozen=True)
class _Model:
    """langdetect's profiles: P(n-gram | language) for each of its languages."""

    langs: tuple[str, ...]
    probs: dict[str, list[float]]  # n-gram -> probability per language, in ``langs`` order


@cache
def model() -> _Model:
    """Load langdetect's profiles once per process (about 0.25 s), never at import."""
    with _MODEL_LOCK:
        from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory

        factory = DetectorFactory()  # private: the global factory and its seed are left alone
        factory.load_profile(PROFILES_DIRECTORY)
        return _Model(tuple(factory.langlist), factory.word_lang_prob_map)


@cache
def _normalized(ch: str) -> str:
    """langdetect's per-character normalisation (punctuation to space, kana folded...)."""
    from langdetect.utils.ngram import NGram

    return str(NGram.normalize(ch))


def ngrams(text: str, known: dict[str, list[float]]) -> list[str]:
    """The n-grams langdetect's Detector extracts from ``text`` (same rules, faster).

    Mirrors ``Detector.append``, ``cleaning_text`` and ``_extract_ngrams`` of langdetect 1.0.9:
    URLs and e-mail addresses removed, Latin letters dropped from mostly non-Latin text,
    1- to 3-grams over space-padded words, words in capitals skipped.
    """
    from langdetect.detector import Detector as LdDetector
    from langdetect.utils.ngram import NGram
    from langdetect.utils.unicode_block import unicode_block

    text = LdDetector.URL_RE.sub(" ", text)
    text = LdDetector.MAIL_RE.sub(" ", text)
    text = NGram.normalize_vi(text)[:_MAX_TEXT]
    counts = Counter(text)
    latin = sum(n for ch, n in counts.items() if "A" <= ch <= "z")
    non_latin = sum(
        n for ch, n in counts.items()
        if ch >= "\u0300" and unicode_block(ch) != "Latin Extended Additional"
    )
    if latin * 2 < non_latin:
        text = "".join(ch for ch in text if ch < "A" or ch > "z")
    table = {ord(ch): _normalized(ch) for ch in counts}
    normalized = re.sub(" {2,}", " ", text).translate(table)

    found: list[str] = []
    grams = " "
    capital = False
    for ch in normalized:
        last = grams[-1]
        if last == " ":
            grams = " "
            capital = False
            if ch == " ":
                continue
        elif len(grams) >= 3:
            grams = grams[1:]
        grams += ch
        if ch.isupper():
            if last.isupper():
                capital = True
        else:
            capital = False
        if capital:
            continue
        for n in (1, 2, 3):
            if len(grams) < n:
                break
            gram = grams[-n:]
            if gram != " " and gram in known:
                found.append(gram)
    return found


class LangdetectDetector(Detector):
    """The light detector: langdetect's 55 profiles (2 MB), pure Python."""

    name = "langdetect"
    distributions = ("langdetect",)
    length_scaled = True  # its margins say nothing of names dominating a short text

    def languages(self) -> frozenset[str]:
        return frozenset(_ALIASES.get(c, c) for c in model().langs)

    def scores(self, text: str, script: Script) -> Scores:
        """Naive-Bayes log-likelihoods under the profiles of ``script.candidates``."""
        import numpy as np

        s = self.settings
        lm = model()
        known = [c for c in (script.candidates or lm.langs) if c in lm.langs]
        if not known:
            return Scores(())
        grams = ngrams(text, lm.probs)
        max_ngrams = max(1, int(num(s, "max_ngrams", 2000, "detect")))
        if len(grams) > max_ngrams:  # evenly spaced: the result depends on the text only
            grams = grams[:: -(-len(grams) // max_ngrams)]
        counts = Counter(grams)
        if len(counts) < int(num(s, "min_distinct_ngrams", 15, "detect")):
            return Scores(())  # "xxxxxxxx", "ha ha ha": no evidence
        columns = [lm.langs.index(c) for c in known]
        table = np.array([lm.probs[g] for g in counts], dtype=np.float64)[:, columns]
        # a repeated n-gram adds less and less: one word a thousand times is one piece of
        # evidence, not a thousand
        weights = 1.0 + np.log(np.array(list(counts.values()), dtype=np.float64))
        smoothing = num(s, "smoothing", 5e-5, "detect")  # langdetect's alpha / BASE_FREQ
        logs = (np.log(table + smoothing) * weights[:, None]).sum(axis=0)
        merged: dict[str, float] = {}
        for code, value in zip(known, logs.tolist(), strict=True):
            lang = _ALIASES.get(code, code)
            merged[lang] = max(merged.get(lang, float("-inf")), float(value))
        ranked = tuple(sorted(merged.items(), key=lambda kv: (-kv[1], kv[0])))
        return Scores(ranked, float(weights.sum()))

    def confidence(self, scores: Scores, prof: Profile, data: Rules, unmarked: bool) -> float:
        """From the log-likelihood margin between the best and second-best language: the total
        margin grows with the evidence; a low margin per n-gram means the text hardly tells the
        two apart even when it is long."""
        if not scores.ranked:
            return 0.0
        if len(scores.ranked) < 2:
            return 1.0
        s = self.settings
        margin = scores.ranked[0][1] - scores.ranked[1][1]
        confidence = 1.0 - math.exp(-margin / num(s, "margin_scale", 6.0, "detect"))
        per_ngram = margin / max(scores.evidence, 1)
        return confidence * min(1.0, per_ngram / num(s, "min_margin_per_ngram", 0.06, "detect"))

    def context_allows(self, scores: Scores, lang: str) -> bool:
        by_lang = dict(scores.ranked)
        if not scores.ranked or lang not in by_lang or lang == UNDETERMINED:
            return False
        s = self.settings
        allowance = max(
            num(s, "context_margin", 8.0, "detect"),
            num(s, "context_margin_per_ngram", 0.25, "detect") * scores.evidence,
        )
        return scores.ranked[0][1] - by_lang[lang] <= allowance
