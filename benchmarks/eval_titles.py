"""Titles of works and brand names through translation, against the bare engine.

    python benchmarks/eval_titles.py -v                # every candidate listed
    python benchmarks/eval_titles.py --pages 10        # the first 10 pages only

The set (``benchmarks/data/titles_heldout.jsonl``, written by ``build_titles_heldout.py`` from
Postlight Parser's real test pages, HELD OUT: never used to write rules) lists spans that the
page's typography sets apart (italics, double quotes, ™/®) with a hand label: ``work`` (a title
of a book, film, show, song, newspaper...), ``brand`` (a brand, product or organisation) or
``other`` (emphasis, a quotation, a foreign word, a term). Each page's paragraphs go through the
whole pipeline as a Markdown article (``translate_prepared``, en -> pt-BR, embedded model); the
sentence holding each candidate is also translated by the bare engine, in the same run.

Per label:

- ``kept``: the span is in the translation as the source wrote it, apostrophes ’/' taken as
  one (bare / ours);
- ``masked``: spans the pipeline protected (``reports.untranslatable``, a title/brand rule),
  ``lost``: masked but the placeholder did not come back (translated unmasked, flagged);
- ``worse``: sentences of the pipeline worse than the bare engine's: a placeholder left, much
  shorter, or a number, a mid-sentence capitalized word or an untranslatable token that the
  bare engine kept lost (the rule of ``eval_realworld.py --names``); every one is printed.
- ``changed``: sentences whose translation differs from the bare engine's (listed with -v).
"""

from __future__ import annotations

import argparse
import json
import platform
import re
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "benchmarks" / "data" / "titles_heldout.jsonl"
_DIGITS = re.compile(r"\d+")
_CAPITALIZED = re.compile(r"(?<=[a-z,;] )[A-Z][\w'’-]+")


def _same(text: str) -> str:
    """Apostrophes as one character (the engine writes ' for ’)."""
    return text.replace("’", "'").replace("‘", "'")


def load(path: Path = DATA) -> list[dict[str, Any]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines[1:] if line.strip()]


def verdict(source: str, span: str, bare: str, ours: str) -> tuple[str, str]:
    from translate.untranslatable import tokens

    if "XNAME" in ours:
        return "worse", "placeholder left in the text"
    if len(ours) < 0.8 * len(bare):
        return "worse", f"shorter than the bare engine ({len(ours)} < {len(bare)} chars)"
    keep = _DIGITS.findall(source) + _CAPITALIZED.findall(source) + tokens(source)
    lost = [t for t in keep if t in bare and t not in ours]
    if lost:
        return "worse", f"lost {lost[:3]}"
    if _same(span) in _same(ours) and _same(span) not in _same(bare):
        return "better", "kept the span"
    return ("same" if ours == bare else "changed"), ""


def evaluate(record: dict[str, Any], route: Any, verbose: bool) -> tuple[Counter[str], list[str]]:
    from translate.locales import parse_targets
    from translate.mt import translate_batch
    from translate.options import RunOptions
    from translate.pipeline import prepare, translate_prepared
    from translate.read import markdown_inline, parse_article

    options = RunOptions(use_cache=False, use_tm=False, source_lang="en")
    profile = parse_targets("pt-BR")[0]
    text = "\n\n".join(p.replace("\\", "\\\\") for p in record["paragraphs"])
    article = parse_article(text, fmt="md", source=record["page"], article_id=record["page"])
    prepared = prepare(article, options)
    blocks = prepared.article.blocks
    plain = [markdown_inline(p)[0] for p in record["paragraphs"]]
    wanted: dict[str, tuple[int, int]] = {}  # item id -> (segment index, block)
    for item in record["items"]:
        para = plain[item["paragraph"]]
        for i, seg in enumerate(prepared.segments):
            if blocks[seg.block].text == para and item["span"] in seg.source:
                wanted[item["id"]] = (i, seg.block)
                break
    counts: Counter[str] = Counter()
    notes: list[str] = []
    keep = sorted({i for i, _ in wanted.values()})
    import dataclasses

    sub = dataclasses.replace(prepared, segments=[prepared.segments[i] for i in keep])
    edition = translate_prepared(sub, profile, options, None) if keep else None
    targets = {s.id: s.target for b in edition.blocks for s in b.segments} if edition else {}
    bare = dict(zip(
        (prepared.segments[i].id for i in keep),
        translate_batch([prepared.segments[i].source for i in keep], route, None)[0] if keep
        else [], strict=True,
    ))  # fmt: skip
    changes = edition.reports.get("untranslatable", {}).get("changes", []) if edition else []
    masked = Counter(
        (c["segment"], c["from"]) for c in changes if str(c.get("rule", "")).startswith("title")
    )
    lost = {
        c["segment"]: str(c.get("from", ""))
        for c in changes if str(c.get("rule", "")).startswith("placeholder-lost")
    }
    seen: set[str] = set()
    for item in record["items"]:
        label = item["label"]
        counts[f"{label}_items"] += 1
        if item["id"] not in wanted:
            counts[f"{label}_dropped"] += 1
            notes.append(f"{item['id']}: sentence not in the edition (boilerplate)")
            continue
        seg = prepared.segments[wanted[item["id"]][0]]
        ours, plain_bare = targets.get(seg.id, ""), bare.get(seg.id, "")
        span = item["span"].rstrip(" ,.")
        counts[f"{label}_kept_bare"] += _same(span) in _same(plain_bare)
        counts[f"{label}_kept_ours"] += _same(span) in _same(ours)
        counts[f"{label}_masked"] += (seg.id, span) in masked
        counts[f"{label}_lost"] += span in lost.get(seg.id, "")
        v, why = verdict(seg.source, span, plain_bare, ours)
        if seg.id not in seen:  # a sentence counted once for harm
            seen.add(seg.id)
            counts["sentences"] += 1
            counts[v] += 1
        if v == "worse" or (verbose and ours != plain_bare):
            notes.append(
                f"[{v}] {item['id']} {label} {item['kind']} {item['span']!r} {why}\n"
                f"      src:  {seg.source}\n      bare: {plain_bare}\n      ours: {ours}"
            )
        elif verbose:
            notes.append(f"[{v}] {item['id']} {label} {item['kind']} {item['span']!r}"
                         f" kept bare={_same(span) in _same(plain_bare)}"
                         f" ours={_same(span) in _same(ours)}")  # fmt: skip
    return counts, notes


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-v", "--verbose", action="store_true")
    parser.add_argument("--pages", type=int, default=0, help="the first N pages only")
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--json", type=Path, help="write the totals here")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    from translate import __version__
    from translate.locales import parse_targets
    from translate.mt import plan_route

    records = load(args.data)
    if args.pages:
        records = records[: args.pages]
    print(
        f"# eval_titles  {time.strftime('%Y-%m-%d %H:%M:%S %Z')}  {platform.node()}"
        f"  python {platform.python_version()}  newsroom-translate {__version__}"
        f"  (machine shared with other jobs)  data {args.data.name}"
    )
    profile = parse_targets("pt-BR")[0]
    route = plan_route("en", profile.language, list(profile.engines))
    total: Counter[str] = Counter()
    started = time.process_time()
    for record in records:
        counts, notes = evaluate(record, route, args.verbose)
        total.update(counts)
        print(
            f"{record['page'][:40]:40} items {sum(counts[f'{x}_items'] for x in LABELS):>3}"
            f"  kept bare/ours {sum(counts[f'{x}_kept_bare'] for x in LABELS):>2}/"
            f"{sum(counts[f'{x}_kept_ours'] for x in LABELS):<2}"
            f"  masked {sum(counts[f'{x}_masked'] for x in LABELS):>2}"
            f"  worse {counts['worse']}"
        )
        for note in notes:
            print(f"    {note}")
    print()
    print(f"{'label':8} {'items':>6} {'dropped':>8} {'kept bare':>10} {'kept ours':>10}"
          f" {'masked':>7} {'lost':>5}")  # fmt: skip
    for x in LABELS:
        print(
            f"{x:8} {total[f'{x}_items']:>6} {total[f'{x}_dropped']:>8}"
            f" {total[f'{x}_kept_bare']:>10} {total[f'{x}_kept_ours']:>10}"
            f" {total[f'{x}_masked']:>7} {total[f'{x}_lost']:>5}"
        )
    print(
        f"sentences {total['sentences']}: better {total['better']}, same {total['same']},"
        f" changed {total['changed']}, worse {total['worse']} (pipeline vs bare engine, same run)"
    )
    print(f"pages {len(records)}  ({time.process_time() - started:.0f} s CPU in this process)")
    if args.json:
        args.json.write_text(json.dumps(dict(total), indent=1, sort_keys=True) + "\n")
    return 0


LABELS = ("work", "brand", "other")

if __name__ == "__main__":
    raise SystemExit(main())
