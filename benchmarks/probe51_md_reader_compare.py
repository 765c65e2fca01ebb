"""probe51: the Markdown reader's blocks (kind, text, inline spans) for every Markdown document
of the development data, dumped by one tree, compared between two dumps.

    PYTHONPATH=OLD python benchmarks/probe51_md_reader_compare.py dump OLD.jsonl
    python benchmarks/probe51_md_reader_compare.py dump NEW.jsonl
    python benchmarks/probe51_md_reader_compare.py compare OLD.jsonl NEW.jsonl

Documents: every ``*.md`` (READMEs of data folders left out) under ``tests/data``,
``examples``, the probes' corpora and the Markdown of the development structure sets
(``benchmarks/data/html_structure_*/md`` but the held-out set AV, which has no Markdown here;
``md_code_dev``). ``compare`` prints the totals (documents, blocks, spans by kind) and every
block whose text or spans changed, before and after.
"""
from __future__ import annotations

import collections
import glob
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GLOBS = ["tests/data/**/*.md", "examples/**/*.md", "benchmarks/data/probe*/**/*.md",
         "benchmarks/data/html_structure_*/md/**/*.md", "benchmarks/data/md_code_dev/**/*.md"]
HELD_OUT = ("html_structure_av",)


def _docs() -> list[str]:
    seen: set[str] = set()
    for g in GLOBS:
        for p in glob.glob(str(ROOT / g), recursive=True):
            rel = str(Path(p).relative_to(ROOT))
            if Path(p).name.startswith("README") or any(h in rel for h in HELD_OUT):
                continue
            seen.add(rel)
    return sorted(seen)


def dump(out: str) -> None:
    from translate.read import parse_article

    with open(out, "w", encoding="utf-8") as fh:
        for rel in _docs():
            text = (ROOT / rel).read_text(encoding="utf-8", errors="replace")
            try:
                art = parse_article(text, fmt="md", source=rel, article_id="x")
            except Exception as e:
                fh.write(json.dumps({"doc": rel, "error": type(e).__name__}) + "\n")
                continue
            blocks = [[b.kind, b.text, [[s.kind, s.start, s.end] for s in b.inline]]
                      for b in art.blocks]
            fh.write(json.dumps({"doc": rel, "blocks": blocks}, ensure_ascii=False) + "\n")


def compare(old: str, new: str) -> None:
    a = {d["doc"]: d for d in map(json.loads, Path(old).read_text(encoding="utf-8").splitlines())}
    b = {d["doc"]: d for d in map(json.loads, Path(new).read_text(encoding="utf-8").splitlines())}
    tot: dict[str, collections.Counter[str]] = {"before": collections.Counter(),
                                                "after": collections.Counter()}
    changed_docs = changed_blocks = 0
    for doc in sorted(a):
        x, y = a[doc].get("blocks", []), b[doc].get("blocks", [])
        for side, bl in (("before", x), ("after", y)):
            tot[side]["blocks"] += len(bl)
            for blk in bl:
                tot[side].update("span " + s[0] for s in blk[2])
                tot[side]["literal '**' in text"] += blk[1].count("**")
        if x == y:
            continue
        changed_docs += 1
        if len(x) != len(y):
            print(f"{doc}: {len(x)} blocks -> {len(y)}")
            continue
        for bx, by in zip(x, y, strict=True):
            if bx != by:
                changed_blocks += 1
                print(f"{doc}:\n  - {bx[1][:160]!r} {bx[2]}\n  + {by[1][:160]!r} {by[2]}")
    print(f"documents {len(a)}; changed {changed_docs}; blocks changed {changed_blocks}")
    for side in ("before", "after"):
        print(side, dict(sorted(tot[side].items())))


if __name__ == "__main__":
    if sys.argv[1] == "dump":
        dump(sys.argv[2])
    else:
        compare(sys.argv[2], sys.argv[3])
