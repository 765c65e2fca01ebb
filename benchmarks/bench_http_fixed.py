"""The HTTP service's fixed cost per request: a one-sentence article through ``POST
/v1/editions`` against ``translate_article`` in this process, interleaved.

On a one-sentence article the pipeline's work is smallest, so what the service adds per request
(uvicorn, the request's JSON, the thread hop, ``to_dict``, the answer's JSON) shows against it;
``GET /healthz`` is uvicorn's round trip alone. Server CPU is read from ``/proc/PID/stat`` (10
ms ticks: the means over many requests count, not single ones).

    python benchmarks/bench_http_fixed.py [--requests 30]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_skins

TEXT = "The foreign minister said on Monday that talks would resume next month.\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--requests", type=int, default=30)
    args = parser.parse_args()
    os.environ.setdefault("TRANSLATE_OFFLINE", "1")
    tmp = Path(tempfile.mkdtemp(prefix="bench-http-fixed-"))
    os.environ["TRANSLATE_HOME"] = str(tmp / "home")

    from translate.api import translate_article
    from translate.options import RunOptions
    from translate.read import parse_article

    options = RunOptions(use_cache=False, use_tm=False)

    def library() -> None:
        article = parse_article(TEXT, fmt="txt", source="seed", article_id="seed")
        translate_article(article, bench_skins.TARGET, options)

    server = bench_skins.Server(tmp / "server-home")
    rows: dict[str, list[tuple[float, float]]] = {"library": [], "HTTP /v1/editions": [],
                                                  "HTTP /healthz": []}  # fmt: skip
    loads: list[float] = []
    try:
        library(), server.edition(TEXT), server.edition(TEXT)
        for _ in range(args.requests):
            rows["library"].append(bench_skins.timed(library))
            rows["HTTP /v1/editions"].append(server.edition(TEXT))
            cpu, wall = bench_skins.process_cpu(server.proc.pid), time.perf_counter()
            server.client.get(server.url + "/healthz")
            rows["HTTP /healthz"].append(
                (time.perf_counter() - wall, bench_skins.process_cpu(server.proc.pid) - cpu)
            )
            loads.append(os.getloadavg()[0])
    finally:
        server.stop()
    print(f"date: {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}; {os.cpu_count()} cores;"
          f" load average {min(loads):.1f}-{max(loads):.1f}")  # fmt: skip
    print(f"one-sentence article -> {bench_skins.TARGET}, MT cache off, warm;"
          f" {args.requests} interleaved requests")  # fmt: skip
    print()
    print("| row | wall ms, median | CPU ms, median | CPU ms, mean |")
    print("|---|---:|---:|---:|")
    for name, values in rows.items():
        walls, cpus = [w for w, _ in values], [c for _, c in values]
        wall, cpu = 1000 * statistics.median(walls), 1000 * statistics.median(cpus)
        print(f"| {name} | {wall:.1f} | {cpu:.1f} | {1000 * statistics.mean(cpus):.1f} |")
    lib = statistics.mean(c for _, c in rows["library"])
    http = statistics.mean(c for _, c in rows["HTTP /v1/editions"])
    print()
    own = 1000 * (http - lib)
    print(f"the service's own CPU per request (mean HTTP - mean library): {own:.1f} ms")


if __name__ == "__main__":
    main()
