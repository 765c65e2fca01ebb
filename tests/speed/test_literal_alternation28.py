"""speed28: ``regexcache.literal_alternation`` writes an alternation of literal forms with the
forms that share a first character after it once ("a(?:b|d)|c" for "ab|c|ad"). It must match
exactly what the flat alternation matches, and pick the same form, in any context, with and
without ``re.IGNORECASE``: on random forms and texts over letters that ``re`` folds together
("s"/"ſ", "k"/the Kelvin sign, "i"/"İ"), on the shipped lists it is used for (the spelling
tables, the date finder's month and weekday names, the checks' word lists) over the facts
sets' sentences, and its premise (no character matches two groups' first characters) on every
code point for the shipped lists."""

from __future__ import annotations

import json
import random
import re
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from translate import facts, spelling
from translate.langdata import facts_data
from translate.localize import dates
from translate.regexcache import literal_alternation

ROOT = Path(__file__).resolve().parents[2]
CONTEXTS = [
    "(?:{})",
    r"(?<![\w-])(?:{})(?![\w-])",
    r"(?<![\w])({})(?![\w])",
    r"^(?:{})$",
]


def _flat(forms: list[str]) -> str:
    return "|".join(map(re.escape, forms))


def _same(forms: list[str], texts: list[str]) -> None:
    flat, grouped = _flat(forms), literal_alternation(forms)
    for context in CONTEXTS:
        for flags in (0, re.IGNORECASE):
            a = re.compile(context.format(flat), flags)
            b = re.compile(context.format(grouped), flags)
            assert a.groups == b.groups
            for text in texts:
                assert [(m.span(), m.groups()) for m in a.finditer(text)] == [
                    (m.span(), m.groups()) for m in b.finditer(text)
                ], (forms, context, flags, text)


def test_flat_where_grouping_would_change_nothing_or_heads_fold_together() -> None:
    assert literal_alternation(["ab", "c", "ad"]) == "a(?:b|d)|c"
    assert literal_alternation(["ab", "cd"]) == "ab|cd"  # no first character shared
    for forms in (["sa", "sb", "ſc"], ["ka", "kb", "\u212ac"], ["ab", "ac", "Ad"],
                  ["ia", "ib", "İc"], ["ab", "ac", ""]):  # fmt: skip
        assert literal_alternation(forms) == _flat(forms), forms
    assert literal_alternation(["a.b", "a b", "a-b"]) == r"a(?:\.b|\ b|\-b)"


def test_random_forms_match_as_the_flat_alternation() -> None:
    rng = random.Random(28)
    letters = "aAsSſkK\u212aiIİıbé É-. "
    checked = 0
    for _ in range(400):
        forms = list(dict.fromkeys(
            "".join(rng.choice(letters) for _ in range(rng.randint(1, 4)))
            for _ in range(rng.randint(2, 9))
        ))  # fmt: skip
        texts = ["".join(rng.choice(letters) for _ in range(rng.randint(0, 30)))
                 for _ in range(25)]  # fmt: skip
        texts += [" ".join(forms), "".join(forms), " ".join(f.upper() for f in forms)]
        _same(forms, texts)
        checked += literal_alternation(forms) != _flat(forms)
    assert checked > 50  # grouped, not only fallen back to flat


def _texts() -> list[str]:
    out: list[str] = []
    for path in sorted((ROOT / "benchmarks" / "data").glob("facts_heldout*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                r = json.loads(line)
                out += [v for k in ("source", "engine", "target")
                        if isinstance(v := r.get(k), str)]  # fmt: skip
    return list(dict.fromkeys(out))


def _shipped() -> Iterator[list[str]]:
    """The lists the package hands literal_alternation, in the order it hands them."""
    for locale in ("pt-BR", "pt-PT", "pt", "en", "en-GB", "es", "fr", "de"):
        table = spelling.table_for(locale)
        if table.rewrites:
            yield sorted(table.rewrites, key=len, reverse=True)
    for locale in ("en", "pt", "pt-BR", "pt-PT", "es", "fr", "de", "it"):
        names = dates._names(locale)
        caps = names.flags == 0
        for table in (names.months, names.days):
            words = sorted({n for n in table}, key=lambda n: (-len(n), n))
            yield [n.title() if caps else n for n in words]
    for lang in ("en", "pt"):
        for words in _word_lists(facts_data(lang)):
            yield sorted(words, key=lambda w: len(re.escape(w)), reverse=True)


def _word_lists(data: object) -> Iterator[list[str]]:
    """Every list of strings and every table's keys in a facts file (a superset of the
    lists the checks join with ``facts._alt``)."""
    if isinstance(data, dict):
        keys = [k for k in data if isinstance(k, str)]
        if len(keys) > 1:
            yield keys
        for value in data.values():
            yield from _word_lists(value)
    elif isinstance(data, list):
        words = [w for w in data if isinstance(w, str) and w]
        if len(words) > 1:
            yield words
        for value in data:
            if isinstance(value, (list, dict)):
                yield from _word_lists(value)


SHIPPED = [forms for forms in _shipped() if literal_alternation(forms) != _flat(forms)]


def test_the_shipped_lists_are_grouped() -> None:
    assert len(SHIPPED) > 20
    assert any(len(forms) > 200 for forms in SHIPPED)  # the spelling table


def test_no_code_point_matches_two_heads_of_a_shipped_list() -> None:
    every = "".join(map(chr, range(sys.maxunicode + 1)))
    matched: dict[str, frozenset[str]] = {}
    for forms in SHIPPED:
        heads = list(dict.fromkeys(f[0] for f in forms))
        seen: set[str] = set()
        for head in heads:
            if head not in matched:
                matched[head] = frozenset(re.findall(re.escape(head), every, re.IGNORECASE))
            assert not matched[head] & seen, (head, forms)
            seen |= matched[head]


@pytest.mark.parametrize("part", range(4))
def test_the_shipped_lists_match_as_flat_on_the_facts_sentences(part: int) -> None:
    texts = _texts()
    assert len(texts) > 5000
    text = "\n".join(texts[part::4][:250])  # one text: one scan a pattern
    for forms in SHIPPED:
        _same(forms, [text, " ".join(forms), " ".join(f.upper() for f in forms)])


def test_the_package_builds_its_patterns_with_it() -> None:
    table = spelling.table_for("pt-BR")
    assert table.pattern is not None
    assert literal_alternation(sorted(table.rewrites, key=len, reverse=True)) in (
        table.pattern.pattern
    )
    words = ("mais", "menos", "maior")
    assert facts._alternation(words) == literal_alternation(
        sorted(words, key=lambda w: len(re.escape(w)), reverse=True)
    )
    assert "(?:" in dates._names("pt").month_regex
