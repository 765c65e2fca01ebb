"""Scaling out: the single-process path against Ray with 1 and 2 actors, on the same feed.

Writes one synthetic RSS feed of distinct news items (``bench_feeds.write_feed``: every
sentence different, so the cache never helps), then localizes it into pt-BR with a fresh store
each time:

* ``local, 1 thread`` / ``local, 2 threads``: ``translate feed`` in one process;
* ``ray, 1 actor`` / ``ray, 2 actors``: ``translate feed --executor ray`` on a local Ray with
  2 CPUs (one engine thread per actor); the Ray start itself is timed apart, and each run's
  actor start (process, imports, one-time loads: the warm-up in ``ClaimWorker.ready``) is
  reported apart from the steady state. The local runs come after a warm-up run in the same
  process, so both sides' steady state excludes the one-time loads.

and prints items/s, the scaling efficiency (2 actors against twice 1 actor), the overhead per
item of the Ray path (against the local path with the same threads per engine, with the real
engine and with the fake one), the driver's time in the claim store per item, and peak memory
(the driver's VmHWM, each actor's ru_maxrss). ``--stream`` runs 1,000 and 10,000 items (fake
engine, 2 actors) in fresh processes to show that driver and worker memory stay flat. Ends with
a projection to N machines from these numbers.

    python benchmarks/bench_scale.py [--items 200] [--engine embedded] [--stream 1000,10000]

``--article-sizes 0.5,1,2,4`` instead times one big plain-text article per size (MB), built by
concatenating the English pages' text of tests/data/realworld (real sentences, repeated only
past the corpus's 1.8 MB) and ``translate run`` on it with the fake engine (``--from en``,
no cache), each in a fresh process: CPU seconds (user+sys) per MB must stay flat as the size
grows. ``--no-punct`` adds one paragraph of the same words without any punctuation.

    python benchmarks/bench_scale.py --article-sizes 0.5,1,2,4 [--no-punct 0.5]
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT / "tests"))

from bench_feeds import write_feed  # noqa: E402


def _status(key: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(key + ":"):
            return int(line.split()[1])
    return 0


def _reset_peak() -> None:
    with contextlib.suppress(OSError):
        Path("/proc/self/clear_refs").write_text("5")  # resets VmHWM to the current RSS


def start_ray() -> float:
    import ray

    os.environ.pop("RAY_ADDRESS", None)
    start = time.perf_counter()
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False, configure_logging=False,
             _node_ip_address="127.0.0.1",
             runtime_env={"env_vars": {"PYTHONPATH": os.pathsep.join([str(ROOT),
                                                                       str(ROOT / "tests")])}})
    return time.perf_counter() - start


def register_fake() -> None:
    from translate import engines

    engines.ENGINES["fake"] = "fakes:FakeEngine"


def run(feed: Path, engine: str, *, executor: str, workers: int, threads: int) -> dict[str, Any]:
    from translate.feeds.run import FeedJob, localize_feeds
    from translate.options import EngineOptions, RunOptions

    with tempfile.TemporaryDirectory(prefix="bench-scale-") as tmp:
        base = Path(tmp)
        options = RunOptions(engine=engine, db_path=base / "store.db",
                             engine_options=EngineOptions(threads=threads))
        job = FeedJob(targets="pt-BR", out_dir=base / "site", formats=("html", "json"),
                      options=options, workers=workers, list_items=False, executor=executor)
        _reset_peak()
        start = time.perf_counter()
        summary = localize_feeds(str(feed), job, warn=lambda message: None)
        seconds = time.perf_counter() - start
    return {"executor": executor, "workers": workers, "threads": threads, "seconds": seconds,
            "translated": summary.translated, "failed": summary.failed,
            "driver_hwm_kib": _status("VmHWM"), "cluster": summary.cluster}


def child_stream(items: int) -> None:
    """In a fresh process: a local Ray, a feed of ``items`` items, fake engine, 2 actors."""
    register_fake()
    start_ray()
    with tempfile.TemporaryDirectory(prefix="bench-stream-") as tmp:
        feed = Path(tmp) / "world.xml"
        write_feed(feed, items, sentences=3)
        before = _status("VmRSS")
        got = run(feed, "fake", executor="ray", workers=2, threads=1)
    got.update(items=items, driver_rss_before_kib=before)
    print(json.dumps(got))


def real_text() -> str:
    """The English pages' expected body text in tests/data/realworld, concatenated."""
    texts = []
    for meta in sorted((ROOT / "tests" / "data" / "realworld").rglob("*.json")):
        try:
            d = json.loads(meta.read_text(encoding="utf-8"))
        except (ValueError, OSError):
            continue
        if not isinstance(d, dict) or d.get("language") != "en" or not d.get("expected_text"):
            continue
        body = meta.parent / Path(d["expected_text"]).name
        if body.exists():
            texts.append(body.read_text(encoding="utf-8"))
    return "\n\n".join(texts)


def article_of(mb: float, *, punct: bool = True) -> str:
    corpus = real_text()
    if not punct:
        corpus = " ".join(corpus.replace(".", " ").replace(",", " ").split())
    n = int(mb * 1_000_000)
    return (corpus * (n // len(corpus) + 1))[:n]


def child_article(path: str) -> None:
    """In a fresh process: ``translate run`` on ``path`` with the fake engine; CPU and RSS."""
    import resource

    register_fake()
    from translate.cli import cli, setup_process

    setup_process()
    with tempfile.TemporaryDirectory(prefix="bench-article-") as tmp:
        os.environ["TRANSLATE_HOME"] = tmp
        before = resource.getrusage(resource.RUSAGE_SELF)
        with contextlib.suppress(SystemExit):
            cli(["run", path, "--from", "en", "--to", "pt-BR", "--engine", "fake",
                 "--no-cache", "--out", str(Path(tmp) / "out"), "--format", "json", "--json"],
                prog_name="translate", standalone_mode=False)
        after = resource.getrusage(resource.RUSAGE_SELF)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    print(json.dumps({"cpu": cpu, "maxrss_kib": after.ru_maxrss}))


def article_rows(sizes: list[float], no_punct: list[float]) -> None:
    import translate

    print(f"# bench_scale --article-sizes: {platform.machine()}, {os.cpu_count()} cores (shared"
          f" with other jobs), Python {platform.python_version()}, newsroom-translate"
          f" {translate.__version__}, {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}")
    print("one plain-text article of real English news text, translate run --from en --to pt-BR"
          " --engine fake --no-cache, a fresh process each\n")
    print("| input | MB | CPU s | CPU s per MB | peak RSS |")
    print("|---|---:|---:|---:|---:|")
    runs = [(mb, True) for mb in sizes] + [(mb, False) for mb in no_punct]
    with tempfile.TemporaryDirectory(prefix="bench-articles-") as tmp:
        for mb, punct in runs:
            path = Path(tmp) / f"article-{mb}.txt"
            path.write_text(article_of(mb, punct=punct), encoding="utf-8")
            out = subprocess.run([sys.executable, __file__, "--child-article", str(path)],
                                 check=True, capture_output=True, text=True).stdout
            r = json.loads(out.strip().splitlines()[-1])
            name = "news text" if punct else "one paragraph, no punctuation"
            print(f"| {name} | {mb:g} | {r['cpu']:.1f} | {r['cpu'] / mb:.1f}"
                  f" | {mib(r['maxrss_kib'])} |", flush=True)


def mib(kib: float) -> str:
    return f"{kib / 1024:.0f} MiB"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--items", type=int, default=200)
    parser.add_argument("--engine", default="embedded")
    parser.add_argument("--stream", default="1000,10000",
                        help="feed sizes for the memory runs ('' to skip)")
    parser.add_argument("--child-stream", type=int, default=None, help=argparse.SUPPRESS)
    parser.add_argument("--article-sizes", default="",
                        help="time one big article per size in MB (e.g. 0.5,1,2,4), not Ray")
    parser.add_argument("--no-punct", default="",
                        help="with --article-sizes: sizes of a paragraph without punctuation")
    parser.add_argument("--child-article", default=None, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child_stream is not None:
        child_stream(args.child_stream)
        return
    if args.child_article is not None:
        child_article(args.child_article)
        return
    if args.article_sizes:
        article_rows([float(s) for s in args.article_sizes.split(",") if s.strip()],
                     [float(s) for s in args.no_punct.split(",") if s.strip()])
        return

    import ray

    register_fake()
    import translate

    print(f"# bench_scale: {platform.machine()}, {os.cpu_count()} cores (shared with other jobs),"
          f" Python {platform.python_version()}, ray {ray.__version__},"
          f" newsroom-translate {translate.__version__},"
          f" {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}")
    ray_start = start_ray()
    print(f"ray.init (local, 2 CPUs): {ray_start:.1f} s, not counted below\n")
    with tempfile.TemporaryDirectory(prefix="bench-scale-feed-") as tmp:
        feed = Path(tmp) / "world.xml"
        words = write_feed(feed, args.items, sentences=4)
        warm = Path(tmp) / "warm.xml"
        write_feed(warm, 5, sentences=2, seed=1)
        for engine in (args.engine, "fake"):  # the one-time loads, as an actor's start does
            run(warm, engine, executor="local", workers=1, threads=1)
        configs = [("local", 1, 1), ("local", 1, 2), ("ray", 1, 1), ("ray", 2, 1)]
        results = [run(feed, args.engine, executor=e, workers=w, threads=t)
                   for e, w, t in configs]
        fake = [run(feed, "fake", executor=e, workers=w, threads=t)
                for e, w, t in (("local", 1, 1), ("ray", 1, 1), ("ray", 2, 1))]
    ray.shutdown()

    n = args.items
    print(f"feed: {n} items, {words} words; engine {args.engine}; locale pt-BR; html+json\n")
    print("| path | engine threads | seconds | items/s | actor start | store s/item"
          " | driver peak | worker peak |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for r in results + fake:
        c = r["cluster"] or {}
        name = ("local, 1 process" if r["executor"] == "local"
                else f"ray, {r['workers']} actor{'s' if r['workers'] > 1 else ''}")
        if r in fake:
            name += " (fake engine)"
        workers = ", ".join(mib(x / 1024) for x in c.get("worker_peak_rss", [])) or "-"
        print(f"| {name} | {r['threads']} | {r['seconds']:.1f} | {n / r['seconds']:.1f}"
              f" | {c['startup_seconds']:.1f} s |" if c else
              f"| {name} | {r['threads']} | {r['seconds']:.1f} | {n / r['seconds']:.1f} | - |",
              end="")
        print(f" {c['store_seconds'] / n * 1000:.2f} ms |" if c else " - |", end="")
        print(f" {mib(r['driver_hwm_kib'])} | {workers} |")
        assert r["translated"] == n and not r["failed"], r
    local1, local2, ray1, ray2 = results
    eff = (n / ray2["seconds"]) / (2 * n / ray1["seconds"])
    steady1 = ray1["seconds"] - ray1["cluster"]["startup_seconds"]
    steady2 = ray2["seconds"] - ray2["cluster"]["startup_seconds"]
    eff_steady = steady1 / (2 * steady2)
    over = (ray1["seconds"] - local1["seconds"]) / n * 1000
    over_steady = (steady1 - local1["seconds"]) / n * 1000
    fake_over = (fake[1]["seconds"] - fake[1]["cluster"]["startup_seconds"]
                 - fake[0]["seconds"]) / n * 1000
    store_ms = ray2["cluster"]["store_seconds"] / n * 1000
    print()
    print(f"scaling efficiency, 2 actors vs 2 x 1 actor: {eff:.2f} (after actor start: "
          f"{eff_steady:.2f})")
    print(f"ray 2 actors vs local 1 process 2 threads: {local2['seconds'] / ray2['seconds']:.2f}x")
    print(f"overhead per item, ray 1 actor vs local 1 thread ({args.engine}): {over:.1f} ms"
          f" (after actor start: {over_steady:.1f} ms)")
    print(f"overhead per item of the Ray path, fake engine, after actor start: {fake_over:.1f} ms")
    print(f"driver time in the claim store per item (SQLite claim + record): {store_ms:.2f} ms")

    per_actor = n / steady1  # items/s of one actor, one engine thread, one core
    driver_cap = 1000 / store_ms if store_ms else float("inf")
    print("\nprojection (from the numbers above; 1 actor per core, same items):")
    print(f"  one actor: {per_actor:.1f} items/s; the driver's store work caps the cluster at"
          f" about {driver_cap:.0f} items/s")
    for machines, cores in ((1, 2), (4, 8), (16, 16), (64, 16)):
        want = machines * cores * per_actor * max(eff_steady, 0.5)
        note = "store-bound" if want > driver_cap else "engine-bound"
        print(f"  {machines:>3} machines x {cores:>2} cores: ~{min(want, driver_cap):.0f} items/s"
              f" ({note})")
    startup = ray2["cluster"]["startup_seconds"]
    print(f"  model load and actor start: {startup:.1f} s per run here, paid once per actor, so it"
          " matters only for short runs")

    sizes = [int(s) for s in args.stream.split(",") if s.strip()]
    if sizes:
        print("\nstreaming (fake engine, 2 actors, each size in a fresh process):\n")
        print("| feed items | seconds | driver RSS before | driver peak | worker peaks |")
        print("|---:|---:|---:|---:|---:|")
        for size in sizes:
            out = subprocess.run([sys.executable, __file__, "--child-stream", str(size)],
                                 check=True, capture_output=True, text=True).stdout
            r = json.loads(out.strip().splitlines()[-1])
            workers = ", ".join(mib(x / 1024) for x in r["cluster"]["worker_peak_rss"])
            print(f"| {size} | {r['seconds']:.1f} | {mib(r['driver_rss_before_kib'])}"
                  f" | {mib(r['driver_hwm_kib'])} | {workers} |")


if __name__ == "__main__":
    main()
