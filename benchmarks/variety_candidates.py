"""Development: the wrong-variety words the spelling stage leaves, by frequency, with respellings.

    python benchmarks/variety_candidates.py --data FILE [--data FILE ...] [--stored] [--top N]

Reads development sets only (refuses a file name with ``heldout``): variety sets written by
``build_variety_heldout.py`` and, with ``--stored``, the facts sets' stored engine output (the
rows ``audit_variety.py --stored`` reads). Each row's Portuguese goes through the pt-BR and the
pt-PT spelling stage; every word ``variety_heldout.py`` counts as wrong (the other variety's
dictionary has it, the edition's own has not, or only an é/ê, ó/ô swap of it) is listed by
frequency, with the respellings of it that pass the pair check of
``variety_pairs_check.py`` (the respelling is in the edition's dictionary and not in the other's,
and the word is not in the edition's): the orthographic correspondences of the two varieties
(é/ê and ó/ô; the consonant c/p the 1990 agreement removed in one variety only, before c, ç, t;
"planej-"/"plane-", "registr-"/"regist-", "dezess-"/"dezass-", "-ámos"/"-amos"). A word with no
respelling is printed with none: another word (a usage), for a reader to judge; nothing is added
to the data by this script.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from variety_heldout import LOCALES, Reference, measure  # noqa: E402

_STEMS = [("planeja", "planeia"), ("planeje", "planeie"), ("planej", "plane"),
          ("registr", "regist"), ("dezess", "dezass"), ("dezenove", "dezanove"),
          ("amos", "ámos")]
_VOWEL_CT = re.compile(r"(?<=[aeiouáéíóú])(?=[tç])")
_VOWEL_C_CT = re.compile(r"(?<=[aeiouáéíóú])[cp](?=[tç])")


def respellings(word: str, into: str) -> set[str]:
    """Candidate spellings of ``word`` in variety ``into`` (a superset: the check decides)."""
    out: set[str] = set()
    swap = {"é": "ê", "ó": "ô"} if into == "pt-BR" else {"ê": "é", "ô": "ó"}
    for i, c in enumerate(word):
        if c in swap:
            out.add(word[:i] + swap[c] + word[i + 1 :])
    for m in _VOWEL_CT.finditer(word):
        for letter in "cp":
            out.add(word[: m.start()] + letter + word[m.start() :])
    for m in _VOWEL_C_CT.finditer(word):
        out.add(word[: m.start()] + word[m.end() :])
    low = word.lower()
    for br, pt in _STEMS:
        a, b = (pt, br) if into == "pt-BR" else (br, pt)
        if a in low:
            i = low.index(a)
            out.add(word[:i] + b + word[i + len(a) :])
    out.discard(word)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--data", type=Path, action="append", default=[])
    ap.add_argument("--stored", action="store_true")
    ap.add_argument("--hunspell", type=Path, default=Path("/usr/share/hunspell"))
    ap.add_argument("--top", type=int, default=200)
    args = ap.parse_args(argv)
    rows: list[dict[str, str]] = []
    for path in args.data:
        if "heldout" in path.name:
            print(f"error: {path.name} is a held-out set; refused", file=sys.stderr)
            return 2
        rows += [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
                 if line.strip()]
    if args.stored:
        for path in sorted((ROOT / "benchmarks" / "data").glob("facts_heldout*.jsonl")):
            for line in path.read_text(encoding="utf-8").splitlines():
                row = json.loads(line)
                if row.get("kind") == "real" and row.get("from", "en") == "en":
                    rows.append({"post": str(row.get("page")), "source": row["source"],
                                 "engine": row["engine"]})
    ref = Reference(args.hunspell)

    def has(loc: str, w: str) -> bool:
        return ref.has(loc, w) or (w[:1].isupper() and ref.has(loc, w.lower()))

    print(f"# {len(rows)} development segments")
    for loc in LOCALES:
        other = LOCALES[1 - LOCALES.index(loc)]
        _, wrong, example, _ = measure(rows, ref, loc)
        print(f"{loc} editions: {sum(wrong.values())} wrong words, {len(wrong)} distinct")
        for word, n in wrong.most_common(args.top):
            # into this variety: the respelling is its word and the word found is not; the
            # pair works both ways when the other variety has the word and not the respelling
            good = sorted(c for c in respellings(word, loc) if has(loc, c) and not has(loc, word))
            both = [c for c in good if has(other, word) and not has(other, c)]
            print(f"  {word!r:24} x{n:<3} -> {good or '-'}"
                  f"{' (two-way)' if both else ' (one-way)' if good else ''}"
                  f"  | {example[word][:150]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
