"""Build untranslatables SET I: names made of common words, en -> pt-BR, new text (GUM).

    python benchmarks/build_untranslatables_i.py --gum DIR [OUT]
        DIR: a checkout (or bare mirror) of https://github.com/UniversalDependencies/UD_English-GUM
        at GUM_COMMIT
    OUT: benchmarks/data/untranslatables_i.jsonl (default)

Set h was tuned on by the untrans19 pass (a development set now). Set i is written by untrans20
BEFORE any code of its pass, from real text that no untranslatables set (c to h: WCXB, fundus,
trafilatura's evaluation pages, goose3, python-docs-pt-br) and no folder of
``tests/data/realworld`` uses: the source documents of the GUM corpus (Georgetown University
Multilayer corpus, UD_English-GUM ``not-to-release/sources/GUM_*.conllu``, commit below), of four
genres: ``news`` and ``interview`` (Wikinews, CC BY 2.5), ``voyage`` (Wikivoyage, CC BY-SA 3.0)
and ``whow`` (wikiHow, CC BY-NC-SA 3.0); the treebank is distributed under CC BY-NC-SA 4.0 (its
README), the licences of the texts are their sources'. Only en -> pt-BR: no Portuguese text of
a source no set used was at hand.

**Paragraphs.** A document's paragraphs are its ``# newpar`` groups of sentences (``# text =``
lines joined by one space); groups the corpus marks as headings (``newpar_block = head``) are not
paragraphs. A document's headline is its ``meta::title``.

**Rule (written and committed before any run).** ``NAMES`` below lists per document the tokens
that must be in the translation **verbatim** (case sensitive, whole words), by kind, as sets e to
h: names made of common words or of a brand's own word (``media``, ``brand``, ``place``,
``work``, ``group``, ``band``, ``team``; a leading "The" is not part of the token; institutions,
ministries, courts, parties, events, competitions and treaties, and places with a conventional
name in Portuguese are not listed: "United Nations", "Home Office", "Civic Party", "World Cup",
"Google Science Fair", "New Zealand", "Mojave Desert"; no work with a Brazilian title of its own
is: "Pride and Prejudice", "Easy Rider", "Free Culture"); ``model``: a product's name with its
model number or version ("Windows XP"). Each token is taken from the first paragraph of its
document that holds it, at most ``PER_PAGE`` name paragraphs per document; a paragraph is kept
when it has 6 to 200 words.

**Controls (over-protection), set d's to h's rule:** a capitalised word (4+ letters) that begins
a sentence of the paragraph, or stands in the item's Title Case headline, that is a common word of
the pool (seen in lower case in the documents read), not a function word, not part of a listed
name, not spelled the same in Portuguese and not in ``NOT_CONTROL``. A control is frozen when the
translation carries it as a whole word, case ignored. Each document also gives up to
``CONTROL_ONLY`` paragraphs (6 to 120 words) that hold no listed name and at least one control.

Written on 2026-12-05 BEFORE the untrans20 pass; its first run is main's
(``benchmarks/results/untrans20-eval_untranslatables_i_before-2026-12-05.txt``). Do not tune
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
from build_untranslatables_d import _title_case, controls

ROOT = Path(__file__).resolve().parents[1]
GUM_COMMIT = "afb41ee"
PER_PAGE = 6
CONTROL_ONLY = 3
# not controls although the rule finds them (written with the list, before any run): a person's
# name ("Santorum"), a word of a place's name ("Fort Lee") and a word spelled the same in
# Portuguese ("Aerogel")
NOT_CONTROL: frozenset[str] = frozenset({"Santorum", "Fort", "Aerogel"})

# GUM document -> [(token, kind)]
NAMES: dict[str, list[tuple[str, str]]] = {
    "GUM_interview_brotherhood": [
        ("International Brotherhood of Magicians", "group"),
        ("Magic Circle", "group"),
    ],
    "GUM_interview_chomsky": [("Republic Windows and Doors", "brand")],
    "GUM_interview_cocktail": [
        ("Savage Love", "work"),
        ("Saturday Morning Breakfast Cereal", "work"),
        ("Pacific Standard", "brand"),
        ("Brooklyn Paper", "media"),
        ("Baileys Irish Cream", "brand"),
        ("Canadian Press", "media"),
    ],
    "GUM_interview_gaming": [
        ("Heaven Sent Gaming", "brand"),
        ("Thad's World Destruction", "work"),
    ],
    "GUM_interview_herrick": [
        ("Creative Commons", "group"),
        ("Google Analytics", "brand"),
        ("Wikimedia Foundation", "group"),
    ],
    "GUM_interview_mcguire": [("LibriVox", "brand")],
    "GUM_interview_mckenzie": [("Gliders", "team")],
    "GUM_interview_onion": [
        ("Onion", "media"),
        ("AM New York", "media"),
        ("Second City", "group"),
        ("US Weekly", "media"),
    ],
    "GUM_interview_shalev": [("Dark Matters", "work")],
    "GUM_interview_stardust": [("Stardust", "brand"), ("Virtual Microscope", "brand")],
    "GUM_news_asylum": [("ABC News", "media")],
    "GUM_news_clock": [
        ("Deseret News", "media"),
        ("Straits Times", "media"),
        ("Mountain View", "place"),
    ],
    "GUM_news_crane": [("Saudi Gazette", "media")],
    "GUM_news_defector": [
        ("Sea Org", "group"),
        ("Blown for Good", "work"),
        ("Freedom Magazine", "media"),
        ("LA Weekly", "media"),
    ],
    "GUM_news_expo": [
        ("Angel Catbird", "work"),
        ("PlayStation VR", "model"),
        ("Arkham VR", "work"),
        ("Immortals", "team"),
        ("Klingon Assault Group", "group"),
        ("Epic Mickey", "work"),
    ],
    "GUM_news_flag": [("New Zealand Herald", "media")],
    "GUM_news_hackers": [
        ("Operation Clambake", "work"),
        ("Globe and Mail", "media"),
        ("BBC News", "media"),
    ],
    "GUM_news_homeopathic": [("Sydney Morning Herald", "media")],
    "GUM_news_ie9": [
        ("Internet Explorer", "brand"),
        ("Google Chrome", "brand"),
        ("Windows XP", "model"),
    ],
    "GUM_news_imprisoned": [("Freewinds", "brand"), ("Flag Land Base", "place")],
    "GUM_news_iodine": [("Medical Journal of Australia", "media")],
    "GUM_news_nasa": [
        ("Atlantis", "brand"),
        ("Enterprise", "brand"),
        ("Discovery", "brand"),
        ("Endeavour", "brand"),
    ],
    "GUM_news_questionnaire": [("Sky News", "media"), ("GB News", "media")],
    "GUM_news_sensitive": [("CBC News", "media"), ("Hells Angels", "group")],
    "GUM_news_soccer": [("Fisht Stadium", "place"), ("Volgograd Arena", "place")],
    "GUM_news_warhol": [
        ("Silver Clouds", "work"),
        ("Campbell Soup", "brand"),
        ("Kool Aid", "brand"),
        ("Velvet Underground", "band"),
        ("Duran Duran", "band"),
        ("Rolling Stone", "media"),
    ],
    "GUM_news_warming": [("Nature Climate Change", "media"), ("Huffington Post", "media")],
    "GUM_voyage_chatham": [("Black Robin Freighters", "brand"), ("Henga Lodge", "brand")],
    "GUM_voyage_cleveland": [("Travel and Leisure", "media"), ("QuickenLoans Arena", "place")],
    "GUM_voyage_fortlee": [
        ("Fairway Market", "brand"),
        ("Metropolitan Plants", "brand"),
        ("Little Red Light House", "place"),
    ],
    "GUM_voyage_guadeloupe": [("Club Med", "brand"), ("Petite Terre", "place")],
    "GUM_voyage_oakland": [
        ("Jack London Square", "place"),
        ("Lake Merritt", "place"),
        ("Grand Lake Theater", "place"),
    ],
    "GUM_voyage_phoenix": [
        ("Sky Harbor", "place"),
        ("Southwest Airlines", "brand"),
        ("Sun Country", "brand"),
        ("Queen Creek", "place"),
        ("Fountain Hills", "place"),
    ],
    "GUM_voyage_tulsa": [("Broken Arrow", "place"), ("Sand Springs", "place")],
    "GUM_whow_flirt": [("Facebook Chat", "brand")],
    "GUM_whow_glowstick": [
        ("Mountain Dew", "brand"),
        ("Alfa Aesar", "brand"),
        ("Sigma Aldrich", "brand"),
    ],
    "GUM_whow_quidditch": [
        ("Harry Potter", "work"),
        ("International Quidditch Association", "group"),
    ],
}


def _git(repo: Path, *args: str) -> bytes:
    return subprocess.run(
        ["git", "--git-dir", str(repo), *args], capture_output=True, check=True
    ).stdout


def _git_dir(repo: Path) -> Path:
    return repo / ".git" if (repo / ".git").exists() else repo


def gum_doc(repo: Path, name: str) -> tuple[str, str, list[str]]:
    """One GUM document: its source label, its headline and its paragraphs (each once)."""
    raw = _git(_git_dir(repo), "show", f"{GUM_COMMIT}:not-to-release/sources/{name}.conllu")
    title = ""
    paras: list[tuple[bool, list[str]]] = []
    for line in raw.decode("utf-8").splitlines():
        if line.startswith("# meta::title = "):
            title = line.split("= ", 1)[1].strip()
        elif line == "# newpar" or line.startswith("# newpar_block = "):
            block = line.split("= ", 1)[1] if "=" in line else ""
            paras.append((block.split("|")[0].strip().startswith("head"), []))
        elif line.startswith("# text = "):
            if not paras:
                paras.append((False, []))
            paras[-1][1].append(line.split("= ", 1)[1].strip())
    out: list[str] = []
    for head, sents in paras:
        t = " ".join(" ".join(sents).split())
        if not head and t and t not in out:
            out.append(t)
    return f"GUM not-to-release/sources/{name}.conllu", title, out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--gum", type=Path, required=True)
    ap.add_argument(
        "out", nargs="?", type=Path, default=ROOT / "benchmarks/data/untranslatables_i.jsonl"
    )
    args = ap.parse_args(argv)
    pages = {src: gum_doc(args.gum, src) for src in NAMES}
    seen: set[str] = set()
    for src, (_, _, paras) in pages.items():  # a duplicate document is read once
        digest = hashlib.sha256("\n".join(paras).encode()).hexdigest()
        if digest in seen:
            raise SystemExit(f"duplicate document: {src}")
        seen.add(digest)
    lower: Counter[str] = Counter()
    for _, _, paras in pages.values():
        for p in paras:
            lower.update(w for w in re.findall(r"[A-Za-zÀ-ÿ]+", p) if w.islower())
    items: list[dict[str, Any]] = []
    missing = []

    def add(page: str, text: str, toks: list[dict[str, str]], ctl: list[str]) -> None:
        items.append(
            {
                "id": f"i{len(items) + 1:03d}",
                "from": "en",
                "to": "pt-BR",
                "source": page,
                "text": text,
                "tokens": toks,
                "controls": [w for w in ctl if w not in NOT_CONTROL],
            }
        )

    for src, names in NAMES.items():
        page, headline, paras = pages[src]
        left = list(names)
        taken = 0
        headed = False
        for p in paras:
            n_words = len(p.split())
            here = [(t, k) for t, k in left if E._has(t, p)]
            if not here or taken >= PER_PAGE or not 6 <= n_words <= 200:
                continue
            head = headline if headline and _title_case(headline) and not headed else ""
            headed = headed or bool(head)
            text = (f"# {head}\n\n" if head else "") + p
            ctl = controls(p, head, [t for t, _ in names], lower)
            add(page, text, [{"kind": k, "token": t} for t, k in here], ctl)
            left = [x for x in left if x not in here]
            taken += 1
        only = 0
        for p in paras:
            if only >= CONTROL_ONLY or any(E._has(t, p) for t, _ in names):
                continue
            if not 6 <= len(p.split()) <= 120:
                continue
            ctl = controls(p, "", [t for t, _ in names], lower)
            if ctl and not any(i["text"].endswith(p) for i in items):
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
