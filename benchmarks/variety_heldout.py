"""Words only one Portuguese variety spells, in the pt-BR and pt-PT editions of a variety set.

    python benchmarks/variety_heldout.py --data FILE --hunspell DIR [--words]

FILE: a set written by ``benchmarks/build_variety_heldout.py`` (real English segments and the
embedded engine's Portuguese, translated once). Each row's Portuguese is put through the
pt-BR and the pt-PT spelling stage exactly as the pipeline applies it
(``translate.spelling.normalize`` with the source sentence): two editions of every article. Each
word of an edition (letters, hyphenated compounds split; a word the engine copied from the
English source left out) is looked up in the two varieties' hunspell dictionaries
(``DIR/pt_BR`` and ``DIR/pt_PT``: Debian's ``hunspell-pt-br`` and ``hunspell-pt-pt``, LGPL/MPL,
installed with apt; read with the pure-Python ``spylls``, not a dependency of the project:
install it to run this), a reference independent of the spelling list:

- ``own only``: words the edition's own dictionary has and the other's has not;
- ``other only``: words the other variety's dictionary has and the edition's own has not (the
  wrong variety: "equipa" in a pt-BR edition);
- ``other accent``: words both dictionaries have, but a spelling of it with é/ê or ó/ô swapped
  (a stressed vowel before m/n or word-final, five letters or more) is in the edition's own
  dictionary only ("Comité" in pt-BR: pt-BR's "Comitê" is no pt-PT word);
- ``wrong`` = other only + other accent (``audit_variety.py --hunspell``'s count), and the
  number of articles (editions) holding at least one.

Printed: the summary rows only. ``--words`` lists the wrong words with counts and one sentence
each, for development sets: it refuses a held-out set (a file name with ``heldout``), whose
words must not be read.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from audit_variety import _TOKEN, _swapped  # noqa: E402

LOCALES = ("pt-BR", "pt-PT")


class Reference:
    """The two varieties' hunspell dictionaries, looked up with a memo."""

    def __init__(self, folder: Path) -> None:
        from spylls.hunspell import Dictionary

        self.dicts = {loc: Dictionary.from_files(str(folder / loc.replace("-", "_")))
                      for loc in LOCALES}
        self.known: dict[tuple[str, str], bool] = {}

    def has(self, loc: str, word: str) -> bool:
        key = (loc, word)
        if key not in self.known:
            self.known[key] = bool(self.dicts[loc].lookup(word))
        return self.known[key]

    def kind(self, loc: str, word: str) -> str:
        """``own``, ``other``, ``accent`` (see the module's docstring), ``both`` or ``neither``."""
        other = LOCALES[1 - LOCALES.index(loc)]
        forms = [word, word.lower()] if word[:1].isupper() else [word]
        mine = any(self.has(loc, f) for f in forms)
        theirs = any(self.has(other, f) for f in forms)
        if mine and not theirs:
            return "own"
        if theirs and not mine:
            return "other"
        if not mine:
            return "neither"
        for f in forms:
            for alt in _swapped(f):
                if self.has(loc, alt) and not self.has(other, alt):
                    return "accent"
        return "both"


def editions(rows: list[dict[str, str]], loc: str) -> list[tuple[str, str, str]]:
    """(post, source, edition text) of every row for ``loc``."""
    from translate.spelling import normalize

    return [(r["post"], r["source"], normalize(r["engine"], loc, source=r["source"])[0])
            for r in rows]


def measure(rows: list[dict[str, str]], ref: Reference, loc: str
            ) -> tuple[Counter[str], Counter[str], dict[str, str], set[str]]:
    """Counts by kind, the wrong words' counts, one sentence each, the posts holding one."""
    kinds: Counter[str] = Counter()
    wrong: Counter[str] = Counter()
    example: dict[str, str] = {}
    posts: set[str] = set()
    for post, src, text in editions(rows, loc):
        low = src.lower()
        for m in _TOKEN.finditer(text):
            for word in m.group(0).split("-"):
                if not word or word.lower() in low:
                    continue
                k = ref.kind(loc, word)
                kinds[k] += 1
                if k in ("other", "accent"):
                    wrong[word] += 1
                    example.setdefault(word, f"{src[:120]} => {text[:140]}")
                    posts.add(post)
    return kinds, wrong, example, posts


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--data", type=Path, required=True)
    ap.add_argument("--hunspell", type=Path, default=Path("/usr/share/hunspell"))
    ap.add_argument("--words", action="store_true", help="list the wrong words (dev sets only)")
    args = ap.parse_args(argv)
    if args.words and "heldout" in args.data.name:
        print("error: --words lists a held-out set's items; refused", file=sys.stderr)
        return 2
    rows = [json.loads(line) for line in args.data.read_text(encoding="utf-8").splitlines()
            if line.strip()]
    ref = Reference(args.hunspell)
    n_posts = len({r["post"] for r in rows})
    print(f"# {args.data.name}: {n_posts} articles, {len(rows)} segments;"
          f" reference: hunspell dictionaries in {args.hunspell}")
    for loc in LOCALES:
        other = LOCALES[1 - LOCALES.index(loc)]
        kinds, wrong, example, posts = measure(rows, ref, loc)
        print(f"{loc} editions: {sum(kinds.values())} words; own only {kinds['own']},"
              f" other only {kinds['other']}, other accent {kinds['accent']}, both"
              f" {kinds['both']}, neither {kinds['neither']}")
        print(f"{loc} editions: wrong ({other}'s spelling) {sum(wrong.values())}"
              f" ({len(wrong)} distinct) in {len(posts)} of {n_posts} articles")
        if args.words:
            for word, n in sorted(wrong.items(), key=lambda kv: (-kv[1], kv[0])):
                print(f"  {word!r:24} x{n:<3} {example[word]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
