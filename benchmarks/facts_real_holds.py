"""The real engine outputs that the facts gate holds, over every facts set at once.

Each facts set (``benchmarks/data/facts_heldout*.jsonl``) keeps the bare engine's own output
of each sentence: the ``real`` rows of the mutation sets (C..J, both directions), and the
``engine`` field of sets A and B. A blocking finding on one holds a real edition back: it is an
error of the engine or a false alarm. This lists them (set, id, the checks' messages) so that a
change to the checks can be compared with main's on all the sets in one run: a new hold must
be justified, a hold that goes must be a false alarm.

Run: ``python benchmarks/facts_real_holds.py [--locale pt-BR] [--sets c,d] > holds.txt``
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"


def real_rows(path: Path) -> list[dict[str, str]]:
    """The rows of one set that are the engine's own output (source, target, direction)."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        r = json.loads(line)
        if r.get("kind", "real") != "real":
            continue
        out.append({"id": r["id"], "source": r["source"], "target": r.get("target", r["engine"]),
                    "from": r.get("from", "en"), "to": r.get("to", "")})  # fmt: skip
    return out


def main(argv: list[str] | None = None) -> int:
    from translate.check import check_pair

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--locale", default="pt-BR")
    ap.add_argument("--sets", default="", help="set letters (a for facts_heldout.jsonl); all")
    args = ap.parse_args(argv)
    files = sorted(DATA.glob("facts_heldout*.jsonl"))
    if args.sets:
        want = set(args.sets.split(","))
        files = [f for f in files if (f.stem.rpartition("_")[2] if "_" in f.stem[13:] else "a")
                 in want]  # fmt: skip
    total = held = 0
    for f in files:
        rows = real_rows(f)
        n = 0
        for r in rows:
            res = check_pair(r["source"], r["target"], r["from"], r["to"] or args.locale)
            blocking = [x for x in res.findings if x.severity == "error"]
            if blocking:
                n += 1
                print(f"HELD {f.stem} {r['id']}: " + "; ".join(x.message for x in blocking))
        print(f"# {f.name}: {n}/{len(rows)} real outputs held")
        total += len(rows)
        held += n
    print(f"# all sets: {held}/{total} real outputs held")
    return 0


if __name__ == "__main__":
    sys.exit(main())
