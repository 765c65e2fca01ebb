"""Build HELD-OUT SET H of the real-world corpus from trafilatura's evaluation benchmark.

    python tests/data/realworld/build_heldout_h.py --repo DIR   # DIR: a checkout (or bare
        mirror) of https://github.com/adbar/trafilatura at COMMIT

A source no rule of issue 15 was written on: trafilatura's multilingual evaluation set
(``tests/eval/*.html``, ~850 pages: news outlets, magazines, blogs, government and company
pages; German first, then English, Spanish, French, Polish...) and its hand-made annotation
``tests/evaldata.json``: for each page, snippets its main text must contain (``with``: chosen at
the start and the end of the main text and in hard places such as quotes and lists) and
snippets it must not contain (``without``: the furniture around it). The development corpus
holds other pages of trafilatura (the 1.0.0 test cache ``tests/cache/`` and the assertions of
``realworld_tests.py``), never these; no site of any other set is taken. The facts of each page
are written by this script from those files, never by hand and never from our output:

* ``must_have``: the ``with`` snippets; ``must_not_have``: the ``without`` snippets (a
  ``without`` snippet found in the edition counts as a leaked boilerplate line);
* ``title``: the annotation's ``title`` when it has one; ``title_must_not_have``: the shorter
  parts of the page's ``<title>`` (as the other sets);
* no expected text and no ``body_start``/``body_end``: the facts are snippets only.

Selection rule, written before any run and never by looking at a page: pages of
``evaldata.json`` whose file is in ``tests/eval/`` at COMMIT, with at least two ``with`` and at
least one ``without`` snippet, whose site (the registered domain; for a ``web.archive.org``
copy, the archived page's) appears in no other set (the development corpus, ``heldout``,
``heldout_c``, ``zyte_dev``, ``heldout_d``, ``heldout_e``, ``heldout_f``, ``heldout_g``), one
per site, in the order of the SHA-256 of their URL (a fixed shuffle, so the sample is not
alphabetical), the first ``COUNT``.

Caveat: trafilatura's own rules were tuned on this benchmark, so its column (trafilatura
default) is favoured on this set; the snippets test the start, the end and hard places of the
body, not every line.

Written on 2026-12-03 BEFORE the seventh boilerplate pass of issue 15; the first evaluation on
it is kept as ``benchmarks/results/eval_realworld_heldout_h_before.txt``. Do not tune rules on
these pages: once that happens they are a development set.
The pages are the work of their publishers, redistributed by trafilatura (Apache-2.0,
``LICENSES/trafilatura-Apache-2.0-e90b0ef5.txt``) as evaluation data; kept here for testing.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from heldout_common import builder_main, git, known_sites, norm, site, write_page  # noqa: E402

OUT = HERE / "heldout_h"
COMMIT = "e90b0ef51ab026fdb905fb6c5b3c84dd3d784fd5"  # adbar/trafilatura
EVAL = "tests/eval"
ANNOTATION = "tests/evaldata.json"
COUNT = 40
_ARCHIVED = re.compile(r"^https?://web\.archive\.org/web/[^/]+/(.+)$")


def page_site(url: str) -> str:
    """The site of ``url``; for a copy in the Internet Archive, the archived page's site."""
    m = _ARCHIVED.match(url)
    return site(m.group(1) if m else url)


def _known_sites() -> set[str]:
    return known_sites(
        (
            "",
            "heldout",
            "heldout_c",
            "zyte_dev",
            "heldout_d",
            "heldout_e",
            "heldout_f",
            "heldout_g",
        )
    )


def choose(repo: Path) -> list[tuple[str, dict[str, Any]]]:
    known = _known_sites()
    listing = git(repo, "ls-tree", "-z", "--name-only", COMMIT, EVAL + "/").decode("utf-8")
    files = {n.rsplit("/", 1)[-1] for n in listing.split("\0") if n}
    truth: dict[str, Any] = json.loads(git(repo, "show", f"{COMMIT}:{ANNOTATION}"))
    order = sorted(truth, key=lambda u: hashlib.sha256(u.encode("utf-8")).hexdigest())
    chosen: list[tuple[str, dict[str, Any]]] = []
    taken: set[str] = set()
    for url in order:
        entry = truth[url]
        if entry.get("file") not in files:
            continue
        if len(entry.get("with") or []) < 2 or len(entry.get("without") or []) < 1:
            continue
        s = page_site(url)
        if not s or s in known or s in taken:
            continue
        taken.add(s)
        chosen.append((url, entry))
        if len(chosen) >= COUNT:
            break
    return chosen


def build(repo: Path, out: Path) -> None:
    pages_dir = out / "pages"
    pages_dir.mkdir(parents=True, exist_ok=True)
    for url, entry in choose(repo):
        data = git(repo, "show", f"{COMMIT}:{EVAL}/{entry['file']}")
        must_have = [norm(str(x)) for x in entry["with"] if norm(str(x))]
        digest = hashlib.sha256(url.encode("utf-8")).hexdigest()
        write_page(
            pages_dir,
            f"trafeval-{page_site(url).split('.')[0]}-{digest[:8]}",
            data,
            url=url,
            lines=None,
            kind="article",
            title=norm(str(entry.get("title") or "")) or None,
            title_source="trafilatura evaluation annotation (title)",
            must_have=must_have,
            must_not_have=[norm(str(x)) for x in entry["without"] if norm(str(x))],
            language_text="\n".join(must_have),
            source={
                "package": "adbar/trafilatura (GitHub)",
                "version": COMMIT,
                "path": f"{EVAL}/{entry['file']}",
                "facts": f"{ANNOTATION}[{url}] (with, without, title)",
            },
        )


def main(argv: list[str] | None = None) -> int:
    return builder_main(__doc__, build, OUT, "trafilatura's checkout", argv)


if __name__ == "__main__":
    raise SystemExit(main())
