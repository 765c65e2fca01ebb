"""Build HELD-OUT SET C of the real-world corpus from Zyte's article-extraction benchmark.

    python tests/data/realworld/build_heldout_c.py --repo DIR   # DIR: a checkout (or bare
        mirror) of https://github.com/scrapinghub/article-extraction-benchmark at COMMIT

A third source, other than the development corpus (trafilatura, newspaper4k) and Mozilla
Readability's test pages: the benchmark keeps 181 real article pages (``html/<sha256>.html.gz``)
and, for each, the article body its annotators wrote down (``ground-truth.json``:
``articleBody``, ``url``). The facts of each page are written by this script from those files,
never by hand and never from our output:

* ``expected_text``: every line of ``articleBody`` (its paragraphs), one a line; the evaluation
  scores each line of 20 characters or more as a body fact, and a line of 4 words or more that
  we keep and that is not in the expected text as a leaked boilerplate line;
* ``body_start`` / ``body_end``: the first and last paragraph of 40+ characters (80 chars);
* ``title``: none (the benchmark has no headline field); ``title_must_not_have``: the shorter
  parts of the page's ``<title>`` split at `` | `` / `` - `` / `` – `` when it has several
  (the site-name furniture), the longest part being taken as the headline.

Pages: one per site, sites that appear in neither the development corpus nor the first held-out
set, in the order of their benchmark id (a SHA-256), the first ``COUNT``; chosen by that rule
before any run, never by looking at a page.

``--dev`` writes ``zyte_dev/``: up to 60 more pages of the benchmark, one per site, from sites
that are NOT in set c: a development set of the same annotation, used to write rules.

Written on 2026-12-03 BEFORE the general boilerplate changes of issue 15's second pass; the
first evaluation on them is kept as ``benchmarks/results/eval_realworld_heldout_c_before.txt``.
Do not tune rules on these pages: once that happens they are a development set.
The pages are the work of their publishers, redistributed by the benchmark (MIT,
``LICENSES/article-extraction-benchmark-MIT.txt``) as evaluation data; kept here for testing.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import io
import json
import re
import subprocess
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

HERE = Path(__file__).resolve().parent
OUT = HERE / "heldout_c"
COMMIT = "4a3bc979f76c0df73cb95fe272e2fc1b96f9f010"  # scrapinghub/article-extraction-benchmark
COUNT = 36
DEV_COUNT = 60
DEV_OUT = HERE / "zyte_dev"
SECOND_LEVEL = {"co", "com", "org", "net", "ac", "gov", "ne", "or"}


def site(url: str) -> str:
    """The registered domain of ``url`` (``bbc.co.uk``, ``folha.com.br``, ``nytimes.com``)."""
    labels = (urlparse(url).hostname or "").lower().split(".")
    n = 3 if len(labels) >= 3 and labels[-2] in SECOND_LEVEL and len(labels[-1]) == 2 else 2
    return ".".join(labels[-n:])


def _norm(text: str) -> str:
    return " ".join(text.split())


def _git_show(repo: Path, path: str) -> bytes:
    if (repo / path).exists():
        return (repo / path).read_bytes()
    return subprocess.run(
        ["git", "-C", str(repo), "show", f"HEAD:{path}"], capture_output=True, check=True
    ).stdout


def known_sites(folders: tuple[str, ...] = ("", "heldout")) -> set[str]:
    """The sites of every page in the corpus folders ``folders`` (relative to this one): a new
    held-out set takes no page of a site that a set written before it already holds. Each set's
    script names the folders that existed when it was written, so its selection stays as run."""
    seen = set()
    for sub in folders:
        for facts in (HERE / sub / "pages").glob("*.json"):
            url = json.loads(facts.read_text(encoding="utf-8")).get("url")
            if url:
                seen.add(site(url))
    return seen


def _known_sites() -> set[str]:
    return known_sites(("", "heldout"))


def _decode(data: bytes) -> str:
    m = re.search(rb"charset=[\"']?([A-Za-z0-9_-]+)", data[:4000])
    enc = m.group(1).decode("ascii") if m else "utf-8"
    try:
        return data.decode(enc)
    except (LookupError, UnicodeDecodeError):
        return data.decode("utf-8", "replace")


def _language(html: str, text: str) -> str:
    m = re.search(r"<html[^>]*\blang=[\"']?([A-Za-z]{2,3})", html[:5000], flags=re.I)
    if m:
        return m.group(1).lower()
    from langdetect import DetectorFactory, detect

    DetectorFactory.seed = 0
    return str(detect(text)).split("-")[0]


def _title_furniture(head_title: str) -> list[str]:
    parts = [p.strip() for p in re.split(r"\s+[|–—-]\s+", head_title) if p.strip()]
    if len(parts) < 2:
        return []
    headline = max(parts, key=len)
    return [p for p in parts if p is not headline and len(p.split()) <= 4]


def choose(truth: dict[str, Any]) -> list[str]:
    known = _known_sites()
    chosen: list[str] = []
    taken: set[str] = set()
    for pid in sorted(truth):
        s = site(truth[pid]["url"])
        if s in known or s in taken:
            continue
        taken.add(s)
        chosen.append(pid)
        if len(chosen) == COUNT:
            break
    return chosen


def choose_dev(truth: dict[str, Any]) -> list[str]:
    """The benchmark's pages of sites that are NOT in set c (one per site, by id, at most
    ``DEV_COUNT``): a development set of the same annotation, opened for rule work (sites of
    set c never enter it, so set c stays sites that no rule was written on)."""
    held = {site(truth[pid]["url"]) for pid in choose(truth)}
    chosen: list[str] = []
    taken: set[str] = set()
    for pid in sorted(truth):
        s = site(truth[pid]["url"])
        if s in held or s in taken:
            continue
        taken.add(s)
        chosen.append(pid)
    return chosen[:DEV_COUNT]


def build(repo: Path, out: Path, *, dev: bool = False) -> None:
    from lxml import html as lxml_html

    truth: dict[str, Any] = json.loads(_git_show(repo, "ground-truth.json"))
    pages_dir = out / "pages"
    pages_dir.mkdir(parents=True, exist_ok=True)
    for pid in choose_dev(truth) if dev else choose(truth):
        entry = truth[pid]
        data = gzip.decompress(_git_show(repo, f"html/{pid}.html.gz"))
        html = _decode(data)
        lines = [_norm(x) for x in entry["articleBody"].split("\n")]
        lines = [x for x in lines if x]
        paragraphs = [x for x in lines if len(x) >= 40]
        doc = lxml_html.document_fromstring(html)
        head_title = _norm(doc.xpath("string(//title)"))
        s = site(entry["url"])
        page_id = f"zyte-{s.split('.')[0]}-{pid[:8]}"
        buf = io.BytesIO()
        with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0, compresslevel=9) as gz:
            gz.write(data)
        (pages_dir / f"{page_id}.html.gz").write_bytes(buf.getvalue())
        (pages_dir / f"{page_id}.expected.txt").write_text("\n".join(lines) + "\n", "utf-8")
        facts = {
            "id": page_id,
            "file": f"pages/{page_id}.html.gz",
            "sha256": hashlib.sha256(data).hexdigest(),
            "url": entry["url"],
            "language": _language(html, "\n".join(lines)),
            "kind": "news",
            "title": None,
            "title_source": "none (the benchmark has no title field)",
            "title_must_not_have": _title_furniture(head_title),
            "must_have": [],
            "must_not_have": [],
            "body_start": paragraphs[0][:80] if paragraphs else None,
            "body_end": paragraphs[-1][-80:] if paragraphs else None,
            "expected_text": f"pages/{page_id}.expected.txt",
            "source": {
                "package": "scrapinghub/article-extraction-benchmark (GitHub)",
                "version": COMMIT,
                "path": f"html/{pid}.html.gz",
                "facts": f"ground-truth.json[{pid}].articleBody",
            },
        }
        text = json.dumps(facts, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
        (pages_dir / f"{page_id}.json").write_text(text, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--repo", type=Path, required=True, help="the benchmark's checkout")
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument(
        "--dev",
        action="store_true",
        help="write the development pages of the benchmark (sites not in set c) to zyte_dev/",
    )
    args = parser.parse_args(argv)
    build(args.repo, args.out or (DEV_OUT if args.dev else OUT), dev=args.dev)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
