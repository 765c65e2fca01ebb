"""What the embedded model makes of typographic quotation marks, on real sentences.

    python benchmarks/eval_engine_marks.py [--limit N] [--show N]

The embedded model (Bergamot en<->pt) was trained on text with ASCII quotation marks: a
sentence opening with “ often comes back without its quotation ("“Who cares?” Trump told
reporters" -> "Quem se importa? - Trump disse"), and ‘junk science’ comes back as
"junk science)". This evaluation takes every sentence of the real-world corpus's pages
(``tests/data/realworld/**/pages``; English and Portuguese sources, as the reader and the
segmenter cut them) that holds a typographic quotation mark, and translates it twice with the
same model in the same run: as written (the bare engine), and with its marks written as ASCII
(``translate.engines.marks.engine_text``). For each it counts

* quotation kept: the source has a pair of double marks (or single quotation marks) and the
  output has a pair of quotation marks, of any kind;
* quotation broken: the output has an odd number of double marks, or a bracket or dash in
  place of a mark;
* blocking findings of the facts gate on the localized output (``translate.check.check_pair``),
  the ``quotes`` check left out;
* for fractions and multiplication signs (sent spelt out, put back by
  ``translate.engines.marks.restore``): each written in the output as the source wrote it;
* worse by rule: a number, a capitalized word or a URL of the source that one output keeps as
  written and the other does not;

and prints every sentence whose outputs differ in one of those (up to ``--show``).
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import platform
import re
import sys
from collections import Counter
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from pathlib import Path

from translate import read
from translate.check import check_pair
from translate.engines.embedded import EmbeddedEngine
from translate.engines.marks import ENGINE_MARKS, VULGAR, engine_text, restore
from translate.errors import TranslateError
from translate.pipeline import prepare

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "data" / "realworld"
TYPOGRAPHIC = {chr(k) for k in ENGINE_MARKS} | set(VULGAR)
FRACTION = re.compile(rf"\d?[ \u00a0\u2009\u202f]?[{VULGAR}]")
DOUBLE = set("\"“”„‟«»〝〞＂")
SINGLE_QUOTES = re.compile(r"(?<![\w])[‘'‚‛][^‘’']{2,}?[’'](?![\w])")
KEPT_TOKENS = re.compile(r"https?://\S+|\d[\d.,:]*|\b[A-Z][\w-]*[A-Za-z]")
TARGET_OF = {"en": ("pt", "pt-BR"), "pt": ("en", "en-US")}


def _pages() -> Iterator[tuple[str, str]]:
    for facts in sorted(CORPUS.glob("**/pages/*.json")):
        d = json.loads(facts.read_text(encoding="utf-8"))
        path = facts.parent.parent / d["file"] if "file" in d else None
        if path is None or not path.is_file():
            continue
        data = path.read_bytes()
        if path.suffix == ".gz":
            data = gzip.decompress(data)
        yield d["id"], data.decode("utf-8", "replace")


def sentences() -> list[tuple[str, str, str]]:
    """(page, source language, sentence) for every corpus sentence with a typographic mark."""
    out: list[tuple[str, str, str]] = []
    seen: set[str] = set()
    for page, html in _pages():
        try:
            prepared = prepare(read.parse_article(html, fmt="html", source=page))
        except TranslateError:
            continue
        for seg in prepared.segments:
            if seg.lang in TARGET_OF and TYPOGRAPHIC & set(seg.source) and seg.source not in seen:
                seen.add(seg.source)
                out.append((page, seg.lang, seg.source))
    return out


def _quotes(text: str) -> tuple[int, bool]:
    """(double marks, has a single-quoted span)."""
    return sum(ch in DOUBLE for ch in text), bool(SINGLE_QUOTES.search(text))


def quotation_state(source: str, target: str) -> str:
    """'none' (no quotation in the source), 'kept', or 'lost'."""
    src_double, src_single = _quotes(source)
    if src_double < 2 and not src_single:
        return "none"
    tgt_double, tgt_single = _quotes(target)
    if (src_double >= 2 and tgt_double >= 2 and tgt_double % 2 == 0) or (
            src_double < 2 and (tgt_single or tgt_double >= 2)):
        return "kept"
    return "lost"


def broken(source: str, target: str) -> bool:
    """An odd number of double marks where the source has an even one."""
    src_double, _ = _quotes(source)
    tgt_double, _ = _quotes(target)
    return src_double % 2 == 0 and tgt_double % 2 == 1


def kept_tokens(source: str, target: str) -> set[str]:
    return {t.rstrip(".,:") for t in KEPT_TOKENS.findall(source) if t.rstrip(".,:") in target}


def blocking(source: str, target: str, lang: str) -> list[str]:
    locale = TARGET_OF[lang][1]
    result = check_pair(source, target, lang, locale)
    return [f"{f.check}: {f.message}" for f in result.findings
            if f.severity == "error" and f.check != "quotes"]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--limit", type=int, default=0, help="at most N sentences (0: all)")
    ap.add_argument("--show", type=int, default=60, help="print up to N differing sentences")
    ap.add_argument("--numbers", action="store_true",
                    help="only the sentences with a vulgar fraction (¼ ½ ¾ ⅐..⅞) or a ×")
    args = ap.parse_args(argv)
    load = os.getloadavg()[0]
    print(f"date: {datetime.now(UTC):%Y-%m-%d %H:%M} UTC")
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, CPython "
          f"{platform.python_version()}; load average {load:.1f}")
    print("command: python benchmarks/eval_engine_marks.py"
          + (f" --limit {args.limit}" if args.limit else "")
          + (" --numbers" if args.numbers else "") + "\n")
    rows = sentences()
    if args.numbers:
        rows = [r for r in rows if set(VULGAR + "×") & set(r[2])]
    if args.limit:
        rows = rows[: args.limit]
    engine = EmbeddedEngine(threads=os.cpu_count() or 2)
    info = engine.model_info("en", "pt")
    print(f"engine: {info.model}; sentences with a typographic mark: {len(rows)}")
    models = {lang: engine._direction(lang, TARGET_OF[lang][0]) for lang in {r[1] for r in rows}}

    def run(item: tuple[str, str]) -> str:
        lang, text = item
        return str(models[lang].translate(text)).strip()

    with ThreadPoolExecutor(os.cpu_count() or 2) as pool:
        bare = list(pool.map(run, [(lang, " ".join(s.split())) for _, lang, s in rows]))
        ascii_ = [restore(s, out) for (_, _, s), out in zip(rows, pool.map(
            run, [(lang, engine_text(s)) for _, lang, s in rows]), strict=True)]
    counts: Counter[str] = Counter()
    shown = 0
    for (page, lang, src), b, a in zip(rows, bare, ascii_, strict=True):
        qb, qa = quotation_state(src, b), quotation_state(src, a)
        # A: a quotation (double marks, or a single-quoted span); B: apostrophes only;
        # C: a vulgar fraction; D: a multiplication sign
        group = ("C fraction" if set(VULGAR) & set(src) else "D multiplication sign"
                 if "×" in src else "A quotation" if qb != "none" or DOUBLE & set(src)
                 else "B apostrophe only")
        if group == "C fraction":
            written = FRACTION.findall(src)
            counts[f"{group}: fractions as the source wrote them, bare"] += sum(
                w.strip() in b for w in written)
            counts[f"{group}: fractions as the source wrote them, ascii"] += sum(
                w.strip() in a for w in written)
            counts[f"{group}: fractions in the source"] += len(written)
        counts[f"{group}: sentences ({lang})"] += 1
        if qb != "none":
            counts[f"{group}: quotation kept, bare"] += qb == "kept"
            counts[f"{group}: quotation kept, ascii"] += qa == "kept"
        counts[f"{group}: marks broken, bare"] += broken(src, b)
        counts[f"{group}: marks broken, ascii"] += broken(src, a)
        fb, fa = blocking(src, b, lang), blocking(src, a, lang)
        counts[f"{group}: blocking findings, bare"] += len(fb)
        counts[f"{group}: blocking findings, ascii"] += len(fa)
        kb, ka = kept_tokens(src, b), kept_tokens(src, a)
        worse, better = kb - ka, ka - kb
        counts[f"{group}: a token bare kept, ascii lost"] += bool(worse)
        counts[f"{group}: a token ascii kept, bare lost"] += bool(better)
        short_a = len(a) < 0.8 * len(b)
        short_b = len(b) < 0.8 * len(a)
        counts[f"{group}: ascii output under 80% of bare's length"] += short_a
        counts[f"{group}: bare output under 80% of ascii's length"] += short_b
        counts[f"{group}: outputs identical"] += b == a
        differs = (qb != qa or fb != fa or worse or better or short_a or short_b
                   or broken(src, b) != broken(src, a))
        if differs and shown < args.show:
            shown += 1
            print(f"\n[{page}] {src}\n  bare:  {b}\n  ascii: {a}")
            for label, val in (("quotation", f"{qb} -> {qa}"), ("lost by ascii", worse),
                               ("kept by ascii only", better),
                               ("length ascii/bare", f"{len(a) / max(1, len(b)):.2f}"
                                if short_a or short_b else "")):
                if val and val != "none -> none":
                    print(f"  {label}: {val}")
            for f in fb:
                print(f"  bare finding: {f}")
            for f in fa:
                print(f"  ascii finding: {f}")
    print("\n| figure | count |\n|---|---:|")
    for key in sorted(counts):
        print(f"| {key} | {counts[key]} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
