"""probe46 sweep runner: the Agência Brasil articles (benchmarks/data/probe46_pt), Portuguese ->
English, as a new user runs them.

    PYTHONPATH=TREE python benchmarks/run_probe46_sweep.py OUT DB [PREVIOUS_ROWS]

With TREE's code (the PYTHONPATH): `translate run FILES --to en -o OUT/run --db DB --json` (one
run, every file), `translate check FILE --json` for each file (glossary mentions), `translate
review page` for each marked edition (its review file must be written), then every segment of
every edition beside the bare embedded engine's output for the same source (OUT/rows.jsonl;
PREVIOUS_ROWS: a previous run's rows whose bare outputs are reused: same engine, same model).
Prints the exit codes and a one-line summary. A copy of probe41's runner
(benchmarks/run_probe41_sweep.py) with this set's files.
"""
from __future__ import annotations

import glob
import json
import os
import subprocess
import sys
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data" / "probe46_pt"


def main() -> None:
    out, db = Path(sys.argv[1]), sys.argv[2]
    out.mkdir(parents=True, exist_ok=True)
    py = sys.executable
    files = sorted(str(p) for p in DATA.glob("ab-*") if p.suffix in (".md", ".html"))
    r = subprocess.run([py, "-m", "translate", "run", *files, "--to", "en", "-o", str(out / "run"),
                        "--db", db, "--json"], capture_output=True, text=True)
    (out / "run.json").write_text(r.stdout, encoding="utf-8")
    (out / "run.err").write_text(r.stderr, encoding="utf-8")
    print("run rc", r.returncode)
    checks = {}
    for f in files:
        c = subprocess.run([py, "-m", "translate", "check", f, "--json"],
                           capture_output=True, text=True)
        checks[Path(f).name] = {"rc": c.returncode, "out": c.stdout, "err": c.stderr[-500:]}
    (out / "check.json").write_text(json.dumps(checks, ensure_ascii=False, indent=1),
                                    encoding="utf-8")
    print("check rcs", sorted({v["rc"] for v in checks.values()}))
    from translate.engines.embedded import EmbeddedEngine  # the tree's engine, only now

    eng = EmbeddedEngine()
    known: dict[tuple[str, str], str] = {}
    if len(sys.argv) > 3:
        with open(sys.argv[3], encoding="utf-8") as prev:
            for ln in prev:
                row = json.loads(ln)
                if "source" in row:
                    known[(row["source"], row["language"])] = row["bare"]
    rows = []
    reviews = {}
    for path in sorted(glob.glob(str(out / "run" / "**" / "*.json"), recursive=True)):
        with open(path, encoding="utf-8") as fh:
            d = json.load(fh)
        if "blocks" not in d:
            continue
        src, tgt = d["source_language"], d["language"]
        segs = [s for b in d["blocks"] for s in b.get("segments", [])]
        miss = [s["source"] for s in segs if (s["source"], tgt) not in known]
        if miss:
            for s, b in zip(miss, eng.translate(miss, src, tgt), strict=True):
                known[(s, tgt)] = b
        finds: dict[str, list[str]] = {}
        blocking = False
        for f in d["findings"]:
            finds.setdefault(f.get("segment"), []).append(
                f"{f['severity']} {f['check']}: {f['message']}")
            blocking = blocking or f["severity"] == "error"
        if blocking:
            page = out / "review" / (Path(path).stem + ".html")
            page.parent.mkdir(exist_ok=True)
            rv = subprocess.run([py, "-m", "translate", "review", "page", path, "-o", str(page)],
                                capture_output=True, text=True)
            reviews[path] = {"rc": rv.returncode, "written": page.exists(),
                             "err": rv.stderr[-300:]}
        ed = os.path.relpath(path, out)
        ids = set()
        for s in segs:
            ids.add(s["id"])
            b = known[(s["source"], tgt)]
            rows.append({"edition": ed, "language": tgt, "seg": s["id"], "source": s["source"],
                         "bare": b, "target": s["target"], "differs": b != s["target"],
                         "findings": finds.get(s["id"], [])})
        for k, v in finds.items():
            if k not in ids:
                rows.append({"edition": ed, "language": tgt, "seg": k, "findings": v,
                             "doc_level": True})
    (out / "reviews.json").write_text(json.dumps(reviews, indent=1), encoding="utf-8")
    with open(out / "rows.jsonl", "w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    segs_n = [x for x in rows if "source" in x]
    print(len({x["edition"] for x in rows}), "editions;", len(segs_n), "segments;",
          sum(x["differs"] for x in segs_n), "differ from the bare engine;",
          sum(1 for x in segs_n if x["findings"]), "with findings;",
          len(reviews), "review pages asked,", sum(v["written"] for v in reviews.values()),
          "written")


if __name__ == "__main__":
    main()
