"""Copy the held-out structure set AY: real article pages, rich in inline links or headings, from
a source no structure set and no body set uses (fifty-sixth pass of the structure area,
struct56: every link and heading kept, in every format).

    python benchmarks/build_structure_heldout_ay.py                                  # copy (once)
    python benchmarks/eval_structure_v.py --data benchmarks/data/html_structure_ay     # measure

Selection rule, fixed on 2026-12-08 before any run and before any change it measures (struct56),
never by looking at our output. **Set AX's rule over a new source**:

* **article_scraper** (the Rust article extractor of the News Flash feed reader, mirrored on
  GitHub as ``rijkvp/article-extractor``; GPL-3.0, root ``LICENSE``) at ``SCRAPER_COMMIT``: its
  test pages (``resources/tests/<group>/<name>/source.html``, each with the article it is
  expected to return, ``expected.html``): the groups ``ftr`` (pages of sites its full-text-rss
  site configurations read), ``images`` and ``readability`` (most of them copies of Mozilla's
  test pages, which the body sets hold: those are left out by the byte and name rules below).

No structure set, body set, test or doc names it (``article_scraper``, ``article-extractor`` of
``rijkvp``, ``news_flash``/``newsflash`` searched for in ``benchmarks/``, ``tests/`` and
``docs/``: only extractus's unrelated ``article-extractor``, a JavaScript library set r looked
at and did not take).

**HTML only** (the source keeps no expected Markdown): a page of at least 10,000 bytes that
holds an ``<html`` element (a whole saved page); with an expected text (``expected.html`` read
with lxml one line per paragraph, heading, list item, cell, code block, as AW and AX); English
(``heldout_common.language``; a page whose language cannot be told is left out); its article as
``eval_structure_v.article_facts`` counts it against that text holds **at least 4 links or at
least 2 headings** (AX's threshold); the page's site (``<link rel=canonical>``, else ``og:url``,
else the page's name) not a site of any page of the real-world corpus (every body set) nor a
host named in any structure set's ``NOTICE.md``; the page not byte-identical to a page of the
corpus, of a structure set, or drawn before it, and its folder's name not the name of a page a
set holds (Mozilla's test pages, as AW); one page per site; in order of the SHA-256 of the
page's folder (``<group>/<name>``); up to 24. A file the mirror lists but does not hold (its
size shown as ``BAD`` by ``git ls-tree -l``: ``images/planet_gnome/expected.html``) is taken as
no such file (amendment of 2026-12-08, made when the first run stopped on it, before anything was
written).

Licence, read before the draw: GPL-3.0 (the whole repository, its test pages with it); a copy is
written beside the set. The pages are the work of their publishers, redistributed by that
project as test fixtures; kept here for testing. What is counted is read from each source by
independent parsers (``eval_structure_v.py``: lxml), never from our reader.
"""

from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "tests" / "data" / "realworld"))

import build_structure_heldout_av as av  # noqa: E402
import build_structure_heldout_aw as aw  # noqa: E402

OUT = HERE / "data" / "html_structure_ay"
REPO = Path("/work/.mirror/rijkvp+article-extractor/repo")
SCRAPER_COMMIT = "844da346415d01a09ecbb7d1727c831566e16da6"
TESTS = "resources/tests/"
COUNT = 24
MIN_PAGE = 10_000


def _git(*args: str) -> bytes:
    return subprocess.run(["git", "--git-dir", str(REPO), *args], check=True,
                          capture_output=True).stdout  # fmt: skip


def _sha(name: str) -> str:
    return hashlib.sha256(name.encode("utf-8")).hexdigest()


def _pages() -> dict[str, dict[str, int]]:
    """Each test page's folder (``<group>/<name>``) and its files with their sizes."""
    out: dict[str, dict[str, int]] = {}
    for row in _git("ls-tree", "-r", "-l", SCRAPER_COMMIT, TESTS).decode().splitlines():
        meta, path = row.split("\t", 1)
        folder, _, leaf = path.removeprefix(TESTS).rpartition("/")
        size = meta.split()[3]
        if folder and meta.split()[1] == "blob" and size.isdigit():  # "BAD": absent from the
            out.setdefault(folder, {})[leaf] = int(size)  # mirror, taken as no such file
    return out


def _show(folder: str, leaf: str) -> bytes:
    return _git("show", f"{SCRAPER_COMMIT}:{TESTS}{folder}/{leaf}")


def corpus_pages(known: set[str]) -> list[tuple[str, bytes, bytes, str]]:
    from eval_structure_v import article_facts
    from heldout_common import decode, language

    out: list[tuple[str, bytes, bytes, str]] = []
    taken: set[str] = set()
    digests, names = aw.taken_pages()
    for folder, files in sorted(_pages().items(), key=lambda f: _sha(f[0])):
        if files.get("source.html", 0) < MIN_PAGE or "expected.html" not in files:
            continue
        if folder.rsplit("/", 1)[-1] in names:
            continue
        page = _show(folder, "source.html")
        digest = hashlib.sha256(page).hexdigest()
        if digest in digests:
            continue
        digests.add(digest)
        html = decode(page)
        if "<html" not in html[:5000].lower():
            continue
        s = av.page_site(folder.replace("/", "-"), html)
        if s in known or s in taken:
            continue
        text = aw.html_text(_show(folder, "expected.html").decode("utf-8", "replace"))
        try:
            if not text.strip() or language(html, text) != "en":
                continue
            facts = article_facts(html, text)
        except Exception:  # no language told, or a page lxml cannot read as text
            continue
        if len(facts["link"]) < 4 and len(facts["heading"]) < 2:
            continue
        taken.add(s)
        licence = (f"article_scraper (rijkvp/article-extractor) at {SCRAPER_COMMIT[:12]}, "
                   f"{TESTS}{folder}/source.html and expected.html (text), site {s}; "
                   "see LICENSE-article_scraper-GPL-3.0.txt")  # fmt: skip
        out.append(("scraper-" + folder.replace("/", "-"), page, text.encode("utf-8"), licence))
        if len(out) == COUNT:
            break
    return out


def main(argv: list[str]) -> int:
    notice = [
        "# Set AY: sources and licences",
        "",
        "Written by `benchmarks/build_structure_heldout_ay.py` (selection rule there) on "
        "2026-12-08, before struct56 changed any code it measures. article_scraper's licence "
        "is copied to `LICENSE-article_scraper-GPL-3.0.txt` beside this file.",
        "",
    ]
    av.OUT = OUT  # known_sites() leaves out this set's own NOTICE.md
    aw.OUT = OUT  # taken_pages() leaves out this set's own pages
    known = av.known_sites()
    (OUT / "html").mkdir(parents=True, exist_ok=True)
    for page_id, page, expected, licence in corpus_pages(known):
        (OUT / "html" / f"{page_id}.html").write_bytes(page)
        (OUT / "html" / f"{page_id}.expected.txt").write_bytes(expected)
        notice.append(f"- `html/{page_id}.html` and its expected text: {licence}")
        print("html", page_id, len(page))
    (OUT / "NOTICE.md").write_text("\n".join(notice) + "\n", encoding="utf-8")
    (OUT / "LICENSE-article_scraper-GPL-3.0.txt").write_bytes(
        _git("show", f"{SCRAPER_COMMIT}:LICENSE")
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
