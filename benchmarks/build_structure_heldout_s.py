"""Copy the held-out structure set S (mozilla/readability's test pages, second half).

    python benchmarks/build_structure_heldout_s.py GIT_DIR   # a mirror of mozilla/readability
    python benchmarks/eval_html_structure.py --build-readability --set held-s   # its facts

Selection rule, fixed before any run (2026-12-03, untrans helper, seventh pass): the page
folders of ``test/test-pages/`` at the commit of ``build_structure_heldout_r.py`` whose name
sorts (byte order) in the SECOND half of the folder list (65 of 130: ``mercurial`` .. end; set R
took the first half, so the two share no page), minus the pages the corpus already holds
(``tests/data/realworld/**/moz-<name>``). The realnews helper does not use these pages in this
pass. Stored like set R (``source.html``, ``expected.html``, ``expected-metadata.json``, gzipped)
under ``benchmarks/data/html_structure_s/``; licence Apache-2.0 (``LICENSE.md`` copied beside).
Held out: measured before and after the seventh structure pass only, never read page by page
to decide a rule.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from build_structure_heldout_r import copy_half

OUT = Path(__file__).resolve().parent / "data" / "html_structure_s"


def main(argv: list[str]) -> int:
    copy_half(argv[0], OUT, second=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
