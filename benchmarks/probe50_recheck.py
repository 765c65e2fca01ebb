"""probe50: the facts checks read again on the sentences of a probe49 sweep's JSON editions.

Each segment of each ``run/*.json`` edition that ``benchmarks/run_probe49_sweep.py OUT`` wrote
(source and published target, its locale) is read by ``translate.check.check_pair``; printed:
the blocking findings and the bare-dollar warnings, one line a segment, then the counts. Run it
with ``PYTHONPATH`` on two trees and diff the outputs: no engine is called, so both read the
same targets.

    python benchmarks/probe50_recheck.py OUT > after.txt
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    from translate.check import check_pair

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out", type=Path, help="the sweep's output folder (holds run/)")
    args = parser.parse_args(argv)
    errors = warnings = segments = 0
    for path in sorted((args.out / "run").glob("*.json")):
        edition = json.loads(path.read_text(encoding="utf-8"))
        locale = edition["locale"]
        for block in edition["blocks"]:
            for seg in block.get("segments", []):
                segments += 1
                res = check_pair(seg["source"], seg["target"], "en", locale)
                for f in res.findings:
                    if f.severity == "error" or f.data.get("kind") == "bare-dollar":
                        errors += f.severity == "error"
                        warnings += f.severity != "error"
                        print(f"{path.stem} {seg['id']}: {f.severity} {f.check}: {f.message}")
    print(f"# {segments} segments; {errors} blocking findings; {warnings} bare-dollar warnings")
    return 0


if __name__ == "__main__":
    sys.exit(main())
