"""probe51 sweep runner: White House weather and disaster reports
(benchmarks/data/probe51_disaster), English -> pt-BR and pt-PT, and the pt-BR editions back
to English, as a new user runs the README's commands on them.

    PYTHONPATH=TREE python benchmarks/run_probe51_sweep.py OUT [PREVIOUS_ROWS] [--back N]
        [--no-rows]

probe49's runner (`benchmarks/run_probe49_sweep.py`) on this corpus, with TREE's code and
TRANSLATE_HOME=OUT/home (one store for the CLI runs):
- check: `translate check FILE --json` on each article;
- run: `translate run FILE --to pt-BR,pt-PT -o OUT/run --format md,html,json --json`, one
  invocation per article; `translate review page` on every pt-BR edition; `translate batch` of
  the same folder and store;
- back: `translate run EDITION.pt-BR.md --from pt --to en -o OUT/back --format md,json --json`
  on the pt-BR Markdown editions (the other direction the embedded engine has; ``--back N``:
  the first N only);
- serve: `translate serve --keyless` (uvicorn), the first four articles posted twice;
- every segment of every run and serve edition beside the bare embedded engine's output
  (OUT/rows.jsonl; PREVIOUS_ROWS: a previous run's rows whose bare outputs are reused;
  ``--no-rows``: not made, the machine being loaded).
Prints exit codes, counts and a summary only. `benchmarks/probe51_classes.py OUT` counts the
classes of what went wrong.
"""
from __future__ import annotations

import collections
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import run_probe47_sweep as p47
import run_probe49_sweep as p49

DATA = Path(__file__).resolve().parent / "data" / "probe51_disaster"


def _arts() -> list[Path]:
    return sorted(p for p in DATA.glob("dis-*") if p.suffix in (".md", ".html"))


def run_back(out: Path, py: str, env: dict[str, str], limit: int | None = None) -> dict[str, Any]:
    rcs: collections.Counter[int] = collections.Counter()
    eds = {"published": 0, "marked": 0, "other": 0}
    (out / "back-out").mkdir(parents=True, exist_ok=True)
    srcs = sorted((out / "run").glob("*.pt-BR.md"))[:limit]
    for ed in srcs:
        r = subprocess.run([py, "-m", "translate", "run", str(ed), "--from", "pt", "--to", "en",
                            "-o", str(out / "back"), "--format", "md,json", "--json"],
                           capture_output=True, text=True, env=env)
        rcs[r.returncode] += 1
        (out / "back-out" / f"{ed.stem}.json").write_text(r.stdout + "\n---\n" + r.stderr[-2000:],
                                                         encoding="utf-8")
        try:
            s = json.loads(r.stdout)
        except ValueError:
            continue
        for art in s:
            for e in art.get("editions", []):
                act = (e.get("policy") or {}).get("action")
                eds[act if act in eds else "other"] += 1
    print(f"back pt -> en: {len(srcs)} invocations, exit codes {dict(rcs)}, editions {eds}")
    return {"rcs": dict(rcs), "editions": eds}


def main() -> None:
    args = sys.argv[1:]
    limit = None
    if "--back" in args:
        at = args.index("--back")
        limit = int(args[at + 1])
        del args[at : at + 2]
    rows = "--no-rows" not in args
    args = [a for a in args if a != "--no-rows"]
    out = Path(args[0]).resolve()
    out.mkdir(parents=True, exist_ok=True)
    py = sys.executable
    env = dict(os.environ, TRANSLATE_HOME=str(out / "home"))
    p49.DATA = DATA
    p49._arts = _arts  # type: ignore[assignment]  # probe49's steps on this corpus
    report = {"check": p49.run_check(out, py, env), "run": p49.run_articles(out, py, env),
              "back": run_back(out, py, env, limit)}
    serve_dir = out / "serve-src"
    serve_dir.mkdir(exist_ok=True)
    for i, a in enumerate(_arts()[:4]):  # the serve pass reads econ-*.html
        page = a.read_text(encoding="utf-8")
        if a.suffix == ".md":
            import markdown_it  # the md pages as HTML, the CMS's form

            page = markdown_it.MarkdownIt().render(page)
        (serve_dir / f"econ-{i:02d}-{a.stem}.html").write_text(page, encoding="utf-8")
    p47.DATA = serve_dir
    p47.LOCALES = p49.LOCALES
    report["serve"] = p47.run_serve(out, py, env)
    (out / "report.json").write_text(json.dumps(report, indent=1), encoding="utf-8")
    if rows:
        p47.rows_for(out, args[1] if len(args) > 1 else None)


if __name__ == "__main__":
    main()
