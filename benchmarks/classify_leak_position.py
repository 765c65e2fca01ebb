"""Where the leaked lines sit relative to the article body, by kind, and what a rule on their
position would cost.

    python benchmarks/classify_leak_position.py --set heldout-e --set dev          # tables
    python benchmarks/classify_leak_position.py --set heldout-e --lines            # every leak
    python benchmarks/classify_leak_position.py --set heldout-e --rules            # candidates

A leaked line is what ``eval_realworld`` counts (a kept block of 4+ words not in the page's
expected text; pages with a whole expected text only), a body line a kept block of 4+ words in
it. Each leak is placed relative to the body lines of its edition:

* ``before``: before the first body line (kickers, bylines, dates, share bars);
* ``after``: after the last body line (bios, newsletter boxes, "related", comments, credits);
* ``between``: between two body lines (captions, pull quotes, inline promos, subheads the facts
  leave out).

Its kind is ``classify_leaks.cause`` (the facts hold it in another form; the class/id class of
its nearest named ancestor; its semantic tag; a heading; in ``<article>``/``<main>``; no
marker), and it is described by what a general rule could see without the facts: its length,
the link density of the smallest element holding it, whether it shares a content word (5+
letters, case folded) with the rest of the edition or with its long paragraphs (30+ words),
whether its text stands twice or more in the page or inside a nav/footer/header/aside element
(navigation and footer repeats), whether it holds the site's own name (self-promotion), and the
class/id class of its nearest named ancestor.

``--rules`` scores candidate rules that drop blocks of the edition by those signals, each
exactly as ``eval_realworld`` scores (``score_extraction`` on the edition without the dropped
blocks): leaks removed, body facts lost, recall before and after. A development tool: it
refuses the held-out sets.
"""

from __future__ import annotations

import argparse
import pickle
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import classify_leaks as cl
import eval_realworld as ev

_CONTENT = re.compile(r"\w{5,}", re.UNICODE)
LONG = 30  # words: a "long paragraph" for the tail and head rules


def content_words(text: str) -> set[str]:
    """Words of 5+ letters, case and typography folded (no digits-only tokens)."""
    text = unicodedata.normalize("NFKC", text).lower()
    return {w for w in _CONTENT.findall(text) if not w.isdigit()}


class Block:
    """One block of the edition with what a rule may see and what the facts say of it."""

    def __init__(self, kind: str, text: str) -> None:
        self.kind = kind
        self.text = text
        self.words = len(text.split())
        self.body = False  # 4+ words, in the expected text
        self.leak = False  # 4+ words, not in the expected text
        self.where = ""  # before / between / after (leaks only)
        self.link_density = 0.0
        self.repeated = False  # its text stands twice or more in the page
        self.shares = True  # shares a content word with the rest of the edition
        self.shares_long = True  # shares a content word with the edition's long paragraphs
        self.names_site = False  # holds the page's site name (og:site_name, trafilatura's)
        self.in_chrome_text = False  # its text stands in a nav/footer/header/aside element
        self.cls = ""  # class/id class or semantic tag of its nearest such ancestor
        self.cause = ""


def _squash(text: str) -> str:
    return re.sub(r"[\W_]+", "", unicodedata.normalize("NFKC", text).lower())


def _sitename(page: ev.Page) -> str:
    """The page's site name as trafilatura's metadata reads it (``og:site_name`` and kin)."""
    import trafilatura

    meta = trafilatura.extract_metadata(page.html())
    return str(meta.sitename or "") if meta is not None else ""


_CHROME = (
    "//nav|//footer|//header|//aside|//*[@role='navigation' or @role='contentinfo'"
    " or @role='banner' or @role='complementary']"
)


def _chrome_elements(dom: cl.Dom) -> list[Any]:
    return list(dom.root.xpath(_CHROME)) if dom.root is not None else []


def _page_blocks(page: ev.Page, ex: ev.Extraction) -> list[Block]:
    expected = page.expected_text() or ""
    exp_key = ev.key(expected)
    blocks = [Block(k, t) for k, t in ex.blocks]
    for b in blocks:
        if b.words >= 4:
            b.body = ev.key(b.text) in exp_key
            b.leak = not b.body
    body_at = [i for i, b in enumerate(blocks) if b.body]
    lo, hi = (body_at[0], body_at[-1]) if body_at else (len(blocks), -1)
    dom = cl.Dom(page.html())
    visible = "".join(text for el, text in dom.elements[:1])  # the root's text
    grams = cl._trigrams(cl._fold(expected))
    words_of = [content_words(b.text) for b in blocks]
    every: Counter[str] = Counter()
    for ws in words_of:
        every.update(ws)
    long_words: set[str] = set()
    for i in _long_at(blocks):
        long_words |= words_of[i]
    site_key = _squash(_sitename(page))
    chrome = "\x00".join(ev.key(e.text_content()) for e in _chrome_elements(dom))
    for i, b in enumerate(blocks):
        if b.words < 4:
            continue
        own = words_of[i]
        b.shares = any(every[w] > 1 for w in own) if own else True
        b.shares_long = bool(own & long_words) if own else True
        b.names_site = len(site_key) >= 3 and site_key in _squash(b.text)
        k = ev.key(b.text)
        b.repeated = len(k) >= 12 and visible.count(k) >= 2
        b.in_chrome_text = len(k) >= 12 and k in chrome
        el = dom.find(b.text)
        d = cl.describe(el, dom.words) if el is not None else None
        b.link_density = float(d["link_density"]) if d else 0.0
        b.cls = str((d["class"] or d["semantic"] or "") if d else "")
        if b.leak:
            b.where = "before" if i < lo else ("after" if i > hi else "between")
            b.cause = cl.cause(cl.facts_overlap(b.text, grams), b.kind, d)
    return blocks


# -- candidate rules: each returns the indexes of the blocks it drops --------------------------


def _long_at(blocks: list[Block]) -> list[int]:
    return [i for i, b in enumerate(blocks) if b.kind == "paragraph" and b.words >= LONG]


def rule_tail_no_shared(blocks: list[Block]) -> set[int]:
    """After the last long paragraph, the blocks under ``LONG`` words that share no content word
    with the rest of the edition."""
    longs = _long_at(blocks)
    if not longs:
        return set()
    return {
        i for i in range(longs[-1] + 1, len(blocks))
        if blocks[i].words >= 4 and blocks[i].words < LONG and not blocks[i].shares
    }  # fmt: skip


def rule_tail_run(blocks: list[Block]) -> set[int]:
    """The run of blocks under ``LONG`` words at the edition's end, after its last long
    paragraph, when no block of the run shares a content word with the rest of the edition."""
    longs = _long_at(blocks)
    if not longs:
        return set()
    tail = [i for i in range(longs[-1] + 1, len(blocks)) if blocks[i].words >= 4]
    if tail and all(not blocks[i].shares for i in tail):
        return set(tail)
    return set()


def rule_head_no_shared(blocks: list[Block]) -> set[int]:
    """Before the first long paragraph, the blocks under 15 words that share no content word
    with the rest of the edition."""
    longs = _long_at(blocks)
    if not longs:
        return set()
    return {
        i for i in range(0, longs[0])
        if 4 <= blocks[i].words < 15 and not blocks[i].shares
    }  # fmt: skip


def rule_link_dense(blocks: list[Block]) -> set[int]:
    """Blocks whose element is half links or more (anywhere)."""
    return {i for i, b in enumerate(blocks) if b.words >= 4 and b.link_density >= 0.5}


def rule_link_dense_outside(blocks: list[Block]) -> set[int]:
    """Link-dense blocks before the first or after the last long paragraph."""
    longs = _long_at(blocks)
    if not longs:
        return set()
    return {
        i for i in rule_link_dense(blocks) if i < longs[0] or i > longs[-1]
    }  # fmt: skip


def rule_repeated(blocks: list[Block]) -> set[int]:
    """Blocks whose text stands twice or more in the page."""
    return {i for i, b in enumerate(blocks) if b.words >= 4 and b.repeated}


def rule_between_no_shared(blocks: list[Block]) -> set[int]:
    """Between the first and last long paragraph, blocks under 15 words that share no content
    word with the rest of the edition (captions, promos)."""
    longs = _long_at(blocks)
    if len(longs) < 2:
        return set()
    return {
        i for i in range(longs[0] + 1, longs[-1])
        if 4 <= blocks[i].words < 15 and not blocks[i].shares
    }  # fmt: skip


def rule_tail_no_word_of_long(blocks: list[Block]) -> set[int]:
    """After the last long paragraph, blocks that share no content word with the edition's long
    paragraphs."""
    longs = _long_at(blocks)
    if not longs:
        return set()
    return {
        i for i in range(longs[-1] + 1, len(blocks))
        if blocks[i].words >= 4 and not blocks[i].shares_long
    }  # fmt: skip


def rule_tail_own_name(blocks: list[Block]) -> set[int]:
    """After the last long paragraph, blocks that hold the site's own name (self-promotion)."""
    longs = _long_at(blocks)
    if not longs:
        return set()
    return {
        i for i in range(longs[-1] + 1, len(blocks))
        if blocks[i].words >= 4 and blocks[i].names_site
    }  # fmt: skip


def rule_chrome_text(blocks: list[Block]) -> set[int]:
    """Blocks whose text stands in a nav/footer/header/aside element of the page."""
    return {i for i, b in enumerate(blocks) if b.words >= 4 and b.in_chrome_text}


_LABEL = re.compile(r"^\W{0,2}[^\W\d]+(?: [^\W\d]+){0,2}\s?:\s")


def rule_label_link(blocks: list[Block]) -> set[int]:
    """Link-dense blocks that open with a short label and a colon ("Related: ...", "Read:
    ..."): inline promos."""
    return {
        i for i, b in enumerate(blocks)
        if b.words >= 4 and b.link_density >= 0.5 and _LABEL.match(b.text)
    }  # fmt: skip


_FURNITURE_CLASSES = {
    "chrome", "related", "newsletter/promo", "tags/meta", "form", "share", "comments",
    "byline/author", "caption", "figcaption", "figure", "aside", "nav", "footer", "header",
}  # fmt: skip


def rule_outside_long_furniture_class(blocks: list[Block]) -> set[int]:
    """Before the first or after the last long paragraph, blocks whose nearest class/id or
    semantic ancestor reads as furniture."""
    longs = _long_at(blocks)
    if not longs:
        return set()
    return {
        i for i, b in enumerate(blocks)
        if (i < longs[0] or i > longs[-1]) and b.words >= 4 and b.cls in _FURNITURE_CLASSES
    }  # fmt: skip


RULES: dict[str, Callable[[list[Block]], set[int]]] = {
    "tail-no-shared-word": rule_tail_no_shared,
    "tail-run-no-shared-word": rule_tail_run,
    "head-no-shared-word": rule_head_no_shared,
    "between-no-shared-word": rule_between_no_shared,
    "link-dense": rule_link_dense,
    "link-dense-outside-long": rule_link_dense_outside,
    "repeated-in-page": rule_repeated,
    "tail-no-word-of-long-paragraphs": rule_tail_no_word_of_long,
    "tail-own-site-name": rule_tail_own_name,
    "text-in-nav-footer-header-aside": rule_chrome_text,
    "label-colon-link-line": rule_label_link,
    "outside-long-furniture-class": rule_outside_long_furniture_class,
}


def _score(page: ev.Page, ex: ev.Extraction, blocks: list[tuple[str, str]]) -> dict[str, int]:
    run = ev.PageRun(page, ex, ev.Extraction(None, []))
    edition = ev.Extraction(ex.title, blocks, warnings=ex.warnings, error=ex.error)
    ev.score_extraction(edition, page, "ours", run)
    return run.counts


def _editions(name: str, pages: list[ev.Page], cache: Path | None) -> dict[str, ev.Extraction]:
    path = cache / f"{name}.pkl" if cache else None
    if path and path.is_file():
        out: dict[str, ev.Extraction] = pickle.loads(path.read_bytes())
        if set(out) == {p.id for p in pages}:
            return out
    out = {p.id: ev.ours(p) for p in pages}
    if path:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(pickle.dumps(out))
    return out


def table(title: str, counter: Counter[str], total: int) -> list[str]:
    out = [f"| {title} | leaked lines | share |", "|---|---|---|"]
    for name, n in counter.most_common():
        out.append(f"| {name} | {n} | {100 * n / max(1, total):.0f}% |")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--set", action="append", required=True, choices=sorted(ev.SETS))
    parser.add_argument("--lines", action="store_true", help="print every leaked line")
    parser.add_argument("--rules", action="store_true", help="score the candidate rules")
    parser.add_argument("--cache", type=Path, help="keep the editions here (a scratch folder)")
    args = parser.parse_args(argv)
    print("\n".join(ev.header_lines()))
    print(f"# sets: {', '.join(args.set)}")
    leaks: list[tuple[str, Block]] = []
    body_lines = 0
    base: Counter[str] = Counter()
    after: dict[str, Counter[str]] = {r: Counter() for r in RULES}
    dropped: dict[str, Counter[str]] = {r: Counter() for r in RULES}
    for name in args.set:
        pages = [p for p in ev.development_pages(name, parser) if p.expected_text()]
        editions = _editions(name, pages, args.cache)
        for page in pages:
            ex = editions[page.id]
            blocks = _page_blocks(page, ex)
            body_lines += sum(b.body for b in blocks)
            for b in blocks:
                if b.leak:
                    leaks.append((page.id, b))
                    if args.lines:
                        print(
                            f"{page.id[:26]:26} {b.where:7} {b.cause[:30]:30} {b.words:3}w"
                            f" ld={b.link_density:.2f} shares={int(b.shares)}"
                            f" rep={int(b.repeated)} {b.text[:80]!r}"
                        )
            if not args.rules:
                continue
            base.update(_score(page, ex, ex.blocks))
            for rule, fn in RULES.items():
                gone = fn(blocks)
                kept = [kt for i, kt in enumerate(ex.blocks) if i not in gone]
                after[rule].update(_score(page, ex, kept))
                dropped[rule]["leaks"] += sum(blocks[i].leak for i in gone)
                dropped[rule]["body"] += sum(blocks[i].body for i in gone)
                dropped[rule]["short"] += sum(blocks[i].words < 4 for i in gone)
                dropped[rule]["pages"] += int(any(blocks[i].leak for i in gone))
    total = len(leaks)
    pages_with = len({p for p, _ in leaks})
    print(f"leaked lines: {total} on {pages_with} pages; body lines kept: {body_lines}")
    print("")
    print("\n".join(table("place", Counter(b.where for _, b in leaks), total)))
    for where in ("before", "between", "after"):
        sub = [b for _, b in leaks if b.where == where]
        print("")
        print(f"### {where}: {len(sub)}")
        print("\n".join(table("kind (classify_leaks cause)", Counter(b.cause for b in sub), total)))
        print("")
        sig = Counter()
        for b in sub:
            sig["link-dense (>= 0.5)"] += b.link_density >= 0.5
            sig["shares no content word with the rest"] += not b.shares
            sig["text twice or more in the page"] += b.repeated
            sig[f"under {LONG} words"] += b.words < LONG
            sig["heading"] += b.kind == "heading"
        print("\n".join(table("signal (not exclusive)", sig, total)))
        per_page = Counter(p for p, b in leaks if b.where == where).most_common(5)
        print(f"top pages: {', '.join(f'{p} {n}' for p, n in per_page)}")
    if args.rules:
        tp, fn_, fp = base["ours_tp"], base["ours_fn"], base["ours_fp"]
        recall = tp / max(1, tp + fn_)
        print("")
        print(f"main: facts found {tp}, missed {fn_}, leaks {fp}, recall {recall:.4f}")
        print(
            "| rule | blocks dropped: leaks / body / pages with a leak dropped | leaks after"
            " | facts lost | recall after | leaks fall, facts lost <= half of them"
            " | recall down <= 0.002 |"
        )
        print("|---|---|---|---|---|---|---|")
        for rule in RULES:
            a = after[rule]
            r2 = a["ours_tp"] / max(1, a["ours_tp"] + a["ours_fn"])
            removed = fp - a["ours_fp"]
            lost = tp - a["ours_tp"]
            d = dropped[rule]
            print(
                f"| {rule} | {d['leaks']} / {d['body']} / {d['pages']} | {a['ours_fp']}"
                f" | {lost} | {r2:.4f} | {'yes' if removed > 0 and 2 * lost <= removed else 'no'}"
                f" | {'yes' if recall - r2 <= 0.002 else 'no'} |"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
