"""How long the engine's threads wait for the GIL while the main thread works beside them.

The embedded engine's native call releases the GIL; to hand its answer back and take the next
sentence, the pool thread must take the GIL again. While the main thread runs the stages
beside the engine (``pipeline._Early``: spelling, localize, the checks' batches) in Python, a
thread that wants the GIL waits until the holder drops it: at most the interpreter's switch
interval (``sys.getswitchinterval()``, 5 ms by default), then the holder is asked to drop it.
While it waits, its core does no engine work.

This benchmark replaces the native call by ``time.sleep`` of a time proportional to the
sentence's length (``--engine-seconds`` in all, the bare engine's CPU on the long article),
answering with the engine's recorded answers (``--answers FILE``, as bench_post_engine.py
writes), so the cores the "engine" holds are free and the main thread's own work never
competes with it for a core: what is left is the pipeline's serial work and the GIL. Each
sleep's lateness (the time from its end until the thread runs Python again) is summed: the
engine threads' GIL wait (plus the kernel's wake-up latency, which the bare run shows alone).
Runs alternate: the pipeline at each ``--intervals`` value (switch interval, seconds, set as
the process's and as ``embedded.HANDOFF_INTERVAL``, the one the engine sets while sentences
are in flight), and the same sleeps on a bare pool of one thread per core, the main thread
idle.

    python benchmarks/bench_gil_handoff.py --answers F [--repeat 5] [--intervals 0.005 0.0005]

Outputs are the recorded answers whatever the timing (a scheduling experiment only).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--answers", type=Path, required=True)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--engine-seconds", type=float, default=2.6)
    parser.add_argument("--intervals", type=float, nargs="+", default=[0.005, 0.0005])
    args = parser.parse_args()
    os.environ.setdefault("TRANSLATE_OFFLINE", "1")
    os.environ["TRANSLATE_HOME"] = tempfile.mkdtemp(prefix="bench-gil-")
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from bench_pipeline import make_article

    import translate.engines.embedded as embedded
    import translate.pipeline as pipeline
    from translate.engines.marks import engine_text
    from translate.locales import get_profile
    from translate.options import RunOptions
    from translate.read import read_article

    recorded: dict[str, str] = json.loads(args.answers.read_text(encoding="utf-8"))
    answers = {" ".join(engine_text(k.split(":", 1)[1]).split()): v
               for k, v in recorded.items()}  # fmt: skip
    total_chars = sum(len(k) for k in answers)
    per_char = args.engine_seconds / total_chars
    late: list[float] = []
    lock = threading.Lock()

    def fake_one(model: Any, flat: str) -> str:
        wanted = len(flat) * per_char
        t0 = time.perf_counter()
        time.sleep(wanted)  # releases the GIL as the native call does
        lateness = time.perf_counter() - t0 - wanted
        with lock:
            late.append(lateness)
        return answers[flat]

    embedded._translate_one = fake_one  # type: ignore[assignment]
    options = RunOptions(use_cache=False, use_tm=False)
    profile = get_profile("pt-BR")
    default = sys.getswitchinterval()
    rows: dict[str, list[tuple[float, float, float]]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "long.txt"
        path.write_text(make_article(3000), encoding="utf-8")

        def run_pipeline() -> tuple[float, float, float]:
            late.clear()
            t0, c0 = time.perf_counter(), time.thread_time()
            prepared = pipeline.prepare(read_article(path), options)
            pipeline.translate_prepared(prepared, profile, options, None)
            return time.perf_counter() - t0, time.thread_time() - c0, sum(late)

        flats = list(answers)
        threads = os.cpu_count() or 1

        def run_bare() -> tuple[float, float, float]:
            late.clear()
            t0, c0 = time.perf_counter(), time.thread_time()
            with ThreadPoolExecutor(threads) as pool:
                list(pool.map(lambda f: fake_one(None, f), flats))
            return time.perf_counter() - t0, time.thread_time() - c0, sum(late)

        run_pipeline()  # one-time loads
        for _ in range(args.repeat):
            for interval in args.intervals:
                sys.setswitchinterval(interval)
                embedded.HANDOFF_INTERVAL = interval  # the engine's own while in flight, if any
                try:
                    rows.setdefault(f"pipeline, switch interval {interval * 1000:g} ms",
                                    []).append(run_pipeline())  # fmt: skip
                finally:
                    sys.setswitchinterval(default)
            rows.setdefault("bare pool, main thread idle", []).append(run_bare())
    print(f"date: {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}")
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, CPython "
          f"{platform.python_version()}; load average {os.getloadavg()[0]:.1f}")  # fmt: skip
    print(f"long article, {len(answers)} engine sentences, sleeps of {args.engine_seconds} s in "
          f"all; {args.repeat} alternated rounds; medians (min-max)")  # fmt: skip
    print()
    print(f"| {'run':<42} | {'wall s':>20} | {'main CPU s':>8} | {'engine GIL wait s':>20} |")
    print(f"|{'-' * 44}|{'-' * 22}|{'-' * 12}|{'-' * 22}|")
    for name, got in rows.items():
        walls, cpus, waits = zip(*got, strict=True)

        def fmt(v: tuple[float, ...]) -> str:
            return f"{statistics.median(v):.3f} ({min(v):.3f}-{max(v):.3f})"

        print(f"| {name:<42} | {fmt(walls):>20} | {statistics.median(cpus):10.3f} |"
              f" {fmt(waits):>20} |")  # fmt: skip


if __name__ == "__main__":
    main()
