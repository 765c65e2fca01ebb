"""Numbers the engine copies that are no quantities: what the localize stage's rules keep as
written, on real sentences: a version after a name ("iOS 12.1", "USB 3.0":
``localize.stage.names_a_version``), a glued K with no currency ("4K TVs":
``_glued_thousands``), a glued scale letter after a capitalized word ("SLS Block 1B":
``_glued_designation``) and a weekday that ends a name the engine copied ("Black Friday":
``_kept_in_name``).

    python benchmarks/audit_versions.py
    python benchmarks/audit_versions.py --only _glued_designation,_glued_thousands

Reads every distinct real sentence and its embedded-engine translation into Portuguese stored
in the facts sets (``benchmarks/data/facts_heldout*.jsonl``), localizes each for pt-BR twice in
one run, with the rules and without them, and prints every sentence whose edition differs (both
texts, for reading), then the counts.
"""

from __future__ import annotations

import argparse
import json
import platform
import sys
from datetime import UTC, datetime
from pathlib import Path

from translate.locales import get_profile
from translate.localize import stage

ROOT = Path(__file__).resolve().parent.parent


RULES = ("names_a_version", "_glued_thousands", "_glued_designation", "_kept_in_name")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--only", default=",".join(RULES), help="the rules turned off, comma-separated"
    )
    names = [n for n in parser.parse_args().only.split(",") if n]
    if unknown := set(names) - set(RULES):
        parser.error(f"unknown rules: {sorted(unknown)}")
    loc = stage.localizer_for(get_profile("pt-BR"), "en")
    pairs: dict[tuple[str, str], str] = {}
    for path in sorted((ROOT / "benchmarks" / "data").glob("facts_heldout*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            if row.get("to", "pt") != "pt" or not row.get("engine"):
                continue
            pairs.setdefault((row["source"], row["engine"]), path.name)
    print(f"# {datetime.now(UTC):%Y-%m-%dT%H:%MZ} python benchmarks/audit_versions.py"
          f" --only {','.join(names)};"
          f" {platform.machine()}; Python {platform.python_version()}")
    saved = {name: getattr(stage, name) for name in names}
    differ = 0
    for (source, engine), where in sorted(pairs.items()):
        with_rule = stage.localize_text(source, engine, loc).text
        for name in names:
            setattr(stage, name, lambda *_: False)
        try:
            without = stage.localize_text(source, engine, loc).text
        finally:
            for name, rule in saved.items():
                setattr(stage, name, rule)
        if with_rule != without:
            differ += 1
            print(f"\n[{where}] {source}\n  without the rules: {without}\n  with the rules:    "
                  f"{with_rule}")
    print(f"\nsentences {len(pairs)}, editions that differ {differ}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
