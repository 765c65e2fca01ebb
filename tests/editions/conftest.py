"""Fixtures for edition formats and the review loop: a small fixed article and editions built
with the fake engine (normalised, so golden files stay stable)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from editions.edition_helpers import ARTICLE, HOSTILE, normalise

from translate.model import Edition
from translate.options import RunOptions
from translate.pipeline import translate_article
from translate.read import read_article


@pytest.fixture
def article_path(tmp_path: Path) -> Path:
    path = tmp_path / "talks.md"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


@pytest.fixture
def hostile_path(tmp_path: Path) -> Path:
    path = tmp_path / "hostile.txt"
    path.write_text(HOSTILE, encoding="utf-8")
    return path


@pytest.fixture
def build_edition(fake_engine: object) -> Callable[[Path, str], Edition]:
    """Edition of an article file for a locale, made with the fake engine, without a store and
    without the shipped glossary (whose data changes independently of these formats)."""

    def build(path: Path, locale: str = "pt-BR") -> Edition:
        options = RunOptions(engine="fake", use_cache=False, use_tm=False, builtin_glossary=False)
        return normalise(translate_article(read_article(path), locale, options)[0])

    return build
