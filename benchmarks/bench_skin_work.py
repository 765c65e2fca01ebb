"""The HTTP service's worker-thread hop alone: the event loop's CPU per ``Api.work`` call.

``Api.work`` runs each request's pipeline call in a worker thread, under the thread limiter and
the request timeout, with a watch for a client that leaves. Here it runs a function that
returns at once, for a request whose client stays (its ``receive`` waits, as uvicorn's does
once the body is read), ``--calls`` times in a row, five times; the event loop thread's CPU
(``time.thread_time``) and the process's CPU per call, median of the five. CPU, not wall: the
machine's other jobs do not move it much.

    python benchmarks/bench_skin_work.py [--calls 2000]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import platform
import statistics
import tempfile
import time
from datetime import datetime, timezone
from importlib import metadata
from pathlib import Path
from typing import Any

from starlette.requests import Request

from translate.serve import ServeConfig
from translate.serve.app import create_app


async def measure(calls: int) -> list[tuple[float, float]]:
    home = Path(tempfile.mkdtemp(prefix="bench-work-"))
    api = create_app(ServeConfig(keyless=True, out_dir=home / "files")).state.api
    stays = asyncio.Event()

    async def receive() -> dict[str, Any]:
        await stays.wait()
        return {"type": "http.disconnect"}

    scope = {"type": "http", "method": "POST", "path": "/v1/editions", "headers": [],
             "query_string": b""}
    request = Request(scope, receive)

    def pipeline(value: int) -> int:
        return value

    for _ in range(200):  # threads started, code warm
        await api.work(pipeline, 1, request=request)
    runs = []
    for _ in range(5):
        loop_cpu, process_cpu = time.thread_time(), time.process_time()
        for _ in range(calls):
            await api.work(pipeline, 1, request=request)
        runs.append(((time.thread_time() - loop_cpu) / calls,
                     (time.process_time() - process_cpu) / calls))
    return runs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--calls", type=int, default=2000)
    args = parser.parse_args()
    load_before = os.getloadavg()
    runs = asyncio.run(measure(args.calls))
    load_after = os.getloadavg()
    print(f"date: {datetime.now(timezone.utc).isoformat(timespec='seconds')}")
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Linux {platform.release()}"
          f" (load average before {load_before[0]:.1f}, after {load_after[0]:.1f})")
    print(f"python {platform.python_version()}; starlette {metadata.version('starlette')};"
          f" anyio {metadata.version('anyio')}")
    print(f"command: python benchmarks/bench_skin_work.py --calls {args.calls}")
    print()
    print("| run | event loop CPU us per call | process CPU us per call |")
    print("|---|---:|---:|")
    for n, (loop_cpu, process_cpu) in enumerate(runs, 1):
        print(f"| {n} | {loop_cpu * 1e6:.0f} | {process_cpu * 1e6:.0f} |")
    print(f"| median | {statistics.median(r[0] for r in runs) * 1e6:.0f} |"
          f" {statistics.median(r[1] for r in runs) * 1e6:.0f} |")


if __name__ == "__main__":
    main()
