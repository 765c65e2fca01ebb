"""Fixtures for edition formats and the review loop: a small fixed article and editions built
with the fake engine (normalised, so golden files stay stable)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner
from editions.edition_helpers import ARTICLE, HOSTILE, db, normalise

from translate.cli import cli
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


@pytest.fixture
def exported(runner: CliRunner, article_path: Path, tmp_path: Path, fake_engine: object) -> Path:
    """The article's pt-BR edition in json, md, xliff and po, made with the fake engine."""
    out = tmp_path / "out"
    args = ["run", str(article_path), "--to", "pt-BR", "--engine", "fake", "--format",
            "json,md,xliff,po", "--out", str(out), "--db", str(db(tmp_path))]  # fmt: skip
    result = runner.invoke(cli, args)
    assert result.exit_code == 0, result.stderr
    return out
