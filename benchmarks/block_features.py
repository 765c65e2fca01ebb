"""Features of each kept 4+-word block of the reader's edition, with its label, for a learned
block classifier (realnews20's pass in ``docs/evaluation/realworld.md``).

    python benchmarks/block_features.py --cache DIR --set heldout-e --set dev   # a summary

A block's label is what ``eval_realworld`` counts: a *leak* when its ``key`` is not in the
page's expected text, a *body line* when it is (pages with a whole expected text only; blocks
under 4 words are never leaks and get no row). Its features (``FEATURES``, in this order) are
what a rule could see without the facts: its words, punctuation and sentences, its stopword
ratio, its place in the edition, its element's link density, tag path and class/id reading,
whether the second opinions of ``diagnose_agreement`` (``prec``, ``just``, ``ld``) hold it,
whether its text repeats in the page or stands in page chrome, whether it shares a content word
with the rest of the edition, and whether it names the site. A development tool: it refuses the
held-out sets.
"""

from __future__ import annotations

import argparse
import math
import pickle
import re
import statistics
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import classify_leak_position as clp
import classify_leaks as cl
import diagnose_agreement as da
import eval_realworld as ev

LONG = clp.LONG
GUARD = 0.25  # a page never loses more than this share of its kept 4+-word blocks

_PUNCT = re.compile(r"[^\w\s]", re.UNICODE)
_DIGIT = re.compile(r"\d")
_ALNUM = re.compile(r"\w", re.UNICODE)
_END = re.compile(r"[.!?。！？:;][\"'”’)\]]*\s*$")
_CHROME_TAGS = ("nav", "footer", "header", "aside", "form")
_CLASSES = tuple(name for name, _ in cl.CLASSES)

FEATURES: tuple[str, ...] = (
    "log_words",
    "link_density",
    "punct_per_word",
    "log_sentences",
    "ends_sentence",
    "stopword_ratio",
    "digit_share",
    "capitalised_share",
    "heading",
    "list_item",
    "before_first_long",
    "after_last_long",
    "index_fraction",
    "no_long_paragraph",
    "in_article",
    "in_chrome_tag",
    "in_figure",
    "in_li",
    "depth",
    *(f"class_{c}" for c in _CLASSES),
    "markup_named",
    "absent_prec",
    "absent_just",
    "absent_ld",
    "page_has_ld_body",
    "repeated_in_page",
    "in_chrome_text",
    "shares_word",
    "shares_long_word",
    "names_site",
    "log_words_over_median",
)


@dataclass
class Row:
    set: str
    page: str
    index: int  # the block's index in the edition
    leak: bool
    x: list[float]


def _stoplist(html: str) -> frozenset[str]:
    import justext
    from trafilatura.external import JUSTEXT_LANGUAGES, jt_stoplist_init

    lang = da.page_lang(html)
    if lang in JUSTEXT_LANGUAGES:
        return frozenset(justext.get_stoplist(JUSTEXT_LANGUAGES[lang]))
    return frozenset(jt_stoplist_init())


def page_rows(set_name: str, page: ev.Page, ex: ev.Extraction) -> list[Row]:
    """One row per kept block of 4+ words of the edition ``ex`` of ``page``."""
    html = page.html()
    expected = page.expected_text() or ""
    exp_key = ev.key(expected)
    blocks = ex.blocks
    n = len(blocks)
    words = [len(t.split()) for _, t in blocks]
    kept4 = [i for i in range(n) if words[i] >= 4]
    if not kept4:
        return []
    longs = [i for i in range(n) if blocks[i][0] == "paragraph" and words[i] >= LONG]
    median = statistics.median(words[i] for i in kept4)
    prec = da.Other.of(da.traf_precision(html))
    just = da.Other.of(da.justext_good(html))
    ld_text = da.article_body(html)
    ld = da.Other.of(ld_text)
    in_ld = sum(ld.has(blocks[i][1]) for i in kept4)
    ld_body = len(da._SENT_END.findall(ld_text)) >= 3 and in_ld >= 0.5 * len(kept4)
    stop = _stoplist(html)
    dom = cl.Dom(html)
    visible = "".join(text for _, text in dom.elements[:1])
    chrome = "\x00".join(ev.key(e.text_content()) for e in clp._chrome_elements(dom))
    site = clp._squash(clp._sitename(page))
    words_of = [clp.content_words(t) for _, t in blocks]
    every: Counter[str] = Counter()
    for ws in words_of:
        every.update(ws)
    long_words: set[str] = set()
    for i in longs:
        long_words |= words_of[i]
    rows = []
    for i in kept4:
        kind, text = blocks[i]
        w = words[i]
        toks = text.split()
        el = dom.find(text)
        d = cl.describe(el, dom.words) if el is not None else None
        tags: list[str] = list(d["tags"]) if d else []
        alnum = len(_ALNUM.findall(text))
        own = words_of[i]
        k = ev.key(text)
        feats: dict[str, float] = {
            "log_words": math.log(w),
            "link_density": float(d["link_density"]) if d else 0.0,
            "punct_per_word": len(_PUNCT.findall(text)) / w,
            "log_sentences": math.log1p(len(da._SENT_END.findall(text))),
            "ends_sentence": float(bool(_END.search(text))),
            "stopword_ratio": sum(t.lower().strip(".,;:!?\"'()") in stop for t in toks) / w,
            "digit_share": len(_DIGIT.findall(text)) / max(1, alnum),
            "capitalised_share": sum(t[:1].isupper() for t in toks) / w,
            "heading": float(kind == "heading"),
            "list_item": float(kind == "list_item"),
            "before_first_long": float(bool(longs) and i < longs[0]),
            "after_last_long": float(bool(longs) and i > longs[-1]),
            "index_fraction": i / max(1, n - 1),
            "no_long_paragraph": float(not longs),
            "in_article": float(bool(d and d["in_article"])),
            "in_chrome_tag": float(any(t in _CHROME_TAGS for t in tags)),
            "in_figure": float(any(t in ("figure", "figcaption") for t in tags)),
            "in_li": float("li" in tags),
            "depth": len(tags) / 30,
            "markup_named": float(bool(d and d["named"] != "not named")),
            "absent_prec": float(not prec.has(text)),
            "absent_just": float(not just.has(text)),
            "absent_ld": float(ld_body and not ld.has(text)),
            "page_has_ld_body": float(ld_body),
            "repeated_in_page": float(len(k) >= 12 and visible.count(k) >= 2),
            "in_chrome_text": float(len(k) >= 12 and k in chrome),
            "shares_word": float(any(every[x] > 1 for x in own) if own else True),
            "shares_long_word": float(bool(own & long_words) if own else True),
            "names_site": float(len(site) >= 3 and site in clp._squash(text)),
            "log_words_over_median": math.log(w / max(1.0, median)),
        }
        for c in _CLASSES:
            feats[f"class_{c}"] = float(bool(d and d["class"] == c))
        rows.append(Row(set_name, page.id, i, k not in exp_key, [feats[f] for f in FEATURES]))
    return rows


def set_rows(
    name: str, parser: argparse.ArgumentParser, cache: Path | None
) -> tuple[list[ev.Page], dict[str, ev.Extraction], list[Row]]:
    """The pages of a development set (whole expected text only), their editions and rows;
    editions and rows kept in ``cache`` (a scratch folder) when given."""
    if name in ev.HELD_OUT_SETS:
        parser.error(f"{name} is held out")
    pages = [p for p in ev.development_pages(name, parser) if p.expected_text()]
    editions = clp._editions(name, pages, cache)
    path = cache / f"{name}.rows.pkl" if cache else None
    if path and path.is_file():
        rows = [Row(*t) for t in pickle.loads(path.read_bytes())]
        if {r.page for r in rows} <= {p.id for p in pages}:
            return pages, editions, rows
    rows = [r for p in pages for r in page_rows(name, p, editions[p.id])]
    if path:  # plain tuples: the cache reads the same from any script
        path.write_bytes(pickle.dumps([(r.set, r.page, r.index, r.leak, r.x) for r in rows]))
    return pages, editions, rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--set", action="append", required=True, choices=sorted(ev.SETS))
    parser.add_argument("--cache", type=Path, help="keep editions and rows here (scratch)")
    args = parser.parse_args(argv)
    print("\n".join(ev.header_lines()))
    print(f"# sets: {', '.join(args.set)}")
    rows: list[Row] = []
    for name in args.set:
        rows += set_rows(name, parser, args.cache)[2]
    leaks = [r for r in rows if r.leak]
    body = [r for r in rows if not r.leak]
    print(f"blocks: {len(rows)}; leaks {len(leaks)}, body lines {len(body)}")
    print("| feature | mean over leaks | mean over body lines |")
    print("|---|---|---|")
    for j, f in enumerate(FEATURES):
        ml = sum(r.x[j] for r in leaks) / max(1, len(leaks))
        mb = sum(r.x[j] for r in body) / max(1, len(body))
        print(f"| {f} | {ml:.3f} | {mb:.3f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
