"""Line breaks, images and links in lists/tables of real HTML pages, through the reader.

    python benchmarks/eval_html_structure.py --build     # write the facts (once, before a change)
    python benchmarks/eval_html_structure.py [-v] [--set NAME]   # measure

The facts (``benchmarks/data/html_structure_facts.json``) are taken from each page's own
markup by rule, never from our output, for every page of ``tests/data/realworld`` (all sets):
the article is the stretch of the page's text from its expected first body line to its expected
last one (``body_start``/``body_end``, or the first/last line of the expected text), and in it

* ``br``: a ``<br>`` inside a text element with 3+ words before and after it on its lines; the
  fact is the two words on each side;
* ``image``: an ``<img>`` with an ``alt`` of 2+ words (its ``src`` and ``alt``);
* ``list_link``: an ``<a href="http...">`` inside an ``<li>`` or ``<td>`` whose text has 2+
  words and appears in the page's expected text.

Measured: the blocks that ``prepare`` (reader, boilerplate, segmentation) gives carry a ``br``
span between the words (or the words before end a block and those after start one: a block
boundary; or they are joined in one line: lost), an ``image`` span with that ``src`` (alt text
as its text), a ``link`` span with that ``href``. Written on 2026-12-03 before the reader kept
``<br>`` and images; the first run is ``benchmarks/results/eval_html_structure_before.txt``.
"""

from __future__ import annotations

import argparse
import json
import platform
import re
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT))
FACTS = ROOT / "benchmarks" / "data" / "html_structure_facts.json"
CORPUS = ROOT / "tests" / "data" / "realworld"
SETS = {"dev": CORPUS, "heldout": CORPUS / "heldout", "heldout-c": CORPUS / "heldout_c",
        "zyte-dev": CORPUS / "zyte_dev"}  # fmt: skip


def _squash(text: str) -> str:
    return re.sub(r"\W+", "", text).casefold()


def page_facts(page: Any) -> dict[str, list[dict[str, str]]]:
    import lxml.html

    expected = page.expected_text() or ""
    lines = [x.strip() for x in expected.splitlines() if len(x.strip()) >= 20]
    first = page.body_start or (lines[0] if lines else None)
    last = page.body_end or (lines[-1] if lines else None)
    out: dict[str, list[dict[str, str]]] = {"br": [], "image": [], "list_link": []}
    if not first or not last:
        return out
    try:
        doc = lxml.html.fromstring(page.html())
    except Exception:
        return out
    for bad in doc.iter("script", "style", "noscript", "template"):
        bad.drop_tree() if bad.getparent() is not None else None
    # document order: text offset of every element's start
    text_parts: list[str] = []
    starts: dict[Any, int] = {}
    length = 0

    def walk(el: Any) -> None:
        nonlocal length
        starts[el] = length
        if isinstance(el.tag, str) and el.text:
            text_parts.append(el.text)
            length += len(el.text)
        for child in el:
            walk(child)
            if child.tail:
                text_parts.append(child.tail)
                length += len(child.tail)

    walk(doc)
    full = "".join(text_parts)
    squashed_pos = [i for i, ch in enumerate(full) if re.match(r"\w", ch)]
    squashed = "".join(full[i] for i in squashed_pos).casefold()
    a = squashed.find(_squash(first)[:60])
    b = squashed.rfind(_squash(last)[-60:])
    if a < 0 or b < 0 or b < a:
        return out
    lo, hi = squashed_pos[a], squashed_pos[b + min(60, len(_squash(last))) - 1]
    body = _squash(expected)
    for el in doc.iter("br", "img", "a"):
        pos = starts.get(el, -1)
        if not lo <= pos <= hi:
            continue
        if el.tag == "br":
            before = " ".join(full[max(0, pos - 200) : pos].split()).split(" ")
            after = " ".join(full[pos : pos + 200].split()).split(" ")
            bline = full[max(0, pos - 200) : pos].rsplit("\n", 1)[-1].split()
            aline = full[pos : pos + 200].split("\n", 1)[0].split()
            if len(bline) >= 3 and len(aline) >= 3 and before[-2:] and after[:2]:
                out["br"].append({"before": " ".join(before[-2:]), "after": " ".join(after[:2])})
        elif el.tag == "img":
            alt = " ".join((el.get("alt") or "").split())
            src = (el.get("src") or el.get("data-src") or "").strip()
            if len(alt.split()) >= 2 and src:
                out["image"].append({"src": src, "alt": alt})
        else:
            href = (el.get("href") or "").strip()
            text = " ".join(el.text_content().split())
            inside = any(p.tag in ("li", "td") for p in el.iterancestors())
            if inside and href.startswith("http") and len(text.split()) >= 2 and (
                _squash(text) in body
            ):
                out["list_link"].append({"href": href, "text": text})
    return out


def build() -> None:
    from realworld_corpus import load_pages

    facts: dict[str, Any] = {}
    for name, root in SETS.items():
        for page in load_pages(root):
            f = page_facts(page)
            if any(f.values()):
                facts[page.id] = {"set": name, **f}
    FACTS.write_text(json.dumps(facts, indent=1, ensure_ascii=False, sort_keys=True) + "\n")
    n = Counter(k for f in facts.values() for k in ("br", "image", "list_link") for _ in f[k])
    print(f"{len(facts)} pages with facts: {dict(n)} -> {FACTS}")


def measure(page: Any, facts: dict[str, Any], verbose: bool) -> tuple[Counter[str], list[str]]:
    from translate.options import RunOptions
    from translate.pipeline import prepare
    from translate.read import parse_article

    counts: Counter[str] = Counter()
    notes: list[str] = []
    try:
        article = parse_article(page.html(), fmt="html", source=page.id, article_id=page.id)
        blocks = prepare(article, RunOptions(source_lang=None)).article.blocks
    except Exception as exc:  # a page without a body: every fact missed
        blocks = []
        notes.append(f"no edition: {exc}")
    for fact in facts["br"]:
        counts["br"] += 1
        ok = False
        for b in blocks:
            for s in b.inline:
                if s.kind == "br":
                    left = " ".join(b.text[: s.start].split()[-2:])
                    right = " ".join(b.text[s.end :].split()[:2])
                    ok = ok or (_squash(left) == _squash(fact["before"])
                                and _squash(right) == _squash(fact["after"]))  # fmt: skip
        joined = _squash(fact["before"]) + _squash(fact["after"])
        # the break read as a block boundary: the words before end a block, those after start
        # the next one (a <br><br> between paragraphs)
        ends = any(_squash(b.text).endswith(_squash(fact["before"])) for b in blocks)
        starts = any(_squash(b.text).startswith(_squash(fact["after"])) for b in blocks)
        boundary = not ok and ends and starts
        counts["br_kept"] += ok
        counts["br_boundary"] += boundary
        counts["br_joined"] += not ok and not boundary and any(
            joined in _squash(b.text) for b in blocks
        )
        if verbose and not ok:
            how = "as a block boundary" if boundary else "lost"
            notes.append(f"br {how}: {fact['before']} | {fact['after']}")
    for fact in facts["image"]:
        counts["image"] += 1
        ok = any(
            s.kind == "image" and s.attrs.get("src", "").endswith(fact["src"].split("/")[-1])
            for b in blocks for s in b.inline
        )  # fmt: skip
        counts["image_kept"] += ok
        if verbose and not ok:
            notes.append(f"image lost: {fact['src'][:80]} {fact['alt'][:60]!r}")
    for fact in facts["list_link"]:
        counts["list_link"] += 1
        ok = any(s.kind == "link" and s.attrs.get("href") == fact["href"]
                 for b in blocks for s in b.inline)  # fmt: skip
        counts["list_link_kept"] += ok
        if verbose and not ok:
            notes.append(f"list link lost: {fact['text'][:60]!r} {fact['href'][:80]}")
    return counts, notes


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--build", action="store_true")
    parser.add_argument("--set", choices=[*sorted(SETS), "all"], default="all")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)
    if args.build:
        build()
        return 0
    from realworld_corpus import load_pages

    from translate import __version__

    facts = json.loads(FACTS.read_text())
    print(
        f"# eval_html_structure --set {args.set}  {time.strftime('%Y-%m-%d %H:%M:%S %Z')}"
        f"  {platform.node()}  python {platform.python_version()}  newsroom-translate"
        f" {__version__}  (machine shared with other jobs)"
    )
    total: Counter[str] = Counter()
    kinds = ("br", "image", "list_link")
    for name, root in SETS.items():
        if args.set not in ("all", name):
            continue
        for page in load_pages(root):
            if page.id not in facts:
                continue
            counts, notes = measure(page, facts[page.id], args.verbose)
            total.update(counts)
            print(f"{page.id[:44]:44} {name:9} " + "  ".join(
                f"{k} {counts[k + '_kept']}/{counts[k]}" for k in kinds))  # fmt: skip
            for note in notes:
                print(f"    {note}")
    print("total: " + ", ".join(f"{k} kept {total[k + '_kept']}/{total[k]}" for k in kinds))
    print(f"  line breaks read as a block boundary {total['br_boundary']}, joined into one line"
          f" without a break {total['br_joined']}, the rest not in the edition")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
