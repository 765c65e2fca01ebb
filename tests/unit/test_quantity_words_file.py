"""translate/localize/quantity-words/ (scripts/quantity_words.py): the normalized percent,
currency and unit words of each language, read instead of CLDR on a first run; current with
the code and the installed Babel, and ignored (CLDR read as before, same answers) when
written for another."""

from __future__ import annotations

import importlib.util
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from translate.localize import quantities

HINT = "run `python scripts/quantity_words.py` and commit translate/localize/quantity-words/"
SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "quantity_words.py"


def _script() -> Any:
    spec = importlib.util.spec_from_file_location("quantity_words_script", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def fresh_caches() -> Iterator[None]:
    quantities._tables.cache_clear()
    quantities._lexicon.cache_clear()
    yield
    quantities._tables.cache_clear()
    quantities._lexicon.cache_clear()


def test_every_file_holds_what_the_code_reads_from_cldr() -> None:
    script = _script()
    langs = script.languages()
    assert {"en", "pt", "pt_PT", "de", "fr", "ru"} <= set(langs)
    stored = sorted(p.stem for p in quantities.SHIPPED_WORDS.glob("*.json"))
    assert stored == langs, HINT
    for lang in langs:
        shipped = quantities._read_shipped(lang)
        assert shipped is not None, (lang, HINT)
        assert shipped == quantities.normalized_entries(lang), (lang, HINT)
        path = quantities.SHIPPED_WORDS / f"{lang}.json"
        assert path.read_text(encoding="utf-8") == script.text_of(lang), (lang, HINT)


@pytest.mark.usefixtures("fresh_caches")
def test_the_lexicon_is_the_same_with_and_without_the_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pairs = [("en",), ("pt", "en"), ("en", "pt"), ("de", "en"), ("ru", "en"), ("fr",)]
    with_files = {langs: quantities._lexicon(langs) for langs in pairs}
    assert all(lex.after and lex.before for lex in with_files.values())
    monkeypatch.setattr(quantities, "SHIPPED_WORDS", tmp_path)
    quantities._tables.cache_clear()
    quantities._lexicon.cache_clear()
    for langs in pairs:
        assert quantities._lexicon(langs) == with_files[langs], langs


@pytest.mark.parametrize("change", ["babel", "unicode", "units", "garbage", "missing"])
def test_a_file_for_another_babel_is_not_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, change: str
) -> None:
    data = json.loads((quantities.SHIPPED_WORDS / "en.json").read_text(encoding="utf-8"))
    path = tmp_path / "en.json"
    if change in ("babel", "unicode", "units"):
        data["key"][change] = "other"
        data["after"]["furlongs"] = [0]  # would change answers, were it used
        path.write_text(json.dumps(data), encoding="utf-8")
    elif change == "garbage":
        path.write_text("{not json", encoding="utf-8")
    monkeypatch.setattr(quantities, "SHIPPED_WORDS", tmp_path)
    assert quantities._read_shipped("en") is None
    assert quantities._read_shipped("../en") is None
