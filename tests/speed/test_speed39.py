"""speed39: main-thread cuts that must change no answer.

* ``glossary.injected.injected_names`` looks up only runs of words that begin with a capital
  (every form of its index does); main's code joined and looked up every run of up to four
  words, most of them starting with a small letter.
* ``glossary.match._Matcher.syllabic`` returns at once on a text with no letter from U+1100 on
  (``normalize.syllabic_script`` answers None for every token of it).
* ``facts._actor_words`` reads each token's key once per form (``_actor_key``, memoized).
* ``untranslatable._cap_runs`` takes the word before a capital with one split from the right,
  not by splitting the whole text before it twice.
* ``detect.fasttext.CombinedDetector`` reads its languages list once, not on every block.

Each is compared with main's code (copied below) on real texts: every line of the real-world
pages' expected texts and the sources and targets of two facts sets.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from translate import facts
from translate.glossary import injected, load_glossary, match
from translate.glossary.normalize import fold

ROOT = Path(__file__).resolve().parents[2]


def _texts() -> list[str]:
    out: list[str] = []
    for path in sorted((ROOT / "tests" / "data" / "realworld").glob("**/pages/*.expected.txt")):
        out += [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return list(dict.fromkeys(out))


def _pairs() -> Iterator[tuple[str, str]]:
    seen: set[tuple[str, str]] = set()
    for name in ("facts_heldout_x.jsonl", "facts_heldout_y.jsonl"):
        path = ROOT / "benchmarks" / "data" / name
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                pair = (str(row["source"]), str(row["target"]))
                if pair not in seen:
                    seen.add(pair)
                    yield pair


# --- main's code (38e46977), the reference ---------------------------------------------------

# its windows of at most four words, matched without overlap (glossary57 reads every word of a
# run instead: see test_injected_names_answers_as_before)
_OLD_WORDS = re.compile(r"[^\W\d_][\w'’-]*(?:[ \u00a0][^\W\d_][\w'’-]*){0,3}")

def _old_injected_names(source: str, target: str, glossary: Any, locale: str,
                        source_lang: str) -> list[Any]:  # fmt: skip
    index = injected._forms_index(glossary, locale)
    if not index:
        return []
    folded_source = fold(source)
    out: list[Any] = []
    taken: list[tuple[int, int]] = []
    for m in _OLD_WORDS.finditer(target):
        words = m.group().split()
        for start_word in range(len(words)):
            for stop_word in range(len(words), start_word, -1):
                text = " ".join(words[start_word:stop_word])
                entries = index.get(text)
                if not entries:
                    continue
                start = m.start() + m.group().find(text)
                end = start + len(text)
                if any(a < end and start < b for a, b in taken):
                    break
                taken.append((start, end))
                if fold(text) in folded_source:
                    break
                if not any(injected._mentioned(e, folded_source, source_lang) for e in entries):
                    out.append(injected.Injected(entries[0], start, end, text))
                break
    return out


def _old_actor_words(text: str, lang: str) -> tuple[list[str], dict[str, int]]:
    tokens = facts._ACTOR_TOKEN.findall(text)
    concepts = facts._actor_concepts(lang)
    keys: dict[str, int] = {}
    for i, tok in enumerate(tokens):
        if len(tok) < 3:
            continue
        first = tok[0]
        if not first.isalpha():
            continue
        if i and not first.islower():
            continue
        key = concepts.get(tok.casefold())
        if key is None:
            if len(tok) < 4:
                continue
            key = facts._single(tok)[:4]
        keys[key] = -1 if key in keys else i
    return tokens, keys


def _old_prev(before: str) -> str:
    return before.split()[-1] if before.split() else ""


# --- the tests ------------------------------------------------------------------------------

def test_injected_names_looks_up_only_capitalised_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    glossary = load_glossary()
    looked: list[str] = []
    index = injected._forms_index(glossary, "pt-BR")

    class Spy(dict[str, Any]):
        def get(self, key: str, default: Any = None) -> Any:
            looked.append(key)
            return index.get(key, default)

    monkeypatch.setattr(injected, "_forms_index", lambda g, loc: Spy(index))
    found = injected.injected_names("BBC News - Africa", "a BBC News - Brasil de hoje", glossary,
                                    "pt-BR", "en")  # fmt: skip
    assert [i.text for i in found] == ["Brasil"]
    assert looked and all(k[:1].isupper() for k in looked)  # main looked up "a BBC News" too


@pytest.mark.slow
def test_injected_names_answers_as_before() -> None:
    glossary = load_glossary()
    n = found = 0
    for source, target in _pairs():
        new = injected.injected_names(source, target, glossary, "pt-BR", "en")
        old = _old_injected_names(source, target, glossary, "pt-BR", "en")
        # glossary57: the same answers but for names the old windows cut or could not hold
        # (one crossing a window's edge, one of five words or more): such a name is no
        # window's, and an old answer missing now lies inside it
        windows = [(m.start(), m.end()) for m in _OLD_WORDS.finditer(target)]
        added = [h for h in new if h not in old]
        for h in added:
            assert not any(a <= h.start and h.end <= b for a, b in windows), (target, h)
        for h in old:
            assert h in new or any(x.start <= h.start and h.end <= x.end for x in added), \
                (target, h)
        n += 1
        found += bool(new)
    assert n > 5000 and found > 0  # the sets were read (7,294 pairs), and some targets add names


def test_syllabic_matcher_skips_a_text_without_such_letters(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls: list[str] = []
    real = match.syllabic_script

    def spy(text: str) -> str | None:
        calls.append(text)
        return real(text)

    monkeypatch.setattr(match, "syllabic_script", spy)
    glossary = load_glossary()
    latin = "“Trump”, he said — and Zelensky’s aides agreed… Ünal’s reply: “no”."
    match.find_mentions(latin, glossary, source_lang="en")
    assert calls == []  # main asked it for every token
    text = "The banner read ドナルド・トランプ in red."
    mentions = match.find_mentions(text, glossary, source_lang="en")
    assert calls  # a katakana word: read as before
    assert any(m.entry.id == "donald-trump" for m in mentions)


@pytest.mark.slow
def test_actor_words_and_cap_runs_answer_as_before() -> None:
    texts = _texts()
    pairs = list(_pairs())
    for text in texts + [s for s, _ in pairs]:
        assert facts._actor_words(text, "en") == _old_actor_words(text, "en")
    for _, target in pairs:
        assert facts._actor_words(target, "pt") == _old_actor_words(target, "pt")
    assert len(texts) > 10000
    # the word before each capital, as _cap_runs reads it
    capital = re.compile(r"(?<![\w'’&.-])[A-Z][\w'’&.-]*")
    for text in texts:
        for m in capital.finditer(text):
            before = text[: m.start()]
            last = before.rsplit(None, 1)
            assert (last[-1] if last else "") == _old_prev(before)
    blank = " \u00a0\u2003"  # white space only: no word before
    assert _old_prev(blank) == "" and blank.rsplit(None, 1) == []


def test_combined_detector_reads_its_languages_once(monkeypatch: pytest.MonkeyPatch) -> None:
    from translate.detect import fasttext

    calls: list[str] = []
    real = fasttext.strings

    def spy(*a: Any, **k: Any) -> list[str]:
        calls.append(a[1])
        return real(*a, **k)

    monkeypatch.setattr(fasttext, "strings", spy)
    detector = fasttext.CombinedDetector()
    first = detector.languages()
    assert all(detector.languages() == first for _ in range(5))
    assert calls == ["languages"]  # main read and checked the list six times
    assert detector.settings is detector.settings
    merged = {**fasttext.detector_settings("fasttext"), **fasttext.detector_settings("combined")}
    assert detector.settings == merged
