"""A feed item whose HTML holds thousands of links: CPU time must grow linearly with them.

The eighth red-team pass's fuzzer (``benchmarks/fuzz_readers.py``, mutation
``many-links-tables``) found a feed item with 5,000 links past its 120 s timeout. This builds
one RSS item whose description is a paragraph of N links (``<a href="/pN">link N</a>``, the
fuzzer's shape, plus one real sentence with a number) and runs ``translate feed`` on it with the
test suite's fake engine (so that the pipeline's own work is timed, not the model's), each size
in a fresh process, and prints the CPU seconds (user+sys of that process) per size and per
1,000 links: linear means the last column stays flat. ``--tree DIR`` runs another checkout's
code (main's, for a before/after in one session); ``--engine embedded`` times the real model
too (its child process's CPU included).

    python benchmarks/bench_many_links.py [--sizes 1000,2000,5000] [--tree DIR] [--engine E]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CHILD = r"""
import json, resource, sys, tempfile
from html import escape
from pathlib import Path
from translate import engines
engines.ENGINES["fake"] = "fakes:FakeEngine"
from translate.cli import cli
from click.testing import CliRunner
n, engine = int(sys.argv[1]), sys.argv[2]
links = "".join(f'<a href="/p{i}">link {i}</a> ' for i in range(n))
html = "<p>About 4,000 families have returned to their villages after the floods. " + links
html += "</p>"
feed = ('<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>World</title>'
        '<link>https://news.example.org/</link><description>The world desk.</description>'
        '<item><title>Families return</title><link>https://news.example.org/a</link>'
        '<guid>https://news.example.org/a</guid><description>' + escape(html) +
        '</description></item></channel></rss>')
with tempfile.TemporaryDirectory() as tmp:
    f = Path(tmp) / "feed.xml"
    f.write_text(feed, encoding="utf-8")
    before = resource.getrusage(resource.RUSAGE_SELF)
    r = CliRunner().invoke(cli, ["feed", str(f), "--from", "en", "--to", "pt-BR", "--engine",
                                 engine, "--out", str(Path(tmp) / "out"), "--db",
                                 str(Path(tmp) / "s.db"), "-q"])
    after = resource.getrusage(resource.RUSAGE_SELF)
children = resource.getrusage(resource.RUSAGE_CHILDREN)  # an engine in a child process
cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
cpu += children.ru_utime + children.ru_stime
print(json.dumps({"links": n, "exit": r.exit_code, "cpu": cpu}))
"""


def measure(n: int, tree: Path, engine: str = "fake") -> dict[str, float]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(tree), str(ROOT / "tests")])}
    out = subprocess.run([sys.executable, "-c", CHILD, str(n), engine], env=env, check=True,
                         capture_output=True, text=True, cwd=tree).stdout  # fmt: skip
    result: dict[str, float] = json.loads(out.strip().splitlines()[-1])
    return result


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="1000,2000,5000")
    ap.add_argument("--tree", type=Path, default=ROOT, help="the checkout whose code runs")
    ap.add_argument("--engine", default="fake", help="fake (default), or embedded: the model's "
                    "own time included (each link's words are translated to place the link)")
    args = ap.parse_args(argv)
    print(f"# bench_many_links: {args.tree}, engine {args.engine}; {platform.machine()}, "
          f"{os.cpu_count()} cores (shared); Python {platform.python_version()}; "
          f"{time.strftime('%Y-%m-%dT%H:%M:%SZ', time.gmtime())}")
    print("| links | exit | CPU s | CPU s per 1,000 links |")
    print("|---|---|---|---|")
    for n in (int(x) for x in args.sizes.split(",")):
        r = measure(n, args.tree, args.engine)
        print(f"| {n} | {int(r['exit'])} | {r['cpu']:.2f} | {r['cpu'] / n * 1000:.2f} |",
              flush=True)  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
