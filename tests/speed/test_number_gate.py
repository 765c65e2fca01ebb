"""speed19b: the number, numeric-date and date readers of the localize stage (shared with the
checks) skip their scans on a text with no decimal digit (``localize.text.has_decimal_digit``):
``find_numbers`` and ``find_numeric_dates`` answer ``[]`` at once, ``find_dates`` looks only at
the date shapes that need no day and no year (``dates._shapes_without_digits``, derived from
the shapes' own needs: none for the shipped shapes). The gated readers must answer exactly what
the full readers answer: both are run on every sentence of every facts set and corpus page."""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from translate.errors import UnknownLocaleError
from translate.locales import get_profile
from translate.localize import dates, numbers, numeric_dates
from translate.localize.dates import SHAPE_LOCALES, find_dates
from translate.localize.numeric_dates import find_numeric_dates
from translate.localize.stage import (
    Localizer,
    localizer_for,
    source_dates,
    source_numbers,
    target_dates,
    target_numbers,
)
from translate.localize.text import has_decimal_digit

ROOT = Path(__file__).resolve().parents[2]
_GATED = (numbers, numeric_dates, dates)  # the modules that call has_decimal_digit


def test_has_decimal_digit_is_backslash_d_on_every_code_point() -> None:
    if sys.maxunicode != 0x10FFFF:  # pragma: no cover
        pytest.skip("narrow build")
    decimal = [unicodedata.decimal(chr(c), None) is not None for c in range(sys.maxunicode + 1)]
    wrong = [c for c, d in enumerate(decimal) if has_decimal_digit(chr(c)) != d]
    assert wrong == []
    assert not has_decimal_digit("x² ½ no decimal digit") and has_decimal_digit("٣ أيام")


def test_every_shipped_date_shape_needs_a_digit() -> None:
    """What makes the date gate pay: each shape has a day or a year (if a shape without one is
    shipped, the gate still looks at it: the next test)."""
    for names in (("en",), ("pt",), ("pt-BR", "en"), ("fr", "en"), ("de",), ("es", "en")):
        assert dates._date_shapes(SHAPE_LOCALES, names, "")
        assert dates._shapes_without_digits(SHAPE_LOCALES, names, "") == ()


def test_the_date_gate_follows_the_shapes_data(monkeypatch: pytest.MonkeyPatch) -> None:
    """A shape with no day and no year added to the data ("EEEE MMMM") is kept by the gate: a
    digitless text is still read with it."""
    real = dates.shape_patterns
    monkeypatch.setattr(dates, "shape_patterns", lambda loc: [*real(loc), "EEEE MMMM"])
    for fn in (dates._date_shapes, dates._shapes_without_digits):
        fn.cache_clear()
    try:
        kept = dates._shapes_without_digits(("en",), ("en",), "")
        assert len(kept) == 1 and dates._DAY_DIGIT not in kept[0].needs
        found = find_dates("It was Monday September already.", ["en"], ["en"], solo=False)
        assert [(d.text, d.month, d.weekday) for d in found] == [("Monday September", 9, 0)]
    finally:
        monkeypatch.undo()
        for fn in (dates._date_shapes, dates._shapes_without_digits):
            fn.cache_clear()
    assert find_dates("It was Monday September already.", ["en"], ["en"], solo=False) == []


def test_gated_readers_on_small_cases() -> None:
    en = localizer_for(get_profile("pt-BR"), "en")
    assert source_numbers("Two million people, no digit.", en, ()) == []
    assert [str(v) for m in source_numbers("Rose 12.5% to 3.5 million", en, ())
            for v in m.values] == ["12.5", "3500000.0"]  # fmt: skip
    assert find_numeric_dates("version one-two, a/b.") == []
    assert [d.text for d in find_numeric_dates("On 05/08/2020.")] == ["05/08/2020"]
    assert [(d.text, d.weekday) for d in source_dates("On Monday, in September.", en)] == [
        ("Monday", 0), ("September", None)]  # fmt: skip
    assert [d.parts for d in source_dates("On September 26, 2020.", en)] == [(2020, 9, 26)]


_SPLIT = re.compile(r"(?<=[.!?。])\s+")


def _profile(tag: str) -> Any:
    try:
        return get_profile(tag)
    except UnknownLocaleError:
        return None


def _texts() -> Iterator[tuple[str, str, str]]:
    """(text, source language, target locale) for every sentence of every facts set (source,
    engine output, mutated target) and of every real-world corpus page."""
    for path in sorted((ROOT / "benchmarks" / "data").glob("facts_heldout*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                r = json.loads(line)
                lang, to = r.get("from", "en"), r.get("to") or "pt-BR"
                for text in (r["source"], r.get("engine"), r.get("target")):
                    if text:
                        yield text, lang, to
    for path in sorted((ROOT / "tests" / "data" / "realworld").glob("**/pages/*.expected.txt")):
        meta = path.with_name(path.name.removesuffix(".expected.txt") + ".json")
        lang = "en"
        if meta.is_file():
            lang = str(json.loads(meta.read_text(encoding="utf-8")).get("language") or "en")
        for line in path.read_text(encoding="utf-8").splitlines():
            for sentence in _SPLIT.split(line.strip()):
                if sentence:
                    yield sentence, lang, "pt-BR"
                    if lang != "en":  # the page's language as an edition's target too
                        yield sentence, "en", lang


def _readings(text: str, loc: Localizer) -> tuple[Any, ...]:
    return (
        source_numbers(text, loc, ()), target_numbers(text, loc, ()),
        source_dates(text, loc), target_dates(text, loc),
        find_numeric_dates(text, loc.source_suffix), find_numeric_dates(text, loc.target_suffix),
    )  # fmt: skip


@pytest.mark.slow
def test_gated_readers_are_the_full_readers(monkeypatch: pytest.MonkeyPatch) -> None:
    locs: dict[tuple[str, str], Localizer | None] = {}
    seen: set[tuple[str, str, str]] = set()
    counted = digitless = 0
    wrong: list[tuple[str, str, str]] = []
    for text, lang, to in _texts():
        if (text, lang, to) in seen:
            continue
        seen.add((text, lang, to))
        if (lang, to) not in locs:
            profile = _profile(to)
            locs[lang, to] = None if profile is None else localizer_for(profile, lang)
        loc = locs[lang, to]
        if loc is None:
            continue
        gated = _readings(text, loc)
        with monkeypatch.context() as m:
            for module in _GATED:
                m.setattr(module, "has_decimal_digit", lambda text: True)
            full = _readings(text, loc)
        counted += 1
        digitless += not has_decimal_digit(text)
        if gated != full:
            wrong.append((text, lang, to))
    assert counted > 40000 and digitless > 20000  # every facts set and corpus page was read
    assert wrong == []
