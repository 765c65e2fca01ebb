"""The stages after the engine run on each sentence as its translation arrives
(translate.engines.base.on_ready, translate.pipeline._Early): the engine reports each answer
once, with the same answers as without the hook; the pipeline's edition is the same whether
or not the engine reports, and the stages do take what was computed ahead."""

from __future__ import annotations

import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

import translate.pipeline as pipeline
from translate.engines import child
from translate.engines.base import on_ready, ready_hook
from translate.engines.embedded import EmbeddedEngine
from translate.options import RunOptions
from translate.read import read_article
from translate.write.json import to_dict

SENTENCES = [
    "The talks in Geneva ended on Monday without an agreement.",
    "Prices for bread and fuel had climbed sharply since the spring.",
    "   ",
    "A government spokesman said the   ministry would  publish the figures.",
    "The talks in Geneva ended on Monday without an agreement.",
]

ARTICLE = """Talks resume in Geneva

On September 26, 2020 the index rose 12.5% to 3.5 million, and on Monday 1,200 more people left.

Ilham Aliev met the envoys on 3 March; the budget grew by $4.2 billion, or 7 percent.

The ministry said "the figures will be published" in 2021, with 15,000 families counted.

On September 26, 2020 the index rose 12.5% to 3.5 million, and on Monday 1,200 more people left.
"""


class _Upper:
    """A stand-in native model: upper case."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.calls = 0

    def translate(self, text: str) -> str:
        with self._lock:
            self.calls += 1
        return f" {text.upper()} "


def test_the_engine_reports_each_answer_once_and_answers_the_same() -> None:
    child.enable(False)
    engine = EmbeddedEngine(threads=2)
    engine._loaded[("en", "pt")] = _Upper()
    try:
        plain = engine.translate(SENTENCES, "en", "pt")
        seen: list[tuple[str, str, bool]] = []
        engine.speculate(SENTENCES[:2], "en", "pt")  # some ahead, some asked: both reported
        with on_ready(lambda flat, out: seen.append((flat, out, threading.current_thread()
                                                     is threading.main_thread()))):  # fmt: skip
            reported = engine.translate(SENTENCES, "en", "pt")
        assert reported == plain == [" ".join(s.split()).upper() for s in SENTENCES]
        flats = {" ".join(s.split()) for s in SENTENCES if s.strip()}
        assert sorted(f for f, _, _ in seen) == sorted(flats)  # each distinct text once
        assert all(out == flat.upper() and on_main for flat, out, on_main in seen)
        assert ready_hook() is None  # nothing outside the block
    finally:
        engine.close()


class _Reporting:
    """Wraps an engine's ``translate``: each answer is reported to the pipeline's hook, in
    reverse order (as a pool finishing out of order would), before the batch returns."""

    def __init__(self, engine: Any) -> None:
        self.engine = engine
        self.translate_plain = engine.translate
        self.reported = 0

    def __call__(self, sentences: Sequence[str], source: str, target: str) -> list[str]:
        out: list[str] = self.translate_plain(sentences, source, target)
        hook = ready_hook()
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
    data.pop("created", None)  # to the second: two runs may straddle one
    data["reports"] = dict(edition.reports)
    return data


def test_the_edition_is_the_same_and_the_stages_take_what_was_done_ahead(
    fake_engine: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "talks.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    before = _edition(path)

    reporting = _Reporting(fake_engine)
    monkeypatch.setattr(fake_engine, "translate", reporting)
    taken = {"localize": 0, "checks": 0}
    localize, checks = pipeline.localize_segments, pipeline.run_checks

    def localize_spy(*a: Any, early: Any = None, **k: Any) -> Any:
        n = len(early or {})
        out = localize(*a, early=early, **k)
        taken["localize"] += n - len(early or {})
        return out

    def checks_spy(*a: Any, early: Any = None, **k: Any) -> Any:
        n = len(early or {})
        out = checks(*a, early=early, **k)
        taken["checks"] += n - len(early or {})
        return out

    monkeypatch.setattr(pipeline, "localize_segments", localize_spy)
    monkeypatch.setattr(pipeline, "run_checks", checks_spy)
    after = _edition(path)
    assert reporting.reported > 0
    assert after == before
    # sentences the glossary does not touch were localized and checked ahead (a repeat is
    # checked once); the one with a name the glossary restores ("Aliev" -> "Aliyev") was not
    # taken: its text changed after the engine
    assert taken["localize"] >= 2 and taken["checks"] >= 2
    assert after["findings"] and after["reports"]["localize"]["changes"]


NAMED = """Talks resume in Geneva

Ilham Aliyev met Nikol Pashinyan in Geneva on Monday, and 1,200 more people left Armenia.

Vladimir Putin said on 3 March that Russia would send 15,000 troops to Armenia.

Ilham Aliev said the budget grew by $4.2 billion, or 7 percent.
"""


def test_sentences_with_names_are_verified_localized_and_checked_ahead(
    fake_engine: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "named.txt"
    path.write_text(NAMED, encoding="utf-8")
    before = _edition(path)

    reporting = _Reporting(fake_engine)
    monkeypatch.setattr(fake_engine, "translate", reporting)
    taken = {"restore": 0, "checks": 0}
    restore, checks = pipeline.restore_segments, pipeline.run_checks

    def restore_spy(*a: Any, early: Any = None, **k: Any) -> Any:
        n = len(early or {})
        out = restore(*a, early=early, **k)
        taken["restore"] += n - len(early or {})
        return out

    def checks_spy(*a: Any, early: Any = None, **k: Any) -> Any:
        n = len(early or {})
        out = checks(*a, early=early, **k)
        taken["checks"] += n - len(early or {})
        return out

    monkeypatch.setattr(pipeline, "restore_segments", restore_spy)
    monkeypatch.setattr(pipeline, "run_checks", checks_spy)
    after = _edition(path)
    assert reporting.reported > 0
    assert after == before  # names found, repaired and flagged as after the engine
    assert after["reports"]["glossary"]["items"]
    # the three sentences with names were verified ahead, and checked ahead with their spans
    assert taken["restore"] >= 3 and taken["checks"] >= 3


def test_a_verify_ahead_is_not_taken_for_another_output_or_segment() -> None:
    from translate.glossary import cache as glossary_cache
    from translate.model import Segment
    from translate.protect import protect_segments, restore_segments, verify_ahead

    glossary = glossary_cache.load([], builtin=True)
    text = "Ilham Aliev met Nikol Pashinyan."
    seg = Segment(id="b0.s0", block=0, index=0, source=text, start=0, end=len(text), lang="en")
    protected = protect_segments([seg], glossary, "pt-BR", "en")
    output = protected.texts[0]
    ahead = verify_ahead(protected, 0, output)
    assert ahead is not None and ahead.placements
    plain = restore_segments(protected, [output])
    # the same output: taken (the very placements), the same result
    early = {0: ahead}
    taken = restore_segments(protected, [output], early=early)
    assert not early and taken.targets == plain.targets and taken.terms == plain.terms
    # another output: not taken, computed for that output
    wrong = verify_ahead(protected, 0, "Nada aqui.")
    assert wrong is not None
    other = restore_segments(protected, [output], early={0: wrong})
    assert other.targets == plain.targets and other.terms == plain.terms
