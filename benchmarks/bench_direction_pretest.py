"""How many of the long article's sources each ``check_direction`` gate is scanned on, with the
literal heads of speed42 and the literals held anywhere of speed48 (the same gates; the scans
found are the same), and the CPU of the pre-tests and scans of one run's sources (speed48).

    python benchmarks/bench_direction_pretest.py ANSWERS [LANG] [REPEAT]

ANSWERS: the engine answers ``bench_post_engine.py --answers F`` recorded (their keys hold the
sources). Needs a tree with ``caseless_heads(..., anywhere=...)`` (speed48 or later).
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

from translate import facts, regexcache


def main() -> None:
    answers = json.loads(Path(sys.argv[1]).read_text("utf-8"))
    lang = sys.argv[2] if len(sys.argv) > 2 else "en"
    repeat = int(sys.argv[3]) if len(sys.argv) > 3 else 20
    sources = list(dict.fromkeys(k.split(":", 1)[1] for k in answers if k.startswith(lang)))
    print(f"date: {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}; load "
          f"{os.getloadavg()[0]:.1f}; {len(sources)} sources ({lang})")  # fmt: skip
    for section, first, second, _ in facts._POLARITIES:
        source = facts._direction_gate_source(lang, section, first, second)
        gate = facts._direction_gate(lang, section, first, second)
        if source is None or gate is None:
            continue
        row = [f"{section:11}"]
        for anywhere in (False, True):
            heads = regexcache.caseless_heads(source, anywhere=anywhere)
            scanned = found = 0
            seconds = []
            for _ in range(repeat):
                scanned = found = 0
                t0 = time.thread_time()
                for text in sources:
                    view = regexcache.caseless_view(text)
                    if heads is not None and view is not None and \
                            not any(h in view for h in heads):
                        continue
                    scanned += 1
                    found += gate.search(text) is not None
                seconds.append(time.thread_time() - t0)
            row.append(f"{'anywhere' if anywhere else 'heads':8} scanned {scanned:4} found "
                       f"{found:4} min {min(seconds) * 1000:5.2f} ms")  # fmt: skip
        print("  ".join(row))


if __name__ == "__main__":
    main()
