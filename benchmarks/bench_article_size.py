"""CPU seconds and peak memory of ``translate run`` on hostile articles of growing size.

The twenty-third pass's fuzzer found one 5 MB line of ``a,a,a,…`` taking 36 s of CPU in
``translate run`` (linear, but unbounded: ``run`` had no article size limit). This builds each
hostile shape at each size, runs the real CLI on it (embedded engine, ``--from en
--no-cache``, a fresh ``TRANSLATE_HOME``) in its own process and reports that process's exit
code, CPU seconds (user+sys, from ``os.wait4``: with its engine child once waited for) and peak
RSS (the largest process's). Linear means ``cpu/MB`` stays flat across sizes.
Shapes: one huge line of one-letter words, one huge token, words without spaces, deep nesting
(HTML), tiny paragraphs, a huge attribute (HTML), many links (Markdown and HTML), and a normal
article's sentences repeated (the reference); the twenty-fifth pass's: links on real words,
many emphasis spans, inline code spans, images with alt text, headings, a huge table, many
footnotes, lists and quotations nested up to 200 and 100 deep, one long sentence without
punctuation, thousands of numbers or of names in one paragraph.

    python benchmarks/bench_article_size.py [--sizes 50000,200000,800000] [--shapes a,b]
        [--extra "--max-article-chars -1"] [--timeout 300] [--engine fake]
"""

from __future__ import annotations

import argparse
import os
import platform
import shlex
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _repeat(unit: str, n: int) -> str:
    return unit * max(1, n // len(unit))


_W = ["world", "sports", "weather", "business", "politics", "science", "health", "travel",
      "culture", "opinion", "video", "markets", "economy", "climate", "water", "school", "river",
      "bridge", "market", "harbour", "council", "budget", "police", "court", "energy", "farm",
      "museum", "library", "garden", "station", "airport", "hospital", "church", "forest",
      "island", "valley", "village", "road", "tower"]
_N = ["Ana", "Silva", "João", "Pereira", "Maria", "Costa", "Pedro", "Santos", "Luísa", "Rocha",
      "Carlos", "Mendes", "Rita", "Lopes", "Tiago", "Alves", "Sofia", "Nunes", "Rui", "Gomes"]


SHAPES: dict[str, tuple[str, Callable[[int], str]]] = {
    "one-line-commas": ("txt", lambda n: "Report.\n\n" + _repeat("a,", n) + "\n"),
    "huge-token": ("txt", lambda n: "The minister spoke. " + "x" * n + " and left.\n"),
    "no-spaces": ("txt", lambda n: "Report.\n\n" + _repeat("word.other,thing;", n) + "\n"),
    "deep-nesting": ("html", lambda n: "<html><body><article><p>The minister spoke.</p>"
                     + "<div>" * (n // 11) + "text" + "</div>" * (n // 11)
                     + "</article></body></html>"),
    "tiny-paragraphs": ("txt", lambda n: "Report.\n\n" + _repeat("Go.\n\n", n)),
    "huge-attribute": ("html", lambda n: '<html><body><article><p title="' + "x" * n
                       + '">The minister spoke to 40 people on Monday.</p></article>'
                       "</body></html>"),
    "many-links-md": ("md", lambda n: "# Links\n\nThe minister spoke. "
                      + "".join(f"[l{i}](https://e.org/{i}) " for i in range(n // 24)) + "\n"),
    "many-links-html": ("html", lambda n: "<html><body><article><p>The minister spoke. "
                        + "".join(f'<a href="/p{i}">l{i}</a> ' for i in range(n // 22))
                        + "</p></article></body></html>"),
    "normal-sentences": ("txt", lambda n: "Floods\n\n" + _repeat(
        "About 4,000 families returned to their villages on Monday, the minister said. ", n)),
    # the twenty-fifth pass's: what stays under the limit but holds many spans or blocks
    "many-links-words-md": ("md", lambda n: "# Sections\n\nThe minister spoke. " + "".join(
        f"[{_W[i % len(_W)]} {_W[(i * 7 + 3) % len(_W)]}](https://e.org/{i}) "
        for i in range(n // 40))
        + "\n"),
    "many-emphasis-md": ("md", lambda n: "# Notes\n\nThe minister spoke. " + "".join(
        f"*{_W[i % len(_W)]}* **{_W[(i * 3) % len(_W)]} {i}** " for i in range(n // 24)) + "\n"),
    "many-code-md": ("md", lambda n: "# Code\n\nThe minister spoke. " + "".join(
        f"`c{i}` and " for i in range(n // 10)) + "done.\n"),
    "many-images-md": ("md", lambda n: "# Photos\n\nThe minister spoke. " + "".join(
        f"![A photo of the {_W[i % len(_W)]} river {i}](https://e.org/{i}.jpg) "
        for i in range(n // 52)) + "\n"),
    "many-headings-md": ("md", lambda n: "# Index\n\n" + "".join(
        f"## {_W[i % len(_W)].title()} {_W[(i * 7) % len(_W)]} {i}\n\n" for i in range(n // 20))),
    "huge-table-md": ("md", lambda n: "# Results\n\n| Town | Votes | Share |\n|---|---|---|\n"
                      + "".join(f"| {_W[i % len(_W)].title()} {i} | {i * 37 % 9000} | {i % 97}% |\n"
                                for i in range(n // 28))),
    "many-footnotes-md": ("md", lambda n: "# Sources\n\n" + "".join(
        f"The minister spoke on day {i}.[^{i}] " for i in range(n // 60)) + "\n\n" + "".join(
        f"[^{i}]: Report {i}.\n" for i in range(n // 60))),
    "nested-lists-md": ("md", lambda n: "# Outline\n\n" + "".join(
        "  " * (i % 200) + f"- item {i} of the plan\n" for i in range(n // 220))),
    "nested-quotes-md": ("md", lambda n: "# Quotes\n\n" + "".join(
        "> " * (1 + i % 100) + f"He said {i}.\n" for i in range(n // 110))),
    "run-on-sentence": ("txt", lambda n: "Report\n\n" + " ".join(
        _W[(i * 11) % len(_W)] for i in range(n // 6)) + "\n"),
    "numbers-flood": ("txt", lambda n: "Figures\n\nThe counts were " + ", ".join(
        f"{(i * 7919) % 100000:,}" for i in range(n // 8)) + ".\n"),
    "names-flood": ("txt", lambda n: "Guests\n\nThe guests were " + ", ".join(
        f"{_N[i % len(_N)]} {_N[(i * 3 + 7) % len(_N)]}" for i in range(n // 16)) + ".\n"),
}


# the test suite's fake engine ("[pt] " before each sentence): the pipeline's own work alone
_FAKE = ("import sys; sys.path.insert(0, 'tests'); from translate import engines; "
         "engines.ENGINES['fake'] = 'fakes:FakeEngine'; from translate.cli import main; "
         "sys.argv = ['translate', *sys.argv[1:]]; main()")


def run_one(shape: str, size: int, extra: list[str], timeout: float, engine: str = "") -> str:
    ext, make = SHAPES[shape]
    text = make(size)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"{shape}.{ext}"
        path.write_text(text, encoding="utf-8")
        env = {**os.environ, "TRANSLATE_HOME": str(Path(tmp) / "home")}
        head = [sys.executable, "-c", _FAKE] if engine == "fake" else [
            sys.executable, "-m", "translate"]
        cmd = [*head, "run", str(path), "--to", "pt-BR", "-o", str(Path(tmp) / "out"),
               "--no-cache", "--from", "en", "-q", *extra]
        if engine == "fake":
            cmd += ["--engine", "fake"]
        start = time.monotonic()
        proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                cwd=ROOT, start_new_session=True)  # its engine child with it
        status, usage = -1, None
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.monotonic() - start > timeout:
                os.killpg(proc.pid, signal.SIGKILL)  # (proc.kill() left the engine running)
                _, status, usage = os.wait4(proc.pid, 0)
                break
            time.sleep(0.05)
        wall = time.monotonic() - start
        err = proc.stderr.read().decode("utf-8", "replace") if proc.stderr else ""
        code = os.waitstatus_to_exitcode(status)
        timed_out = wall > timeout
    cpu = usage.ru_utime + usage.ru_stime
    rss = usage.ru_maxrss / 1024
    last = err.strip().splitlines()[-1][:110] if err.strip() else ""
    mb = len(text.encode()) / 1e6
    return (f"{shape:18} {len(text):>9} {mb:7.3f} {code:>4} {'TIMEOUT' if timed_out else '':7}"
            f" {cpu:8.2f} {cpu / mb:8.2f} {rss:8.1f} {wall:8.2f}  {last}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="50000,200000,800000")
    ap.add_argument("--shapes", default=",".join(SHAPES))
    ap.add_argument("--extra", default="", help="more arguments for translate run")
    ap.add_argument("--timeout", type=float, default=300.0)
    ap.add_argument("--engine", default="", help="fake: the test suite's fake engine (the "
                    "pipeline's own work, without the model's); default: the embedded model")
    args = ap.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    print(f"# {' '.join(sys.argv)}")
    print(f"# python {platform.python_version()}, load {os.getloadavg()[0]:.2f}, "
          f"{time.strftime('%Y-%m-%dT%H:%M:%SZ', time.gmtime())}")
    print(f"# {'shape':16} {'chars':>9} {'MB':>7} {'exit':>4} {'':7} {'cpu_s':>8} "
          f"{'cpu/MB':>8} {'rss_MB':>8} {'wall_s':>8}  last stderr line")
    for shape in args.shapes.split(","):
        for size in sizes:
            print(run_one(shape, size, shlex.split(args.extra), args.timeout, args.engine),
                  flush=True)  # fmt: skip


if __name__ == "__main__":
    main()
