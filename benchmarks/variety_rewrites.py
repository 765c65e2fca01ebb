"""The spelling stage's output on development texts, dumped on two trees and compared: every
rewrite a change of ``locales/spelling/pt.toml`` adds or removes, for a reader.

    PYTHONPATH=OLD python benchmarks/variety_rewrites.py --dump old.json
    python benchmarks/variety_rewrites.py --dump new.json
    python benchmarks/variety_rewrites.py --compare old.json new.json

The texts: ``benchmarks/data/variety_dev_a.jsonl`` and the facts sets' stored engine output
(the real English rows ``audit_variety.py --stored`` reads), development data only; each put
through ``translate.spelling.normalize`` for pt-BR and pt-PT with its source sentence. The
comparison prints, per locale, the segments changed and each word pair rewritten differently,
by count, with one edition.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LOCALES = ("pt-BR", "pt-PT")


def rows() -> list[dict[str, str]]:
    data = ROOT / "benchmarks" / "data"
    out = [json.loads(line) for line in
           (data / "variety_dev_a.jsonl").read_text(encoding="utf-8").splitlines() if line]
    for path in sorted(data.glob("facts_heldout*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            if row.get("kind") == "real" and row.get("from", "en") == "en":
                out.append({"source": row["source"], "engine": row["engine"]})
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--dump", type=Path)
    ap.add_argument("--compare", type=Path, nargs=2)
    args = ap.parse_args(argv)
    if args.dump:
        from translate.spelling import normalize

        texts = rows()
        dump = {loc: [normalize(r["engine"], loc, source=r["source"])[0] for r in texts]
                for loc in LOCALES}
        dump["source"] = [r["source"] for r in texts]
        args.dump.write_text(json.dumps(dump, ensure_ascii=False), encoding="utf-8")
        return 0
    if not args.compare:
        ap.error("--dump FILE or --compare OLD NEW")
    old, new = (json.loads(p.read_text(encoding="utf-8")) for p in args.compare)
    for loc in LOCALES:
        pairs: Counter[tuple[str, str]] = Counter()
        example: dict[tuple[str, str], str] = {}
        changed = 0
        for a, b, src in zip(old[loc], new[loc], old["source"], strict=True):
            if a == b:
                continue
            changed += 1
            for x, y in zip(re.findall(r"\w+", a), re.findall(r"\w+", b), strict=False):
                if x != y:
                    pairs[(x, y)] += 1
                    example.setdefault((x, y), f"{src[:100]} => {b[:140]}")
        print(f"{loc}: {len(old['source'])} segments, {changed} changed,"
              f" {sum(pairs.values())} rewrites, {len(pairs)} distinct")
        for (x, y), n in pairs.most_common():
            print(f"  {x} -> {y} x{n} | {example[(x, y)]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
