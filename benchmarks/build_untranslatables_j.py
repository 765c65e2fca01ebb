"""Build untranslatables SET J: names made of common words, en -> pt-BR, new text (EWT).

    python benchmarks/build_untranslatables_j.py --ewt DIR [OUT]
        DIR: a checkout (or bare mirror) of https://github.com/UniversalDependencies/UD_English-EWT
        at EWT_COMMIT
    OUT: benchmarks/data/untranslatables_j.jsonl (default)

Set i was tuned on by the untrans20 pass (a development set now). Set j is written by untrans21
BEFORE any code of its pass, from real text that no untranslatables set (c to i: WCXB, fundus,
trafilatura's evaluation pages, goose3, python-docs-pt-br, GUM) and no folder of
``tests/data/realworld`` uses: the source documents of the English Web Treebank
(UniversalDependencies/UD_English-EWT, ``not-to-release/sources/<genre>/*.conllu``, commit below),
of five genres: ``answers`` (Yahoo! Answers), ``email`` (the Enron corpus), ``newsgroup`` (Google
Groups), ``reviews`` (Google local reviews) and ``weblog`` (blogs), 2003-2011. The treebank is
distributed under CC BY-SA 4.0 (its ``LICENSE.txt``); the texts are their writers'. Only
en -> pt-BR: no Portuguese text of a source no set used was at hand.

**Paragraphs.** A document's paragraphs are its ``# newpar`` groups of sentences (``# text =``
lines joined by one space), each once. EWT documents have no headline.

**Rule (written and committed before any run).** ``NAMES`` below lists per document the tokens
that must be in the translation **verbatim** (case sensitive, whole words), by kind, as sets e to
i: names made of common words or of a brand's own word (``media``, ``brand``, ``place``,
``work``, ``group``, ``band``, ``team``; a leading "The" is not part of the token; institutions,
ministries, courts, parties, agencies, events and treaties, geographic features and places with a
conventional name in Portuguese are not listed: "Fish and Wildlife Service", "Coast Guard",
"World Trade Center", "Spring Mountain", "Bay Area"; no work with a Brazilian title of its own
is: "Star Wars"); ``model``: a product's name with its model or version ("Nook Color"). The
names were chosen by hand from a list of the documents' runs of two or more capitalised tokens
the treebank tags ``PROPN`` whose words are all common words of the documents (seen 3+ times in
lower case), plus the names beside them in the same sentence. Each token is taken from the first
paragraph of its document that holds it, at most ``PER_PAGE`` name paragraphs per document; a
paragraph is kept when it has 6 to 200 words.

**Controls (over-protection), set d's to i's rule:** a capitalised word (4+ letters) that begins
a sentence of the paragraph that is a common word of the pool (seen in lower case in the
documents read), not a function word, not part of a listed name, not spelled the same in
Portuguese and not in ``NOT_CONTROL``. A control is frozen when the translation carries it as a
whole word, case ignored. Each document also gives up to ``CONTROL_ONLY`` paragraphs (6 to 120
words) that hold no listed name and at least one control.

Written on 2026-12-05 BEFORE the untrans21 pass; its first run is main's
(``benchmarks/results/untrans21-eval_untranslatables_j_before-2026-12-05.txt``). Do not tune
rules on it: once that happens it is a development set.
"""

from __future__ import annotations

import argparse
import hashlib
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
EWT_COMMIT = "15d613d8"
SOURCES = "not-to-release/sources"
PER_PAGE = 6
CONTROL_ONLY = 3
# not controls although the rule finds them (written with the list, before any run): words spelled
# the same in Portuguese ("Email", "Cafeteria")
NOT_CONTROL: frozenset[str] = frozenset({"Email", "Cafeteria"})

_A = "answers/"
_E = "email/"
_N = "newsgroup/groups.google.com_"
_R = "reviews/"
# EWT source document (under SOURCES, without ".xml.conllu") -> [(token, kind)]
NAMES: dict[str, list[tuple[str, str]]] = {
    _A + "20090625143116AAhML1y_ans": [("Burger King", "brand"), ("Taco Bell", "brand")],
    _A + "20111103205154AAOod9K_ans": [("Living Social", "brand")],
    _A + "20111105140228AANN2ZV_ans": [("Home Depot", "brand")],
    _A + "20111106215236AAycANO_ans": [("Breakfast Club", "brand")],
    _A + "20111107173110AA0lVuB_ans": [("Orchestra Hall", "place")],
    _A + "20111108082304AAEbrNs_ans": [("Nook Color", "model"), ("Nook Tablet", "model")],
    _A + "20111108084227AAtbjAp_ans": [("Mobile Phone Exchange", "brand")],
    _E + "enronsent09_01": [("Enron Net Works", "brand")],
    _E + "enronsent19_01": [("Risk Waters Group", "brand")],
    _E + "enronsent25_01": [("Conference Plus", "brand")],
    _E + "enronsent29_02": [("Compaq Center", "place"), ("Comets", "team")],
    _E + "enronsent22_01": [("Houston Petroleum Club", "group")],
    _N + "CognitiveScienceNews_05a0175fc6ece48b": [("Cognitive Science News", "media")],
    _N + "GuildWars_086f0f64ab633ab3": [("Guild Wars", "work")],
    _N + "eHolistic_2dd76f31ceb6bfe8": [
        ("Beyond Control", "band"),
        ("Charter One Bank", "brand"),
    ],
    _N + "eHolistic_b8e32f451114ecc2": [("Rodale Press", "brand")],
    _N + "GayNews_0f9e221229ed0ee5": [("Detroit News", "media")],
    _N + "alt.animals_0b4766087b0d36b7": [("Animal News Center", "media")],
    _N + "alt.animals_0084bdc731bfc8d8": [("Visa Express", "brand")],
    _N + "hiddennook_1fd8f731ae7ffaa0": [
        ("Technology News", "media"),
        ("Wiki Media Foundation", "group"),
    ],
    _N + "n3td3v_e874a1e5eb995654": [("BBC News Online", "media")],
    _N + "GUHarryPotterReaders_75faa7d55aff9230": [("Tale of Terra", "work")],
    _N + "CaptSpasticsJokes_4c06327c7fb39291": [("Joke List", "work")],
    _R + "029870": [("Bright Star Tours", "brand")],
    _R + "030875": [("Slice Pizza", "brand")],
    _R + "047184": [("Award Dance Centre", "brand")],
    _R + "054496": [("Console Pros", "brand")],
    _R + "058009": [("In and Out", "brand")],
    _R + "086839": [("Sun Devil Auto", "brand")],
    _R + "090390": [("Blue Water Bridge Duty Free", "brand")],
    _R + "094621": [("Kitchen Aid", "brand")],
    _R + "096340": [
        ("Hobby Lobby", "brand"),
        ("Just for Fun Fabrics", "brand"),
        ("Interior Mall", "place"),
    ],
    _R + "097507": [("Pie Guy", "brand")],
    _R + "130795": [("Cycle City", "brand"), ("Peachstate Powersports", "brand")],
    _R + "165018": [("Days Inn", "brand")],
    _R + "194830": [("Pets Discount", "brand")],
    _R + "211797": [("Wedding Gallery", "brand")],
    _R + "225632": [("US News", "media")],
    _R + "229410": [("Decor and You", "brand")],
    _R + "229442": [("Family Bagels", "brand"), ("Town Bagel", "brand")],
    _R + "337971": [("Fresh Design Studio", "brand")],
    _R + "371300": [("Ball Square Cafe", "brand")],
    _R + "389298": [("Garage Pros", "brand")],
    _R + "016861": [("Bay View", "brand")],
    _R + "026883": [("Home Delivery Service", "brand")],
}


def _git(repo: Path, *args: str) -> bytes:
    return subprocess.run(
        ["git", "--git-dir", str(repo), *args], capture_output=True, check=True
    ).stdout


def _git_dir(repo: Path) -> Path:
    return repo / ".git" if (repo / ".git").exists() else repo


def _resolve(repo: Path, name: str) -> str:
    """The document's path: NAMES gives its start (newsgroup ids without their time stamp)."""
    listing = _git(_git_dir(repo), "ls-tree", "-r", "--name-only", EWT_COMMIT, SOURCES)
    hits = [p for p in listing.decode().split() if p.startswith(f"{SOURCES}/{name}")]
    if len(hits) != 1:
        raise SystemExit(f"{name}: {len(hits)} documents")
    return hits[0]


def ewt_doc(repo: Path, name: str) -> tuple[str, list[str]]:
    """One EWT source document: its source label and its paragraphs (each once)."""
    path = _resolve(repo, name)
    raw = _git(_git_dir(repo), "show", f"{EWT_COMMIT}:{path}")
    paras: list[list[str]] = []
    for line in raw.decode("utf-8").splitlines():
        if line.startswith("# newpar"):
            paras.append([])
        elif line.startswith("# text = "):
            if not paras:
                paras.append([])
            paras[-1].append(line.split("= ", 1)[1].strip())
    out: list[str] = []
    for sents in paras:
        t = " ".join(" ".join(sents).split())
        if t and t not in out:
            out.append(t)
    return f"EWT {path}", out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--ewt", type=Path, required=True)
    ap.add_argument(
        "out", nargs="?", type=Path, default=ROOT / "benchmarks/data/untranslatables_j.jsonl"
    )
    args = ap.parse_args(argv)
    pages = {src: ewt_doc(args.ewt, src) for src in NAMES}
    seen: set[str] = set()
    for src, (_, paras) in pages.items():  # a duplicate document is read once
        digest = hashlib.sha256("\n".join(paras).encode()).hexdigest()
        if digest in seen:
            raise SystemExit(f"duplicate document: {src}")
        seen.add(digest)
    lower: Counter[str] = Counter()
    for _, paras in pages.values():
        for p in paras:
            lower.update(w for w in re.findall(r"[A-Za-zÀ-ÿ]+", p) if w.islower())
    items: list[dict[str, Any]] = []
    missing = []

    def add(page: str, text: str, toks: list[dict[str, str]], ctl: list[str]) -> None:
        items.append(
            {
                "id": f"j{len(items) + 1:03d}",
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
        left = list(names)
        taken = 0
        for p in paras:
            n_words = len(p.split())
            here = [(t, k) for t, k in left if E._has(t, p)]
            if not here or taken >= PER_PAGE or not 6 <= n_words <= 200:
                continue
            ctl = controls(p, "", [t for t, _ in names], lower)
            add(page, p, [{"kind": k, "token": t} for t, k in here], ctl)
            left = [x for x in left if x not in here]
            taken += 1
        only = 0
        for p in paras:
            if only >= CONTROL_ONLY or any(E._has(t, p) for t, _ in names):
                continue
            if not 6 <= len(p.split()) <= 120:
                continue
            ctl = controls(p, "", [t for t, _ in names], lower)
            if ctl and not any(i["text"] == p for i in items):
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
