"""Memory of one article of many tiny paragraphs (fuzz28's 100,000-paragraph case, smaller).

The article is a title and ``x`` followed by a blank line N times (the shape of the fuzz case
that took 940 MB: docs/evaluation/hostile.md). It runs read -> prepare -> translate_prepared
-> write (md, json), cache off, on the embedded engine in this process, and prints the CPU,
the process's peak RSS (the engine's model included) and, with ``trace``, the Python heap's
peak from ``tracemalloc`` (started after reading, so the input's own text is not in it).
Run one process per figure; compare two trees with ``PYTHONPATH=TREE``:

    python benchmarks/bench_tiny_paragraphs.py 20000 rss
    python benchmarks/bench_tiny_paragraphs.py 20000 trace
"""

from __future__ import annotations

import os
import resource
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 20000
    trace = len(sys.argv) > 2 and sys.argv[2] == "trace"

    import translate
    from translate.locales import get_profile
    from translate.options import RunOptions
    from translate.pipeline import prepare, translate_prepared
    from translate.read import read_article
    from translate.write import write_edition

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "paragraphs.txt"
        path.write_text("# T\n\n" + "x\n\n" * n, encoding="utf-8")
        options = RunOptions(use_cache=False, use_tm=False)
        profile = get_profile("pt-BR")
        cpu = time.process_time()
        article = read_article(path)
        if trace:
            tracemalloc.start()
        prepared = prepare(article, options)
        edition = translate_prepared(prepared, profile, options, None)
        write_edition(edition, Path(tmp) / "out", ["md", "json"])
        peak = tracemalloc.get_traced_memory()[1] / 2**20 if trace else float("nan")
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"code {os.path.dirname(translate.__file__)} n={n} blocks={len(article.blocks)}"
              f" segments={len(prepared.segments)} cpu={time.process_time() - cpu:.2f}s"
              f" maxrss={rss:.0f}MiB traced_peak={peak:.1f}MiB"
              f" (load {os.getloadavg()[0]:.1f})")  # fmt: skip


if __name__ == "__main__":
    main()
