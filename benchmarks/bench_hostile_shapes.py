"""Hostile inputs of many small parts (fuzz46's slow cases): CPU at two sizes and their ratio.

Three shapes of ``benchmarks/fuzz_inputs.py`` (``many-spans`` and ``many-blocks``), built at
``--sizes`` parts (default 1500 and 6000, the larger about fuzz46's 157 kB case):

* ``breaks``: one Markdown paragraph of lines ending in a hard line break ("line 7 of the
  river  ") after "The minister spoke." (fuzz46 case 256, seed 44), ``translate run``;
* ``table``: a JSONL record whose text is a table of rows ("| River 8 | 296 | 8% |") (fuzz46
  case 279, seed 44), ``translate batch``;
* ``headings``: a JSONL record of "## River 8" headings (fuzz45 case 56, seed 43).

Each run is a fresh process with the fake engine (``tests/fakes.py``: the engine's own time,
which grows with the text, left out), ``--from en --to pt-BR --no-cache``; its CPU (user+sys,
this process only) is printed, and the ratio of the larger size's CPU to the smaller's beside
the ratio of the sizes: a pipeline that scales linearly shows a ratio near the size ratio
(less, for the fixed start-up cost). Beside it, the main thread's CPU (``time.thread_time``) in
the two stages speed47 changed, ``segment.segment_article`` and ``inline.restore``, wrapped
where the pipeline calls them (the same on any tree): steadier on a loaded machine than the
process's whole CPU.

    python benchmarks/bench_hostile_shapes.py [--sizes 1500,6000] [--shapes breaks,table,headings]
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent / "tests")]

_W = ["world", "sports", "weather", "business", "politics", "science", "health", "travel",
      "river", "bridge", "market", "council", "budget", "energy", "museum", "police", "court"]


def build(shape: str, n: int, folder: Path) -> Path:
    words = [_W[(i * 7) % len(_W)] for i in range(n)]
    if shape == "breaks":
        path = folder / f"breaks-{n}.md"
        path.write_text("# Budget vote in Lisbon\n\nThe minister spoke. " + "  \n".join(
            f"line {i} of the {w}" for i, w in enumerate(words)) + "\n", encoding="utf-8")
        return path
    if shape == "table":
        text = "| Town | Votes | Share |\n|---|---|---|\n" + "\n".join(
            f"| {_W[i % len(_W)].title()} {i} | {i * 37 % 9000:,} | {i % 97}% |"
            for i in range(n))
    else:
        text = "\n\n".join(f"## {_W[i % len(_W)].title()} {i}" for i in range(n))
    path = folder / f"{shape}-{n}.jsonl"
    path.write_text(json.dumps({"id": "a1", "title": "Budget vote", "text": text}) + "\n",
                    encoding="utf-8")
    return path


def child(path: str) -> None:
    """In a fresh process: ``translate run`` (or ``batch`` for JSONL) with the fake engine."""
    import resource

    from translate import engines
    from translate.cli import cli, setup_process

    engines.ENGINES["fake"] = "fakes:FakeEngine"
    setup_process()
    stages = {"segment": 0.0, "restore": 0.0}
    from translate import inline, segment

    def timed(name: str, fn: Any) -> Any:
        def run(*args: Any, **kwargs: Any) -> Any:
            start = time.thread_time()
            try:
                return fn(*args, **kwargs)
            finally:
                stages[name] += time.thread_time() - start

        return run

    segment.segment_article = timed("segment", segment.segment_article)  # type: ignore[assignment]
    inline.restore = timed("restore", inline.restore)  # type: ignore[assignment]
    with tempfile.TemporaryDirectory(prefix="bench-hostile-") as tmp:
        os.environ["TRANSLATE_HOME"] = tmp
        verb = "batch" if path.endswith(".jsonl") else "run"
        before = resource.getrusage(resource.RUSAGE_SELF)
        with contextlib.suppress(SystemExit):
            cli([verb, path, "--from", "en", "--to", "pt-BR", "--engine", "fake", "--no-cache",
                 "--out", str(Path(tmp) / "out"), "--format", "md,json", "-q"],
                prog_name="translate", standalone_mode=False)
        after = resource.getrusage(resource.RUSAGE_SELF)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    print(json.dumps({"cpu": cpu, **stages}))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="1500,6000")
    ap.add_argument("--shapes", default="breaks,table,headings")
    ap.add_argument("--child")
    args = ap.parse_args(argv)
    if args.child:
        child(args.child)
        return 0
    import translate

    sizes = [int(x) for x in args.sizes.split(",")]
    print(f"# bench_hostile_shapes: {platform.machine()}, {os.cpu_count()} cores (shared), "
          f"load {os.getloadavg()[0]:.1f}, Python {platform.python_version()}, "
          f"newsroom-translate {translate.__version__} from {Path(translate.__file__).parent}, "
          f"{time.strftime('%Y-%m-%dT%H:%M:%SZ', time.gmtime())}")
    print("fake engine, --from en --to pt-BR --no-cache, a fresh process each; CPU s user+sys\n")
    print("| shape | " + " | ".join(f"{n} parts" for n in sizes) + " | CPU ratio | size ratio | "
          + " | ".join(f"segment + restore, {n}" for n in sizes) + " | their ratio |")
    print("|---|" + "---:|" * (2 * len(sizes) + 3))
    with tempfile.TemporaryDirectory(prefix="bench-hostile-shapes-") as tmp:
        for shape in args.shapes.split(","):
            cpus, parts = [], []
            for n in sizes:
                path = build(shape, n, Path(tmp))
                out = subprocess.run([sys.executable, __file__, "--child", str(path)],
                                     check=True, capture_output=True, text=True).stdout
                got = json.loads(out.strip().splitlines()[-1])
                cpus.append(got["cpu"])
                parts.append(got["segment"] + got["restore"])
            print(f"| {shape} | " + " | ".join(f"{c:.2f}" for c in cpus)
                  + f" | {cpus[-1] / cpus[0]:.2f} | {sizes[-1] / sizes[0]:.2f} | "
                  + " | ".join(f"{c:.3f}" for c in parts)
                  + f" | {parts[-1] / max(parts[0], 1e-9):.2f} |", flush=True)
    print(f"# end {time.strftime('%Y-%m-%dT%H:%M:%SZ', time.gmtime())}, "
          f"load {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
