"""Build HELD-OUT SET U of the real-world corpus: Mozilla's article test pages no set took.

    python tests/data/realworld/build_heldout_u.py --repo DIR
        # DIR: a checkout (or bare mirror) of https://github.com/mozilla/readability holding COMMIT

Mozilla's Readability.js keeps 130 test pages (``test/test-pages/<name>/``: ``source.html``,
``expected.html``, ``expected-metadata.json``). Set ``heldout/`` (``build_heldout.py``, 2026-12-03)
took 37 of them, chosen by name as news or magazine articles (its ``PAGES``); the others were
left as "synthetic markup tests, encyclopedias, docs, front pages". Many of those others are
real article pages all the same (blog posts, how-tos, trade press) that a named markup test was
written on. **Those pages, and only those, are this set**: pages of a source set ``heldout/``
used (the same kind of reference: Readability's expected output, another extractor's reading
that keeps some furniture), never taken by any body set; sites no body set holds. Not an
unseen kind of ground truth: unseen pages and sites. No body set used go-shiori/go-readability's
pages (copies of Mozilla's), codelucas/newspaper's (set r's suite) or goose3's (only a body's
beginning) as a new source either; see the twenty-ninth pass in docs/evaluation/realworld.md.

Facts (as set ``heldout/``, ``build_heldout.py``): ``expected_text`` = every block of
``expected.html``, one a line (whole bodies: a kept line of 4+ words outside it is a leak);
``title`` = ``expected-metadata.json``'s title; ``body_start``/``body_end`` from its first and
last line of 40+ characters.

Selection rule, written and committed before any run and never by looking at a page's text or
at our output (the directory names and the page's own address only; set t's rule over the
pages set ``heldout/`` left):

* every test page at ``COMMIT`` with ``source.html``, ``expected.html`` and
  ``expected-metadata.json``, in directory-name order;
* not a page set ``heldout/`` took (``build_heldout.PAGES``);
* with an address of its own (``<link rel=canonical>``, else ``og:url``): a synthetic markup
  test has none;
* not a page its address alone shows is no article (``NOT_ARTICLES``: an encyclopedia entry, a
  serial novel's chapter, a product's own page);
* whose site no set of the corpus holds (sets dev to t, omni-dev) and whose bytes are no page
  of any set;
* whose expected output holds 3+ lines of 40+ characters;
* one page per site (the first by directory name).

Written on 2026-12-05 BEFORE the twenty-ninth boilerplate pass of issue 15 (body25, on main at
``8fdc8952``); the first evaluation on it is kept as
``benchmarks/results/body25-eval_realworld_heldout_u_before-2026-12-05.txt``. Do not tune rules
on these pages: once that happens they are a development set.
The pages are the work of their publishers, redistributed by Mozilla's test suite (Apache-2.0,
``LICENSES/mozilla-readability-Apache-2.0.txt``) as test fixtures; kept here for testing.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build_heldout import PAGES, expected_lines  # noqa: E402
from heldout_common import decode, git, known_sites, norm, site, write_page  # noqa: E402

OUT = HERE / "heldout_u"
COMMIT = "ab4027a8b37669745016869a37a504727992b2ba"  # mozilla/readability, set heldout/'s
DATA = "test/test-pages"
# pages that are no article, told by their address alone
NOT_ARTICLES = (
    "wikipedia.org/wiki/",  # an encyclopedia entry
    "/fiction/",  # a serial novel's chapter
    "mozilla.org/en-US/firefox/",  # a product's own page
)
SETS_BEFORE = (
    "", "heldout", "heldout_c", "zyte_dev", "heldout_d", "heldout_e", "heldout_f", "heldout_g",
    "heldout_h", "heldout_i", "heldout_j", "heldout_k", "heldout_l", "heldout_m", "heldout_n",
    "heldout_o", "heldout_p", "heldout_q", "heldout_r", "omni_dev", "heldout_s", "heldout_t",
)  # fmt: skip


def _show(repo: Path, path: str) -> bytes:
    return git(repo, "show", f"{COMMIT}:{path}")


def _known_bytes() -> set[str]:
    """The SHA-256 of every page of every set written before this one."""
    out = set()
    for sub in SETS_BEFORE:
        for facts in (HERE / sub / "pages").glob("*.json"):
            out.add(str(json.loads(facts.read_text(encoding="utf-8")).get("sha256")))
    return out


def address(html: str) -> str:
    """The page's own address: ``<link rel=canonical>``, else ``og:url``."""
    from lxml import html as lxml_html

    doc = lxml_html.document_fromstring(html)
    for xpath in ("//link[@rel='canonical']/@href", "//meta[@property='og:url']/@content"):
        found = [str(x).strip() for x in doc.xpath(xpath) if str(x).strip()]
        if found:
            return found[0]
    return ""


def choose(repo: Path) -> list[tuple[str, str, bytes, list[str], str | None]]:
    """(name, url, page bytes, expected lines, expected title) of the chosen pages."""
    names = sorted(git(repo, "ls-tree", "--name-only", f"{COMMIT}:{DATA}").decode().split())
    files = set(git(repo, "ls-tree", "-r", "--name-only", COMMIT, DATA).decode().split())
    known, known_bytes = known_sites(SETS_BEFORE), _known_bytes()
    chosen: list[tuple[str, str, bytes, list[str], str | None]] = []
    taken: set[str] = set()
    for name in names:
        base = f"{DATA}/{name}"
        needed = ("source.html", "expected.html", "expected-metadata.json")
        if any(f"{base}/{f}" not in files for f in needed) or name in PAGES:
            continue
        data = _show(repo, f"{base}/source.html")
        url = address(decode(data))
        if not url.startswith("http") or not site(url) or site(url) in known | taken:
            continue
        if any(marker in url for marker in NOT_ARTICLES):
            continue
        if hashlib.sha256(data).hexdigest() in known_bytes:
            continue
        lines, _ = expected_lines(_show(repo, f"{base}/expected.html").decode("utf-8"))
        if len([x for x in lines if len(x) >= 40]) < 3:
            continue
        meta = json.loads(_show(repo, f"{base}/expected-metadata.json"))
        taken.add(site(url))
        chosen.append((name, url, data, lines, norm(str(meta.get("title") or "")) or None))
    return chosen


def build(repo: Path, out: Path) -> None:
    pages_dir = out / "pages"
    pages_dir.mkdir(parents=True, exist_ok=True)
    for name, url, data, lines, title in choose(repo):
        page_id = "mozilla-" + "".join(c if c.isalnum() else "-" for c in name.lower())
        write_page(
            pages_dir,
            page_id,
            data,
            url=url,
            lines=lines,
            kind="news",
            title=title,
            title_source="Readability expected-metadata.json",
            source={
                "package": "mozilla/readability (GitHub)",
                "version": COMMIT,
                "path": f"{DATA}/{name}/source.html",
                "facts": f"{DATA}/{name}/expected.html, expected-metadata.json",
            },
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--repo", type=Path, required=True, help="mozilla/readability's mirror")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    build(args.repo, args.out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
