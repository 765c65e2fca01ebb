"""Held-out UDHR paragraphs of the worst neighbour confusions: what the detector says (langid38).

    python benchmarks/eval_langid_slavic_nordic.py

Reads ``benchmarks/data/langid_slavic_nordic/heldout.tsv`` (written by
``build_langid_slavic_nordic.py --write``; held out: totals and per-language totals only, never
the items). Each unit is detected alone (``translate.detect.detect_language``, default
detector). Per label and band (``short`` 5-40 words, ``long`` 40-150): units, right, other
answers, how many were read as another language of the label's group, how many ``und`` (held,
not published wrong) and how many wrong answers were given 0.9 or more (a confident mistake).
Run on two trees (``PYTHONPATH=OLD``) and compare.
"""

from __future__ import annotations

import os
import platform
import subprocess
import sys
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_langid_slavic_nordic import OUT

GROUPS = (("hr", "sr", "bs", "sl"), ("da", "nb", "nn", "sv"), ("id", "ms"),
          ("ca", "es", "pt", "gl"))


def main() -> int:
    from translate.detect import detect_language

    root = Path(__import__("translate").__file__).resolve().parent.parent
    commit = subprocess.run(["git", "-C", str(root), "rev-parse", "--short", "HEAD"],
                            capture_output=True, text=True).stdout.strip() or "(not a git tree)"
    print(f"# {datetime.now(UTC):%Y-%m-%dT%H:%MZ} eval_langid_slavic_nordic; translate from "
          f"{root} (commit {commit}); {platform.machine()}; Python "
          f"{platform.python_version()}; load average {os.getloadavg()[0]:.2f}")
    if not OUT.exists():
        print(f"error: {OUT.relative_to(root)} is not in the repository (its source has "
              "no licence): build it with `python benchmarks/build_langid_slavic_nordic.py "
              "--write` from a mirror of unicode-org/udhr", file=sys.stderr)
        return 3
    rows = [line.split("\t") for line in OUT.read_text(encoding="utf-8").splitlines()]
    keys = sorted({(r[0], r[2].rsplit(" ", 1)[1]) for r in rows})
    total: Counter[str] = Counter()
    for label, band in keys:
        group = next(g for g in GROUPS if label in g)
        answers: Counter[str] = Counter()
        in_group = confident = 0
        for row in rows:
            if row[0] != label or not row[2].endswith(" " + band):
                continue
            guess = detect_language(row[3])
            answers[guess.lang] += 1
            wrong = guess.lang not in (label, "und")
            in_group += wrong and guess.lang in group
            confident += wrong and guess.confidence >= 0.9
        n = sum(answers.values())
        others = ", ".join(f"{k} {v}" for k, v in sorted(answers.items()) if k != label) or "none"
        print(f"{label} {band}: units {n}; right {answers[label]}; other answers: {others}; "
              f"another language of its group {in_group}; und {answers['und']}; "
              f"wrong at 0.9 or more {confident}")
        for key, value in (("units", n), ("right", answers[label]), ("group", in_group),
                           ("und", answers["und"]), ("confident", confident)):
            total[key] += value
            total[f"{band} {key}"] += value
    for prefix in ("short ", "long ", ""):
        print(f"total {prefix or 'all '}: units {total[prefix + 'units']}; right "
              f"{total[prefix + 'right']}; another language of its group "
              f"{total[prefix + 'group']}; und {total[prefix + 'und']}; wrong at 0.9 or more "
              f"{total[prefix + 'confident']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
