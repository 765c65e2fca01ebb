"""Real paragraphs of the other neighbour groups: what the default detector says (langid37).

    python benchmarks/eval_langid_groups.py --part heldout|dev [--show] [--mirror DIR]

``heldout`` reads ``benchmarks/data/langid_groups/heldout.tsv`` (held out: totals only); ``dev``
builds the development part from the mirrors (``build_langid_groups.py``, at most
``DEV_PER_LABEL`` paragraphs a label). Each paragraph is detected alone
(``translate.detect.detect_language``, default detector). Per label: paragraphs, right, other
answers, how many a neighbour rule decided (method ``neighbours``), how many were read as
another language of the label's group and how many ``und`` (held: not translated as the
language it is). ``--show`` (development only) prints every wrong paragraph. Run on two trees
(``PYTHONPATH=OLD``) and compare.
"""

from __future__ import annotations

import argparse
import os
import platform
import subprocess
import sys
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_langid_groups import OUT, units

DEV_PER_LABEL = 400
GROUPS = (("cs", "sk"), ("hr", "sr", "bs", "sl"), ("id", "ms"), ("ru", "uk", "be", "bg", "mk"),
          ("da", "nb", "sv"))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--part", choices=("heldout", "dev"), required=True)
    parser.add_argument("--mirror", default="/work/.mirror")
    parser.add_argument("--show", action="store_true", help="development part: wrong items")
    args = parser.parse_args()
    if args.show and args.part == "heldout":
        parser.error("--show is for the development part only")
    from translate.detect import detect_language

    root = Path(__import__("translate").__file__).resolve().parent.parent
    commit = subprocess.run(["git", "-C", str(root), "rev-parse", "--short", "HEAD"],
                            capture_output=True, text=True).stdout.strip() or "(not a git tree)"
    print(f"# {datetime.now(UTC):%Y-%m-%dT%H:%MZ} eval_langid_groups --part {args.part}; "
          f"translate from {root} (commit {commit}); {platform.machine()}; Python "
          f"{platform.python_version()}; load average {os.getloadavg()[0]:.2f}")
    if args.part == "heldout":
        rows = [tuple(line.split("\t")) for line in OUT.read_text(encoding="utf-8").splitlines()]
    else:
        rows = [tuple(r) for r in units("dev", Path(args.mirror), DEV_PER_LABEL)]
    labels = sorted({r[0] for r in rows})
    total: Counter[str] = Counter()
    for label in labels:
        group = next(g for g in GROUPS if label in g)
        answers: Counter[str] = Counter()
        ruled = in_group = 0
        for row in rows:
            if row[0] != label:
                continue
            guess = detect_language(row[3])
            answers[guess.lang] += 1
            ruled += guess.method == "neighbours"
            in_group += guess.lang != label and guess.lang in group
            if args.show and guess.lang != label:
                print(f"  [{label} -> {guess.lang} {guess.confidence:.2f} {guess.method}] "
                      f"{row[2]}: {row[3]}")
        n = sum(answers.values())
        others = ", ".join(f"{k} {v}" for k, v in sorted(answers.items()) if k != label) or "none"
        print(f"{label}: paragraphs {n}; right {answers[label]}; other answers: {others}; "
              f"another language of its group {in_group}; und {answers['und']}; "
              f"decided by neighbour marks {ruled}")
        total["paragraphs"] += n
        total["right"] += answers[label]
        total["group"] += in_group
        total["und"] += answers["und"]
    print(f"total: paragraphs {total['paragraphs']}; right {total['right']}; another language "
          f"of its group {total['group']}; und {total['und']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
