"""Build untranslatables SET Q: a Brazilian newsroom's own text (clubs, parties, companies and
products named by common words or initials, bodies, works), Portuguese -> English.

    python benchmarks/build_untranslatables_q.py --porttinari DIR [OUT]
        --porttinari: a checkout (or bare mirror) of
        https://github.com/UniversalDependencies/UD_Portuguese-Porttinari at UD_COMMIT
    OUT: benchmarks/data/untranslatables_q.jsonl (default)

Set p was untrans32's; set q is written by untrans33 BEFORE any code of its pass, from real text
that no untranslatables set (c to p: WCXB, fundus, trafilatura's evaluation pages, goose3,
python-docs-pt-br, GUM, EWT, PUD, GENTLE, LinES, ParTUT, Tweebank, the Rust project's blog,
Jekyll's news, Textual's blog, the Mastodon blog) and no folder of ``tests/data/realworld`` uses:

- Porttinari-base's **test file** (``pt_porttinari-ud-test.conllu``, commit below): sentences of
  Folha de S.Paulo news of 2017 (politics, business, sport, culture, city), **CC BY 4.0** (the
  treebank's ``LICENSE.txt``). The 16 documents probe27 translated (documents of 8 to 30
  sentences of this file, ``random.Random(27).sample``, its ``build_pt.py`` in
  ``benchmarks/results/probe27-sweep-inputs-2026-12-05.txt``) are left out; the dev file is
  probe32's sweep (a development set) and is not read.

It was chosen for what sets c to p lack: a Brazilian newsroom's own text, where clubs
("Corinthians", "Tricolor"), parties ("PSDB", "PT"), companies and products named by common
words or initials ("Vale", "Azul", "OAS", "JBS", "Prato Aberto", "Quintal Animal"), bodies and
works ("Stronger", "Refazenda", "Lugar Comum") stand in running text. Only pt -> en. The treebank
keeps no markup, so handles, hashtags, code and addresses are sought by set n's patterns and
taken wherever found (the rule below), though news prose of 2017 may hold none.

**Items.** Documents are read in the order of their number (``FOLHA_DOC``), a document's
sentences in the order of their number (``SENT``), cut into paragraphs of three sentences (the
last may be shorter): one item is one paragraph (probe27's paragraphing).

**Rule (written and committed before any run).** ``NAMES`` below lists the tokens that must be
in the English translation **verbatim** (case sensitive, whole words), by kind: clubs (``team``),
parties (``party``), companies, shops, restaurants, products and apps (``brand``), bodies and
research groups usage keeps as written (``group``), newspapers (``publisher``), films, songs,
albums and exhibitions (``work``), bands (``band``). They were chosen by hand from a count of the
file's PROPN runs (UPOS) and a read of their sentences, a judgement written down before any run.
Not listed: persons; places (most are translated or kept alike: "Nova York", "São Paulo"); names
English usage translates ("Lava Jato" -> "Car Wash", "Polícia Federal", "Senado", "A Rede
Social", "Os Últimos Jedi", "Partido Democrático Liberal", "Atlas da Violência", "Rei da Vela");
names also written as a common word at a sentence's start of this file ("Vitória", "Novo",
"Dia", "Terra"); a name only written inside another listed name. Each name is taken from the
first candidate item that holds it; every listed name that item holds is a token. In every item
taken, also as tokens: each handle, hashtag and written address (set n's ``HANDLE``,
``HASHTAG``, ``URL``). Then every candidate not yet taken that holds a handle, hashtag or
address, with all its tokens.

**Controls (over-protection), set d's rule** (``build_untranslatables_d.controls``, whose
function words list the Portuguese ones too): a capitalised word (4+ letters) that begins a
sentence of the item, a common word of the file (seen in lower case in it), not a function word,
not part of a listed name, not spelled the same in the two languages and not in
``NOT_CONTROL``. A control is frozen when the translation carries it as a whole word, case
ignored. Control-only items: every ``STEP``-th candidate with no listed name and at least one
control.

Written on 2026-12-06 BEFORE the untrans33 pass's code; its first run is main's
(``benchmarks/results/untrans33-eval_untranslatables_q_before-2026-12-06.txt``), read for its
totals only. Do not tune rules on it: once that happens it is a development set.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import subprocess
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from build_untranslatables_d import controls
from build_untranslatables_n import HANDLE, HASHTAG, URL, _has

ROOT = Path(__file__).resolve().parents[1]
UD_COMMIT = "87a07e1fb761d6d0a6e2a4d82b11b308344dabb9"
TEST_FILE = "pt_porttinari-ud-test.conllu"
# every STEP-th candidate paragraph is a control-only candidate
STEP = 12
# sentences a paragraph
PARA = 3
# not controls although the rule finds them (written with the list, before any run): none yet
NOT_CONTROL: frozenset[str] = frozenset()

# (token, kind), chosen by hand from the file's PROPN runs
NAMES: list[tuple[str, str]] = [
    # clubs
    ("Corinthians", "team"),
    ("Palmeiras", "team"),
    ("Santos", "team"),
    ("Tricolor", "team"),
    ("Juventus", "team"),
    ("Bayern", "team"),
    ("Benfica", "team"),
    ("Manchester City", "team"),
    # parties and movements
    ("PSDB", "party"),
    ("PT", "party"),
    ("PTB", "party"),
    ("CDU", "party"),
    ("SPD", "party"),
    ("FDP", "party"),
    ("MBL", "party"),
    # companies, shops, restaurants, products, apps
    ("JBS", "brand"),
    ("Friboi", "brand"),
    ("Odebrecht", "brand"),
    ("OAS", "brand"),
    ("Petrobras", "brand"),
    ("Usiminas", "brand"),
    ("CSN", "brand"),
    ("Vale", "brand"),
    ("Azul", "brand"),
    ("Uber", "brand"),
    ("Cabify", "brand"),
    ("Apple", "brand"),
    ("Facebook", "brand"),
    ("Twitter", "brand"),
    ("Petz", "brand"),
    ("Leya", "brand"),
    ("Bottega Venetta", "brand"),
    ("Novo Nordisk", "brand"),
    ("Biogen", "brand"),
    ("Datafolha", "brand"),
    ("Ibovespa", "brand"),
    ("Prato Aberto", "brand"),
    ("Quintal Animal", "brand"),
    ("Dogma EAP", "brand"),
    ("Dádiva EAP", "brand"),
    ("Dalva e Dito", "brand"),
    ("Açougue Central", "brand"),
    ("Mooca Plaza Shopping", "brand"),
    # bodies and research groups usage keeps as written
    ("BNDES", "group"),
    ("USP", "group"),
    ("FGV", "group"),
    ("CBF", "group"),
    ("NBA", "group"),
    ("Anfavea", "group"),
    ("Abiec", "group"),
    ("PCC", "group"),
    ("Unesp", "group"),
    ("Nectar", "group"),
    ("ANPR", "group"),
    # newspapers
    ("Folha", "publisher"),
    ("Financial Times", "publisher"),
    ("Third World Quarterly", "publisher"),
    # films, songs, albums, exhibitions
    ("Stronger", "work"),
    ("Breathe", "work"),
    ("Superwoman", "work"),
    ("Pawn it All", "work"),
    ("Refazenda", "work"),
    ("Lugar Comum", "work"),
    ("Flor de Maracujá", "work"),
    ("Matrix", "work"),
    ("Star Wars", "work"),
    ("West Wing", "work"),
    ("Queermuseu", "work"),
    # bands
    ("Beatles", "band"),
    ("Skank", "band"),
    ("The Voidz", "band"),
]


def sentences(repo: Path) -> dict[int, list[tuple[int, str]]]:
    """The test file's sentences by document number: (sentence number, text)."""
    gd = repo / ".git" if (repo / ".git").exists() else repo
    raw = subprocess.run(
        ["git", "--git-dir", str(gd), "show", f"{UD_COMMIT}:{TEST_FILE}"],
        capture_output=True,
        check=True,
    ).stdout.decode("utf-8")
    docs: dict[int, list[tuple[int, str]]] = defaultdict(list)
    sid = ""
    for line in raw.splitlines():
        if line.startswith("# sent_id"):
            sid = line.split("=", 1)[1].strip()
        elif line.startswith("# text"):
            m = re.match(r"FOLHA_DOC(\d+)_SENT(\d+)", sid)
            if m:
                docs[int(m.group(1))].append((int(m.group(2)), line.split("=", 1)[1].strip()))
    return docs


def probe27_docs(docs: dict[int, list[tuple[int, str]]]) -> set[int]:
    """The 16 documents probe27 translated (its build_pt.py's draw, repeated)."""
    pool = sorted(f"{d:06d}" for d, s in docs.items() if 8 <= len(s) <= 30)
    return {int(d) for d in random.Random(27).sample(pool, 16)}


def marks(text: str) -> list[dict[str, str]]:
    """The paragraph's handles, hashtags and written addresses, each once."""
    out: list[dict[str, str]] = []
    found = [("handle", m.group(0)) for m in HANDLE.finditer(text)]
    found += [("hashtag", m.group(0)) for m in HASHTAG.finditer(text)]
    found += [("url", m.group(1) or m.group(2)) for m in URL.finditer(text)]
    for kind, tok in found:
        t = {"kind": kind, "token": tok}
        if t not in out:
            out.append(t)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--porttinari", type=Path, required=True)
    ap.add_argument(
        "out", nargs="?", type=Path, default=ROOT / "benchmarks/data/untranslatables_q.jsonl"
    )
    args = ap.parse_args(argv)
    docs = sentences(args.porttinari)
    skip = probe27_docs(docs)
    paras: list[tuple[str, str]] = []
    lower: Counter[str] = Counter()
    for d in sorted(docs):
        if d in skip:
            continue
        sents = [t for _, t in sorted(docs[d])]
        for i in range(0, len(sents), PARA):
            text = " ".join(sents[i : i + PARA])
            label = f"UD_Portuguese-Porttinari {TEST_FILE} FOLHA_DOC{d:06d} ({UD_COMMIT[:8]})"
            paras.append((label, text))
            lower.update(w for w in re.findall(r"[A-Za-zÀ-ÿ]+", text) if w.islower())
    items: list[dict[str, Any]] = []
    all_names = [t for t, _ in NAMES]

    def add(name: str, text: str, toks: list[dict[str, str]], ctl: list[str]) -> None:
        items.append(
            {
                "id": f"q{len(items) + 1:03d}",
                "from": "pt",
                "to": "en",
                "source": name,
                "text": text,
                "tokens": toks,
                "controls": [w for w in ctl if w not in NOT_CONTROL],
            }
        )

    left = list(NAMES)
    for name, p in paras:
        here = [(t, k) for t, k in left if _has(t, p)]
        if not here:
            continue
        toks = [{"kind": k, "token": t} for t, k in NAMES if _has(t, p)]
        toks += [m for m in marks(p) if m not in toks]
        add(name, p, toks, controls(p, "", all_names, lower))
        left = [x for x in left if x not in here]
    for name, p in paras:
        if any(i["text"] == p for i in items) or not marks(p):
            continue
        toks = [{"kind": k, "token": t} for t, k in NAMES if _has(t, p)]
        toks += [m for m in marks(p) if m not in toks]
        add(name, p, toks, controls(p, "", all_names, lower))
    for n, (name, p) in enumerate(paras):
        if n % STEP or any(_has(t, p) for t in all_names) or any(i["text"] == p for i in items):
            continue
        ctl = controls(p, "", all_names, lower)
        if ctl:
            add(name, p, marks(p), ctl)
    args.out.write_text(
        "".join(json.dumps(i, ensure_ascii=False) + "\n" for i in items), encoding="utf-8"
    )
    n_tok = sum(len(i["tokens"]) for i in items)
    n_ctl = sum(len(i["controls"]) for i in items)
    kinds = Counter(t["kind"] for i in items for t in i["tokens"])
    print(
        f"{len(docs) - len(skip)} documents, {len(paras)} candidates, {len(items)} items, "
        f"{n_tok} tokens {dict(kinds)}, {n_ctl} controls -> {args.out}"
    )
    for t, _ in left:
        print("  not taken:", t)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
