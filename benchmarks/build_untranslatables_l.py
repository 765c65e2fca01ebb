"""Build untranslatables SET L: products, software, firms, streets, venues, code, addresses.

    python benchmarks/build_untranslatables_l.py --lines DIR --partut DIR [OUT]
        DIR: checkouts (or bare mirrors) of https://github.com/UniversalDependencies/UD_English-LinES
        at LINES_COMMIT and https://github.com/UniversalDependencies/UD_English-ParTUT at
        PARTUT_COMMIT
    OUT: benchmarks/data/untranslatables_l.jsonl (default)

Set k was read by the untrans23 pass's second step (a development set now, as c to j). Set l is
written by untrans23 BEFORE any code of its pass, from real text that no untranslatables set (c to
k: WCXB, fundus, trafilatura's evaluation pages, goose3, python-docs-pt-br, GUM, EWT, PUD,
GENTLE) and no folder of ``tests/data/realworld`` uses:

- ``UD_English-LinES`` (``en_lines-ud-{train,dev,test}.conllu``, commit below): the English half
  of the LinES parallel treebank: seven novels and memoirs (Auster's City of Glass, Rowling's
  Chamber of Secrets, Bellow, Conrad, Gordimer, Winterson, Cusk), Microsoft Access 2002's online
  help, Europarl; CC BY-NC-SA 4.0.
- ``UD_English-ParTUT`` (``en_partut-ud-{train,dev,test}.conllu``, commit below): Project
  Syndicate commentary, Facebook's help and advertising pages, Wikipedia, talks, EU legal text,
  the Creative Commons licence; CC BY-NC-SA 4.0.

Neither treebank keeps paragraphs: one item is one sentence (``# text =`` line), the three files
of a treebank read train, dev, test in that order. Used as test data only, not redistributed
beyond the items quoted. Only en -> pt-BR. No handle or hashtag stands in either treebank.

**Rule (written and committed before any run).** ``NAMES`` below lists per treebank the tokens
that must be in the translation **verbatim** (case sensitive, whole words), by kind, as sets e to
k: firms, brands, software and products (``brand``; ``model``: a product with its model, version
or a named model of a product line), media, streets, squares, parks, hotels, bars and theatres
(``place``: names that usage keeps as written in a Portuguese text), works with no Brazilian
title; ``code``: a file name, an extension or a property name of the manual, kept as written;
``url``: an address. Not listed: persons and fictional characters; institutions, universities,
parties, agencies, events and treaties; countries, cities and geographic features; works with a
Brazilian title of their own ("Hamlet", "Don Quixote", "Ulysses"); a name only ever written
inside another listed name. The names were chosen by hand from a list of the treebanks' runs of
tokens tagged ``PROPN`` (one word or more), plus the file names, extensions and addresses of the
manual and the help pages: a judgement, written down in ``NAMES`` before any run. Each token is
taken from the first sentence of its treebank that holds it with 4 to 200 words (all of that
sentence's listed tokens together).

**Controls (over-protection), set d's to k's rule:** a capitalised word (4+ letters) that begins
a sentence of the item that is a common word of the treebank (seen in lower case in it), not a
function word, not part of a listed name, not spelled the same in Portuguese and not in
``NOT_CONTROL``. A control is frozen when the translation carries it as a whole word, case
ignored. Control-only items: every ``STEP``-th sentence of a treebank (file order) with 6 to
120 words, no listed name and at least one control.

Written on 2026-12-05 BEFORE the untrans23 pass's code; its first run is main's
(``benchmarks/results/untrans23-eval_untranslatables_l_before-2026-12-05.txt``), read for its
totals only. Do not tune rules on it: once that happens it is a development set.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import build_untranslatables_e as E
from build_untranslatables_d import controls

ROOT = Path(__file__).resolve().parents[1]
LINES_COMMIT = "3092743"
PARTUT_COMMIT = "bd9434b"
SPLITS = ("train", "dev", "test")
# every STEP-th sentence of a treebank is a control-only candidate
STEP = {"lines": 100, "partut": 40}
# not controls although the rule finds them (written with the list, before any run)
# "Dengue", "Universal": spelled the same in Portuguese; "Office": Microsoft's product name
# ("Office Data Connection", kept as "Office" in pt-BR)
NOT_CONTROL: frozenset[str] = frozenset({"Dengue", "Universal", "Office"})

LINES = "lines"
PARTUT = "partut"
# treebank -> [(token, kind)]
NAMES: dict[str, list[tuple[str, str]]] = {
    LINES: [
        ("Microsoft Access", "brand"),
        ("Access 2002", "model"),
        ("ADOX", "brand"),
        ("Jet SQL", "brand"),
        ("ReportML", "brand"),
        ("ConnectionString", "code"),
        ("Msaccess.exe", "code"),
        ("_report.xml", "code"),
        ("pagefilename.bak.htm", "code"),
        (".mdb", "code"),
        (".udl", "code"),
        (".odc", "code"),
        ("http://officeupdate.microsoft.com/", "url"),
        ("Excel", "brand"),
        ("Word", "brand"),
        ("Microsoft FrontPage", "brand"),
        ("Internet Explorer", "brand"),
        ("Windows NT", "brand"),
        ("Privet Drive", "place"),
        ("Diagon Alley", "place"),
        ("Knockturn Alley", "place"),
        ("Madison Avenue", "place"),
        ("Amsterdam Avenue", "place"),
        ("Riverside Park", "place"),
        ("Fleet Street", "place"),
        ("Algonquin Hotel", "place"),
        ("Sputnik Bar", "place"),
        ("Gringotts", "brand"),
        ("Cunard", "brand"),
        ("Trafalgar House Investments", "brand"),
        ("Trident Shipping", "brand"),
        ("J Walter Thompson", "brand"),
        ("Formica", "brand"),
        ("Remington", "brand"),
        ("Nimbus Two Thousand", "model"),
        ("Shooting Star", "model"),
        ("QE2", "model"),
        ("Le Monde", "media"),
        ("New Yorker", "media"),
        ("Suicide Squeeze", "work"),
    ],
    PARTUT: [
        ("www.facebook.com", "url"),
        ("Facebook Adverts", "brand"),
        ("News Feed", "brand"),
        ("Google Adwords", "brand"),
        ("CM Photographics", "brand"),
        ("Storquest", "brand"),
        ("Lehman Brothers", "brand"),
        ("Porsche", "brand"),
        ("Twitter", "brand"),
        ("Oxitec", "brand"),
        ("Styrofoam", "brand"),
        ("Globe Theatre", "place"),
        ("Blackfriars", "place"),
        ("Cannery Row", "place"),
    ],
}


def _git(repo: Path, *args: str) -> bytes:
    gd = repo / ".git" if (repo / ".git").exists() else repo
    return subprocess.run(
        ["git", "--git-dir", str(gd), *args], capture_output=True, check=True
    ).stdout


def _paragraphs(raw: str, by_sentence: bool) -> list[str]:
    paras: list[list[str]] = []
    for line in raw.splitlines():
        if line.startswith("# newpar") and not by_sentence:
            paras.append([])
        elif line.startswith("# text = "):
            if by_sentence or not paras:
                paras.append([])
            paras[-1].append(line.split("= ", 1)[1].strip())
    out: list[str] = []
    for sents in paras:
        t = " ".join(" ".join(sents).split())
        if t and t not in out:
            out.append(t)
    return out


def doc(lines: Path, partut: Path, name: str) -> tuple[str, list[str]]:
    """One treebank: its source label and its sentences (each once), train, dev, test."""
    repo, commit, stem = (
        (lines, LINES_COMMIT, "en_lines") if name == LINES else (partut, PARTUT_COMMIT, "en_partut")
    )
    sents: list[str] = []
    for split in SPLITS:
        raw = _git(repo, "show", f"{commit}:{stem}-ud-{split}.conllu").decode("utf-8")
        sents += [t for t in _paragraphs(raw, True) if t not in sents]
    label = "UD_English-LinES" if name == LINES else "UD_English-ParTUT"
    return f"{label} {stem}-ud-{{train,dev,test}}.conllu", sents


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--lines", type=Path, required=True)
    ap.add_argument("--partut", type=Path, required=True)
    ap.add_argument(
        "out", nargs="?", type=Path, default=ROOT / "benchmarks/data/untranslatables_l.jsonl"
    )
    args = ap.parse_args(argv)
    pages = {src: doc(args.lines, args.partut, src) for src in NAMES}
    lower: Counter[str] = Counter()
    for _, paras in pages.values():
        for p in paras:
            lower.update(w for w in re.findall(r"[A-Za-zÀ-ÿ]+", p) if w.islower())
    items: list[dict[str, Any]] = []
    missing = []

    def add(page: str, text: str, toks: list[dict[str, str]], ctl: list[str]) -> None:
        items.append(
            {
                "id": f"l{len(items) + 1:03d}",
                "from": "en",
                "to": "pt-BR",
                "source": page,
                "text": text,
                "tokens": toks,
                "controls": [w for w in ctl if w not in NOT_CONTROL],
            }
        )

    for src, names in NAMES.items():
        page, paras = pages[src]
        all_names = [t for t, _ in names]
        left = list(names)
        for p in paras:
            here = [(t, k) for t, k in left if E._has(t, p)]
            if not here or not 4 <= len(p.split()) <= 200:
                continue
            toks = [{"kind": k, "token": t} for t, k in here]
            add(page, p, toks, controls(p, "", all_names, lower))
            left = [x for x in left if x not in here]
        for n, p in enumerate(paras):
            if any(E._has(t, p) for t in all_names) or any(i["text"] == p for i in items):
                continue
            if not 6 <= len(p.split()) <= 120:
                continue
            if n % STEP[src]:
                continue
            ctl = controls(p, "", all_names, lower)
            if ctl:
                add(page, p, [], ctl)
        missing += [f"{src} {t}" for t, _ in left]
    args.out.write_text(
        "".join(json.dumps(i, ensure_ascii=False) + "\n" for i in items), encoding="utf-8"
    )
    n_tok = sum(len(i["tokens"]) for i in items)
    n_ctl = sum(len(i["controls"]) for i in items)
    kinds = Counter(t["kind"] for i in items for t in i["tokens"])
    print(f"{len(items)} paragraphs, {n_tok} tokens {dict(kinds)}, {n_ctl} controls -> {args.out}")
    for m in missing:
        print("  not taken:", m)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
