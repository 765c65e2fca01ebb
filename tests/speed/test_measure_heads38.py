"""speed38: the measure readers (``measures_in``, ``measure_at``) look a token up only when a
key of the languages' table begins with its first piece (or that piece's case fold), in a text
NFC leaves as it is (``quantities._NFC_OPEN``). Most pieces of a sentence ("said", "the", ",")
begin no currency, unit or percent word: the readers made five or six slices and look-ups for
each. The answers must be the same: the claims about Unicode on every code point, then both
readers with the gate and without it on every text of the facts sets and the real-world pages."""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest

from translate.localize import quantities
from translate.localize.quantities import measure_at, measures_in

ROOT = Path(__file__).resolve().parents[2]
LANGS = [("en",), ("pt",), ("pt", "en"), ("en", "pt")]


def _trailers() -> set[int]:
    """Every code point that is the second of a canonical composition NFC makes (NFC's
    "maybe"): the second of each two-character canonical decomposition of a character NFC
    keeps, and the Hangul vowels and final consonants."""
    out = set(range(0x1161, 0x1176)) | set(range(0x11A8, 0x11C3))
    for cp in range(sys.maxunicode + 1):
        ch = chr(cp)
        d = unicodedata.decomposition(ch)
        if not d or d.startswith("<"):
            continue
        parts = d.split()
        if len(parts) == 2 and unicodedata.normalize("NFC", ch) == ch:
            out.add(int(parts[1], 16))
    return out


def test_the_closed_blocks_are_their_own_nfc() -> None:
    """Every character ``_NFC_OPEN`` lets through is its own NFC, of combining class 0, and
    never the second of a composition: a string of them is NFC, and so is each substring."""
    trailers = _trailers()
    assert 0x0301 in trailers and 0x0327 in trailers  # the acute accent, the cedilla
    closed = [cp for cp in range(sys.maxunicode + 1)
              if quantities._NFC_OPEN.match(chr(cp)) is None]  # fmt: skip
    assert len(closed) > 1000
    for cp in closed:
        ch = chr(cp)
        assert unicodedata.combining(ch) == 0, hex(cp)
        assert unicodedata.normalize("NFC", ch) == ch, hex(cp)
        assert cp not in trailers, hex(cp)
    # the quads NFC changes, and the marks that compose, stay open
    for ch in ("\u2000", "\u2001", "\u0301", "\u0327", "\u1161", "\u212b"):
        assert quantities._NFC_OPEN.match(ch) is not None


def test_a_piece_no_key_begins_with_is_not_looked_up(monkeypatch: pytest.MonkeyPatch) -> None:
    looked: list[str] = []
    real = quantities._ids_for

    def spy(token: str, table: dict[str, frozenset[str]]) -> frozenset[str] | None:
        looked.append(token)
        return real(token, table)

    monkeypatch.setattr(quantities, "_ids_for", spy)
    quantities._token_ids.cache_clear()
    text = "Zyxwv qoplk 40 jhgfd, vbnmz 30 dollars."
    assert [m.text for m in measures_in(text, ("en",))] == ["dollars"]
    # main's code looked up every run of up to five pieces from each piece (30 tokens)
    assert not any(t.startswith(("Zyxwv", "qoplk", "jhgfd", "vbnmz", ",")) for t in looked)
    assert "dollars" in looked
    # a text NFC may change is read in full, as before
    looked.clear()
    decomposed = "Zyxwv qoplk 30 de\u0301lares"
    measures_in(decomposed, ("en",))
    assert any(t.startswith("Zyxwv") for t in looked)
    # measure_at: the same gate before and after the number
    quantities._token_ids.cache_clear()
    assert measure_at("Zyxwv 40 dollars", 6, 8, ("en",)) is not None
    assert measure_at("Zyxwv 40 qoplk", 6, 8, ("en",)) is None


def _texts() -> Iterator[str]:
    """Every source, engine output and target of the facts sets; every line of the real-world
    pages' expected texts; a few texts with decomposed accents, quads and odd cases."""
    for path in sorted((ROOT / "benchmarks" / "data").glob("facts_*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                r = json.loads(line)
                for text in (r.get("source"), r.get("engine"), r.get("target")):
                    if isinstance(text, str) and text:
                        yield text
    for path in sorted((ROOT / "tests" / "data" / "realworld").glob("**/pages/*.expe" "cted.txt")):
        yield from (line for line in path.read_text(encoding="utf-8").splitlines() if line)
    yield from (
        "custou 5 do\u0301lares e 3 libras", "12\u2000km e US\u2001$ 40", "ŁÓDŹ 3 ZŁOTYCH",
        "30 Euros, 40 EUROS, 5 usd, 7 USD, 8 ſtones", "İstanbul 4 lira", "R$ 30 e 40 R $",
    )


def _numbers(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in re.finditer(r"\d+(?:[.,]\d+)*", text)]


@pytest.mark.slow
def test_the_gate_changes_no_answer(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every 16th distinct text (7,823 of 125,157: the whole set costs minutes of CPU) and the
    odd texts at the end."""
    every = list(dict.fromkeys(_texts()))
    assert len(every) > 100000
    texts = every[::16] + every[-6:]

    def read() -> list[object]:
        out: list[object] = []
        for text in texts:
            for langs in LANGS:
                out.append(measures_in(text, langs))
                out.extend(measure_at(text, a, b, langs) for a, b in _numbers(text))
        return out

    gated = read()
    monkeypatch.setattr(quantities, "_heads_for", lambda text, langs: None)
    assert read() == gated
    assert sum(1 for found in gated if found) > 2000  # measures among them
