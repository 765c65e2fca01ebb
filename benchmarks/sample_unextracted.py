"""A seeded sample of the "not extracted" lost lines of development sets, with the markup that
holds each: its ancestors (tag, id, class), the markers on the way (``<noscript>``,
``<template>``, a hidden element, a figure, a table, a list, ``<header>``/``<aside>``,
``<details>``, a button), and where it sits beside the article the edition kept (the lowest
common ancestor with the nearest kept body line: the kept line's own container, a sibling
container, or far off).

    python benchmarks/sample_unextracted.py --set heldout-e --set dev -n 50 --seed 27

A lost line is ``classify_losses``' "not extracted" line (in the page, never taken by the
extractor, not dropped by a rule). A development tool: it refuses the held-out sets.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import classify_losses as closs
import eval_realworld as ev

HIDDEN = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)


def _name(el: Any) -> str:
    ident = (el.get("id") or "")[:24]
    cls = ".".join((el.get("class") or "").split()[:3])[:40]
    return el.tag + (f"#{ident}" if ident else "") + (f".{cls}" if cls else "")


def _raw_elements(html: str) -> list[tuple[Any, str]]:
    """Every element with its text, ``<noscript>`` and ``<template>`` kept (the Dom of
    ``classify_leaks`` drops them)."""
    from lxml import html as lxml_html

    try:
        root = lxml_html.document_fromstring(html)
    except (ValueError, TypeError):
        return []
    for bad in root.xpath("//script|//style"):
        bad.drop_tree()
    return [(el, ev.key(el.text_content())) for el in root.iter() if isinstance(el.tag, str)]


def _find(elements: list[tuple[Any, str]], line: str) -> Any | None:
    needle = ev.key(line)[:60]
    best, best_len = None, 0
    for el, text in elements:
        if needle and needle in text and (best is None or len(text) <= best_len):
            best, best_len = el, len(text)
    return best


def _noscript_text(html: str, line: str) -> bool:
    """lxml reads a ``<noscript>``'s content as text: is the line in one?"""
    needle = ev.key(line)[:60]
    for m in re.finditer(r"<noscript\b[^>]*>(.*?)</noscript>", html, re.I | re.S):
        if needle and needle in ev.key(re.sub(r"<[^>]+>", " ", m.group(1))):
            return True
    return False


def markers(el: Any) -> list[str]:
    out: list[str] = []
    node = el
    while node is not None and isinstance(node.tag, str):
        tag = node.tag.lower()
        if tag in ("noscript", "template", "figure", "figcaption", "table", "header", "aside",
                   "footer", "nav", "details", "summary", "button", "form", "li", "dl",
                   "blockquote", "h1", "h2", "h3", "h4", "h5", "h6"):  # fmt: skip
            out.append(tag)
        if node.get("hidden") is not None or HIDDEN.search(node.get("style") or ""):
            out.append("hidden")
        if (node.get("aria-hidden") or "").lower() == "true":
            out.append("aria-hidden")
        node = node.getparent()
    return list(dict.fromkeys(out))


def relation(lost: Any, kept: Any | None) -> str:
    """Where the lost element sits beside a kept body line's element."""
    if kept is None:
        return "no kept line found"
    up = {id(a): i for i, a in enumerate(kept.iterancestors())}
    up[id(kept)] = -1
    for i, a in enumerate([lost, *lost.iterancestors()]):
        if id(a) in up:
            k = up[id(a)] + 1  # levels from the kept element up to the common ancestor
            if k <= 1:
                return f"same container (lost +{i})"
            return f"sibling container (lost +{i}, kept +{k})" if k <= 3 else f"far (kept +{k})"
    return "far"


def sample(names: list[str], n: int, seed: int) -> list[str]:
    parser = argparse.ArgumentParser(prog="sample_unextracted")
    pages = [p for name in names for p in ev.development_pages(name, parser)]
    by_id = {p.id: p for p in pages}
    rows = [r for r in closs.classify(pages, lines=False) if r["cause"] == "not extracted"]
    rng = random.Random(seed)
    picked = sorted(rng.sample(range(len(rows)), min(n, len(rows))))
    out = [f"# not-extracted lines: {len(rows)}; sample of {len(picked)} (seed {seed})"]
    kinds: Counter[str] = Counter()
    cache: dict[str, tuple[str, list[tuple[Any, str]], str]] = {}
    for i in picked:
        row = rows[i]
        page = by_id[row["page"]]
        if page.id not in cache:
            html = page.html()
            cache[page.id] = (html, _raw_elements(html), ev.key(ev.ours(page).text))
        html, elements, got = cache[page.id]
        el = _find(elements, row["text"])
        facts = ev.expected_facts(page.expected_text() or "")
        at = next((j for j, f in enumerate(facts) if f == row["text"]), 0)
        held = [f for f in facts if ev.key(f) in got]
        near = min(held, key=lambda f: abs(facts.index(f) - at)) if held else None
        kept = _find(elements, near) if near else None
        if el is None:
            noscript = _noscript_text(html, row["text"])
            where = "in a <noscript> (as text)" if noscript else "not found"
            chain, marks, rel = "-", [where], "-"
        else:
            chain = " < ".join(_name(a) for a in [el, *el.iterancestors()][:7])
            marks, rel = markers(el), relation(el, kept)
        kinds[" ".join(marks[:2]) or "none"] += 1
        out += [
            f"{page.id} [{row['where']}, {row['words']}w] {row['text'][:100]!r}",
            f"    markers: {', '.join(marks) or '-'}; beside the kept body: {rel}",
            f"    {chain[:230]}",
        ]
    out += ["", "markers (first two) of the sample:"]
    out += [f"  {k}: {v}" for k, v in kinds.most_common()]
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--set", action="append", required=True, choices=sorted(ev.SETS))
    parser.add_argument("-n", type=int, default=50)
    parser.add_argument("--seed", type=int, default=27)
    args = parser.parse_args(argv)
    for name in args.set:
        if name in ev.HELD_OUT_SETS:
            parser.error(f"{name} is a held-out set: it must not decide rules or settings")
    print("\n".join(sample(args.set, args.n, args.seed)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
