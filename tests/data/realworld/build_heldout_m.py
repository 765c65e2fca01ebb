"""Build HELD-OUT SET M of the real-world corpus: a sixth disjoint sample of set e's benchmark.

    python tests/data/realworld/build_heldout_m.py --repo DIR   # DIR: a checkout (or bare
        mirror) of https://github.com/tiptopjaw/web-content-extraction-benchmark at COMMIT

Same source, ground truth and facts as sets e, f and g (``build_heldout_e.py``: a language
model's reading of each page, checked by people; ``main_content`` one paragraph a line: whole
bodies, so every kept line of 4+ words outside the body counts as a leak), disjoint from them
and from every other set: no page and no site of any set written before it (the development
corpus, ``heldout``, ``heldout_c``, ``zyte_dev``, ``heldout_d`` .. ``heldout_l``). A new source
with whole-body facts and a licence allowing it was looked for first (twelfth pass,
``NOTICE.md``) and not found in the time given, so this set measures UNSEEN SITES, not an
unseen source.

Selection rule, written and committed before any run and never by looking at a page or at our
output: set f's rule applied to the sites left: pages whose type is ``article`` (confidence
high, not flagged for review), whose page file is in the release and whose ``main_content`` is
not empty, whose site appears in no other set, one per site, in id order; news-like pages first
(a tag containing ``news`` in ``_internal.page_type.tags``), up to ``COUNT``; if fewer qualify,
the rest filled with the next other qualifying pages in id order. Set l is among the sets whose
sites are excluded.

Written on 2026-12-04 BEFORE the twelfth boilerplate pass of issue 15 (and before set l was
opened for development); the first evaluation on it is kept as
``benchmarks/results/realnews11-eval_realworld_heldout_m_before-2026-12-04.txt``. Do not tune
rules on these pages: once that happens they are a development set.
The pages are the work of their publishers, redistributed by the benchmark (Apache-2.0,
``LICENSES/web-content-extraction-benchmark-Apache-2.0.txt``) as test fixtures; kept here
for testing.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import build_heldout_e as e  # noqa: E402
import build_heldout_f as f  # noqa: E402
from build_heldout_h import page_site  # noqa: E402
from heldout_common import builder_main, known_sites  # noqa: E402

OUT = HERE / "heldout_m"
COUNT = 40
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
    "heldout_i",
    "heldout_j",
    "heldout_k",
    "heldout_l",
)


def _known_sites() -> set[str]:
    """Every set's sites; for set h's Internet Archive copies, the archived page's site too."""
    known = known_sites(SETS_BEFORE)
    for facts in (HERE / "heldout_h" / "pages").glob("*.json"):
        known.add(page_site(str(json.loads(facts.read_text(encoding="utf-8")).get("url") or "")))
    return known


def main(argv: list[str] | None = None) -> int:
    # set f's selection over the sites no set holds yet, and set e's page writer
    def build(repo: Path, out: Path) -> None:
        e.build(repo, out, lambda r: f.choose(r, _known_sites(), COUNT))

    return builder_main(__doc__, build, OUT, "the benchmark's checkout", argv)


if __name__ == "__main__":
    raise SystemExit(main())
