"""Generalization on articles, names and numbers the pipeline was not built on.

The articles in ``tests/data/unseen`` were written for this purpose, each with hand-written
expected facts (``<name>.toml``). The check-level tests run without the engine: every expected
name is found with its entry, match kind and ``--fix`` replacement, ordinary words stay
unflagged, boilerplate goes, article text stays, sentences are cut where they should be. A gap
the pipeline still has is marked ``known = "why"`` in the TOML and runs as a strict xfail, so
fixing it makes the suite say so. The ``model`` test runs the real embedded engine.

``benchmarks/eval_unseen.py`` prints the same measurements as a table.
"""

from __future__ import annotations

import importlib.util
import sys
from functools import cache
from pathlib import Path
from typing import Any

import pytest

_HERE = Path(__file__).with_name("unseen_eval.py")
_spec = importlib.util.spec_from_file_location("unseen_eval", _HERE)
assert _spec and _spec.loader
ev = importlib.util.module_from_spec(_spec)
sys.modules.setdefault("unseen_eval", ev)
_spec.loader.exec_module(ev)

EXPECTATIONS = ev.load_expectations()
BY_NAME = {e.name: e for e in EXPECTATIONS}


@cache
def _source_score(name: str) -> Any:
    return ev.score_source(BY_NAME[name])


def _name_cases() -> list[Any]:
    cases = []
    for exp in EXPECTATIONS:
        for item in exp.data.get("names", []):
            nth = item.get("nth", 0)
            known = item.get("known")
            marks = [pytest.mark.xfail(strict=True, reason=known)] if known else []
            case_id = f"{exp.name}:{item['surface']}" + (f"#{nth}" if nth else "")
            cases.append(pytest.param(exp.name, item["surface"], nth, marks=marks, id=case_id))
    return cases


def test_the_set_is_big_enough() -> None:
    """8+ articles, plain text, Markdown, HTML and a Portuguese source among them."""
    suffixes = {e.article.suffix for e in EXPECTATIONS}
    assert len(EXPECTATIONS) >= 8
    assert {".txt", ".md", ".html"} <= suffixes
    assert "pt" in {e.lang for e in EXPECTATIONS}


@pytest.mark.parametrize(("article", "surface", "nth"), _name_cases())
def test_name_is_found(article: str, surface: str, nth: int) -> None:
    score = _source_score(article)
    results = [n for n in score.names if n.surface == surface and n.item.get("nth", 0) == nth]
    assert results, f"{surface!r} is inside a longer expected name only"
    for n in results:
        assert (n.found, n.kind_ok, n.fix_ok is not False) == (True, True, True), n.got


@pytest.mark.parametrize("article", sorted(BY_NAME))
def test_no_false_mentions(article: str) -> None:
    """Ordinary words, adjectives and unknown names are no mentions (except known ones)."""
    score = _source_score(article)
    known = BY_NAME[article].data.get("known_false_positives", [])
    assert score.not_name_hits == []
    assert [fp for fp in score.false_positive if not any(k in fp for k in known)] == []


@pytest.mark.parametrize("article", sorted(BY_NAME))
def test_language_is_detected(article: str) -> None:
    score = _source_score(article)
    assert score.detected == BY_NAME[article].lang


@pytest.mark.parametrize("article", sorted(BY_NAME))
def test_boilerplate_is_dropped_and_text_kept(article: str) -> None:
    score = _source_score(article)
    assert [t for t, ok in score.dropped_ok if not ok] == []
    assert [t for t, ok in score.kept_ok if not ok] == []


@pytest.mark.parametrize("article", sorted(BY_NAME))
def test_sentences_are_cut_right(article: str) -> None:
    score = _source_score(article)
    assert [t for t, ok in score.segments_ok if not ok] == []


@pytest.mark.model
@pytest.mark.parametrize("article", ["ukraine-kharkiv", "brasil-enchentes"])
def test_editions_with_the_real_engine(article: str) -> None:
    """Dates, numbers and names as a reader of each locale expects them, names all kept or
    repaired (en->pt-BR/pt-PT, and pt->en)."""
    exp = BY_NAME[article]
    editions = ev.run_editions(exp)
    assert sorted(e.locale for e in editions) == sorted(exp.targets)
    for edition in editions:
        score = ev.score_edition(exp, edition)
        assert score.failures() == [], edition.locale
        right, mentions = score.report
        assert (right, score.glossary["wrong"]) == (mentions, 0)
