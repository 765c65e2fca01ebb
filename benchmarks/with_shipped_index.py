"""Run a benchmark script with ``translate.glossary.load_glossary`` served from the shipped
prebuilt index (``translate.glossary.cache.load``), to show it gives the same results.

    python benchmarks/with_shipped_index.py benchmarks/bench_glossary.py --eval
    python benchmarks/with_shipped_index.py benchmarks/bench_glossary.py --harm

The glossary benchmarks build the glossary from its TOML (``load_glossary``); a ``translate
run`` reads it from ``translate/glossary/shipped-index.bin``. Each call here checks that the
shipped index was the one used (it is refused when stale: regenerate it first with
``python scripts/glossary_index.py``).
"""

from __future__ import annotations

import runpy
import sys
from pathlib import Path
from typing import Any

import translate.glossary as package
from translate.glossary import cache, codec
from translate.glossary.model import Glossary


def load_glossary(paths: Any = (), **options: Any) -> Glossary:
    if paths or options:
        raise SystemExit(f"with_shipped_index: only the shipped glossary ({paths!r}, {options!r})")
    glossary = cache.load()
    if not isinstance(glossary._cache, codec.StoredCache):
        raise SystemExit("with_shipped_index: the shipped index was not used (stale?)")
    return glossary


def main() -> None:
    if len(sys.argv) < 2:
        raise SystemExit(__doc__)
    script = Path(sys.argv[1]).resolve()
    sys.argv = sys.argv[1:]
    sys.path.insert(0, str(script.parent))
    package.load_glossary = load_glossary  # type: ignore[assignment]
    runpy.run_path(str(script), run_name="__main__")


if __name__ == "__main__":
    main()
