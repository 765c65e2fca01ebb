"""Fixtures for the detect, segment and boilerplate stage tests."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from translate import boilerplate, detect, langdata, segment
from translate.model import Article, Block, BlockKind

MakeArticle = Callable[..., Article]


def _clear_caches() -> None:
    langdata.load_file.cache_clear()
    detect.clear_caches()
    segment.segment_rules.cache_clear()
    boilerplate._file_rules.cache_clear()
    boilerplate.rules_for.cache_clear()


@pytest.fixture
def make_article() -> MakeArticle:
    """Build an Article from (kind, text) pairs; offsets point into the joined text."""

    def build(*parts: tuple[BlockKind, str], article_id: str = "test") -> Article:
        blocks: list[Block] = []
        text = ""
        for kind, part in parts:
            if text:
                text += "\n\n"
            blocks.append(Block(kind=kind, text=part, start=len(text)))
            text += part
        title = next((b.text for b in blocks if b.kind == "title"), None)
        return Article(id=article_id, blocks=blocks, source="-", format="txt", text=text,
                       title=title)

    return build


@pytest.fixture
def language_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """An empty, writable languages folder in place of the shipped one (caches reset)."""
    folder = tmp_path / "languages"
    folder.mkdir()
    monkeypatch.setattr(langdata, "languages_dir", lambda: folder)
    monkeypatch.setattr(segment, "languages_dir", lambda: folder)
    monkeypatch.setattr(boilerplate, "languages_dir", lambda: folder)
    _clear_caches()
    yield folder
    monkeypatch.undo()
    _clear_caches()
