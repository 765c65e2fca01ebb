"""Build untranslatables SET M: tweets' handles, hashtags, brands, media, bands, teams, works.

    python benchmarks/build_untranslatables_m.py --tweebank DIR [OUT]
        DIR: a checkout (or bare mirror) of https://github.com/Oneplus/Tweebank at TWEEBANK_COMMIT
    OUT: benchmarks/data/untranslatables_m.jsonl (default)

Set l's second step was untrans23's; set m is written by untrans24 BEFORE any code of its pass,
from real text that no untranslatables set (c to l: WCXB, fundus, trafilatura's evaluation pages,
goose3, python-docs-pt-br, GUM, EWT, PUD, GENTLE, LinES, ParTUT) and no folder of
``tests/data/realworld`` uses:

- ``Tweebank`` v2 (``en-ud-tweet-{train,dev,test}.conllu``, commit below): 3,550 English tweets
  (Tweebank v1's, Gimpel et al.'s, and a sample of the Twitter stream of February to July 2016:
  news outlets' headlines, sports, music, products, job and shop adverts, talk), annotated in
  Universal Dependencies (Liu et al. 2018); CC BY-NC-SA 4.0 (its README's metadata). The
  annotators replaced user names by ``@USERn`` and addresses by ``URLn`` before release; the
  handles are kept as tokens (a handle as the text writes it), the ``URLn`` stand-ins are not
  counted (no address is left in the text).

One item is one tweet (``# text =`` line, white space collapsed), the three files read train, dev,
test in that order. Used as test data only, not redistributed beyond the items quoted. Only
en -> pt-BR. A tweet holding a word of ``VULGAR`` (below, written with the rule) is never taken:
the set stands for text a newsroom would translate.

**Rule (written and committed before any run).** ``NAMES`` below lists the tokens that must be in
the translation **verbatim** (case sensitive, whole words), by kind, as sets e to l: firms, brands,
apps and products (``brand``), newspapers, agencies, broadcasters and sites (``media``), bands
(``band``), clubs and franchises (``team``), shows, films, games and wrestling events with no
Brazilian title (``work``), a product with its model or version (``model``), a class or language
name of code (``code``), hotels, roads and arenas (``place``: names that usage keeps as written
in a Portuguese text). Not listed: persons and characters; institutions, parties, leagues,
agencies of state, events; countries, cities and geographic features; works with a Brazilian
title of their own ("Teen Titans", "Os Jovens Titãs"; "Star Wars" keeps its name in Brazil);
a name only ever written inside another listed name; a name the tweet writes only in capitals or
only in lower case. The names were chosen by hand from a list of the treebank's runs of tokens
tagged ``PROPN``: a judgement, written down in ``NAMES`` before any run. Each name is taken from
the first tweet that holds it with 4 to 60 words and no ``VULGAR`` word (all of that tweet's
listed names together). In every item taken, each handle (``@`` + word) is a ``handle`` token
and each hashtag (``#`` + a word with a letter) a ``hashtag`` token, both verbatim (as set c's).

**Controls (over-protection), set d's to l's rule:** a capitalised word (4+ letters) that begins
a sentence of the item that is a common word of the treebank (seen in lower case in it), not a
function word, not part of a listed name, not spelled the same in Portuguese and not in
``NOT_CONTROL``. A control is frozen when the translation carries it as a whole word, case
ignored. Control-only items: every ``STEP``-th tweet (file order) with 6 to 60 words, no listed
name, no ``VULGAR`` word and at least one control (its handles and hashtags are tokens too).

Written on 2026-12-05 BEFORE the untrans24 pass's code; its first run is main's
(``benchmarks/results/untrans24-eval_untranslatables_m_before-2026-12-05.txt``), read for its
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

from build_untranslatables_d import controls

ROOT = Path(__file__).resolve().parents[1]
TWEEBANK_COMMIT = "2bdd029"
SPLITS = ("train", "dev", "test")
# every STEP-th tweet is a control-only candidate
STEP = 40
# not controls although the rule finds them (written with the list, before any run): none yet
NOT_CONTROL: frozenset[str] = frozenset()
# a tweet with one of these words (case ignored, whole word or its start) is never taken
VULGAR = re.compile(
    r"(?<![A-Za-z])(?:fuck|shit|bitch|nigg|porn|pussy|dick|cock|cunt|whore|slut|sex|ass(?:hole)?\b"
    r"|hoe\b|hoes\b|tits?\b|boob|nude|naked|horny|dildo|rape|fag|retard|damn|wtf|lmao)",
    re.I,
)
HANDLE = re.compile(r"(?<![\w@])@\w+")
HASHTAG = re.compile(r"(?<![\w#&])#\w*[A-Za-z]\w*")

# (token, kind), chosen by hand from the treebank's PROPN runs
NAMES: list[tuple[str, str]] = [
    # brands, firms, apps, products
    ("Twitter", "brand"),
    ("Facebook", "brand"),
    ("Snapchat", "brand"),
    ("Instagram", "brand"),
    ("Amazon", "brand"),
    ("iTunes", "brand"),
    ("Android", "brand"),
    ("YouTube", "brand"),
    ("Google", "brand"),
    ("Gatorade", "brand"),
    ("Yamaha", "brand"),
    ("Siri", "brand"),
    ("Associated Foods", "brand"),
    ("Northrop Grumman", "brand"),
    ("Nintendo", "brand"),
    ("KFC", "brand"),
    ("Dunkin Donuts", "brand"),
    ("Pepsi", "brand"),
    ("PayPal", "brand"),
    ("Eventbrite", "brand"),
    ("Spotify", "brand"),
    ("WhatsApp", "brand"),
    ("eBay", "brand"),
    ("Staples", "brand"),
    ("Louis Vuitton", "brand"),
    ("Red Bull", "brand"),
    ("Starbucks", "brand"),
    ("Epson", "brand"),
    ("Telstra", "brand"),
    ("LloydsPharmacy", "brand"),
    ("Santander UK", "brand"),
    ("Univision Communications", "brand"),
    ("Blackwater", "brand"),
    ("Weleda", "brand"),
    ("Polaroid", "brand"),
    ("Yelp", "brand"),
    ("Alphabet", "brand"),
    ("Waffle House", "brand"),
    ("Calvin Klein", "brand"),
    # media
    ("AP", "media"),
    ("Wall Street Journal", "media"),
    ("New York Times", "media"),
    ("CNET", "media"),
    ("Computerworld", "media"),
    ("Forbes", "media"),
    ("BBC", "media"),
    ("NBC", "media"),
    ("Evening Express", "media"),
    ("Oxford Mail", "media"),
    ("Coventry Telegraph", "media"),
    ("PC Magazine", "media"),
    ("Fort Wayne Journal Gazette", "media"),
    ("euronews", "media"),
    ("Discovery News", "media"),
    ("WMUR", "media"),
    ("Rogers TV", "media"),
    # bands
    ("EXO", "band"),
    ("Fifth Harmony", "band"),
    ("Coldplay", "band"),
    ("AC/DC", "band"),
    ("Super Junior", "band"),
    ("One Direction", "band"),
    ("Linkin Park", "band"),
    ("Green Day", "band"),
    ("Bon Jovi", "band"),
    ("Zac Brown Band", "band"),
    ("OneRepublic", "band"),
    ("Jefferson Starship", "band"),
    # teams
    ("Lakers", "team"),
    ("Manchester United", "team"),
    ("Celtics", "team"),
    ("Real Madrid", "team"),
    ("Arsenal", "team"),
    ("Leicester City", "team"),
    ("Borussia Dortmund", "team"),
    ("Coventry City", "team"),
    ("Seattle Sounders", "team"),
    ("Carolina Panthers", "team"),
    ("Knicks", "team"),
    ("Everton", "team"),
    # works
    ("Jersey Shore", "work"),
    ("Star Wars", "work"),
    ("Hannah Montana", "work"),
    ("Mass Effect", "work"),
    ("Deadpool", "work"),
    ("Guilty Gear", "work"),
    ("Pokemon Go", "work"),
    ("WrestleMania", "work"),
    ("Candy Crush", "work"),
    # models
    ("Huawei P9", "model"),
    ("Lorex LW2003", "model"),
    ("Tesla Model S", "model"),
    ("Samsung Galaxy S6", "model"),
    ("Ferrari F40", "model"),
    ("iPhone 4S", "model"),
    ("Acura NSX", "model"),
    ("Aston DB5", "model"),
    ("Jaguar XKR", "model"),
    ("Xbox Kinect", "model"),
    ("Eclipse V180", "model"),
    # code
    ("C++", "code"),
    ("DataContext", "code"),
    ("ListBox", "code"),
    # places usage keeps as written
    ("Roger Smith Hotel", "place"),
    ("Saintfield Road", "place"),
    ("Annadale Avenue", "place"),
    ("Manchester Arena", "place"),
]


def _git(repo: Path, *args: str) -> bytes:
    gd = repo / ".git" if (repo / ".git").exists() else repo
    return subprocess.run(
        ["git", "--git-dir", str(gd), *args], capture_output=True, check=True
    ).stdout


def tweets(repo: Path) -> list[str]:
    """The treebank's tweets (each once, white space collapsed), train, dev, test."""
    out: list[str] = []
    seen: set[str] = set()
    for split in SPLITS:
        raw = _git(repo, "show", f"{TWEEBANK_COMMIT}:en-ud-tweet-{split}.conllu").decode("utf-8")
        for line in raw.splitlines():
            if line.startswith("# text = "):
                t = " ".join(line.split("= ", 1)[1].split())
                if t and t not in seen:
                    seen.add(t)
                    out.append(t)
    return out


def _has(token: str, text: str) -> bool:
    return re.search(rf"(?<![\w]){re.escape(token)}(?![\w+])", text) is not None


def marks(text: str) -> list[dict[str, str]]:
    """The tweet's handles and hashtags, each once, as tokens."""
    out: list[dict[str, str]] = []
    for kind, rx in (("handle", HANDLE), ("hashtag", HASHTAG)):
        for m in rx.finditer(text):
            tok = {"kind": kind, "token": m.group(0)}
            if tok not in out:
                out.append(tok)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--tweebank", type=Path, required=True)
    ap.add_argument(
        "out", nargs="?", type=Path, default=ROOT / "benchmarks/data/untranslatables_m.jsonl"
    )
    args = ap.parse_args(argv)
    paras = tweets(args.tweebank)
    page = f"Tweebank v2 en-ud-tweet-{{train,dev,test}}.conllu ({TWEEBANK_COMMIT})"
    lower: Counter[str] = Counter()
    for p in paras:
        lower.update(w for w in re.findall(r"[A-Za-zÀ-ÿ]+", p) if w.islower())
    items: list[dict[str, Any]] = []
    all_names = [t for t, _ in NAMES]

    def add(text: str, toks: list[dict[str, str]], ctl: list[str]) -> None:
        items.append(
            {
                "id": f"m{len(items) + 1:03d}",
                "from": "en",
                "to": "pt-BR",
                "source": page,
                "text": text,
                "tokens": toks,
                "controls": [w for w in ctl if w not in NOT_CONTROL],
            }
        )

    left = list(NAMES)
    for p in paras:
        here = [(t, k) for t, k in left if _has(t, p)]
        if not here or not 4 <= len(p.split()) <= 60 or VULGAR.search(p):
            continue
        toks = [{"kind": k, "token": t} for t, k in here] + marks(p)
        add(p, toks, controls(p, "", all_names, lower))
        left = [x for x in left if x not in here]
    for n, p in enumerate(paras):
        if n % STEP or any(_has(t, p) for t in all_names) or any(i["text"] == p for i in items):
            continue
        if not 6 <= len(p.split()) <= 60 or VULGAR.search(p):
            continue
        ctl = controls(p, "", all_names, lower)
        if ctl:
            add(p, marks(p), ctl)
    args.out.write_text(
        "".join(json.dumps(i, ensure_ascii=False) + "\n" for i in items), encoding="utf-8"
    )
    n_tok = sum(len(i["tokens"]) for i in items)
    n_ctl = sum(len(i["controls"]) for i in items)
    kinds = Counter(t["kind"] for i in items for t in i["tokens"])
    print(f"{len(items)} tweets, {n_tok} tokens {dict(kinds)}, {n_ctl} controls -> {args.out}")
    for t, _ in left:
        print("  not taken:", t)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
