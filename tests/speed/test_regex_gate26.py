"""speed26: ``translate.regexgate`` skips a pattern's scan on a text none of whose word starts
is one of the pattern's proven beginnings. The gated pattern must answer exactly what the
pattern answers: every gated pattern of the checks is run both ways on every sentence of every
facts set and every corpus page line, and on made cases; the folding the test relies on is
checked against ``re`` itself for every code point."""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

from translate import facts, regexgate, spelling
from translate.regexgate import Gated, beginnings, fold, gate, starts

ROOT = Path(__file__).resolve().parents[2]

MADE = [
    "Prices ROSE 5%", "prices rose", "a rise", "sunrise", "pre-rise", "ſoar", "İstanbul rose",
    "Ring", "ıncrease", "os preços CAÍRAM", "caíram", "Depois", "after-hours", "", "-",
    "ΑΣ rose", "Σ", "KELVIN \u212aelvin", "up", "UP", "Up-to", "grew", "gRoWn", "máximo",
    "MÁXIMO", "Máx", "antes", "últimos", "ÚLTIMO", "yesterday", "tomorrow", "last year",
]  # fmt: skip


def _texts() -> Iterator[str]:
    for path in sorted((ROOT / "benchmarks" / "data").glob("facts_*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                r = json.loads(line)
                for text in (r.get("source"), r.get("engine"), r.get("target")):
                    if isinstance(text, str) and text:
                        yield text
    for path in sorted((ROOT / "tests" / "data" / "realworld").glob("**/pages/*.expected.txt")):
        yield from path.read_text(encoding="utf-8").splitlines()
    yield from MADE


def _gated() -> list[Gated]:
    out: list[Gated] = []
    for lang in ("en", "pt", "es", "fr", "de", "it"):
        for section, first, second, _ in facts._POLARITIES:
            out += facts._direction_patterns(lang, section, first, second) or ()
        out += facts._relative_patterns(lang) or ()
        modals, said = facts._modal_data(lang), facts._attribution_data(lang)
        out += [modals[0]] if modals else []
        out += [said.source, said.said] if said else []
    for path in sorted((ROOT / "locales" / "spelling").glob("*.toml")):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        for tag in data.get("locales", []):
            table = spelling.table_for(tag)
            out += [table.pattern] if table.pattern is not None else []
    return out


def test_gated_patterns_answer_what_the_patterns_answer() -> None:
    texts = list(dict.fromkeys(_texts()))
    assert len(texts) > 5000
    patterns = _gated()
    proven = [g for g in patterns if g.begins is not None]
    assert len(proven) >= 40  # most of the checks' patterns have a gate
    skipped = 0
    for text in texts:  # a text, then each pattern: its word starts are read once
        for g in proven:
            if g.absent(text):
                skipped += 1
                assert g.regex.search(text) is None, (g.pattern[:60], text)
    assert skipped > len(texts) * len(proven) // 2  # the gate pays: most scans are skipped


@pytest.mark.parametrize(("pattern", "flags", "expected"), [
    (r"(?<![\w-])(?:rose|fell)", re.I, {"ros", "fel"}),
    (r"(?<!\w)(?:ab|c)\b", 0, {"ab", "c"}),
    (r"\b(?:Ris[ea]|Up)", re.I, {"ris", "up"}),
    (r"(?<![\w-])(?:ma[xX]imum|mín)", re.I, {"max", "mín"}),
    (r"(?<![\w-])(?:rose|\w+-fold)", re.I, None),  # a class first: no gate
    (r"rose", re.I, None),  # no look-behind: a match may start inside a word
    (r"(?<![\w-])(?:rose|)", re.I, None),  # an empty match
    (r"(?<![\w-])(?:x?rose)", re.I, None),  # an optional first letter
    (r"(?<![\w-])rose", re.I | re.ASCII, None),
    (r"(?<![\d-])rose", re.I, None),  # the look-behind does not exclude letters
    (r"(?<![\w-])(?:sun|ſun)", re.I, {"sun"}),  # ſ is read as s
], ids=str)
def test_beginnings(pattern: str, flags: int, expected: set[str] | None) -> None:
    found = beginnings(pattern, flags)
    assert (None if found is None else set(found)) == expected


def test_word_starts() -> None:
    assert starts("Prices ROSE, up-to") == frozenset(
        {"p", "pr", "pri", "r", "ro", "ros", "u", "up", "t", "to"})
    assert starts("İstanbul") is None  # str.lower makes two characters of one
    assert starts("ſoar") == frozenset({"s", "so", "soa"})
    g = gate(re.compile(r"(?<![\w-])(?:soar|rose)", re.I))
    assert g.search("ſoared") is not None and not g.absent("ſoared")
    assert g.search("SOARED") is not None and g.absent("sunk")


@pytest.mark.skipif(sys.version_info < (3, 11), reason="re._casefix: Python 3.11+")
def test_fold_is_how_re_compares_letters_for_every_code_point() -> None:
    """For every character but "İ": ``str.lower`` is one character, and two characters fold
    alike exactly when ``re`` with IGNORECASE matches one with the other (checked against each
    class's first member, and for ASCII letters against every character); a character whose
    fold is a word character is a word character itself (so a match's first letter starts a
    word the text reading sees)."""
    import _sre  # type: ignore[import-not-found]

    word = re.compile(r"\w")
    by_fold: dict[str, list[str]] = {}
    for code in range(sys.maxunicode + 1):
        if 0xD800 <= code <= 0xDFFF:
            continue
        ch = chr(code)
        if code == 0x130:
            assert fold(ch) is None
            continue
        f = fold(ch)
        assert f is not None and len(f) == 1, hex(code)
        simple = chr(_sre.unicode_tolower(code))
        assert fold(simple) == f or code == 0x3A3, hex(code)  # Σ: final sigma, folded as σ
        by_fold.setdefault(f, []).append(ch)
        if word.match(f):
            assert word.match(ch), hex(code)
    for f, members in by_fold.items():
        if len(members) > 1:
            pattern = re.compile(re.escape(members[0]), re.I)
            assert all(pattern.fullmatch(m) for m in members), (f, members)
    ascii_letter = re.compile("[a-z]", re.I)  # what any ASCII letter matches, case-blind
    for c in range(sys.maxunicode + 1):
        ch = chr(c)
        if c == 0x130 or 0xD800 <= c <= 0xDFFF or not ascii_letter.fullmatch(ch):
            continue
        f = fold(ch)
        assert f is not None and f in "abcdefghijklmnopqrstuvwxyz", hex(c)
        assert re.fullmatch(f, ch, re.I), hex(c)


def test_the_checks_use_the_gate() -> None:
    src = facts._direction_patterns("en")
    assert src is not None and all(isinstance(g, Gated) and g.begins for g in src)
    assert regexgate.fold("ABC") == "abc"
