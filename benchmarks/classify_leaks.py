"""What the leaked lines are, as a population: where they sit in the page's DOM, how long they
are, how link-dense, where in the edition, and whether the facts hold them in another form.

    python benchmarks/classify_leaks.py --set heldout-e --set heldout-f   # tables for those sets
    python benchmarks/classify_leaks.py --set heldout-e --lines           # and every leaked line

A leaked line is what ``eval_realworld`` counts: a line of 4+ words that our reader keeps and
that is not in the page's expected text (pages with a whole expected text only). For each one:

* ``facts``: ``near`` when 80%+ of its word trigrams (case, typography and punctuation folded)
  are in the expected text (the facts hold the line in another form: merged, split, reworded,
  a link label dropped), ``part`` at 30-80%, ``none`` below;
* ``dom``: the smallest element of the page whose text holds the line (whitespace-free
  comparison, the line's first 60 characters); its ancestors' tags (``article``/``main``,
  ``aside``, ``nav``, ``footer``, ``header``, ``figure``/``figcaption``, ``form``, ``li``,
  ``table``, ``blockquote``, headings) and the words of their ``class``/``id`` attributes,
  sorted into ``CLASSES`` (related, share, newsletter/promo, caption, byline/author, tags/meta,
  comments, chrome); ``in-article`` when an ancestor is ``<article>``, ``<main>`` or
  ``itemprop=articleBody``; ``not-found`` when no element holds it (the reader joined text);
* length in words, link density (the share of the element's text inside ``<a>``), place in
  the edition (``before`` the first kept body line, ``after`` the last, ``inside``), block kind.

Then one cause per line, first that applies: facts-near, then the class/id class of the
nearest ancestor that has one, then the semantic tag (figcaption/figure, aside, nav, footer,
header, form), then heading, then in-article, then the rest. A development tool: it refuses
the held-out set.
"""

from __future__ import annotations

import argparse
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import eval_realworld as ev

# class/id words by class: a word of a class or id (split at anything not a letter or digit) is
# in a class when it starts with one of its stems (first match wins)
CLASSES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("comments", ("comment", "disqus", "reply", "respond")),
    ("caption", ("caption", "credit", "figcaption", "photo", "gallery", "wp-caption", "media")),
    ("byline/author", ("byline", "author", "bio", "contributor", "writer", "profile")),
    ("share", ("share", "social", "follow", "sharing", "facebook", "twitter")),
    ("newsletter/promo", ("newsletter", "subscri", "signup", "sign-up", "optin", "promo", "cta",
                          "banner", "advert", "sponsor", "offer", "donat", "paywall", "ad",
                          "ads")),
    ("related", ("related", "recommend", "more", "next", "prev", "popular", "trending",
                 "also", "teaser", "card", "feed", "recirc")),
    ("tags/meta", ("tag", "topic", "categor", "breadcrumb", "meta", "date", "time", "dateline")),
    ("chrome", ("nav", "menu", "sidebar", "widget", "footer", "header", "masthead", "toolbar",
                "modal", "popup", "cookie", "consent")),
)  # fmt: skip
SEMANTIC = ("figcaption", "figure", "aside", "nav", "footer", "header", "form")
_WORD = re.compile(r"\w+", re.UNICODE)


def _fold(text: str) -> list[str]:
    text = unicodedata.normalize("NFKC", text).translate(ev._TYPOGRAPHY).lower()
    return _WORD.findall(text)


def _trigrams(words: list[str]) -> set[tuple[str, ...]]:
    if len(words) < 3:
        return {tuple(words)} if words else set()
    return {tuple(words[i : i + 3]) for i in range(len(words) - 2)}


def facts_overlap(line: str, expected_grams: set[tuple[str, ...]]) -> str:
    grams = _trigrams(_fold(line))
    if not grams:
        return "none"
    share = len(grams & expected_grams) / len(grams)
    return "near" if share >= 0.8 else ("part" if share >= 0.3 else "none")


_EXACT = {"ad", "ads", "more", "next", "prev", "also", "bio", "tag", "date", "time", "nav", "cta"}


def _class_of(tokens: list[str]) -> str | None:
    for token in tokens:
        for name, needles in CLASSES:
            if any(token == n or (n not in _EXACT and token.startswith(n)) for n in needles):
                return name
    return None


class Dom:
    """The page's elements with their whitespace-free text, for finding where a line sits."""

    def __init__(self, html: str) -> None:
        from lxml import html as lxml_html

        try:
            self.root: Any = lxml_html.document_fromstring(html)
        except (ValueError, TypeError):  # an unparsable page: every line is not-found
            self.root = None
            self.elements: list[tuple[Any, str]] = []
            self.words = 0
            return
        for bad in self.root.xpath("//script|//style|//noscript|//template"):
            bad.drop_tree()
        self.words = len(self.root.text_content().split())
        self.elements = []
        for el in self.root.iter():
            if not isinstance(el.tag, str):
                continue
            self.elements.append((el, ev.key(el.text_content())))

    def find(self, line: str) -> Any | None:
        needle = ev.key(line)[:60]
        best = None
        best_len = 0
        for el, text in self.elements:
            if needle in text and (best is None or len(text) <= best_len):
                best, best_len = el, len(text)
        return best


def _markup_score(node: Any) -> float:
    """The score the reader's ``html:markup`` rule gives an element's names (its own weights,
    ``[boilerplate.markup]`` of ``locales/languages/common.toml``)."""
    from translate.read import _NAME_ATTRS, _markup_data, _name_tokens

    weights = _markup_data().get("weights", {})
    tokens: set[str] = set()
    for attr in _NAME_ATTRS:
        found = _name_tokens(str(node.get(attr) or ""))
        if attr == "id" and len(found) > 3:
            continue
        tokens |= found
    if node.tag == "time":
        tokens.add("time")
    return sum(float(weights.get(t, 0)) for t in tokens)


def describe(el: Any, page_words: int) -> dict[str, Any]:
    from translate.read import _markup_data

    data = _markup_data()
    threshold = float(data.get("threshold", 2))
    limit = min(int(data.get("max_words", 400)), float(data.get("max_share", 0.25)) * page_words)
    tags: list[str] = []
    cls: str | None = None
    in_article = False
    named: str | None = None  # what the reader's markup rule makes of the nearest named ancestor
    node = el
    while node is not None and isinstance(node.tag, str):
        tag = node.tag.lower()
        tags.append(tag)
        if named is None and tag not in ("html", "body") and _markup_score(node) >= threshold:
            words = len(node.text_content().split())
            named = "named, small" if words <= limit else "named, too large for the rule"
        attrs = " ".join([node.get("class") or "", node.get("id") or ""]).lower()
        tokens = [t for t in re.split(r"[^a-z0-9]+", attrs) if t]
        if cls is None:
            cls = _class_of(tokens)
        if tag in ("article", "main") or (node.get("itemprop") or "").lower() == "articlebody":
            in_article = True
        node = node.getparent()
    text = ev.key(el.text_content())
    link_text = sum(len(ev.key(a.text_content())) for a in el.iter("a"))
    if el.tag == "a":
        link_text = len(text)
    semantic = next((t for t in tags if t in SEMANTIC), None)
    return {
        "named": named or "not named",
        "tags": tags,
        "class": cls,
        "semantic": semantic,
        "in_article": in_article,
        "link_density": link_text / max(1, len(text)),
    }


def cause(facts: str, kind: str, dom: dict[str, Any] | None) -> str:
    if facts == "near":
        return "facts hold it in another form"
    if dom is None:
        return "not found in the DOM (joined text)"
    if dom["class"]:
        return f"class/id: {dom['class']}"
    if dom["semantic"]:
        sem = dom["semantic"]
        return f"tag: {'figure/figcaption' if sem in ('figure', 'figcaption') else sem}"
    if kind == "heading" or any(t in ("h1", "h2", "h3", "h4", "h5", "h6") for t in dom["tags"][:2]):
        return "heading, no marker"
    if dom["in_article"]:
        return "in <article>/<main>, no marker"
    return "no marker"


def markup_verdict(text: str, markup: tuple[str, str, dict[str, str]]) -> str:
    """What the reader's ``html:markup`` rule saw of this line: in one of the page's named
    furniture elements and nowhere else (so it was kept because the rule stood down for the
    page: the named text was over ``MARKUP_MAX_SHARE`` of the body), in one and also elsewhere,
    or in none."""
    from translate.read import _squash_key

    furniture, rest, _ = markup
    k = _squash_key(text)
    if len(k) < 12 or not furniture or k not in furniture:
        return "not in a named element"
    return "named, also elsewhere" if k in rest else "named, rule stood down"


# the body lines (kept, in the expected text) by what the markup rule saw of them
BODY: Counter[str] = Counter()


def _bucket(n: int) -> str:
    return "4-7" if n < 8 else ("8-15" if n < 16 else ("16-30" if n <= 30 else "31+"))


def classify(pages: list[ev.Page], lines: bool) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for page in pages:
        expected = page.expected_text()
        if not expected:
            continue
        exp_key = ev.key(expected)
        exp_grams = _trigrams(_fold(expected))
        ours = ev.ours(page)
        body = [
            i for i, (_, t) in enumerate(ours.blocks)
            if len(t.split()) >= 4 and ev.key(t) in exp_key
        ]  # fmt: skip
        lo, hi = (body[0], body[-1]) if body else (len(ours.blocks), -1)
        dom_cache: Dom | None = None
        markup: tuple[str, str, dict[str, str]] | None = None
        for i, (kind, text) in enumerate(ours.blocks):
            if len(text.split()) >= 4 and ev.key(text) in exp_key:
                # a body line: would the markup rule drop it if it did not stand down?
                if markup is None:
                    from translate.read import _markup_furniture

                    markup = _markup_furniture(page.html())
                BODY[markup_verdict(text, markup)] += 1
                continue
            if len(text.split()) < 4:
                continue
            if dom_cache is None:
                dom_cache = Dom(page.html())
            el = dom_cache.find(text)
            dom = describe(el, dom_cache.words) if el is not None else None
            facts = facts_overlap(text, exp_grams)
            if markup is None:
                from translate.read import _markup_furniture

                markup = _markup_furniture(page.html())
            row = {
                "rule": markup_verdict(text, markup),
                "page": page.id,
                "text": text,
                "kind": kind,
                "words": len(text.split()),
                "where": "before" if i < lo else ("after" if i > hi else "inside"),
                "facts": facts,
                "dom": dom,
                "cause": cause(facts, kind, dom),
            }
            rows.append(row)
            if lines:
                d = dom or {}
                print(
                    f"{page.id[:26]:26} {row['cause'][:34]:34} {row['where']:6} {kind[:9]:9}"
                    f" {row['words']:3}w ld={d.get('link_density', 0):.2f}"
                    f" {'/'.join((d.get('tags') or [])[:4])[:30]:30} {d.get('named', '-')[:12]:12}"
                    f" {row['rule'][:18]:18}"
                    f" {text[:90]!r}"
                )
    return rows


def table(title: str, counter: Counter[str], total: int, what: str = "leaked lines") -> list[str]:
    out = [f"| {title} | {what} | share |", "|---|---|---|"]
    for name, n in counter.most_common():
        out.append(f"| {name} | {n} | {100 * n / max(1, total):.0f}% |")
    return out


def report(rows: list[dict[str, Any]]) -> list[str]:
    total = len(rows)
    per_page = Counter(r["page"] for r in rows).most_common()
    half, held = 0, 0
    while held * 2 < total and half < len(per_page):
        held += per_page[half][1]
        half += 1
    out = [
        f"leaked lines: {total} on {len(per_page)} pages; the {half} pages with the most hold"
        f" {held} ({100 * held / max(1, total):.0f}%); the top five:"
        f" {', '.join(f'{p} {n}' for p, n in per_page[:5])}",
        f"not held by the facts in another form (facts overlap below 80%):"
        f" {sum(1 for r in rows if r['facts'] != 'near')}",
        "",
    ]
    out += table("cause (first that applies)", Counter(r["cause"] for r in rows), total)
    out.append("")
    out += table("facts overlap", Counter(r["facts"] for r in rows), total)
    out.append("")
    dom_rows = [r for r in rows if r["dom"]]
    inside = Counter(
        ("in <article>/<main>" if r["dom"]["in_article"] else "outside <article>/<main>")
        if r["dom"] else "not found" for r in rows
    )  # fmt: skip
    out += table("inside an article element", inside, total)
    out.append("")
    out += table(
        "the reader's html:markup rule on this line",
        Counter(r["rule"] for r in rows),
        total,
    )
    out.append("")
    stood = sum(1 for r in rows if r["rule"] == "named, rule stood down")
    out.append(
        f"if the markup rule did not stand down: leaks dropped {stood}, body lines lost"
        f" {BODY['named, rule stood down']} of {sum(BODY.values())}"
    )
    out.append("")
    out += table(
        "the reader's own markup weights (nearest named ancestor)",
        Counter(r["dom"]["named"] if r["dom"] else "not found" for r in rows),
        total,
    )
    out.append("")
    out += table(
        "semantic ancestor", Counter(r["dom"]["semantic"] or "none" for r in dom_rows), total
    )
    out.append("")
    out += table("class/id class", Counter(r["dom"]["class"] or "none" for r in dom_rows), total)
    out.append("")
    out += table("length (words)", Counter(_bucket(r["words"]) for r in rows), total)
    out.append("")
    dens = Counter(
        ("link-dense (>= 0.5)" if r["dom"]["link_density"] >= 0.5 else "< 0.5") if r["dom"]
        else "not found" for r in rows
    )  # fmt: skip
    out += table("link density of its element", dens, total)
    out.append("")
    out += table("place in the edition", Counter(r["where"] for r in rows), total)
    out.append("")
    out += table("block kind", Counter(r["kind"] for r in rows), total)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--set", action="append", required=True, choices=sorted(ev.SETS))
    parser.add_argument("--lines", action="store_true", help="print every leaked line")
    args = parser.parse_args(argv)
    print("\n".join(ev.header_lines()))
    print(f"# sets: {', '.join(args.set)}")
    rows: list[dict[str, Any]] = []
    for name in args.set:
        rows += classify(ev.development_pages(name, parser), args.lines)
    print("\n".join(report(rows)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
