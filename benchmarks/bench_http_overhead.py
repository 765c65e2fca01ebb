"""The HTTP service's own cost per request, the pipeline taken out: what the skin adds.

``translate serve --keyless --no-cache`` runs in a child process whose
``Service._editions`` (the pipeline's call) answers every request with the editions it computed
for the first one, so a ``POST /v1/editions`` of the seed article (the README's example, into
pt-BR) costs only what the service does around the pipeline: HTTP, JSON in and out, the worker
thread, the response's 22 kB. One client (httpx, a kept-alive connection) sends ``--requests``
requests back to back, as a newsroom system posting a queue of articles would, then the same
number with ``--pause`` seconds between them (past Linux's delayed-ACK state: the client ACKs
at once again); ``GET /healthz`` back to back for the floor. Wall at the client per request
(median and quartiles) and the server process's CPU per request (``/proc/PID/stat``). Last, the
server left alone for ``--idle`` seconds: its CPU per second with no request (what it does
between requests: timers, polling).

    python benchmarks/bench_http_overhead.py [--requests 300] [--pause 0.3] [--idle 20]
"""

from __future__ import annotations

import argparse
import os
import platform
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import datetime, timezone
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "examples" / "caucasus-talks.txt"
TICKS = os.sysconf("SC_CLK_TCK")
REPLAY = """
import sys
import translate.serve.service as service
from translate.cli import main

computed = {}
real = service.Service._editions


def replay(self, article, profiles, options):
    if "editions" not in computed:
        computed["editions"] = real(self, article, profiles, options)
    return computed["editions"]


service.Service._editions = replay
sys.argv = ["translate", *sys.argv[1:]]
main()
"""


def process_cpu(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICKS


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def quartiles(values: list[float]) -> str:
    q1, q2, q3 = statistics.quantiles(values, n=4, method="inclusive")
    return f"{q2 * 1000:.2f} [{q1 * 1000:.2f}-{q3 * 1000:.2f}]"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--requests", type=int, default=300)
    parser.add_argument("--pause", type=float, default=0.3)
    parser.add_argument("--idle", type=float, default=20.0,
                        help="seconds the server is left alone at the end")
    args = parser.parse_args()
    import httpx

    text = SEED.read_text(encoding="utf-8")
    home = Path(tempfile.mkdtemp(prefix="bench-http-"))
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-c", REPLAY, "serve", "--keyless", "--no-cache", "--port", str(port),
         "--req-limit", "-1", "--out", str(home / "files")],
        env={**os.environ, "TRANSLATE_HOME": str(home), "TRANSLATE_OFFLINE": "1"}, cwd=ROOT,
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    client = httpx.Client(timeout=300)
    load_before = os.getloadavg()
    rows: list[str] = []
    try:
        deadline = time.monotonic() + 180
        while True:
            try:
                if client.get(url + "/healthz", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                if time.monotonic() > deadline or proc.poll() is not None:
                    raise SystemExit("server did not start") from None
                time.sleep(0.2)
        body = {"text": text, "targets": "pt-BR", "id": "seed"}
        first = client.post(url + "/v1/editions", json=body)
        assert first.status_code == 200, first.text[:300]
        size = len(first.content)

        def run(label: str, call: Callable[[], httpx.Response], pause: float) -> None:
            walls: list[float] = []
            cpu = process_cpu(proc.pid)
            for _ in range(args.requests):
                if pause:
                    time.sleep(pause)
                start = time.perf_counter()
                response = call()
                walls.append(time.perf_counter() - start)
                assert response.status_code == 200
            cpu = (process_cpu(proc.pid) - cpu) / args.requests
            rows.append(f"| {label} | {quartiles(walls)} | {cpu * 1000:.2f} |")

        def edition() -> httpx.Response:
            return client.post(url + "/v1/editions", json=body)

        def health() -> httpx.Response:
            return client.get(url + "/healthz")

        run("POST /v1/editions, back to back", edition, 0.0)
        run(f"POST /v1/editions, {args.pause:g} s apart", edition, args.pause)
        run("GET /healthz, back to back", health, 0.0)
        time.sleep(1.0)  # the last answer's own work done
        cpu, start = process_cpu(proc.pid), time.perf_counter()
        time.sleep(args.idle)
        idle = (process_cpu(proc.pid) - cpu) / (time.perf_counter() - start)
    finally:
        client.close()
        proc.terminate()
        proc.wait(60)
    load_after = os.getloadavg()
    print(f"date: {datetime.now(timezone.utc).isoformat(timespec='seconds')}")
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Linux {platform.release()}"
          f" (load average before {load_before[0]:.1f}, after {load_after[0]:.1f})")
    print(f"python {platform.python_version()}; uvicorn {metadata.version('uvicorn')};"
          f" starlette {metadata.version('starlette')}; httpx {metadata.version('httpx')};"
          f" h11 {metadata.version('h11')}")
    print(f"command: python benchmarks/bench_http_overhead.py --requests {args.requests}"
          f" --pause {args.pause:g} --idle {args.idle:g}")
    print(f"the seed article's editions replayed (pipeline out); response {size} bytes;"
          f" {args.requests} requests a row, one kept-alive httpx connection")
    print()
    print("| requests | client wall ms, median [quartiles] | server CPU ms per request |")
    print("|---|---:|---:|")
    print("\n".join(rows))
    print()
    print(f"server left alone {args.idle:g} s after the last request: {idle * 1000:.2f} ms CPU"
          " per second")


if __name__ == "__main__":
    main()
