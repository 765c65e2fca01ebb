"""speed22: the fast paths of two readings, each proven to read what it read before.

1. The ordinal words (``facts._ordinal_words``) are looked for only in a text whose casefolded
form contains one of them (``facts._ordinal_gate``): the same words found with and without
that pre-test, on every text of the facts sets and the corpus, in both languages.

2. The actor-order check's readings (``facts._actor_words``, ``facts._actor_role``)
with their fast paths — the cognate key inlined, and a word with no article just before it (and
not the sentence's first) given no role at once — against the readings as hostile19 wrote them
(copied below), on every token of every sentence pair of the facts sets (the engine's output,
the mutated targets, the source copied as its target) and of the real-world corpus's pages,
in both languages' data. The same tokens, the same keys, the same role for every position."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from translate import facts

ROOT = Path(__file__).resolve().parents[2]
_SPLIT = re.compile(r"(?<=[.!?。])\s+")


def _reference_words(text: str, lang: str) -> tuple[list[str], dict[str, int]]:
    """``_actor_words`` before speed22."""
    tokens = facts._ACTOR_TOKEN.findall(text)
    concepts = facts._actor_concepts(lang)
    keys: dict[str, int] = {}
    for i, tok in enumerate(tokens):
        if len(tok) < 3 or not tok[0].isalpha():
            continue
        if not tok[0].islower() and i > 0:
            continue
        key = concepts.get(tok.casefold())
        if key is None:
            if len(tok) < 4:
                continue
            key = facts._cognate_key(tok)
        keys[key] = -1 if key in keys else i
    return tokens, keys


def _reference_role(tokens: list[str], i: int,
                    data: tuple[frozenset[str], frozenset[str]]) -> str | None:  # fmt: skip
    """``_actor_role`` before speed22."""
    between, articles = data

    def art(j: int) -> bool:
        return 0 <= j < len(tokens) and tokens[j].casefold() in articles

    def word(j: int) -> bool:
        return (0 <= j < len(tokens) and len(tokens[j]) >= 3 and tokens[j][0].isalpha()
                and tokens[j][0].islower() and tokens[j].casefold() not in between
                and tokens[j].casefold() not in articles)  # fmt: skip

    subject = (i == 0 or art(i - 1)) and any(
        all(word(j) for j in range(i + 1, i + 1 + n))
        and ((art(i + 1 + n) and word(i + 2 + n)) or (n == 1 and word(i + 2)))
        for n in (1, 2))
    obj = art(i - 1) and any(
        all(word(j) for j in range(i - 1 - n, i - 1)) and word(i - 2 - n)
        and (art(i - 3 - n) or art(i - 4 - n))
        for n in (1, 2))
    if subject == obj:
        return None
    return "subject" if subject else "object"


def _texts() -> Iterator[str]:
    for path in sorted((ROOT / "benchmarks" / "data").glob("facts_heldout*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                r = json.loads(line)
                yield from (x for x in (r.get("source"), r.get("engine"), r.get("target")) if x)
    for path in sorted((ROOT / "tests" / "data" / "realworld").glob("**/pages/*.expected.txt")):
        for line in path.read_text(encoding="utf-8").splitlines()[:12]:
            yield from (s for s in _SPLIT.split(line.strip()) if s)


def test_reference_is_the_shipped_reading_on_a_turned_sentence() -> None:
    data = facts._actor_data("en")
    assert data is not None
    tokens, keys = facts._actor_words("The police arrested the protesters.", "en")
    assert (tokens, keys) == _reference_words("The police arrested the protesters.", "en")
    roles = {tokens[i]: facts._actor_role(tokens, i, data) for i in keys.values() if i >= 0}
    assert roles["police"] == "subject" and roles["protesters"] == "object"


def _reference_ordinals(text: str, lang: str) -> list[tuple[int, int, int]]:
    """``_ordinal_words`` before speed22 (no pre-test); the words ``[ordinal_not]`` unreads
    ("segundo a polícia", facts49) left out as there."""
    table = facts._ordinal_table(lang)
    pattern = facts._ordinal_not(lang)
    not_here = set() if pattern is None else {n.start() for n in pattern.finditer(text)}
    return [(m.start(), m.end(), table[m.group().casefold()])
            for m in facts._ORDINAL_WORD.finditer(text)
            if m.group().casefold() in table and m.start() not in not_here]  # fmt: skip


def test_ordinal_gate_keeps_every_word() -> None:
    assert facts._ordinal_words("O Segundo e a TERCEIRAS", "pt") == [(2, 9, 2), (14, 23, 3)]
    assert "primeiras" not in facts._ordinal_gate("pt")  # "primeira" stands for it
    assert facts._ordinal_words("the fifty-fifth time", "en") == _reference_ordinals(
        "the fifty-fifth time", "en")


@pytest.mark.slow
def test_ordinal_gate_reads_what_the_reference_reads() -> None:
    texts = list(dict.fromkeys(_texts()))
    wrong, found = [], 0
    for lang in ("en", "pt"):
        for text in texts:
            got = facts._ordinal_words(text, lang)
            if got != _reference_ordinals(text, lang):
                wrong.append((lang, text))
            found += len(got)
    assert len(texts) > 20000 and found > 500
    assert wrong == []


@pytest.mark.slow
def test_fast_paths_read_what_the_reference_reads() -> None:
    datas = {lang: facts._actor_data(lang) for lang in ("en", "pt")}
    wrong: list[tuple[str, str, int]] = []
    texts = list(dict.fromkeys(_texts()))
    roles = 0
    for lang, data in datas.items():
        assert data is not None
        for text in texts:
            got = facts._actor_words(text, lang)
            if got != _reference_words(text, lang):
                wrong.append((lang, text, -1))
                continue
            tokens = got[0]
            for i in range(len(tokens)):  # every position, not only the keys' ones
                role = facts._actor_role(tokens, i, data)
                if role != _reference_role(tokens, i, data):
                    wrong.append((lang, text, i))
                roles += role is not None
    assert len(texts) > 20000  # every facts set and the corpus were read
    assert roles > 1000  # and the readings found subjects and objects
    assert wrong == []
