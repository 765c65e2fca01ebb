"""Stress the embedded engine's threads the way the pipeline, the tests and the HTTP service use
them: a model preloaded from a short-lived thread, engines closed while a load is under way,
translations from the main thread, from fresh threads and from the pool, engines made again.

Each round is one process (the crash this guards against came from the thread that first
loaded the native library, so every process must start from nothing). Run directly for a long
stress run::

    python tests/engines/preload_stress.py --rounds 200 --cycles 6

It prints one line per round and a summary; the exit status is 1 if any round crashed.
tests/engines/test_native_thread.py runs a few rounds.
"""

from __future__ import annotations

import argparse
import random
import subprocess
import sys
import threading
import time

SENTENCES = [
    "The minister said on Monday that talks would resume.",
    "Prices for bread and fuel had climbed sharply since the spring.",
    "Both delegations left Geneva without a joint statement.",
]


def cycles(count: int, seed: int) -> None:
    """``count`` engine lifetimes in this process; the first load is always started from a
    passing thread (so the native library is first imported off the main thread)."""
    from translate.engines.embedded import EmbeddedEngine

    rng = random.Random(seed)
    expected: str | None = None
    for n in range(count):
        engine = EmbeddedEngine(threads=2)
        starter = threading.Thread(target=engine.preload, args=("en", "pt"), name="preload")
        starter.start()
        starter.join()
        action = "close-during-load" if n % 3 == 1 else rng.choice(["main", "thread", "pool"])
        if action == "close-during-load":
            time.sleep(rng.random() * 0.4)
            engine.close()
            continue
        if action == "main":
            out = engine.translate(SENTENCES[:1], "en", "pt")
        elif action == "thread":
            box: list[list[str]] = []
            worker = threading.Thread(
                target=lambda e=engine, b=box: b.append(e.translate(SENTENCES[:1], "en", "pt"))
            )
            worker.start()
            worker.join()
            out = box[0]
        else:
            out = engine.translate(SENTENCES, "en", "pt")[:1]
        if expected is None:
            expected = out[0]
        assert out[0] and out[0] == expected, (out, expected)
        engine.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=20, help="processes, one after another")
    parser.add_argument("--cycles", type=int, default=6, help="engine lifetimes per process")
    parser.add_argument("--child", type=int, default=None, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child is not None:
        cycles(args.cycles, args.child)
        print("ok")
        return 0
    crashed = 0
    for r in range(args.rounds):
        proc = subprocess.run(
            [sys.executable, __file__, "--child", str(r), "--cycles", str(args.cycles)],
            capture_output=True,
            text=True,
            timeout=600,
        )
        ok = proc.returncode == 0 and proc.stdout.strip() == "ok"
        crashed += not ok
        tail = "" if ok else " " + (proc.stderr.strip().splitlines() or ["(no stderr)"])[0]
        print(f"round {r}: exit {proc.returncode}{tail}", flush=True)
    clean = args.rounds - crashed
    print(f"{clean}/{args.rounds} rounds clean, {args.cycles} engine lifetimes each")
    return 1 if crashed else 0


if __name__ == "__main__":
    sys.exit(main())
