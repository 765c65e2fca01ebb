"""Reach of the localize stage's parenthesised-version rule ("Java 7 (1.7)": a name's version
said again in parentheses, copied as written; ``localize.stage.names_a_version``).

    python benchmarks/audit_paren_versions.py

Reads the development text: every file of the real-world corpus (``tests/data/realworld``,
``.gz`` decompressed, tags stripped), every probe sweep's raw file
(``benchmarks/results/probe*-sweep*``) and the facts sets' rows
(``benchmarks/data/facts_heldout*.jsonl``, ``facts_dev*.jsonl``). On each line with a digit
before a parenthesis, reads the source numbers as English and as Portuguese, and prints every
number the rule keeps as written that the stage would localize without it (the rule's firings,
for reading), then the counts.
"""

from __future__ import annotations

import gzip
import html
import platform
import re
import sys
from datetime import UTC, datetime
from pathlib import Path

from translate.locales import get_profile
from translate.localize import stage

ROOT = Path(__file__).resolve().parent.parent
PRE = re.compile(r"\d[ \u00a0]?\([^()]{1,14}\)")
TAG = re.compile(r"<[^>]*>")
NEVER = re.compile(r"(?!)")


def _files() -> list[Path]:
    files = sorted((ROOT / "tests/data/realworld").rglob("*"))
    files += sorted((ROOT / "benchmarks/results").glob("probe*-sweep*"))
    files += sorted((ROOT / "benchmarks/data").glob("facts_heldout*.jsonl"))
    files += sorted((ROOT / "benchmarks/data").glob("facts_dev*.jsonl"))
    return [f for f in files if f.is_file()]


def main() -> int:
    locs = {lang: stage.localizer_for(get_profile(tag), lang)
            for lang, tag in (("en", "pt-BR"), ("pt", "en-US"))}  # fmt: skip
    rule = stage._NAME_NUMBER_BEFORE
    read = candidates = 0
    fired: dict[tuple[str, str], str] = {}
    for path in _files():
        raw = path.read_bytes()
        try:
            text = (gzip.decompress(raw) if path.suffix == ".gz" else raw).decode("utf-8")
        except (OSError, UnicodeDecodeError):
            continue  # images, archives
        read += 1
        if path.suffix in (".jsonl", ".json"):
            text = text.replace("\\n", "\n").replace('\\"', '"')
        text = html.unescape(TAG.sub(" ", text))
        for line in text.splitlines():
            if not PRE.search(line):
                continue
            for lang, loc in locs.items():
                for ns in stage.source_numbers(line, loc, []):
                    if line[ns.start - 1 : ns.start] != "(":
                        continue
                    candidates += 1
                    with_rule = stage.names_a_version(line, ns, lang)
                    stage._NAME_NUMBER_BEFORE = NEVER
                    try:
                        without = stage.names_a_version(line, ns, lang)
                    finally:
                        stage._NAME_NUMBER_BEFORE = rule
                    if with_rule != without:
                        context = line[max(0, ns.start - 80) : ns.end + 40].strip()
                        fired.setdefault((lang, context), str(path.relative_to(ROOT)))
    print(f"# {datetime.now(UTC):%Y-%m-%dT%H:%MZ} python benchmarks/audit_paren_versions.py;"
          f" {platform.machine()}; Python {platform.python_version()}")
    for (lang, context), where in sorted(fired.items()):
        print(f"[{where}] read as {lang}: {context}")
    print(f"files read {read}; numbers right after '(' on lines read {candidates};"
          f" firings (distinct) {len(fired)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
