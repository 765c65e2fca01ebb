"""Agreement with a second extractor and with the publisher's own ``articleBody`` as a leak
signal, scored as ``eval_realworld`` scores.

    python benchmarks/diagnose_agreement.py --cache DIR --set heldout-e --set dev ...

For every kept block of the reader's edition (4+ words: a shorter block is never a leak, so no
rule drops it) it asks whether a second text of the same page holds it: trafilatura with
``favor_precision=True`` (``prec``), jusText's ``good`` paragraphs (``just``; the stoplist of the
page's declared language, else all of jusText's, as trafilatura's own fallback does), and the
page's JSON-LD ``articleBody`` (``ld``: the longest one of the page's JSON-LD objects, tags
stripped; used only when it is a body, not a teaser: 3+ sentences and 50%+ of the edition's kept
4+-word blocks in it). A block is *absent* from a text when its ``eval_realworld.key`` is not in
that text's key and fewer than 80% of its word pairs are in the text (realnews13's test).

The candidate rules (``RULES``, fixed with the decision rule in ``docs/evaluation/realworld.md``
before any set was counted) drop the absent blocks; each is scored by ``score_extraction`` on
the edition without them: leaks removed, body facts lost, recall before and after. It also
describes how often a page carries an ``articleBody`` and an ``og:description``, how much of the
expected text the ``articleBody`` holds and whether the description matches the edition's first
body line. A development tool: it refuses the held-out sets.
"""

from __future__ import annotations

import argparse
import html as html_lib
import itertools
import json
import re
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import classify_leak_position as clp
import eval_realworld as ev

_WORD = re.compile(r"\w+")
_LD = re.compile(
    r"<script[^>]*type=[\"']?application/ld\+json[\"']?[^>]*>(.*?)</script>", re.I | re.S
)
_TAG = re.compile(r"<[^>]+>")
_SENT_END = re.compile(r"[.!?。！？](?:[\"'”’)\]]*)(?:\s|$)")
_META = re.compile(r"<meta\b[^>]*>", re.I)
_ATTR = re.compile(r"([\w:-]+)\s*=\s*(\"[^\"]*\"|'[^']*'|[^\s>]+)")
LONG = clp.LONG


def _pairs(text: str) -> set[tuple[str, str]]:
    w = [x.lower() for x in _WORD.findall(text)]
    return set(itertools.pairwise(w))


@dataclass
class Other:
    """A second text of a page, as its key and word pairs."""

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


def page_lang(html: str) -> str | None:
    m = re.search(r"<html[^>]*\blang=[\"']?([A-Za-z]{2})", html[:5000], re.IGNORECASE)
    return m.group(1).lower() if m else None


def justext_good(html: str) -> str:
    import justext
    from trafilatura.external import JUSTEXT_LANGUAGES, jt_stoplist_init

    lang = page_lang(html)
    if lang in JUSTEXT_LANGUAGES:
        stoplist = justext.get_stoplist(JUSTEXT_LANGUAGES[lang])
    else:
        stoplist = frozenset(jt_stoplist_init())
    try:
        paragraphs = justext.justext(html, stoplist)
    except Exception:  # a page jusText cannot parse keeps nothing
        return ""
    return "\n".join(p.text for p in paragraphs if p.class_type == "good")


def _walk(obj: Any) -> Iterator[dict[str, Any]]:
    if isinstance(obj, dict):
        yield obj
        for v in obj.values():
            yield from _walk(v)
    elif isinstance(obj, list):
        for v in obj:
            yield from _walk(v)


def article_body(html: str) -> str:
    """The longest ``articleBody`` of the page's JSON-LD objects, tags stripped ("" if none)."""
    best = ""
    for m in _LD.finditer(html):
        raw = m.group(1).strip()
        try:
            data = json.loads(raw, strict=False)
        except ValueError:
            continue
        for obj in _walk(data):
            body = obj.get("articleBody")
            if isinstance(body, list):
                body = "\n".join(str(x) for x in body)
            if isinstance(body, str):
                text = html_lib.unescape(_TAG.sub("\n", html_lib.unescape(body)))
                if len(text) > len(best):
                    best = text
    return best


def og_description(html: str) -> str:
    for m in _META.finditer(html):
        attrs = {k.lower(): v.strip("\"'") for k, v in _ATTR.findall(m.group(0))}
        if attrs.get("property", attrs.get("name", "")).lower() == "og:description":
            return html_lib.unescape(attrs.get("content", ""))
    return ""


@dataclass
class Page:
    blocks: list[tuple[str, str]]
    body: list[bool]  # 4+ words, in the expected text
    leak: list[bool]  # 4+ words, not in it
    absent: list[dict[str, bool]]
    ld_is_body: bool
    longs: list[int] = field(default_factory=list)


Rule = Callable[[Page, int], bool]


def _absent(*names: str) -> Rule:
    def rule(p: Page, i: int) -> bool:
        if "ld" in names and not p.ld_is_body:
            return False
        return all(p.absent[i][n] for n in names)

    return rule


def _edge(r: Rule) -> Rule:
    def rule(p: Page, i: int) -> bool:
        if not p.longs or p.longs[0] <= i <= p.longs[-1]:
            return False
        return r(p, i)

    return rule


RULES: dict[str, Rule] = {
    "(1) prec": _absent("prec"),
    "(2) just": _absent("just"),
    "(3) prec+just": _absent("prec", "just"),
    "(4) ld": _absent("ld"),
    "(5) ld+prec": _absent("ld", "prec"),
    "(6) ld+just": _absent("ld", "just"),
    "(7) prec+just edge": _edge(_absent("prec", "just")),
    "(8) ld edge": _edge(_absent("ld")),
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--set", action="append", required=True, choices=sorted(ev.SETS))
    parser.add_argument("--cache", type=Path, help="keep the editions here (a scratch folder)")
    parser.add_argument("--lines", metavar="RULE", help="print each block RULE drops")
    args = parser.parse_args(argv)
    print("\n".join(ev.header_lines()))
    print(f"# sets: {', '.join(args.set)}")
    base: Counter[str] = Counter()
    after: dict[str, Counter[str]] = {r: Counter() for r in RULES}
    dropped: dict[str, Counter[str]] = {r: Counter() for r in RULES}
    desc: Counter[str] = Counter()
    cpu: Counter[str] = Counter()
    for name in args.set:
        pages = [p for p in ev.development_pages(name, parser) if p.expected_text()]
        editions = clp._editions(name, pages, args.cache)
        for page in pages:
            ex = editions[page.id]
            html = page.html()
            exp = page.expected_text() or ""
            exp_key = ev.key(exp)
            t0 = time.process_time()
            prec = Other.of(traf_precision(html))
            t1 = time.process_time()
            just = Other.of(justext_good(html))
            t2 = time.process_time()
            ld_text = article_body(html)
            ld = Other.of(ld_text)
            t3 = time.process_time()
            cpu.update(prec=t1 - t0, just=t2 - t1, ld=t3 - t2)
            words = [len(t.split()) for _, t in ex.blocks]
            body = [
                w >= 4 and ev.key(t) in exp_key for w, (_, t) in zip(words, ex.blocks, strict=True)
            ]
            leak = [w >= 4 and not b for w, b in zip(words, body, strict=True)]
            absent = [
                {"prec": not prec.has(t), "just": not just.has(t), "ld": not ld.has(t)}
                for _, t in ex.blocks
            ]
            kept4 = [i for i, w in enumerate(words) if w >= 4]
            in_ld = sum(not absent[i]["ld"] for i in kept4)
            ld_is_body = (
                len(_SENT_END.findall(ld_text)) >= 3 and bool(kept4) and in_ld >= 0.5 * len(kept4)
            )
            longs = [
                i for i, (k, _) in enumerate(ex.blocks) if k == "paragraph" and words[i] >= LONG
            ]
            p = Page(ex.blocks, body, leak, absent, ld_is_body, longs)
            # description
            desc["pages"] += 1
            if ld_text.strip():
                desc["ld: pages with an articleBody"] += 1
                lines = ev.expected_facts(exp)
                held = sum(ld.has(x) for x in lines)
                desc["ld: expected lines (pages with one)"] += len(lines)
                desc["ld: expected lines it holds"] += held
                desc["ld: leaks on those pages"] += sum(leak)
                desc["ld: leaks it holds"] += sum(
                    lk and not a["ld"] for lk, a in zip(leak, absent, strict=True)
                )
                desc["ld: body lines on those pages"] += sum(body)
                desc["ld: body lines it holds"] += sum(
                    b and not a["ld"] for b, a in zip(body, absent, strict=True)
                )
            if ld_is_body:
                desc["ld: pages where it is a body (rule 4-6, 8 apply)"] += 1
            og = og_description(html)
            if og.strip():
                desc["og: pages with og:description"] += 1
                first = next((t for (_, t), b in zip(ex.blocks, body, strict=True) if b), "")
                ogk = ev.key(og)
                if first and (ogk in ev.key(first) or ev.key(first) in ogk):
                    desc["og: matches the first body line (one holds the other)"] += 1
                elif ogk and ogk in exp_key:
                    desc["og: inside the expected text, not the first body line"] += 1
                if kept4 and leak[kept4[0]]:
                    fk = ev.key(ex.blocks[kept4[0]][1])
                    if fk and ogk and (fk in ogk or ogk in fk):
                        desc["og: matches a first kept block that is a leak"] += 1
            base.update(clp._score(page, ex, ex.blocks))
            for rule, fn in RULES.items():
                gone = {i for i in kept4 if fn(p, i)}
                kept = [kt for i, kt in enumerate(ex.blocks) if i not in gone]
                after[rule].update(clp._score(page, ex, kept))
                dropped[rule]["leaks"] += sum(leak[i] for i in gone)
                dropped[rule]["body"] += sum(body[i] for i in gone)
                dropped[rule]["pages"] += int(any(leak[i] for i in gone))
                if rule == args.lines:
                    for i in sorted(gone):
                        tag = "LEAK" if leak[i] else ("BODY" if body[i] else "----")
                        print(f"    {tag} {page.id[:30]:30} {ex.blocks[i][1][:90]!r}")
        sys.stdout.flush()
    print("")
    print("| description | count |")
    print("|---|---|")
    for k in sorted(desc):
        print(f"| {k} | {desc[k]} |")
    tp, fn_, fp = base["ours_tp"], base["ours_fn"], base["ours_fp"]
    recall = tp / max(1, tp + fn_)
    print("")
    print(f"main: facts found {tp}, missed {fn_}, leaks {fp}, recall {recall:.4f}")
    print(
        "| rule | blocks dropped: leaks / body / pages with a leak dropped | leaks after"
        " | facts lost | recall after | leaks fall, facts lost <= half of them"
        " | recall down <= 0.002 | passes |"
    )
    print("|---|---|---|---|---|---|---|---|")
    for rule in RULES:
        a = after[rule]
        r2 = a["ours_tp"] / max(1, a["ours_tp"] + a["ours_fn"])
        removed = fp - a["ours_fp"]
        lost = tp - a["ours_tp"]
        d = dropped[rule]
        c1 = removed > 0 and 2 * lost <= removed
        c2 = recall - r2 <= 0.002
        print(
            f"| {rule} | {d['leaks']} / {d['body']} / {d['pages']} | {a['ours_fp']}"
            f" | {lost} | {r2:.4f} | {'yes' if c1 else 'no'} | {'yes' if c2 else 'no'}"
            f" | {'**yes**' if c1 and c2 else 'no'} |"
        )
    print(
        "cpu (process time over the pages): "
        + ", ".join(f"{k} {cpu[k]:.1f} s" for k in ("prec", "just", "ld"))
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
