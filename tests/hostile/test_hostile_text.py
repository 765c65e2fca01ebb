"""Pathological text: monster tokens and long runs that once made the pipeline quadratic (an
engine call on a 20,000-character "sentence" takes minutes; a URL regex rescanned every
position). These assert on structure, not on time; a regression shows as a very slow test."""

from __future__ import annotations

import json
import random
import string
from pathlib import Path

import pytest
from hostile.helpers import invoke

from translate.localize.text import URL as _URL
from translate.segment import segment_rules, split_sentences


def _token(n: int, seed: int = 0) -> str:
    rng = random.Random(seed)
    return "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(n))


@pytest.mark.parametrize(
    "text",
    [
        _token(20_000),
        "a\u0301" * 6_000,  # combining accents: never split from their letter
        "👨\u200d👩\u200d👧" * 3_000,  # joined emoji: never split at a joiner
        "a\u200d" * 20_000,  # joiners everywhere: once a RecursionError
        "x" * 1_001,
        "word " * 4_000,
    ],
    ids=["random-token", "combining", "zwj-emoji", "zwj-run", "just-over", "spaced-words"],
)
def test_monster_sentences_are_cut_below_the_hard_limit(text: str) -> None:
    rules = segment_rules("en")
    spans = split_sentences(text, "en")
    assert spans and all(b - a <= rules.hard_max_chars for a, b in spans)
    assert "".join(text[a:b] for a, b in spans).replace(" ", "") == text.replace(" ", "")
    if "a\u200da" not in text:  # where a clean place exists, no character is split
        for a, _ in spans:
            assert text[a] not in "\u0301\u200d" and (a == 0 or text[a - 1] != "\u200d")


def test_ordinary_long_sentence_is_left_alone() -> None:
    sentence = "The council approved the budget " + "and the plan " * 20 + "on Monday."
    assert split_sentences(sentence, "en") == [(0, len(sentence))]


@pytest.mark.parametrize(
    "text",
    ["a" * 100_000, "a@" * 50_000, "a." * 50_000, "-" * 100_000],
    ids=["letters", "at-signs", "dots", "dashes"],
)
def test_url_mask_is_linear_on_long_runs(text: str) -> None:
    assert [m.span() for m in _URL.finditer(text)] == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("see https://x.org/a now", ["https://x.org/a"]),
        ("mail a.b+c@x.org.", ["a.b+c@x.org."]),
        ("x(bob@ex.com)", ["x(bob@ex.com)"]),
        ('"news.org" and www.x.com.', ['"news.org"', "www.x.com."]),
    ],
)
def test_url_mask_still_finds_urls(text: str, found: list[str]) -> None:
    assert [m.group() for m in _URL.finditer(text)] == found


@pytest.mark.usefixtures("fake_engine")
def test_article_with_a_monster_token_is_translated_in_pieces(tmp_path: Path) -> None:
    path = tmp_path / "blob.txt"
    path.write_text(
        "The council met on Monday.\n\n" + _token(40_000, seed=1) + "\n\nIt met again.\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    outcome = invoke("run", path, "--to", "pt-BR", "--engine", "fake", "--out", out, "--from", "en")
    assert outcome.code == 0, outcome.stderr
    data = json.loads((out / "blob.pt-BR.json").read_text(encoding="utf-8"))
    pieces = data["blocks"][1]["segments"]
    assert len(pieces) >= 40 and all(len(s["source"]) <= 1000 for s in pieces)
