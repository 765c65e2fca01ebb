"""Parentheses the embedded engine appends to lines it copies, on the corpus's development pages.

On short lines that are names, handles, prices or headlines the embedded model often copies
the line and appends a parenthesis of its own: "Sam Ponder (amgu,)", "Kristi Dosh (",
"Twitter: @ErinAndrews (ErinAndrews)", "Michelle Beadle (em inglês)". The repair step
(``translate.untranslatable.repair``: rules ``invented-language-note`` and
``invented-parenthesis``) removes them. This audit takes every distinct English and Portuguese
segment of the development pages (``eval_realworld.HELD_OUT_SETS`` and heldout-a/-b left out),
translates them with the bare embedded engine (en -> pt, pt -> en), and prints every segment
whose output has more "(" than its source, with what the repair publishes, then the counts.

    python benchmarks/audit_invented_parentheses.py [--save engine.json | --load engine.json]

(``--save`` keeps the engine's outputs, ``--load`` reads them back instead of translating: the
reading and translating takes about 15 minutes of CPU.)
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

import eval_realworld as ev  # noqa: E402

LEFT_OUT = (*ev.HELD_OUT_SETS, "heldout-a", "heldout-b")
TARGETS = {"en": "pt", "pt": "en"}


def segments() -> dict[tuple[str, str], str]:
    """(language, source) -> the first page holding it, for every en/pt segment."""
    from translate.errors import TranslateError
    from translate.options import RunOptions
    from translate.pipeline import prepare
    from translate.read import parse_article

    found: dict[tuple[str, str], str] = {}
    for name in ev.SETS:
        if name in LEFT_OUT:
            continue
        for page in ev.select(name, ev.load_pages(ev.SETS[name])):
            try:
                article = parse_article(page.html(), fmt="html", source=page.id, article_id=page.id)
                prepared = prepare(article, RunOptions(use_cache=False, use_tm=False))
            except TranslateError:
                continue
            for seg in prepared.segments:
                if seg.lang in TARGETS:
                    found.setdefault((seg.lang, seg.source), f"{name}/{page.id}")
    return found


def engine_rows() -> list[dict[str, str]]:
    from translate.engines.embedded import EmbeddedEngine

    found = segments()
    engine = EmbeddedEngine()
    rows: list[dict[str, str]] = []
    for lang, target in TARGETS.items():
        items = [(src, where) for (code, src), where in found.items() if code == lang]
        outputs = engine.translate([src for src, _ in items], lang, target)
        rows += [{"where": where, "from": lang, "source": src, "engine": out}
                 for (src, where), out in zip(items, outputs, strict=True)]  # fmt: skip
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--save", type=Path, help="keep the engine's outputs in this JSON file")
    group.add_argument("--load", type=Path, help="read the engine's outputs from this JSON file")
    args = parser.parse_args(argv)
    from translate.untranslatable import repair

    if args.load:
        rows = json.loads(args.load.read_text(encoding="utf-8"))
    else:
        rows = engine_rows()
        if args.save:
            args.save.write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
    counts: Counter[str] = Counter()
    for row in rows:
        counts[f"segments {row['from']}"] += 1
        if row["engine"].count("(") <= row["source"].count("("):
            continue
        counts["engine output with more '(' than its source"] += 1
        published, changes = repair(row["source"], row["engine"])
        rules = sorted({c["rule"] for c in changes} & {"invented-parenthesis",
                                                        "invented-language-note"})  # fmt: skip
        for rule in rules:
            counts[f"removed by {rule}"] += 1
        if not rules:
            counts["left (not a copied line)"] += 1
        print(f"{'/'.join(rules) or 'left'}\t{row['where']}\t{row['source']!r}\t"
              f"{row['engine']!r}\t{published!r}")
    print()
    for key, value in sorted(counts.items()):
        print(f"{value:6d}  {key}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
