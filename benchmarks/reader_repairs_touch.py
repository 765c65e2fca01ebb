"""Which HTML files the reader's markup repairs change at all (struct19, struct20): the files
whose text ``read.run_on_end_tags``, ``read.own_heading_anchors`` or ``read.prose_widgets``
rewrites; on every other file the reader is given the very same text as before, so its output
cannot move.

    python benchmarks/reader_repairs_touch.py DIR [DIR ...]
    python benchmarks/reader_repairs_touch.py --counts DIR   # a held-out set: counts, no names
"""

from __future__ import annotations

import gzip
import sys
from pathlib import Path


def main(argv: list[str]) -> int:
    from translate.read import own_heading_anchors, prose_widgets, run_on_end_tags

    counts_only = "--counts" in argv
    seen = changed = 0
    by_repair = {"end-tag": 0, "anchor-id": 0, "widget": 0}
    for root in (a for a in argv if a != "--counts"):
        for path in sorted(Path(root).rglob("*")):
            if not path.name.endswith((".html", ".html.gz")):
                continue
            raw = path.read_bytes()
            if path.name.endswith(".gz"):
                raw = gzip.decompress(raw)
            html = raw.decode("utf-8", "replace")
            seen += 1
            end_tag, anchor = run_on_end_tags(html) != html, own_heading_anchors(html) != html
            widget = prose_widgets(html) != html
            for name, hit in (("end-tag", end_tag), ("anchor-id", anchor), ("widget", widget)):
                by_repair[name] += hit
            if end_tag or anchor or widget:
                changed += 1
                if not counts_only:
                    print(path, "end-tag" if end_tag else "", "anchor-id" if anchor else "",
                          "widget" if widget else "")  # fmt: skip
    print(f"{changed} of {seen} HTML files changed by the repairs", by_repair)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
