"""Real es/pt-BR/pt-PT/gl paragraphs: what the default detector says (langid36).

    python benchmarks/eval_langid_neighbours.py --part heldout|dev [--show] [--mirror DIR]

``heldout`` reads ``benchmarks/data/langid_neighbours/heldout.tsv`` (held out: totals only);
``dev`` builds the development part from the mirrors (``build_langid_neighbours.py``, at most
``DEV_PER_LABEL`` paragraphs a label). Each paragraph is detected alone
(``translate.detect.detect_language``, default detector). Per label: paragraphs, right, other
answers, how many a neighbour rule decided (method ``neighbours``), and for Portuguese the
paragraphs **refused**: read as another language of the group, which no installed engine
translates (E004; the installed pairs are en<->pt). ``--show`` (development only) prints every
wrong paragraph. Run on two trees (``PYTHONPATH=OLD``) and compare.
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
from build_langid_neighbours import OUT, units

DEV_PER_LABEL = 400
GROUP = ("es", "pt", "gl", "ca")


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
    print(f"# {datetime.now(UTC):%Y-%m-%dT%H:%MZ} eval_langid_neighbours --part {args.part}; "
          f"translate from {root} (commit {commit}); {platform.machine()}; Python "
          f"{platform.python_version()}; load average {os.getloadavg()[0]:.2f}")
    if args.part == "heldout":
        rows = [tuple(line.split("\t")) for line in OUT.read_text(encoding="utf-8").splitlines()]
    else:
        import build_langid_neighbours as b

        b.PER_LABEL = DEV_PER_LABEL
        rows = [tuple(r) for r in units("dev", Path(args.mirror))]
    labels = sorted({r[0] for r in rows})
    total: Counter[str] = Counter()
    for label in labels:
        lang = label.split("-")[0]
        answers: Counter[str] = Counter()
        ruled = refused = 0
        for row in rows:
            if row[0] != label:
                continue
            guess = detect_language(row[3])
            answers[guess.lang] += 1
            ruled += guess.method == "neighbours"
            wrong_in_group = guess.lang != lang and guess.lang in GROUP
            refused += lang == "pt" and wrong_in_group
            if args.show and guess.lang != lang:
                print(f"  [{label} -> {guess.lang} {guess.confidence:.2f} {guess.method}] "
                      f"{row[2]}: {row[3]}")
        n = sum(answers.values())
        others = ", ".join(f"{k} {v}" for k, v in sorted(answers.items()) if k != lang) or "none"
        print(f"{label}: paragraphs {n}; right {answers[lang]}; other answers: {others}; "
              f"decided by neighbour marks {ruled}" + (f"; refused (E004) {refused}"
                                                       if lang == "pt" else ""))
        total["paragraphs"] += n
        total["right"] += answers[lang]
        total["refused"] += refused
    print(f"total: paragraphs {total['paragraphs']}; right {total['right']}; "
          f"Portuguese refused (E004) {total['refused']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
