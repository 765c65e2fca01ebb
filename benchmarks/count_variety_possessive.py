"""Count, in UD treebanks of the two varieties' news, the possessive with and without a
determiner before it and a few vocabulary forms: the evidence of variety43's rules.

    python benchmarks/count_variety_possessive.py --bosque FILE [--porttinari FILE]

FILE: CoNLL-U text (the treebank's files concatenated). Bosque
(``UniversalDependencies/UD_Portuguese-Bosque``, CC BY-SA 4.0): documents ``CF*`` are Folha de
S.Paulo (pt-BR), ``CP*`` Público (pt-PT), as ``build_variety_usage.py`` reads them; Porttinari
(``UniversalDependencies/UD_Portuguese-Porttinari``, CC BY 4.0) is Folha de S.Paulo news (pt-BR).
A possessive is a word "seu", "sua", "seus", "suas" tagged DET; "with a determiner" when the
syntactic word before it is a DET too (an article, the article of a contraction: "do seu" is
"de o seu" in UD). ``--nosso``: the same count for "nosso", "nossa", "nossos", "nossas"
(variety44), and the words around each bare one. Prints counts only.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

POSSESSIVES = ("seu", "sua", "seus", "suas")
NOSSO = ("nosso", "nossa", "nossos", "nossas")
FORMS = ("aplicativo", "aplicativos", "aplicação", "aplicações", "freio", "travão",
         "onipresente", "omnipresente")


def sentences(path: Path) -> list[tuple[str, list[list[str]]]]:
    out: list[tuple[str, list[list[str]]]] = []
    doc, sent = "", []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# sent_id"):
            doc = line.split("=", 1)[1].strip()
        elif not line.strip():
            if sent:
                out.append((doc, sent))
            sent = []
        elif line[:1].isdigit():
            cols = line.split("\t")
            if "-" not in cols[0] and "." not in cols[0]:
                sent.append(cols)
    if sent:
        out.append((doc, sent))
    return out


def count(rows: list[tuple[str, list[list[str]]]], half: str | None,
          possessives: tuple[str, ...] = POSSESSIVES, bare: list[str] | None = None
          ) -> tuple[int, Counter[str], Counter[str]]:
    words, poss, forms = 0, Counter[str](), Counter[str]()
    for doc, sent in rows:
        if half is not None and not doc.startswith(half):
            continue
        words += len(sent)
        for i, cols in enumerate(sent):
            low = cols[1].casefold()
            if low in FORMS:
                forms[low] += 1
            if low in possessives and cols[3] == "DET":
                kind = "with determiner" if i and sent[i - 1][3] == "DET" else "bare"
                poss[kind] += 1
                if kind == "bare" and bare is not None:
                    bare.append(" ".join(c[1] for c in sent[max(0, i - 3):i + 3]))
    return words, poss, forms


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--bosque", type=Path, required=True)
    ap.add_argument("--porttinari", type=Path)
    ap.add_argument("--nosso", action="store_true", help="count 'nosso' and its forms")
    args = ap.parse_args(argv)
    try:
        bosque = sentences(args.bosque)
        porttinari = sentences(args.porttinari) if args.porttinari else []
    except (OSError, UnicodeDecodeError) as exc:
        print(f"error: cannot read: {exc}", file=sys.stderr)
        return 2
    halves = [("Bosque Folha (pt-BR)", bosque, "CF"), ("Bosque Público (pt-PT)", bosque, "CP")]
    if porttinari:
        halves.append(("Porttinari Folha (pt-BR)", porttinari, None))
    for name, rows, half in halves:
        if args.nosso:
            around: list[str] = []
            words, poss, _ = count(rows, half, NOSSO, around)
            print(f"{name}: {words} words; nosso/nossa/nossos/nossas bare {poss['bare']}, "
                  f"with a determiner {poss['with determiner']}")
            for text in around:
                print(f"  bare: {text}")
            continue
        words, poss, forms = count(rows, half)
        print(f"{name}: {words} words; possessive bare {poss['bare']}, with a determiner "
              f"{poss['with determiner']}; " + ", ".join(f"{f} {forms[f]}" for f in FORMS))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
