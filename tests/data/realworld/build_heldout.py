
"""Build the HELD-OUT part of the real-world corpus from Mozilla Readability's test pages.

    python tests/data/realworld/build_heldout.py --repo DIR   # DIR: a checkout of
        https://github.com/mozilla/readability at commit COMMIT (test/test-pages/ is read)

A source other than the development corpus (trafilatura, newspaper4k): Readability.js keeps,
for each test page, the page as saved (``source.html``), the article its extractor is expected
to return (``expected.html``) and the metadata (``expected-metadata.json``: title, language).
The facts of each page here are written by this script from those files, never by hand and
never from our own output:

* ``title``: Readability's expected title; ``title_must_not_have``: the other parts of the
  page's ``<title>`` split at `` | `` / `` - `` (site furniture);
* ``expected_text``: every block of ``expected.html`` (paragraphs, list items, headings,
  captions, quotes), one a line; the evaluation scores each line of 20 characters or more as a
  body fact, and a line of 4 words or more that we keep and that is not in the expected text as
  a leaked boilerplate line;
* ``body_start`` / ``body_end``: the first and last paragraph of ``expected.html`` (80 chars).

Written on 2026-12-03 BEFORE the boilerplate and untranslatable changes of that day were run
on these pages; the first evaluation on them is kept as
``benchmarks/results/eval_realworld_heldout_before.txt``. Do not tune rules on these pages:
once that happens they are a development set, and a new held-out set must be written.
The pages are the work of their publishers, redistributed by Mozilla's test suite (Apache-2.0,
``LICENSES/mozilla-readability-Apache-2.0.txt``) as test fixtures; kept here for testing only.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import io
import json
import re
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
OUT = HERE / "heldout"
COMMIT = "ab4027a8b37669745016869a37a504727992b2ba"

# Readability's test pages that are news or magazine articles (its other pages are synthetic
# markup tests, encyclopedias, docs, front pages). Chosen by kind of page, before any run.
PAGES = {
    "aktualne": "news", "bbc-1": "news", "breitbart": "news", "buzzfeed-1": "news",
    "citylab-1": "news", "cnet": "news", "cnn": "news", "engadget": "news", "folha": "news",
    "gmw": "news", "guardian-1": "news", "heise": "news", "herald-sun-1": "news",
    "la-nacion": "news", "lemonde-1": "news", "liberation-1": "news", "medicalnewstoday": "news",
    "msn": "news", "nytimes-1": "news", "nytimes-2": "news", "nytimes-3": "news",
    "nytimes-4": "news", "qq": "news", "salon-1": "news", "seattletimes-1": "news",
    "telegraph": "news", "theverge": "news", "tmz-1": "news", "wapo-1": "news", "wapo-2": "news",
    "yahoo-1": "news", "yahoo-3": "news", "yahoo-4": "news", "ars-1": "news", "aclu": "blog",
    "quanta-1": "news", "lwn-1": "news",
}  # fmt: skip

BLOCK_TAGS = (
    "p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "figcaption", "td",
    "th", "dd", "dt", "div", "section", "article", "figure", "ul", "ol", "table", "tr", "br",
)  # fmt: skip


def _norm(text: str) -> str:
    return " ".join(text.split())


def expected_lines(expected_html: str) -> tuple[list[str], list[str]]:
    """Every block of Readability's expected article, one a line; and its paragraphs."""
    from lxml import html as lxml_html

    doc = lxml_html.fragment_fromstring(expected_html, create_parent="div")
    paragraphs = [_norm(p.text_content()) for p in doc.iter("p")]
    for el in doc.iter(*BLOCK_TAGS):
        el.tail = "\n" + (el.tail or "")
        el.text = "\n" + (el.text or "")
    lines = [_norm(line) for line in doc.text_content().split("\n")]
    return [x for x in lines if x], [p for p in paragraphs if len(p) >= 40]


def _title_furniture(head_title: str, title: str) -> list[str]:
    out = []
    for part in re.split(r"\s+[|–—-]\s+", head_title):
        part = part.strip()
        if part and part.lower() not in title.lower() and title.lower() not in part.lower():
            out.append(part)
    return out


def _decode(data: bytes) -> str:
    m = re.search(rb"charset=[\"']?([A-Za-z0-9_-]+)", data[:4000])
    enc = m.group(1).decode("ascii") if m else "utf-8"
    try:
        return data.decode(enc)
    except (LookupError, UnicodeDecodeError):
        return data.decode("utf-8", "replace")


def _language(meta: dict[str, Any], html: str, text: str) -> str:
    lang = meta.get("lang")
    if isinstance(lang, str) and lang:
        return lang.split("-")[0].lower()
    m = re.search(r"<html[^>]*\blang=[\"']?([A-Za-z]{2,3})", html[:5000], flags=re.I)
    if m:
        return m.group(1).lower()
    from langdetect import DetectorFactory, detect

    DetectorFactory.seed = 0
    return str(detect(text)).split("-")[0]


def build(repo: Path, out: Path) -> None:
    from lxml import html as lxml_html

    pages_dir = out / "pages"
    pages_dir.mkdir(parents=True, exist_ok=True)
    for name, kind in sorted(PAGES.items()):
        base = repo / "test" / "test-pages" / name
        data = (base / "source.html").read_bytes()
        html = _decode(data)
        meta = json.loads((base / "expected-metadata.json").read_text(encoding="utf-8"))
        lines, paragraphs = expected_lines((base / "expected.html").read_text(encoding="utf-8"))
        doc = lxml_html.document_fromstring(html)
        head_title = _norm(doc.xpath("string(//title)"))
        canonical = doc.xpath("string(//link[@rel='canonical']/@href)").strip() or None
        title = _norm(meta.get("title") or "") or None
        page_id = f"moz-{name}"
        buf = io.BytesIO()
        with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0, compresslevel=9) as gz:
            gz.write(data)
        (pages_dir / f"{page_id}.html.gz").write_bytes(buf.getvalue())
        (pages_dir / f"{page_id}.expected.txt").write_text("\n".join(lines) + "\n", "utf-8")
        facts = {
            "id": page_id,
            "file": f"pages/{page_id}.html.gz",
            "sha256": hashlib.sha256(data).hexdigest(),
            "url": canonical,
            "language": _language(meta, html, "\n".join(lines)),
            "kind": kind,
            "title": title,
            "title_source": "readability expected-metadata.json",
            "title_must_not_have": _title_furniture(head_title, title) if title else [],
            "must_have": [],
            "must_not_have": [],
            "body_start": paragraphs[0][:80] if paragraphs else None,
            "body_end": paragraphs[-1][-80:] if paragraphs else None,
            "expected_text": f"pages/{page_id}.expected.txt",
            "source": {
                "package": "mozilla/readability (GitHub)",
                "version": COMMIT,
                "path": f"test/test-pages/{name}/source.html",
                "facts": f"test/test-pages/{name}/expected.html, expected-metadata.json",
            },
        }
        text = json.dumps(facts, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
        (pages_dir / f"{page_id}.json").write_text(text, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repo", type=Path, required=True, help="mozilla/readability checkout")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    build(args.repo, args.out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
