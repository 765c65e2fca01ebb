"""Count grammatical markers of the two varieties in the Bosque treebank's two halves.

    python benchmarks/count_variety_grammar.py --bosque DIR [OUT]
        --bosque: a bare mirror (or checkout) of
        https://github.com/UniversalDependencies/UD_Portuguese-Bosque at BOSQUE_COMMIT
    OUT: benchmarks/data/variety_grammar_counts.tsv (default)

Written by variety41 (forty-sixth pass, issue 15): variety40's usage reference is a word list and
sees no grammar. This counts, in Bosque's Folha de S.Paulo half (``CF*``, pt-BR) and Público
half (``CP*``, pt-PT), the same 1,961 documents as ``build_variety_usage.py`` (CC BY-SA 4.0):

- **contractions** of "em" with the indefinite article: "em um/uma/uns/umas" (two words, as
  written in the ``# text =`` line) against "num/numa/nuns/numas"; and, for comparison, "de
  um/uma" against "dum/duma";
- **clitic placement** of an unstressed personal pronoun (me, te, se, lhe, lhes, nos, vos: the
  forms that join a verb with a bare hyphen; o/a/os/as change the verb, -lo, -no, and are left
  out) next to the finite verb of a **main clause** (the sentence's ``root``): proclisis, the
  pronoun as its own token right before the verb ("Ele se levantou"), against enclisis, the
  pronoun inside the verb's hyphened token ("Ele levantou-se"), each by what stands before:
  ``start`` (nothing but punctuation: the sentence's first word), ``trigger`` (a word that draws
  the pronoun before the verb in Portugal: negation, a wh-word or relative, a subordinator,
  certain adverbs; ``TRIGGER_ADVERBS``), ``other`` (anything else: a subject, a phrase);
- **forms of address** (added by variety42, forty-seventh pass): "você", "vocês", "o senhor",
  "a senhora" (whole words, as written in the ``# text =`` line, quotations included, as the
  contractions are counted).

Each row of OUT: ``marker``, ``form``, ``cf``, ``cp`` (counts in each half), and per million
words of each half.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BOSQUE_COMMIT = "5de7ac34028ff6d1718031a4b0ae895717ed8dbe"
DEFAULT_OUT = ROOT / "benchmarks/data/variety_grammar_counts.tsv"

CONTRACTIONS = (("em um", "num"), ("em uma", "numa"), ("em uns", "nuns"), ("em umas", "numas"),
                ("de um", "dum"), ("de uma", "duma"))
ADDRESS = ("você", "vocês", "o senhor", "a senhora")
CLITICS = frozenset({"me", "te", "se", "lhe", "lhes", "nos", "vos"})
# adverbs that draw a clitic before the verb in pt-PT (grammars of European Portuguese: Cunha &
# Cintra, "Nova Gramática do Português Contemporâneo", on proclisis)
TRIGGER_ADVERBS = frozenset({
    "não", "nunca", "jamais", "nem", "já", "ainda", "sempre", "só", "também", "bem", "mal",
    "talvez", "apenas", "até", "mesmo", "quase", "logo", "aqui", "ali", "lá", "cá", "assim",
    "tampouco", "somente", "sequer",
})


def _git(repo: Path, *args: str) -> bytes:
    try:
        return subprocess.run(["git", "--git-dir", str(repo), *args], check=True,
                              capture_output=True).stdout
    except (OSError, subprocess.CalledProcessError) as exc:
        raise SystemExit(f"error: git {' '.join(args[:2])}: {exc}") from None


def documents(repo: Path) -> dict[str, list[str]]:
    """The CoNLL-U text of the Folha ("cf") and Público ("cp") documents."""
    names = _git(repo, "ls-tree", "-r", "--name-only", BOSQUE_COMMIT,
                 "not-to-release/documents").decode().split()
    out: dict[str, list[str]] = {"cf": [], "cp": []}
    for name in names:
        base = name.rsplit("/", 1)[-1]
        half = base[:2].lower()
        if half in out and base.endswith(".conllu"):
            out[half].append(_git(repo, "show", f"{BOSQUE_COMMIT}:{name}").decode("utf-8"))
    return out


def sentences(conllu: str) -> list[tuple[str, list[list[str]], dict[int, tuple[int, str]]]]:
    """(text, word rows, multiword tokens: first id -> (last id, form)) of each sentence."""
    out = []
    for block in conllu.split("\n\n"):
        text, rows, spans = "", [], {}
        for ln in block.splitlines():
            if ln.startswith("# text ="):
                text = ln[8:].strip()
            elif ln and ln[0].isdigit():
                cols = ln.split("\t")
                if "-" in cols[0]:
                    a, b = cols[0].split("-")
                    spans[int(a)] = (int(b), cols[1])
                elif "." not in cols[0]:
                    rows.append(cols)
        if rows:
            out.append((text, rows, spans))
    return out


def _before(rows: list[list[str]], i: int) -> str:
    """``start``, ``trigger`` or ``other``: what stands before word ``i`` (0-based)."""
    j = i - 1
    while j >= 0 and rows[j][3] == "PUNCT":
        j -= 1
    if j < 0 or (j < i - 1 and rows[j + 1][1] in {":", ";", "--", "—"}):
        return "start"
    prev = rows[j]
    form, upos, feats = prev[1].lower(), prev[3], prev[5]
    if (upos == "SCONJ" or form in TRIGGER_ADVERBS or "PronType=Rel" in feats
            or "PronType=Int" in feats or "PronType=Neg" in feats or form == "que"):
        return "trigger"
    return "other"


def clitic_counts(conllu: str) -> Counter[str]:
    counts: Counter[str] = Counter()
    for _, rows, spans in sentences(conllu):
        index = {int(r[0]): k for k, r in enumerate(rows)}
        for k, row in enumerate(rows[:-1]):
            verb = rows[k + 1]
            if (row[1].lower() in CLITICS and row[3] == "PRON" and int(row[0]) not in spans
                    and verb[3] in ("VERB", "AUX") and "VerbForm=Fin" in verb[5]
                    and verb[7] == "root" and int(verb[0]) not in spans):
                counts[f"proclisis\t{_before(rows, k)}"] += 1
        for first, (last, form) in spans.items():
            if last != first + 1 or "-" not in form or first not in index:
                continue
            k = index[first]
            verb, clitic = rows[k], rows[k + 1]
            if (clitic[1].lower() in CLITICS and clitic[3] == "PRON"
                    and verb[3] in ("VERB", "AUX") and "VerbForm=Fin" in verb[5]
                    and verb[7] == "root"):
                counts[f"enclisis\t{_before(rows, k)}"] += 1
    return counts


def count(text: str, form: str) -> int:
    return len(re.findall(rf"(?<![\w-]){re.escape(form)}(?![\w-])", text))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--bosque", type=Path, required=True)
    ap.add_argument("out", nargs="?", type=Path, default=DEFAULT_OUT)
    args = ap.parse_args(argv)
    docs = documents(args.bosque)
    text = {h: "\n".join(t for d in v for t, _, _ in sentences(d)).lower()
            for h, v in docs.items()}
    size = {h: len(re.findall(r"\w+", v)) for h, v in text.items()}
    lines = ["marker\tform\tcf\tcp\tcf_per_million\tcp_per_million"]

    def row(marker: str, form: str, cf: int, cp: int) -> None:
        lines.append(f"{marker}\t{form}\t{cf}\t{cp}\t{cf * 1e6 / size['cf']:.0f}"
                     f"\t{cp * 1e6 / size['cp']:.0f}")

    for two, one in CONTRACTIONS:
        row("contraction", two, count(text["cf"], two), count(text["cp"], two))
        row("contraction", one, count(text["cf"], one), count(text["cp"], one))
    for form in ADDRESS:
        row("address", form, count(text["cf"], form), count(text["cp"], form))
    clitics = {h: sum((clitic_counts(d) for d in v), Counter()) for h, v in docs.items()}
    for where in ("start", "trigger", "other"):
        for place in ("proclisis", "enclisis"):
            key = f"{place}\t{where}"
            row("clitic", key.replace("\t", " after "), clitics["cf"][key], clitics["cp"][key])
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"Bosque: Folha {size['cf']:,} words, Público {size['cp']:,} words -> {args.out}")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
