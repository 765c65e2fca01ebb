"""Round-trip (back-translation) agreement as a signal of the engine's wrong word senses (qe38).

    python benchmarks/eval_roundtrip.py build --p36 RUN36 --p37 ROWS37   # writes the label file
    python benchmarks/eval_roundtrip.py eval > benchmarks/results/qe38-roundtrip-2026-12-06.txt

The class (probes.md, probe36 and probe37): the engine's wrong senses published with exit 0 and no
finding ("O presidente da Câmara Municipal" -> "The mayor", "damp spending" -> "aumentar os
gastos", a river's "stage" -> "palco"). The signal: the embedded engine translates each
published target back into the source language (one batched call per document) and the result
is compared with the source:

- ``chrf``: a sentence's character n-gram F-score (n = 1..6, whitespace removed, beta = 2: the
  chrF of Popović 2015: precision and recall averaged over the orders, then F; sacrebleu is not
  in the lock, so written here in a few lines);
  flagged when below a threshold;
- ``lost``: the source's content words (4+ letters, no digit) with no counterpart in the
  back-translation (none of its words shares the first 5 letters, or the whole word if shorter);
  flagged when at least N are lost.

Labels (``build``; ``benchmarks/data/qe38_roundtrip_labels.jsonl``): the segments of the editions
the two judged sweeps read in full -- probe36: the 7 Câmara documents published unmarked, en-GB
(``benchmarks/results/probe36-sweep-judged-2026-12-06.txt``, "Wrong facts ... read: the 7
unmarked Câmara documents, en-GB"), rerun here with b7db4212's code (the sweep's inputs are not
committed; ``build_inputs.py`` printed there rebuilds them, sha256 equal); probe37: every FOMC
pt-BR edition, the flood statement (nws-fls) pt-BR and the feed's English entries pt-BR, from
probe37's own rows (its ``bare.py`` output of the after run). Positive (1): a segment the judged
file names as a wrong fact of the engine published with no finding (``POSITIVES`` below, with the
judged file's words), plus the ones its "Also read, marked editions" line names (nws-afd, nws-pns
pt-BR; the other segments of those two editions were not read and are left out). Negative (0):
every other segment of the read editions (read and not named wrong). The feed's Spanish entry
failed (E004) and wrote no edition.

``eval``: for each document, the forward translation (the embedded engine on the sources) and
the back-translation (on the published targets) are timed in the same run with
``time.process_time`` (both directions' models loaded first); then each signal's precision and
recall at several thresholds, per sweep and together.
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import platform
import re
import sys
import time
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LABELS = ROOT / "benchmarks" / "data" / "qe38_roundtrip_labels.jsonl"

# (sweep, edition file name's stem, segment) -> the judged file's words
POSITIVES: dict[tuple[str, str, str], str] = {
    ("probe36", "camara-560001.en-GB", "b4.s0"): "council's president made 'The mayor'",
    (
        "probe36",
        "camara-560001.en-GB",
        "b1.s2",
    ): "'A capital manauara' -> 'The capital of Manauara'",
    (
        "probe36",
        "camara-618998.en-GB",
        "b0.s0",
    ): "'a autor de ação popular' -> 'to popular lawsuit'",
    ("probe36", "camara-619950.en-GB", "b7.s0"): "'Lídice da Mata' -> 'The Kill List'",
    ("probe36", "camara-619950.en-GB", "b7.s1"): "'devendo à sociedade' -> 'owed society'",
    ("probe36", "camara-619950.en-GB", "b1.s2"): "'Ela defende' -> 'It argues'",
    ("probe36", "camara-619950.en-GB", "b2.s1"): "'ponderou' (she) -> 'he pondered'",
    ("probe36", "camara-619024.en-GB", "b3.s1"): "'abateu seu templo' -> 'killed his temple'",
    (
        "probe37",
        "fomc-statement-20010917.pt-BR",
        "b2.s0",
    ): "'damp spending' -> 'aumentar os gastos'",
    ("probe37", "fomc-statement-19941115.pt-BR", "b4.s1"): "'borrow' -> 'emprestam'",
    ("probe37", "nws-fls-indianapolis-20141206.pt-BR", "b2.s0"): "the White River -> 'Branco'",
    ("probe37", "nws-fls-indianapolis-20141206.pt-BR", "b50.s0"): "the range's 'to' lost",
    (
        "probe37",
        "nasa-to-air-northrop-grumman-cygnus-departure-from-03c6231399.pt-BR",
        "b1.s0",
    ): "'uncrewed' -> 'desaparafusada'",
    (
        "probe37",
        "nasa-extends-cyclone-global-navigation-satellite-s-b69656b8fa.pt-BR",
        "b0.s0",
    ): "the mission and the satellite lost from a headline",
    ("probe37", "nws-afd-phoenix-20180321.pt-BR", "b4.s0"): "'the mid 80s' -> decades (also read)",
    ("probe37", "nws-afd-phoenix-20180321.pt-BR", "b6.s4"): "'mid 80s' -> decades (also read)",
    (
        "probe37",
        "nws-afd-phoenix-20180321.pt-BR",
        "b15.s5",
    ): "'low to mid 70s' -> decades (also read)",
    (
        "probe37",
        "nws-pns-fortworth-20230317.pt-BR",
        "b0.s0",
    ): "'702 PM CDT' -> '702 CDT' (also read)",
    ("probe37", "nws-pns-fortworth-20230317.pt-BR", "b2.s0"): "'Severe' -> 'Víltimas' (also read)",
}
# every "the stage was N feet" -> "o palco" of the flood statement ("b11.s0 and the others")
STAGE = re.compile(r"\bthe stage was\b")
PALCO = re.compile(r"\bpalco\b")
PARTLY_READ = ("nws-afd-phoenix-20180321.pt-BR", "nws-pns-fortworth-20230317.pt-BR")


def build(run36: Path, rows37: Path) -> list[dict[str, object]]:
    out: list[dict[str, object]] = []
    for path in sorted(glob.glob(str(run36 / "*.en-GB.json"))):
        d = json.loads(Path(path).read_text(encoding="utf-8"))
        stem = Path(path).name[: -len(".json")]
        for b in d["blocks"]:
            for s in b.get("segments", []):
                key = ("probe36", stem, s["id"])
                out.append(
                    {
                        "sweep": "probe36",
                        "edition": stem,
                        "seg": s["id"],
                        "source_language": "pt",
                        "target_language": "en",
                        "source": s["source"],
                        "target": s["target"],
                        "label": int(key in POSITIVES),
                        "why": POSITIVES.get(key, ""),
                    }
                )
    for line in rows37.read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        if "source" not in r or not r["edition"].endswith(".pt-BR.json"):
            continue
        stem = Path(r["edition"]).name[: -len(".json")]
        read = (
            stem.startswith("fomc-") or stem.startswith("nws-fls-") or r["edition"].startswith("g/")
        )
        key = ("probe37", stem, r["seg"])
        label = key in POSITIVES
        why = POSITIVES.get(key, "")
        if stem.startswith("nws-fls-") and STAGE.search(r["source"]) and PALCO.search(r["target"]):
            label, why = True, "a river's 'stage' -> 'palco'"
        if not read and not label:
            continue  # partly read editions: only the segments the judged file names
        out.append(
            {
                "sweep": "probe37",
                "edition": stem,
                "seg": r["seg"],
                "source_language": "en",
                "target_language": "pt",
                "source": r["source"],
                "target": r["target"],
                "label": int(label),
                "why": why,
            }
        )
    return out


def _grams(text: str, n: int) -> Counter[str]:
    t = "".join(text.split())
    return Counter(t[i : i + n] for i in range(len(t) - n + 1))


def chrf(hyp: str, ref: str, order: int = 6, beta: float = 2.0) -> float:
    """chrF (character n-grams 1..order, whitespace removed; mean P and R, then F-beta), 0-100."""
    ps: list[float] = []
    rs: list[float] = []
    for n in range(1, order + 1):
        hg, rg = _grams(hyp, n), _grams(ref, n)
        if not hg or not rg:
            continue
        m = sum((hg & rg).values())
        ps.append(m / sum(hg.values()))
        rs.append(m / sum(rg.values()))
    if not ps:
        return 0.0
    p, r = sum(ps) / len(ps), sum(rs) / len(rs)
    if p + r == 0:
        return 0.0
    return 100 * (1 + beta**2) * p * r / (beta**2 * p + r)


WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")


def lost_words(source: str, back: str) -> list[str]:
    """The source's words of 4+ letters with no word of the back-translation sharing its first 5."""
    have = {w.lower()[:5] for w in WORD.findall(back)}
    return [w for w in WORD.findall(source) if len(w) >= 4 and w.lower()[:5] not in have]


def _pr(flags: list[bool], labels: list[int]) -> tuple[int, int, int, float, float]:
    tp = sum(1 for f, y in zip(flags, labels, strict=True) if f and y)
    fp = sum(1 for f, y in zip(flags, labels, strict=True) if f and not y)
    pos = sum(labels)
    return tp, fp, pos, (tp / (tp + fp) if tp + fp else 0.0), (tp / pos if pos else 0.0)


def evaluate(rows: list[dict[str, object]]) -> None:
    from translate.engines.embedded import EmbeddedEngine

    eng = EmbeddedEngine()
    print(
        f"# {datetime.now(UTC):%Y-%m-%dT%H:%MZ} eval_roundtrip; {platform.machine()}; Python "
        f"{platform.python_version()}; load average {os.getloadavg()[0]:.2f}; embedded engine, "
        f"{eng.threads} threads; labels {LABELS.relative_to(ROOT)} ({len(rows)} segments)"
    )
    eng.translate(["Olá."], "pt", "en")  # every model loaded before any timing
    eng.translate(["Hello."], "en", "pt")
    docs: dict[tuple[str, str], list[dict[str, object]]] = {}
    for r in rows:
        docs.setdefault((str(r["sweep"]), str(r["edition"])), []).append(r)
    cpu = {"forward": 0.0, "back": 0.0}
    for (_sweep, _ed), segs in docs.items():
        src, tgt = str(segs[0]["source_language"]), str(segs[0]["target_language"])
        t0 = time.process_time()
        eng.translate([str(s["source"]) for s in segs], src, tgt)
        t1 = time.process_time()
        backs = eng.translate([str(s["target"]) for s in segs], tgt, src)
        t2 = time.process_time()
        cpu["forward"] += t1 - t0
        cpu["back"] += t2 - t1
        for s, b in zip(segs, backs, strict=True):
            s["back"] = b
            s["chrf"] = chrf(b, str(s["source"]))
            s["lost"] = lost_words(str(s["source"]), b)
    print(
        f"# CPU (process_time, all threads), {len(docs)} documents, one batched call each: forward "
        f"{cpu['forward']:.1f} s, back-translation {cpu['back']:.1f} s "
        f"(ratio {cpu['back'] / cpu['forward']:.2f})"
    )
    print("\n## every segment: sweep edition seg label chrF lost | source | back-translation")
    for r in rows:
        print(
            f"{r['sweep']} {r['edition']} {r['seg']} {r['label']} {float(str(r['chrf'])):.1f} "
            f"{len(r['lost'])}{' ' + ','.join(r['lost']) if r['lost'] else ''} | "  # type: ignore[arg-type]
            f"{r['source']} | {r['back']}"
        )
    print("\n## precision / recall (flagged true, flagged false, positives)")
    groups = {
        "probe36": [r for r in rows if r["sweep"] == "probe36"],
        "probe37": [r for r in rows if r["sweep"] == "probe37"],
        "both": rows,
    }
    rules: list[tuple[str, object]] = [(f"chrF < {t}", t) for t in (20, 30, 40, 50, 60, 70)]
    rules += [(f"lost >= {k}", -k) for k in (1, 2, 3, 4)]
    print("rule | " + " | ".join(f"{g}: TP FP / pos  P  R" for g in groups))
    for name, t in rules:
        cells = []
        for grp in groups.values():
            labels = [int(str(r["label"])) for r in grp]
            if isinstance(t, int) and t < 0:
                flags = [len(r["lost"]) >= -t for r in grp]  # type: ignore[arg-type]
            else:
                flags = [float(str(r["chrf"])) < float(str(t)) for r in grp]
            tp, fp, pos, p, rc = _pr(flags, labels)
            cells.append(f"{tp} {fp} / {pos}  {p:.2f}  {rc:.2f}")
        print(f"{name} | " + " | ".join(cells))
    print("\n## the positives: chrF, lost words")
    for r in rows:
        if r["label"]:
            print(
                f"{r['sweep']} {r['edition']} {r['seg']} chrF {float(str(r['chrf'])):.1f} lost "
                f"{r['lost']} ({r['why']}) | back: {r['back']}"
            )


def main() -> None:
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    b = sub.add_parser("build")
    b.add_argument("--p36", type=Path, required=True, help="probe36's batch output folder, en-GB")
    b.add_argument(
        "--p37", type=Path, required=True, help="probe37's rows (bare.py) of the after run"
    )
    sub.add_parser("eval")
    args = ap.parse_args()
    if args.cmd == "build":
        rows = build(args.p36, args.p37)
        with LABELS.open("w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        c = Counter((str(r["sweep"]), int(str(r["label"]))) for r in rows)
        print(dict(sorted(c.items())), file=sys.stderr)
    else:
        rows = [json.loads(x) for x in LABELS.read_text(encoding="utf-8").splitlines()]
        evaluate(rows)


if __name__ == "__main__":
    main()
