"""CPU cost of the reader's recall-only evidence (a second, balanced trafilatura extraction).

    python benchmarks/bench_reader_recall_only.py

``parse_article`` on every page of sets c and d, with ``_mark_recall_only`` and with it
replaced by the identity, alternated in the same process; CPU time (process_time), best of 2.
"""

from __future__ import annotations

import contextlib
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "benchmarks"))


def main() -> int:
    from eval_realworld import header_lines
    from realworld_corpus import CORPUS, load_pages

    from translate import read
    from translate.errors import TranslateError

    pages = load_pages(CORPUS / "heldout_d") + load_pages(CORPUS / "heldout_c")
    htmls = [p.html() for p in pages]
    mark = read._mark_recall_only

    def run() -> float:
        started = time.process_time()
        for html in htmls:
            with contextlib.suppress(TranslateError):
                read.parse_article(html, fmt="html")
        return time.process_time() - started

    times: dict[str, list[float]] = {"without": [], "with": []}
    for _ in range(2):
        read._mark_recall_only = lambda blocks, html: blocks  # type: ignore[assignment]
        times["without"].append(run())
        read._mark_recall_only = mark
        times["with"].append(run())
    w, wo = min(times["with"]), min(times["without"])
    print("\n".join(header_lines()))
    print(
        f"parse_article CPU s on {len(htmls)} pages (sets c+d), best of 2: without the"
        f" recall-only evidence {wo:.1f}, with it {w:.1f}; ratio {w / wo:.2f}"
        f" (+{1000 * (w - wo) / len(htmls):.0f} ms a page)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
