"""Score name finding and name repair against a hand-written name set (issue 14/22).

A set is a TOML file (``tests/glossary/heldout/*.toml`` or ``tests/glossary/dev/*.toml``):

* ``[[case]]``: an English sentence, its expected mentions ``{surface, entry, kind, tag}``
  (kind ``exact`` | ``variant`` | ``unseen``) and ``not_names`` that no mention may touch;
* ``[[precision]]``: Portuguese sentences with no mention expected but the listed ones;
* ``[[repair]]``: an English source and a Portuguese output written by hand; the words in
  ``keep`` must survive the glossary's verification and repair of that output (``lang`` and
  ``locale`` name another source language and edition: a Portuguese source, an English output).

Used by ``benchmarks/bench_glossary.py --eval`` and ``tests/glossary/test_name_eval.py``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import tomllib

from translate.glossary import Glossary, find_mentions
from translate.model import Segment
from translate.protect import protect_segments, restore_segments

HERE = Path(__file__).parent
HELDOUT = sorted((HERE / "heldout").glob("*.toml"))
DEV = sorted((HERE / "dev").glob("*.toml"))


@dataclass
class Score:
    """Counts for one set."""

    name: str
    found: dict[str, list[int]] = field(default_factory=dict)  # kind|tag -> [found, total]
    true_pos: int = 0
    false_pos: list[str] = field(default_factory=list)
    repairs: list[int] = field(default_factory=lambda: [0, 0])  # kept, total
    failures: list[str] = field(default_factory=list)

    def count(self, key: str, ok: bool) -> None:
        slot = self.found.setdefault(key, [0, 0])
        slot[0] += ok
        slot[1] += 1

    def recall(self, key: str) -> tuple[int, int]:
        got, total = self.found.get(key, [0, 0])
        return got, total

    @property
    def precision(self) -> tuple[int, int]:
        return self.true_pos, self.true_pos + len(self.false_pos)

    def as_dict(self) -> dict[str, Any]:
        return {"set": self.name, "recall": {k: v for k, v in sorted(self.found.items())},
                "precision": list(self.precision), "false_positives": self.false_pos,
                "repairs_harmless": self.repairs, "failures": self.failures}


def load(path: Path) -> dict[str, Any]:
    with path.open("rb") as handle:
        return tomllib.load(handle)


_CJK = re.compile("[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_HANGUL = re.compile("[\uac00-\ud7a3]")


def _word_pattern(surface: str) -> re.Pattern[str]:
    """``surface`` as a whole word; a name in a script written without spaces (Han, kana, Thai)
    has no word boundary on its side: "モスクワで", "ナイジェリア北東部"; a Korean one may have
    a particle glued after it: "부다페스트에서" (glossary16; labels write the name alone)."""
    before = "" if _CJK.match(surface[:1]) else r"(?<!\w)"
    after = "" if _CJK.match(surface[-1:]) or _HANGUL.match(surface[-1:]) else r"(?!\w)"
    return re.compile(before + re.escape(surface) + after)


def _spans(text: str, names: list[dict[str, str]]) -> list[tuple[int, int] | None]:
    """Where each expected surface sits: its first free whole-word occurrence, not inside
    the occurrence of a longer expected surface."""
    out: list[tuple[int, int] | None] = [None] * len(names)
    used: list[tuple[int, int]] = []
    order = sorted(range(len(names)), key=lambda k: -len(names[k]["surface"]))
    for k in order:
        pattern = _word_pattern(names[k]["surface"])
        for m in pattern.finditer(text):
            if not any(a < m.end() and m.start() < b for a, b in used):
                out[k] = (m.start(), m.end())
                used.append(out[k])  # type: ignore[arg-type]
                break
    return out


def _score_sentence(score: Score, text: str, lang: str, names: list[dict[str, str]],
                    not_names: list[str], glossary: Glossary) -> None:
    mentions = find_mentions(text, glossary, source_lang=lang)
    spans = _spans(text, names)
    matched: set[int] = set()
    for name, span in zip(names, spans, strict=True):
        hit = None
        if span is not None:
            hit = next((k for k, m in enumerate(mentions) if m.entry.id == name["entry"]
                        and m.start < span[1] and span[0] < m.end), None)
        ok = hit is not None
        if ok:
            matched.add(hit)  # type: ignore[arg-type]
        score.count(name["kind"], ok)
        score.count("tag:" + name.get("tag", ""), ok)
        score.count("all", ok)
        if not ok:
            got = [f"{m.surface}->{m.entry.id}" for m in mentions
                   if span and m.start < span[1] and span[0] < m.end]
            score.failures.append(f"missed {name['surface']!r} -> {name['entry']} "
                                  f"({name['kind']}, got {got or '-'}) in {text!r}")
    for k, m in enumerate(mentions):
        if k in matched:
            score.true_pos += 1
            continue
        bad = f"{m.surface!r}->{m.entry.id} ({m.match}) in {text!r}"
        score.false_pos.append(bad)
    for word in not_names:
        for occ in _word_pattern(word).finditer(text):
            for m in mentions:
                if m.start < occ.end() and occ.start() < m.end:
                    score.failures.append(f"not a name: {word!r} in mention {m.surface!r}"
                                          f"->{m.entry.id}")


def score_set(path: Path, glossary: Glossary, locale: str = "pt-BR") -> Score:
    data = load(path)
    score = Score(path.name)
    for case in data.get("case", []):
        _score_sentence(score, case["text"], case.get("lang", "en"), case.get("names", []),
                        case.get("not_names", []), glossary)
    for case in data.get("precision", []):
        _score_sentence(score, case["text"], case.get("lang", "pt"), case.get("names", []),
                        [], glossary)
    for i, case in enumerate(data.get("repair", [])):
        lang = case.get("lang", "en")
        seg = Segment(f"b{i}.s0", i, 0, case["source"], 0, len(case["source"]), lang)
        prepared = protect_segments([seg], glossary, case.get("locale", locale), lang)
        result = restore_segments(prepared, [case["target"]])
        out = result.targets[0]
        lost = [k for k in case["keep"] if k not in out]
        score.repairs[0] += not lost
        score.repairs[1] += 1
        if lost:
            score.failures.append(f"repair harmed {lost} : {case['target']!r} -> {out!r}")
    return score
