"""caps47: title-case headings holding a quotation closed by "!" or "?" and followed by a word,
on the development inputs, each sent through the pipeline with caps46's two halves and with the
first only.

Sources (development only): caps44's White House and NASA headlines (jsonl, title and body),
probe43's and probe44's pages and feeds, the structure sets R..AH and AJ (AI and AK..AT are held
out), the real-world body sets dev (``pages``), ``zyte_dev``, ``omni_dev``, ``heldout`` and
``heldout_c`` .. ``heldout_t``, and the feed fixtures of ``tests/data/realworld/feeds``. A
heading is a candidate when it is a ``title``/``heading`` block (or a feed item's title), holds
``[!?][”"]`` followed by a word, and :func:`translate.titlecase.titled` reads it as title case.
For each: the text sent (``sentence_case`` with the article's other lines as evidence) and the
pipeline's heading (``eval_caps44.pipeline``: a Markdown article of the heading and the other
lines, pt-BR, embedded engine) with "a" (caps46's "!"/"?" half switched off) and "ab" (both);
content words lost and gained with "ab".

    python benchmarks/caps47_quote_ends.py [--scan-only]
"""

from __future__ import annotations

import gzip
import json
import re
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "benchmarks" / "data"
RW = ROOT / "tests" / "data" / "realworld"
PRE = re.compile(r"[!?](?:[”\"]|&quot;|&rdquo;|&#8221;|&#x201[dD];|&#34;)")
CAND = re.compile(r"[!?][”\"]\s+\S")
ATOM = "{http://www.w3.org/2005/Atom}"
STRUCT = ["r", "s", "t", "u", "v", "w", "x", "y", "z", "aa", "ab", "ac", "ad", "ae", "af",
          "ag", "ah", "aj"]
BODY = ["pages", "zyte_dev/pages", "omni_dev/pages", "heldout/pages"] + [
    f"heldout_{c}/pages" for c in "cdefghijklmnopqrst"]


def pages() -> list[Path]:
    out = [p for d in ("probe43_en", "probe44_en") for p in sorted((DATA / d).iterdir())
           if p.suffix in {".md", ".html"} and p.name != "README.md"]  # fmt: skip
    out += sorted((DATA / "html_structure_r").glob("*.source.html.gz"))
    for s in STRUCT[1:]:
        d = DATA / f"html_structure_{s}"
        out += sorted(d.rglob("*.html.gz")) + sorted(d.rglob("*.html")) + sorted(d.rglob("*.md"))
    for s in BODY:
        out += sorted((RW / s).glob("*.html.gz")) + sorted((RW / s).glob("*.html"))
    return out


def candidates() -> tuple[list[dict[str, Any]], int, int]:
    from translate import titlecase
    from translate.capitals import common_test
    from translate.read import read_article

    plain = common_test("en")
    assert plain is not None
    out: list[dict[str, Any]] = []

    def add(src: str, kind: str, head: str, body: list[str]) -> None:
        if CAND.search(head) and titlecase.titled(head, plain):
            out.append({"src": src, "kind": kind, "title": head, "body": body})

    for f in ("caps44/wh_headlines.jsonl", "caps44/dev_nasa.jsonl"):
        for line in (DATA / f).read_text(encoding="utf-8").splitlines():
            r = json.loads(line)
            add(f, "jsonl-title", r["title"], r["body"])
    n_pages = n_items = 0
    with tempfile.TemporaryDirectory() as tmp:
        for p in pages():
            n_pages += 1
            raw = gzip.decompress(p.read_bytes()) if p.suffix == ".gz" else p.read_bytes()
            if not PRE.search(raw.decode("utf-8", "replace")):
                continue
            path = p
            if p.suffix == ".gz":
                path = Path(tmp) / p.name.replace(".source.html.gz", ".html").replace(
                    ".html.gz", ".html")
                path.write_bytes(raw)
            try:
                art = read_article(path)
            except Exception as e:  # a page the reader refuses: nothing to scan
                print(f"# skipped {p.relative_to(ROOT)}: {type(e).__name__}", file=sys.stderr)
                continue
            for i, b in enumerate(art.blocks):
                if b.kind in {"title", "heading"}:
                    add(str(p.relative_to(ROOT)), b.kind, b.text,
                        [c.text for j, c in enumerate(art.blocks) if j != i and c.kind != "title"])
    feeds = [DATA / "probe43_en/feed.xml", DATA / "probe44_en/feed.xml",
             *sorted(p for p in (RW / "feeds").iterdir() if not p.name.endswith(".json"))]
    for f in feeds:
        try:
            root = ET.parse(f).getroot()
        except ET.ParseError as e:
            print(f"# skipped {f.relative_to(ROOT)}: {e}", file=sys.stderr)
            continue
        for item in list(root.iter("item")) + list(root.iter(f"{ATOM}entry")):
            n_items += 1
            t = " ".join((item.findtext("title") or item.findtext(f"{ATOM}title") or "").split())
            body = (item.findtext("description") or item.findtext(f"{ATOM}summary")
                    or item.findtext(f"{ATOM}content") or "")  # fmt: skip
            body = re.sub(r"<[^>]+>", " ", body)
            lines = [x for x in body.split("\n") if x.strip()]
            add(str(f.relative_to(ROOT)), "feed-title", t, lines)
    return out, n_pages, n_items


def main(argv: list[str]) -> int:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import eval_caps44 as ev

    from translate import titlecase
    from translate.capitals import common_test

    rows, n_pages, n_items = candidates()
    print(f"# pages {n_pages}, feed items {n_items}, candidate headings {len(rows)}")
    if "--scan-only" in argv:
        for r in rows:
            print(json.dumps({"src": r["src"], "title": r["title"]}, ensure_ascii=False))
        return 0
    plain = common_test("en")
    assert plain is not None
    both = getattr(titlecase, "_QUOTE_ENDS", None)
    if both is None:  # caps47's tree, where the half is out: "a" only
        print("# this tree has no _QUOTE_ENDS (caps46's second half): 'ab' is not available")
    never = re.compile(r"(?!)")
    for r in rows:
        res: dict[str, tuple[str, str, bool]] = {}
        for mode, rx in (("a", never), ("ab", both)):
            if rx is None:
                continue
            if both is not None:
                titlecase._QUOTE_ENDS = rx  # type: ignore[attr-defined]
            evid = titlecase.names_in(r["body"], plain)
            sent = titlecase.sentence_case(r["title"], evid, plain, (frozenset(), frozenset()))
            out, blocked = ev.pipeline(r["title"], r["body"])
            res[mode] = (sent, out, blocked)
        line: dict[str, Any] = {"src": r["src"], "title": r["title"]}
        for mode, (sent, out, blocked) in res.items():
            line |= {f"sent_{mode}": sent, f"out_{mode}": out, f"blocked_{mode}": blocked}
        if "ab" in res:
            ca, cb = ev.content(res["a"][1]), ev.content(res["ab"][1])
            line |= {"lost_with_b": sorted(ca - cb), "gained_with_b": sorted(cb - ca)}
        print(json.dumps(line, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
