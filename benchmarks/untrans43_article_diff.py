"""untrans43: the probe43 article with the DOIs (nasa-20-899.html, its reference list), before
and after, every segment that differs, and the editions' review counts.

    PYTHONPATH=BASE python -m translate run benchmarks/data/probe43_en/nasa-20-899.html \\
        --to pt-BR,pt-PT -o OUT/before --db DB --json
    cp DB DB2; python -m translate run ... -o OUT/after --db DB2 --json   # same engine cache
    python benchmarks/untrans43_article_diff.py OUT/before OUT/after
"""

from __future__ import annotations

import json
import os
import platform
import sys
import time
from pathlib import Path
from typing import Any


def _segments(edition: dict[str, Any]) -> dict[str, tuple[str, str]]:
    return {s["id"]: (s["source"], s["target"])
            for b in edition["blocks"] for s in b.get("segments", [])}  # fmt: skip


def _written(k: str, source: dict[str, tuple[str, str]], edition: dict[str, tuple[str, str]]
             ) -> bool:
    """Whether the edition's segment ``k`` holds every word of its source with a "/" in it."""
    return all(w in edition[k][1] for w in source[k][0].split() if "/" in w)


def main() -> None:
    before, after = Path(sys.argv[1]), Path(sys.argv[2])
    print(f"# {platform.node()} {time.strftime('%Y-%m-%d %H:%M:%S', time.gmtime())} UTC "
          f"load {os.getloadavg()[0]:.2f}")
    for loc in ("pt-BR", "pt-PT"):
        name = f"nasa-20-899.{loc}.json"
        b = json.loads((before / name).read_text(encoding="utf-8"))
        a = json.loads((after / name).read_text(encoding="utf-8"))
        sb, sa = _segments(b), _segments(a)
        changed = [k for k in sb if sb[k] != sa.get(k)]
        doi = [k for k in sb if "10." in sb[k][0] and "/" in sb[k][0]]
        print(f"{loc}: segments {len(sb)} -> {len(sa)}; changed {len(changed)}; with a DOI "
              f"{len(doi)}, as written before {sum(_written(k, sb, sb) for k in doi)} "
              f"-> after {sum(_written(k, sb, sa) for k in doi)}; "
              f"review {b['review']} -> {a['review']}")
        for k in changed:
            print(f"  {k}\n    source {sb[k][0]!r}")
            print(f"    before {sb[k][1]!r}\n    after  {sa[k][1]!r}")


if __name__ == "__main__":
    main()
