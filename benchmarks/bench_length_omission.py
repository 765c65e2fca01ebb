"""How much a dropped stretch of words the length check sees, against what it holds of real
outputs: a cheap omission signal, measured on the facts sets' real engine outputs.

For every real row of the facts sets A..L (the bare engine's own output, both embedded
directions; held-out set M is left out), the check is run on the output as it is and on the
output with a stretch of 30% of its words (three at least) dropped at a seeded random place,
the way an engine loses a clause. Printed, by direction and by source length (under 60
letters, 60 and up): the letters ratio's quantiles on real outputs, how many real outputs the
length check holds (a blocking ``length`` finding: an engine error or a false alarm) and how
many of the cut outputs it holds.

Run: ``python benchmarks/bench_length_omission.py``
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
SETS = "abcdefghijkl"


def _letters(text: str) -> int:
    return sum(ch.isalpha() for ch in text)


def _cut(text: str, rng: random.Random) -> str | None:
    words = text.split()
    n = max(3, int(len(words) * 0.3))
    if len(words) < 8:
        return None
    i = rng.randrange(0, len(words) - n)
    return " ".join(words[:i] + words[i + n :])


def main() -> int:
    from facts_real_holds import real_rows

    from translate.check import check_pair

    files = [HERE / "data" / ("facts_heldout.jsonl" if s == "a" else f"facts_heldout_{s}.jsonl")
             for s in SETS]  # fmt: skip
    rng = random.Random(7)
    table: dict[tuple[str, str], list[int]] = {}  # (direction, size) -> held, real, caught, cut
    ratios: dict[tuple[str, str], list[float]] = {}
    for path in files:
        for r in real_rows(path):
            src_lang, locale = r["from"] or "en", r["to"] or "pt-BR"
            source, target = r["source"], r["target"]
            if _letters(source) < 25:
                continue
            key = (f"{src_lang}->{locale}", "<60" if _letters(source) < 60 else ">=60")
            row = table.setdefault(key, [0, 0, 0, 0])
            ratios.setdefault(key, []).append(_letters(target) / _letters(source))

            def held(text: str, sl: str = src_lang, loc: str = locale, s: str = source) -> bool:
                return any(f.check == "length" for f in check_pair(s, text, sl, loc).blocking)

            row[0] += held(target)
            row[1] += 1
            cut = _cut(target, rng)
            if cut is not None:
                row[2] += held(cut)
                row[3] += 1
    print("| direction | source letters | ratio q01 / q05 / median | real outputs held | "
          "30% cut held |")  # fmt: skip
    print("|---|---|---|---|---|")
    for key in sorted(table):
        held, real, caught, cut = table[key]
        rs = sorted(ratios[key])

        def q(p: float, rs: list[float] = rs) -> float:
            return rs[int(p * (len(rs) - 1))]

        print(f"| {key[0]} | {key[1]} | {q(0.01):.2f} / {q(0.05):.2f} / {q(0.5):.2f} | "
              f"{held}/{real} | {caught}/{cut} ({caught / max(cut, 1):.0%}) |")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
