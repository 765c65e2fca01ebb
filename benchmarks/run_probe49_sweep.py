"""probe49 sweep runner: the Miami-Dade State Attorney's court and crime reports
(benchmarks/data/probe49_court), English -> pt-BR and pt-PT, as a new user runs the README's
commands on them.

    PYTHONPATH=TREE python benchmarks/run_probe49_sweep.py OUT [PREVIOUS_ROWS]

With TREE's code (the PYTHONPATH) and TRANSLATE_HOME=OUT/home (one store for the CLI runs):
- check: `translate check FILE --json` on each article (names found, misspellings);
- run: `translate run FILE --to pt-BR,pt-PT -o OUT/run --format md,html,json --json`, one
  invocation per article; exit codes, editions published / marked, origins;
- review: `translate review page EDITION.json -o OUT/review/...html` on every pt-BR edition
  (exit codes);
- batch: `translate batch DIR --to pt-BR,pt-PT -o OUT/batch --json` on a folder of the same
  articles, same store (must translate nothing: its segment origins);
- serve: `translate serve --keyless` (uvicorn), the first four articles posted twice
  (`/metrics`' sentences by origin: pass 2 must have no `mt`);
- every segment of every run and serve edition beside the bare embedded engine's output
  (OUT/rows.jsonl; PREVIOUS_ROWS: a previous run's rows whose bare outputs are reused).
Prints exit codes, counts and a summary only. `benchmarks/probe49_classes.py OUT` counts the
classes of what went wrong.
"""
from __future__ import annotations

import collections
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import run_probe47_sweep as p47

DATA = Path(__file__).resolve().parent / "data" / "probe49_court"
LOCALES = "pt-BR,pt-PT"


def _arts() -> list[Path]:
    return sorted(p for p in DATA.glob("court-*") if p.suffix in (".md", ".html"))


def run_check(out: Path, py: str, env: dict[str, str]) -> dict[str, Any]:
    rcs: collections.Counter[int] = collections.Counter()
    (out / "check").mkdir(parents=True, exist_ok=True)
    for a in _arts():
        r = subprocess.run([py, "-m", "translate", "check", str(a), "--json"],
                           capture_output=True, text=True, env=env)
        rcs[r.returncode] += 1
        (out / "check" / f"{a.stem}.json").write_text(r.stdout + "\n---\n" + r.stderr[-2000:],
                                                      encoding="utf-8")
    print(f"check: {len(_arts())} invocations, exit codes {dict(rcs)}")
    return {"rcs": dict(rcs)}


def run_articles(out: Path, py: str, env: dict[str, str]) -> dict[str, Any]:
    rcs: collections.Counter[int] = collections.Counter()
    origins: collections.Counter[str] = collections.Counter()
    eds = {"published": 0, "marked": 0, "other": 0}
    (out / "run-out").mkdir(parents=True, exist_ok=True)
    for a in _arts():
        r = subprocess.run([py, "-m", "translate", "run", str(a), "--to", LOCALES, "-o",
                            str(out / "run"), "--format", "md,html,json", "--json"],
                           capture_output=True, text=True, env=env)
        rcs[r.returncode] += 1
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
    rep: dict[str, Any] = {"rcs": dict(rcs), "origins": dict(origins), "editions": eds}
    print(f"run: {len(_arts())} invocations, exit codes {dict(rcs)}, editions {eds}, "
          f"origins {dict(origins)}")
    rv: collections.Counter[int] = collections.Counter()
    (out / "review").mkdir(exist_ok=True)
    for ed in sorted((out / "run").glob("*.pt-BR.json")):
        r = subprocess.run([py, "-m", "translate", "review", "page", str(ed), "-o",
                            str(out / "review" / (ed.stem + ".html"))],
                           capture_output=True, text=True, env=env)
        rv[r.returncode] += 1
    rep["review"] = dict(rv)
    print(f"review page: exit codes {dict(rv)}")
    src = out / "batch-src"
    src.mkdir(exist_ok=True)
    for a in _arts():
        shutil.copy(a, src / a.name)
    b = subprocess.run([py, "-m", "translate", "batch", str(src), "--to", LOCALES, "-o",
                        str(out / "batch"), "--json"], capture_output=True, text=True, env=env)
    (out / "batch.out").write_text(b.stdout + "\n---\n" + b.stderr[-2000:], encoding="utf-8")
    try:
        bs = json.loads(b.stdout)
    except ValueError:
        bs = {}
    rep["batch"] = {"rc": b.returncode, "translated": bs.get("translated"),
                    "origins": bs.get("origins"), "segments": p47._seg_origins(out / "batch")}
    print(f"batch after run: rc {b.returncode} translated {bs.get('translated')} origins "
          f"{bs.get('origins')}")
    return rep


def main() -> None:
    out = Path(sys.argv[1]).resolve()
    out.mkdir(parents=True, exist_ok=True)
    py = sys.executable
    env = dict(os.environ, TRANSLATE_HOME=str(out / "home"))
    p47.DATA = DATA  # the serve pass posts this corpus's first four articles
    report = {"check": run_check(out, py, env), "run": run_articles(out, py, env)}
    arts = _arts()[:4]
    serve_dir = out / "serve-src"
    serve_dir.mkdir(exist_ok=True)
    for i, a in enumerate(arts):  # the serve pass reads econ-*.html: HTML pages of this corpus
        page = a.read_text(encoding="utf-8")
        if a.suffix == ".md":
            import markdown_it  # the md pages as HTML, the CMS's form

            page = markdown_it.MarkdownIt().render(page)
        (serve_dir / f"econ-{i:02d}-{a.stem}.html").write_text(page, encoding="utf-8")
    p47.DATA = serve_dir
    p47.LOCALES = LOCALES
    report["serve"] = p47.run_serve(out, py, env)
    (out / "report.json").write_text(json.dumps(report, indent=1), encoding="utf-8")
    p47.rows_for(out, sys.argv[2] if len(sys.argv) > 2 else None)


if __name__ == "__main__":
    main()
