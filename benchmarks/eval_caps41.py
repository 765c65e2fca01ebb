"""caps41: English text written all in capitals, translated into Portuguese, scored against the
human translation (``benchmarks/data/caps41/pud_en_pt.jsonl``, built by build_caps41_set.py).

Four conditions, each of the 150 sentences: the bare embedded engine on the sentence as written
(the ceiling) and in capitals, and the pipeline (``translate_object``, pt-PT, no cache or TM, one
Markdown paragraph a sentence, one article per condition) on the same two texts.

Scores (``chrf`` below; no sacrebleu in the test extras): chrF (character 1..6-grams, beta 2,
spaces removed, Popović 2015) of each output against the reference, case-folded on both sides
(an edition in capitals is not wrong for being in capitals), averaged; and ``copied``, the words
of three letters or more of the output (case-folded) that are words of the English sentence
and not of the reference: English left untranslated. ``caps kept``: outputs whose letters are
mostly capitals. Prints totals only (the set is held out), then nothing per sentence.

Usage: ``python benchmarks/eval_caps41.py [--limit N]``.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import time
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SET = ROOT / "benchmarks" / "data" / "caps41" / "pud_en_pt.jsonl"
_WORD = re.compile(r"[^\W\d_]{3,}")


def _ngrams(text: str, n: int) -> Counter[str]:
    return Counter(text[i:i + n] for i in range(len(text) - n + 1))


def chrf(hyp: str, ref: str, n: int = 6, beta: float = 2.0) -> float:
    """chrF: mean character n-gram precision and recall over n = 1..6, F-beta, whitespace removed.

    >>> chrf("a casa", "a casa")
    1.0
    >>> chrf("", "a casa")
    0.0
    >>> 0.0 < chrf("a casa branca", "a casa") < 1.0
    True
    >>> round(chrf("ab", "ac", n=1), 3)  # one of two letters: P = R = 0.5
    0.5
    """
    h, r = "".join(hyp.split()), "".join(ref.split())
    precs, recs = [], []
    for k in range(1, n + 1):
        hc, rc = _ngrams(h, k), _ngrams(r, k)
        if not hc or not rc:
            continue
        match = sum((hc & rc).values())
        precs.append(match / sum(hc.values()))
        recs.append(match / sum(rc.values()))
    if not precs:
        return 0.0
    p, rr = sum(precs) / len(precs), sum(recs) / len(recs)
    if p == 0 and rr == 0:
        return 0.0
    return (1 + beta**2) * p * rr / (beta**2 * p + rr)


def copied(out: str, src: str, ref: str) -> int:
    """Words of ``out`` (3 letters or more, case-folded) that the English source has and the
    reference has not.

    >>> copied("O SUPREME COURT decidiu", "The Supreme Court ruled", "O Supremo Tribunal decidiu")
    2
    """
    s = {w.casefold() for w in _WORD.findall(src)}
    r = {w.casefold() for w in _WORD.findall(ref)}
    return sum(1 for w in _WORD.findall(out) if w.casefold() in s and w.casefold() not in r)


def shouty(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) / len(letters) > 0.8


def pipeline(texts: list[str]) -> tuple[list[str], list[int]]:
    from translate.api import RunOptions, parse_targets, translate_object

    options = RunOptions(use_cache=False, use_tm=False, source_lang="en")
    doc = "\n\n".join(texts) + "\n"
    ed = translate_object({"id": "caps41", "text": doc, "format": "markdown"},
                          parse_targets("pt-PT"), options, None)[0]
    outs: list[str] = []
    holds: list[int] = []
    blocking = {f.segment for f in ed.findings if f.severity == "error"}
    for b in ed.blocks:
        segs = b.segments
        if not segs:
            continue
        outs.append(" ".join(s.target for s in segs))
        holds.append(sum(1 for s in segs if s.id in blocking))
    if len(outs) != len(texts):
        raise SystemExit(f"{len(outs)} blocks for {len(texts)} sentences")
    return outs, holds


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--limit", type=int, default=0)
    args = ap.parse_args()
    rows = [json.loads(line) for line in SET.read_text(encoding="utf-8").splitlines()]
    if args.limit:
        rows = rows[: args.limit]
    from translate.engines.embedded import EmbeddedEngine

    eng = EmbeddedEngine()
    print(f"# {datetime.now(UTC):%Y-%m-%dT%H:%MZ} eval_caps41; {platform.machine()}; Python "
          f"{platform.python_version()}; load average {os.getloadavg()[0]:.2f}; "
          f"{len(rows)} sentences of {SET.relative_to(ROOT)}; embedded engine en->pt, pipeline "
          f"pt-PT (no cache, no TM)")
    normal = [r["en"] for r in rows]
    caps = [r["en"].upper() for r in rows]
    refs = [r["pt"] for r in rows]
    results: dict[str, tuple[list[str], list[int] | None]] = {}
    for name, texts in (("bare normal", normal), ("bare caps", caps)):
        t0 = time.process_time()
        results[name] = (eng.translate(texts, "en", "pt"), None)
        print(f"# {name}: CPU {time.process_time() - t0:.1f} s")
    for name, texts in (("pipeline normal", normal), ("pipeline caps", caps)):
        t0 = time.process_time()
        results[name] = pipeline(texts)
        print(f"# {name}: CPU {time.process_time() - t0:.1f} s")
    print(f"{'condition':18} {'chrF':>6} {'copied':>7} {'caps kept':>9} {'held sents':>10}")
    for name, (outs, holds) in results.items():
        src = caps if "caps" in name else normal
        score = sum(chrf(o.casefold(), r.casefold()) for o, r in zip(outs, refs, strict=True))
        cp = sum(copied(o, s, r) for o, s, r in zip(outs, src, refs, strict=True))
        kept = sum(shouty(o) for o in outs)
        held = "-" if holds is None else str(sum(1 for h in holds if h))
        print(f"{name:18} {100 * score / len(outs):6.1f} {cp:7d} {kept:9d} {held:>10}")


if __name__ == "__main__":
    main()
