"""fuzz41: does the reviewed-target language reading refuse real Portuguese? And what does it catch?

``translate.check.in_source_language(target, "en", "pt")`` is what ``review apply`` and
``tm import`` now ask of a person's pt-BR text: is it a sentence in the source's language? It
must never say yes for real Portuguese, short lines included. Real Portuguese here:

* ``pages``: every real page's expected text under tests/data/realworld (``*.expected.txt``)
  that the detector reads as ``pt`` as a whole, cut into sentences;
* ``hand``: tests/data/unseen/brasil-enchentes.txt (Portuguese written for the facts tests);
* ``engine``: the embedded model's pt-BR targets in tests/data/hostile/*/article.pt-BR.json and,
  with ``--dump FILE`` (an ``editions_identity.py`` output), its targets for those 13 inputs;
* ``glossary``: every ``text`` of the names test sets (tests/glossary/*/*.toml) with two
  Portuguese function words or more (a word list, not the detector, picks them);
* ``short``: the first 1 to 6 words of every sentence above (names, a few words, a number).

The other side: the English sources of the dump (or of the hostile editions), each given as the
target of a *different* sentence, as a reviewer pasting the wrong line would: how many are read
as English, by countable-word count.

    python benchmarks/fuzz41_reviewed_language.py [--dump /tmp/ident.json]
"""

from __future__ import annotations

import json
import os
import platform
import re
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
_PT_WORDS = frozenset({"não", "que", "para", "com", "uma", "os", "em", "é", "foi", "pelo", "pela",
                       "são", "seu", "sua", "na", "ao", "dos", "das", "também", "após", "mais",
                       "já"})
_SENT = re.compile(r"(?<=[.!?…])\s+(?=[A-ZÀ-Ý\"“(])")


def sentences(text: str) -> list[str]:
    out: list[str] = []
    for line in text.splitlines():
        out.extend(s.strip() for s in _SENT.split(line) if s.strip())
    return out


def _targets(obj: Any, key: str) -> list[str]:
    found: list[str] = []
    if isinstance(obj, dict):
        if "segments" in obj and isinstance(obj["segments"], list):
            found.extend(str(s[key]) for s in obj["segments"]
                         if isinstance(s, dict) and isinstance(s.get(key), str))
        for k, v in obj.items():
            if k != "segments":
                found.extend(_targets(v, key))
    elif isinstance(obj, list):
        for v in obj:
            found.extend(_targets(v, key))
    return found


def _texts(obj: Any) -> list[str]:
    if isinstance(obj, dict):
        return [t for k, v in obj.items()
                for t in ([v] if k == "text" and isinstance(v, str) else _texts(v))]
    if isinstance(obj, list):
        return [t for v in obj for t in _texts(v)]
    return []


def main(argv: list[str]) -> int:
    from translate import check
    from translate.check import _countable

    in_source_language = getattr(check, "in_source_language", None)
    if in_source_language is None:  # fuzz40: no such reading, a reviewed target is never refused
        print("translate.check has no in_source_language (before fuzz41): nothing is refused")

        def in_source_language(target: str, source_lang: str, target_lang: str) -> str | None:
            return None
    from translate.detect import detect_language

    dump = Path(argv[argv.index("--dump") + 1]) if "--dump" in argv else None
    print(f"# fuzz41_reviewed_language  {time.strftime('%Y-%m-%d %H:%M:%S', time.gmtime())} UTC"
          f"  {platform.node()}  load {os.getloadavg()[0]:.2f}")
    import tomllib

    sets: dict[str, list[str]] = {"pages": [], "hand": [], "engine": [], "glossary": []}
    for path in sorted((ROOT / "tests/glossary").glob("*/*.toml")):
        for t in _texts(tomllib.loads(path.read_text("utf-8"))):
            if len(_PT_WORDS & set(t.casefold().split())) >= 2:
                sets["glossary"].append(t)
    pages = 0
    for path in sorted((ROOT / "tests/data/realworld").glob("*/pages/*.expected.txt")):
        text = path.read_text(encoding="utf-8", errors="replace")
        if detect_language(text[:4000]).lang == "pt":
            pages += 1
            sets["pages"].extend(sentences(text))
    sets["hand"] = sentences((ROOT / "tests/data/unseen/brasil-enchentes.txt").read_text("utf-8"))
    english: list[str] = []
    for path in sorted((ROOT / "tests/data/hostile").glob("*/article.pt-BR.json")):
        edition = json.loads(path.read_text("utf-8"))
        sets["engine"].extend(_targets(edition, "target"))
        english.extend(_targets(edition, "source"))
    if dump is not None:
        data = json.loads(dump.read_text("utf-8"))
        sets["engine"].extend(_targets(data, "target"))
        english.extend(_targets(data, "source"))
    for k in sets:
        sets[k] = sorted(set(sets[k]))
    sets["short"] = sorted({" ".join(s.split()[:n]) for k in ("pages", "hand", "engine", "glossary")
                            for s in sets[k] for n in range(1, 7)})
    print(f"real pt pages read as pt: {pages}")
    total_refused = 0
    for name, texts in sets.items():
        refused = [t for t in texts if in_source_language(t, "en", "pt")]
        total_refused += len(refused)
        print(f"{name:7} {len(texts):6} pt texts  refused {len(refused)}")
        for t in refused[:20]:
            print(f"    REFUSED: {t[:160]!r}")
    print(f"false refusals, all sets: {total_refused}")
    english = sorted(set(english))
    by: Counter[str] = Counter()
    caught: Counter[str] = Counter()
    for i, t in enumerate(english):
        n = len(_countable(t, "en"))
        bucket = "<4" if n < 4 else "4-7" if n < 8 else "8+"
        by[bucket] += 1
        if in_source_language(t, "en", "pt"):
            caught[bucket] += 1
        del i
    print(f"english sentences as another sentence's pt-BR target: {len(english)}, "
          f"read as en {sum(caught.values())}")
    for b in ("<4", "4-7", "8+"):
        print(f"  countable words {b:4}: {caught[b]} of {by[b]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
