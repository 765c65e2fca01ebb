"""Build HELD-OUT SET F of the real-world corpus: more pages of the benchmark of set e.

    python tests/data/realworld/build_heldout_f.py --repo DIR   # DIR: a checkout (or bare
        mirror) of https://github.com/tiptopjaw/web-content-extraction-benchmark at COMMIT

Same source, ground truth and facts as set e (``build_heldout_e.py``: a language model's reading
of each page, checked by people; ``main_content`` one paragraph a line), disjoint from it and
from every other set: no page and no site of set e or of any other set.

Selection rule, written before any run and never by looking at a page: pages whose type is
``article`` (confidence high, not flagged for review), whose page file is in the release, whose
site appears in no other set (set e included), one per site, in id order; news-like pages first:
those with a tag containing ``news`` (``_internal.page_type.tags``), up to ``COUNT``; if fewer
than ``COUNT`` qualify, the rest filled with the next other qualifying pages in id order.

Written on 2026-12-03 BEFORE the fifth boilerplate pass of issue 15; the first evaluation on it
is kept as ``benchmarks/results/eval_realworld_heldout_f_before.txt``. Do not tune rules on
these pages: once that happens they are a development set.
The pages are the work of their publishers, redistributed by the benchmark (Apache-2.0,
``LICENSES/web-content-extraction-benchmark-Apache-2.0.txt``) as test fixtures; kept here
for testing.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import build_heldout_e as e  # noqa: E402
from heldout_common import builder_main, known_sites, site  # noqa: E402

OUT = HERE / "heldout_f"
COUNT = 30


def _known_sites() -> set[str]:
    return known_sites(("", "heldout", "heldout_c", "zyte_dev", "heldout_d", "heldout_e"))


def choose(
    repo: Path, known: set[str] | None = None, count: int = COUNT
) -> list[tuple[str, dict[str, Any]]]:
    """This set's selection over the sites not in ``known`` (the sets written before it unless
    given: sets g and k pass their own), ``count`` pages (set k takes 40)."""
    if known is None:
        known = _known_sites()
    html = e._names(repo, e.HTML, ".html.gz")
    news: list[tuple[str, dict[str, Any]]] = []
    other: list[tuple[str, dict[str, Any]]] = []
    taken: set[str] = set()
    for pid in sorted(e._names(repo, e.TRUTH, ".json") & html):
        truth = json.loads(e._show(repo, f"{e.TRUTH}/{pid}.json"))
        kind = (truth.get("_internal") or {}).get("page_type") or {}
        if kind.get("primary") != "article" or kind.get("confidence") != "high":
            continue
        if kind.get("needs_review"):
            continue
        s = site(str(truth.get("url") or ""))
        if not s or s in known or s in taken:
            continue
        if not str((truth.get("ground_truth") or {}).get("main_content") or "").strip():
            continue
        taken.add(s)
        tags = [str(t).lower() for t in kind.get("tags") or []]
        (news if any("news" in t for t in tags) else other).append((pid, truth))
    chosen = news[:count]
    chosen += other[: count - len(chosen)]
    return sorted(chosen, key=lambda c: c[0])


def main(argv: list[str] | None = None) -> int:
    # the same page writer as set e, this selection
    def build(repo: Path, out: Path) -> None:
        e.build(repo, out, choose)

    return builder_main(__doc__, build, OUT, "the benchmark's checkout", argv)


if __name__ == "__main__":
    raise SystemExit(main())
