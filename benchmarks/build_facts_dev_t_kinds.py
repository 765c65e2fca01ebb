"""A development set of set T's new mutation kinds, made on the real rows of sets C..S.

Set T (``build_facts_heldout_t.py``) is held out; its eight new kinds ("an opening phrase of
time dropped", "has been" made "was", two actors without names swapped, a conditional made a
fact, a unit or scale word changed, "not only" dropped, a hedge before a number dropped, "two
years ago" made "three") are made here by the same rules on the engine outputs that sets C..S
already hold (every ``real`` row, both directions), so that checks for them can be developed
without reading set T. Rows keep the sets' ids (``c012``, ``sp003``), so the evaluation's
"real output held" lines say which set a sentence came from.

Run: ``python benchmarks/build_facts_dev_t_kinds.py benchmarks/data/facts_dev_t_kinds.jsonl``
then ``python benchmarks/eval_facts_mutations.py --data benchmarks/data/facts_dev_t_kinds.jsonl``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
SETS = "cefghijklmnopqrs"


def main(argv: list[str]) -> int:
    from build_facts_heldout_t import mutate_t, mutate_t_en

    out = Path(argv[0])
    rows = 0
    with out.open("w", encoding="utf-8") as fh:
        for letter in SETS:
            path = HERE / "data" / f"facts_heldout_{letter}.jsonl"
            for line in path.read_text(encoding="utf-8").splitlines():
                r = json.loads(line) if line.strip() else {}
                if r.get("kind") != "real":
                    continue
                rule = mutate_t_en if r.get("to", "pt-BR").startswith("en") else mutate_t
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
