"""Copy the held-out structure set AA: real article pages and real Markdown documents, rich in
inline links and headings, that no structure set and no body set uses (seventeenth structure
pass: every link and heading kept, in every format).

    python benchmarks/build_structure_heldout_aa.py                                  # copy (once)
    python benchmarks/eval_structure_v.py -v --data benchmarks/data/html_structure_aa  # measure

Selection rule, fixed on 2026-12-05 before any run and before any change it measures (struct17,
seventeenth pass), never by looking at our output:

* **HTML, WCXB 1.0 development split** (``html/wcxb-a<id>-<site>.html.gz`` with its expected
  text): pages of ``dev/`` of Murrough-Foley/web-content-extraction-benchmark at ``WCXB_COMMIT``
  whose ``_internal.page_type.primary`` is ``article`` (confidence ``high`` or ``verified``, not
  ``needs_review``) with a non-empty ``main_content``, whose site is in NO set of the real-world
  corpus (``tests/data/realworld/*/pages``, set h's archived sites by their archived site too)
  and in no structure set (``benchmarks/data/html_structure*``; their corpus pages' sites), and
  is none of the pages honest19 read by hand (set o's ``READ_BY_HAND``); English (the
  ``<html lang>`` attribute, else langdetect on the ground truth: ``heldout_common.language``);
  whose article, as ``eval_structure_v.article_facts`` counts it against the expected text
  (``main_content``, one paragraph a line, as set o writes it), holds at least 4 links and at
  least 2 headings (set Y's and Z's rule); one page per site; in order of the SHA-256 of the
  page id; the first 12.
* **Markdown, mirrored repositories** (``md/<mirror>--<path>``): set Z's rule (every ``*.md`` at
  ``HEAD``, no language-tag, ``node_modules`` or ``vendor`` directory, 1,500 to 30,000 bytes, at
  least 4 inline links to an http(s) address and 2 ATX heading lines, not byte-identical to any
  file of any structure set, Z included, or of ``tests/data/markdown``; one per repository, the
  first in order of the SHA-256 of its path) over the mirrors named in ``MIRRORS_AA`` (the 19
  of set Z's pass and seven fetched for this set before any run: rust-lang/book, jekyll/jekyll,
  then, when those gave only 8 documents, mkdocs/mkdocs, nodejs/nodejs.org,
  github/choosealicense.com, rust-lang/rust-by-example, rust-lang/this-week-in-rust),
  repositories in name order; the first 12. Amended once, before any measurement: a file whose
  name ends in a language tag (``README_zh.md``: a translation) is left out like a file under a
  language-tag directory (the first copy took WebMainBench's Chinese README).

What is counted is read from each source by independent parsers (``eval_structure_v.py``:
markdown-it-py with its footnote/deflist plugins, lxml), never from our reader.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import re
import sys
from pathlib import Path
from urllib.parse import urlsplit

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT / "tests" / "data" / "realworld"))

import build_structure_heldout_x as x  # noqa: E402
import build_structure_heldout_z as z  # noqa: E402

OUT = HERE / "data" / "html_structure_aa"
CORPUS = ROOT / "tests" / "data" / "realworld"
WCXB = z.MIRRORS / "Murrough-Foley+web-content-extraction-benchmark" / "repo"
WCXB_COMMIT = "c039d5ee9f5a3a984a0e167e63aacd04e76e78a9"
COUNT = 12
LANG_SUFFIX = re.compile(r"[._](?:[a-z]{2}(?:[-_][A-Za-z]{2,4})?)\.md$", re.I)
MIRRORS_AA = (
    "Homebrew+brew", "Murrough-Foley+web-content-extraction-benchmark", "NicolasLM+atoma",
    "Saelaress+web-content-extraction-benchmark-extended", "adbar+trafilatura",
    "alan-turing-institute+ReadabiliPy", "chatnoir-eu+web-content-extraction-benchmark",
    "danmactough+node-feedparser", "feed-rs+feed-rs", "feedjira+feedjira", "flairNLP+fundus",
    "github+opensource.guide", "goose3+goose3", "jekyll+jekyll", "kurtmckee+feedparser",
    "lemon24+reader", "opendatalab+WebMainBench", "python+python-docs-pt-br", "rust-lang+book",
    "rust-lang+rfcs", "tiptopjaw+web-content-extraction-benchmark", "github+choosealicense.com",
    "mkdocs+mkdocs", "nodejs+nodejs.org", "rust-lang+rust-by-example",
    "rust-lang+this-week-in-rust",
)  # fmt: skip


def _git(*args: str) -> bytes:
    return z._git(WCXB, *args)


def _known_sites() -> tuple[set[str], set[str]]:
    """Sites and page ids of every corpus set and every structure set's corpus pages."""
    from build_heldout_h import page_site
    from heldout_common import site

    sites: set[str] = set()
    ids: set[str] = set()
    for meta_path in CORPUS.glob("*/pages/*.json"):
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        url = str(meta.get("url") or "")
        ids.add(str(meta.get("id")))
        if url:
            sites.add(site(url))
            sites.add(page_site(url))
    for gz in (HERE / "data").glob("html_structure*/html/*.html.gz"):
        ids.add(gz.name.removesuffix(".html.gz"))
    for meta_path in CORPUS.glob("*/pages/*.json"):
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        if str(meta.get("id")) in ids and meta.get("url"):
            sites.add(site(str(meta["url"])))
    import build_heldout_o as o

    for path in o.READ_BY_HAND:
        truth = json.loads(_git("show", f"{WCXB_COMMIT}:{path}"))
        sites.add(site(str(truth.get("url") or "")))
    return sites, ids


def corpus_pages() -> list[tuple[str, bytes, bytes, str]]:
    from eval_structure_v import article_facts
    from heldout_common import decode, language, norm, site

    known, _ = _known_sites()
    listed = _git("ls-tree", "--name-only", WCXB_COMMIT, "dev/html/").decode().split()
    html = {n.rsplit("/", 1)[-1].removesuffix(".html.gz") for n in listed}
    truths = {n.rsplit("/", 1)[-1].removesuffix(".json")
              for n in _git("ls-tree", "--name-only", WCXB_COMMIT,
                            "dev/ground-truth/").decode().split()}  # fmt: skip
    out: list[tuple[str, bytes, bytes, str]] = []
    taken: set[str] = set()
    for pid in sorted(html & truths, key=x._sha):
        truth = json.loads(_git("show", f"{WCXB_COMMIT}:dev/ground-truth/{pid}.json"))
        kind = (truth.get("_internal") or {}).get("page_type") or {}
        if kind.get("primary") != "article" or kind.get("confidence") not in ("high", "verified"):
            continue
        if kind.get("needs_review"):
            continue
        s = site(str(truth.get("url") or ""))
        body = str((truth.get("ground_truth") or {}).get("main_content") or "")
        lines = [t for t in (norm(line) for line in body.splitlines()) if t]
        if not s or s in known or s in taken or not lines:
            continue
        page = gzip.decompress(_git("show", f"{WCXB_COMMIT}:dev/html/{pid}.html.gz"))
        if language(decode(page), "\n".join(lines)) != "en":
            continue
        expected = ("\n".join(lines) + "\n").encode("utf-8")
        facts = article_facts(page.decode("utf-8", "replace"), expected.decode("utf-8"))
        if len(facts["link"]) < 4 or len(facts["heading"]) < 2:
            continue
        taken.add(s)
        host = (urlsplit(str(truth["url"])).hostname or "").removeprefix("www.")
        licence = (f"Murrough-Foley/web-content-extraction-benchmark at {WCXB_COMMIT[:12]}, "
                   f"dev/html/{pid}.html.gz and dev/ground-truth/{pid}.json (main_content), "
                   f"{host}; see LICENSE (CC-BY-4.0)")  # fmt: skip
        out.append((f"wcxb-a{pid}-{s.split('.')[0]}", gzip.compress(page, mtime=0), expected,
                    licence))  # fmt: skip
        if len(out) == COUNT:
            break
    return out


def _taken_digests() -> set[str]:
    """SHA-256 of every file of every structure set but this one, and of ``tests/data/markdown``."""
    digests: set[str] = set()
    roots = [p for p in (HERE / "data").glob("html_structure*") if p.is_dir() and p != OUT]
    roots.append(ROOT / "tests" / "data" / "markdown")
    for root in roots:
        for path in root.rglob("*"):
            if path.is_file():
                raw = path.read_bytes()
                if path.name.endswith(".gz"):
                    raw = gzip.decompress(raw)
                digests.add(hashlib.sha256(raw).hexdigest())
    return digests


def markdown_files() -> list[tuple[str, bytes, str]]:
    taken = _taken_digests()
    out: list[tuple[str, bytes, str]] = []
    for mirror_name in sorted(MIRRORS_AA):
        repo = z.MIRRORS / mirror_name / "repo"
        commit = z._git(repo, "rev-parse", "HEAD").decode().strip()
        names = z._git(repo, "ls-tree", "-r", "--name-only", "HEAD").decode().splitlines()
        roots = [n for n in names if "/" not in n]
        licences = [n for n in roots if n.upper().startswith(("LICENSE", "COPYING"))]
        for name in sorted(names, key=x._sha):
            if not name.lower().endswith(".md"):
                continue
            dirs = name.split("/")[:-1]
            if any(z.LANG_DIR.match(d) or d in ("node_modules", "vendor") for d in dirs):
                continue
            if LANG_SUFFIX.search(name.rsplit("/", 1)[-1]):
                continue
            data = z._git(repo, "show", f"HEAD:{name}")
            if not 1500 <= len(data) <= 30000 or data.count(b"](http") < 4:
                continue
            if len(z.HEADING.findall(data)) < 2 or hashlib.sha256(data).hexdigest() in taken:
                continue
            licence = ", ".join(licences) or "no licence file at the root"
            out.append((f"{mirror_name}--{name.replace('/', '--')}", data,
                        f"{mirror_name} at {commit[:12]}; see {licence}"))  # fmt: skip
            break
        if len(out) == COUNT:
            break
    return out


def main(argv: list[str]) -> int:
    notice = [
        "# Set AA: sources and licences",
        "",
        "Written by `benchmarks/build_structure_heldout_aa.py` (selection rule there) on "
        "2026-12-05, before the seventeenth structure pass changed any code it measures.",
        "",
    ]
    (OUT / "md").mkdir(parents=True, exist_ok=True)
    (OUT / "html").mkdir(parents=True, exist_ok=True)
    for name, data, licence in markdown_files():
        (OUT / "md" / name).write_bytes(data)
        notice.append(f"- `md/{name}` ({len(data)} bytes): {licence}")
        print("md", name, len(data))
    for page_id, page, expected, licence in corpus_pages():
        (OUT / "html" / f"{page_id}.html.gz").write_bytes(page)
        (OUT / "html" / f"{page_id}.expected.txt").write_bytes(expected)
        notice.append(f"- `html/{page_id}.html.gz` and its expected text: {licence}")
        print("html", page_id, len(page))
    (OUT / "NOTICE.md").write_text("\n".join(notice) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
