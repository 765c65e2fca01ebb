"""Detect the language of an article and of each of its blocks, deterministically.

Three layers, in order, all driven by ``locales/languages/scripts.toml``:

1. **Script rules.** A script used by one language decides alone (Armenian, Georgian, Hangul...).
   They run first because langdetect has no Armenian or Georgian profile and calls Armenian text
   Estonian with probability 1.0.
2. **Letter rules.** Letters that only one language of a script uses (Azerbaijani ``ə``),
   for languages langdetect lacks (Azerbaijani, Kazakh, Belarusian, Serbian, Uzbek).
3. **langdetect's profiles**, restricted to the languages of the text's main script. langdetect's
   own ``detect_langs`` samples n-grams at random (so it differs run to run unless seeded) and
   reports 0.99+ for nearly any input; here every n-gram is scored (naive Bayes, langdetect's
   smoothing), which is deterministic by construction and gives a margin to calibrate on.

Confidence grows with the evidence (letters for the rules, the log-likelihood margin for the
profiles), and below the threshold the answer is ``und``: a name or a two-word heading must not
get a confident guess.
"""

from __future__ import annotations

import bisect
import itertools
import math
import re
import threading
from collections import Counter
from dataclasses import dataclass
from functools import cache
from typing import Any

from .errors import DataError
from .langdata import languages_dir, load_file
from .model import UNDETERMINED, Article, LanguageGuess

_OTHER = "Other"
_MAX_TEXT = 10_000  # characters scored, as langdetect's Detector.max_text_length
_POOLED_CHARS = 4_000  # characters of an article's majority blocks scored together
_WORD_RE = re.compile(r"\w+")


@dataclass(frozen=True)
class _Script:
    name: str
    ranges: tuple[tuple[int, int], ...]
    lang: str | None  # decides alone when set
    candidates: tuple[str, ...]  # langdetect languages for this script otherwise
    min_share: float
    full_letters: int


@dataclass(frozen=True)
class _LetterRule:
    id: str
    lang: str
    script: str
    distinctive: tuple[str, ...]  # letters, or letter sequences such as "oʻ"
    min_count: int
    min_share: float
    supporting: frozenset[str]
    absent: frozenset[str]
    when_langdetect: tuple[str, ...]
    words_for: frozenset[str]  # function words of the rule's language
    words_against: frozenset[str]  # the neighbour's spelling of them: more of these vetoes
    confidence: float


@dataclass(frozen=True)
class _Rules:
    scripts: tuple[_Script, ...]
    letters: tuple[_LetterRule, ...]
    starts: tuple[int, ...]  # sorted range starts, for bisect
    bounds: tuple[tuple[int, int, str], ...]  # (start, end, script name), same order
    min_letters: int
    full_letters: int
    script_full_letters: int
    threshold: float
    length_floor: float
    context_letters: int
    context_margin: float
    context_margin_per_ngram: float
    context_confidence: float
    margin_scale: float
    min_margin_per_ngram: float
    smoothing: float
    max_ngrams: int
    min_distinct_ngrams: int
    aliases: dict[str, str]

    def script_of(self, ch: str) -> str:
        cp = ord(ch)
        i = bisect.bisect_right(self.starts, cp) - 1
        if i >= 0 and self.bounds[i][0] <= cp <= self.bounds[i][1]:
            return self.bounds[i][2]
        return _OTHER


@dataclass(frozen=True)
class _Scores:
    """Log-likelihood per candidate language, best first, and how many n-grams were scored."""

    ranked: tuple[tuple[str, float], ...]
    ngrams: float  # evidence: n-grams scored, repeats damped


@dataclass(frozen=True)
class _Profile:
    """What the rules need to know about a text: its letters, per script."""

    text: str
    letters: int
    by_script: dict[str, int]
    chars: Counter[str]

    @property
    def main_script(self) -> str:
        return max(sorted(self.by_script), key=lambda s: self.by_script[s])


def _bad(message: str) -> DataError:
    return DataError(message, path=str(languages_dir() / "scripts.toml"))


def _num(table: dict[str, Any], key: str, default: float) -> float:
    value = table.get(key, default)
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise _bad(f"{key!r} must be a number")
    return float(value)


def _parse_script(raw: dict[str, Any], default_full: int) -> _Script:
    name = raw.get("name")
    ranges = raw.get("ranges")
    if not isinstance(name, str) or not isinstance(ranges, list) or not ranges:
        raise _bad("each [[script]] needs a 'name' and non-empty 'ranges'")
    pairs: list[tuple[int, int]] = []
    for pair in ranges:
        if (
            not isinstance(pair, list) or len(pair) != 2
            or not all(isinstance(x, int) for x in pair) or pair[0] > pair[1]
        ):
            raise _bad(f"script {name}: ranges must be [start, end] code point pairs")
        pairs.append((pair[0], pair[1]))
    lang = raw.get("lang")
    candidates = raw.get("candidates", [])
    if lang is not None and not isinstance(lang, str):
        raise _bad(f"script {name}: 'lang' must be a string")
    if not isinstance(candidates, list) or not all(isinstance(c, str) for c in candidates):
        raise _bad(f"script {name}: 'candidates' must be a list of language codes")
    return _Script(
        name=name,
        ranges=tuple(pairs),
        lang=lang,
        candidates=tuple(candidates),
        min_share=_num(raw, "min_share", 0.5),
        full_letters=int(_num(raw, "full_letters", default_full)),
    )


def _parse_letters(raw: dict[str, Any]) -> _LetterRule:
    try:
        rule_id, lang, script = str(raw["id"]), str(raw["lang"]), str(raw["script"])
        distinctive = raw["distinctive"]
    except KeyError as exc:
        raise _bad(f"a [[letters]] rule lacks {exc.args[0]!r}") from None
    # a string is a set of letters; a list holds letter sequences
    units = tuple(distinctive) if isinstance(distinctive, str) else distinctive
    if not isinstance(units, tuple | list) or not units or not all(
        isinstance(u, str) and u for u in units
    ):
        raise _bad(f"letters rule {rule_id}: 'distinctive' must be a string or list of strings")
    lists: dict[str, list[str]] = {}
    for key in ("when_langdetect", "words_for", "words_against"):
        value = raw.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise _bad(f"letters rule {rule_id}: {key!r} must be a list of strings")
        lists[key] = value
    return _LetterRule(
        id=rule_id,
        lang=lang,
        script=script,
        distinctive=tuple(units),
        min_count=int(_num(raw, "min_count", 1)),
        min_share=_num(raw, "min_share", 0.0),
        supporting=frozenset(str(raw.get("supporting", ""))),
        absent=frozenset(str(raw.get("absent", ""))),
        when_langdetect=tuple(lists["when_langdetect"]),
        words_for=frozenset(w.lower() for w in lists["words_for"]),
        words_against=frozenset(w.lower() for w in lists["words_against"]),
        confidence=_num(raw, "confidence", 0.9),
    )


@cache
def _rules() -> _Rules:
    raw = load_file("scripts")
    if not raw:
        raise _bad("language detection rules are missing")
    settings = raw.get("detect", {})
    script_full = int(_num(settings, "script_full_letters", 12))
    scripts = tuple(_parse_script(s, script_full) for s in raw.get("script", []))
    letters = tuple(_parse_letters(r) for r in raw.get("letters", []))
    bounds = sorted((lo, hi, s.name) for s in scripts for lo, hi in s.ranges)
    for (_, hi, a), (lo, _, b) in itertools.pairwise(bounds):
        if lo <= hi:
            raise _bad(f"scripts {a} and {b} overlap at U+{lo:04X}")
    aliases = raw.get("langdetect", {}).get("aliases", {})
    return _Rules(
        scripts=scripts,
        letters=letters,
        starts=tuple(b[0] for b in bounds),
        bounds=tuple(bounds),
        min_letters=int(_num(settings, "min_letters", 3)),
        full_letters=int(_num(settings, "full_letters", 60)),
        script_full_letters=script_full,
        threshold=_num(settings, "threshold", 0.5),
        length_floor=_num(settings, "length_floor", 0.35),
        context_letters=int(_num(settings, "context_letters", 120)),
        context_margin=_num(settings, "context_margin", 8.0),
        context_margin_per_ngram=_num(settings, "context_margin_per_ngram", 0.25),
        context_confidence=_num(settings, "context_confidence", 0.6),
        margin_scale=_num(settings, "margin_scale", 6.0),
        min_margin_per_ngram=_num(settings, "min_margin_per_ngram", 0.06),
        smoothing=_num(settings, "smoothing", 5e-5),
        max_ngrams=max(1, int(_num(settings, "max_ngrams", 2000))),
        min_distinct_ngrams=int(_num(settings, "min_distinct_ngrams", 15)),
        aliases={str(k): str(v) for k, v in aliases.items()},
    )


_MODEL_LOCK = threading.Lock()


@dataclass(frozen=True)
class _Model:
    """langdetect's profiles: P(n-gram | language) for each of its languages."""

    langs: tuple[str, ...]
    probs: dict[str, list[float]]  # n-gram -> probability per language, in ``langs`` order


@cache
def _model() -> _Model:
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


def _ngrams(text: str, known: dict[str, list[float]]) -> list[str]:
    """The n-grams langdetect's Detector extracts from ``text`` (same rules, faster).

    Mirrors ``Detector.append``, ``cleaning_text`` and ``_extract_ngrams`` of langdetect 1.0.9:
    URLs and e-mail addresses removed, Latin letters dropped from mostly non-Latin text,
    1- to 3-grams over space-padded words, words in capitals skipped.
    """
    from langdetect.detector import Detector
    from langdetect.utils.ngram import NGram
    from langdetect.utils.unicode_block import unicode_block

    text = Detector.URL_RE.sub(" ", text)
    text = Detector.MAIL_RE.sub(" ", text)
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


def _profile(text: str, rules: _Rules) -> _Profile:
    by_script: Counter[str] = Counter()
    chars = Counter(ch for ch in text if ch.isalpha())  # isalpha: Unicode categories L*
    for ch, n in chars.items():
        by_script[rules.script_of(ch)] += n
    return _Profile(
        text=text, letters=sum(by_script.values()), by_script=dict(by_script), chars=chars
    )


def _length_factor(letters: int, full: int, rules: _Rules) -> float:
    """1.0 from ``full`` letters down, linearly, to ``length_floor`` at ``min_letters``."""
    if letters >= full:
        return 1.0
    span = max(full - rules.min_letters, 1)
    rise = max(letters - rules.min_letters, 0) / span
    return rules.length_floor + (1.0 - rules.length_floor) * rise


def _langdetect(text: str, candidates: tuple[str, ...], rules: _Rules) -> _Scores:
    """Naive-Bayes log-likelihoods of ``text`` under langdetect's profiles, best first.

    langdetect's own ``detect_langs`` samples n-grams at random and reports 0.99+ for almost
    any input, however short; scoring every n-gram is deterministic by construction and its
    margins say how much evidence the text holds, which is what the confidence needs.
    """
    import numpy as np

    model = _model()
    known = [c for c in (candidates or model.langs) if c in model.langs]
    if not known:
        return _Scores((), 0.0)
    ngrams = _ngrams(text, model.probs)
    if not ngrams:
        return _Scores((), 0.0)
    if len(ngrams) > rules.max_ngrams:  # evenly spaced: the result depends on the text only
        ngrams = ngrams[:: -(-len(ngrams) // rules.max_ngrams)]
    counts = Counter(ngrams)
    if len(counts) < rules.min_distinct_ngrams:  # "xxxxxxxx", "ha ha ha": no evidence
        return _Scores((), 0.0)
    columns = [model.langs.index(c) for c in known]
    table = np.array([model.probs[g] for g in counts], dtype=np.float64)[:, columns]
    # a repeated n-gram adds less and less: "xxxx..." or one word a thousand times is one
    # piece of evidence, not a thousand
    weights = 1.0 + np.log(np.array(list(counts.values()), dtype=np.float64))
    # the smoothing langdetect itself applies (alpha / BASE_FREQ)
    logs = (np.log(table + rules.smoothing) * weights[:, None]).sum(axis=0)
    merged: dict[str, float] = {}
    for code, value in zip(known, logs.tolist(), strict=True):
        lang = rules.aliases.get(code, code)
        merged[lang] = max(merged.get(lang, float("-inf")), float(value))
    ranked = tuple(sorted(merged.items(), key=lambda kv: (-kv[1], kv[0])))
    return _Scores(ranked, float(weights.sum()))


def _calibrated(scores: _Scores, rules: _Rules) -> float:
    """Confidence from the log-likelihood margin between the best and second-best language.

    The total margin grows with the evidence (text length); a low margin per n-gram means the
    text hardly tells the two apart even when it is long.
    """
    if len(scores.ranked) < 2:
        return 1.0
    margin = scores.ranked[0][1] - scores.ranked[1][1]
    confidence = 1.0 - math.exp(-margin / rules.margin_scale)
    per_ngram = margin / max(scores.ngrams, 1)
    return confidence * min(1.0, per_ngram / rules.min_margin_per_ngram)


def _letter_rule(rule: _LetterRule, profile: _Profile) -> bool:
    script_letters = profile.by_script.get(rule.script, 0)
    if not script_letters:
        return False
    count = sum(
        profile.chars[u] if len(u) == 1 else profile.text.count(u) for u in rule.distinctive
    )
    if count < rule.min_count or count / script_letters < rule.min_share:
        return False
    if rule.supporting and not any(profile.chars[c] for c in rule.supporting):
        return False
    if any(profile.chars[c] for c in rule.absent):
        return False
    if rule.words_for or rule.words_against:
        words = Counter(w.lower() for w in _WORD_RE.findall(profile.text))
        against = sum(words[w] for w in rule.words_against)
        if against > sum(words[w] for w in rule.words_for):
            return False
    return True


def _detect(text: str) -> LanguageGuess:
    rules = _rules()
    profile = _profile(text, rules)
    if profile.letters < rules.min_letters:
        return LanguageGuess(UNDETERMINED, 0.0, "none")

    for script in rules.scripts:
        if script.lang is None:
            continue
        share = profile.by_script.get(script.name, 0) / profile.letters
        if share >= script.min_share:
            # the rule holding is strong evidence (0.7); a purer text is stronger still
            purity = (share - script.min_share) / max(1.0 - script.min_share, 1e-9)
            factor = _length_factor(profile.letters, script.full_letters, rules)
            confidence = (0.7 + 0.3 * min(1.0, purity)) * factor
            if confidence < rules.threshold:
                return LanguageGuess(UNDETERMINED, 0.0, "script")
            return LanguageGuess(script.lang, confidence, "script")

    main = profile.main_script
    scripts = {s.name: s for s in rules.scripts}
    if main not in scripts:
        return LanguageGuess(UNDETERMINED, 0.0, "script")
    candidates = scripts[main].candidates
    scores: _Scores | None = None

    for rule in rules.letters:
        if rule.script != main or not _letter_rule(rule, profile):
            continue
        if rule.when_langdetect:
            if scores is None:
                scores = _langdetect(text, candidates, rules)
            if not scores.ranked or scores.ranked[0][0] not in rule.when_langdetect:
                continue
        confidence = rule.confidence * _length_factor(profile.letters, rules.full_letters, rules)
        if confidence >= rules.threshold:
            return LanguageGuess(rule.lang, confidence, "letters")

    if scores is None:
        scores = _langdetect(text, candidates, rules)
    if not scores.ranked:
        return LanguageGuess(UNDETERMINED, 0.0, "langdetect")
    # names dominate short texts ("Talks resume in Tbilisi" scores as Estonian): scale by length
    confidence = _calibrated(scores, rules) * _length_factor(
        profile.letters, rules.full_letters, rules
    )
    if len(scores.ranked) == 1:  # a script with one langdetect language (Bengali)
        confidence = _length_factor(profile.letters, rules.script_full_letters, rules)
    if confidence < rules.threshold:
        return LanguageGuess(UNDETERMINED, 0.0, "langdetect")
    return LanguageGuess(scores.ranked[0][0], confidence, "langdetect")


def _context_guess(text: str, lang: str, rules: _Rules) -> LanguageGuess | None:
    """``lang`` if the text's evidence against it is weak (a short heading, a name)."""
    profile = _profile(text, rules)
    if profile.letters < rules.min_letters:
        return None
    main = profile.main_script
    script = next((s for s in rules.scripts if s.name == main), None)
    if script is None or script.lang is not None or lang not in script.candidates:
        return None
    scores = _langdetect(text, script.candidates, rules)
    if not scores.ranked:
        return None
    by_lang = dict(scores.ranked)
    allowance = max(rules.context_margin, rules.context_margin_per_ngram * scores.ngrams)
    if scores.ranked[0][1] - by_lang[lang] > allowance:
        return None
    factor = _length_factor(profile.letters, rules.full_letters, rules)
    return LanguageGuess(lang, rules.context_confidence * factor, "context")


def detect_language(text: str) -> LanguageGuess:
    """The language of ``text``: ISO 639-1 code or ``und``, calibrated confidence, method.

    >>> detect_language("12 345").lang
    'und'
    """
    return _detect(text)


def _letters(text: str) -> int:
    return sum(1 for ch in text if ch.isalpha())


def detect_article(article: Article) -> Article:
    """Set ``lang`` on every block and on the article; returns the same (mutated) article.

    The article language is the majority of the blocks weighted by letters, so a mixed article
    keeps its paragraphs apart while the article gets the language of most of its text. A short
    block that disagrees with it (or is ``und``) gets the article language, method ``context``
    and a low confidence, when its evidence against that language is weak: a 40-letter heading
    that langdetect's profiles call Afrikaans is English in an English article.
    """
    rules = _rules()
    sizes = [_letters(b.text) for b in article.blocks]
    for block in article.blocks:
        block.lang = _detect(block.text)

    weight: Counter[str] = Counter()
    for block, size in zip(article.blocks, sizes, strict=True):
        if block.lang is not None and block.lang.lang != UNDETERMINED:
            weight[block.lang.lang] += size
    if not weight:
        article.lang = _detect("\n".join(b.text for b in article.blocks) or article.text)
        return article
    lang = max(sorted(weight), key=lambda k: weight[k])

    for block, size in zip(article.blocks, sizes, strict=True):
        guess = block.lang
        if guess is None or guess.lang == lang or size >= rules.context_letters:
            continue
        if guess.method != "langdetect":
            continue  # script and letter rules are not overruled by context
        again = _context_guess(block.text, lang, rules)
        if again is not None:
            block.lang = again

    # confidence: the share of the determined text in that language, times what the pooled
    # text of those blocks says (far more evidence than any one block)
    mine = [b for b in article.blocks if b.lang is not None and b.lang.lang == lang]
    determined = sum(
        size for b, size in zip(article.blocks, sizes, strict=True)
        if b.lang is not None and b.lang.lang != UNDETERMINED
    )
    share = sum(_letters(b.text) for b in mine) / max(determined, 1)
    sample: list[str] = []
    for block in mine:  # a few thousand characters are ample evidence, and cheap
        sample.append(block.text)
        if sum(len(t) for t in sample) >= _POOLED_CHARS:
            break
    pooled = _detect("\n".join(sample))
    if pooled.lang == lang:
        article.lang = LanguageGuess(lang, share * pooled.confidence, pooled.method)
    else:  # the blocks agree only weakly (context): report the majority with low confidence
        best = max(b.lang.confidence for b in mine if b.lang is not None)
        article.lang = LanguageGuess(lang, share * best, "context")
    return article
