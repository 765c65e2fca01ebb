"""Blocks a page's detector calls ``und``: which language the pipeline takes each from.

    python benchmarks/eval_langid_und.py [--show]

Reads each page of ``benchmarks/data/langid_und/blocks.jsonl`` from ``tests/data/realworld`` as
``translate run`` reads it, detects its blocks with the default detector
(``translate.detect.detect_blocks``) and, for each labelled block, takes the language its
sentences are routed from (a block left ``und`` takes the page's language,
``translate.segment``) or ``flagged`` (method ``declared-unsure``: a blocking ``language``
finding, held for review by policy). A block labelled with a language is right when routed from
it, ``wrong, silent`` when routed from another without a flag; a block labelled ``none`` (names,
numbers, file names: no language) is right when it gets no flag (any route copies a name).
"""

from __future__ import annotations

import argparse
import gzip
import json
import platform
import subprocess
import sys
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "benchmarks" / "data" / "langid_und" / "blocks.jsonl"


def main() -> int:
    from translate.detect import detect_blocks, get_detector
    from translate.detect.core import DECLARED_UNSURE
    from translate.model import UNDETERMINED
    from translate.read import decode, parse_article

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--show", action="store_true", help="list every block not right")
    args = parser.parse_args()
    rows = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines()]
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True,
                            text=True, cwd=ROOT).stdout.strip()
    print(f"# {datetime.now(UTC):%Y-%m-%dT%H:%MZ} eval_langid_und; commit {commit}; "
          f"{platform.machine()}; Python {platform.python_version()}")
    detector = get_detector("combined")
    count: Counter[str] = Counter()
    lines: list[str] = []
    for row in rows:
        path = ROOT / "tests" / "data" / "realworld" / row["page"]
        html = decode(gzip.decompress(path.read_bytes()), source=str(path))
        article = parse_article(html, fmt="html", source=str(path), article_id="page")
        detect_blocks(article, detector)
        page = article.lang.lang if article.lang else UNDETERMINED
        block = next(b for b in article.blocks if b.text[:200] == row["text"])
        guess = block.lang
        if guess is not None and guess.method == DECLARED_UNSURE:
            got = "flagged"
        elif guess is None or guess.lang == UNDETERMINED:
            got = page
        else:
            got = guess.lang
        label = row["label"]
        if label == "none":
            key = ("no language: flagged (needless)" if got == "flagged"
                   else "no language: no finding")
        elif got == label:
            key = "language: right"
        elif got == "flagged":
            key = "language: flagged"
        else:
            key = "language: wrong, silent"
        count[key] += 1
        if label not in ("none", row["page_lang"]):
            count["foreign to the page"] += 1
            count[f"foreign to the page: {key}"] += 1
        if key not in ("language: right", "no language: no finding"):
            lines.append(f"  [{page}] label {label} got {got}: {row['text']}")
    langs = sum(v for k, v in count.items() if k.startswith("language:"))
    print(f"blocks: {len(rows)} ({langs} in a language, {len(rows) - langs} no language)")
    for key in ("language: right", "language: wrong, silent", "language: flagged",
                "no language: no finding", "no language: flagged (needless)",
                "foreign to the page", "foreign to the page: language: right",
                "foreign to the page: language: flagged",
                "foreign to the page: language: wrong, silent"):
        print(f"{key}: {count[key]}")
    if args.show:
        print("not right:")
        print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
