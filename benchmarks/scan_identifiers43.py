"""untrans43: where the identifier rules (``translate.identifiers``: DOI, arXiv, ISBN, ISSN, PMID,
PMCID) find an identifier in the project's own text sets -- what the change protects (masks
before the engine, keeps out of the localizers) and so what it could freeze by mistake.

    python benchmarks/scan_identifiers43.py [--list]

Every untranslatables development set (``benchmarks/data/untranslatables_*.jsonl``, the item's
``text``) and the probe corpora (``benchmarks/data/probe*``): every span, with its set, item and
the text around it when ``--list``. Every other file under ``benchmarks/data`` and
``tests/data`` (held-out sets among them): totals by kind only, never an item. A text with no span
is treated by the pipeline exactly as before (every rule of the change is keyed on a span).
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import platform
import time
from collections import Counter
from pathlib import Path

from translate.identifiers import identifier_spans

ROOT = Path(__file__).resolve().parents[1]
TEXT_SUFFIXES = (".md", ".html", ".htm", ".txt", ".xml", ".json", ".jsonl", ".gz", ".tsv")


def _read(path: Path) -> str:
    data = path.read_bytes()
    if path.suffix == ".gz":
        data = gzip.decompress(data)
    return data.decode("utf-8", errors="replace")


def _shape(text: str) -> str:
    """``text`` with its digits written 9 and its letters a or A: a shape, never the item."""
    return "".join("9" if ch.isdigit() else ("A" if ch.isupper() else "a") if ch.isalpha()
                   else " " if ch.isspace() else ch for ch in text)


def _dev_items(path: Path) -> list[tuple[str, str]]:
    if path.suffix == ".jsonl":
        out = []
        for line in _read(path).splitlines():
            if line.strip():
                row = json.loads(line)
                out.append((str(row.get("id", "?")), str(row.get("text", ""))))
        return out
    return [(path.name, _read(path))]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--list", action="store_true", help="every span of the development sets")
    args = ap.parse_args()
    print(f"# {platform.node()} {time.strftime('%Y-%m-%d %H:%M:%S', time.gmtime())} UTC "
          f"load {os.getloadavg()[0]:.2f}")
    data = ROOT / "benchmarks" / "data"
    dev = sorted(data.glob("untranslatables_*.jsonl"))
    dev += sorted(p for d in sorted(data.glob("probe*")) for p in sorted(d.rglob("*"))
                  if p.is_file() and p.suffix in TEXT_SUFFIXES)
    dev_total: Counter[str] = Counter()
    items = 0
    for path in dev:
        for item, text in _dev_items(path):
            items += 1
            for s, e, kind in identifier_spans(text):
                dev_total[kind] += 1
                if args.list:
                    ctx = text[max(0, s - 40):e + 20].replace("\n", " ")
                    print(f"{path.relative_to(ROOT)}\t{item}\t{kind}\t{text[s:e]}\t…{ctx}…")
    print(f"development: {len(dev)} files, {items} items, spans {sum(dev_total.values())} "
          f"{dict(sorted(dev_total.items()))}")
    seen = set(dev)
    other: Counter[str] = Counter()
    shapes: Counter[str] = Counter()
    files = 0
    for base in (data, ROOT / "tests" / "data"):
        for path in sorted(base.rglob("*")):
            if path in seen or not path.is_file() or path.suffix not in TEXT_SUFFIXES:
                continue
            files += 1
            text = _read(path)
            for s, e, kind in identifier_spans(text):
                other[kind] += 1
                shapes[f"{kind} {_shape(text[max(0, s - 6):s])}|{_shape(text[s:e])}"] += 1
    print(f"other data (totals only): {files} files, spans {sum(other.values())} "
          f"{dict(sorted(other.items()))}")
    print("other data, by shape (six characters before | the span; letters a/A, digits 9):")
    for shape, n in shapes.most_common():
        print(f"  {n:4d}  {shape}")


if __name__ == "__main__":
    main()
