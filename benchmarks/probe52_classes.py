"""probe52: count the classes of what went wrong in a sweep of the election and sports results
(`benchmarks/run_probe52_sweep.py OUT`), from its editions.

    python benchmarks/probe52_classes.py OUT [--items FILE]

probe51's classes (`benchmarks/probe51_classes.py`: held editions by check, escaped emphasis,
links, headings and list items lost, an English month, "percent", a bare "$", a decimal point
in a Portuguese number, a figure missing from a published edition, a name the engine added) on
this corpus, and the genre's own:
- a score or tally ("6–2", "2-1") of the source that the target no longer has as a pair of the
  same figures joined by a dash or "a" (to read: "venceu por 2 a 1" is right);
- a percentage with a decimal point in a Portuguese target ("50.3%": pt writes "50,3%");
- a percentage of the source whose figure is gone from the target.
Item lines go to --items FILE (a development set: they may be read); stdout has the summary.
"""
from __future__ import annotations

import collections
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import probe51_classes as p51

DATA = Path(__file__).resolve().parent / "data" / "probe52_results"
SCORE = re.compile(r"(?<![\d.,])(\d{1,3})\s?[–—-]\s?(\d{1,3})(?![\d.,%])")
PCT = re.compile(r"(\d+(?:[.,]\d+)?)\s?%")


def _scores(text: str) -> list[tuple[str, str]]:
    return [(m.group(1), m.group(2)) for m in SCORE.finditer(text)]


def _has_score(text: str, a: str, b: str) -> bool:
    return re.search(rf"(?<![\d.,]){a}\s?(?:[–—-]|\ba\b|x)\s?{b}(?![\d.,])", text) is not None


def genre(out: Path, items: list[str]) -> collections.Counter[str]:
    c: collections.Counter[str] = collections.Counter()
    for skin, name, d in p51._editions(out):
        if skin == "back":
            continue
        for b in d.get("blocks", []):
            for s in b.get("segments", []):
                src, tgt = s["source"], s["target"]
                for a, bb in _scores(src):
                    c[f"{skin}: scores or tallies in the source"] += 1
                    if not _has_score(tgt, a, bb):
                        c[f"{skin}: score or tally not kept as written (to read)"] += 1
                        items.append(f"score {skin} {name} {s['id']}: {a}-{bb} | "
                                     f"{src[:90]!r} -> {tgt[:90]!r}")
                for m in PCT.finditer(src):
                    c[f"{skin}: percentages in the source"] += 1
                    fig = m.group(1)
                    want = fig.replace(".", ",")
                    if re.search(rf"(?<![\d.,]){re.escape(fig)}\s?%", tgt) and "." in fig:
                        c[f"{skin}: percentage with a decimal point in a pt target"] += 1
                        items.append(f"pct-point {skin} {name}: {tgt[:100]!r}")
                    elif not re.search(rf"(?<![\d.,]){re.escape(want)}(?![\d])", tgt):
                        c[f"{skin}: percentage figure gone from the target (to read)"] += 1
                        items.append(f"pct-gone {skin} {name} {s['id']}: {fig}% | "
                                     f"{src[:90]!r} -> {tgt[:90]!r}")
    return c


def main() -> None:
    out = Path(sys.argv[1])
    items_path = sys.argv[sys.argv.index("--items") + 1] if "--items" in sys.argv else None
    p51.DATA = DATA
    p51.FALSE_KINDS = {}
    tmp = Path(items_path + ".p51") if items_path else None
    argv = [sys.argv[0], str(out)] + (["--items", str(tmp)] if tmp else [])
    saved, sys.argv = sys.argv, argv
    try:
        p51.main()
    finally:
        sys.argv = saved
    items: list[str] = []
    c = genre(out, items)
    for k in sorted(c):
        print(f"{k}: {c[k]}")
    if items_path and tmp:
        Path(items_path).write_text(tmp.read_text(encoding="utf-8") + "\n".join(items) + "\n",
                                    encoding="utf-8")
        tmp.unlink()


if __name__ == "__main__":
    main()
