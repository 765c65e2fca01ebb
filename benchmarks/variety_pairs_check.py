"""Check the Portuguese spelling pairs against the two varieties' hunspell dictionaries.

    python benchmarks/variety_pairs_check.py [--since REV] [--hunspell DIR]

A pair of ``locales/spelling/pt.toml`` rewrites, in a pt-BR edition, its pt-PT form into its
pt-BR form, and the other way in a pt-PT edition. A rewrite can only harm when the word it
replaces is right in the edition's variety: so for each direction the pair makes, its **target
form must be in the target variety's dictionary and its source form must not** (Debian's
``hunspell-pt-br`` and ``hunspell-pt-pt``, read with ``spylls``; a capitalised form is also looked
up in lower case; a form of several words is checked word by word: every word of the target in
the dictionary, some word of the source out of it). ``[[guarded]]`` pairs are left out (their
source form is a word of both varieties by design: the guard on the English source decides),
and so are ``obsolete`` spellings (pre-1990 forms the dictionaries may still list).

``--since REV``: check only the pairs that are not in ``REV``'s file (the pairs a pass added);
exit 1 when one fails. Without it every pair is checked and the failures are listed (exit 0).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path
from typing import Any

import tomllib

ROOT = Path(__file__).resolve().parents[1]
FILE = "locales/spelling/pt.toml"


def pairs_of(data: dict[str, Any]) -> list[tuple[str, str, tuple[str, ...]]]:
    """(pt-BR form, pt-PT form, directions) of the file's plain pairs and one-way pairs."""
    out = [(str(p[0]), str(p[1]), ("pt-BR", "pt-PT")) for p in data.get("pairs", [])]
    for rule in data.get("one_way", []):
        into = tuple(str(x) for x in rule["into"])
        out += [(str(br), str(pt), into) for br, pt in rule["pairs"]]
    return out


def main(argv: list[str] | None = None) -> int:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from variety_heldout import Reference

    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--since", help="a git revision: check only the pairs added after it")
    ap.add_argument("--hunspell", type=Path, default=Path("/usr/share/hunspell"))
    args = ap.parse_args(argv)
    now = pairs_of(tomllib.loads((ROOT / FILE).read_text(encoding="utf-8")))
    if args.since:
        old_text = subprocess.run(
            ["git", "-C", str(ROOT), "show", f"{args.since}:{FILE}"],
            capture_output=True, check=True, text=True,
        ).stdout
        before = set(pairs_of(tomllib.loads(old_text)))
        now = [p for p in now if p not in before]
    ref = Reference(args.hunspell)

    def has(loc: str, form: str) -> bool:
        return ref.has(loc, form) or (form[:1].isupper() and ref.has(loc, form.lower()))

    failed = 0
    for br, pt, into in now:
        for loc in into:
            target, source = (br, pt) if loc == "pt-BR" else (pt, br)
            ok_target = all(has(loc, w) for w in target.replace("-", " ").split())
            ok_source = not all(has(loc, w) for w in source.replace("-", " ").split())
            if not (ok_target and ok_source):
                failed += 1
                why = [] if ok_target else [f"{target!r} not in {loc}'s dictionary"]
                why += [] if ok_source else [f"{source!r} is a {loc} word"]
                print(f"FAIL {source!r} -> {target!r} in {loc} editions: {'; '.join(why)}")
    checked = sum(len(into) for _, _, into in now)
    print(f"{len(now)} pairs, {checked} directions checked, {failed} failed")
    return 1 if failed and args.since else 0


if __name__ == "__main__":
    raise SystemExit(main())
