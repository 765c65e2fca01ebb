"""The pipeline on the articles of tests/data/unseen: names, numbers, boilerplate, sentences.

NOTE (issue 22): despite its name this is a DEVELOPMENT set, not a held-out one: most of
its expected names were added to the glossary in the same change as the articles, so its
name recall measures the data, not generalization. The honest name evaluation is
``python benchmarks/bench_glossary.py --eval`` (dev vs held-out, tests/glossary/heldout).

    python benchmarks/eval_unseen.py                 # every article in tests/data/unseen
    python benchmarks/eval_unseen.py -v              # also list every failed expectation
    python benchmarks/eval_unseen.py --check-only    # names/boilerplate/sentences, no engine
    python benchmarks/eval_unseen.py --out editions/ # keep the md+json editions it made

Each article has a hand-written ``<name>.toml`` of expected facts (see
``tests/unseen/unseen_eval.py``). Columns, as ok/total:

  lang      detected source language
  recall    expected name occurrences found with the right entry (``translate check``)
  prec.     mentions that are right / all mentions (optional names not counted)
  kind      ... with the expected match kind and exact span
  fix       flagged variants whose ``--fix`` replacement is the expected one
  boiler    boilerplate dropped + article text kept
  sent.     sentence boundaries right (no cut inside, a cut where expected)
  <locale>  num: dates and numbers as a reader of that locale expects them;
            names: expected names present and wrong variants gone in the edition text;
            gloss: glossary report, names kept or repaired / mentions
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location(
    "unseen_eval", ROOT / "tests" / "unseen" / "unseen_eval.py")
assert _spec and _spec.loader
ev = importlib.util.module_from_spec(_spec)
sys.modules["unseen_eval"] = ev
_spec.loader.exec_module(ev)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="*", help="article names (default: all)")
    parser.add_argument("--check-only", action="store_true", help="no engine: source side only")
    parser.add_argument("--out", type=Path, help="write the editions (md, json) here")
    parser.add_argument("-v", "--verbose", action="store_true", help="list failed expectations")
    args = parser.parse_args(argv)

    from translate.glossary import load_glossary

    glossary = load_glossary([], builtin=True)
    exps = ev.load_expectations(names=args.names)
    rows = []
    sources = []
    editions_by_locale: dict[str, list[object]] = {}
    failures: list[str] = []
    started = time.perf_counter()
    for exp in exps:
        src = ev.score_source(exp, glossary)
        sources.append(src)
        row = [exp.name, "ok" if src.lang_ok else src.detected, ev.ratio(src.recall),
               ev.ratio(src.precision), ev.ratio(src.kinds), ev.ratio(src.fixes),
               ev.ratio(src.boilerplate), ev.ratio(src.sentences)]
        failures += [f"{exp.name}: {f}" for f in src.failures()]
        if not args.check_only:
            out_dir = args.out
            with tempfile.TemporaryDirectory() as tmp:
                editions = ev.run_editions(exp, out_dir or Path(tmp))
            scores = {e.locale: ev.score_edition(exp, e) for e in editions}
            for locale in ("pt-BR", "pt-PT", "en"):
                sc = scores.get(locale)
                if sc is None:
                    row.append("")
                    continue
                editions_by_locale.setdefault(locale, []).append(sc)
                row.append(f"{ev.ratio(sc.numbers)} {ev.ratio(sc.names)} {ev.ratio(sc.report)}")
                failures += [f"{exp.name}: {f}" for f in sc.failures()]
        rows.append(row)

    header = ["article", "lang", "recall", "prec.", "kind", "fix", "boiler", "sent."]
    if not args.check_only:
        header += ["pt-BR num/names/gloss", "pt-PT num/names/gloss", "en num/names/gloss"]
    total = ["TOTAL", f"{sum(s.lang_ok for s in sources)}/{len(sources)}",
             ev.ratio(ev.add(s.recall for s in sources)),
             ev.ratio(ev.add(s.precision for s in sources)),
             ev.ratio(ev.add(s.kinds for s in sources)),
             ev.ratio(ev.add(s.fixes for s in sources)),
             ev.ratio(ev.add(s.boilerplate for s in sources)),
             ev.ratio(ev.add(s.sentences for s in sources))]
    if not args.check_only:
        for locale in ("pt-BR", "pt-PT", "en"):
            scs = editions_by_locale.get(locale, [])
            total.append(" ".join(ev.ratio(ev.add(getattr(s, k) for s in scs))
                                  for k in ("numbers", "names", "report")) if scs else "")
    table = [header, *rows, total]
    widths = [max(len(str(r[i])) for r in table) for i in range(len(header))]
    for n, r in enumerate(table):
        if n == len(table) - 1:
            print("  ".join("-" * w for w in widths))
        print("  ".join(str(c).ljust(w) for c, w in zip(r, widths, strict=True)).rstrip())
        if n == 0:
            print("  ".join("-" * w for w in widths))
    print(f"\n{len(exps)} articles, {time.perf_counter() - started:.1f} s")
    if args.verbose and failures:
        print("\nfailed expectations:")
        for f in failures:
            print("  " + f)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
