"""A development set of set U's new mutation kinds, made on the real rows of sets C..T.

Set U (``build_facts_heldout_u.py``) is held out; its four new kinds (an opening phrase dropped
with the subject after it, an opening "X said (that)" dropped, a passive's agent dropped, two
noun phrases swapped around a verb) and its correct rewrite (an attribution moved to the end)
are made here by the same rules on the engine outputs that sets C..T already hold (every
``real`` row, both directions), so that checks for them can be developed without reading set
U. Rows keep the sets' ids.

Run: ``python benchmarks/build_facts_dev_u_kinds.py benchmarks/data/facts_dev_u_kinds.jsonl``
then ``python benchmarks/eval_facts_mutations.py --data benchmarks/data/facts_dev_u_kinds.jsonl``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
SETS = "cefghijklmnopqrst"


def main(argv: list[str]) -> int:
    from build_facts_heldout_u import mutate_u, mutate_u_en

    out = Path(argv[0])
    rows = 0
    with out.open("w", encoding="utf-8") as fh:
        for letter in SETS:
            path = HERE / "data" / f"facts_heldout_{letter}.jsonl"
            for line in path.read_text(encoding="utf-8").splitlines():
                r = json.loads(line) if line.strip() else {}
                if r.get("kind") != "real":
                    continue
                rule = mutate_u_en if r.get("to", "pt-BR").startswith("en") else mutate_u
                fh.write(line + "\n")
                rows += 1
                for kind, target in rule(r["source"], r["target"]):
                    fh.write(json.dumps({**r, "kind": kind, "target": target},
                                        ensure_ascii=False) + "\n")  # fmt: skip
                    rows += 1
    print(f"{rows} rows -> {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
