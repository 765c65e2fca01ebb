"""Which boilerplate rules drop article text, on the development body sets (struct44).

    python benchmarks/rule_harm_screen.py                      # every development set
    python benchmarks/rule_harm_screen.py --sets dev,heldout-c --lines
    python benchmarks/rule_harm_screen.py --structure          # structure development sets

For every block a rule dropped (``Article.dropped``), on every page of the development body
sets: ``body`` when the block's text is in the page's expected article text, or holds one of
its ``must_have`` snippets (a loss of article text), ``furniture`` otherwise. Per rule, the two
counts; with ``--lines``, each body drop (rule, page, text). Beside them, the sets' extraction
totals (``eval_realworld``'s scoring, no trafilatura baseline): facts found and missed, leaks.
A development tool: it refuses the held-out sets (``eval_realworld.development_pages``).
``--structure`` reads the HTML pages of the structure development sets (R..AH, AJ) instead and
prints every drop (set, page, rule, body/furn/none, text: ``none`` where the set has no
expected text), for a line-by-line comparison of two trees.
Run it on two trees (``PYTHONPATH=<tree>`` from a cwd outside the repository) to compare.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import eval_realworld as ev

DEFAULT_SETS = (
    "dev", "heldout", "heldout-c", "zyte-dev", "heldout-d", "heldout-e", "heldout-f",
    "heldout-g", "heldout-h", "heldout-i", "heldout-j", "heldout-k", "heldout-l", "heldout-m",
    "heldout-n", "heldout-o", "heldout-p", "heldout-q", "heldout-r", "heldout-s", "heldout-t",
    "omni-dev",
)  # fmt: skip


def body_drop(page: ev.Page, text: str) -> bool:
    """Whether a dropped block is article text by the page's ground truth."""
    k = ev.key(text)
    expected = page.expected_text()
    if expected and len(k) >= 12 and k in ev.key(expected):
        return True
    return any(len(ev.key(s)) >= 8 and ev.key(s) in k for s in page.must_have)


STRUCTURE_SETS = (
    "r", "s", "t", "u", "v", "w", "x", "y", "z", "aa", "ab", "ac", "ad", "ae", "af", "ag", "ah",
    "aj",
)  # fmt: skip


def structure_screen() -> Counter[str]:
    """Every drop of the boilerplate stage on the structure development sets' HTML pages."""
    import gzip

    from translate.options import RunOptions
    from translate.pipeline import prepare
    from translate.read import parse_article

    counts: Counter[str] = Counter()
    data = Path(__file__).resolve().parent / "data"
    for name in STRUCTURE_SETS:
        pages = (data / f"html_structure_{name}").rglob("*.htm*")
        for path in sorted(p for p in pages if ".expected." not in p.name):
            raw = path.read_bytes()
            raw = gzip.decompress(raw) if path.suffix == ".gz" else raw
            html = raw.decode("utf-8", "replace")
            stem = path.name.split(".html")[0]
            truth = path.with_name(stem + ".expected.txt")
            expected = ev.key(truth.read_text(encoding="utf-8")) if truth.exists() else None
            try:
                article = parse_article(html, fmt="html", source=stem, article_id=stem)
                prepared = prepare(article, RunOptions(use_cache=False, use_tm=False))
            except Exception as exc:  # a screen: note and go on
                print(f"S {name} {stem[:40]} error {type(exc).__name__}")
                continue
            for d in prepared.article.dropped:
                k = ev.key(d.text)
                verdict = "none" if expected is None else (
                    "body" if len(k) >= 12 and k in expected else "furn"
                )
                counts[f"{d.rule} {verdict}"] += 1
                one = " ".join(d.text.split())
                print(f"S {name} {stem[:40]} {d.rule} {verdict} {one[:110]!r}")
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--sets", default=",".join(DEFAULT_SETS))
    parser.add_argument("--lines", action="store_true", help="list every body drop")
    parser.add_argument("--structure", action="store_true", help="structure sets R..AH, AJ")
    args = parser.parse_args(argv)
    print("\n".join(ev.header_lines()))
    if args.structure:
        for what, n in sorted(structure_screen().items()):
            print(f"rule {what:40} {n:5}")
        return 0
    body: Counter[str] = Counter()
    furniture: Counter[str] = Counter()
    all_runs = []
    for name in args.sets.split(","):
        pages = ev.development_pages(name, parser)
        runs = ev.evaluate_pages(pages, baseline=False)
        all_runs += runs
        t = ev.totals(runs)
        print(
            f"set {name:10} pages {t['pages']:4} tp {t.get('ours_tp', 0):5} "
            f"fn {t.get('ours_fn', 0):4} leaks {t.get('ours_fp', 0):4} "
            f"recall {t['ours_recall']:.4f} precision {t['ours_precision']:.4f}",
            flush=True,
        )
        for run in runs:
            for rule, text in run.ours.dropped:
                hit = body_drop(run.page, text)
                (body if hit else furniture)[rule] += 1
                if hit and args.lines:
                    one = " ".join(text.split())
                    print(f"  body-drop {rule:28} {run.page.id[:40]:40} {one[:110]!r}")
    t = ev.totals(all_runs)
    print(
        f"TOTAL pages {t['pages']} tp {t.get('ours_tp', 0)} fn {t.get('ours_fn', 0)} "
        f"leaks {t.get('ours_fp', 0)} recall {t['ours_recall']:.4f} "
        f"precision {t['ours_precision']:.4f}"
    )
    for rule in sorted(set(body) | set(furniture), key=lambda r: (-body[r], r)):
        print(f"rule {rule:32} body {body[rule]:4}  furniture {furniture[rule]:5}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
