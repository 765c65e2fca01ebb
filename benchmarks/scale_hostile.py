"""Hostile shapes at growing sizes: does any input cost more than its size, or far more than news?

For each shape, builds inputs of growing size (``--sizes``, kB) and runs ``translate run``
(``translate feed`` for the feed shapes) on it with ``--no-cache`` and the fake engine
(``tests/fakes.py``: the pipeline's own cost, not the engine's), each size in a fresh process
after a warm-up run on a small real article (one-time loads excluded), under a wall-clock
timeout (``--timeout``, default 120 s: a shape stops at its first timeout). Prints, per shape and
size, the CPU seconds (user+sys of the timed run; the machine is shared, so CPU time, not wall
time, is the figure), the wall seconds, the exit code, peak RSS, the CPU seconds per kB relative
to a real news article of the same size (real English corpus text of ``tests/data/realworld``
concatenated, the ``news`` shape), and per shape the growth exponent (the slope of log CPU
against log size from the smallest to the largest size that finished: 1 is linear).

    python benchmarks/scale_hostile.py [--sizes 10,40,160] [--shapes news,longword,...]

``--shapes triggers`` runs fuzz48's shapes (``fuzz_inputs.TRIGGERS``: one rule's trigger, a cue
and a number, a capitalised word and a head noun, "the X Act and", a date, an amount, quotation
marks, parentheses, list markers, links, headings, repeated up to 20,000 times).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import math
import os
import platform
import random
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from html import escape
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from bench_scale import real_text  # noqa: E402

_CORPUS: list[str] = []


def corpus() -> str:
    if not _CORPUS:
        _CORPUS.append(real_text())
    return _CORPUS[0]


def fill(n: int, unit: Callable[[int], str], sep: str = "") -> str:
    """Repeat ``unit(i)`` (joined by ``sep``) until ``n`` characters."""
    parts: list[str] = []
    size = 0
    i = 0
    while size < n:
        part = unit(i)
        parts.append(part)
        size += len(part) + len(sep)
        i += 1
    return sep.join(parts)


def news(n: int) -> str:
    text = corpus()
    return (text * (n // len(text) + 1))[:n]


def words(i: int) -> str:
    rng = random.Random(i)
    return rng.choice(["river", "council", "market", "station", "harbour", "museum", "bridge",
                       "school", "festival", "railway", "garden", "library"])


def longword(n: int) -> str:
    rng = random.Random(1)
    return "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(n)) + "\n"


def tinylines(n: int) -> str:
    return fill(n, words, "\n\n") + "\n"


def md_links(n: int) -> str:
    return "The council named its partners: " + fill(
        n, lambda i: f"[{words(i)} {i}](https://example.org/{i})", ", ") + ".\n"


def md_emph(n: int) -> str:
    return "The report said " + fill(
        n, lambda i: f"*{words(i)}* **{words(i + 1)}** `c{i}`", " and ") + ".\n"


def md_nested(n: int) -> str:
    return fill(n, lambda i: "  " * (i % 40) + f"- The {words(i)} item {i}.", "\n") + "\n"


def md_table(n: int) -> str:
    head = "| city | river | market | people |\n|---|---|---|---:|\n"
    return head + fill(n, lambda i: f"| {words(i)} {i} | {words(i + 1)} | {words(i + 2)} |"
                       f" {i * 37} |", "\n") + "\n"


def html_page(body: str) -> str:
    return ("<!DOCTYPE html><html><head><title>City news</title></head><body><article>"
            f"<h1>City news</h1>{body}</article></body></html>\n")


def html_deep(n: int) -> str:
    depth = max(1, (n - 200) // 20)
    return html_page("<div>" * depth + "<p>The council met on Monday.</p>" + "</div>" * depth)


def html_inline(n: int) -> str:
    return html_page("<p>The council said " + fill(
        n, lambda i: f"<b>{words(i)}</b> <i>{i}</i>", " ") + ".</p>")


def numbers(n: int) -> str:
    def unit(i: int) -> str:
        k = i % 3
        if k == 0:
            return f"{(i * 7919) % 100000:,}"
        if k == 1:
            return f"{1 + i % 28} March {1990 + i % 30}"
        return f"${(i * 31) % 1000}.{i % 100:02d}"
    return "The figures were " + fill(n, unit, ", ") + ".\n"


def repeat(n: int) -> str:
    return fill(n, lambda i: "The council approved the new budget on Monday.", " ") + "\n"


def floods(n: int) -> str:
    marks = "".join(chr(c) for c in range(0x300, 0x315))

    def unit(i: int) -> str:
        return (f"{words(i)}{marks} \U0001f600\U0001f525\u202e{words(i + 1)}\u202c"
                f" \u200f{i}\u200e")
    return "The readers wrote " + fill(n, unit, " ") + ".\n"


def feed_items(n: int) -> str:
    head = ('<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel>'
            "<title>City desk</title><link>https://news.example.org/</link>"
            "<description>News.</description><language>en</language>\n")
    items = fill(n, lambda i: f"<item><title>The {words(i)} {i}.</title>"
                 f"<link>https://news.example.org/{i}</link><guid>g{i}</guid></item>", "\n")
    return head + items + "\n</channel></rss>\n"


def feed_title(n: int) -> str:
    title = escape(news(n).replace("\n", " "))
    return ('<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel>'
            "<title>City desk</title><link>https://news.example.org/</link>"
            "<description>News.</description><language>en</language>\n"
            f"<item><title>{title}</title><link>https://news.example.org/1</link>"
            "<guid>g1</guid><description>The council met.</description></item>\n"
            "</channel></rss>\n")


def feed_odd_byte(n: int) -> bytes:
    """fuzz53 (seed 49's case 174, a 62 MB feed): a feed declaring UTF-8 with one byte that is
    not UTF-8 (Latin-1 "é") in its middle item: the reader guesses the odd byte's code page
    from readings of the whole body."""
    text = feed_items(n)
    mid = text.index("<title>", len(text) // 2) + len("<title>")
    return text[:mid].encode("utf-8") + b"Caf\xe9 " + text[mid:].encode("utf-8")


SHAPES: dict[str, tuple[Callable[[int], str | bytes], str]] = {
    "news": (news, "txt"),
    "longword": (longword, "txt"),
    "tinylines": (tinylines, "txt"),
    "md_links": (md_links, "md"),
    "md_emph": (md_emph, "md"),
    "md_nested": (md_nested, "md"),
    "md_table": (md_table, "md"),
    "html_deep": (html_deep, "html"),
    "html_inline": (html_inline, "html"),
    "numbers": (numbers, "txt"),
    "repeat": (repeat, "txt"),
    "floods": (floods, "txt"),
    "feed_items": (feed_items, "xml"),
    "feed_title": (feed_title, "xml"),
    "feed_odd_byte": (feed_odd_byte, "xml"),
}


def _trigger_shapes() -> None:
    """fuzz48: one rule's trigger repeated up to 20,000 times (``fuzz_inputs.TRIGGERS``), as
    shapes ``t_<name>`` (``--shapes triggers`` names them all)."""
    from fuzz_inputs import TRIGGERS, trigger_text

    for name in TRIGGERS:
        SHAPES[f"t_{name}"] = ((lambda n, name=name: trigger_text(name, n)), "md")


_trigger_shapes()


def child(path: str, shape: str) -> None:
    """In a fresh process: warm up on a small article, then time one run on ``path``."""
    import resource

    sys.path.insert(0, str(ROOT / "tests"))
    from translate import engines

    engines.ENGINES["fake"] = "fakes:FakeEngine"
    from translate.cli import cli, setup_process

    setup_process()
    with tempfile.TemporaryDirectory(prefix="scale-hostile-") as tmp:
        os.environ["TRANSLATE_HOME"] = tmp
        warm = Path(tmp) / "warm.txt"
        warm.write_text(corpus()[-3000:], encoding="utf-8")  # not the news shape's text

        def go(source: str, out: str) -> int:
            if source.endswith(".xml"):
                argv = ["feed", source, "--from", "en", "--to", "pt-BR", "--engine", "fake",
                        "--no-cache", "--out", out]
            else:
                pt = "t_pt-" in Path(source).name  # fuzz48's Portuguese shapes
                argv = ["run", source, "--from", "pt" if pt else "en", "--to",
                        "en" if pt else "pt-BR", "--engine", "fake",
                        "--no-cache", "--out", out, "--format", "json,html"]
            try:  # without standalone mode, click returns the command's exit code
                code = cli(argv, prog_name="translate", standalone_mode=False)
            except SystemExit as exc:
                return int(exc.code or 0)
            return code if isinstance(code, int) else 0

        go(str(warm), str(Path(tmp) / "warm-out"))
        before = resource.getrusage(resource.RUSAGE_SELF)
        start = time.perf_counter()
        code = go(path, str(Path(tmp) / "out"))
        wall = time.perf_counter() - start
        after = resource.getrusage(resource.RUSAGE_SELF)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    print(json.dumps({"cpu": cpu, "wall": wall, "code": code, "maxrss_kib": after.ru_maxrss}))


def measure(shape: str, kb: int, timeout: float, tmp: Path) -> dict[str, object]:
    make, ext = SHAPES[shape]
    path = tmp / f"{shape}-{kb}.{ext}"
    made = make(kb * 1000)
    if isinstance(made, bytes):  # a shape of bytes that are not all UTF-8 (feed_odd_byte)
        path.write_bytes(made)
    else:
        path.write_text(made, encoding="utf-8")
    try:
        got = subprocess.run([sys.executable, __file__, "--child", str(path), shape],
                             capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return {"timeout": True}
    lines = got.stdout.strip().splitlines()
    if not lines:
        return {"error": (got.stderr.strip().splitlines() or ["no output"])[-1]}
    result: dict[str, object] = json.loads(lines[-1])
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10,40,160")
    parser.add_argument("--shapes", default=",".join(SHAPES))
    parser.add_argument("--timeout", type=float, default=120.0)
    parser.add_argument("--child", nargs=2)
    args = parser.parse_args()
    if args.child:
        child(*args.child)
        return
    import translate

    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    shapes = [s for s in args.shapes.split(",") if s.strip()]
    if "triggers" in shapes:
        at = shapes.index("triggers")
        shapes[at : at + 1] = [s for s in SHAPES if s.startswith("t_")]
    if "news" in shapes:
        shapes.remove("news")
    shapes.insert(0, "news")
    print(f"# scale_hostile: {platform.machine()}, {os.cpu_count()} cores (shared with other"
          f" jobs), Python {platform.python_version()}, newsroom-translate"
          f" {translate.__version__}, {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}")
    print(f"translate run/feed --from en --to pt-BR --engine fake --no-cache; sizes {sizes} kB;"
          f" a fresh process per size after a warm-up run; timeout {args.timeout:g} s\n")
    print("| shape | kB | CPU s | wall s | exit | peak RSS | CPU per kB vs news | exponent |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    news_per_kb: dict[int, float] = {}
    with tempfile.TemporaryDirectory(prefix="scale-hostile-in-") as tmpdir:
        tmp = Path(tmpdir)
        for shape in shapes:
            done: list[tuple[int, float]] = []
            for kb in sizes:
                r = measure(shape, kb, args.timeout, tmp)
                if r.get("timeout"):
                    print(f"| {shape} | {kb} | timeout | > {args.timeout:g} | | | | |", flush=True)
                    break
                if "error" in r:
                    print(f"| {shape} | {kb} | error: {r['error']} | | | | | |", flush=True)
                    break
                cpu = float(str(r["cpu"]))
                done.append((kb, cpu))
                if shape == "news":
                    news_per_kb[kb] = cpu / kb
                rel = (cpu / kb) / news_per_kb[kb] if news_per_kb.get(kb) else math.nan
                exponent = ""
                if len(done) > 1 and done[0][1] > 0 and cpu > 0:
                    exponent = (f"{math.log(cpu / done[0][1]) / math.log(kb / done[0][0]):.2f}")
                print(f"| {shape} | {kb} | {cpu:.2f} | {float(str(r['wall'])):.1f} | {r['code']}"
                      f" | {int(str(r['maxrss_kib'])) / 1024:.0f} MiB | {rel:.1f} | {exponent} |",
                      flush=True)
    with contextlib.suppress(Exception):
        sys.stdout.flush()


if __name__ == "__main__":
    main()
