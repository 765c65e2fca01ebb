"""translate/engines/lexicon/ (scripts/engine_lexicon.py): each embedded model's word lists
(lower-case and capitalized) are what the code reads from the model's vocabulary, and a list for
another file is not used."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from translate import untranslatable
from translate.engines import lexicon
from translate.engines.embedded import discover_models

HINT = "run `python scripts/engine_lexicon.py` and commit translate/engines/lexicon/"


def _vocabularies() -> list[Path]:
    return sorted(p for folder, _ in discover_models().values() for p in folder.glob("*.spm"))


def test_every_list_is_current() -> None:
    vocabularies = _vocabularies()
    assert vocabularies
    for vocabulary in vocabularies:
        assert lexicon.read_shipped(vocabulary) == untranslatable.vocabulary_words(vocabulary), HINT
        capitalized = lexicon.read_shipped(vocabulary, "capitalized")
        assert capitalized == untranslatable.capitalized_words(vocabulary), HINT
    for kind, folder in lexicon.KINDS.items():
        names = {lexicon.shipped_path(v, kind).name for v in vocabularies}
        assert {p.name for p in (lexicon.SHIPPED / folder).glob("*.txt")} == names, HINT


def test_engine_lexicon_reads_the_list() -> None:
    untranslatable.engine_lexicon.cache_clear()
    try:
        words = untranslatable.engine_lexicon("en")
    finally:
        untranslatable.engine_lexicon.cache_clear()
    assert "minister" in words and len(words) > 10_000


def test_engine_capitalized_reads_the_list(monkeypatch: pytest.MonkeyPatch) -> None:
    untranslatable.engine_capitalized.cache_clear()
    monkeypatch.setattr(untranslatable, "spm_word_pieces", None)  # the list only, not the file
    try:
        words = untranslatable.engine_capitalized("en")
    finally:
        untranslatable.engine_capitalized.cache_clear()
    assert {"London", "Russian"} <= words and "minister" not in words


def test_a_list_for_another_file_is_not_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    vocabulary = _vocabularies()[0]
    copy = tmp_path / vocabulary.name
    shutil.copyfile(vocabulary, copy)
    monkeypatch.setattr(lexicon, "SHIPPED", tmp_path / "lists")
    (tmp_path / "lists").mkdir()
    assert lexicon.read_shipped(copy) is None  # no list
    lexicon.shipped_path(copy).write_text(lexicon.text_of(copy, frozenset({"only"})))
    assert lexicon.read_shipped(copy) == frozenset({"only"})
    copy.write_bytes(copy.read_bytes() + b"\x00")  # another model file: the list is stale
    assert lexicon.read_shipped(copy) is None
