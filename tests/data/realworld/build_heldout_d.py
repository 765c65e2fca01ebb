"""Build HELD-OUT SET D of the real-world corpus from fundus's parser test data.

    python tests/data/realworld/build_heldout_d.py --repo DIR   # DIR: a checkout (or bare
        mirror) of https://github.com/flairNLP/fundus at COMMIT

A fourth source, other than the development corpus (trafilatura, newspaper4k), Mozilla
Readability's test pages (first held-out set) and Zyte's article-extraction benchmark (set c):
fundus, a news crawler with one hand-written parser per publisher, keeps for every publisher a
real article page (``tests/resources/parser/test_data/<country>/<Publisher>_<date>.html.gz``,
its URL in ``meta.info``) and what its parser must extract from it (``<Publisher>.json``, per
parser version: ``title``, ``body`` = ``summary`` + ``sections`` of ``headline`` and
``paragraphs``), asserted by fundus's own test suite. The facts of each page are written by
this script from those files, never by hand and never from our output:

* ``expected_text``: the summary, every section headline and every paragraph, one a line; the
  evaluation scores each line of 20 characters or more as a body fact, and a line of 4 words or
  more that we keep and that is not in the expected text as a leaked boilerplate line;
* ``body_start`` / ``body_end``: the first and last line of 40+ characters (80 chars);
* ``title``: the parser's ``title``; ``title_must_not_have``: the shorter parts of the page's
  ``<title>`` split at `` | `` / `` - `` / `` – `` when it has several (the site-name furniture).

Pages: publishers with exactly one test page and one parser version (the simple cases of
fundus's mapping of pages to versions), whose site appears in no other set of the corpus; one
per country directory (sorted), the first publisher by name in each, at most ``COUNT``; chosen
by that rule before any run, never by looking at a page.

Written on 2026-12-03 BEFORE the third boilerplate pass of issue 15; the first evaluation on it
is kept as ``benchmarks/results/eval_realworld_heldout_d_before.txt``. Do not tune rules on
these pages: once that happens they are a development set.
The pages are the work of their publishers, redistributed by fundus (MIT,
``LICENSES/fundus-MIT.txt``) as test fixtures; kept here for testing.
"""

from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from heldout_common import builder_main, git, known_sites, norm, site, write_page  # noqa: E402

OUT = HERE / "heldout_d"
COMMIT = "18da6e53592f99cf0ac5770dc63d6ba99ba63ae8"  # flairNLP/fundus
DATA = "tests/resources/parser/test_data"
COUNT = 40


def _listing(repo: Path) -> list[str]:
    out = git(repo, "ls-tree", "-r", "--name-only", COMMIT, DATA).decode("utf-8")
    return sorted(out.split())


def _show(repo: Path, path: str) -> bytes:
    return git(repo, "show", f"{COMMIT}:{path}")


def _known_sites() -> set[str]:
    return known_sites(("", "heldout", "heldout_c", "zyte_dev"))


def candidates(repo: Path) -> list[tuple[str, str, str, str]]:
    """(country, publisher, page path, url) of every publisher with one page and one version."""
    files = _listing(repo)
    out = []
    for country in sorted({f.split("/")[-2] for f in files}):
        prefix = f"{DATA}/{country}/"
        names = [f[len(prefix) :] for f in files if f.startswith(prefix)]
        if "meta.info" not in names:
            continue
        meta = json.loads(_show(repo, prefix + "meta.info"))
        for name in sorted(n for n in names if n.endswith(".json")):
            publisher = name[: -len(".json")]
            pages = [n for n in names if n.startswith(publisher + "_") and n.endswith(".html.gz")]
            pages = [p for p in pages if p[len(publisher) + 1 :][:4].isdigit()]
            if len(pages) != 1 or pages[0] not in meta:
                continue
            versions = json.loads(_show(repo, prefix + name))
            if len(versions) != 1:
                continue
            out.append((country, publisher, prefix + pages[0], meta[pages[0]]["url"]))
    return out


def choose(repo: Path) -> list[tuple[str, str, str, str]]:
    known = _known_sites()
    chosen: list[tuple[str, str, str, str]] = []
    countries: set[str] = set()
    taken: set[str] = set()
    for cand in candidates(repo):
        country, _, _, url = cand
        s = site(url)
        if country in countries or s in known or s in taken:
            continue
        countries.add(country)
        taken.add(s)
        chosen.append(cand)
    return chosen[:COUNT]


def _body_lines(body: dict[str, Any]) -> list[str]:
    lines = list(body.get("summary") or [])
    for section in body.get("sections") or []:
        lines += list(section.get("headline") or []) + list(section.get("paragraphs") or [])
    return [x for x in (norm(str(line)) for line in lines) if x]


def build(repo: Path, out: Path) -> None:
    pages_dir = out / "pages"
    pages_dir.mkdir(parents=True, exist_ok=True)
    for country, publisher, path, url in choose(repo):
        data = gzip.decompress(_show(repo, path))
        (truth,) = json.loads(_show(repo, path.rsplit("_", 3)[0] + ".json")).values()
        write_page(
            pages_dir,
            f"fundus-{country}-{publisher.lower()}",
            data,
            url=url,
            lines=_body_lines(truth.get("body") or {}),
            kind="news",
            title=norm(str(truth.get("title") or "")) or None,
            title_source="fundus parser test data (title)",
            source={
                "package": "flairNLP/fundus (GitHub)",
                "version": COMMIT,
                "path": path,
                "facts": path.rsplit("_", 3)[0] + ".json (title, body)",
            },
        )


def main(argv: list[str] | None = None) -> int:
    return builder_main(__doc__, build, OUT, "fundus's checkout or mirror", argv)


if __name__ == "__main__":
    raise SystemExit(main())
