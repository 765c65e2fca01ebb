"""probe47 sweep runner: the White House economy and labour releases
(benchmarks/data/probe47_economy), English -> pt-PT and pt-BR, as a new user runs them.

    PYTHONPATH=TREE python benchmarks/run_probe47_sweep.py OUT [PREVIOUS_ROWS]

With TREE's code (the PYTHONPATH) and TRANSLATE_HOME=OUT/home (one store for the CLI runs):
- run: `translate run FILE --to pt-PT,pt-BR -o OUT/run --format md,json --json`, one
  invocation per article (as a user translates them one by one); the engine origins of every
  edition (mt / cache / tm / copy) from the JSON summary;
- batch: then `translate batch DIR --to pt-PT,pt-BR -o OUT/batch --json` on a folder holding
  the same 16 articles, same store: its editions' segment origins (an `mt` segment is a
  sentence the engine translated again);
- feed: `translate feed OUT/src/econ.xml --to pt-PT,pt-BR -o OUT/feed --db OUT/feed.db --json`
  twice (the second must translate nothing; the files it changes are counted);
- serve: `translate serve --keyless --port P --db OUT/serve.db` (uvicorn); the first four
  articles `POST /v1/editions` (html, targets pt-PT,pt-BR) twice; `/metrics`' sentences by
  origin after each pass (pass 2 must have no `mt`);
- every segment of every edition (run, feed items public and held, serve answers) beside the
  bare embedded engine's output for the same source (OUT/rows.jsonl; PREVIOUS_ROWS: a previous
  run's rows whose bare outputs are reused).
Prints exit codes, counts and a summary only.
"""
from __future__ import annotations

import collections
import glob
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from run_probe45_sweep import _editions, _feed_census, _files, _free_port, _origins

DATA = Path(__file__).resolve().parent / "data" / "probe47_economy"
LOCALES = "pt-PT,pt-BR"


def _seg_origins(root: Path) -> dict[str, int]:
    c: collections.Counter[str] = collections.Counter()
    for p in glob.glob(str(root / "**" / "*.json"), recursive=True):
        try:
            d = json.loads(Path(p).read_text(encoding="utf-8"))
        except ValueError:
            continue
        if isinstance(d, dict) and "blocks" in d:
            for b in d["blocks"]:
                for s in b.get("segments", []):
                    c[str(s.get("origin"))] += 1
    return dict(c)


def run_articles(out: Path, py: str, env: dict[str, str]) -> dict[str, Any]:
    arts = sorted(DATA.glob("econ-*.html"))
    rcs: collections.Counter[int] = collections.Counter()
    origins: collections.Counter[str] = collections.Counter()
    eds = {"published": 0, "marked": 0, "other": 0}
    for a in arts:
        r = subprocess.run([py, "-m", "translate", "run", str(a), "--to", LOCALES, "-o",
                            str(out / "run"), "--format", "md,json", "--json"],
                           capture_output=True, text=True, env=env)
        rcs[r.returncode] += 1
        (out / "run-out").mkdir(exist_ok=True)
        (out / "run-out" / f"{a.stem}.json").write_text(r.stdout + "\n---\n" + r.stderr[-2000:],
                                                       encoding="utf-8")
        try:
            s = json.loads(r.stdout)
        except ValueError:
            continue
        for art in s:
            for e in art.get("editions", []):
                origins.update(e.get("origins", {}))
                act = (e.get("policy") or {}).get("action")
                eds[act if act in eds else "other"] += 1
    rep = {"rcs": dict(rcs), "origins": dict(origins), "editions": eds}
    print(f"run: {len(arts)} invocations, exit codes {dict(rcs)}, editions {eds}, "
          f"origins {dict(origins)}")
    src = out / "batch-src"
    src.mkdir(exist_ok=True)
    for a in arts:
        shutil.copy(a, src / a.name)
    b = subprocess.run([py, "-m", "translate", "batch", str(src), "--to", LOCALES, "-o",
                        str(out / "batch"), "--json"], capture_output=True, text=True, env=env)
    (out / "batch.out").write_text(b.stdout + "\n---\n" + b.stderr[-2000:], encoding="utf-8")
    try:
        bs = json.loads(b.stdout)
    except ValueError:
        bs = {}
    rep["batch"] = {"rc": b.returncode, "translated": bs.get("translated"),
                    "skipped": bs.get("skipped"), "origins": _seg_origins(out / "batch")}
    print(f"batch after run: rc {b.returncode} translated {bs.get('translated')} segment "
          f"origins {rep['batch']['origins']}")
    return rep


def run_feed(out: Path, py: str, env: dict[str, str]) -> dict[str, Any]:
    src = out / "src"
    src.mkdir(parents=True, exist_ok=True)
    shutil.copy(DATA / "feed.xml", src / "econ.xml")
    report: dict[str, Any] = {}
    prev: dict[str, str] = {}
    for i in (1, 2):
        f = subprocess.run([py, "-m", "translate", "feed", str(src / "econ.xml"), "--to", LOCALES,
                            "-o", str(out / "feed"), "--db", str(out / "feed.db"), "--json"],
                           capture_output=True, text=True, env=env)
        (out / f"feed{i}.out").write_text(f.stdout + "\n---\n" + f.stderr, encoding="utf-8")
        try:
            s = json.loads(f.stdout)
        except ValueError:
            s = {}
        now = _files(out / "feed")
        changed = sorted(k for k in now if k in prev and now[k] != prev[k])
        prev = now
        report[f"run{i}"] = {"rc": f.returncode, **{k: s.get(k) for k in (
            "translated", "skipped", "failed", "held", "marked")},
            "findings": s.get("findings"), "census": _feed_census(out),
            "files_changed": len(changed)}
        print(f"feed run {i} rc {f.returncode} translated {s.get('translated')} skipped "
              f"{s.get('skipped')} held {s.get('held')} marked {s.get('marked')} | census "
              f"{report[f'run{i}']['census']} | files changed {len(changed)}")
    return report


def run_serve(out: Path, py: str, env: dict[str, str]) -> dict[str, Any]:
    import time
    import urllib.error
    import urllib.request

    port = _free_port()
    log = open(out / "serve.log", "w", encoding="utf-8")  # noqa: SIM115 (the server's lifetime)
    proc = subprocess.Popen([py, "-m", "translate", "serve", "--keyless", "--port", str(port),
                             "--db", str(out / "serve.db"), "--out", str(out / "serve-files")],
                            stdout=log, stderr=subprocess.STDOUT, env=env)
    report: dict[str, Any] = {"passes": []}
    try:
        for _ in range(240):
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2)
                break
            except OSError:
                time.sleep(0.5)
        arts = sorted(DATA.glob("econ-*.html"))[:4]
        before = _origins(port)
        for label in ("pass1", "pass2"):
            statuses = []
            required = 0
            for p in arts:
                body = json.dumps({"html": p.read_text(encoding="utf-8"), "format": "html",
                                   "targets": LOCALES, "formats": ["json"], "source": "en",
                                   "id": p.stem}).encode()
                req = urllib.request.Request(f"http://127.0.0.1:{port}/v1/editions", data=body,
                                             headers={"Content-Type": "application/json"})
                try:
                    with urllib.request.urlopen(req, timeout=900) as r:
                        status, ans = r.status, json.loads(r.read())
                except urllib.error.HTTPError as e:
                    status, ans = e.code, {"error": e.read().decode()[:300]}
                statuses.append(status)
                if label == "pass1":
                    d = out / "serve" / label
                    d.mkdir(parents=True, exist_ok=True)
                    (d / f"{p.stem}.json").write_text(json.dumps(ans, ensure_ascii=False),
                                                      encoding="utf-8")
                required += sum(1 for e in _editions(ans) if e.get("review", {}).get("required"))
            after = _origins(port)
            delta = {k: after.get(k, 0) - before.get(k, 0) for k in after}
            before = after
            report["passes"].append({"pass": label, "statuses": sorted(set(statuses)),
                                     "review_required": required, "sentences_by_origin": delta})
            print(f"serve {label}: {len(statuses)} requests, statuses {sorted(set(statuses))}, "
                  f"editions review required {required}, sentences by origin {delta}")
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()
    return report


def rows_for(out: Path, prev_rows: str | None) -> None:
    from translate.engines.embedded import EmbeddedEngine  # the tree's engine, only now

    eng = EmbeddedEngine()
    known: dict[tuple[str, str], str] = {}
    if prev_rows:
        with open(prev_rows, encoding="utf-8") as fh:
            for ln in fh:
                row = json.loads(ln)
                if "source" in row:
                    known[(row["source"], row["language"])] = row["bare"]
    docs: list[tuple[str, dict[str, Any]]] = []
    for sub in ("run", "feed"):
        for path in sorted(glob.glob(str(out / sub / "**" / "*.json"), recursive=True)):
            try:
                d = json.loads(Path(path).read_text(encoding="utf-8"))
            except ValueError:
                continue
            if isinstance(d, dict) and "blocks" in d:
                docs.append((os.path.relpath(path, out), d))
    for path in sorted(glob.glob(str(out / "serve" / "*" / "*.json"))):
        ans = json.loads(Path(path).read_text(encoding="utf-8"))
        for d in _editions(ans):
            if "blocks" in d:
                docs.append((os.path.relpath(path, out) + "#" + d.get("locale", d["language"]), d))
    rows = []
    for ed, d in docs:
        src, tgt = d["source_language"], d["language"]
        segs = [s for b in d["blocks"] for s in b.get("segments", [])]
        miss = sorted({s["source"] for s in segs if (s["source"], tgt) not in known})
        if miss:
            for s, b in zip(miss, eng.translate(miss, src, tgt), strict=True):
                known[(s, tgt)] = b
        finds: dict[str, list[str]] = {}
        for f in d.get("findings", []):
            finds.setdefault(f.get("segment"), []).append(
                f"{f['severity']} {f['check']}: {f['message']}")
        ids = set()
        for s in segs:
            ids.add(s["id"])
            b = known[(s["source"], tgt)]
            rows.append({"edition": ed, "language": tgt, "locale": d.get("locale"),
                         "seg": s["id"], "source": s["source"], "bare": b, "target": s["target"],
                         "differs": b != s["target"], "origin": s.get("origin"),
                         "findings": finds.get(s["id"], [])})
        for k, v in finds.items():
            if k not in ids:
                rows.append({"edition": ed, "language": tgt, "locale": d.get("locale"), "seg": k,
                             "findings": v, "doc_level": True})
    with open(out / "rows.jsonl", "w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    segs_n = [x for x in rows if "source" in x]
    print(len({x["edition"] for x in rows}), "editions;", len(segs_n), "segments;",
          sum(x["differs"] for x in segs_n), "differ from the bare engine;",
          sum(1 for x in segs_n if x["findings"]), "with findings;",
          sum(1 for x in rows if x.get("doc_level")), "document-level finding rows")


def main() -> None:
    out = Path(sys.argv[1]).resolve()
    out.mkdir(parents=True, exist_ok=True)
    py = sys.executable
    env = dict(os.environ, TRANSLATE_HOME=str(out / "home"))
    report = {"run": run_articles(out, py, env), "feed": run_feed(out, py, env),
              "serve": run_serve(out, py, env)}
    (out / "report.json").write_text(json.dumps(report, indent=1), encoding="utf-8")
    rows_for(out, sys.argv[2] if len(sys.argv) > 2 else None)


if __name__ == "__main__":
    main()
