"""caps45: which lines of the development pages and feeds the title-case rule reads as title case.

For the headings and titles (kinds ``title``/``heading``), the list items and the feed item
titles of the development inputs (probe43's NASA pages and feed, probe44's White House pages and
feed, the 45 pages of ``html_structure_r`` that ``editions_identity.py`` reads, caps44's 60
development headlines): how many are in title case by :func:`translate.titlecase.titled`, and
(``--list``) each line whose reading differs from caps44's rule (every common word of five
letters or more capitalised, an unknown word not counted), which is re-stated here.

A feed item's title reaches the pipeline as a ``title`` block when the item has a description
or content (``translate/feeds/run.py``), as a ``paragraph`` when it is the item's only text.

    python benchmarks/scan_caps45_headings.py [--list]
"""

from __future__ import annotations

import gzip
import json
import platform
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

from translate import titlecase
from translate.capitals import common_test, shouting
from translate.errors import TranslateError
from translate.read import read_article

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "benchmarks" / "data"


def caps44_titled(text: str, plain: titlecase.WordTest) -> bool:
    """caps44's rule (``titled`` at 9f4555c9): unknown words do not count."""
    words = [w for i, (s, _, w) in enumerate(titlecase._spans(text))
             if i and not titlecase._STOP.search(text[max(0, s - 6):s])]  # fmt: skip
    common = [w for w in words if not w.isupper() and plain(titlecase._safe_lower(w))]
    capped = sum(1 for w in common if titlecase._capitalised(w))
    longer = [w for w in common if len(w) >= titlecase.SHORT]
    return (capped >= titlecase.MIN_CAPPED
            and sum(1 for w in longer if titlecase._capitalised(w)) >= titlecase.SHARE * len(longer)
            and all(titlecase._capitalised(w) for w in common if len(w) >= titlecase.LONG)
            and not shouting(text, plain))


def pages() -> list[Path]:
    out = sorted(p for d in ("probe43_en", "probe44_en") for p in (DATA / d).iterdir()
                 if p.suffix in {".md", ".html"} and p.name != "README.md")  # fmt: skip
    return out + sorted((DATA / "html_structure_r").glob("*.source.html.gz"))


def lines() -> list[tuple[str, str, str]]:
    """(source, kind, text) of every heading, title and list item, and each feed item title."""
    out: list[tuple[str, str, str]] = []
    with tempfile.TemporaryDirectory() as tmp:
        for path in pages():
            if path.suffix == ".gz":
                plain = Path(tmp) / path.name.replace(".source.html.gz", ".html")
                plain.write_bytes(gzip.decompress(path.read_bytes()))
                path = plain
            try:
                article = read_article(path)
            except TranslateError:  # a page with no article text: nothing to scan
                continue
            out += [(path.name, b.kind, b.text) for b in article.blocks
                    if b.kind in {"title", "heading", "list_item"}]  # fmt: skip
    for feed in ("probe43_en", "probe44_en"):
        for item in ET.parse(DATA / feed / "feed.xml").getroot().iter("item"):
            title = " ".join((item.findtext("title") or "").split())
            body = (item.findtext("description") or "").strip()
            out.append((f"{feed}/feed.xml", "feed-title" if body else "feed-title-only", title))
    for row in (DATA / "caps44" / "dev_nasa.jsonl").read_text().splitlines():
        out.append(("caps44/dev_nasa.jsonl", "title", json.loads(row)["title"]))
    return out


def main(argv: list[str]) -> int:
    plain = common_test("en")
    assert plain is not None
    print(f"# {time.strftime('%Y-%m-%dT%H:%MZ', time.gmtime())} scan_caps45_headings; "
          f"{platform.machine()}; Python {platform.python_version()}")
    total: Counter[str] = Counter()
    old: Counter[str] = Counter()
    new: Counter[str] = Counter()
    for source, kind, text in lines():
        was, now = caps44_titled(text, plain), titlecase.titled(text, plain)
        total[kind] += 1
        old[kind] += was
        new[kind] += now
        if was != now and "--list" in argv:
            print(f"{source}\t{kind}\t{'title->not' if was else 'not->title'}\t{text}")
    for kind in sorted(total):
        print(f"{kind}: {total[kind]} lines, in title case by caps44's rule {old[kind]}, "
              f"by this tree's {new[kind]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
