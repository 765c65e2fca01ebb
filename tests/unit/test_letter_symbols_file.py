"""translate/localize/letter-symbols.json (scripts/letter_symbols.py): the currency symbols in
letters the number finder reads instead of every Babel locale on a first run (speed48); current
with the code and the installed Babel, and ignored (CLDR read as before, same answers) when
written for another."""

from __future__ import annotations

import importlib.util
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from translate.localize import numbers

HINT = "run `python scripts/letter_symbols.py` and commit translate/localize/letter-symbols.json"
SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "letter_symbols.py"


def _script() -> Any:
    spec = importlib.util.spec_from_file_location("letter_symbols_script", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def fresh_cache() -> Iterator[None]:
    numbers._letter_symbols.cache_clear()
    yield
    numbers._letter_symbols.cache_clear()


def test_the_file_holds_what_the_code_reads_from_cldr() -> None:
    shipped = numbers.read_shipped_letter_symbols()
    assert shipped is not None, HINT
    assert shipped == numbers.letter_symbols_from_cldr(), HINT
    assert {"R", "RM", "Rs", "kr", "Ksh"} <= shipped
    text = numbers.SHIPPED_LETTER_SYMBOLS.read_text(encoding="utf-8")
    assert text == _script().text(), HINT


@pytest.mark.usefixtures("fresh_cache")
def test_the_file_is_read_and_cldr_is_not(monkeypatch: pytest.MonkeyPatch) -> None:
    def never() -> frozenset[str]:
        raise AssertionError("CLDR read although the shipped table is current")

    monkeypatch.setattr(numbers, "letter_symbols_from_cldr", never)
    assert "R" in numbers._letter_symbols()
    assert numbers._glued_currency("R50bn", 1)


@pytest.mark.usefixtures("fresh_cache")
@pytest.mark.parametrize("content", [
    None,  # no file
    "not json",
    '{"key": {"babel": "0.0", "unicode": "0"}, "symbols": ["R"]}',  # another Babel
    '{"key": null, "symbols": "R"}',
])
def test_a_missing_or_stale_file_reads_cldr(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, content: str | None
) -> None:
    path = tmp_path / "letter-symbols.json"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    monkeypatch.setattr(numbers, "SHIPPED_LETTER_SYMBOLS", path)
    assert numbers.read_shipped_letter_symbols() is None
    monkeypatch.setattr(numbers, "letter_symbols_from_cldr", lambda: frozenset({"Zz"}))
    assert numbers._letter_symbols() == frozenset({"Zz"})


@pytest.mark.usefixtures("fresh_cache")
def test_a_key_for_another_babel_is_not_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = json.loads(numbers.SHIPPED_LETTER_SYMBOLS.read_text(encoding="utf-8"))
    data["key"]["babel"] += ".other"
    path = tmp_path / "letter-symbols.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    monkeypatch.setattr(numbers, "SHIPPED_LETTER_SYMBOLS", path)
    assert numbers.read_shipped_letter_symbols() is None
    data["key"]["babel"] = numbers.letter_symbols_key()["babel"]
    path.write_text(json.dumps(data), encoding="utf-8")
    assert numbers.read_shipped_letter_symbols() == frozenset(data["symbols"])
