"""Build HELD-OUT SET Q of the real-world corpus: Omnivore's Readability test pages.

    python tests/data/realworld/build_heldout_q.py --repo DIR   # DIR: a checkout (or bare
        mirror) of https://github.com/omnivore-app/omnivore at COMMIT

Omnivore (a read-it-later app) keeps its own fork of Readability.js, ``@omnivore/readability``
(``packages/readabilityjs``, declared Apache-2.0 in its ``package.json`` and README, as Mozilla's
original), with its own test pages: for each, the page as saved (``source.html``), its address
(``url.txt``), the article its extractor must return (``expected.html``) and the metadata
(``expected-metadata.json``: title). Omnivore's authors added these pages (news sites,
magazines, essays and blog posts of 2016-2023, several languages); they are **not** Mozilla's
test pages (set ``heldout/``): a page whose bytes or whose site another set holds is left out.
The ground truth is Omnivore's Readability fork's expected output, checked into its tests (the
same kind of reference as set ``heldout/``: another extractor's reading, which keeps some
furniture), not a language model's and not ours.

Facts (as set ``heldout/``, ``build_heldout.py``): ``expected_text`` = every block of
``expected.html`` (paragraphs, list items, headings, captions, quotes), one a line (whole
bodies: a kept line of 4+ words outside it is a leak); ``title`` = ``expected-metadata.json``'s
title; ``body_start``/``body_end`` from its first and last line of 40+ characters.

Selection rule, written and committed before any run and never by looking at a page or at our
output (the directory names and ``url.txt`` addresses only):

* every test page at ``COMMIT`` with a ``url.txt`` address, in directory-name order;
* not a page that is no article, by its address alone (``NOT_ARTICLES``: questions and answers,
  forum threads, a video, the app's own onboarding posts, a site's front page, a synthetic
  markup test, a conference-video page, a travel listing, a paper's abstract page, a private
  knowledge-base note);
* whose site no set of the corpus holds (sets dev to p) and whose bytes are no page of any set;
* whose expected output holds 3+ lines of 40+ characters;
* one page per site (the first by directory name), up to ``COUNT``.

Written on 2026-12-05 BEFORE the twenty-fifth boilerplate pass of issue 15 (body21); the first
evaluation on it is kept as
``benchmarks/results/body21-eval_realworld_heldout_q_before-2026-12-05.txt``. Do not tune rules
on these pages: once that happens they are a development set.
The pages are the work of their publishers, redistributed by Omnivore's Readability fork
(Apache-2.0, ``LICENSES/omnivore-readability-Apache-2.0.txt``) as test fixtures; kept here for
testing.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build_heldout import expected_lines  # noqa: E402
from heldout_common import builder_main, git, known_sites, norm, site, write_page  # noqa: E402

OUT = HERE / "heldout_q"
COMMIT = "322ce62b2e09a4fc8f328dde6003e7066953a9ca"  # omnivore-app/omnivore
DATA = "packages/readabilityjs/test/test-pages"
COUNT = 40
SETS_BEFORE = (
    "", "heldout", "heldout_c", "zyte_dev", "heldout_d", "heldout_e", "heldout_f", "heldout_g",
    "heldout_h", "heldout_i", "heldout_j", "heldout_k", "heldout_l", "heldout_m", "heldout_n",
    "heldout_o", "heldout_p",
)  # fmt: skip
# pages that are no article, told by their address (host and path) alone
NOT_ARTICLES = (
    "stackoverflow.com/questions/",  # questions and answers
    "mathoverflow.net/questions/",
    "zhihu.com/question/",
    "community.musictribe.com/discussions/",  # a forum thread
    "youtube.com/watch",  # a video
    "blog.omnivore.work/",  # the reader app's own onboarding posts
    "dg-docs.ole.dev/",  # a documentation site's front page
    "telegra.ph/Duplicates-the-title",  # a markup test written for the extractor
    "gdcvault.com/play/",  # a conference video page
    "sydney.com/things-to-do/",  # a travel listing
    "sciencedirect.com/science/article/abs/",  # a paper's abstract page
    "yuque.com/",  # a private knowledge-base note
)


def _show(repo: Path, path: str) -> bytes:
    return git(repo, "show", f"{COMMIT}:{path}")


def _known_bytes() -> set[str]:
    """The SHA-256 of every page of every set written before this one."""
    out = set()
    for sub in SETS_BEFORE:
        for facts in (HERE / sub / "pages").glob("*.json"):
            out.add(str(json.loads(facts.read_text(encoding="utf-8")).get("sha256")))
    return out


def choose(repo: Path) -> list[tuple[str, str, bytes, list[str], str | None]]:
    """(name, url, page bytes, expected lines, expected title) of the chosen pages."""
    names = sorted(git(repo, "ls-tree", "--name-only", f"{COMMIT}:{DATA}").decode().split())
    files = set(git(repo, "ls-tree", "-r", "--name-only", COMMIT, DATA).decode().split())
    known, known_bytes = known_sites(SETS_BEFORE), _known_bytes()
    chosen: list[tuple[str, str, bytes, list[str], str | None]] = []
    taken: set[str] = set()
    for name in names:
        base = f"{DATA}/{name}"
        needed = ("url.txt", "source.html", "expected.html", "expected-metadata.json")
        if any(f"{base}/{f}" not in files for f in needed) or len(chosen) >= COUNT:
            continue
        words = _show(repo, f"{base}/url.txt").decode("utf-8").split()
        url = words[0] if words else ""
        if not url.startswith("http") or any(x in url for x in NOT_ARTICLES):
            continue
        if not site(url) or site(url) in known or site(url) in taken:
            continue
        data = _show(repo, f"{base}/source.html")
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
        page_id = "omni-" + "".join(c if c.isalnum() else "-" for c in name.lower())
        write_page(
            pages_dir,
            page_id,
            data,
            url=url,
            lines=lines,
            kind="news",
            title=title,
            title_source="omnivore readability expected-metadata.json",
            source={
                "package": "omnivore-app/omnivore @omnivore/readability (GitHub)",
                "version": COMMIT,
                "path": f"{DATA}/{name}/source.html",
                "facts": f"{DATA}/{name}/expected.html, expected-metadata.json",
            },
        )


def main(argv: list[str] | None = None) -> int:
    return builder_main(__doc__, build, OUT, "omnivore's checkout or mirror", argv)


if __name__ == "__main__":
    raise SystemExit(main())
