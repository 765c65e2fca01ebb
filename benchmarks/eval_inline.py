"""Inline markup through translation on real pages: links, emphasis and code spans kept.

    python benchmarks/eval_inline.py --set dev -v        # the development half, every span listed
    python benchmarks/eval_inline.py --set held          # the held-out half (do not tune on it)

The English news and blog pages of tests/data/realworld/ are read and cleaned as ``translate
run`` does; the blocks that carry inline markup (and the title) are translated to pt-BR by the
embedded model through the whole pipeline (``translate_prepared``). The same blocks are also
translated with their markup removed, in the same run: that plain edition is what the engine
gives without markup, the yardstick for "do no harm".

Per page and in total:

- ``spans``/``placed``: inline spans of the source and those placed in the edition, by kind
  (``link`` separately); ``flagged``: spans lost with a finding (never silently).
- ``changed``: sentences carrying markup whose translation differs from the plain edition's;
  ``chrF``: the mean chrF (character 6-grams, beta 2) of those against the plain translation
  (100 = the same); ``leaked``: sentences whose target shows marker characters (``<``, ``>``,
  ``[``, ``]``, ``{``, ``}``, ``⟦``...) that the source does not have.
- ``odd``: placed links whose target text is implausible for its source text (empty, longer
  than 3.5x or shorter than a quarter of the source's words, or the whole sentence when the
  source link was not).

The pages are split by position in the sorted id list: even positions are the development set
(rules may be tuned on it), odd positions the held-out set, written before the change it
measures (benchmarks/results/eval_inline_before.txt).
"""

from __future__ import annotations

import argparse
import dataclasses
import platform
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from realworld_corpus import Page, load_pages  # noqa: E402

MARKERS = set("<>[]{}⟦⟧⟨⟩«»|#@")


def chrf(hyp: str, ref: str, n: int = 6, beta: float = 2.0) -> float:
    """chrF (Popović 2015): character n-gram F-score, whitespace removed, averaged over n."""
    hyp, ref = "".join(hyp.split()), "".join(ref.split())
    if hyp == ref:
        return 100.0
    precs, recs = [], []
    for k in range(1, n + 1):
        h = Counter(hyp[i : i + k] for i in range(len(hyp) - k + 1))
        r = Counter(ref[i : i + k] for i in range(len(ref) - k + 1))
        if not h or not r:
            continue
        common = sum((h & r).values())
        precs.append(common / sum(h.values()))
        recs.append(common / sum(r.values()))
    if not precs:
        return 0.0
    p, r = sum(precs) / len(precs), sum(recs) / len(recs)
    if p + r == 0:
        return 0.0
    return 100 * (1 + beta**2) * p * r / (beta**2 * p + r)


def split(pages: list[Page]) -> dict[str, list[Page]]:
    ordered = sorted(pages, key=lambda p: p.id)
    return {"dev": ordered[0::2], "held": ordered[1::2], "all": ordered}


def english_pages() -> list[Page]:
    return [p for p in load_pages() if p.language == "en" and p.kind in ("news", "blog")]


def evaluate(page: Page, store_path: Path, verbose: bool) -> tuple[Counter[str], list[str]]:
    from translate.locales import parse_targets
    from translate.options import RunOptions
    from translate.pipeline import prepare, translate_prepared
    from translate.read import parse_article
    from translate.store import Store

    options = RunOptions(use_cache=True, use_tm=False, source_lang="en")
    profile = parse_targets("pt-BR")[0]
    article = parse_article(page.html(), fmt="html", source=page.id, article_id=page.id)
    prepared = prepare(article, options)
    page_sentences = len(prepared.segments)
    marked = {i for i, b in enumerate(prepared.article.blocks) if b.inline or b.kind == "title"}
    prepared = dataclasses.replace(
        prepared, segments=[s for s in prepared.segments if s.block in marked]
    )
    plain_article = dataclasses.replace(
        prepared.article,
        blocks=[dataclasses.replace(b, inline=[]) for b in prepared.article.blocks],
    )
    plain = dataclasses.replace(prepared, article=plain_article)
    store = Store(store_path)
    counts: Counter[str] = Counter(page_sentences=page_sentences)
    from translate import inline

    ask = getattr(inline, "_ask", None)
    if ask is not None:  # count the texts the markup costs the engine (after the change)

        def counted(engine: object, texts: list[str | None]) -> list[str]:
            counts["engine_texts"] += sum(1 for t in texts if t is not None)
            return ask(engine, texts)  # type: ignore[no-any-return]

        inline._ask = counted  # type: ignore[attr-defined]
    try:
        bare = translate_prepared(plain, profile, options, store)
        ours = translate_prepared(prepared, profile, options, store)
    finally:
        store.close()
        if ask is not None:
            inline._ask = ask  # type: ignore[attr-defined]
    notes: list[str] = []
    plain_targets = {s.id: s.target for b in bare.blocks for s in b.segments}
    for block in ours.blocks:
        for span in block.source_inline:
            kind = "link" if span.kind == "link" else "other"
            counts[f"{kind}_spans"] += 1
        # placed: every part of it placed, i.e. no finding names it (its number in the block)
        ids = {s.id for s in block.segments}
        lost = {f.data.get("span") for f in ours.findings
                if f.check == "inline" and f.segment in ids}  # fmt: skip
        for k, x in enumerate(block.source_inline, start=1):
            kind = "link" if x.kind == "link" else "other"
            counts[f"{kind}_placed"] += k not in lost and not f_unsafe(x)
        for span in block.inline:
            if span.kind == "link":
                src = next(
                    (s for s in block.source_inline
                     if s.kind == "link" and s.attrs.get("href") == span.attrs.get("href")),
                    None,
                )  # fmt: skip
                text = block.target[span.start : span.end]
                source_text = block.source[src.start : src.end] if src else ""
                odd = _odd(source_text, text, block, src, span)
                counts["link_odd"] += odd
                if verbose:
                    notes.append(f"{'ODD ' if odd else ''}link {source_text!r} -> {text!r}")
        with_spans = {
            s.id
            for s in block.segments
            if any(
                s.segment.start <= x.start < s.segment.end for x in block.source_inline
            )
        }
        for seg in block.segments:
            if seg.id not in with_spans:
                continue
            counts["sentences"] += 1
            plain_target = plain_targets.get(seg.id, "")
            if seg.target != plain_target:
                counts["changed"] += 1
                counts["chrf_sum"] += round(chrf(seg.target, plain_target) * 100)
                if verbose:
                    notes.append(f"changed: {plain_target!r}\n         -> {seg.target!r}")
            if set(seg.target) & MARKERS - set(seg.source):
                counts["leaked"] += 1
                notes.append(f"leaked: {seg.target!r}")
    for f in ours.findings:
        if f.check == "inline" and not f.data.get("unsafe"):
            counts["link_flagged" if f.data.get("kind") == "link" else "other_flagged"] += 1
            if verbose:
                notes.append(f"flagged: {f.message[:150]}")
    return counts, notes


def f_unsafe(span: object) -> bool:
    from translate.urls import safe_url

    url = getattr(span, "attrs", {}).get("href") or getattr(span, "attrs", {}).get("src")
    return url is not None and not safe_url(url)


def _odd(source_text: str, text: str, block: object, src: object, span: object) -> int:
    if not text.strip():
        return 1
    sw, tw = max(1, len(source_text.split())), len(text.split())
    if tw > 3.5 * sw + 1 or tw * 4 < sw:
        return 1
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", choices=["dev", "held", "all"], default="dev")
    parser.add_argument("-v", "--verbose", action="store_true")
    parser.add_argument("ids", nargs="*")
    args = parser.parse_args(argv)
    pages = split(english_pages())[args.set]
    if args.ids:
        pages = [p for p in pages if p.id in args.ids]
    from translate import __version__

    print(
        f"# eval_inline --set {args.set}  {time.strftime('%Y-%m-%d %H:%M:%S %Z')}"
        f"  {platform.node()}  python {platform.python_version()}  newsroom-translate"
        f" {__version__}  (machine shared with other jobs)"
    )
    cols = ["link_spans", "link_placed", "link_flagged", "link_odd", "other_spans",
            "other_placed", "other_flagged", "sentences", "changed", "leaked"]  # fmt: skip
    heads = ["links", "placed", "flagged", "odd", "other", "placed", "flagged", "sents",
             "changed", "leaked"]  # fmt: skip
    print(f"{'page':40} " + " ".join(f"{h:>7}" for h in heads) + "    chrF")
    total: Counter[str] = Counter()
    started = time.process_time()
    with tempfile.TemporaryDirectory() as tmp:
        for page in pages:
            counts, notes = evaluate(page, Path(tmp) / "store.db", args.verbose)
            total.update(counts)
            chrf_mean = counts["chrf_sum"] / 100 / counts["changed"] if counts["changed"] else 100
            print(
                f"{page.id[:40]:40} " + " ".join(f"{counts[c]:>7}" for c in cols)
                + f"  {chrf_mean:6.1f}"
            )  # fmt: skip
            for note in notes:
                print(f"    {note}")
    chrf_mean = total["chrf_sum"] / 100 / total["changed"] if total["changed"] else 100
    print(f"{'total':40} " + " ".join(f"{total[c]:>7}" for c in cols) + f"  {chrf_mean:6.1f}")
    print(
        f"  links placed {total['link_placed']}/{total['link_spans']}"
        f" (flagged {total['link_flagged']}, implausible {total['link_odd']});"
        f" other spans placed {total['other_placed']}/{total['other_spans']};"
        f" sentences changed vs plain {total['changed']}/{total['sentences']}"
        f" (mean chrF {chrf_mean:.1f}), markers leaked {total['leaked']}"
    )
    print(
        f"  engine cost of the markup: {total['engine_texts']} extra texts (marked sentences,"
        f" phrases alone) beside {total['sentences']} sentences with markup, on pages of"
        f" {total['page_sentences']} sentences"
    )
    print(f"  pages {len(pages)}  ({time.process_time() - started:.0f} s CPU in this process)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
