"""translate/compiled-words.bin (scripts/toml_cache.py): the spelling dictionaries' keys and the
town table built per language at build time answer exactly as the files read at run time, and
an edited or missing file falls back to reading the text."""

from __future__ import annotations

import importlib.util
import marshal
from pathlib import Path
from typing import Any

import pytest
import tomllib

from translate import tomlcache
from translate.data import data_dir
from translate.glossary import words

ROOT = Path(__file__).resolve().parents[2]
HINT = "run `python scripts/toml_cache.py` and commit translate/compiled-words.bin"
FOLDER = data_dir("glossary") / "words"


def _script() -> Any:
    path = ROOT / "scripts" / "toml_cache.py"
    spec = importlib.util.spec_from_file_location("toml_cache_script", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_file_is_current() -> None:
    assert _script().words_current(), HINT


def test_every_shipped_dictionary_answers_as_its_text() -> None:
    names = sorted(p.name for p in FOLDER.glob("*.txt"))
    assert "en.txt" in names
    for name in names:
        text = (FOLDER / name).read_text(encoding="utf-8")
        assert tomlcache.word_keys(text) is not None, HINT
        read = words.read_word_list(FOLDER / name)
        keys = words.word_keys_of(name)
        assert keys is not None
        assert keys.common_set() == read.common and keys.proper_set() == read.proper
        probes = [*read.common, *read.proper, "zzzq", "a", "", "é", "paris", "the",
                  *(w + "x" for w in sorted(read.common)[:500]), *(w[:-1] for w in read.proper)]
        fresh = words.word_keys_of.__wrapped__(name)  # lookups before any set is built
        assert fresh is not None
        for key in probes:
            assert fresh.common(key) == (key in read.common), key
            assert fresh.proper(key) == (key in read.proper), key
        assert fresh._sets is None  # the lookups built no set


def test_the_english_dictionary_is_the_one_detection_reads() -> None:
    keys = words.language_keys("en")
    assert keys is not None and keys.has_common()
    assert keys.common("the") and not keys.proper("the")
    assert keys.proper("paris") and not keys.common("zzzq")
    assert words.language_keys("xx") is None or not words.language_keys("xx").has_common()


def test_the_town_tables_are_built_as_from_the_text() -> None:
    text = (FOLDER / tomlcache.TOWNS_FILE).read_text(encoding="utf-8")
    table = tomllib.loads(text)
    for lang in [*table, "xx", "pt-BR", "en-US"]:
        words.local_towns.cache_clear()
        got = words.local_towns(lang)
        want = words.build_local_towns(table.get(lang.split("-")[0], {}))
        assert got == want, lang
        if got is not None and want is not None:
            assert list(got.by_first.items()) == list(want.by_first.items())  # longest first
    words.local_towns.cache_clear()


def test_an_edited_or_missing_file_reads_the_text(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = (FOLDER / "en.txt").read_text(encoding="utf-8")
    assert tomlcache.word_keys(text + "zzzqword\n") is None  # another text: not in the file
    edited = words.joined_keys(words._parse_word_list(text + "zzzqword\n"))
    assert edited.common("zzzqword") and "zzzqword" in edited.common_set()
    towns = (FOLDER / tomlcache.TOWNS_FILE).read_text(encoding="utf-8")
    assert tomlcache.towns(towns + "\n", "en") is None
    for data in (b"garbage", marshal.dumps({"version": tomlcache.WORDS_VERSION + 1})):
        path = tmp_path / "compiled-words.bin"
        path.write_bytes(data)
        monkeypatch.setattr(tomlcache, "WORDS", path)
        tomlcache._words_table.cache_clear()
        try:
            assert tomlcache.word_keys(text) is None
            assert tomlcache.towns(towns, "en") is None
        finally:
            tomlcache._words_table.cache_clear()
