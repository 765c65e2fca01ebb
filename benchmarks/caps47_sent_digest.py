"""caps47: a digest of the 64 headlines-2 headings as sent to the engine
(``titlecase.sentence_cased``, the body as evidence, no glossary names); no headline is printed
(a held-out set). Run on two trees and compare the digests.

    python benchmarks/caps47_sent_digest.py
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from translate import titlecase

SET = Path(__file__).resolve().parent / "data" / "caps46" / "state_headlines.jsonl"


def main() -> None:
    rows = [json.loads(line) for line in SET.read_text(encoding="utf-8").splitlines()]
    digest = hashlib.sha1()
    for r in rows:
        texts = [r["title"], *r["body"]]
        out, _ = titlecase.sentence_cased(texts, texts, [0], "en", "pt-BR")
        digest.update(out[0].encode() + b"\n")
    print(len(rows), digest.hexdigest(), titlecase.__file__)


if __name__ == "__main__":
    main()
