"""Build HELD-OUT SET C of the real-world corpus from Zyte's article-extraction benchmark.

    python tests/data/realworld/build_heldout_c.py --repo DIR   # DIR: a checkout (or bare
        mirror) of https://github.com/scrapinghub/article-extraction-benchmark at COMMIT

A third source, other than the development corpus (trafilatura, newspaper4k) and Mozilla
Readability's test pages: the benchmark keeps 181 real article pages (``html/<sha256>.html.gz``)
and, for each, the article body its annotators wrote down (``ground-truth.json``:
``articleBody``, ``url``). The facts of each page are written by this script from those files,
never by hand and never from our output:

* ``expected_text``: every line of ``articleBody`` (its paragraphs), one a line; the evaluation
  scores each line of 20 characters or more as a body fact, and a line of 4 words or more that
  we keep and that is not in the expected text as a leaked boilerplate line;
* ``body_start`` / ``body_end``: the first and last paragraph of 40+ characters (80 chars);
* ``title``: none (the benchmark has no headline field); ``title_must_not_have``: the shorter
  parts of the page's ``<title>`` split at `` | `` / `` - `` / `` – `` when it has several
  (the site-name furniture), the longest part being taken as the headline.

Pages: one per site, sites that appear in neither the development corpus nor the first held-out
set, in the order of their benchmark id (a SHA-256), the first ``COUNT``; chosen by that rule
before any run, never by looking at a page.

``--dev`` writes ``zyte_dev/``: up to 60 more pages of the benchmark, one per site, from sites
that are NOT in set c: a development set of the same annotation, used to write rules.

Written on 2026-12-03 BEFORE the general boilerplate changes of issue 15's second pass; the
first evaluation on them is kept as ``benchmarks/results/eval_realworld_heldout_c_before.txt``.
Do not tune rules on these pages: once that happens they are a development set.
The pages are the work of their publishers, redistributed by the benchmark (MIT,
``LICENSES/article-extraction-benchmark-MIT.txt``) as evaluation data; kept here for testing.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from heldout_common import (  # noqa: E402
    git,
    known_sites,
    norm,
    site,
    write_page,
)

OUT = HERE / "heldout_c"
COMMIT = "4a3bc979f76c0df73cb95fe272e2fc1b96f9f010"  # scrapinghub/article-extraction-benchmark
COUNT = 36
DEV_COUNT = 60
DEV_OUT = HERE / "zyte_dev"


def _git_show(repo: Path, path: str) -> bytes:
    if (repo / path).exists():
        return (repo / path).read_bytes()
    return git(repo, "show", f"HEAD:{path}")


def _known_sites() -> set[str]:
    return known_sites(("", "heldout"))


def choose(truth: dict[str, Any]) -> list[str]:
    known = _known_sites()
    chosen: list[str] = []
    taken: set[str] = set()
    for pid in sorted(truth):
        s = site(truth[pid]["url"])
        if s in known or s in taken:
            continue
        taken.add(s)
        chosen.append(pid)
        if len(chosen) == COUNT:
            break
    return chosen


def choose_dev(truth: dict[str, Any]) -> list[str]:
    """The benchmark's pages of sites that are NOT in set c (one per site, by id, at most
    ``DEV_COUNT``): a development set of the same annotation, opened for rule work (sites of
    set c never enter it, so set c stays sites that no rule was written on)."""
    held = {site(truth[pid]["url"]) for pid in choose(truth)}
    chosen: list[str] = []
    taken: set[str] = set()
    for pid in sorted(truth):
        s = site(truth[pid]["url"])
        if s in held or s in taken:
            continue
        taken.add(s)
        chosen.append(pid)
    return chosen[:DEV_COUNT]


def build(repo: Path, out: Path, *, dev: bool = False) -> None:
    truth: dict[str, Any] = json.loads(_git_show(repo, "ground-truth.json"))
    write_pages(repo, out, truth, choose_dev(truth) if dev else choose(truth))


def write_pages(repo: Path, out: Path, truth: dict[str, Any], ids: list[str]) -> None:
    """Write the benchmark's pages ``ids`` with their ``articleBody`` as whole-body facts under
    ``out/pages`` (sets c, i and ``zyte_dev`` share this)."""
    pages_dir = out / "pages"
    pages_dir.mkdir(parents=True, exist_ok=True)
    for pid in ids:
        entry = truth[pid]
        data = gzip.decompress(_git_show(repo, f"html/{pid}.html.gz"))
        lines = [x for x in (norm(line) for line in entry["articleBody"].split("\n")) if x]
        s = site(entry["url"])
        write_page(
            pages_dir,
            f"zyte-{s.split('.')[0]}-{pid[:8]}",
            data,
            url=entry["url"],
            lines=lines,
            kind="news",
            title=None,
            title_source="none (the benchmark has no title field)",
            source={
                "package": "scrapinghub/article-extraction-benchmark (GitHub)",
                "version": COMMIT,
                "path": f"html/{pid}.html.gz",
                "facts": f"ground-truth.json[{pid}].articleBody",
            },
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--repo", type=Path, required=True, help="the benchmark's checkout")
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument(
        "--dev",
        action="store_true",
        help="write the development pages of the benchmark (sites not in set c) to zyte_dev/",
    )
    args = parser.parse_args(argv)
    build(args.repo, args.out or (DEV_OUT if args.dev else OUT), dev=args.dev)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
