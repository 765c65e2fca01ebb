"""Where ``eval_realworld``'s lost headings and links go, by cause, counted.

    python benchmarks/diagnose_structure_loss.py --set heldout-e --set dev [--lines]

The structure count (``eval_realworld.structure_metric``) expects every ``<h2>``-``<h4>`` and
every ``<p>``-held ``<a href="http...">`` whose text stands between the page's ``body_start`` and
``body_end`` facts, and finds a heading kept when a heading block of the edition (the reader and
the boilerplate stage, as ``translate run`` runs them) has its ``key``, a link when the edition
holds a link span with its href. Each expected item the edition lacks is put in one class, the
first that applies:

* ``d`` not the article's: the page has a whole expected text and the item's text (a heading's
  text, a link's anchor text) is not in it, or a heading is not one of its lines (``_a_line``:
  a short heading, "News", stands inside many a line), or a link's paragraph is absent from it
  (``diagnose_agreement.Other.has``: neither its key nor 80% of its word pairs), or the text is
  one of the page's ``must_not_have`` lines: the count's
  own expectation is arguably wrong (navigation, related-article lists, captions);
* ``a-reader`` body lost by the reader: the item's text (a link's paragraph) is not in the
  reader's article;
* ``a-boilerplate`` body lost by the boilerplate stage: the reader kept it (as a heading, as a
  link span with the href) in a block the boilerplate stage dropped;
* ``b-href`` the reader kept a link span on the anchor text with another href (rewritten);
* ``b-text`` the reader kept a heading block whose key differs (its text read otherwise);
* ``b-markup`` the reader kept the text but not its markup (a heading read as a paragraph,
  an anchor read as plain text);
* ``c`` the reader kept the item and the edition lacks it for another reason (after reading).

A development tool: it refuses the held-out sets.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import diagnose_agreement as da
import eval_realworld as ev

CLASSES = ("d", "a-reader", "a-boilerplate", "b-href", "b-text", "b-markup", "c")


@dataclass
class Item:
    kind: str  # "heading" or "link"
    text: str  # the heading's text or the link's anchor text
    href: str = ""
    para: str = ""  # the text of the link's paragraph


def expected_items(page: ev.Page) -> list[Item]:
    """The structure count's expected headings and links, with their texts (the same XPath and
    window as ``eval_realworld._in_article_structure``; checked equal to it in ``classify``)."""
    from lxml import html as lxml_html

    from translate.read import permalink_glyphs

    if not (page.body_start and page.body_end):
        return []
    doc = lxml_html.document_fromstring(permalink_glyphs(page.html()))
    for bad in doc.xpath("//script|//style|//noscript|//template"):
        bad.drop_tree()
    visible = ev.key(doc.text_content())
    positions = [
        (visible.find(ev.key(f)), len(ev.key(f))) for f in (page.body_start, page.body_end)
    ]
    positions = [(i, n) for i, n in positions if i >= 0]
    if len(positions) < 2:
        return []
    lo = min(i for i, _ in positions)
    hi = max(i + n for i, n in positions)

    def inside(text: str) -> bool:
        k = ev.key(text)
        i = visible.find(k, lo)
        return bool(k) and i >= 0 and i + len(k) <= hi

    out = []
    for h in doc.xpath("//h2|//h3|//h4"):
        t = " ".join(h.text_content().split())
        if len(t) > 3 and inside(t):
            out.append(Item("heading", t))
    for a in doc.xpath("//p//a[@href]"):
        href = str(a.get("href", ""))
        t = " ".join(a.text_content().split())
        if href.startswith("http") and inside(a.text_content()) and len(t.split()) >= 1:
            p = next(iter(a.iterancestors("p")))
            out.append(Item("link", t, href, " ".join(p.text_content().split())))
    return out


def _a_line(k: str, lines: list[str]) -> bool:
    """A heading's key is a line of the expected text: it is one, opens one (a heading run into
    its paragraph), or is half or more of one (a marker, a number around it)."""
    return any(k == x or x.startswith(k) or (k in x and 2 * len(k) >= len(x)) for x in lines)


@dataclass
class Loss:
    page: str
    item: Item
    cls: str


def classify(page: ev.Page, body: Counter[str] | None = None) -> tuple[int, int, list[Loss]]:
    """Expected items, kept items and the lost ones by class; ``body`` (when given) adds the
    page's body facts found and missed and its leaks, scored by ``score_extraction`` on the same
    edition (every page with facts, a structure count or not)."""
    from translate.errors import TranslateError
    from translate.options import RunOptions
    from translate.pipeline import prepare
    from translate.read import image_only, parse_article

    items = expected_items(page)
    heads, links = ev._in_article_structure(page)
    assert [i.text for i in items if i.kind == "heading"] == heads, page.id
    assert [i.href for i in items if i.kind == "link"] == links, page.id
    if not items and body is None:
        return 0, 0, []
    try:
        raw = parse_article(page.html(), fmt="html", source=page.id, article_id=page.id)
        art = prepare(raw, RunOptions(use_cache=False, use_tm=False)).article
        raw_blocks, kept_blocks, title = raw.blocks, art.blocks, art.title
    except TranslateError:
        raw_blocks, kept_blocks, title = [], [], None
    kept = [b for b in kept_blocks if b.kind != "title" and not image_only(b)]
    if body is not None:
        ex = ev.Extraction(title, [(b.kind, b.text) for b in kept])
        run = ev.PageRun(page, ex, ev.Extraction(None, []))
        ev.score_extraction(ex, page, "ours", run)
        for name in ("tp", "fn", "fp"):
            body[name] += run.counts[f"ours_{name}"]
    if not items:
        return 0, 0, []
    kept_heads = {ev.key(b.text) for b in kept if b.kind == "heading"}
    kept_links = {s.attrs["href"] for b in kept_blocks for s in b.inline
                  if s.kind == "link" and "href" in s.attrs}  # fmt: skip
    raw_text = ev.key("\n".join(b.text for b in raw_blocks))
    raw_heads = [b for b in raw_blocks if b.kind == "heading"]
    raw_links = {s.attrs["href"] for b in raw_blocks for s in b.inline
                 if s.kind == "link" and "href" in s.attrs}  # fmt: skip
    raw_anchor = {ev.key(b.text[s.start : s.end]) for b in raw_blocks for s in b.inline
                  if s.kind == "link"}  # fmt: skip
    expected = page.expected_text()
    exp_key = ev.key(expected) if expected else None
    exp_other = da.Other.of(expected) if expected else None
    exp_lines = [ev.key(x) for x in expected.split("\n")] if expected else None
    raw_other = da.Other.of("\n".join(b.text for b in raw_blocks))
    not_article = {ev.key(s) for s in page.must_not_have}
    losses = []
    n_kept = 0
    for it in items:
        k = ev.key(it.text)
        if (it.kind == "heading" and k in kept_heads) or (
            it.kind == "link" and it.href in kept_links
        ):
            n_kept += 1
            continue
        para_out = it.kind == "link" and exp_other is not None and not exp_other.has(it.para)
        head_out = it.kind == "heading" and exp_lines is not None and not _a_line(k, exp_lines)
        if (exp_key is not None and k not in exp_key) or para_out or head_out or k in not_article:
            cls = "d"
        elif k not in raw_text or (it.kind == "link" and not raw_other.has(it.para)):
            cls = "a-reader"
        elif it.kind == "heading":
            if any(ev.key(b.text) == k for b in raw_heads):
                cls = "a-boilerplate"
            elif any(
                k in ev.key(b.text) or ev.key(b.text) in k for b in raw_heads if b.text.strip()
            ):
                cls = "b-text"
            else:
                cls = "b-markup"
        elif it.href in raw_links:
            cls = "a-boilerplate"
        elif k in raw_anchor:
            cls = "b-href"
        else:
            cls = "b-markup"
        losses.append(Loss(page.id, it, cls))
    return len(items), n_kept, losses


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--set", action="append", required=True, choices=sorted(ev.SETS))
    parser.add_argument("--lines", action="store_true", help="print every lost item")
    args = parser.parse_args(argv)
    print("\n".join(ev.header_lines()))
    print(f"# sets: {', '.join(args.set)}")
    total: Counter[str] = Counter()
    by: Counter[tuple[str, str]] = Counter()
    lost: list[Loss] = []
    body: Counter[str] = Counter()
    for name in args.set:
        for page in ev.development_pages(name, parser):
            n, k, losses = classify(page, body)
            if not n:
                continue
            total["pages"] += 1
            total["expected"] += n
            total["kept"] += k
            lost += losses
    for loss in lost:
        by[(loss.item.kind, loss.cls)] += 1
    print(f"pages with a structure count: {total['pages']}; items expected {total['expected']},"
          f" kept {total['kept']}, lost {len(lost)}")  # fmt: skip
    recall = body["tp"] / max(1, body["tp"] + body["fn"])
    print(f"body (score_extraction, every page): facts found {body['tp']}, missed {body['fn']},"
          f" recall {recall:.4f}; leaks {body['fp']}")  # fmt: skip
    kinds = Counter(loss.item.kind for loss in lost)
    print(f"headings lost {kinds['heading']}, links lost {kinds['link']}")
    print("| class | headings lost | links lost |")
    print("|---|---|---|")
    for cls in CLASSES:
        print(f"| {cls} | {by[('heading', cls)]} | {by[('link', cls)]} |")
    hl = sum(v for (kd, _), v in by.items() if kd == "heading")
    print(f"| all | {hl} | {len(lost) - hl} |")
    if args.lines:
        for loss in sorted(lost, key=lambda x: (x.cls, x.item.kind, x.page)):
            it = loss.item
            extra = f" {it.href[:80]} in {it.para[:80]!r}" if it.kind == "link" else ""
            print(f"{loss.cls:14} {it.kind:7} {loss.page[:40]:40} {it.text[:60]!r}{extra}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
