"""Which HTML files the reader's markup repairs change at all (struct19): the files whose text
``read.run_on_end_tags`` or ``read.own_heading_anchors`` rewrites; on every other file the
reader is given the very same text as before, so its output cannot move.

    python benchmarks/reader_repairs_touch.py DIR [DIR ...]
"""

from __future__ import annotations

import gzip
import sys
from pathlib import Path


def main(argv: list[str]) -> int:
    from translate.read import own_heading_anchors, run_on_end_tags

    seen = changed = 0
    for root in argv:
        for path in sorted(Path(root).rglob("*")):
            if not path.name.endswith((".html", ".html.gz")):
                continue
            raw = path.read_bytes()
            if path.name.endswith(".gz"):
                raw = gzip.decompress(raw)
            html = raw.decode("utf-8", "replace")
            seen += 1
            end_tag, anchor = run_on_end_tags(html) != html, own_heading_anchors(html) != html
            if end_tag or anchor:
                changed += 1
                print(path, "end-tag" if end_tag else "", "anchor-id" if anchor else "")
    print(f"{changed} of {seen} HTML files changed by the repairs")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
