"""The timeline of one ``translate run`` with the embedded engine's child process, from the
command's process start: when the child is spawned, when its interpreter starts, when its model
load starts and ends, when the pipeline sends the sentences ahead (speculate) and the batch,
whether the main thread waits for the model (``waited``) or the child for the main thread
(``child idle``: model ready before anything was sent), the first answer, the end.

    python benchmarks/bench_cli_timeline.py [--baseline OLD_TREE] [--rounds 4] [--article PATH]

Instrumentation only, in a wrapper process (nothing in ``translate/`` changes): the main
process runs the command under a wrapper that patches ``translate.engines.child.ChildModel``
to log its calls, and points it at a copy of the tree's ``child_main.py`` with a time stamp
at each step. The main thread's work before the batch is the rest of the timeline. With
``--baseline``, the two trees alternate round by round (``OLD_TREE``: ``git archive COMMIT |
tar -x -C OLD_TREE``). The article defaults to ``bench_pipeline.py``'s 3,000-word one; fresh
``TRANSLATE_HOME`` each run, MT cache off.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

WRAPPER = r"""
import os, sys, time
from pathlib import Path
LOG = open(os.environ["TL_LOG"], "a")
def ev(what):
    LOG.write(f"{time.time():.6f} {time.process_time():.6f} main {what}\n"); LOG.flush()
ev("wrapper start")
from translate.engines import child as mod
mod.SCRIPT = Path(os.environ["TL_CHILD_SCRIPT"])
init, tr, rd, sp = (mod.ChildModel.__init__, mod.ChildModel.translate, mod.ChildModel._read,
                    mod.ChildModel.speculate)
def _init(self, *a, **k):
    ev("spawn"); init(self, *a, **k)
def _tr(self, sentences, hook=None):
    ev("batch sent")
    first = [True]
    def h(a, b):
        if first[0]:
            ev("first answer"); first[0] = False
        hook(a, b)
    out = tr(self, sentences, h if hook else None)
    ev("batch answered"); return out
def _rd(self, deadline, loading):
    out = rd(self, deadline, loading)
    if loading: ev("ready read")
    return out
def _sp(self, sentences):
    ev("ahead sent"); sp(self, sentences)
mod.ChildModel.__init__, mod.ChildModel.translate = _init, _tr
mod.ChildModel._read, mod.ChildModel.speculate = _rd, _sp
import atexit
atexit.register(ev, "exit")
import translate.cli as c
ev("cli imported")
sys.argv = ["translate", *sys.argv[1:]]
c.main()
"""

STEPS = {  # child_main.py text -> the same text with a time stamp
    "from __future__ import annotations\n": "from __future__ import annotations\n"
    "import time as _t\n_L = open(__import__('os').environ['TL_LOG'], 'a')\n"
    "def _ev(w):\n    _L.write(f'{_t.time():.6f} {_t.process_time():.6f} child {w}\\n')\n"
    "    _L.flush()\n_ev('start')\n",
    "        model = _load(native_path, model_dir)": "        _ev('load start'); model = "
    "_load(native_path, model_dir); _ev('model ready')",
    "        request = reader.frame()\n": "        request = reader.frame(); _ev('frame')\n",
}
# the "cpu:" rows: CPU seconds of the process (the main one's, or the child's own) between two
# events, i.e. an idle machine's timeline, which the wall columns at a shared machine's load are not
ROWS = [
    "spawn",
    "child start",
    "load start",
    "model ready",
    "ahead sent",
    "batch sent",
    "waited",
    "child idle",
    "first answer",
    "batch answered",
    "exit",
    "cpu: main spawn->ahead",
    "cpu: child ready",
    "cpu: child would idle",
]


def _child_script(tree: Path, work: Path, name: str) -> Path:
    text = (tree / "translate" / "engines" / "child_main.py").read_text(encoding="utf-8")
    for old, new in STEPS.items():
        assert old in text, f"child_main.py changed: {old!r} not found"
        text = text.replace(old, new, 1)
    path = work / f"child_main_{name}.py"
    path.write_text(text, encoding="utf-8")
    return path


def _one(tree: Path, script: Path, wrapper: Path, article: Path) -> dict[str, float]:
    home = Path(tempfile.mkdtemp(prefix="bench-cli-tl-"))
    log = home / "log"
    env = dict(os.environ, TRANSLATE_HOME=str(home), TRANSLATE_OFFLINE="1", PYTHONPATH=str(tree),
               TL_LOG=str(log), TL_CHILD_SCRIPT=str(script))  # fmt: skip
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # each tree's compiled modules, as installed
    start = time.time()
    subprocess.run([sys.executable, str(wrapper), "run", str(article), "--to", "pt-BR",
                    "--no-cache", "-o", str(home / "out"), "-q"], env=env,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)  # fmt: skip
    events: dict[str, float] = {}
    for line in log.read_text(encoding="utf-8").splitlines():
        stamp, cpu, who, what = line.split(" ", 3)
        key = "child start" if (who, what) == ("child", "start") else what
        events.setdefault(key, float(stamp) - start)
        events.setdefault(f"{key} cpu", float(cpu))
    shutil.rmtree(home, ignore_errors=True)
    ready, sent = events.get("model ready", 0.0), events.get("batch sent", 0.0)
    first_sent = min(events.get("ahead sent", sent), sent)
    events["waited"] = max(0.0, events.get("ready read", ready) - sent)
    events["child idle"] = max(0.0, first_sent - ready)
    # idle machine, estimated from CPU: the child is ready that long after its spawn, the main
    # process sends it the first sentences that long after the spawn (positive: the child waits)
    if all(k in events for k in ("spawn cpu", "model ready cpu", "ahead sent cpu")):
        events["cpu: main spawn->ahead"] = events["ahead sent cpu"] - events["spawn cpu"]
        events["cpu: child ready"] = events["model ready cpu"]
        events["cpu: child would idle"] = (
            events["cpu: main spawn->ahead"] - events["cpu: child ready"]
        )
    return events


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--baseline", type=Path, default=None, metavar="OLD_TREE")
    parser.add_argument("--rounds", type=int, default=4)
    parser.add_argument("--article", type=Path, default=None)
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from bench_pipeline import make_article

    work = Path(tempfile.mkdtemp(prefix="bench-cli-tl-work-"))
    article = args.article
    if article is None:
        article = work / "long.txt"
        article.write_text(make_article(3000), encoding="utf-8")
    wrapper = work / "wrapper.py"
    wrapper.write_text(WRAPPER, encoding="utf-8")
    trees = {"after": ROOT} if args.baseline is None else {
        "before": args.baseline.resolve(), "after": ROOT}  # fmt: skip
    scripts = {name: _child_script(tree, work, name) for name, tree in trees.items()}
    print(f"# command: python benchmarks/bench_cli_timeline.py --rounds {args.rounds}"
          + (f" --baseline {args.baseline}" if args.baseline else "")
          + (f" --article {args.article}" if args.article else ""))  # fmt: skip
    print(f"# date: {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}; {os.cpu_count()} "
          f"cores; load average before {os.getloadavg()[0]:.1f}; seconds from the command's "
          "process start (the wrapper's imports, ~0.01 s, included)")  # fmt: skip
    runs: dict[str, list[dict[str, float]]] = {name: [] for name in trees}
    for r in range(args.rounds):
        names = list(trees) if r % 2 == 0 else list(trees)[::-1]
        for name in names:
            events = _one(trees[name], scripts[name], wrapper, article)
            runs[name].append(events)
            print(f"round {r + 1} {name:<6}: " + ", ".join(
                f"{k} {events[k]:.3f}" for k in ROWS if k in events
            ) + f" (load {os.getloadavg()[0]:.1f})", flush=True)  # fmt: skip
    print()
    for name, found in runs.items():
        print(f"{name} medians: " + ", ".join(
            f"{k} {statistics.median(e[k] for e in found):.3f}"
            for k in ROWS if all(k in e for e in found)
        ))  # fmt: skip
    print(f"load average after {os.getloadavg()[0]:.1f} (2 cores: above 1 the machine was shared)")
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
