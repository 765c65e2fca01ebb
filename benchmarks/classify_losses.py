"""What the lost body lines are, as a population: which reader rule dropped them, where they sit
in the page's DOM, how long they are, where in the article, and whether the edition holds them
in another form.

    python benchmarks/classify_losses.py --set heldout-e --set heldout-f   # tables for those sets
    python benchmarks/classify_losses.py --set heldout-e --lines           # and every lost line

A lost line is what ``eval_realworld`` counts as a missed body fact on a page with a whole
expected text: a line of the expected text (20+ characters, list marker left out,
``eval_realworld.expected_facts``) whose ``key()`` is not in the edition's text. For each one,
its first cause that applies:

* ``title``: it is the edition's title (the reader keeps the headline as the title, not as a
  body line);
* ``dropped: RULE``: the reader dropped a block that holds it (the line's key in the dropped
  text's, or 80%+ of its word trigrams in it): the rule the reader reported;
* ``edition holds it in another form``: 80%+ of its word trigrams (case, typography and
  punctuation folded) are in the edition's text, and ``form`` says how: the ground truth's
  convention (``convention``: equal once emoji, footnote markers and U+2010/U+2011 hyphens
  are folded, ``eval_realworld.convention_key``), ``case`` (equal case-folded), ``spacing or
  punctuation`` (equal as folded words), ``reworded`` (the rest);
* ``edition holds part of it`` (30-80% of its trigrams);
* ``not in the page``: no element of the page's DOM holds its first 60 characters and under
  80% of its trigrams are in the page's visible text (the ground truth's own text: a merged
  or rewritten line, a script's text);
* ``not extracted``: in the page, never taken by the extractor and not dropped by a rule, with
  its DOM place (``dom``: semantic ancestor, class/id class of ``classify_leaks.CLASSES``,
  in ``<article>``/``<main>``, heading, list item, table cell, link density).

Also, for every lost line: length in words, and its place in the article (``before`` the first
expected line the edition holds, ``after`` the last, ``inside``). A development tool: it refuses
the held-out sets.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import classify_leaks as cl
import eval_realworld as ev


def table(title: str, counter: Counter[str], total: int) -> list[str]:
    return cl.table(title, counter, total, "lost lines")


NEAR = 0.8
PART = 0.3


def _share(grams: set[tuple[str, ...]], other: set[tuple[str, ...]]) -> float:
    return len(grams & other) / len(grams) if grams else 0.0


def _form(line: str, edition: str) -> str:
    """How the edition's text differs from a line it holds in another form."""
    if ev.convention_key(line) in ev.convention_key(edition):
        return "convention"
    if ev.key(line).casefold() in ev.key(edition).casefold():
        return "case"
    if " ".join(cl._fold(line)) in " ".join(cl._fold(edition)):
        return "spacing or punctuation"
    return "reworded"


def _dom_kind(dom: dict[str, Any]) -> str:
    tags = dom["tags"]
    near = tags[:3]
    if any(t in ("h1", "h2", "h3", "h4", "h5", "h6") for t in near):
        return "heading element"
    if any(t in ("td", "th") for t in near):
        return "table cell"
    if "li" in near or "dd" in near or "dt" in near:
        return "list item"
    if "blockquote" in near:
        return "block quote"
    if any(t in ("figcaption", "figure") for t in tags):
        return "figure/caption"
    if dom["semantic"]:
        return f"under <{dom['semantic']}>"
    if dom["class"]:
        return f"class/id: {dom['class']}"
    if dom["link_density"] >= 0.5:
        return "link-dense"
    return "in <article>/<main>" if dom["in_article"] else "no marker"


def classify(pages: list[ev.Page], lines: bool) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for page in pages:
        expected = page.expected_text()
        if not expected:
            continue
        ours = ev.ours(page)
        got = ev.key(ours.text)
        facts = ev.expected_facts(expected)
        held = [i for i, f in enumerate(facts) if ev.key(f) in got]
        lo, hi = (held[0], held[-1]) if held else (len(facts), -1)
        ed_grams = cl._trigrams(cl._fold(ours.text))
        dropped = [
            (rule, ev.key(text), cl._trigrams(cl._fold(text))) for rule, text in ours.dropped
        ]
        dom_cache: cl.Dom | None = None
        page_grams: set[tuple[str, ...]] | None = None
        for i, line in enumerate(facts):
            k = ev.key(line)
            if k in got:
                continue
            grams = cl._trigrams(cl._fold(line))
            row: dict[str, Any] = {
                "page": page.id,
                "text": line,
                "words": len(line.split()),
                "where": "before" if i < lo else ("after" if i > hi else "inside"),
                "form": "",
                "dom": None,
            }
            rule = next((r for r, dk, _ in dropped if k and k in dk), None) or next(
                (r for r, _, dg in dropped if _share(grams, dg) >= NEAR), None
            )
            share = _share(grams, ed_grams)
            if ours.title and k == ev.key(ours.title):
                row["cause"] = "title"
            elif rule is not None:
                row["cause"] = f"dropped: {rule}"
            elif share >= NEAR:
                row["cause"] = "edition holds it in another form"
                row["form"] = _form(line, ours.text)
            elif share >= PART:
                row["cause"] = "edition holds part of it"
            if "cause" not in row or row["cause"] == "edition holds part of it":
                if dom_cache is None:
                    dom_cache = cl.Dom(page.html())
                el = dom_cache.find(line)
                if el is not None:
                    row["dom"] = cl.describe(el, dom_cache.words)
                elif "cause" not in row:
                    if page_grams is None:
                        root = dom_cache.root
                        page_grams = cl._trigrams(
                            cl._fold(root.text_content() if root is not None else "")
                        )
                    if _share(grams, page_grams) < NEAR:
                        row["cause"] = "not in the page"
                if "cause" not in row:
                    row["cause"] = "not extracted"
            rows.append(row)
            if lines:
                d = row["dom"]
                tags = "/".join((d or {}).get("tags", [])[:4])
                print(
                    f"{page.id[:26]:26} {row['cause'][:34]:34} {row['form'][:10]:10}"
                    f" {row['where']:6} {row['words']:3}w"
                    f" {_dom_kind(d) if d else '-':24} {tags[:28]:28}"
                    f" {line[:90]!r}"
                )
    return rows


def report(rows: list[dict[str, Any]], body_lines: int) -> list[str]:
    total = len(rows)
    per_page = Counter(r["page"] for r in rows).most_common()
    half, held = 0, 0
    while held * 2 < total and half < len(per_page):
        held += per_page[half][1]
        half += 1
    out = [
        f"expected lines: {body_lines}; lost: {total} on {len(per_page)} pages; the {half}"
        f" pages with the most hold {held} ({100 * held / max(1, total):.0f}%); the top five:"
        f" {', '.join(f'{p} {n}' for p, n in per_page[:5])}",
        "",
    ]
    out += table("cause (first that applies)", Counter(r["cause"] for r in rows), total)
    out.append("")
    forms = Counter(r["form"] for r in rows if r["form"])
    out += table("held in another form: how", forms, total)
    out.append("")
    not_ex = [r for r in rows if r["cause"] == "not extracted"]
    out += table(
        "not extracted: DOM place",
        Counter(_dom_kind(r["dom"]) if r["dom"] else "not found" for r in not_ex),
        total,
    )
    out.append("")
    out += table(
        "not extracted: inside an article element",
        Counter(
            ("in <article>/<main>" if r["dom"]["in_article"] else "outside")
            if r["dom"]
            else "not found"
            for r in not_ex
        ),
        total,
    )
    out.append("")
    out += table("not extracted: place in the article", Counter(r["where"] for r in not_ex), total)
    out.append("")
    out += table("length (words)", Counter(cl._bucket(r["words"]) for r in rows), total)
    out.append("")
    out += table("place in the article", Counter(r["where"] for r in rows), total)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--set", action="append", required=True, choices=sorted(ev.SETS))
    parser.add_argument("--lines", action="store_true", help="print every lost line")
    args = parser.parse_args(argv)
    print("\n".join(ev.header_lines()))
    print(f"# sets: {', '.join(args.set)}")
    rows: list[dict[str, Any]] = []
    body = 0
    for name in args.set:
        pages = ev.development_pages(name, parser)
        body += sum(len(ev.expected_facts(p.expected_text() or "")) for p in pages)
        rows += classify(pages, args.lines)
    print("\n".join(report(rows, body)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
