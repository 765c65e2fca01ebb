"""Build HELD-OUT SET R of the real-world corpus: newspaper's full-text test pages (2014-2015).

    python tests/data/realworld/build_heldout_r.py --repo DIR   # DIR: a checkout (or bare
        mirror) of https://github.com/AndyTheFactory/newspaper4k holding COMMIT

newspaper (Lucas Ou-Yang's newspaper3k, continued as newspaper4k; MIT, ``LICENSE``) kept from
December 2014 until November 2023 a full-text test suite (``ExhaustiveFullTextCase`` of
``tests/unit_tests.py``, commit ``18ca7ac``): real pages of some 80 news sites and magazines
(``tests/data/html/<base domain><n>.html``), their addresses (``tests/data/fulltext_url_list.txt``,
the n-th address of a base domain is file n) and the text newspaper's authors accepted as the
article's body (``tests/data/txt/<base domain><n>.txt``; where the extraction was wrong they wrote
the failure instead, e.g. "MISSED LAST PARAGRAPH"). The suite was removed in ``1da8e69``;
``COMMIT`` is its parent, the last commit that holds it. The development corpus holds 17 other
pages of newspaper4k's tests (its newer fixtures, ``np4k-*``, pages of 2019-2023 with
newspaper4k's expected text): **these pages and sites no set holds, but the same project's
kind of reference** (newspaper's own accepted output, which keeps some furniture of its own).

Facts: every non-empty line of the accepted text is a body line (whole bodies: a kept line of 4+
words outside it is a leak); no title (the suite asserts none); ``body_start``/``body_end`` from
its first and last line of 40+ characters. Written by a rule from the source's accepted text,
not from our output and not by a language model.

Selection rule, written and committed before any run and never by looking at a page or at our
output (the file list and the addresses only):

* every address of ``fulltext_url_list.txt`` at ``COMMIT``, in its order, with its file name by
  the suite's own rule (``get_base_domain`` + the address's count for that base domain);
* whose page and accepted text are both at ``COMMIT``;
* not a page that its address alone shows is no article (``NOT_ARTICLES``: videos, galleries and
  slideshows, a runway collection, a recipe card, a casting call, a gift-guide item);
* not a text that is a failure note (its first line has letters, none of them lower case);
* whose accepted text holds 3+ lines of 40+ characters;
* whose site no set of the corpus holds (sets dev to q) and whose bytes are no page of any set;
* one page per site (the first in list order), up to ``COUNT``.

Written on 2026-12-05 BEFORE the twenty-sixth boilerplate pass of issue 15 (body22, on main at
``e83767d``); the first evaluation on it is kept as
``benchmarks/results/body22-eval_realworld_heldout_r_before-2026-12-05.txt``. Do not tune rules
on these pages: once that happens they are a development set.
The pages are the work of their publishers, redistributed by newspaper (MIT,
``LICENSES/newspaper4k-MIT.txt``) as test fixtures; kept here for testing.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path
from urllib.parse import urlparse

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from heldout_common import builder_main, git, known_sites, norm, site, write_page  # noqa: E402

OUT = HERE / "heldout_r"
# AndyTheFactory/newspaper4k: the parent of 1da8e69 ("remove some unused, old test html files")
COMMIT = "a012967cfe4158ea6713476a3b2fe7e39c42b552"
URLS = "tests/data/fulltext_url_list.txt"
COUNT = 40
SETS_BEFORE = (
    "", "heldout", "heldout_c", "zyte_dev", "heldout_d", "heldout_e", "heldout_f", "heldout_g",
    "heldout_h", "heldout_i", "heldout_j", "heldout_k", "heldout_l", "heldout_m", "heldout_n",
    "heldout_o", "heldout_p", "heldout_q",
)  # fmt: skip
# pages that are no article, told by their address alone
NOT_ARTICLES = (
    "/video",  # a video page
    "//video.",
    "//videos.",
    "/galleries/",  # a photo gallery
    "?slide=",  # a slideshow
    "/runway/",  # a fashion show's collection
    "recipe.com/cheesy",  # a recipe card
    "/casting/",  # a casting call
    "/gift_guide/",  # a gift-guide item
)


def base_domain(url: str) -> str:
    """newspaper's ``get_base_domain`` (``tests/unit_tests.py``): the file-name stem."""
    domain = (urlparse(url).netloc or "").lower()
    tld = ".".join(domain.split(".")[-2:])
    n = 3 if tld in ("co.uk", "com.au", "au.com") else 2
    return ".".join(domain.split(".")[-n:])


def _show(repo: Path, path: str) -> bytes:
    return git(repo, "show", f"{COMMIT}:{path}")


def _known_bytes() -> set[str]:
    out = set()
    for sub in SETS_BEFORE:
        for facts in (HERE / sub / "pages").glob("*.json"):
            out.add(str(json.loads(facts.read_text(encoding="utf-8")).get("sha256")))
    return out


def _failure_note(lines: list[str]) -> bool:
    first = lines[0] if lines else ""
    return any(c.isalpha() for c in first) and not any(c.islower() for c in first)


def choose(repo: Path) -> list[tuple[str, str, bytes, list[str]]]:
    """(file stem, url, page bytes, accepted lines) of the chosen pages."""
    files = set(git(repo, "ls-tree", "-r", "--name-only", COMMIT, "tests/data").decode().split())
    urls = [u.strip() for u in _show(repo, URLS).decode("utf-8").splitlines() if u.strip()]
    known, known_bytes = known_sites(SETS_BEFORE), _known_bytes()
    counts: dict[str, int] = {}
    chosen: list[tuple[str, str, bytes, list[str]]] = []
    taken: set[str] = set()
    for url in urls:
        stem = base_domain(url)
        counts[stem] = counts.get(stem, 0) + 1
        name = f"{stem}{counts[stem]}"
        html, txt = f"tests/data/html/{name}.html", f"tests/data/txt/{name}.txt"
        if html not in files or txt not in files or len(chosen) >= COUNT:
            continue
        if any(x in url for x in NOT_ARTICLES):
            continue
        if not site(url) or site(url) in known or site(url) in taken:
            continue
        lines = [norm(x) for x in _show(repo, txt).decode("utf-8").splitlines() if norm(x)]
        if _failure_note(lines) or len([x for x in lines if len(x) >= 40]) < 3:
            continue
        data = _show(repo, html)
        if hashlib.sha256(data).hexdigest() in known_bytes:
            continue
        taken.add(site(url))
        chosen.append((name, url, data, lines))
    return chosen


def build(repo: Path, out: Path) -> None:
    pages_dir = out / "pages"
    pages_dir.mkdir(parents=True, exist_ok=True)
    for name, url, data, lines in choose(repo):
        write_page(
            pages_dir,
            "np3-" + "".join(c if c.isalnum() else "-" for c in name.lower()),
            data,
            url=url,
            lines=lines,
            kind="news",
            title=None,
            title_source="none (newspaper's full-text suite asserts no title)",
            source={
                "package": "AndyTheFactory/newspaper4k (GitHub), newspaper's full-text suite",
                "version": COMMIT,
                "path": f"tests/data/html/{name}.html",
                "facts": f"tests/data/txt/{name}.txt",
            },
        )


def main(argv: list[str] | None = None) -> int:
    return builder_main(__doc__, build, OUT, "newspaper4k's checkout or mirror", argv)


if __name__ == "__main__":
    raise SystemExit(main())
