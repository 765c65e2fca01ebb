"""probe52 sweep runner: election and sports results (benchmarks/data/probe52_results),
English -> pt-BR and pt-PT, and the pt-BR editions back to English, as a new user runs the
README's commands on them.

    PYTHONPATH=TREE python benchmarks/run_probe52_sweep.py OUT [PREVIOUS_ROWS] [--back N]
        [--no-rows]

probe51's runner (`benchmarks/run_probe51_sweep.py`: `translate check`, `translate run FILE
--to pt-BR,pt-PT --format md,html,json --json` once per article, `translate review page` on
every pt-BR edition, `translate batch` of the same folder and store, the pt-BR Markdown
editions back into English, the HTTP service with the first four articles posted twice) on
this corpus, with TREE's code and TRANSLATE_HOME=OUT/home. `benchmarks/probe52_classes.py
OUT` counts the classes of what went wrong.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import run_probe51_sweep as p51

DATA = Path(__file__).resolve().parent / "data" / "probe52_results"


def _arts() -> list[Path]:
    return sorted(p for p in DATA.glob("res-*") if p.suffix in (".md", ".html"))


if __name__ == "__main__":
    p51.DATA = DATA
    p51._arts = _arts  # type: ignore[assignment]  # probe51's steps on this corpus
    p51.main()
