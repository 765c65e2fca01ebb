"""Version numbers after a name ("iOS 12.1", "Python 3.11"): what the localize stage's rule
(``localize.stage._names_a_version``) keeps as written, on real sentences.

    python benchmarks/audit_versions.py

Reads every distinct real sentence and its embedded-engine translation into Portuguese stored
in the facts sets (``benchmarks/data/facts_heldout*.jsonl``), localizes each for pt-BR twice in
one run, with the rule and without it, and prints every sentence whose edition differs (both
texts, for reading), then the counts.
"""

from __future__ import annotations

import json
import platform
import sys
from datetime import UTC, datetime
from pathlib import Path

from translate.locales import get_profile
from translate.localize import stage

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    loc = stage.localizer_for(get_profile("pt-BR"), "en")
    pairs: dict[tuple[str, str], str] = {}
    for path in sorted((ROOT / "benchmarks" / "data").glob("facts_heldout*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            if row.get("to", "pt") != "pt" or not row.get("engine"):
                continue
            pairs.setdefault((row["source"], row["engine"]), path.name)
    print(f"# {datetime.now(UTC):%Y-%m-%dT%H:%MZ} python benchmarks/audit_versions.py;"
          f" {platform.machine()}; Python {platform.python_version()}")
    rule = stage._names_a_version
    differ = 0
    for (source, engine), where in sorted(pairs.items()):
        with_rule = stage.localize_text(source, engine, loc).text
        stage._names_a_version = lambda *_: False  # type: ignore[assignment]
        try:
            without = stage.localize_text(source, engine, loc).text
        finally:
            stage._names_a_version = rule  # type: ignore[assignment]
        if with_rule != without:
            differ += 1
            print(f"\n[{where}] {source}\n  without the rule: {without}\n  with the rule:    "
                  f"{with_rule}")
    print(f"\nsentences {len(pairs)}, editions that differ {differ}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
