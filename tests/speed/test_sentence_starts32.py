"""speed32: ``check_verb_missing`` reads its name and article patterns (facts26) only where a
match can begin, the text's start and the marks that open their first element
(``facts._finditer_at``), instead of ``finditer`` trying every place. It must give the same
matches as ``finditer``: on the shipped patterns of every language with the data, over the
facts sets' sources, engine outputs and targets and over random texts dense in marks, quotes,
capitals and the determiners; and the patterns must still begin as the gate assumes."""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

import pytest

from translate import facts

ROOT = Path(__file__).resolve().parents[2]
LANGS = ("en", "pt", "pt-BR", "pt-PT")
NAME_HEAD = r"(?:^|[.!?]\s+|[\"“]\s*)"
NOUN_HEAD = r"(?:^|[.!?]\s+)"


def _texts() -> list[str]:
    out: list[str] = []
    for path in sorted((ROOT / "benchmarks" / "data").glob("facts_heldout*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                r = json.loads(line)
                out += [v for k in ("source", "engine", "target")
                        if isinstance(v := r.get(k), str)]  # fmt: skip
    return list(dict.fromkeys(out))


def _spans(matches: object) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in matches]  # type: ignore[attr-defined]


def _patterns() -> list[tuple[str, re.Pattern[str], re.Pattern[str]]]:
    out = []
    for lang in LANGS:
        name, noun, _ = facts._verbless_subjects(lang)
        if name is not None:
            out.append((lang, name, facts._NAME_OPENERS))
        if noun is not None:
            out.append((lang, noun, facts._SENTENCE_MARKS))
    return out


def test_the_patterns_begin_where_the_gate_looks() -> None:
    pats = _patterns()
    assert {lang for lang, _, _ in pats} >= {"en", "pt"}
    for _, pattern, starts in pats:
        head = NAME_HEAD if starts is facts._NAME_OPENERS else NOUN_HEAD
        assert pattern.pattern.startswith(head), pattern.pattern[:60]
        assert not pattern.flags & re.MULTILINE
        assert pattern.fullmatch("") is None


@pytest.mark.parametrize("lang", ["en", "pt"])
def test_same_matches_as_finditer_on_the_facts_sets(lang: str) -> None:
    texts = _texts()
    assert len(texts) > 1000
    found = 0
    for _, pattern, starts in [p for p in _patterns() if p[0] == lang]:
        for text in texts:
            want = _spans(pattern.finditer(text))
            assert _spans(facts._finditer_at(pattern, text, starts)) == want, text
            found += len(want)
    assert found > 0  # the sets hold matches, not only texts that match nowhere


def test_same_matches_as_finditer_on_random_texts() -> None:
    rng = random.Random(32)
    words = ["O", "A", "Os", "The", "A", "polícia", "police", "Mueller", "Donald", "Trump",
             "seu", "sua", "um", "uma", "his", "her", "a", "an", "their", "emprego", "job",
             "que", "cada", "day", ".", "!", "?", '"', "“", "”", ",", "\n", "  ", "É",
             "Ana"]  # fmt: skip
    pats = _patterns()
    matched = 0
    for _ in range(4000):
        parts = rng.choices(words, k=rng.randint(1, 14))
        text = "".join(p + rng.choice(["", " ", " ", "\t", "  "]) for p in parts)
        for _, pattern, starts in pats:
            want = _spans(pattern.finditer(text))
            assert _spans(facts._finditer_at(pattern, text, starts)) == want, (pattern, text)
            matched += bool(want)
    assert matched > 100
