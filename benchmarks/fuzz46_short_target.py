"""fuzz46: does the short reviewed-target warning fire on real Portuguese? And on English?

``translate.check.short_in_source_language(source, target, "en", "pt")`` is what ``review
apply`` now asks of a person's pt-BR text of one to three countable words (a warning, not a
hold). Sets (all **development**: fuzz41's, read to write that rule; nothing held out):

* ``pt short``: the first 1 to 6 words of fuzz41's real Portuguese (real pages read as pt,
  tests/data/unseen/brasil-enchentes.txt, the embedded model's pt-BR targets of the hostile
  editions, the names sets' Portuguese texts) that have 1 to 3 countable words; no source
  sentence (only the dictionary-and-detector reading can fire);
* ``pt pairs``: the hostile editions' segments, the engine's pt-BR target's first 1 to 6 words
  against its own English source (the source-words reading can fire: names, terms kept);
* ``en short``: the first 1 to 6 words of those English sources, as a reviewer's target of the
  same sentence.

    python benchmarks/fuzz46_short_target.py
"""

from __future__ import annotations

import json
import os
import platform
import sys
import time
from pathlib import Path

import tomllib

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
import fuzz41_reviewed_language as F  # noqa: E402


def main() -> int:
    from translate.check import _countable, short_in_source_language
    from translate.detect import detect_language

    print(f"# fuzz46_short_target  {time.strftime('%Y-%m-%d %H:%M:%S', time.gmtime())} UTC"
          f"  {platform.node()}  load {os.getloadavg()[0]:.2f}")
    sets: dict[str, list[str]] = {"pages": [], "hand": [], "engine": [], "glossary": []}
    for path in sorted((ROOT / "tests/glossary").glob("*/*.toml")):
        for t in F._texts(tomllib.loads(path.read_text("utf-8"))):
            if len(F._PT_WORDS & set(t.casefold().split())) >= 2:
                sets["glossary"].append(t)
    for path in sorted((ROOT / "tests/data/realworld").glob("*/pages/*.expected.txt")):
        text = path.read_text(encoding="utf-8", errors="replace")
        if detect_language(text[:4000]).lang == "pt":
            sets["pages"].extend(F.sentences(text))
    sets["hand"] = F.sentences((ROOT / "tests/data/unseen/brasil-enchentes.txt").read_text("utf-8"))
    pairs: set[tuple[str, str]] = set()
    for path in sorted((ROOT / "tests/data/hostile").glob("*/article.pt-BR.json")):
        edition = json.loads(path.read_text("utf-8"))
        for src, tgt in zip(F._targets(edition, "source"), F._targets(edition, "target"),
                            strict=True):
            pairs.add((src, tgt))
            sets["engine"].append(tgt)

    def short(t: str) -> bool:
        return 0 < len(_countable(t, "en")) < 4

    pt = sorted({" ".join(s.split()[:n]) for k in sets for s in sets[k] for n in range(1, 7)})
    pt = [t for t in pt if short(t)]
    pt_pairs = sorted({(src, " ".join(tgt.split()[:n])) for src, tgt in pairs for n in range(1, 7)})
    pt_pairs = [(s, t) for s, t in pt_pairs if short(t)]
    en = sorted({(src, " ".join(src.split()[:n])) for src, _ in pairs for n in range(1, 7)})
    en = [(s, t) for s, t in en if short(t)]
    warned = [t for t in pt if short_in_source_language("", t, "en", "pt")]
    print(f"pt short  {len(pt):5} texts   warned {len(warned)}")
    for t in warned[:20]:
        print(f"    WARNED: {t!r}")
    warned_pairs = [(s, t) for s, t in pt_pairs if short_in_source_language(s, t, "en", "pt")]
    print(f"pt pairs  {len(pt_pairs):5} texts   warned {len(warned_pairs)}")
    for s, t in warned_pairs[:20]:
        print(f"    WARNED: {t!r} (source {s[:80]!r})")
    caught = [(s, t) for s, t in en if short_in_source_language(s, t, "en", "pt")]
    print(f"en short  {len(en):5} texts   warned {len(caught)}")
    print(f"false warnings (pt): {len(warned) + len(warned_pairs)} of {len(pt) + len(pt_pairs)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
