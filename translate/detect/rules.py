"""Detection rules as data, read from ``locales/languages/scripts.toml`` and ``detect.toml``.

``scripts.toml`` holds scripts, letters and neighbours; ``detect.toml`` the detectors, their
languages and calibration.

Nothing here imports a model; parsing is cached once per process (``clear_caches`` resets it).
"""

from __future__ import annotations

import bisect
import itertools
from collections import Counter
from dataclasses import dataclass
from functools import cache, cached_property
from typing import Any

from .. import langdata
from ..errors import DataError
from ..regexcache import compile as re_compile

OTHER = "Other"
WORD_RE = re_compile(r"\w+")
_HYPHENS = "-\u2010\u2011"  # hyphen-minus, hyphen, non-breaking hyphen


@dataclass(frozen=True)
class Script:
    name: str
    ranges: tuple[tuple[int, int], ...]
    lang: str | None  # decides alone when set
    candidates: tuple[str, ...]  # the langdetect profiles' languages for this script
    min_share: float
    full_letters: int
    also: tuple[str, ...] = ()  # other languages written in it (Han: Japanese kanji, Korean hanja)

    def writers(self) -> frozenset[str]:
        """The languages known to write this script (``lang``, ``candidates`` and ``also``)."""
        return frozenset((*((self.lang,) if self.lang else ()), *self.candidates, *self.also))


@dataclass(frozen=True)
class LetterRule:
    """Letters only one language of a script uses; consulted only when the detector's model
    lacks that language (langdetect has no Azerbaijani, lingua no Uzbek)."""

    id: str
    lang: str
    script: str
    distinctive: tuple[str, ...]  # letters, or letter sequences such as "oʻ"
    min_count: int
    min_share: float
    supporting: frozenset[str]
    absent: frozenset[str]
    when_model: tuple[str, ...]  # the rule holds only if the model's best guess is one of these
    words_for: frozenset[str]  # function words of the rule's language
    words_against: frozenset[str]  # the neighbour's spelling of them: more of these vetoes
    confidence: float


@dataclass(frozen=True)
class Neighbours:
    """Close languages a model confuses (cs/sk, hr/sr/bs, id/ms, es/pt/gl...), told apart by
    letters and words only one of them uses. A word ending in ``*`` is a stem."""

    id: str
    langs: tuple[str, ...]
    letters: dict[str, frozenset[str]]
    words: dict[str, frozenset[str]]
    stems: dict[str, tuple[str, ...]]


@dataclass(frozen=True)
class Rules:
    scripts: tuple[Script, ...]
    letters: tuple[LetterRule, ...]
    neighbours: tuple[Neighbours, ...]
    starts: tuple[int, ...]  # sorted range starts, for bisect
    bounds: tuple[tuple[int, int, str], ...]  # (start, end, script name), same order
    min_letters: int
    min_words: int
    full_letters: int
    script_full_letters: int
    threshold: float
    length_floor: float
    context_letters: int
    context_confidence: float
    keep_own: float
    keep_own_ratio: float
    neighbour_step: float
    contested_cap: float
    sure_words: int
    short_cap: float
    vouch: float
    short_threshold: float  # a model's answer on fewer than sure_words words of bare a-z

    def script_of(self, ch: str) -> str:
        cp = ord(ch)
        i = bisect.bisect_right(self.starts, cp) - 1
        if i >= 0 and self.bounds[i][0] <= cp <= self.bounds[i][1]:
            return self.bounds[i][2]
        return OTHER

    def script(self, name: str) -> Script | None:
        return next((s for s in self.scripts if s.name == name), None)


@dataclass(frozen=True)
class Profile:
    """What the rules need to know about a text: its letters, per script."""

    text: str
    letters: int
    by_script: dict[str, int]
    chars: Counter[str]

    @property
    def main_script(self) -> str:
        return max(sorted(self.by_script), key=lambda s: self.by_script[s])

    @cached_property
    def _tokens(self) -> list[str]:
        """``WORD_RE``'s words of the text, found once for ``words``, ``language_words`` and
        ``names_share`` (each read them: three scans of every paragraph before speed33)."""
        return WORD_RE.findall(self.text)

    @cached_property
    def _alpha_words(self) -> list[str]:
        """The words that start with a letter (not a digit or "_"), in order."""
        return [w for w in self._tokens if w[0].isalpha()]

    @cached_property
    def words(self) -> Counter[str]:
        return Counter(w.lower() for w in self._tokens)

    @cached_property
    def free_words(self) -> Counter[str]:
        """``words`` less every word joined to the word before it by a hyphen ("los" of
        Portuguese "Ouví-los", Catalan "fer-los"): a clitic or the tail of a compound is no
        free-standing word of a neighbour's list (Spanish writes its clitics unhyphened,
        "protegerlos")."""
        text = self.text
        return Counter(
            m.group().lower() for m in WORD_RE.finditer(text)
            if not (m.start() >= 2 and text[m.start() - 1] in _HYPHENS
                    and text[m.start() - 2].isalpha())
        )

    @cached_property
    def language_words(self) -> int:
        """Distinct words that say something about the language: the first word and every word
        after it that does not start with a capital (a capitalised word later in the text is a
        name: "Por Matt Spetalnick e Jason Szep" has two, "por" and "e"). A text in capitals has
        no names to tell apart: every word counts."""
        words = self._alpha_words
        if self.text.upper() == self.text:
            return len(self.words)
        return len({w.lower() for i, w in enumerate(words) if i == 0 or not w[0].isupper()})

    @cached_property
    def names_share(self) -> float:
        """Share of the words after the first that start with a capital: names, which say
        little about the language and dominate short headlines."""
        words = self._alpha_words[1:]
        return sum(1 for w in words if w[0].isupper()) / len(words) if words else 0.0


def bad(message: str, name: str = "scripts") -> DataError:
    return DataError(message, path=str(langdata.languages_dir() / f"{name}.toml"))


def num(table: dict[str, Any], key: str, default: float, name: str = "scripts") -> float:
    value = table.get(key, default)
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise bad(f"{key!r} must be a number", name)
    return float(value)


def strings(table: dict[str, Any], key: str, where: str, name: str = "scripts") -> list[str]:
    value = table.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise bad(f"{where}: {key!r} must be a list of strings", name)
    return value


def _parse_script(raw: dict[str, Any], default_full: int) -> Script:
    name = raw.get("name")
    ranges = raw.get("ranges")
    if not isinstance(name, str) or not isinstance(ranges, list) or not ranges:
        raise bad("each [[script]] needs a 'name' and non-empty 'ranges'")
    pairs: list[tuple[int, int]] = []
    for pair in ranges:
        if (
            not isinstance(pair, list) or len(pair) != 2
            or not all(isinstance(x, int) for x in pair) or pair[0] > pair[1]
        ):
            raise bad(f"script {name}: ranges must be [start, end] code point pairs")
        pairs.append((pair[0], pair[1]))
    lang = raw.get("lang")
    if lang is not None and not isinstance(lang, str):
        raise bad(f"script {name}: 'lang' must be a string")
    return Script(
        name=name,
        ranges=tuple(pairs),
        lang=lang,
        candidates=tuple(strings(raw, "candidates", f"script {name}")),
        min_share=num(raw, "min_share", 0.5),
        full_letters=int(num(raw, "full_letters", default_full)),
        also=tuple(strings(raw, "also", f"script {name}")),
    )


def _parse_letters(raw: dict[str, Any]) -> LetterRule:
    try:
        rule_id, lang, script = str(raw["id"]), str(raw["lang"]), str(raw["script"])
        distinctive = raw["distinctive"]
    except KeyError as exc:
        raise bad(f"a [[letters]] rule lacks {exc.args[0]!r}") from None
    # a string is a set of letters; a list holds letter sequences
    units = tuple(distinctive) if isinstance(distinctive, str) else distinctive
    if not isinstance(units, tuple | list) or not units or not all(
        isinstance(u, str) and u for u in units
    ):
        raise bad(f"letters rule {rule_id}: 'distinctive' must be a string or list of strings")
    where = f"letters rule {rule_id}"
    return LetterRule(
        id=rule_id,
        lang=lang,
        script=script,
        distinctive=tuple(units),
        min_count=int(num(raw, "min_count", 1)),
        min_share=num(raw, "min_share", 0.0),
        supporting=frozenset(str(raw.get("supporting", ""))),
        absent=frozenset(str(raw.get("absent", ""))),
        when_model=tuple(strings(raw, "when_model", where)),
        words_for=frozenset(w.lower() for w in strings(raw, "words_for", where)),
        words_against=frozenset(w.lower() for w in strings(raw, "words_against", where)),
        confidence=num(raw, "confidence", 0.9),
    )


def _parse_neighbours(raw: dict[str, Any]) -> Neighbours:
    rule_id = str(raw.get("id", "?"))
    where = f"neighbours rule {rule_id}"
    langs = tuple(strings(raw, "langs", where))
    if len(langs) < 2:
        raise bad(f"{where}: 'langs' needs two languages or more")
    letters_raw = raw.get("letters", {})
    words_raw = raw.get("words", {})
    if not isinstance(letters_raw, dict) or not isinstance(words_raw, dict):
        raise bad(f"{where}: 'letters' and 'words' must be tables keyed by language")
    letters: dict[str, frozenset[str]] = {}
    words: dict[str, frozenset[str]] = {}
    stems: dict[str, tuple[str, ...]] = {}
    for lang, value in letters_raw.items():
        if lang not in langs or not isinstance(value, str):
            raise bad(f"{where}: letters.{lang} must be a string for one of {langs}")
        letters[lang] = frozenset(value)
    for lang, value in words_raw.items():
        if lang not in langs or not isinstance(value, list) or not all(
            isinstance(w, str) and w.strip("*") for w in value
        ):
            raise bad(f"{where}: words.{lang} must be a list of words for one of {langs}")
        words[lang] = frozenset(w.lower() for w in value if not w.endswith("*"))
        stems[lang] = tuple(sorted(w[:-1].lower() for w in value if w.endswith("*")))
    return Neighbours(rule_id, langs, letters, words, stems)


@cache
def rules() -> Rules:
    raw = langdata.load_file("scripts")
    if not raw:
        raise bad("language detection rules are missing")
    settings = raw.get("detect", {})
    script_full = int(num(settings, "script_full_letters", 12))
    scripts = tuple(_parse_script(s, script_full) for s in raw.get("script", []))
    letters = tuple(_parse_letters(r) for r in raw.get("letters", []))
    neighbours = tuple(_parse_neighbours(r) for r in raw.get("neighbours", []))
    bounds = sorted((lo, hi, s.name) for s in scripts for lo, hi in s.ranges)
    for (_, hi, a), (lo, _, b) in itertools.pairwise(bounds):
        if lo <= hi:
            raise bad(f"scripts {a} and {b} overlap at U+{lo:04X}")
    return Rules(
        scripts=scripts,
        letters=letters,
        neighbours=neighbours,
        starts=tuple(b[0] for b in bounds),
        bounds=tuple(bounds),
        min_letters=int(num(settings, "min_letters", 3)),
        min_words=int(num(settings, "min_words", 2)),
        full_letters=int(num(settings, "full_letters", 60)),
        script_full_letters=script_full,
        threshold=num(settings, "threshold", 0.5),
        length_floor=num(settings, "length_floor", 0.35),
        context_letters=int(num(settings, "context_letters", 120)),
        context_confidence=num(settings, "context_confidence", 0.6),
        keep_own=num(settings, "keep_own", 0.85),
        keep_own_ratio=num(settings, "keep_own_ratio", 0.1),
        neighbour_step=num(settings, "neighbour_step", 0.5),
        contested_cap=num(settings, "contested_cap", 0.8),
        sure_words=int(num(settings, "sure_words", 5)),
        short_cap=num(settings, "short_cap", 0.85),
        vouch=num(settings, "vouch", 0.9),
        short_threshold=num(settings, "short_threshold", 0.6),
    )


@cache
def detector_settings(name: str) -> dict[str, Any]:
    """The ``[name]`` table of ``detect.toml`` (empty when absent)."""
    value = langdata.load_file("detect").get(name, {})
    if not isinstance(value, dict):
        raise bad(f"[{name}] must be a table", "detect")
    return value


@cache
def default_detector() -> str:
    value = langdata.load_file("detect").get("detect", {}).get("default", "fasttext")
    if not isinstance(value, str):
        raise bad("[detect] default must be a detector name", "detect")
    return value


@cache
def news_languages() -> tuple[str, ...]:
    """The languages a detector may answer (``[detect] languages`` in detect.toml)."""
    raw = langdata.load_file("detect").get("detect", {})
    return tuple(strings(raw, "languages", "[detect]", "detect"))


def clear_caches() -> None:
    for fn in (rules, detector_settings, default_detector, news_languages):
        fn.cache_clear()


def profile(text: str, data: Rules) -> Profile:
    by_script: Counter[str] = Counter()
    # isalpha: Unicode categories L*; tested once per distinct character, counted in C
    chars = Counter({ch: n for ch, n in Counter(text).items() if ch.isalpha()})
    for ch, n in chars.items():
        by_script[data.script_of(ch)] += n
    return Profile(
        text=text, letters=sum(by_script.values()), by_script=dict(by_script), chars=chars
    )


def length_factor(letters: int, full: int, data: Rules) -> float:
    """1.0 from ``full`` letters up; down, linearly, to ``length_floor`` at ``min_letters``."""
    if letters >= full:
        return 1.0
    span = max(full - data.min_letters, 1)
    rise = max(letters - data.min_letters, 0) / span
    return data.length_floor + (1.0 - data.length_floor) * rise


def letter_rule_holds(rule: LetterRule, prof: Profile) -> bool:
    script_letters = prof.by_script.get(rule.script, 0)
    if not script_letters:
        return False
    count = sum(prof.chars[u] if len(u) == 1 else prof.text.count(u) for u in rule.distinctive)
    if count < rule.min_count or count / script_letters < rule.min_share:
        return False
    if rule.supporting and not any(prof.chars[c] for c in rule.supporting):
        return False
    if any(prof.chars[c] for c in rule.absent):
        return False
    if rule.words_for or rule.words_against:
        words = prof.words
        against = sum(words[w] for w in rule.words_against)
        if against > sum(words[w] for w in rule.words_for):
            return False
    return True


def neighbour_marks(rule: Neighbours, prof: Profile) -> dict[str, int]:
    """How many letters and words of ``prof`` only each language of ``rule`` uses (words
    standing free: ``Profile.free_words``)."""
    words = prof.free_words
    marks: dict[str, int] = {}
    for lang in rule.langs:
        count = sum(prof.chars[c] for c in rule.letters.get(lang, ()))
        count += sum(n for w, n in words.items() if w in rule.words.get(lang, ()))
        stems = rule.stems.get(lang, ())
        if stems:
            count += sum(n for w, n in words.items() if w.startswith(stems))
        marks[lang] = count
    return marks
