"""Named facts checks timed on real lines, not on the long article (speed41).

The long article of ``bench_pipeline.py`` is one synthetic text; a check's cost depends on how
many of its sentences hold the words the check reads (122 of its 136 sentences attribute a
claim). This calls each named check of ``translate.facts`` on real pairs: the sources and
targets of the facts development sets X and Y, and the first ``LINES`` lines of the real-world
pages' expected texts each as a source with itself as the target, English into pt-BR,
``REPEAT`` times, and prints the smallest and median CPU seconds (``time.thread_time``) of
one pass. Compare two trees by running it with ``PYTHONPATH=TREE`` in alternation:

    PYTHONPATH=TREE python benchmarks/bench_checks_lines.py TREE check_modality,... [REPEAT]
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import time
from pathlib import Path

LINES = 6000


def main() -> None:
    root, names = Path(sys.argv[1]), sys.argv[2].split(",")
    repeat = int(sys.argv[3]) if len(sys.argv) > 3 else 5
    os.environ.setdefault("TRANSLATE_OFFLINE", "1")
    from translate import check, facts
    from translate.model import Segment, TranslatedSegment

    pairs: list[tuple[str, str]] = []
    for name in ("facts_heldout_x.jsonl", "facts_heldout_y.jsonl"):
        for line in (root / "benchmarks" / "data" / name).read_text("utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                pairs.append((str(row["source"]), str(row["target"])))
    lines: list[str] = []
    for path in sorted((root / "tests" / "data" / "realworld").glob("**/pages/*.expected.txt")):
        lines += [s for s in path.read_text("utf-8").splitlines() if s.strip()]
    pairs += [(s, s) for s in list(dict.fromkeys(lines))[:LINES]]
    pairs = list(dict.fromkeys(pairs))
    segs = [TranslatedSegment(Segment(f"b0.s{i}", 0, i, s, 0, len(s), "en"), t)
            for i, (s, t) in enumerate(pairs)]
    ctx = check.CheckContext(source_lang="en", target_lang="pt", locale="pt-BR")
    load = os.getloadavg()[0]
    print(f"code: {root}; load {load:.1f}; {len(segs)} pairs; {time.strftime('%F %H:%M')} UTC")
    for name in names:
        fn = getattr(facts, name)
        for seg in segs:  # warm the memoized data
            fn(seg, ctx)
        times = []
        for _ in range(repeat):
            start = time.thread_time()
            for seg in segs:
                fn(seg, ctx)
            times.append(time.thread_time() - start)
        print(f"{name:<28} min {min(times) * 1e3:8.2f} ms  median "
              f"{statistics.median(times) * 1e3:8.2f} ms")


if __name__ == "__main__":
    main()
