"""The reader's output for one HTML page, line by line, for a diff between two trees: every
block's kind, level, text, inline spans and furniture mark, then the title, the metadata and
the dropped texts (``read.parse_article``).

    PYTHONPATH=OLD python benchmarks/reader_blocks_dump.py PAGE.html.gz > old.txt
    python benchmarks/reader_blocks_dump.py PAGE.html.gz > new.txt; diff old.txt new.txt
"""

from __future__ import annotations

import gzip
import sys
from pathlib import Path


def main(argv: list[str]) -> int:
    from translate.read import parse_article

    raw = Path(argv[0]).read_bytes()
    if argv[0].endswith(".gz"):
        raw = gzip.decompress(raw)
    art = parse_article(raw.decode("utf-8", "replace"), fmt="html", source="x", article_id="x")
    for b in art.blocks:
        spans = [(s.kind, s.start, s.end, sorted(s.attrs.items())) for s in b.inline]
        print(b.kind, b.level, repr(b.text), spans, b.furniture)
    print("TITLE", repr(art.title), "META", sorted(art.meta.items()))
    print("DROPPED", [(d.text[:60], d.rule) for d in art.dropped])
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
