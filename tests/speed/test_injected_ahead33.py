"""speed33: the search for names the engine added (pipeline._injected_name_findings) runs on
each answer beside the engine (pipeline._Early), no longer all of it after the engine's last
answer: the edition is the same, and the sentences searched ahead are not searched again.
Also: restore_closing_quote counts its marks with str.count, the same totals as the loop."""

from __future__ import annotations

import random
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

import translate.pipeline as pipeline
from translate.engines.base import ready_hook
from translate.localize.quotes import _CLOSING, _END_PUNCT, DOUBLE_QUOTES, restore_closing_quote
from translate.localize.text import SPACES
from translate.options import RunOptions
from translate.read import read_article
from translate.write.json import to_dict

ARTICLE = """Talks resume in Geneva

The talks on the disputed border will resume in Geneva next month, officials in Africa said.

Ilham Aliyev met the envoys on 3 March; the budget grew by $4.2 billion, or 7 percent.

Farmers in Africa said prices for bread and fuel had climbed sharply since the spring.

The talks on the disputed border will resume in Geneva next month, officials in Africa said.
"""


class _AddsAName:
    """Wraps the fake engine: writes "Brasil" for "Africa" (a name the source never names:
    an injected name), and reports each answer to the pipeline's hook, last first, before
    the batch returns (as a pool finishing out of order would)."""

    def __init__(self, engine: Any, report: bool) -> None:
        self.plain = engine.translate
        self.report = report
        self.reported = 0

    def __call__(self, sentences: Sequence[str], source: str, target: str) -> list[str]:
        out = [s.replace("Africa", "Brasil") for s in self.plain(sentences, source, target)]
        hook = ready_hook() if self.report else None
        if hook is not None:
            for text, answer in reversed(list(zip(sentences, out, strict=True))):
                hook(" ".join(text.split()), answer)
                self.reported += 1
        return out


def _edition(path: Path) -> dict[str, Any]:
    options = RunOptions(engine="fake", use_cache=False, use_tm=False)
    edition = pipeline.translate_article(read_article(path), "pt-BR", options)[0]
    data: dict[str, Any] = to_dict(edition)
    data["stats"].pop("timings", None)
    data.pop("created", None)
    data["reports"] = dict(edition.reports)
    return data


def test_added_names_are_searched_ahead_and_the_edition_is_the_same(
    fake_engine: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "talks.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    monkeypatch.setattr(fake_engine, "translate", _AddsAName(fake_engine, report=False))
    before = _edition(path)  # no answer reported: every search after the engine

    reporting = _AddsAName(fake_engine, report=True)
    monkeypatch.setattr(fake_engine, "translate", reporting)
    searched: dict[str, list[str]] = {"ahead": [], "after": []}
    phase = ["ahead"]
    search, findings = pipeline.injected_names, pipeline._injected_name_findings

    def search_spy(source: str, *a: Any, **k: Any) -> Any:
        searched[phase[0]].append(source)
        return search(source, *a, **k)

    def findings_spy(*a: Any, **k: Any) -> Any:
        phase[0] = "after"
        try:
            return findings(*a, **k)
        finally:
            phase[0] = "ahead"

    monkeypatch.setattr(pipeline, "injected_names", search_spy)
    monkeypatch.setattr(pipeline, "_injected_name_findings", findings_spy)
    after = _edition(path)
    assert reporting.reported > 0
    assert after == before
    added = [f for f in after["findings"] if "the engine added a name" in f["message"]]
    assert added and all("'Brasil'" in f["message"] for f in added)
    # the sentences that name "Africa" were searched ahead, once (the repeat is one text), and
    # not again after the engine
    africa = [s for s in searched["ahead"] if "Africa" in s]
    assert len(africa) == len(set(africa)) == 2
    assert not [s for s in searched["after"] if "Africa" in s]


def _restore_before(source: str, target: str) -> str | None:
    """restore_closing_quote as it was before speed33 (732051a3), verbatim but for its name
    and docstring: the reference the new counting must agree with."""
    src = source.rstrip()
    src_marks = sum(1 for ch in src if ch in DOUBLE_QUOTES)
    tgt = target.rstrip()
    tgt_marks = sum(1 for ch in tgt if ch in DOUBLE_QUOTES)
    if not src or src_marks % 2 or tgt_marks != src_marks - 1 or not tgt:
        return None
    inside = src[-1] in DOUBLE_QUOTES and len(src) > 1 and src[-2] in _END_PUNCT
    outside = src[-1] in _END_PUNCT and len(src) > 1 and src[-2] in DOUBLE_QUOTES
    if src[-1] in DOUBLE_QUOTES and not inside:
        inside = True  # the quotation ends the sentence without punctuation
    if not (inside or outside):
        return None
    if tgt[-1] in DOUBLE_QUOTES:
        return None  # the target's last mark already closes something: not this case
    last = max(i for i, ch in enumerate(tgt) if ch in DOUBLE_QUOTES) if tgt_marks else -1
    before = tgt[last - 1] if last > 0 else " "
    after = tgt[last + 1] if last + 1 < len(tgt) else ""
    if last < 0 or not (after.isalnum() and (before in SPACES + "(:[—–-" or before.isspace())):
        return None  # the last quotation in the target is closed: the lost mark is elsewhere
    opening = tgt[last]
    mark = _CLOSING.get(opening, opening)
    if inside or tgt[-1] not in _END_PUNCT:
        return tgt + mark + target[len(tgt) :]
    return tgt[:-1] + mark + tgt[-1] + target[len(tgt) :]


def test_closing_quote_answers_as_before() -> None:
    """The same answer as the function before on random pairs dense in quotation marks, end
    punctuation and spaces (most of them pair their marks, so the repair's branches run)."""
    rng = random.Random(33)
    pieces = [*DOUBLE_QUOTES, "'", "’", " ", " ", "\u00a0", ".", "!", "?", "…", ":", "(", "—",
              "-", "a", "b", "Xy", "não", "no", "\n"]

    def text() -> str:
        return "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))

    repaired = 0
    for _ in range(20000):
        source, target = text(), text()
        if rng.random() < 0.5:  # a target that lost one of the source's marks
            marks = [i for i, ch in enumerate(source) if ch in DOUBLE_QUOTES]
            if marks:
                k = rng.choice(marks)
                target = source[:k] + source[k + 1 :]
        expected = _restore_before(source, target)
        assert restore_closing_quote(source, target) == expected, (source, target)
        repaired += expected is not None
    assert repaired >= 50  # the repair itself was reached, not only its early answers
