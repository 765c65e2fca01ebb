"""speed19: the checkers that need a digit (``check.NEEDS_DIGITS``) are not run on a sentence
with no digit in its source or its target. Their answer there must be the empty one: each is
run in full on every sentence pair of the facts sets (the engine's output, the mutated targets
and the source copied as the target) and on real-world corpus sentences copied as their
target, and must find nothing on every pair with no digit."""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from translate import check
from translate.check import CHECKERS, NEEDS_DIGITS, CheckContext, checker_findings, has_digit
from translate.errors import UnknownLocaleError
from translate.locales import get_profile
from translate.localize.stage import readings_shared
from translate.model import Finding, Segment, TranslatedSegment

ROOT = Path(__file__).resolve().parents[2]


def _seg(source: str, target: str, lang: str = "en", i: int = 0) -> TranslatedSegment:
    return TranslatedSegment(Segment(f"s{i}", 0, 0, source, 0, len(source), lang), target)


def test_has_digit_is_isdigit_on_every_code_point() -> None:
    if sys.maxunicode != 0x10FFFF:  # pragma: no cover
        pytest.skip("narrow build")
    wrong = [c for c in range(sys.maxunicode + 1) if has_digit(chr(c)) != chr(c).isdigit()]
    assert wrong == []
    assert has_digit("no digits here, ½ not one") is False  # a fraction is numeric, no digit
    assert has_digit("x²") and has_digit("٣ أيام") and has_digit("2020")


def test_gated_checkers_are_checkers() -> None:
    names = {c.__name__ for c in CHECKERS}
    assert names >= NEEDS_DIGITS
    assert "check_numbers" not in NEEDS_DIGITS  # number words ("two million") need no digit


def test_gate_skips_only_sentences_without_digits(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[str] = []

    def check_codes(seg: TranslatedSegment, ctx: CheckContext) -> list[Finding]:  # a spy
        seen.append(seg.source)
        return [Finding("numbers", "warning", "spy", segment=seg.id)]

    def ungated(seg: TranslatedSegment, ctx: CheckContext) -> list[Finding]:
        seen.append("ungated:" + seg.source)
        return []

    ctx = CheckContext("en", "pt", locale="pt-BR")
    segs = [_seg("No digit.", "Nenhum."), _seg("Route 66.", "Rota sessenta", i=1),
            _seg("Sixty-six.", "Sessenta e 6.", i=2)]  # fmt: skip
    found = checker_findings([check_codes, ungated], segs, ctx)
    assert seen == ["Route 66.", "Sixty-six.", "ungated:No digit.", "ungated:Route 66.",
                    "ungated:Sixty-six."]  # fmt: skip
    assert [[len(per) for per in s] for s in found] == [[0, 0], [1, 0], [1, 0]]


def _facts_pairs() -> Iterator[tuple[str, str, str, str]]:
    for path in sorted((ROOT / "benchmarks" / "data").glob("facts_heldout*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            r = json.loads(line)
            lang, to = r.get("from", "en"), r.get("to") or "pt-BR"
            for target in dict.fromkeys(x for x in (r.get("engine"), r.get("target")) if x):
                yield r["source"], target, lang, to
            yield r["source"], r["source"], lang, to  # a copied sentence


_SPLIT = re.compile(r"(?<=[.!?。])\s+")


def _corpus_pairs() -> Iterator[tuple[str, str, str, str]]:
    """The first lines of every real-world page's expected text, sentence by sentence, each
    copied as its own target (the engine copies what it cannot translate)."""
    base = ROOT / "tests" / "data" / "realworld"
    for path in sorted(base.glob("**/pages/*.expected.txt")):
        meta = path.with_name(path.name.removesuffix(".expected.txt") + ".json")
        lang = "en"
        if meta.is_file():
            lang = str(json.loads(meta.read_text(encoding="utf-8")).get("language") or "en")
        lines = path.read_text(encoding="utf-8").splitlines()[:12]
        for line in lines:
            for sentence in _SPLIT.split(line.strip()):
                if sentence:
                    yield sentence, sentence, lang, "pt-BR"


@pytest.mark.slow
def test_gated_checkers_find_nothing_without_digits() -> None:
    gated = [c for c in CHECKERS if c.__name__ in NEEDS_DIGITS]
    ctxs: dict[tuple[str, str], CheckContext] = {}
    wrong: list[tuple[str, str, str, Any]] = []
    counted = 0
    for source, target, lang, to in [*_facts_pairs(), *_corpus_pairs()]:
        if has_digit(source) or has_digit(target):
            continue
        counted += 1
        key = (lang, to)
        if key not in ctxs:
            try:
                profile = get_profile(to)
            except UnknownLocaleError:
                profile = get_profile("pt-BR")
            ctxs[key] = CheckContext(lang, profile.language, locale=profile.tag)
        seg = _seg(source, target, lang)
        with readings_shared():
            for checker in gated:
                found = checker(seg, ctxs[key])
                if found:
                    wrong.append((checker.__name__, source, target, found))
    assert counted > 30000  # every facts set and the corpus were read
    assert wrong == []


def test_run_checks_with_the_gate_is_run_checks_without_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The same findings, in the same order, with the gate and with every checker run."""
    ctx = CheckContext("en", "pt", locale="pt-BR")
    pairs = [("Prices rose 5% on Monday.", "Os preços caíram 5% na segunda-feira."),
             ("The G7 met in Rome.", "O G8 se reuniu em Roma."),
             ("Two million people voted.", "Dois mil pessoas votaram."),
             ("She left.", "Ela ficou."), ("It costs $5.", "Custa 7 dólares.")]  # fmt: skip

    def run(gate: frozenset[str]) -> list[tuple[str, str]]:
        monkeypatch.setattr(check, "NEEDS_DIGITS", gate)
        segs = [_seg(s, t, i=i) for i, (s, t) in enumerate(pairs)]
        with readings_shared():
            return [(f.segment or "", f.message) for f in check.run_checks(segs, ctx)]

    gated = run(NEEDS_DIGITS)
    assert gated == run(frozenset())
    assert any("G7" in m for _, m in gated)
