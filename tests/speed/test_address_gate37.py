"""speed37: ``untranslatable.address_spans`` scans a text for addresses, tags and opaque
identifiers only when it holds what each shape needs ("@", "#", "://"; a run of 20 characters
between white space). Most sentences hold none: the mask and the checks called it three times a
sentence, each a position-by-position scan (about 4 ms of the main thread's CPU per 136
sentences). The answer must be the same: every line of the real-world pages and every text of
the untranslatables sets, with and without the gates."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from translate import untranslatable
from translate.untranslatable import address_spans

ROOT = Path(__file__).resolve().parents[2]


class _Spy:
    """A compiled pattern that records the texts it is asked to scan."""

    def __init__(self, pattern: re.Pattern[str], seen: list[str]) -> None:
        self.pattern, self.seen = pattern, seen

    def finditer(self, text: str, *a: Any) -> Iterator[re.Match[str]]:
        self.seen.append(text)
        return self.pattern.finditer(text, *a)

    def match(self, text: str, *a: Any) -> re.Match[str] | None:
        return self.pattern.match(text, *a)


def test_a_text_without_the_marks_is_not_scanned(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[str] = []
    for name in ("_ADDRESS", "_SHORT_TAG", "_IDENTIFIER"):
        monkeypatch.setattr(untranslatable, name, _Spy(getattr(untranslatable, name), seen))
    plain = "The foreign minister said on Monday that talks would resume next month."
    assert address_spans(plain) == []
    assert seen == []  # main's code scanned it three times
    # each mark brings back the scan of the shapes that need it, and their spans
    t = "Write to desk@news.example or see https://news.example/a, #Elections and #1317."
    assert [t[s:e] for s, e, _ in address_spans(t)] == [
        "desk@news.example", "https://news.example/a", "#Elections", "#1317"]  # fmt: skip
    assert seen.count(t) == 3
    h = "Hash 509aa4a846c6cb52e9756a282de67da3 of the release."
    assert address_spans(h) == [(5, 37, "code")]
    assert seen == [t, t, t, h]  # no "@", "#" or "://": only the identifier scan


def _texts() -> Iterator[str]:
    """Every line of the real-world pages' expected texts; every text of the untranslatables
    sets (handles, hashtags, issue numbers, addresses, hashes)."""
    for path in sorted((ROOT / "tests" / "data" / "realworld").glob("**/pages/*.expected.txt")):
        yield from (line for line in path.read_text(encoding="utf-8").splitlines() if line)
    for path in sorted((ROOT / "benchmarks" / "data").glob("untranslatables_*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                yield str(json.loads(line)["text"])


@pytest.mark.slow
def test_the_gates_change_no_answer(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = list(dict.fromkeys(_texts()))
    gated = [(address_spans(t), address_spans(t, cites=True)) for t in texts]
    for name in ("_has_tag_mark", "_has_address_mark", "_long_run"):
        monkeypatch.setattr(untranslatable, name, lambda text: True)
    ungated = [(address_spans(t), address_spans(t, cites=True)) for t in texts]
    assert gated == ungated
    assert len(texts) > 20000  # every page and set was read
    found = sum(1 for spans, _ in gated if spans)
    assert found > 300  # texts with addresses, tags or identifiers among them
    marks = sum(1 for t in texts if "@" in t or "#" in t or "://" in t)
    assert marks < len(texts) // 5  # most texts hold no mark: the gate's point
