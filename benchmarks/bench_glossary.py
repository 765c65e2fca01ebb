"""Matching speed: a long article against a glossary of several thousand entries.

    python benchmarks/bench_glossary.py [--entries 5000] [--words 20000] [--repeat 5]
    python benchmarks/bench_glossary.py --protect     # needs the embedded en->pt engine
    python benchmarks/bench_glossary.py --eval        # recall/precision, dev vs held-out
                                                      # (held-out items only in --out FILE)
    python benchmarks/bench_glossary.py --harm        # do-no-harm on real pages (engine)

The glossary is the shipped one plus synthetic people, places and organisations (made-up
but pronounceable names, with aliases); the article mixes the seed article, sentences naming
synthetic entries (some misspelt) and filler prose. Prints a table in milliseconds.

``--protect`` compares, on ``protect_sentences.txt`` with the real embedded engine, plain MT,
placeholders for every name, and the shipped strategy (translate with canonical names, then
verify and repair, placeholders only as a fallback): name adherence, placeholder survival,
and chrF against plain MT as a proxy for how much of the sentence's grammar survives.
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from translate.glossary import find_mentions, load_glossary
from translate.glossary.match import build_index
from translate.glossary.model import Entry, Glossary

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "benchmarks" / "results"
# --eval's whole report, held-out items included (the terminal shows their counts only)
EVAL_OUT = Path(tempfile.gettempdir()) / "bench_glossary-eval.txt"
SEED = Path(__file__).resolve().parents[1] / "tests" / "glossary" / "data" / "seed.txt"
SYLLABLES = ["ka", "ro", "mi", "sha", "vel", "dan", "tor", "lu", "bek", "zar", "ny", "os",
             "ter", "gul", "an", "rik", "so", "ha", "mur", "ev", "in", "yan", "ov", "li"]
FILLER = ["the", "government", "said", "on", "Monday", "that", "talks", "would", "continue",
          "next", "week", "while", "officials", "in", "the", "region", "urged", "calm", "and",
          "economists", "warned", "of", "rising", "prices"]


def _name(rng: random.Random, parts: int) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(parts)).capitalize()


def synthetic_entries(n: int, rng: random.Random) -> list[Entry]:
    entries = []
    for i in range(n):
        kind = ("person", "place", "org")[i % 3]
        if kind == "person":
            name = f"{_name(rng, 2)} {_name(rng, 3)}"
            aliases: tuple[str, ...] = (name.split()[-1],)
        elif kind == "place":
            name = _name(rng, 3)
            aliases = (_name(rng, 3),)
        else:
            name = f"{_name(rng, 2)} {rng.choice(['Council', 'Front', 'Agency', 'Union'])}"
            aliases = ()
        entries.append(Entry(f"syn-{i}", name, kind, aliases))
    return entries


def misspell(word: str, rng: random.Random) -> str:
    if len(word) < 7:
        return word
    i = rng.randrange(1, len(word) - 1)
    return word[:i] + word[i + 1 :]


def article(words: int, entries: list[Entry], rng: random.Random) -> str:
    seed = SEED.read_text(encoding="utf-8") if SEED.is_file() else ""
    out = [seed]
    count = len(seed.split())
    while count < words:
        e = rng.choice(entries)
        name = e.name if rng.random() < 0.8 else misspell(e.name, rng)
        sentence = " ".join(rng.choice(FILLER) for _ in range(14))
        out.append(f"{name} said {sentence}.")
        count += 16
    return "\n\n".join(out)


def _chrf(hyp: str, ref: str, order: int = 6, beta: float = 2.0) -> float:
    from collections import Counter

    def grams(text: str, n: int) -> Counter[str]:
        text = text.replace(" ", "")
        return Counter(text[i : i + n] for i in range(len(text) - n + 1))

    precision = recall = 0.0
    used = 0
    for n in range(1, order + 1):
        h, r = grams(hyp, n), grams(ref, n)
        if not h or not r:
            continue
        match = sum((h & r).values())
        precision += match / sum(h.values())
        recall += match / sum(r.values())
        used += 1
    if not used or precision + recall == 0:
        return 0.0
    precision, recall = precision / used, recall / used
    return (1 + beta**2) * precision * recall / (beta**2 * precision + recall)


def protect_benchmark() -> None:
    from collections import Counter

    from translate.engines.embedded import EmbeddedEngine
    from translate.model import Segment
    from translate.protect import PLACEHOLDER, protect_segments, restore_segments

    path = Path(__file__).with_name("protect_sentences.txt")
    sentences = [line.strip() for line in path.read_text(encoding="utf-8").splitlines()
                 if line.strip()]
    segments = [Segment(f"b{i}.s0", i, 0, s, 0, len(s), "en") for i, s in enumerate(sentences)]
    glossary = load_glossary()
    engine = EmbeddedEngine()

    def mt(texts: list[str]) -> list[str]:
        return engine.translate(texts, "en", "pt")

    print(f"{'locale':<7} {'strategy':<22} {'names right':>12} {'placeholders':>13} "
          f"{'chrF vs MT':>10} {'ms':>6}")
    for locale in ("pt-BR", "pt-PT"):
        prepared = protect_segments(segments, glossary, locale, "en")
        total = sum(len(item.expectations) for item in prepared.items)

        def adherence(targets: list[str], prepared: Any = prepared) -> int:
            ok = 0
            for item, target in zip(prepared.items, targets, strict=True):
                wanted = Counter((e.expected, *e.accepted) for e in item.expectations)
                ok += sum(min(c, sum(target.count(f) for f in forms))
                          for forms, c in wanted.items())
            return ok

        t0 = time.perf_counter()
        plain = mt([s.source for s in segments])
        t_plain = time.perf_counter() - t0
        masked, survived, placeholder_targets = [], 0, []
        for item in prepared.items:
            out, pos = [], 0
            for k, (a, b) in enumerate(item.mt_spans):
                out += [item.mt_source[pos:a], PLACEHOLDER.format(n=k)]
                pos = b
            masked.append("".join(out) + item.mt_source[pos:])
        t0 = time.perf_counter()
        outputs = mt(masked)
        t_mask = time.perf_counter() - t0
        for item, output in zip(prepared.items, outputs, strict=True):
            for k, exp in enumerate(item.expectations):
                survived += output.count(PLACEHOLDER.format(n=k)) == 1
                output = output.replace(PLACEHOLDER.format(n=k), exp.expected)
            placeholder_targets.append(output)
        t0 = time.perf_counter()
        result = restore_segments(prepared, mt(prepared.texts), retranslate=mt)
        t_repair = time.perf_counter() - t0
        for name, targets, kept, seconds in (
            ("plain MT", plain, "", t_plain),
            ("placeholders", placeholder_targets, f"{survived}/{total}", t_mask),
            ("names + repair", result.targets, "fallback", t_repair),
        ):
            chrf = 100 * sum(_chrf(t, p) for t, p in zip(targets, plain, strict=True)) / len(plain)
            print(f"{locale:<7} {name:<22} {adherence(targets):>5}/{total:<6} {kept:>13} "
                  f"{chrf:>10.1f} {seconds * 1000:>6.0f}")
        report = result.report
        print(f"{'':<7} report: {report['summary']}; "
              f"{sum('placeholder' in i['actions'] for i in report['items'])} placeholder "
              "fallbacks")


def _header() -> str:
    """Machine, date and versions for a raw result file."""
    import os
    import platform
    import subprocess
    from datetime import datetime, timezone
    from importlib.metadata import version

    try:
        commit = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"],
                                capture_output=True, text=True, check=False).stdout.strip()
    except OSError:
        commit = "?"
    libs = ", ".join(f"{n} {version(n)}" for n in ("rapidfuzz", "babel", "ctranslate2"))
    return (f"# {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC, {platform.node()}, "
            f"{platform.machine()} {os.cpu_count()} cpus (shared), Python "
            f"{platform.python_version()}, {libs}, commit {commit}")


def _name_eval() -> Any:
    import importlib.util
    import sys

    spec = importlib.util.spec_from_file_location(
        "name_eval", ROOT / "tests" / "glossary" / "name_eval.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["name_eval"] = module
    spec.loader.exec_module(module)
    return module


def _ratio(pair: tuple[int, int] | list[int]) -> str:
    got, total = pair
    return f"{got}/{total} {got / total:.3f}" if total else "-"


def _gazetteer_share(ev: Any) -> list[str]:
    """How many "unseen" surfaces of each held-out set the generated gazetteer lists (they
    are found as written, not by spelling tolerance): said openly next to the recall. A count
    only: the surfaces are the held-out set's own items, and its summary lines are all a pass
    may read (glossary35 saw one listed here and shaped a rule on it)."""
    from translate.glossary.load import gazetteer_files, read_gazetteer
    from translate.glossary.normalize import token_keys

    listed = {token_keys(n) for path in gazetteer_files()
              for names in read_gazetteer(path).values() for n in names}
    out = []
    for path in ev.HELDOUT:
        data = ev.load(path)
        unseen = [n["surface"] for section in ("case", "precision")
                  for case in data.get(section, []) for n in case.get("names", [])
                  if n["kind"] == "unseen"]
        hits = sum(token_keys(s) in listed for s in unseen)
        out.append(f"held-out {path.name}: {hits}/{len(unseen)} unseen surfaces are "
                   "listed by the generated gazetteer (glossary/gazetteer)")
    return [*out, ""]


def eval_benchmark(save: bool, verbose: bool, out: Path = EVAL_OUT,
                   show_heldout: bool = False) -> None:
    """Recall per kind of mention, precision and harmless repairs, dev vs held-out.

    The whole report, with every held-out set's failures and false positives item by item,
    goes to ``out``; the terminal gets the summary rows and each held-out set's counts only
    (a pass reads a held-out set's totals, never its items), unless ``show_heldout``."""
    import json

    ev = _name_eval()
    glossary = load_glossary()
    lines = [_header(), "# python benchmarks/bench_glossary.py --eval", ""]
    from collections import Counter

    files = Counter(Path(e.source.rsplit(":", 1)[0]).name if e.source != "cldr" else "(CLDR)"
                    for e in glossary)
    types = Counter(e.type for e in glossary if e.source != "cldr")
    lines.append(f"glossary: {len(glossary)} entries; " + ", ".join(
        f"{name} {n}" for name, n in sorted(files.items())) + "; in files by type: " +
        ", ".join(f"{t} {n}" for t, n in sorted(types.items())))
    from translate.glossary.load import gazetteer_files, read_gazetteer

    gaz = {k: v for path in gazetteer_files() for k, v in read_gazetteer(path).items()}
    lines.append(f"gazetteer (glossary/gazetteer, generated): {sum(map(len, gaz.values()))} "
                 f"names for {len(gaz)} places")
    lines.append("")
    rows = [("set", "exact", "variant", "unseen", "all", "precision", "repairs harmless")]
    scores = []
    for role, paths in (("dev", ev.DEV), ("held-out", ev.HELDOUT)):
        for path in paths:
            sc = ev.score_set(path, glossary)
            scores.append((role, sc))
            rows.append((f"{role}: {path.name}", *(_ratio(sc.recall(k)) for k in
                         ("exact", "variant", "unseen", "all")),
                         _ratio(sc.precision), _ratio(sc.repairs)))
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    for n, row in enumerate(rows):
        lines.append("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())
        if n == 0:
            lines.append("  ".join("-" * w for w in widths))
    lines.append("")
    lines += _gazetteer_share(ev)
    for role, sc in scores:
        tags = sorted(k for k in sc.found if k.startswith("tag:"))
        lines.append(f"{role} recall by tag: " + ", ".join(
            f"{t[4:]} {_ratio(sc.recall(t))}" for t in tags))
    shown = list(lines)  # the terminal's copy: no held-out item line unless asked for
    for role, sc in scores:
        if verbose or role == "held-out":
            block = [f"\n{role} {sc.name}: failures"]
            block += [f"  {f}" for f in sc.failures] or ["  (none)"]
            block += [f"  false positive: {f}" for f in sc.false_pos]
            lines += block
            if role != "held-out" or show_heldout:
                shown += block
            else:
                shown.append(f"\n{role} {sc.name}: {len(sc.failures)} failures, "
                             f"{len(sc.false_pos)} false positives (lines in {out})")
    text = "\n".join(lines)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(text + "\n", encoding="utf-8")
    print("\n".join(shown))
    if save:
        RESULTS.mkdir(parents=True, exist_ok=True)
        (RESULTS / "glossary-eval.txt").write_text(text + "\n", encoding="utf-8")
        (RESULTS / "glossary-eval.json").write_text(json.dumps(
            {"header": lines[0], "sets": [{"role": r, **s.as_dict()} for r, s in scores]},
            ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=5000)
    parser.add_argument("--words", type=int, default=20000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--protect", action="store_true",
                        help="Compare protection strategies on the embedded engine instead.")
    parser.add_argument("--eval", action="store_true",
                        help="Recall/precision on the dev and held-out name sets.")
    parser.add_argument("--harm", action="store_true",
                        help="Do-no-harm: real pages with and without the glossary (engine).")
    parser.add_argument("--pages", type=Path, help="--harm: folder of real pages "
                        "(default tests/data/realworld/pages)")
    parser.add_argument("--feeds", type=Path, help="--harm: folder of real feeds "
                        "(default tests/data/realworld/feeds)")
    parser.add_argument("--out", type=Path, default=EVAL_OUT,
                        help="--eval: file for the whole report, held-out items included "
                        f"(default {EVAL_OUT})")
    parser.add_argument("--show-heldout", action="store_true",
                        help="--eval: print the held-out sets' failures item by item on the "
                        "terminal too (against the house rules; the file has them)")
    parser.add_argument("--save", action="store_true", help="Keep raw output in results/.")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    if args.eval:
        eval_benchmark(args.save, args.verbose, args.out, args.show_heldout)
        return
    if args.harm:
        from harm_glossary import harm_benchmark

        harm_benchmark(args.save, args.pages, args.feeds)
        return
    if args.protect:
        protect_benchmark()
        return
    rng = random.Random(0)

    t0 = time.perf_counter()
    shipped = load_glossary()
    t_load = time.perf_counter() - t0
    synthetic = synthetic_entries(args.entries, rng)
    glossary = Glossary.merge([list(shipped), synthetic])
    text = article(args.words, synthetic, rng)

    t0 = time.perf_counter()
    build_index(glossary)
    t_index = time.perf_counter() - t0
    t0 = time.perf_counter()
    mentions = find_mentions(text, glossary)
    t_cold = time.perf_counter() - t0
    warm = []
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        find_mentions(text, glossary)
        warm.append(time.perf_counter() - t0)
    seed_text = SEED.read_text(encoding="utf-8") if SEED.is_file() else text[:3000]
    seed_runs = []
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        find_mentions(seed_text, glossary)
        seed_runs.append(time.perf_counter() - t0)

    n_words = len(text.split())
    flagged = sum(m.match in ("misspelling", "partial") for m in mentions)
    rows = [
        ("glossary entries", f"{len(glossary)}", ""),
        ("article words", f"{n_words}", ""),
        ("mentions found (flagged)", f"{len(mentions)} ({flagged})", ""),
        ("load shipped glossary + CLDR", f"{t_load * 1000:.0f}", "ms, once per process"),
        ("build index", f"{t_index * 1000:.0f}", "ms, once per glossary"),
        ("match article, first run", f"{t_cold * 1000:.0f}", "ms (fills the fuzzy cache)"),
        ("match article, median", f"{statistics.median(warm) * 1000:.0f}", "ms"),
        ("per 1,000 words", f"{statistics.median(warm) * 1000 / n_words * 1000:.1f}", "ms"),
        (f"seed article ({len(seed_text.split())} words)",
         f"{statistics.median(seed_runs) * 1000:.1f}", "ms"),
    ]
    width = max(len(r[0]) for r in rows)
    print(f"{'measure':<{width}}  {'value':>12}  unit")
    print(f"{'-' * width}  {'-' * 12}  ----")
    for label, value, unit in rows:
        print(f"{label:<{width}}  {value:>12}  {unit}")


if __name__ == "__main__":
    main()
