"""A firm's promotion of itself and lists of its other articles, screened on the development
groups by signals the page itself carries (thirty-fourth pass, body29).

    python benchmarks/devhalves_editions.py EDITIONS.json        # every page's edition, dumped
    python benchmarks/teaser_screen.py EDITIONS.json [--lines] > RAW.txt

body28 read 125 of the development groups' "other" leaks: about half are article text the
truths leave out, and the furniture among them is mostly **the site's own promotion** and
**links to its other articles**. A block repeated across a site's pages cannot be seen (one page
each), so every signal here is the page's own. For each kept block, its **home element** (the
smallest element holding its letters, ``furniture_screen.PageMarkup``) and:

* **a link to another of the site's articles**: nine tenths or more of the home element's
  letters inside ``<a href>`` (or the element inside a link), every link to the page's own site
  (the site of its ``<link rel=canonical>``/``og:url``, else its address) and none to the
  article's own path; "an article" by the link's path, in any language: not the site's root,
  and its last segment a slug (two or more ``-``/``_``) or four or more digits, or three or more
  segments;
* **a teaser list** (a repeated shape): the home element, or an ancestor up to four levels up,
  is one of three or more siblings of the same tag, each of 40 words or fewer with a quarter or
  more of its letters in links of the kind above (link + short text, repeated);
* **outside the article body the page ships**: the page's schema.org ``articleBody`` (JSON-LD,
  any ``@graph`` or list, or a microdata ``itemprop="articleBody"`` element), when it holds at
  least 400 letters and half the edition's letters (a teaser ``articleBody`` cut short says
  nothing): the block's letters are not in it; and the boundaries alone: such a block before
  the edition's first block inside it or after its last;
* **the firm named**: the block names the site (its ``og:site_name``, else the registered
  domain's first label, 4+ letters, as a word, case folded), has 60 words or fewer, and the
  page's own title (``<title>``, ``og:title``) does not name it (a firm's line about itself,
  not an article about the firm).

Each signal, and some combinations, is a rule: the kept blocks that carry it are dropped and the
page is re-scored exactly as ``eval_realworld`` scores it (``score_extraction``): leaks cut and
body facts lost per group; ``--lines`` lists every block a rule drops, marked LEAK (a leaked line
cut), BODY (a line of the expected body: a lost body line) or other. CPU per page
(``time.process_time``) of reading the signals is printed. A development tool: the dumped groups
hold no held-out set (``devhalves_editions`` refuses them).
"""

from __future__ import annotations

import argparse
import html as html_lib
import json
import platform
import re
import sys
import time
import unicodedata
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlparse

sys.path.insert(0, str(Path(__file__).resolve().parent))

import devhalves_editions as dh
import eval_realworld as ev
from furniture_screen import PageMarkup, _score, _site, _squash

MIN_BODY_LETTERS = 400
TEASER_WORDS = 40
NAMED_WORDS = 60
_CANON = re.compile(
    r"""<(?:link[^>]*rel=["']canonical["'][^>]*href|meta[^>]*property=["']og:url["'][^>]*"""
    r"""content)=["']([^"']+)["']""",
    re.I,
)
_SITE_NAME = re.compile(
    r"""<meta[^>]*property=["']og:site_name["'][^>]*content=["']([^"']+)["']"""
    r"""|<meta[^>]*content=["']([^"']+)["'][^>]*property=["']og:site_name["']""",
    re.I,
)
_LD = re.compile(
    r"""<script[^>]*type=["']application/ld\+json["'][^>]*>(.*?)</script>""", re.I | re.S
)
_TITLE = re.compile(
    r"""<title[^>]*>([^<]*)</title>|<meta[^>]*property=["']og:title["'][^>]*content=["']([^"']*)["']""",
    re.I,
)
_SLUG = re.compile(r"[^/]*[-_][^/]*[-_][^/]*|.*\d{4}")


def _letters(text: str) -> str:
    """Letters and digits only, case folded, entities decoded and markup stripped (an
    ``articleBody`` may carry ``&#39;``, tags or other quote marks than the page's text)."""
    text = html_lib.unescape(re.sub(r"<[^>]+>", " ", html_lib.unescape(text)))
    return "".join(c for c in unicodedata.normalize("NFC", text).casefold() if c.isalnum())


def article_bodies(html: str) -> list[str]:
    """Every schema.org ``articleBody`` the page ships (JSON-LD, then microdata)."""
    out: list[str] = []

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            body = node.get("articleBody")
            if isinstance(body, str) and body.strip():
                out.append(body)
            for v in node.values():
                walk(v)
        elif isinstance(node, list):
            for v in node:
                walk(v)

    for m in _LD.finditer(html):
        try:
            walk(json.loads(m.group(1).strip()))
        except ValueError:
            continue
    if "articlebody" in html.lower():
        from lxml import html as lxml_html

        try:
            doc = lxml_html.document_fromstring(html)
        except Exception:  # an empty or broken page
            return out
        for el in doc.xpath("//*[translate(@itemprop,'ARTICLEBODY','articlebody')='articlebody']"):
            out.append(el.text_content())
    return out


def _article_link(href: str, base: str, own: str, own_path: str) -> bool:
    u = urlparse(urljoin(base, href))
    if u.scheme not in ("http", "https") or _site(u.geturl()) != own:
        return False
    path = u.path.rstrip("/")
    if not path or path == own_path:
        return False
    parts = [p for p in path.split("/") if p]
    return bool(_SLUG.fullmatch(parts[-1])) or len(parts) >= 3


class PageSignals:
    """The signals of one page (its HTML and address) for the blocks of its edition."""

    def __init__(self, html: str, url: str | None, edition_letters: int) -> None:
        self.markup = PageMarkup(html, url)
        m = _CANON.search(html[:400_000])
        base = m.group(1) if m and m.group(1).startswith("http") else (url or "")
        self.base, self.own = base, _site(base)
        self.own_path = urlparse(base).path.rstrip("/")
        name = _SITE_NAME.search(html[:400_000])
        label = (name.group(1) or name.group(2)) if name else self.own.split(".")[0]
        self.name = " ".join(label.split()).casefold()
        self.title = " ".join(
            " ".join(
                m.group(1) or m.group(2) or "" for m in _TITLE.finditer(html[:400_000])
            ).split()
        ).casefold()  # the page's own <title> and og:title (not the truth's)
        bodies = [_letters(b) for b in article_bodies(html)]
        letters = sum(len(b) for b in bodies)
        self.body = (
            "\x00".join(bodies)
            if letters >= MIN_BODY_LETTERS and letters >= 0.5 * edition_letters
            else None
        )

    def _is_article_link(self, a: Any) -> bool:
        return self.own != "" and _article_link(a.get("href") or "", self.base, self.own,
                                                self.own_path)  # fmt: skip

    def _teaser_item(self, item: Any) -> bool:
        """Link + short text: 40 words or fewer, a quarter or more of its letters in links to
        the site's other articles (a paragraph with a link inside it is no teaser)."""
        text = item.text_content()
        if len(text.split()) > TEASER_WORDS:
            return False
        links = [a for a in item.xpath("descendant-or-self::a[@href]") if self._is_article_link(a)]
        linked = sum(len(_squash(a.text_content())) for a in links)
        return bool(links) and linked >= 0.25 * max(1, len(_squash(text)))

    def outside_link_free(self, text: str, el: Any | None) -> bool:
        """body30: the block's letters outside its links are not in the ``articleBody`` either
        (a JSON-LD ``articleBody`` may leave every link's text out: "The latest data from
        shows ..."). The link texts of the block's home element are taken out of its letters;
        a block of links only, or with under half its letters outside links, stays outside."""
        whole = _letters(text)
        if el is None:
            return True
        chain = [el, *el.iterancestors()]
        if any(getattr(a, "tag", "") == "a" for a in chain):
            return True  # the block is inside a link: no text outside links
        rest = whole
        for a in el.xpath(".//a"):
            lt = _letters(a.text_content())
            if lt:
                rest = rest.replace(lt, "", 1)
        if rest == whole or len(rest) < 0.5 * len(whole):
            return True
        return self.body is None or rest not in self.body

    def signals(self, text: str, only_body: bool = False) -> set[str]:
        out: set[str] = set()
        if self.body is not None and _letters(text) not in self.body:
            out.add("outside articleBody")
            if self.outside_link_free(text, self.markup.home(text)):
                out.add("outside articleBody, link-free")
        if only_body:
            return out
        words = text.split()
        if (
            len(self.name) >= 4
            and len(words) <= NAMED_WORDS
            and re.search(rf"(?<!\w){re.escape(self.name)}(?!\w)", text.casefold())
            and self.name not in self.title
        ):
            out.add("names the site")
        el = self.markup.home(text)
        if el is None:
            return out
        chain = [el, *el.iterancestors()]
        link_parent = next((a for a in chain if getattr(a, "tag", "") == "a" and a.get("href")),
                           None)  # fmt: skip
        anchors = [link_parent] if link_parent is not None else el.xpath(".//a[@href]")
        letters = len(_squash(el.text_content()))
        linked = (
            letters
            if link_parent is not None
            else sum(len(_squash(a.text_content())) for a in anchors)
        )
        link_only = bool(anchors) and letters > 0 and linked >= 0.9 * letters
        if link_only and len(words) >= 4 and all(self._is_article_link(a) for a in anchors):
            out.add("link to another article")
        for node in chain[:5]:
            parent = node.getparent()
            if parent is None or not isinstance(node.tag, str):
                continue
            same = [c for c in parent if c.tag == node.tag]
            if len(same) < 3:
                continue
            items = [c for c in same if self._teaser_item(c)]
            if len(items) >= 3 and node in items:
                out.add("teaser list")
                break
        return out


RULES: dict[str, Callable[[set[str]], bool]] = {
    "a link to another of the site's articles (4+ words, link-only)": lambda s: (
        "link to another article" in s
    ),
    "an item of a teaser list (3+ siblings, each <= 40 words, 1/4+ article links)": lambda s: (
        "teaser list" in s
    ),
    "both: a link-only teaser of a teaser list": lambda s: (
        "teaser list" in s and "link to another article" in s
    ),
    "outside the page's schema.org articleBody": lambda s: "outside articleBody" in s,
    "outside the articleBody, before its first block or after its last": lambda s: (
        "beyond articleBody's ends" in s
    ),
    "names the site (og:site_name or domain), <= 60 words, title does not": lambda s: (
        "names the site" in s
    ),
    "names the site and outside articleBody": lambda s: (
        "names the site" in s and "outside articleBody" in s
    ),
    "teaser (either) and outside articleBody": lambda s: (
        bool(s & {"teaser list", "link to another article"}) and "outside articleBody" in s
    ),
}
COVERAGE = (0.5, 0.6, 0.7, 0.8, 0.9)
BODY_RULES: dict[str, Callable[[set[str]], bool]] = {
    "outside the articleBody": lambda s: "outside articleBody" in s,
    "outside the articleBody, also its text outside links (body30, 1)": lambda s: (
        "outside articleBody, link-free" in s
    ),
    **{
        f"outside, the articleBody holding {t:.0%}+ of the paragraphs (body30, 2)": (
            lambda s, t=t: "outside articleBody" in s and f"coverage {t}" in s
        )
        for t in COVERAGE
    },
    **{
        f"both: outside links too, {t:.0%}+ of the paragraphs found so (body30, 1+2)": (
            lambda s, t=t: "outside articleBody, link-free" in s and f"coverage link-free {t}" in s
        )
        for t in COVERAGE
    },
}
RULES.update({k: v for k, v in BODY_RULES.items() if k != "outside the articleBody"})


def coverage(blocks: list[tuple[str, str]], signals: list[set[str]]) -> list[set[str]]:
    """body30: mark every block of a page whose ``articleBody`` holds a share of the edition's
    paragraphs (``coverage T``: T or more of its paragraph blocks found in it; ``coverage
    link-free T``: found whole or by their text outside links)."""
    paras = [s for (k, _), s in zip(blocks, signals, strict=True) if k == "paragraph"]
    n = max(1, len(paras))
    plain = sum("outside articleBody" not in s for s in paras) / n if paras else 0.0
    free = sum("outside articleBody, link-free" not in s for s in paras) / n if paras else 0.0
    tags = {f"coverage {t}" for t in COVERAGE if plain >= t} | {
        f"coverage link-free {t}" for t in COVERAGE if free >= t
    }
    return [s | tags for s in signals]


def boundaries(signals: list[set[str]]) -> list[set[str]]:
    """Mark the blocks outside the articleBody that come before its first block in the edition
    or after its last (the body's boundaries, not a line inside it)."""
    inside = [i for i, s in enumerate(signals) if "outside articleBody" not in s]
    if not inside or len(inside) == len(signals):
        return signals
    first, last = inside[0], inside[-1]
    return [
        s | {"beyond articleBody's ends"} if "outside articleBody" in s and not first <= i <= last
        else s
        for i, s in enumerate(signals)
    ]  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("editions", type=Path, help="devhalves_editions.py's dump")
    parser.add_argument("--lines", action="store_true", help="list every block a rule drops")
    parser.add_argument(
        "--articlebody-only", action="store_true",
        help="body30: only the articleBody rules (its link-free match and coverage thresholds)",
    )  # fmt: skip
    args = parser.parse_args(argv)
    rules = BODY_RULES if args.articlebody_only else RULES
    dump = json.loads(args.editions.read_text(encoding="utf-8"))
    stamp = time.strftime("%Y-%m-%d %H:%M:%S UTC", time.gmtime())
    print(f"# teaser_screen  {stamp}  python {platform.python_version()}")
    print(f"# editions {args.editions.name}")
    for half, data in dump.items():
        pages: dict[str, ev.Page] = {}
        for name in dh.HALVES[half]:
            for page in ev.development_pages(name, parser):
                pages.setdefault(page.id, page)
        c: Counter[str] = Counter()
        lines_out: list[str] = []
        cpu = 0.0
        with_body = 0
        for pid, ed in data["pages"].items():
            page = pages[pid]
            blocks = [(k, t) for k, t in ed["blocks"]]
            t0 = time.process_time()
            sig = PageSignals(page.html(), page.url, sum(len(_letters(t)) for _, t in blocks))
            signals = [sig.signals(t, args.articlebody_only) for _, t in blocks]
            cpu += time.process_time() - t0
            with_body += sig.body is not None
            tp0, fp0 = _score(page, blocks)
            c["tp"] += tp0
            c["fp"] += fp0
            expected = page.expected_text()
            exp_key = ev.key(expected) if expected else None
            signals = coverage(blocks, boundaries(signals))
            for rule, drop in rules.items():
                kept = [b for b, s in zip(blocks, signals, strict=True) if not drop(s)]
                tp, fp = _score(page, kept)
                c[f"{rule}: facts lost"] += tp0 - tp
                c[f"{rule}: leaks cut"] += fp0 - fp
                c[f"{rule}: blocks dropped"] += len(blocks) - len(kept)
                if not args.lines:
                    continue
                for (_, t), s in zip(blocks, signals, strict=True):
                    if not drop(s):
                        continue
                    if exp_key is None:
                        mark = "snippet page"
                    elif ev.key(t) in exp_key:
                        mark = "BODY"
                    elif len(t.split()) >= 4:
                        mark = "LEAK"
                    else:
                        mark = "short"
                    lines_out.append(f"  [{rule[:40]}] {mark} {pid}: {t[:120]!r}")
        n = max(1, len(data["pages"]))
        print(
            f"\n== {half}: {len(data['pages'])} pages, body facts found {c['tp']}, leaks"
            f" {c['fp']}; pages shipping a usable articleBody {with_body}"
        )
        for rule in rules:
            lost, cut = c[f"{rule}: facts lost"], c[f"{rule}: leaks cut"]
            dropped = c[f"{rule}: blocks dropped"]
            print(
                f"  rule {rule:75} leaks cut {cut:4}  body facts lost {lost:4}  blocks {dropped:5}"
            )
        print(f"  CPU a page (signals): {1000 * cpu / n:.1f} ms")
        if args.lines:
            print("\n".join(lines_out))
        sys.stdout.flush()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
