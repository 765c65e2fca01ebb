"""Totals and every page's edition of the development halves, for a before/after comparison of
a reader or boilerplate rule (twenty-sixth pass, body22).

    python benchmarks/devhalves_editions.py OUT.json [A B omni nt]   # dump (default: all four)
    python benchmarks/devhalves_editions.py --compare BEFORE.json AFTER.json

Halves as in the twenty-first pass: A = sets e, g, k, m, c, i, dev; B = f, l, j, d, zyte-dev,
heldout; omni-dev; and nt = sets n to t (development sets since body25). For each page: the
edition's blocks (kind, text), its kept link hrefs, its dropped blocks (rule, text) and its
counts (``eval_realworld``, no trafilatura baseline).
``--compare`` prints both totals and every page whose edition differs, with its count changes
and the blocks added or lost. A development tool: it refuses the held-out sets.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import eval_realworld as ev

HALVES = {
    "A": ["heldout-e", "heldout-g", "heldout-k", "heldout-m", "heldout-c", "heldout-i", "dev"],
    "B": ["heldout-f", "heldout-l", "heldout-j", "heldout-d", "zyte-dev", "heldout"],
    "omni": ["omni-dev"],
    # sets n to t, development sets since the twenty-ninth pass (body25)
    "nt": [
        "heldout-n", "heldout-o", "heldout-p", "heldout-q", "heldout-r", "heldout-s", "heldout-t",
    ],
}  # fmt: skip


def dump(path: Path, halves: list[str]) -> None:
    out: dict[str, Any] = {}
    for half in halves:
        runs = []
        for name in HALVES[half]:
            if name in ev.HELD_OUT_SETS:
                raise SystemExit(f"{name} is a held-out set: it must not decide rules")
            runs += ev.evaluate_pages(ev.select(name, ev.load_pages(ev.SETS[name])), baseline=False)
        totals = {
            k: v
            for k, v in ev.totals(runs).items()
            if not k.startswith("traf") and not isinstance(v, dict | list)
        }
        pages = {
            r.page.id: {
                "blocks": r.ours.blocks,
                "links": r.ours.links,
                "dropped": r.ours.dropped,
                "counts": {k: v for k, v in r.counts.items() if not k.startswith("traf")},
            }
            for r in runs
        }
        out[half] = {"totals": totals, "pages": pages}
        print(half, totals, flush=True)
    path.write_text(json.dumps(out, ensure_ascii=False), encoding="utf-8")


def compare(before_path: Path, after_path: Path) -> None:
    before = json.loads(before_path.read_text(encoding="utf-8"))
    after = json.loads(after_path.read_text(encoding="utf-8"))
    for half, b in before.items():
        a = after[half]
        print(f"{half} before {b['totals']}\n{half} after  {a['totals']}")
        same = 0
        for pid, pb in b["pages"].items():
            pa = a["pages"][pid]
            if pb == pa:
                same += 1
                continue
            cb, ca = pb["counts"], pa["counts"]
            delta = {k: ca.get(k, 0) - cb.get(k, 0) for k in sorted(set(cb) | set(ca))}
            print(f"  {pid} {({k: v for k, v in delta.items() if v})}")
            old, new = [tuple(x) for x in pb["blocks"]], [tuple(x) for x in pa["blocks"]]
            for kind, text in (x for x in new if x not in old):
                print(f"    + {kind}: {text[:110]!r}")
            for kind, text in (x for x in old if x not in new):
                print(f"    - {kind}: {text[:110]!r}")
        print(f"  {half}: {same} of {len(b['pages'])} pages identical")


def main(argv: list[str]) -> int:
    if argv[:1] == ["--compare"]:
        compare(Path(argv[1]), Path(argv[2]))
    else:
        dump(Path(argv[0]), argv[1:] or list(HALVES))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
