"""speed48: ``check_direction``'s pre-test reads the literals a gate's match holds anywhere.

``regexcache.literal_heads(..., anywhere=True)`` gives literals one of which every match of a
pattern holds, not only at its start: "beaten" of "(?:was|is)\\s+beaten", "all"/"ell" of
"f[ae]ll". ``facts._direction_heads`` uses them (``caseless_heads(..., anywhere=True)``): the
heads of English's result gate were "be", "ha", "is", "was" (facts48), which stand in almost
every sentence, so the gate was scanned on every source. Exactness is checked on random texts
for pattern shapes and on the real texts for every gate (a match always holds a needle), and
the check's answers are compared with no pre-test in tests/speed/test_speed42.py.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path
from typing import Any

import pytest

from translate import check, facts, regexcache
from translate.model import Segment, TranslatedSegment

ROOT = Path(__file__).resolve().parents[2]
CTX = check.CheckContext(source_lang="en", target_lang="pt", locale="pt-BR")


def _texts() -> list[str]:  # as tests/speed/test_speed42.py reads them
    out: list[str] = []
    for path in sorted((ROOT / "tests" / "data" / "realworld").glob("**/pages/*.expected.txt")):
        out += [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return list(dict.fromkeys(out))


def _pairs() -> list[tuple[str, str]]:
    out: dict[tuple[str, str], None] = {}
    for name in ("facts_heldout_x.jsonl", "facts_heldout_y.jsonl"):
        for line in (ROOT / "benchmarks" / "data" / name).read_text("utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                out[(str(row["source"]), str(row["target"]))] = None
    return list(out)


@pytest.mark.parametrize(("pattern", "expected"), [
    (r"(?<![\w-])(?:f[ae]ll|s(?:ank|unk))", ("all", "ank", "ell", "unk")),
    (r"(?:had|has)\s+beaten\b|(?:was|is)\s+(?:beaten|defeated)", ("beaten", "defeated")),
    (r"\w+-(?:highest|largest)", ("highest", "largest")),
    (r"said|\w+n't", ("n't", "said")),
    (r"up(?=\s+\d+%)|down", ("down", "up")),  # a lookahead's text is not the match's
    (r"(?<!at\s)most\b|x", ("most", "x")),
    (r"said|\w+", None),  # a branch without any literal
    (r"(?:a|)bc", ("bc",)),  # a group that may match nothing: the literal after it
    (r"(?i:said)", None),
])
def test_literals_held_anywhere(pattern: str, expected: Any) -> None:
    assert regexcache.literal_heads(pattern, anywhere=True) == expected


PIECES = ["fell", "fall", "sank", "s", "ank", "was", " ", "  ", "beaten", "Beaten", "-", "x",
          "highest", "up", " 5%", "down", "at ", "most", "n't", "had", "is", "ALL", "\u212a",
          "\u017f", "\u0130", "é", "é", "ß", "word", "\n", "defeated", "bc", "a", "b", "c"]
SHAPES = [
    r"(?<![\w-])(?:f[ae]ll|s(?:ank|unk))\b",
    r"(?:had|has)\s+beaten\b|(?:was|is)\s+(?:beaten|defeated)\b",
    r"(?<![\w-])(?:\w+-(?:highest|largest)|most\b|(?<!at\s)most)",
    r"up(?=\s+\d+%)|down",
    r"(?:a|)bc|x(?:yz)+",
    r"(?:ALL|all)\s(?:up|down)",
    r"(?<![\w-])m(?:aximum|inimum|axim(?:ise|ize)[sd]?)",
]


@pytest.mark.parametrize("pattern", SHAPES)
def test_a_caseless_match_always_holds_a_needle(pattern: str) -> None:
    needles = regexcache.caseless_heads(pattern, anywhere=True)
    assert needles is not None
    compiled = re.compile(pattern, re.IGNORECASE)
    rng = random.Random(48)
    skipped = 0
    for _ in range(4000):
        text = "".join(rng.choice(PIECES) for _ in range(rng.randint(1, 9)))
        for variant in (text, text.upper(), text.title()):
            view = regexcache.caseless_view(variant)
            if view is not None and not any(n in view for n in needles):
                skipped += 1
                assert compiled.search(variant) is None, (pattern, variant)
    assert skipped > 100


def test_the_needles_skip_only_sources_the_gate_finds_nothing_in() -> None:
    pairs = list(_pairs())
    texts = {"en": _texts() + [s for s, _ in pairs], "pt": [t for _, t in pairs]}
    skipped = {False: 0, True: 0}
    for lang, lines in texts.items():
        for section, first, second, _ in facts._POLARITIES:
            source = facts._direction_gate_source(lang, section, first, second)
            gate = facts._direction_gate(lang, section, first, second)
            if source is None or gate is None:
                continue
            assert facts._direction_heads(lang, section, first, second) == \
                regexcache.caseless_heads(source, anywhere=True)
            for anywhere in (False, True):
                heads = regexcache.caseless_heads(source, anywhere=anywhere)
                if heads is None:
                    continue
                for text in lines:
                    view = regexcache.caseless_view(text)
                    if view is not None and not any(h in view for h in heads):
                        skipped[anywhere] += 1
                        assert gate.search(text) is None, (lang, section, text)
    assert skipped[True] > skipped[False] + 10_000


def test_a_source_with_only_auxiliaries_is_not_scanned_for_a_result(
        monkeypatch: pytest.MonkeyPatch) -> None:
    called: list[str] = []
    real = facts._direction_gate

    def spy(*a: Any) -> Any:
        called.append(a[1])
        return real(*a)

    monkeypatch.setattr(facts, "_direction_gate", spy)
    source = "The minister is in the city and was seen there; he has said so."
    seg = TranslatedSegment(Segment("b0.s0", 0, 0, source, 0, len(source), "en"),
                            "O ministro está na cidade e foi visto lá; ele disse isso.")
    assert facts.check_direction(seg, CTX) == []
    assert "result" not in called  # its heads "is", "was", "has" are in the source
    source = "The team was beaten in the final."
    seg = TranslatedSegment(Segment("b0.s0", 0, 0, source, 0, len(source), "en"),
                            "O time foi derrotado na final.")
    called.clear()
    facts.check_direction(seg, CTX)
    assert "result" in called
