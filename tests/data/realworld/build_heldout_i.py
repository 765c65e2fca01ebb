"""Build HELD-OUT SET I of the real-world corpus: Zyte's benchmark pages of sites no set holds.

    python tests/data/realworld/build_heldout_i.py --repo DIR   # DIR: a checkout (or bare
        mirror) of https://github.com/scrapinghub/article-extraction-benchmark at COMMIT

Set c (``build_heldout_c.py``) took 36 of the benchmark's 181 pages (one per site, sites in no
set then) and ``zyte_dev/`` 60 more (one per site, sites not in set c); 85 pages were left, and
on them sites that NO set written since holds (the development corpus, ``heldout``, sets c to h,
``zyte_dev``). Set h was written from trafilatura's evaluation benchmark and every rule of the
seventh pass was decided without these pages; none of them has been scored by this project.
Ground truth and facts as set c: the annotators' ``articleBody`` (every paragraph a body fact, a
kept line of 4+ words not in it a leaked line), whole bodies, not snippets.

Selection rule, written and committed before any run and never by looking at a page: the
benchmark's pages whose site (registered domain of ``url``) appears in no set of the corpus
(``SETS_BEFORE``), one per site, the first by benchmark id (a SHA-256), all of them (26 at
``COMMIT``).

Written on 2026-12-03 BEFORE the eighth boilerplate pass of issue 15; the first evaluation on it
is kept as ``benchmarks/results/realnews7-eval_realworld_heldout_i_before.txt``. Do not tune
rules on these pages: once that happens they are a development set.
The pages are the work of their publishers, redistributed by the benchmark (MIT,
``LICENSES/article-extraction-benchmark-MIT.txt``) as evaluation data; kept here for testing.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build_heldout_c import _git_show, write_pages  # noqa: E402
from heldout_common import builder_main, known_sites, site  # noqa: E402

OUT = HERE / "heldout_i"
SETS_BEFORE = (
    "",
    "heldout",
    "heldout_c",
    "zyte_dev",
    "heldout_d",
    "heldout_e",
    "heldout_f",
    "heldout_g",
    "heldout_h",
)


def choose(truth: dict[str, Any], known: set[str]) -> list[str]:
    """One page per site of no earlier set, the first by id, all of them."""
    chosen: list[str] = []
    taken: set[str] = set()
    for pid in sorted(truth):
        s = site(truth[pid]["url"])
        if s in known or s in taken:
            continue
        taken.add(s)
        chosen.append(pid)
    return chosen


def build(repo: Path, out: Path) -> None:
    truth: dict[str, Any] = json.loads(_git_show(repo, "ground-truth.json"))
    write_pages(repo, out, truth, choose(truth, known_sites(SETS_BEFORE)))


def main(argv: list[str] | None = None) -> int:
    return builder_main(__doc__, build, OUT, "the benchmark's checkout", argv)


if __name__ == "__main__":
    raise SystemExit(main())
