"""Facts gate against engine-like errors on held-out set C (``facts_heldout_c.jsonl``).

For every real sentence of the set, the bare embedded engine's output and each rule-made
mutation of it (``build_facts_heldout_c.py``) go through the stages an edition runs after the
engine (``check_pair``: localize for pt-BR, then every check). A mutation is *caught* when it
gets a blocking finding, or when the pipeline put the source's fact back and said so (a repair
that passes the checks again). A mutation the localizer put back without a word (the published
text is the one the unmutated output gives: "13.300 polegadas" for "13.3 inches" is published
"13,3 polegadas") is counted apart: no wrong fact is published, but the gate did not see it.
Recall is counted on the mutations of sentences whose unmutated
output the gate passes (otherwise the mutation would be "caught" for the engine's own error).
On the unmutated outputs, each blocking finding is listed (``--show``): it is either an error
of the engine or a false alarm, which the report says after reading them.

Rows may carry ``from``/``to`` (set G's pt -> en rows); the default is en -> ``--locale``. Kinds
named ``ok-*`` are correct rewrites of a passed output (set G): a blocking finding on one is a
false alarm, counted apart ("ok rewrites held").

Run: ``python benchmarks/eval_facts_mutations.py [--show] [--json]``
"""

from __future__ import annotations

import argparse
import json
import platform
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
DATA = HERE / "data" / "facts_heldout_c.jsonl"


def main(argv: list[str] | None = None) -> int:
    from eval_facts import Row, _repaired

    from translate import __version__
    from translate.check import check_pair

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--locale", default="pt-BR")
    parser.add_argument("--show", action="store_true", help="list misses and real-output holds")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    rows = [json.loads(line) for line in args.data.read_text(encoding="utf-8").splitlines() if line]
    base_held: dict[str, bool] = {}
    base_text: dict[str, str] = {}
    kinds: dict[str, list[int]] = {}
    notes: list[str] = []
    real = held_real = 0
    ok = [0, 0]  # correct rewrites held, total
    for r in rows:
        source_lang, locale = r.get("from", "en"), r.get("to", args.locale)
        res = check_pair(r["source"], r["target"], source_lang, locale)
        blocking = [f for f in res.findings if f.severity == "error"]
        if r["kind"] == "real":
            real += 1
            base_held[r["id"]] = bool(blocking)
            base_text[r["id"]] = res.text
            if blocking:
                held_real += 1
                notes.append(f"REAL HELD {r['id']}: " + "; ".join(f.message for f in blocking)
                             + f"\n    {r['source']}\n    {res.text}")  # fmt: skip
            continue
        if base_held.get(r["id"]):
            continue
        if r["kind"].startswith("ok-"):
            ok[0] += bool(blocking)
            ok[1] += 1
            if blocking:
                notes.append(f"OK REWRITE HELD {r['id']} [{r['kind']}]: "
                             + "; ".join(f.message for f in blocking)
                             + f"\n    {r['source']}\n    {r['target']}")  # fmt: skip
            continue
        row = Row(r["id"], r["source"], r["target"], "", "", [])
        caught = bool(blocking) or _repaired(row, r["target"], res, locale, source_lang)
        # put back silently: the published text is the one the unmutated output gives
        restored = not caught and res.text == base_text[r["id"]]
        label = r["kind"] if "from" not in r else f"{r['kind']} ({source_lang}->{locale})"
        tally = kinds.setdefault(label, [0, 0, 0])
        tally[0] += caught
        tally[1] += 1
        tally[2] += restored
        if not caught and not restored:
            notes.append(f"MISSED {r['id']} [{r['kind']}]\n    {r['source']}\n    {r['target']}")
    total = [sum(v[i] for v in kinds.values()) for i in range(3)]
    if args.json:
        print(json.dumps({"real": real, "real_held": held_real, "kinds": kinds, "total": total,
                          "ok_held": ok}))  # fmt: skip
    else:
        print(f"# eval_facts_mutations: {args.data.name}, {args.locale}, translate {__version__}, "
              f"Python {platform.python_version()}, {platform.machine()}")  # fmt: skip
        print(f"real outputs: {real}, held by a blocking finding: {held_real}")
        print("\n| mutation kind | caught / total | recall | put back silently "
              "| wrong fact published |")  # fmt: skip
        print("|---|---|---|---|---|")
        for kind, (c, t, r) in sorted(kinds.items()):
            print(f"| {kind} | {c}/{t} | {c / t:.0%} | {r} | {t - c - r} |")
        c, t, r = total
        print(f"| **all** | {c}/{t} | {c / max(t, 1):.1%} | {r} | {t - c - r} |")
        if ok[1]:
            print(f"\ncorrect rewrites (ok-*) held by a blocking finding: {ok[0]}/{ok[1]}")
    if args.show:
        print("\n" + "\n".join(notes))
    return 0


if __name__ == "__main__":
    sys.exit(main())
