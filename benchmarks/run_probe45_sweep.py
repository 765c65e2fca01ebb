"""probe45 sweep runner: the State Department releases (benchmarks/data/probe45_world), English ->
pt-BR and pt-PT, as a newsroom's unattended pipeline runs them.

    PYTHONPATH=TREE python benchmarks/run_probe45_sweep.py OUT [PREVIOUS_ROWS]

With TREE's code (the PYTHONPATH):
- feed: `translate feed OUT/src/world.xml --to pt-BR,pt-PT -o OUT/feed --db OUT/feed.db --json`
  three times: run 1 (everything new), run 2 (unchanged: must translate nothing), then the
  source replaced by feed_edited.xml (one item's body edited) and run 3 (only that item, in
  each locale, may be translated again). After each run: the items in each public feed and
  in the review queue (none lost, none twice), each item file's bytes (which changed).
- serve: `translate serve --keyless --port P --db OUT/serve.db` (uvicorn); every article
  `POST /v1/editions` (html, targets pt-BR,pt-PT, formats json) twice, then the edited article
  once; `/metrics`' sentences by origin after each pass (pass 2 must have no `mt`).
- every segment of every edition (feed items public and held, serve answers) beside the bare
  embedded engine's output for the same source (OUT/rows.jsonl; PREVIOUS_ROWS: a previous run's
  rows whose bare outputs are reused).
Prints exit codes, counts and a summary only (no per-item lines).
"""
from __future__ import annotations

import glob
import hashlib
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parent / "data" / "probe45_world"
LOCALES = "pt-BR,pt-PT"


def _files(root: Path) -> dict[str, str]:
    out = {}
    for p in sorted(root.rglob("*")):
        if p.is_file() and p.suffix in (".json", ".html", ".md", ".xml"):
            out[str(p.relative_to(root))] = hashlib.sha256(p.read_bytes()).hexdigest()[:16]
    return out


def _feed_census(out: Path) -> dict[str, Any]:
    """Items per locale in each public feed and in the review queue, by guid."""
    census: dict[str, Any] = {}
    for rss in sorted((out / "feed").glob("*/*/rss.xml")):
        loc = rss.parent.name
        guids = re.findall(r"<guid[^>]*>([^<]+)</guid>", rss.read_text(encoding="utf-8"))
        held = sorted((out / "feed" / "held").glob(f"*/{loc}/*.json"))
        held_ids = []
        for h in held:
            try:
                d = json.loads(h.read_text(encoding="utf-8"))
            except ValueError:
                continue
            if isinstance(d, dict) and "blocks" in d:
                held_ids.append(d.get("id") or h.name)
        census[loc] = {"public": len(guids), "public_unique": len(set(guids)),
                       "held": len(held_ids)}
    return census


def run_feed(out: Path, py: str) -> dict[str, Any]:
    src = out / "src"
    src.mkdir(parents=True, exist_ok=True)
    shutil.copy(DATA / "feed.xml", src / "world.xml")
    report: dict[str, Any] = {}
    prev: dict[str, str] = {}
    for i in (1, 2, 3):
        if i == 3:
            shutil.copy(DATA / "feed_edited.xml", src / "world.xml")
        f = subprocess.run([py, "-m", "translate", "feed", str(src / "world.xml"), "--to", LOCALES,
                            "-o", str(out / "feed"), "--db", str(out / "feed.db"), "--json"],
                           capture_output=True, text=True)
        (out / f"feed{i}.out").write_text(f.stdout + "\n---\n" + f.stderr, encoding="utf-8")
        try:
            s = json.loads(f.stdout)
        except ValueError:
            s = {}
        now = _files(out / "feed")
        changed = sorted(k for k in now if k in prev and now[k] != prev[k])
        added = sorted(k for k in now if k not in prev)
        gone = sorted(k for k in prev if k not in now)
        prev = now
        report[f"run{i}"] = {
            "rc": f.returncode, **{k: s.get(k) for k in ("translated", "copied", "skipped",
                                                         "failed", "held", "marked", "released")},
            "findings": s.get("findings"), "census": _feed_census(out),
            "files_changed": len(changed), "files_added": len(added), "files_gone": len(gone),
            "changed_items": sorted({Path(k).name.split(".")[0] for k in changed + added
                                     if "/items/" in k or k.startswith("held/")}),
        }
        print(f"feed run {i} rc {f.returncode} translated {s.get('translated')} skipped "
              f"{s.get('skipped')} held {s.get('held')} | census {report[f'run{i}']['census']} | "
              f"files changed {len(changed)} added {len(added)} gone {len(gone)}")
    return report


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _origins(port: int) -> dict[str, float]:
    text = urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=30).read().decode()
    return {m.group(1): float(m.group(2)) for m in
            re.finditer(r'^translate_sentences_total\{origin="(\w+)"\} ([\d.e+]+)', text, re.M)}


def run_serve(out: Path, py: str) -> dict[str, Any]:
    port = _free_port()
    log = open(out / "serve.log", "w", encoding="utf-8")  # noqa: SIM115 (the server's lifetime)
    proc = subprocess.Popen([py, "-m", "translate", "serve", "--keyless", "--port", str(port),
                             "--db", str(out / "serve.db"), "--out", str(out / "serve-files")],
                            stdout=log, stderr=subprocess.STDOUT)
    report: dict[str, Any] = {"passes": []}
    try:
        for _ in range(240):
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2)
                break
            except OSError:
                time.sleep(0.5)
        arts = sorted(DATA.glob("world-*.html"))
        edited = _edited_article(arts)
        before = _origins(port)
        for label, docs in (("pass1", arts), ("pass2", arts), ("edited", [edited])):
            statuses = []
            required = 0
            for p in docs:
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
                if label != "pass2":
                    d = out / "serve" / label
                    d.mkdir(parents=True, exist_ok=True)
                    (d / f"{p.stem}.json").write_text(json.dumps(ans, ensure_ascii=False),
                                                      encoding="utf-8")
                required += sum(1 for e in _editions(ans) if e.get("review", {}).get("required"))
            after = _origins(port)
            delta = {k: after.get(k, 0) - before.get(k, 0) for k in after}
            before = after
            report["passes"].append({"pass": label, "statuses": sorted(set(statuses)),
                                     "requests": len(statuses), "review_required": required,
                                     "sentences_by_origin": delta})
            print(f"serve {label}: {len(statuses)} requests, statuses {sorted(set(statuses))}, "
                  f"editions review required {required}, sentences by origin {delta}")
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()
    report["serve_rc"] = proc.returncode
    return report


def _edited_article(arts: list[Path]) -> Path:
    """The article the feed's edited item carries, edited the same way (build script's _edit)."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from build_probe45_world import EDIT, _edit

    src = arts[EDIT]
    text = src.read_text(encoding="utf-8")
    head, _, tail = text.partition("</h1>\n")
    body, _, end = tail.rpartition("\n</article>")
    dst = Path(os.environ.get("TMPDIR", "/tmp")) / f"probe45-{os.getpid()}-{src.name}"
    dst.write_text(head + "</h1>\n" + _edit(body) + "\n</article>" + end, encoding="utf-8")
    return dst


def _editions(ans: Any) -> list[dict[str, Any]]:
    eds = ans.get("editions") if isinstance(ans, dict) else None
    if isinstance(eds, dict):
        eds = list(eds.values())
    out = []
    for e in eds or []:
        if isinstance(e, dict):
            j = e.get("json", e)
            if isinstance(j, str):
                try:
                    j = json.loads(j)
                except ValueError:
                    continue
            if isinstance(j, dict):
                out.append(j)
    return out


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
    for path in sorted(glob.glob(str(out / "feed" / "**" / "*.json"), recursive=True)):
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
                         "seg": s["id"], "source": s["source"],
                         "bare": b, "target": s["target"], "differs": b != s["target"],
                         "origin": s.get("origin"), "findings": finds.get(s["id"], [])})
        for k, v in finds.items():
            if k not in ids:
                rows.append({"edition": ed, "language": tgt, "seg": k, "findings": v,
                             "doc_level": True})
    with open(out / "rows.jsonl", "w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    segs_n = [x for x in rows if "source" in x]
    print(len({x["edition"] for x in rows}), "editions;", len(segs_n), "segments;",
          sum(x["differs"] for x in segs_n), "differ from the bare engine;",
          sum(1 for x in segs_n if x["findings"]), "with findings;",
          sum(1 for x in rows if x.get("doc_level")), "document-level finding rows")


def main() -> None:
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    py = sys.executable
    report = {"feed": run_feed(out, py), "serve": run_serve(out, py)}
    (out / "report.json").write_text(json.dumps(report, indent=1), encoding="utf-8")
    rows_for(out, sys.argv[2] if len(sys.argv) > 2 else None)


if __name__ == "__main__":
    main()
