"""Agreement of independent extractors as a leak signal, decided on some sets, checked on others.

    python benchmarks/diagnose_ensemble.py --set heldout-e --set heldout-f --set heldout-g

For every kept block of the edition (as ``eval_realworld`` scores it: 4+ words, a leak when it is
outside the page's expected text, a body line when inside) it asks whether a second extractor,
run on the same page, keeps that text too: trafilatura with ``favor_precision=True`` (its own
precision mode, default settings otherwise), jusText's paragraph classes (``good`` after its
context revision; the stoplist of the page's declared language, or of every language jusText
ships when it declares none, as trafilatura's own jusText fallback does), readability-lxml's
article when that package is importable (it is not a dependency) and, for comparison,
trafilatura's default extraction. A block is "absent" from an extractor when its text (compared as
``eval_realworld.key``) is not inside that extractor's text and fewer than 80% of its word pairs
are. Candidate rules combine absence with the edition's structure (short, at the body's edges,
link-dense, no sentence end), and the per-set count is the leaks each would drop and the body
lines it would lose.

Decision rule, fixed in this file before it read any set (realnews12's, for comparison): a rule
is adopted only if on sets e+f+g together it drops more leaks than body lines and loses at most
0.2% of the body lines, then does the same on sets k+l, and on no other development set loses
more than 0.2% of its body lines. The extra CPU per page of each extractor is printed as a ratio
to our own reader's (``parse_article`` + ``prepare``) on the same pages in the same run. A
development tool: it refuses the held-out set.
"""

from __future__ import annotations

import argparse
import itertools
import re
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import diagnose_structure as ds
import eval_realworld as ev

_WORD = re.compile(r"\w+")


def _pairs(text: str) -> set[tuple[str, str]]:
    w = [x.lower() for x in _WORD.findall(text)]
    return set(itertools.pairwise(w))


@dataclass
class Other:
    """One second extractor's text of a page, as keys and word pairs."""

    key: str
    pairs: set[tuple[str, str]]

    @classmethod
    def of(cls, text: str) -> Other:
        return cls(ev.key(text), _pairs(text))

    def has(self, text: str) -> bool:
        if ev.key(text) in self.key:
            return True
        p = _pairs(text)
        return bool(p) and len(p & self.pairs) >= 0.8 * len(p)


def traf_precision(html: str) -> str:
    import trafilatura

    return trafilatura.extract(html, favor_precision=True, include_tables=True) or ""


def traf_default(html: str) -> str:
    import trafilatura

    return trafilatura.extract(html) or ""


def justext_good(html: str, lang: str | None) -> str:
    import justext
    from trafilatura.external import JUSTEXT_LANGUAGES, jt_stoplist_init

    if lang in JUSTEXT_LANGUAGES:
        stoplist = justext.get_stoplist(JUSTEXT_LANGUAGES[lang])
    else:
        stoplist = frozenset(jt_stoplist_init())
    try:
        paragraphs = justext.justext(html, stoplist)
    except Exception:  # a page jusText cannot parse keeps nothing
        return ""
    return "\n".join(p.text for p in paragraphs if p.class_type == "good")


def readability_text(html: str) -> str | None:
    """readability-lxml's article, as text; None when the package is not installed (it is not a
    dependency: the second run of this tool measured it from a scratch install)."""
    try:
        from lxml import html as lxml_html
        from readability import Document  # type: ignore[import-not-found]
    except ImportError:
        return None
    try:
        summary = Document(html).summary(html_partial=True)
    except Exception:  # a page readability cannot parse keeps nothing
        return ""
    root = lxml_html.fromstring(summary)
    return "\n".join(
        " ".join(el.itertext())
        for el in root.iter("p", "li", "h1", "h2", "h3", "h4", "td", "div", "pre")
    )


@dataclass
class Page:
    blocks: list[ds.B]
    absent: list[dict[str, bool]]  # per block: extractor -> absent from it


def _edge(bs: list[ds.B], i: int) -> bool:
    return i < ds.main_start(bs) or i > ds.main_end(bs) >= 0


def _short(bs: list[ds.B], i: int) -> bool:
    return bs[i].words < 15


def _noend(bs: list[ds.B], i: int) -> bool:
    return not bs[i].sentence and bs[i].kind != "heading"


def _dense(bs: list[ds.B], i: int) -> bool:
    return ds.r_link_dense(bs, i)


Rule = Callable[[Page, int], bool]


def _absent(*names: str) -> Callable[[Page, int], bool]:
    return lambda p, i: all(p.absent[i][n] for n in names)


def _and(a: Rule, s: Callable[[list[ds.B], int], bool]) -> Rule:
    return lambda p, i: a(p, i) and s(p.blocks, i)


P, J, D = _absent("prec"), _absent("just"), _absent("dflt")
PJ, PJD = _absent("prec", "just"), _absent("prec", "just", "dflt")

RULES: dict[str, Rule] = {
    "prec": P,
    "just": J,
    "dflt": D,
    "prec+just": PJ,
    "all3": PJD,
    "prec short": _and(P, _short),
    "just short": _and(J, _short),
    "prec+just short": _and(PJ, _short),
    "prec edge": _and(P, _edge),
    "just edge": _and(J, _edge),
    "prec+just edge": _and(PJ, _edge),
    "prec+just noend": _and(PJ, _noend),
    "prec+just dense": _and(PJ, _dense),
    "all3 short": _and(PJD, _short),
    "all3 edge": _and(PJD, _edge),
    "all3 short edge": lambda p, i: PJD(p, i) and _short(p.blocks, i) and _edge(p.blocks, i),
}
# added after the first run (e+f+g, k+l) and before readability-lxml's absences were counted
R, PR, PJR = _absent("read"), _absent("prec", "read"), _absent("prec", "just", "read")
RULES_READ: dict[str, Rule] = {
    "read": R,
    "read edge": _and(R, _edge),
    "prec+read": PR,
    "prec+read edge": _and(PR, _edge),
    "prec+just+read": PJR,
    "prec+just+read edge": _and(PJR, _edge),
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--set", action="append", required=True)
    parser.add_argument("--lines", metavar="RULE", help="print each line RULE drops")
    args = parser.parse_args(argv)
    print("\n".join(ev.header_lines()))
    for name in args.set:
        pages = ev.development_pages(name, parser)
        leaks = body = 0
        hit: Counter[str] = Counter()
        cpu: Counter[str] = Counter()
        for page in pages:
            expected = page.expected_text()
            if not expected:
                continue
            exp_key = ev.key(expected)
            html = page.html()
            t0 = time.process_time()
            bs = ds.blocks_of(page)
            t1 = time.process_time()
            prec = Other.of(traf_precision(html))
            t2 = time.process_time()
            just = Other.of(justext_good(html, page_lang(page)))
            t3 = time.process_time()
            dflt = Other.of(traf_default(html))
            t4 = time.process_time()
            read_text = readability_text(html)
            read = Other.of(read_text) if read_text is not None else None
            t5 = time.process_time()
            cpu.update(ours=t1 - t0, prec=t2 - t1, just=t3 - t2, dflt=t4 - t3)
            if read is not None:
                cpu.update(read=t5 - t4)
            absent = [
                {"prec": not prec.has(b.text), "just": not just.has(b.text),
                 "dflt": not dflt.has(b.text), "read": read is not None and not read.has(b.text)}
                for b in bs
            ]  # fmt: skip
            rules = RULES | (RULES_READ if read is not None else {})
            p = Page(bs, absent)
            for i, b in enumerate(bs):
                if b.words < 4:
                    continue
                leak = ev.key(b.text) not in exp_key
                leaks += leak
                body += not leak
                for rule, fn in rules.items():
                    if fn(p, i):
                        hit[f"{rule} {'leak' if leak else 'body'}"] += 1
                        if rule == args.lines:
                            tag = "LEAK" if leak else "BODY"
                            print(f"    {tag} {page.id} {b.text[:90]!r}")
        print(f"set {name}: pages {len(pages)}, kept lines of 4+ words: leaks {leaks}, body {body}")
        for rule in RULES | (RULES_READ if cpu["read"] else {}):
            lk, bd = hit[f"{rule} leak"], hit[f"{rule} body"]
            print(f"  {rule:16} drops leaks {lk:4} ({lk / max(leaks, 1):.0%}), body lines {bd:4}"
                  f" ({bd / max(body, 1):.1%})")  # fmt: skip
        base = cpu["ours"] or 1e-9
        ratios = [f"{k} {cpu[k] / base:.2f}x" for k in ("prec", "just", "dflt", "read") if cpu[k]]
        print(
            f"  cpu (process time, ratio to our reader's {cpu['ours']:.1f} s): " + ", ".join(ratios)
        )
        sys.stdout.flush()
    return 0


def page_lang(page: ev.Page) -> str | None:
    """The page's declared language (``<html lang>``), two letters; None when it declares none."""
    m = re.search(r"<html[^>]*\blang=[\"']?([A-Za-z]{2})", page.html()[:5000], re.IGNORECASE)
    return m.group(1).lower() if m else None


if __name__ == "__main__":
    raise SystemExit(main())
