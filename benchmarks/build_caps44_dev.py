"""Build caps44's development headlines: NASA articles of github.com/katie-hofschen/NASA_RAG
(commit a193705, the source of probe43's sweep, so no held-out data): probe43's 20 picks and
the next articles by number whose title is in title case (build_caps44_set.title_case), 60 in
all, each with its first six paragraphs.

    python benchmarks/build_caps44_dev.py MIRROR_GIT_DIR

Licence: NASA text is a US government work (public domain); ESA/Hubble text CC BY 4.0.
Writes ``benchmarks/data/caps44/dev_nasa.jsonl`` (the form of wh_headlines.jsonl).
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_caps44_set import PARAS, title_case
from build_probe43_nasa import PICKS

COMMIT = "a193705"
SIZE = 60
OUT = Path(__file__).resolve().parent / "data" / "caps44" / "dev_nasa.jsonl"


def main() -> None:
    git = sys.argv[1]
    rows = []
    order = [*PICKS, *(n for n in range(1, 1001) if n not in PICKS)]
    for n in order:
        try:
            text = subprocess.run(["git", "--git-dir", git, "show",
                                   f"{COMMIT}:nasa_articles/nasa_article_{n}.md"],
                                  capture_output=True, text=True, check=True).stdout
        except subprocess.CalledProcessError:
            continue
        lines = [ln.strip() for ln in text.splitlines()]
        title, body = lines[0], [ln for ln in lines[1:] if len(ln.split()) >= 4]
        if (n in PICKS or title_case(title)) and len(body) >= 2:
            rows.append({"id": f"nasa{n}", "title": title, "body": body[:PARAS]})
        if len(rows) == SIZE:
            break
    with OUT.open("w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)}")


if __name__ == "__main__":
    main()
