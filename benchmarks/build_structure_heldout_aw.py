"""Copy the held-out structure set AW: real article pages and real Markdown documents, rich in
inline links and headings, from a source no structure set and no body set uses (fifty-second
pass of the structure area, struct52: every link and heading kept, in every format).

    python benchmarks/build_structure_heldout_aw.py                                  # copy (once)
    python benchmarks/eval_structure_v.py --data benchmarks/data/html_structure_aw     # measure

Selection rule, fixed on 2026-12-07 before any run and before any change it measures (struct52),
never by looking at our output: **set AV's rule over a new source**. The new source is
**dom_smoothie** (``niklak/dom_smoothie``, a Rust port of Readability, MIT), whose test pages
are saved web pages (``test-pages/<group>/<name>/source.html``), each with the article the
extractor is expected to return (``expected.html``, else ``expected.md``), at ``DOM_COMMIT``
(fetched 2026-12-07 for this set, before any run). No structure set, body set, test or doc names
it (``dom_smoothie`` searched for in ``benchmarks/``, ``tests/`` and ``docs/``: none). Many of
its pages are copies of Mozilla Readability's test pages, whose sites the body sets hold: the
site rule below leaves those out, so what is drawn is the pages of sites no set holds.

* **HTML** (``html/smoothie-<group>-<name>.html`` with its expected text): a ``source.html`` of at
  least 10,000 bytes that holds an ``<html`` element (a whole saved page, not a hand-cut snippet)
  and has an ``expected.html`` (read with lxml, one line per paragraph, heading, list item, cell,
  code block) or else an ``expected.md`` (AV's reading: markdown-it-py, the same blocks); English
  (``heldout_common.language``); its article as ``eval_structure_v.article_facts`` counts it
  against that text holds at least 4 links and 2 headings; the page's site (its ``<link
  rel=canonical>``, else its ``og:url``, else ``<group>-<name>``) not a site of any page of the
  real-world corpus (every body set) nor a host named in any structure set's ``NOTICE.md``; the
  page not byte-identical to a page of the corpus or of a structure set, nor to a page drawn
  before it, and its ``<name>`` not the name of a Mozilla Readability test page a set holds
  (``moz-<name>``, ``mozilla-<name>``, ``readability-<name>`` in the corpus, ``<name>`` in a
  structure set: most pages without a canonical link are such copies); one page per site; in
  order of the SHA-256 of ``<group>/<name>``; the first 12 (fewer if the source holds fewer).
  (Amended before the set was written or run: the first draw of the committed rule gave the same
  page twice from two folders, ``ok/`` and ``not-matching/``, and copies of Mozilla's pages that
  carry no canonical link; nothing was measured.)
* **Markdown** (``md/smoothie-<group>-<name>.md``): every ``expected.md`` of the test pages,
  set AU's Markdown filter unchanged: 1,500 to 30,000 bytes, at least 4 inline links to an
  http(s) address and 2 ATX heading lines, not byte-identical to any file of any structure set;
  one per site (of its page, as above); in order of the SHA-256 of ``<group>/<name>``; the first
  12.

Licence, read before the draw: MIT (root ``LICENSE``, "Copyright (c) 2024 Mykola Humanov"); a
copy is written beside the set. What is counted is read from each source by independent parsers
(``eval_structure_v.py``: markdown-it-py, lxml), never from our reader.
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

OUT = HERE / "data" / "html_structure_aw"
REPO = Path("/work/.mirror/niklak+dom_smoothie/repo")
DOM_COMMIT = "fee84ec0e45ef12c6fd878a593330b9fbcafed44"
COUNT = 12
MIN_PAGE = 10_000
BLOCKS = ("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "td", "th", "pre")


def _git(*args: str) -> bytes:
    return subprocess.run(["git", "--git-dir", str(REPO), *args], check=True,
                          capture_output=True).stdout  # fmt: skip


def _sha(name: str) -> str:
    return hashlib.sha256(name.encode("utf-8")).hexdigest()


def _pages() -> dict[str, dict[str, int]]:
    """Each test page's folder (``<group>/<name>``) and its files with their sizes."""
    out: dict[str, dict[str, int]] = {}
    listed = _git("ls-tree", "-r", "-l", DOM_COMMIT, "test-pages/").decode()
    for row in listed.splitlines():
        meta, path = row.split("\t", 1)
        folder, _, leaf = path.removeprefix("test-pages/").rpartition("/")
        if folder and meta.split()[1] == "blob":
            out.setdefault(folder, {})[leaf] = int(meta.split()[3])
    return out


def _show(folder: str, leaf: str) -> bytes:
    return _git("show", f"{DOM_COMMIT}:test-pages/{folder}/{leaf}")


def html_text(html: str) -> str:
    """The text of an expected article in HTML, one line per block."""
    import lxml.html

    doc = lxml.html.document_fromstring(html)
    lines = []
    for el in doc.iter(*BLOCKS):
        text = " ".join(el.text_content().split())
        if text:
            lines.append(text)
    return "\n".join(lines) + "\n"


def taken_pages() -> tuple[set[str], set[str]]:
    """The SHA-256 of every page the corpus and the structure sets hold, and their page names."""
    import gzip

    digests: set[str] = set()
    names: set[str] = set()
    paths = list((HERE.parent / "tests" / "data" / "realworld").glob("**/pages/*.html.gz"))
    for data_dir in (HERE / "data").glob("html_structure*"):
        if data_dir != OUT:
            paths += data_dir.glob("**/*.html")
            paths += data_dir.glob("**/*.html.gz")
    for path in paths:
        data = path.read_bytes()
        if path.name.endswith(".gz"):
            data = gzip.decompress(data)
        digests.add(hashlib.sha256(data).hexdigest())
        name = path.name.split(".", 1)[0]
        names.add(name)
        for prefix in ("moz-", "mozilla-", "readability-"):
            if name.startswith(prefix):
                names.add(name.removeprefix(prefix))
    return digests, names


def _page_id(folder: str) -> str:
    return "smoothie-" + folder.replace("/", "-")


def corpus_pages(known: set[str]) -> list[tuple[str, bytes, bytes, str]]:
    from eval_structure_v import article_facts
    from heldout_common import decode, language

    out: list[tuple[str, bytes, bytes, str]] = []
    taken: set[str] = set()
    digests, names = taken_pages()
    for folder, files in sorted(_pages().items(), key=lambda f: _sha(f[0])):
        if files.get("source.html", 0) < MIN_PAGE or folder.rsplit("/", 1)[-1] in names:
            continue
        if "expected.html" not in files and "expected.md" not in files:
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
        if "expected.html" in files:
            text = html_text(_show(folder, "expected.html").decode("utf-8", "replace"))
            source = "expected.html"
        else:
            text = av.expected_text(_show(folder, "expected.md").decode("utf-8", "replace"))
            source = "expected.md"
        if not text.strip() or language(html, text) != "en":
            continue
        facts = article_facts(html, text)
        if len(facts["link"]) < 4 or len(facts["heading"]) < 2:
            continue
        taken.add(s)
        licence = (f"niklak/dom_smoothie at {DOM_COMMIT[:12]}, test-pages/{folder}/source.html "
                   f"and {source} (text), site {s}; see LICENSE (MIT)")  # fmt: skip
        out.append((_page_id(folder), page, text.encode("utf-8"), licence))
        if len(out) == COUNT:
            break
    return out


def markdown_files(known: set[str]) -> list[tuple[str, bytes, str]]:
    import build_structure_heldout_aa as aa

    saved = aa.OUT
    aa.OUT = OUT
    try:
        taken_digests = aa._taken_digests()
    finally:
        aa.OUT = saved
    out: list[tuple[str, bytes, str]] = []
    taken: set[str] = set()
    for folder, files in sorted(_pages().items(), key=lambda f: _sha(f[0])):
        if "expected.md" not in files:
            continue
        data = _show(folder, "expected.md")
        if not 1500 <= len(data) <= 30000 or data.count(b"](http") < 4:
            continue
        if len(av.HEADING.findall(data)) < 2 or hashlib.sha256(data).hexdigest() in taken_digests:
            continue
        html = ""
        if "source.html" in files:
            html = _show(folder, "source.html").decode("utf-8", "replace")
        s = av.page_site(folder.replace("/", "-"), html)
        if s in known or s in taken:
            continue
        taken.add(s)
        out.append((f"{_page_id(folder)}.md", data,
                    f"niklak/dom_smoothie at {DOM_COMMIT[:12]}, test-pages/{folder}/expected.md, "
                    f"site {s}; see LICENSE (MIT)"))  # fmt: skip
        if len(out) == COUNT:
            break
    return out


def main(argv: list[str]) -> int:
    notice = [
        "# Set AW: sources and licences",
        "",
        "Written by `benchmarks/build_structure_heldout_aw.py` (selection rule there) on "
        "2026-12-07, before struct52 changed any code it measures. dom_smoothie's licence is "
        "copied to `LICENSE-dom_smoothie-MIT.txt` beside this file.",
        "",
    ]
    av.OUT = OUT  # known_sites() leaves out this set's own NOTICE.md
    known = av.known_sites()
    (OUT / "md").mkdir(parents=True, exist_ok=True)
    (OUT / "html").mkdir(parents=True, exist_ok=True)
    for name, data, licence in markdown_files(known):
        (OUT / "md" / name).write_bytes(data)
        notice.append(f"- `md/{name}` ({len(data)} bytes): {licence}")
        print("md", name, len(data))
    for page_id, page, expected, licence in corpus_pages(known):
        (OUT / "html" / f"{page_id}.html").write_bytes(page)
        (OUT / "html" / f"{page_id}.expected.txt").write_bytes(expected)
        notice.append(f"- `html/{page_id}.html` and its expected text: {licence}")
        print("html", page_id, len(page))
    (OUT / "NOTICE.md").write_text("\n".join(notice) + "\n", encoding="utf-8")
    (OUT / "LICENSE-dom_smoothie-MIT.txt").write_bytes(_git("show", f"{DOM_COMMIT}:LICENSE"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
