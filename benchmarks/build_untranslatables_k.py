"""Build untranslatables SET K: names of works, bodies, products, code and addresses, en -> pt-BR.

    python benchmarks/build_untranslatables_k.py --pud DIR --gentle DIR [OUT]
        DIR: checkouts (or bare mirrors) of https://github.com/UniversalDependencies/UD_English-PUD
        at PUD_COMMIT and https://github.com/UniversalDependencies/UD_English-GENTLE at
        GENTLE_COMMIT
    OUT: benchmarks/data/untranslatables_k.jsonl (default)

Set j was read by the untrans21 pass (a development set now, as c to i). Set k is written by
untrans22 BEFORE any code of its pass, from real text that no untranslatables set (c to j: WCXB,
fundus, trafilatura's evaluation pages, goose3, python-docs-pt-br, GUM, EWT) and no folder of
``tests/data/realworld`` uses:

- ``UD_English-PUD`` (``en_pud-ud-test.conllu``, commit below): 1,000 sentences of news and
  Wikipedia (the CoNLL 2017 parallel test set), CC BY-SA 4.0. One item is one sentence (PUD has
  no paragraphs). (Facts set U used the same file for another issue; no untranslatables set did.)
- ``UD_English-GENTLE`` (``not-to-release/sources/GENTLE_*.conllu``, commit below): 26 documents
  of eight genres (dictionary entries, esports commentary, legal, medical notes, poetry, proofs,
  course syllabuses, threat letters), CC BY-NC-SA 4.0. A paragraph is a ``# newpar`` group of
  sentences (``# text =`` lines joined by one space).

Used as test data only, not redistributed beyond the items quoted. Only en -> pt-BR.

**Rule (written and committed before any run).** ``NAMES`` below lists per document the tokens
that must be in the translation **verbatim** (case sensitive, whole words), by kind, as sets e to
j: names of media, firms and brands, software and products (``brand``; ``model``: a product with
its model or version), bands and teams, works (films, songs, albums, books, games) and named
places that are buildings, venues or places inside a game (``place``); ``url``: an address, kept
as written. Not listed: persons; institutions, universities, ministries, courts, parties,
agencies, events, leagues, awards and treaties; geographic features and places with a
conventional name in Portuguese; works with a Brazilian title of their own ("The Power of Now",
"The Muppets"). The names were chosen by hand from a list of the documents' runs of capitalised
tokens the treebanks tag ``PROPN`` (one word or more, at least one a common word), plus the
brands, software and addresses beside them: a judgement, written down in ``NAMES`` before any
run. Each token is taken from the first paragraph of its document that holds it (all of a
paragraph's listed tokens together); a paragraph is kept when it has 4 to 200 words.

**Controls (over-protection), set d's to j's rule:** a capitalised word (4+ letters) that begins
a sentence of the paragraph that is a common word of the pool (seen in lower case in the
documents read), not a function word, not part of a listed name, not spelled the same in
Portuguese and not in ``NOT_CONTROL``. A control is frozen when the translation carries it as a
whole word, case ignored. Control-only items: from each GENTLE document of ``NAMES`` up to
``CONTROL_ONLY`` paragraphs (6 to 120 words) with no listed name and at least one control; from
PUD every ``PUD_STEP``-th sentence (file order) with no listed name and at least one control.

Written on 2026-12-05 BEFORE the untrans22 pass; its first run is main's
(``benchmarks/results/untrans22-eval_untranslatables_k_before-2026-12-05.txt``). Do not tune
rules on it: once that happens it is a development set.
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
PUD_COMMIT = "f16eba4"
PUD_FILE = "en_pud-ud-test.conllu"
GENTLE_COMMIT = "06bd06f"
GENTLE_DIR = "not-to-release/sources"
CONTROL_ONLY = 3
PUD_STEP = 40
# not controls although the rule finds them (written with the list, before any run)
NOT_CONTROL: frozenset[str] = frozenset()

PUD = "pud"
_G = "gentle:GENTLE_"
# document ("pud" or "gentle:<file without .conllu>") -> [(token, kind)]
NAMES: dict[str, list[tuple[str, str]]] = {
    PUD: [
        ("Associated Press", "media"),
        ("CBC News", "media"),
        ("Google Assistant", "model"),
        ("Siri", "brand"),
        ("Mate 9", "model"),
        ("BBC World Service", "media"),
        ("Bush House", "place"),
        ("Aviva Investors", "brand"),
        ("South Bank Tower", "place"),
        ("Nine News", "media"),
        ("Athina Film", "brand"),
        ("Asty Film", "brand"),
        ("El Greco", "work"),
        ("Ford T", "model"),
        ("Corona Stage Academy", "brand"),
        ("Really Really Love You", "work"),
        ("Shaky Ground", "work"),
        ("Wild West", "work"),
        ("Louis Post Dispatch", "media"),
        ("Stealers Wheel", "band"),
        ("On a Wing and a Prayer", "work"),
        ("Die ZEIT", "media"),
        ("Le Figaro", "media"),
        ("El Mundo", "media"),
        ("Spotify", "brand"),
        ("Tesla", "brand"),
        ("Uber", "brand"),
        ("Snapchat", "brand"),
        ("Moscone North Convention Center", "place"),
        ("Rocket Record Company", "brand"),
        ("Boeing", "brand"),
    ],
    _G + "syllabus_techtonica": [
        ("Techtonica", "brand"),
        ("JavaScript", "brand"),
        ("React", "brand"),
        ("Express", "brand"),
        ("Node", "brand"),
        ("Jest", "brand"),
        ("React Testing Library", "brand"),
        ("Heroku", "brand"),
        ("GitHub", "brand"),
        ("VS Code", "brand"),
        ("Chrome Developer Tools", "brand"),
        ("jQuery", "brand"),
        ("Rithm School", "brand"),
        ("Eloquent JavaScript", "work"),
    ],
    _G + "syllabus_opensource": [
        ("Github", "brand"),
        ("https://github.com/rcos/CSCI-4470-OpenSource", "url"),
        ("https://creativecommons.org/licenses/by-sa/4.0/", "url"),
        ("https://discord.gg/5WEv84aGDz", "url"),
        ("WebEx", "brand"),
        ("Blackboard", "brand"),
        ("Submitty", "brand"),
        ("RCOS", "group"),
        ("Tensor Flow", "brand"),
    ],
    _G + "esports_fifa": [
        ("Manchester City", "team"),
        ("Napoli", "team"),
        ("Genoa", "team"),
    ],
    _G + "esports_fortnite": [
        ("Fortnite", "work"),
        ("Sentinels", "team"),
        ("Loot Lake", "place"),
        ("Pressure Plant", "place"),
    ],
    _G + "medical_anemia": [("Prilosec", "brand"), ("Lopressor", "brand")],
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


def doc(pud: Path, gentle: Path, name: str) -> tuple[str, list[str]]:
    """One document: its source label and its paragraphs (each once)."""
    if name == PUD:
        raw = _git(pud, "show", f"{PUD_COMMIT}:{PUD_FILE}").decode("utf-8")
        return f"UD_English-PUD {PUD_FILE}", _paragraphs(raw, True)
    path = f"{GENTLE_DIR}/{name.split(':', 1)[1]}.conllu"
    raw = _git(gentle, "show", f"{GENTLE_COMMIT}:{path}").decode("utf-8")
    return f"UD_English-GENTLE {path}", _paragraphs(raw, False)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--pud", type=Path, required=True)
    ap.add_argument("--gentle", type=Path, required=True)
    ap.add_argument(
        "out", nargs="?", type=Path, default=ROOT / "benchmarks/data/untranslatables_k.jsonl"
    )
    args = ap.parse_args(argv)
    pages = {src: doc(args.pud, args.gentle, src) for src in NAMES}
    lower: Counter[str] = Counter()
    for _, paras in pages.values():
        for p in paras:
            lower.update(w for w in re.findall(r"[A-Za-zÀ-ÿ]+", p) if w.islower())
    items: list[dict[str, Any]] = []
    missing = []

    def add(page: str, text: str, toks: list[dict[str, str]], ctl: list[str]) -> None:
        items.append(
            {
                "id": f"k{len(items) + 1:03d}",
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
        only = 0
        for n, p in enumerate(paras):
            if any(E._has(t, p) for t in all_names) or any(i["text"] == p for i in items):
                continue
            if not 6 <= len(p.split()) <= 120:
                continue
            if src == PUD and n % PUD_STEP:
                continue
            if src != PUD and only >= CONTROL_ONLY:
                continue
            ctl = controls(p, "", all_names, lower)
            if ctl:
                add(page, p, [], ctl)
                only += 1
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
