"""Shared code of the facts mutation-set builders (sets C, D, E, F).

Each set takes real English sentences from the ground-truth texts (``expected_text``) of the
English pages of some ``tests/data/realworld`` folders, spreads them round-robin over pages (a
first bucket of sentences that hold the kinds of fact the set is about, then the rest), has the
bare embedded engine translate each once to Portuguese, and writes one JSON line for the
engine's own output (``kind: real``) and one for each rule-made mutation of it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent / "tests" / "data" / "realworld"

Mutator = Callable[[str, str], list[tuple[str, str]]]
_DIGIT = re.compile(r"\d")


def select_sentences(
    folders: Iterable[str],
    max_pairs: int,
    rich: Callable[[str], bool] | None = None,
    keep: Callable[[str], bool] | None = None,
    exclude: set[str] | None = None,
    language: str = "en",
) -> list[tuple[str, str]]:
    """(page id, sentence) pairs: 30-300 characters that ``keep`` accepts (default: a digit).

    Sentences that ``rich`` accepts are taken first, round-robin over pages so that no single
    page dominates, then the rest the same way. ``exclude``: sentences an earlier set holds.
    """
    from translate.segment import split_sentences

    accept = keep or (lambda s: bool(_DIGIT.search(s)))
    first: dict[str, list[str]] = {}
    rest: dict[str, list[str]] = {}
    seen: set[str] = set(exclude or ())
    for folder in folders:
        for facts in sorted((CORPUS / folder / "pages").glob("*.json")):
            d = json.loads(facts.read_text(encoding="utf-8"))
            if d.get("language") != language or not d.get("expected_text"):
                continue
            text = (CORPUS / folder / d["expected_text"]).read_text(encoding="utf-8")
            for start, end in split_sentences(text, language):
                s = " ".join(text[start:end].split())
                if 30 <= len(s) <= 300 and accept(s) and s not in seen:
                    seen.add(s)
                    bucket = first if rich is not None and rich(s) else rest
                    bucket.setdefault(d["id"], []).append(s)
    spread: list[tuple[str, str]] = []
    for by_page in (first, rest):
        while len(spread) < max_pairs and any(by_page.values()):
            for page in list(by_page):
                if by_page[page] and len(spread) < max_pairs:
                    spread.append((page, by_page[page].pop(0)))
    return spread


def translate_pairs(
    pairs: list[tuple[str, str]], source: str = "en", to: str = "pt-BR"
) -> list[str]:
    """The bare embedded engine's output for each sentence, translated once."""
    from translate.locales import parse_targets
    from translate.mt import plan_route, translate_batch

    profile = parse_targets(to)[0]
    route = plan_route(source, profile.language, list(profile.engines))
    targets, _, _ = translate_batch([s for _, s in pairs], route, None)
    return list(targets)


def write_set(
    out: Path,
    pairs: list[tuple[str, str]],
    id_prefix: str,
    mutators: Iterable[Mutator],
    *,
    source: str = "en",
    to: str = "pt-BR",
    targets: list[str] | None = None,
    mode: str = "w",
) -> int:
    """Translate each sentence once with the bare embedded engine; write real + mutated rows.

    Rows of another direction than en -> pt-BR carry ``from`` and ``to`` (the evaluation reads
    them); ``targets``: engine outputs already made; ``mode="a"`` appends to ``out``.
    """
    rules = list(mutators)
    if targets is None:
        targets = translate_pairs(pairs, source, to)
    direction = {} if (source, to) == ("en", "pt-BR") else {"from": source, "to": to}
    rows = 0
    with out.open(mode, encoding="utf-8") as fh:
        for i, ((page, src), tgt) in enumerate(zip(pairs, targets, strict=True)):
            base = {"id": f"{id_prefix}{i:03d}", "page": page, **direction, "source": src,
                    "engine": tgt}  # fmt: skip
            fh.write(json.dumps({**base, "kind": "real", "target": tgt}, ensure_ascii=False) + "\n")
            rows += 1
            for rule in rules:
                for kind, mutated in rule(src, tgt):
                    fh.write(json.dumps({**base, "kind": kind, "target": mutated},
                                        ensure_ascii=False) + "\n")  # fmt: skip
                    rows += 1
    print(f"{len(pairs)} sentences, {rows} rows -> {out}")
    return rows


def read_sources(paths: Iterable[Path]) -> set[str]:
    """The source sentences of earlier sets (so that a new set holds none of them)."""
    out: set[str] = set()
    for p in paths:
        for line in p.read_text(encoding="utf-8").splitlines():
            if line.strip():
                out.add(json.loads(line)["source"])
    return out
