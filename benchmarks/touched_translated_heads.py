"""Which en items of the untranslatables sets c to i ``translate.untranslatable.translated_head``
changes: ``title_spans`` with and without the check on every paragraph (no engine).

    python benchmarks/touched_translated_heads.py
"""

from __future__ import annotations

import json
from pathlib import Path

from translate import untranslatable as u

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    real = u.translated_head
    for x in "cdefghi":
        n = 0
        path = ROOT / f"benchmarks/data/untranslatables_{x}.jsonl"
        for line in path.read_text(encoding="utf-8").splitlines():
            item = json.loads(line)
            if item["from"] != "en":
                continue
            for para in item["text"].split("\n"):
                if not para.strip():
                    continue
                after = u.title_spans(para, "en")
                u.translated_head = lambda span, ctx: False  # type: ignore[assignment]
                try:
                    before = u.title_spans(para, "en")
                finally:
                    u.translated_head = real
                if after != before:
                    n += 1
                    gone = [para[s:e] for s, e, r in before if (s, e, r) not in after]
                    print(x, item["id"], gone)
        print(x, "paragraphs changed", n)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
