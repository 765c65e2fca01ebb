"""facts52: CPU of the facts gate's number check on two hostile shapes (facts51's leads).

    python benchmarks/facts52_hostile_shapes.py missing 1000  # "45 pés" written "45ft"
    python benchmarks/facts52_hostile_shapes.py source 8000   # "Com 512 GB e 45 pés."

Prints the shape, the count of findings or numbers read, and the process CPU seconds.
"""

from __future__ import annotations

import sys
import time


def main() -> None:
    from translate.check import _localizer, missing_numbers
    from translate.localize.stage import source_numbers

    which, n = sys.argv[1], int(sys.argv[2])
    loc = _localizer("pt", "en")
    start = time.process_time()
    if which == "missing":
        out = len(missing_numbers("A casa tem 45 pés de altura. " * n,
                                  "The house is 45ft tall. " * n, "pt", "en"))  # fmt: skip
    else:
        out = len(source_numbers("Com 512 GB e 45 pés. " * n, loc, []))
    print(which, n, "result", out, "cpu %.2f s" % (time.process_time() - start))


if __name__ == "__main__":
    main()
