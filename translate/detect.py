"""Detect the language of an article and of each of its blocks, deterministically.

Three layers, in order, all driven by ``locales/languages/scripts.toml``:

1. **Script rules.** A script used by one language decides alone (Armenian, Georgian, Hangul...).
   They run first because langdetect has no Armenian or Georgian profile and calls Armenian text
   Estonian with probability 1.0.
2. **Letter rules.** Letters that only one language of a script uses (Azerbaijani ``ə``),
   for languages langdetect lacks (Azerbaijani, Kazakh, Belarusian, Serbian, Uzbek).
3. **langdetect**, restricted to the languages of the text's main script. It is random unless
   seeded: every call gets a fresh detector from a private, seeded factory, so a result depends
   only on the text, never on what was detected before or in which order.

Every confidence is scaled by the number of letters, and a calibrated confidence below the
threshold gives ``und``: langdetect reports 0.99+ for a name or a two-word heading, which is
confident nonsense.
"""

from __future__ import annotations

import bisect
import re
import threading
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import cache
from typing import Any

from .errors import DataError
from .langdata import languages_dir, load_file
from .model import UNDETERMINED, Article, LanguageGuess

_OTHER = "Other"
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
    context_prior: float
    aliases: dict[str, str]

    def script_of(self, ch: str) -> str:
        cp = ord(ch)
        i = bisect.bisect_right(self.starts, cp) - 1
        if i >= 0 and self.bounds[i][0] <= cp <= self.bounds[i][1]:
            return self.bounds[i][2]
        return _OTHER


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
    for (_, hi, a), (lo, _, b) in zip(bounds, bounds[1:]):
        if lo <= hi:
            raise _bad(f"scripts {a} and {b} overlap at U+{lo:04X}")
    aliases = raw.get("langdetect", {}).get("aliases", {})
    return _Rules(
        scripts=scripts,
        letters=letters,
        starts=tuple(b[0] for b in bounds),
        bounds=tuple(bounds),
        min_letters=int(_num(settings, "min_letters", 3)),
        full_letters=int(_num(settings, "full_letters", 40)),
        script_full_letters=script_full,
        threshold=_num(settings, "threshold", 0.5),
        length_floor=_num(settings, "length_floor", 0.35),
        context_letters=int(_num(settings, "context_letters", 120)),
        context_prior=_num(settings, "context_prior", 0.6),
        aliases={str(k): str(v) for k, v in aliases.items()},
    )


_FACTORY_LOCK = threading.Lock()


@cache
def _factory() -> Any:
    """A private langdetect factory with its own seed, loaded once (about 0.5 s)."""
    with _FACTORY_LOCK:
        from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory

        factory = DetectorFactory()
        factory.load_profile(PROFILES_DIRECTORY)
        factory.seed = 0  # instance attribute: the global DetectorFactory is left alone
        return factory


def _profile(text: str, rules: _Rules) -> _Profile:
    by_script: Counter[str] = Counter()
    chars: Counter[str] = Counter()
    for ch in text:
        if unicodedata.category(ch).startswith("L"):
            by_script[rules.script_of(ch)] += 1
            chars[ch] += 1
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


def _langdetect(
    text: str, candidates: tuple[str, ...], prior: tuple[str, float] | None, rules: _Rules,
) -> list[tuple[str, float]]:
    """langdetect's probabilities over ``candidates``, best first (alias codes merged)."""
    from langdetect.lang_detect_exception import LangDetectException

    factory = _factory()
    known = [c for c in (candidates or tuple(factory.langlist)) if c in factory.langlist]
    if not known:
        return []
    weights = dict.fromkeys(known, 1.0 / len(known))
    if prior is not None and prior[0] in weights and len(known) > 1:
        lang, weight = prior
        rest = (1.0 - weight) / (len(known) - 1)
        weights = dict.fromkeys(known, rest)
        weights[lang] = weight
    detector = factory.create()
    detector.set_prior_map(weights)
    detector.append(text)
    try:
        detector.get_probabilities()
    except LangDetectException:
        return []
    merged: Counter[str] = Counter()
    for code, p in zip(detector.langlist, detector.langprob):
        if p > 0.0:
            merged[rules.aliases.get(code, code)] += float(p)
    return sorted(merged.items(), key=lambda kv: (-kv[1], kv[0]))


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


def _detect(text: str, prior: tuple[str, float] | None = None) -> LanguageGuess:
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
    factor = _length_factor(profile.letters, rules.full_letters, rules)
    probabilities: list[tuple[str, float]] | None = None

    for rule in rules.letters:
        if rule.script != main or not _letter_rule(rule, profile):
            continue
        if rule.when_langdetect:
            if probabilities is None:
                probabilities = _langdetect(text, scripts[main].candidates, None, rules)
            if not probabilities or probabilities[0][0] not in rule.when_langdetect:
                continue
        confidence = rule.confidence * factor
        if confidence >= rules.threshold:
            return LanguageGuess(rule.lang, confidence, "letters")

    if prior is not None or probabilities is None:
        probabilities = _langdetect(text, scripts[main].candidates, prior, rules)
    if not probabilities:
        return LanguageGuess(UNDETERMINED, 0.0, "langdetect")
    lang, p = probabilities[0]
    confidence = p * factor
    if confidence < rules.threshold:
        return LanguageGuess(UNDETERMINED, 0.0, "langdetect")
    return LanguageGuess(lang, confidence, "langdetect")


def detect_language(text: str) -> LanguageGuess:
    """The language of ``text``: ISO 639-1 code or ``und``, calibrated confidence, method.

    >>> detect_language("12 345").lang
    'und'
    """
    return _detect(text)


def _letters(text: str) -> int:
    return sum(1 for ch in text if unicodedata.category(ch).startswith("L"))


def detect_article(article: Article) -> Article:
    """Set ``lang`` on every block and on the article; returns the same (mutated) article.

    The article language is the majority of the blocks weighted by letters, so a mixed article
    keeps its paragraphs apart while the article gets the language of most of its text. Short
    blocks that disagree with it are checked again with the article language as a prior (method
    ``context``): a 30-letter heading is weak evidence against the rest of the article.
    """
    rules = _rules()
    sizes = [_letters(b.text) for b in article.blocks]
    for block in article.blocks:
        block.lang = _detect(block.text)

    weight: Counter[str] = Counter()
    scored: Counter[str] = Counter()
    methods: dict[str, Counter[str]] = {}
    for block, size in zip(article.blocks, sizes):
        guess = block.lang
        if guess is None or guess.lang == UNDETERMINED:
            continue
        weight[guess.lang] += size
        scored[guess.lang] += size * guess.confidence
        methods.setdefault(guess.lang, Counter())[guess.method] += size

    if not weight:
        whole = _detect("\n".join(b.text for b in article.blocks) or article.text)
        article.lang = whole
        return article

    lang = max(sorted(weight), key=lambda k: weight[k])
    total = sum(weight.values())
    confidence = (weight[lang] / total) * (scored[lang] / weight[lang])
    method = max(sorted(methods[lang]), key=lambda m: methods[lang][m])
    article.lang = LanguageGuess(lang, confidence, method)

    for block, size in zip(article.blocks, sizes):
        guess = block.lang
        if guess is None or guess.lang == lang or size < rules.min_letters:
            continue
        if size >= rules.context_letters or guess.method not in ("langdetect",):
            continue
        again = _detect(block.text, prior=(lang, rules.context_prior))
        if again.lang == lang:
            block.lang = LanguageGuess(lang, again.confidence, "context")
    return article
