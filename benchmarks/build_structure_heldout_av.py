"""Copy the held-out structure set AV: real article pages and real Markdown documents, rich in
inline links and headings, from a source no structure set and no body set uses (fiftieth pass of
the structure area, struct50: every link and heading kept, in every format).

    python benchmarks/build_structure_heldout_av.py                                  # copy (once)
    python benchmarks/eval_structure_v.py --data benchmarks/data/html_structure_av     # measure

Selection rule, fixed on 2026-12-07 before any run and before any change it measures (struct50),
never by looking at our output: **set AU's rule over a new source**. WCXB, where every set from
AA to AU drew its HTML pages, holds no English article site that no set holds (set AT found 11,
AU's draw its last); the new source is **Defuddle** (``kepano/defuddle``, the content extractor
of the Obsidian Web Clipper, MIT), whose test fixtures are saved web pages
(``tests/fixtures/<name>.html``), each with the Markdown the extractor is expected to write for
its article (``tests/expected/<name>.md``), at ``DEFUDDLE_COMMIT`` (fetched 2026-12-07 for this
set, before any run). No structure set, body set, test or doc names it (``defuddle`` searched
for in ``benchmarks/``, ``tests/`` and ``docs/``, case folded: none found).

* **HTML** (``html/defuddle-<name>.html`` with its expected text): a fixture of at least 10,000
  bytes that holds an ``<html`` element (a whole saved page, not a hand-cut snippet) and has an
  expected Markdown file; English (``heldout_common.language``: the ``<html lang>`` attribute,
  else langdetect on the expected text); the expected text is the expected Markdown's
  text (the JSON metadata block at its top left out, the rest rendered by markdown-it-py and
  read block by block with lxml: one line per paragraph, heading, list item, cell, quote line);
  its article as ``eval_structure_v.article_facts`` counts it against that text holds at least 4
  links and 2 headings; the page's site (``heldout_common.site`` of its ``<link
  rel=canonical>``, else its ``og:url``, else the fixture's name up to its first ``--``) not a
  site of any page of the real-world corpus (every body set) nor a host named in any structure
  set's ``NOTICE.md``; one page per site; in order of the SHA-256 of the fixture's name; the
  first 12 (fewer if the source holds fewer).
* **Markdown** (``md/defuddle-<name>.md``): every expected Markdown file of the fixtures (the
  extractor's Markdown of a real page: a web clipping as a note-taking app saves it), set AU's
  Markdown filter unchanged: 1,500 to 30,000 bytes, at least 4 inline links to an http(s)
  address and 2 ATX heading lines, not byte-identical to any file of any structure set; one per
  site (as above, of its fixture page); in order of the SHA-256 of its name; the first 12.
  AU's "one per repository" becomes one per site: the source is one repository.

Licence, read before the draw: MIT (root ``LICENSE``, "Copyright (c) 2025 Steph Ango
(@kepano)"); a copy is written beside the set. What is counted is read from each source by
independent parsers (``eval_structure_v.py``: markdown-it-py with its footnote/deflist plugins,
lxml), never from our reader.
"""

from __future__ import annotations

import hashlib
import json
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT / "tests" / "data" / "realworld"))

OUT = HERE / "data" / "html_structure_av"
CORPUS = ROOT / "tests" / "data" / "realworld"
REPO = Path("/work/.mirror/kepano+defuddle/repo")
DEFUDDLE_COMMIT = "6de16345bbc822e69397bd6a126861bad9ff469f"
COUNT = 12
MIN_PAGE = 10_000
HEADING = re.compile(rb"(?m)^ {0,3}#{1,6}[ \t]")
HOST = re.compile(r"\b((?:[a-z0-9-]+\.)+[a-z]{2,})\b")
META_BLOCK = re.compile(r"\A```json\n.*?\n```\n", re.S)


def _git(*args: str) -> bytes:
    return subprocess.run(["git", "--git-dir", str(REPO), *args], check=True,
                          capture_output=True).stdout  # fmt: skip


def _sha(name: str) -> str:
    return hashlib.sha256(name.encode("utf-8")).hexdigest()


def known_sites() -> set[str]:
    """Every real-world corpus page's site and every host a structure set's NOTICE.md names."""
    from heldout_common import site

    sites: set[str] = set()
    for meta_path in CORPUS.glob("**/pages/*.json"):
        url = str(json.loads(meta_path.read_text(encoding="utf-8")).get("url") or "")
        if url:
            sites.add(site(url))
    for notice in (HERE / "data").glob("html_structure*/NOTICE.md"):
        if notice.parent == OUT:
            continue
        for host in HOST.findall(notice.read_text(encoding="utf-8").lower()):
            if not host.endswith((".md", ".html", ".txt", ".gz", ".json", ".py")):
                sites.add(site("https://" + host))
    return sites


def page_site(name: str, html: str) -> str:
    from heldout_common import site

    for pattern in (r"<link[^>]+rel=[\"']canonical[\"'][^>]*href=[\"']([^\"']+)",
                    r"<link[^>]+href=[\"']([^\"']+)[\"'][^>]*rel=[\"']canonical",
                    r"<meta[^>]+property=[\"']og:url[\"'][^>]*content=[\"']([^\"']+)"):  # fmt: skip
        m = re.search(pattern, html, flags=re.I)
        if m and m.group(1).startswith(("http://", "https://")):
            return site(m.group(1))
    return name.split("--", 1)[0]


def expected_text(markdown: str) -> str:
    """The text of an expected Markdown file, one line per block (its JSON metadata left out)."""
    import lxml.html
    from markdown_it import MarkdownIt

    body = META_BLOCK.sub("", markdown)
    html = MarkdownIt("commonmark").enable("table").render(body)
    if not html.strip():
        return ""
    doc = lxml.html.fragment_fromstring(html, create_parent="div")
    lines = []
    for el in doc.iter("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "td", "th", "pre"):
        text = " ".join(el.text_content().split())
        if text:
            lines.append(text)
    return "\n".join(lines) + "\n"


def _fixtures() -> list[tuple[str, int]]:
    out = []
    listed = _git("ls-tree", "-r", "-l", DEFUDDLE_COMMIT, "tests/fixtures/").decode()
    for row in listed.splitlines():
        meta, path = row.split("\t", 1)
        if path.endswith(".html"):
            out.append((path.removeprefix("tests/fixtures/").removesuffix(".html"),
                        int(meta.split()[3])))  # fmt: skip
    return out


def _expected_names() -> set[str]:
    listed = _git("ls-tree", "--name-only", DEFUDDLE_COMMIT, "tests/expected/").decode().split()
    return {n.rsplit("/", 1)[-1].removesuffix(".md") for n in listed if n.endswith(".md")}


def corpus_pages(known: set[str]) -> list[tuple[str, bytes, bytes, str]]:
    from eval_structure_v import article_facts
    from heldout_common import decode, language

    expected = _expected_names()
    out: list[tuple[str, bytes, bytes, str]] = []
    taken: set[str] = set()
    for name, size in sorted(_fixtures(), key=lambda f: _sha(f[0])):
        if size < MIN_PAGE or name not in expected:
            continue
        page = _git("show", f"{DEFUDDLE_COMMIT}:tests/fixtures/{name}.html")
        html = decode(page)
        if "<html" not in html[:5000].lower():
            continue
        s = page_site(name, html)
        if s in known or s in taken:
            continue
        md = _git("show", f"{DEFUDDLE_COMMIT}:tests/expected/{name}.md").decode("utf-8")
        text = expected_text(md)
        if not text.strip() or language(html, text) != "en":
            continue
        facts = article_facts(html, text)
        if len(facts["link"]) < 4 or len(facts["heading"]) < 2:
            continue
        taken.add(s)
        licence = (f"kepano/defuddle at {DEFUDDLE_COMMIT[:12]}, tests/fixtures/{name}.html and "
                   f"tests/expected/{name}.md (text), site {s}; see LICENSE (MIT)")  # fmt: skip
        out.append((f"defuddle-{name}", page, text.encode("utf-8"), licence))
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
    fixtures = dict(_fixtures())
    for name in sorted(_expected_names(), key=_sha):
        data = _git("show", f"{DEFUDDLE_COMMIT}:tests/expected/{name}.md")
        if not 1500 <= len(data) <= 30000 or data.count(b"](http") < 4:
            continue
        if len(HEADING.findall(data)) < 2 or hashlib.sha256(data).hexdigest() in taken_digests:
            continue
        html = ""
        if name in fixtures:
            html = _git("show", f"{DEFUDDLE_COMMIT}:tests/fixtures/{name}.html").decode(
                "utf-8", "replace"
            )
        s = page_site(name, html)
        if s in known or s in taken:
            continue
        taken.add(s)
        out.append((f"defuddle-{name}.md", data,
                    f"kepano/defuddle at {DEFUDDLE_COMMIT[:12]}, tests/expected/{name}.md, "
                    f"site {s}; see LICENSE (MIT)"))  # fmt: skip
        if len(out) == COUNT:
            break
    return out


def main(argv: list[str]) -> int:
    notice = [
        "# Set AV: sources and licences",
        "",
        "Written by `benchmarks/build_structure_heldout_av.py` (selection rule there) on "
        "2026-12-07, before struct50 changed any code it measures. Defuddle's licence is copied "
        "to `LICENSE-defuddle-MIT.txt` beside this file.",
        "",
    ]
    known = known_sites()
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
    (OUT / "LICENSE-defuddle-MIT.txt").write_bytes(_git("show", f"{DEFUDDLE_COMMIT}:LICENSE"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
