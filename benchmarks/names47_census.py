"""Census of names an edition holds that its source never names (names47, issue 14).

Over the facts sets' stored engine outputs (the ``real`` rows ``facts_real_holds.py`` reads;
sets A..AL only, never the held-out AM and AN), lists:

- ``GLOSS``: every glossary name the target holds whose entity the source does not name
  (``translate.glossary.injected.injected_names``, with the entries the matcher found in the
  source), with the severity the pipeline gives it (``error`` in place of a lost name,
  ``info`` where the source writes a derivative of it, ``warning`` otherwise) and the source
  word (``translate.glossary.injected.source_derivative``);
- ``CAP``: capitalised runs of the target, not sentence-initial, that no glossary form covers
  and none of whose capitalised words shares its first three letters with a source word (the
  class no check reads), for a sample to be judged by hand.

Run: ``python benchmarks/names47_census.py [--sample N] > FILE`` (summary rows at the end).
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

_RUN = re.compile(r"(?<![\w'’-])([A-ZÀ-Ý][\w'’-]+(?:[ \u00a0](?:(?:de|do|da|dos|das|of|the|e|"
                  r"and|y|del|la)[ \u00a0])?[A-ZÀ-Ý][\w'’-]+)*)")
_CALENDAR_WORDS = ("january february march april may june july august september october "
                   "november december monday tuesday wednesday thursday friday saturday sunday "
                   "janeiro fevereiro marco abril maio junho julho agosto setembro outubro "
                   "novembro dezembro")
_CALENDAR = frozenset(_CALENDAR_WORDS.split(" "))


def main(argv: list[str] | None = None) -> int:
    from facts_real_holds import real_rows

    from translate.glossary import find_mentions, load_glossary
    from translate.glossary.injected import (
        _forms_index,
        injected_names,
        replaced_names,
        source_derivative,
    )
    from translate.glossary.normalize import fold

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sample", type=int, default=40, help="CAP rows printed (seeded sample)")
    args = ap.parse_args(argv)
    g = load_glossary()
    files = [f for f in sorted((HERE / "data").glob("facts_heldout*.jsonl"))
             if not f.stem.endswith(("_am", "_an"))]
    counts: Counter[str] = Counter()
    caps: list[str] = []
    rows = 0
    for f in files:
        for r in real_rows(f):
            rows += 1
            src, tgt, lang, to = r["source"], r["target"], r["from"], r["to"] or "pt-BR"
            named = {m.entry.id for m in find_mentions(src, g, source_lang=lang)}
            hits = injected_names(src, tgt, g, to, lang, named)
            for h in hits:
                gone = replaced_names(src, tgt, h, lang)
                word = None if gone else source_derivative(h.entry, src, g, lang)
                sev = "error" if gone else "info" if word else "warning"
                counts[sev] += 1
                print(f"GLOSS {sev} {f.stem} {r['id']} {h.text!r} ({h.entry.name}) "
                      f"lost={gone} word={word!r}")
            index = _forms_index(g, to)
            words = set(re.findall(r"[^\W\d_]+", fold(src)))
            heads = {w[:3] for w in words if len(w) >= 3}
            for m in _RUN.finditer(tgt):
                run = m.group(1)
                before = tgt[: m.start()].rstrip()
                if not before or before[-1] in ".!?:\"“«(—–-‘'”»":
                    continue
                capital = [w for w in re.findall(r"[^\W\d_][\w'’-]*", run) if w[:1].isupper()]
                if any(fold(w) in words or fold(w)[:3] in heads for w in capital):
                    continue
                if all(fold(w) in _CALENDAR for w in capital) or \
                        all(len(w) < 3 or w.isupper() for w in capital):
                    continue
                if run in index or any(w in index for w in capital):
                    continue
                caps.append(f"CAP {f.stem} {r['id']} {run!r}\n  S: {src}\n  T: {tgt}")
    random.Random(47).shuffle(caps)
    for row in caps[: args.sample]:
        print(row)
    print(f"# rows {rows}; glossary names the source does not name: "
          f"{sum(counts.values())} (error {counts['error']}, warning {counts['warning']}, "
          f"info {counts['info']}); capitalised runs no check reads: {len(caps)} "
          f"({min(args.sample, len(caps))} sampled above)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
