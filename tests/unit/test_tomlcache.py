"""translate/compiled-toml.bin (scripts/toml_cache.py): the shipped TOML files parsed at build
time; each entry is tomllib's parse of a shipped file, every call gets its own value, and any
other text is parsed by tomllib."""

from __future__ import annotations

import importlib.util
import marshal
from pathlib import Path
from typing import Any

import pytest
import tomllib

from translate import tomlcache

ROOT = Path(__file__).resolve().parents[2]
HINT = "run `python scripts/toml_cache.py` and commit translate/compiled-toml.bin"


def _script() -> Any:
    path = ROOT / "scripts" / "toml_cache.py"
    spec = importlib.util.spec_from_file_location("toml_cache_script", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_file_holds_every_shipped_file_as_tomllib_parses_it() -> None:
    script = _script()
    texts = script.texts()
    assert len(texts) > 10
    assert script.current() == script.expected(), HINT
    table = tomlcache._table()
    for text in texts:
        assert tomlcache.digest(text) in table, HINT
        assert tomlcache.loads(text) == tomllib.loads(text)


def test_each_call_gets_its_own_value() -> None:
    text = next(t for t in _script().texts() if "[boilerplate]" in t)
    first = tomlcache.loads(text)
    first["boilerplate"]["rules"].clear()
    assert tomlcache.loads(text) == tomllib.loads(text)


def test_other_text_is_parsed_by_tomllib() -> None:
    assert tomlcache.loads('a = 1\n[b]\nc = ["x"]\n') == {"a": 1, "b": {"c": ["x"]}}
    with pytest.raises(tomllib.TOMLDecodeError):
        tomlcache.loads("a = \n")


def test_a_damaged_or_foreign_file_is_ignored(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = 'name = "real"\n'
    path = tmp_path / "compiled-toml.bin"
    monkeypatch.setattr(tomlcache, "SHIPPED", path)
    key, wrong = tomlcache.digest(text), marshal.dumps({"name": "from the file"})
    for data, expected in (
        ({"version": tomlcache.VERSION, "entries": {key: wrong}}, "from the file"),
        ({"version": tomlcache.VERSION + 1, "entries": {key: wrong}}, "real"),
        ({"version": tomlcache.VERSION, "entries": {key: b"\x00"}}, "real"),
    ):
        path.write_bytes(marshal.dumps(data))
        tomlcache._table.cache_clear()
        try:
            assert tomlcache.loads(text)["name"] == expected
        finally:
            tomlcache._table.cache_clear()
    path.write_bytes(b"garbage")
    try:
        assert tomlcache.loads(text) == {"name": "real"}
    finally:
        tomlcache._table.cache_clear()
