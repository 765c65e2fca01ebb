"""Usage words of the other Portuguese variety in the pt-BR and pt-PT editions of a variety set.

    python benchmarks/variety_usage.py --data FILE [--data FILE ...] [--stored] [--words]

FILE: a set written by ``benchmarks/build_variety_heldout.py`` (real English segments and the
embedded engine's Portuguese, translated once). Each row's Portuguese is put through the pt-BR
and the pt-PT spelling stage as the pipeline applies it (``translate.spelling.normalize`` with
the source sentence): two editions of every article. ``--stored`` adds the facts sets' stored
engine output (development only, as ``variety_candidates.py --stored``).

Reference (written by variety40, forty-sixth pass): ``benchmarks/data/variety_usage_reference.tsv``
(``build_variety_usage.py``): forms of LanguageTool's variety lists (CC BY-SA 3.0) that the
other variety's news in the Bosque treebank (CC BY-SA 4.0: Folha de S.Paulo against Público)
never or rarely writes (rows with ``kept`` 1). Vocabulary, not spelling: "autocarro", "equipa",
"utilizador" in a pt-BR edition; "ônibus", "usuário", "planejamento" in a pt-PT one. The pt-BR
hunspell dictionary accepts most pt-PT forms, so ``variety_heldout.py`` cannot see them.

A form is found as a whole word or phrase, case-insensitively, except that a form listed with
a capital ("Irão", "Madri") is found only where the edition writes it with one (the verb
"irão" is no "Irão"); an occurrence whose form the English source also holds (a word the
engine copied: "time", "DNA", "console") is left out.

Grammar (variety41): the two-word contractions of ``benchmarks/data/variety_grammar_counts.tsv``
(``count_variety_grammar.py``) that one half of Bosque writes at most a tenth as often per word
as the other ("em um", "em uma": Folha 262 and 219 per million words, Público 9 and 0) are
counted in the other variety's editions, a row of their own (``grammar``).

Address (variety42): the forms of address of the same file (``address`` rows: "você", "vocês",
"o senhor", "a senhora") that one half writes at most a tenth as often per word as the other
("você": Folha 467 per million words, Público 35; a form the other half writes fewer than 5
times is left out) are counted in the other variety's editions,
a row of their own (``address``), quotations included.

Printed: the summary rows only (per edition: usage words of the other variety, distinct, and
articles holding one). ``--words`` lists them with counts and one sentence each, for
development sets: it refuses a held-out set (a file name with ``heldout``).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REFERENCE = ROOT / "benchmarks/data/variety_usage_reference.tsv"
LOCALES = ("pt-BR", "pt-PT")
GRAMMAR = ROOT / "benchmarks/data/variety_grammar_counts.tsv"


def grammar_forms(loc: str, path: Path = GRAMMAR, kind: str = "contraction") -> list[str]:
    """The contractions' two-word forms (``kind`` "address": the forms of address) proper to
    the variety other than ``loc`` (same rule as the usage reference: the other half writes
    them at most a tenth as often per word)."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines()[1:]:
        marker, form, cf, cp, cf_pm, cp_pm = line.split("\t")
        if marker != kind or (kind == "contraction" and " " not in form):
            continue
        own, other = (float(cp_pm), float(cf_pm)) if loc == "pt-PT" else (
            float(cf_pm), float(cp_pm))
        # a form of address the other half writes fewer than 5 times is too rare to mark it
        # ("a senhora": Público 2, Folha 0)
        if kind == "address" and int(cf if loc == "pt-PT" else cp) < 5:
            continue
        if other > 0 and own * 10 <= other:
            out.append(form)
    return out


def wrong_forms(loc: str, path: Path = REFERENCE) -> dict[str, str]:
    """The kept forms proper to the variety other than ``loc``: form -> its ``loc`` form(s)."""
    out: dict[str, str] = {}
    lines = path.read_text(encoding="utf-8").splitlines()
    for line in lines[1:]:
        variety, form, other, _cf, _cp, kept = line.split("\t")
        if kept == "1" and variety != loc:
            out[form] = other
    return out


class Finder:
    """The usage forms wrong in ``loc``, found in one scan of a text (longest first)."""

    def __init__(self, loc: str, path: Path = REFERENCE) -> None:
        self.forms = wrong_forms(loc, path)
        self.by_fold = {f.casefold(): f for f in self.forms}
        alternation = "|".join(re.escape(f) for f in sorted(self.forms, key=len, reverse=True))
        self.pattern = re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])", re.I)

    def find(self, text: str, source: str) -> list[str]:
        low = source.casefold()
        found: list[str] = []
        for m in self.pattern.finditer(text):
            listed = self.by_fold.get(m.group(0).casefold())
            if listed is None:
                continue
            if listed[:1].isupper() and not m.group(0)[:1].isupper():
                continue
            if re.search(rf"(?<![\w-]){re.escape(listed.casefold())}(?![\w-])", low):
                continue
            found.append(listed)
        return found


def load(paths: list[Path], stored: bool) -> list[dict[str, str]]:
    rows: list[dict[str, str]] = []
    for path in paths:
        rows += [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
                 if line.strip()]
    if stored:
        for path in sorted((ROOT / "benchmarks" / "data").glob("facts_heldout*.jsonl")):
            for line in path.read_text(encoding="utf-8").splitlines():
                row = json.loads(line)
                if row.get("kind") == "real" and row.get("from", "en") == "en":
                    rows.append({"post": str(row.get("page")), "source": row["source"],
                                 "engine": row["engine"]})
    return rows


def measure(rows: list[dict[str, str]], loc: str
            ) -> tuple[int, Counter[str], dict[str, str], set[str]]:
    """Words of the editions, the usage forms found with counts, one sentence each, posts."""
    from translate.spelling import normalize

    finder = Finder(loc)
    words = 0
    found: Counter[str] = Counter()
    example: dict[str, str] = {}
    posts: set[str] = set()
    for row in rows:
        text = normalize(row["engine"], loc, source=row["source"])[0]
        words += len(re.findall(r"[^\W\d_]+", text))
        for form in finder.find(text, row["source"]):
            found[form] += 1
            example.setdefault(form, f"{row['source'][:120]} => {text[:160]}")
            posts.add(row["post"])
    return words, found, example, posts


def grammar_row(rows: list[dict[str, str]], loc: str, forms: list[str], n_posts: int) -> str:
    """How often the edition writes ``forms`` (whole words, any case), in how many articles."""
    from translate.spelling import normalize

    pattern = re.compile(rf"(?<![\w-])(?:{'|'.join(map(re.escape, forms))})(?![\w-])", re.I)
    total, posts = 0, set()
    for row in rows:
        n = len(pattern.findall(normalize(row["engine"], loc, source=row["source"])[0]))
        if n:
            total += n
            posts.add(row["post"])
    return f"{total} in {len(posts)} of {n_posts} articles"


# variety43: a possessive before a lower-case word with no determiner before it ("seu código",
# "em seu projeto"): Bosque's Folha writes it 71 times in 97 possessives, Público 13 in 184
# (dev and test files; raw variety43-possessive_and_vocabulary_counts-2026-12-08.txt); a count
# of the text, not of the spelling stage's rule: the word before is none of these
_POSSESSIVE = re.compile(r"(?:(?<=\s)|^)(\w+\s+)?([Ss]eus?|[Ss]uas?)\s+[a-zà-ÿ]")
_HAS_DETERMINER = frozenset([
    "o", "a", "os", "as", "um", "uma", "uns", "umas", "do", "da", "dos", "das", "no", "na",
    "nos", "nas", "ao", "à", "aos", "às", "pelo", "pela", "pelos", "pelas", "num", "numa",
    "este", "esta", "estes", "estas", "esse", "essa", "esses", "essas", "aquele", "aquela",
    "deste", "desta", "desse", "dessa", "neste", "nesta", "nesse", "nessa", "cada", "qualquer",
    "outro", "outra", "outros", "outras"])


# variety44: the same count for "nosso/nossa/nossos/nossas" (a row of its own: the row above
# keeps the figures earlier passes measured)
_POSSESSIVE_NOSSO = re.compile(r"(?:(?<=\s)|^)(\w+\s+)?([Nn]oss[oa]s?)\s+[a-zà-ÿ]")


def possessive_row(rows: list[dict[str, str]], loc: str, n_posts: int,
                   pattern: re.Pattern[str] = _POSSESSIVE) -> str:
    """How often the edition writes a possessive with no determiner before it, in how many
    articles (a word after it in lower case; "por sua vez" counts too)."""
    from translate.spelling import normalize

    total, posts = 0, set()
    for row in rows:
        text = normalize(row["engine"], loc, source=row["source"])[0]
        n = sum(1 for m in pattern.finditer(text)
                if (m.group(1) or "").strip().casefold() not in _HAS_DETERMINER
                and m.group(2).islower() == (m.group(1) is not None))
        if n:
            total += n
            posts.add(row["post"])
    return f"{total} in {len(posts)} of {n_posts} articles"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--data", type=Path, action="append", default=[])
    ap.add_argument("--stored", action="store_true")
    ap.add_argument("--words", action="store_true", help="list the words (dev sets only)")
    args = ap.parse_args(argv)
    if args.words and any("heldout" in p.name for p in args.data):
        print("error: --words lists a held-out set's items; refused", file=sys.stderr)
        return 2
    if not args.data and not args.stored:
        print("error: give --data FILE or --stored", file=sys.stderr)
        return 2
    try:
        rows = load(args.data, args.stored)
    except (OSError, ValueError, KeyError) as exc:
        print(f"error: cannot read the set: {exc}", file=sys.stderr)
        return 2
    n_posts = len({r["post"] for r in rows})
    names = ", ".join(p.name for p in args.data) + (" + stored" if args.stored else "")
    print(f"# {names}: {n_posts} articles, {len(rows)} segments; reference: "
          f"{REFERENCE.name}")
    for loc in LOCALES:
        other = LOCALES[1 - LOCALES.index(loc)]
        words, found, example, posts = measure(rows, loc)
        print(f"{loc} editions: {words} words; {other} usage words {sum(found.values())}"
              f" ({len(found)} distinct) in {len(posts)} of {n_posts} articles")
        if args.words:
            for form, n in sorted(found.items(), key=lambda kv: (-kv[1], kv[0])):
                print(f"  {form!r:24} x{n:<3} -> {Finder(loc).forms[form]!r}: {example[form]}")
        forms = grammar_forms(loc)
        if forms:
            print(f"{loc} editions: {other} grammar ({', '.join(forms)}) "
                  + grammar_row(rows, loc, forms, n_posts))
        forms = grammar_forms(loc, kind="address")
        if forms:
            print(f"{loc} editions: {other} address ({', '.join(forms)}) "
                  + grammar_row(rows, loc, forms, n_posts))
        if loc == "pt-PT":
            print(f"{loc} editions: possessive without article (seu código) "
                  + possessive_row(rows, loc, n_posts))
            print(f"{loc} editions: possessive without article (nosso projeto) "
                  + possessive_row(rows, loc, n_posts, _POSSESSIVE_NOSSO))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
