"""Real sentences too long for the embedded engine: sent whole (main) against cut before it.

Every English sentence of the ground-truth texts of ``tests/data/realworld`` (all folders; as
``translate.segment.split_sentences`` cuts them) longer than the embedded engine's
``max_input_tokens`` is translated twice in one process, cache off: whole (the limit set to
None) and cut (``translate.mt.engine_pieces``). Per sentence: tokens, pieces, output length
per source character, and how many of the source's digit runs each output holds; then totals.
``--show`` prints every source and both outputs, to read.

    python benchmarks/audit_long_sentences.py [--show]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
CORPUS = ROOT / "tests" / "data" / "realworld"


def main(argv: list[str] | None = None) -> int:
    from translate.mt import engine_pieces, plan_route, translate_batch
    from translate.segment import split_sentences

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--show", action="store_true")
    args = ap.parse_args(argv)
    route = plan_route("en", "pt", ["embedded"])
    engine = route.hops[0].engine
    limit = engine.max_input_tokens
    assert limit is not None
    found: list[tuple[str, str]] = []
    for facts in sorted(CORPUS.glob("*/pages/*.json")):
        d = json.loads(facts.read_text(encoding="utf-8"))
        if d.get("language") != "en" or not d.get("expected_text"):
            continue
        text = (facts.parent.parent / d["expected_text"]).read_text(encoding="utf-8")
        for a, b in split_sentences(text, "en"):
            s = " ".join(text[a:b].split())
            if len(s) > limit and engine.count_tokens(s, "en", "pt") > limit:
                found.append((f"{facts.parent.parent.name}/{d['id']}", s))
    found = list(dict.fromkeys(found))
    cut = translate_batch([s for _, s in found], route, None)[0]
    engine.max_input_tokens = None
    whole = translate_batch([s for _, s in found], route, None)[0]
    engine.max_input_tokens = limit
    print(f"# audit_long_sentences: {len(found)} real English sentences over {limit} tokens")
    totals = [0, 0, 0, 0, 0]  # numbers in sources, kept whole, kept cut, short whole, short cut
    for (page, s), w, c in zip(found, whole, cut, strict=True):
        nums = re.findall(r"\d+", s)
        kept_w = sum(1 for n in nums if n in re.findall(r"\d+", w))
        kept_c = sum(1 for n in nums if n in re.findall(r"\d+", c))
        totals = [totals[0] + len(nums), totals[1] + kept_w, totals[2] + kept_c,
                  totals[3] + (len(w) < 0.8 * len(s)), totals[4] + (len(c) < 0.8 * len(s))]
        print(f"{page}: tokens {engine.count_tokens(s, 'en', 'pt')}, pieces "
              f"{len(engine_pieces(engine, s, 'en', 'pt'))}, out/src whole {len(w) / len(s):.2f} "
              f"cut {len(c) / len(s):.2f}, numbers whole {kept_w}/{len(nums)} cut "
              f"{kept_c}/{len(nums)}")  # fmt: skip
        if args.show:
            print(f"    SOURCE: {s}\n    WHOLE:  {w}\n    CUT:    {c}")
    print(f"# numbers of the sources kept: whole {totals[1]}/{totals[0]}, cut {totals[2]}/"
          f"{totals[0]}; outputs shorter than 0.8 of the source: whole {totals[3]}, cut "
          f"{totals[4]} (of {len(found)})")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
