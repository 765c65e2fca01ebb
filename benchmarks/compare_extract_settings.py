"""Which of the reader's extraction settings adds the lines that leak (issue 15, fourth pass).

    python benchmarks/compare_extract_settings.py --sets heldout-d,heldout-c,zyte-dev,dev,heldout
        [--configs current,balanced,precision,no-tables]

Runs our reader and boilerplate stage (as ``eval_realworld.py`` does) on every page of the
given sets once per configuration of trafilatura's settings (``translate.read.EXTRACT_OPTIONS``)
and prints, per set and configuration, recall, precision and leaked lines beside trafilatura's
default extraction; with ``--lines``, every leaked line of ours, marked ``T`` when trafilatura's
default output has it too. Never run it on the held-out set (it decides settings).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "tests"))

import eval_realworld as ev  # noqa: E402

CONFIGS: dict[str, dict[str, object]] = {
    "current": {},
    "balanced": {"favor_recall": False},
    "precision": {"favor_recall": False, "favor_precision": True},
    "no-tables": {"include_tables": False},
}


def main(argv: list[str] | None = None) -> int:
    from translate import read

    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--sets", default="heldout-d,heldout-c,zyte-dev,dev,heldout")
    parser.add_argument("--configs", default=",".join(CONFIGS))
    parser.add_argument("--lines", action="store_true", help="print every leaked line of ours")
    args = parser.parse_args(argv)
    print("\n".join(ev.header_lines()))
    base = dict(read.EXTRACT_OPTIONS)
    for name in args.sets.split(","):
        pages = ev.development_pages(name, parser)
        trafs = {p.id: ev.trafilatura_default(p) for p in pages}
        for conf in args.configs.split(","):
            read.EXTRACT_OPTIONS.clear()
            read.EXTRACT_OPTIONS.update(base | CONFIGS[conf])
            runs = []
            for page in pages:
                run = ev.PageRun(page, ev.ours(page), trafs[page.id])
                ev.score_extraction(run.ours, page, "ours", run)
                ev.score_extraction(run.traf, page, "traf", run)
                runs.append(run)
                expected = page.expected_text()
                if args.lines and expected:
                    ek, tk = ev.key(expected), ev.key(run.traf.text)
                    for _, text in run.ours.blocks:
                        if len(text.split()) >= 4 and ev.key(text) not in ek:
                            mark = "T" if ev.key(text) in tk else "-"
                            print(f"LEAK\t{name}\t{conf}\t{page.id}\t{mark}\t{text[:140]}")
            t = ev.totals(runs)
            print(
                f"TOT\t{name}\t{conf}\tours recall {t['ours_recall']:.3f} precision"
                f" {t['ours_precision']:.3f} leaks {t['ours_fp']} (facts {t['ours_tp']}/"
                f"{t['ours_tp'] + t['ours_fn']})\ttrafilatura default recall"
                f" {t['traf_recall']:.3f} precision {t['traf_precision']:.3f} leaks {t['traf_fp']}",
                flush=True,
            )
    read.EXTRACT_OPTIONS.clear()
    read.EXTRACT_OPTIONS.update(base)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
