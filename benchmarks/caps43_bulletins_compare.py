"""caps43: two trees' editions of caps41's five bulletins in capitals (``caps41_bulletins.py
--dump``), compared segment by segment: the segments whose target differs, and the chrF of the
after-run's editions against the before-run's (``eval_caps41.chrf``, case-folded; 100.0 when
the edition text is the same). The bulletins have no reference translation: this says how much
a change moved the editions, not how good they are. Development data (probe40, caps41 and caps42
read them).

Usage: ``python benchmarks/caps43_bulletins_compare.py BEFORE.json AFTER.json``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from eval_caps41 import chrf


def main() -> None:
    before = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    after = json.loads(Path(sys.argv[2]).read_text(encoding="utf-8"))
    print(f"{'document':34} {'segs':>4} {'changed':>7} {'chrF after vs before':>20}")
    total = changed = 0
    for name, segs in before.items():
        other = after[name]
        diff = [i for i, (b, a) in enumerate(zip(segs, other, strict=True)) if b[1] != a[1]]
        hyp = "\n".join(a[1] for a in other).casefold()
        ref = "\n".join(b[1] for b in segs).casefold()
        total += len(segs)
        changed += len(diff)
        print(f"{name:34} {len(segs):4d} {len(diff):7d} {100 * chrf(hyp, ref):20.1f}")
        for i in diff:
            print(f"  {name} s{i}: SOURCE {segs[i][0]!r}\n    BEFORE {segs[i][1]!r}\n"
                  f"    AFTER  {other[i][1]!r}")
    print(f"{'total':34} {total:4d} {changed:7d}")


if __name__ == "__main__":
    main()
