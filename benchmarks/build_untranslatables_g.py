"""Build untranslatables SET G: the kinds set f still failed on, in both directions.

    python benchmarks/build_untranslatables_g.py --fundus DIR --pydocs DIR [OUT]
        DIR: checkouts (or bare mirrors) of https://github.com/flairNLP/fundus at FUNDUS_COMMIT
        and https://github.com/python/python-docs-pt-br at PYDOCS_COMMIT (branch 3.14)
    OUT: benchmarks/data/untranslatables_g.jsonl (default)

Set f was spent by the untrans17 pass. Set g is written by untrans18 BEFORE any code of its pass,
from real text that no untranslatables set (a to f) and no folder of ``tests/data/realworld``
uses, of the kinds set f still failed on: a name made of common words at a sentence's start
("Capital Economics senior economist ... said"; here "Flydubai said it would respond ...",
"Vivienne Westwood designed the daring garment ..."), names of firms, groups and works made
of common words ("Fantastic Gardeners", "Epic Games", "Intelligent Search Box"), a place inside
an organisation's or publication's name ("China Airlines", "Philadelphia Magazine", "Japan
National Press Club"), names with letters the engine lacks ("Gunnar Strömmer", "Alaïa",
"Torishéju"):

* **en -> pt-BR**: paragraphs of English news pages of fundus's parser test data
  (``tests/resources/parser/test_data/*/*.json``): the three English publishers that no set and
  no corpus folder took (Reuters, TechRadar, The Japan News), and the pages (parser versions) of
  nine publishers that sets d to f did not take (a fundus JSON holds one page per parser
  version; sets d-f name the version they took in each item's ``source``, and neither corpus
  folder that took fundus pages, ``heldout_d`` and ``heldout_p``, holds these publishers);
* **pt -> en**: entries of python-docs-pt-br outside ``whatsnew/`` (set c) and outside the
  fourteen files sets e and f took, naming products, versions, groups and persons.

**Rule (written and committed before any run).** ``NAMES`` below lists per source the tokens
that must be in the translation **verbatim** (case sensitive, whole words), by kind, as sets e
and f: names made of common words (``media``, ``brand``, ``place``, ``work``, ``group``,
``band``; a leading "The" is not part of the token; institutions, ministries, parties, events
and places with a conventional name in the other language are not listed: "Liberal Democratic
Party", "Pakistan Air Force", "Civil Aviation Authority of Nepal", "US Open", "Subhan Mosque",
and no work whose Brazilian release has a title of its own, "The Silence of the Lambs", is);
``model``: a product's name with its model number ("ATR 72", "Python 2.3"); ``person``: a
person's name as written (one with a letter outside the engine's vocabulary, or a name of common
words). Each token is taken from the first paragraph of its page that holds it (so a name that
also begins a sentence later in the page is scored where it first appears), at most
``PER_PAGE`` name paragraphs per page.

**Controls (over-protection), set d's, e's and f's rule:** every capitalised word of 4+ letters
that begins a sentence of the paragraph, or stands in the item's Title Case headline, that is a
common word of the pool, not a function word, not part of a listed name, not spelled the same in
the other language and not in ``NOT_CONTROL``. A control is frozen when the translation carries
it as a whole word, case ignored. Each fundus page also gives up to ``CONTROL_ONLY`` paragraphs
(6 to 120 words) that hold no listed name and at least one control: items with controls only.

A fundus paragraph has 6 to 200 words, a python-docs entry any length up to 200 words. Written
on 2026-12-05 BEFORE the untrans18 pass; its first run is main's
(``benchmarks/results/untrans18-eval_untranslatables_g_before-2026-12-05.txt``). Do not tune
rules on it: once that happens it is a development set.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import build_untranslatables_e as E
from build_untranslatables_d import controls

ROOT = Path(__file__).resolve().parents[1]
PER_PAGE = 6
CONTROL_ONLY = 3
# not controls although the rule finds them (written with the list, before any run)
NOT_CONTROL: frozenset[str] = frozenset()

# source (a fundus path may name one page: "#<version>") -> [(token, kind)]
NAMES: dict[str, list[tuple[str, str]]] = {
    # -- fundus, English publishers no set and no corpus folder took -> pt-BR
    "fundus:us/Reuters.json": [
        ("flydubai", "brand"),
        ("Flydubai", "brand"),
        ("ATR 72", "model"),
        ("Yeti Airlines", "brand"),
        ("Agence France-Presse", "media"),
        ("Al Jazeera", "media"),
        ("Merkava", "model"),
        ("Alma al-Chaab", "place"),
        ("Thaier Al-Sudani", "person"),
    ],
    "fundus:uk/TechRadar.json": [
        ("Google Search", "brand"),
        ("Google I/O 2026", "work"),
        ("AI Overviews", "brand"),
        ("AI Mode", "brand"),
        ("Intelligent Search Box", "brand"),
    ],
    "fundus:jp/TheJapanNews.json": [
        ("Japan National Press Club", "place"),
        ("Komeito", "party"),
        ("Political Funds Control Law", "work"),
    ],
    # -- fundus, pages (parser versions) sets d to f did not take -> pt-BR
    "fundus:ca/NationalPost.json#V1_1": [
        ("Carnegie Corporation", "group"),
        ("EVA Air", "brand"),
        ("China Airlines", "brand"),
        ("Lashkar-e-Taiba", "group"),
        ("Jaish-e-Mohammed", "group"),
    ],
    "fundus:uk/EuronewsEN.json#V1": [
        ("Dagens Nyheter", "media"),
        ("Advisense", "brand"),
        ("Gunnar Strömmer", "person"),
    ],
    "fundus:uk/TheMirror.json#V1": [
        ("Wren Kitchens", "brand"),
        ("Fantastic Gardeners", "brand"),
    ],
    "fundus:uk/TheMirror.json#V1_2": [
        ("Buffalo Bill", "person"),
        ("Philadelphia Magazine", "media"),
    ],
    "fundus:uk/iNews.json#V1": [
        ("Flushing Meadows", "place"),
        ("Sky Sports", "media"),
    ],
    "fundus:us/BusinessInsider.json#V1": [
        ("Met Gala", "work"),
        ("Roksanda", "brand"),
        ("Louis Vuitton", "brand"),
        ("Alaïa", "brand"),
        ("Vivienne Westwood", "brand"),
        ("Torishéju", "brand"),
        ("Bottega Veneta", "brand"),
    ],
    "fundus:us/RollingStone.json#V1_1": [
        ("River’s Edge", "work"),
        ("Slayer", "band"),
    ],
    "fundus:us/TechCrunch.json#V1_1": [
        ("Strava", "brand"),
        ("Strava Community Hub", "brand"),
        ("Epic Games", "brand"),
        ("Apple Fitness", "brand"),
    ],
    "fundus:us/TheNation.json#V2": [("Granite State", "place")],
    # -- python-docs-pt-br entries -> en
    "pydocs:using/mac.po": [("Python Launcher", "brand"), ("Finder", "brand")],
    "pydocs:using/ios.po": [("iOS Simulator Platform", "brand"), ("Xcode", "brand")],
    "pydocs:library/sqlite3.po": [("Monty Python", "group")],
    "pydocs:faq/general.po": [
        ("Python Software Foundation", "group"),
        ("CWI Quarterly", "media"),
    ],
    "pydocs:howto/mro.po": [("Python 2.3", "model"), ("David Goodger", "person")],
}


def _pages(args: argparse.Namespace, src: str) -> list[tuple[str, str, list[str]]]:
    kind, path = src.split(":", 1)
    if kind == "pydocs":
        return E.pydocs_pages(args.pydocs, path)
    file, _, ver = path.partition("#")
    return [p for p in E.fundus_pages(args.fundus, file) if not ver or p[0] == f"{file}#{ver}"]


def _lang(src: str) -> str:
    return "pt" if src.startswith("pydocs:") else "en"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--fundus", type=Path, required=True)
    ap.add_argument("--pydocs", type=Path, required=True)
    ap.add_argument(
        "out", nargs="?", type=Path, default=ROOT / "benchmarks/data/untranslatables_g.jsonl"
    )
    args = ap.parse_args(argv)
    pages = {src: _pages(args, src) for src in NAMES}
    lower: dict[str, Counter[str]] = {"en": Counter(), "pt": Counter()}
    for src, pl in pages.items():
        for _, _, paras in pl:
            for p in paras:
                lower[_lang(src)].update(w for w in E.re.findall(r"[A-Za-zÀ-ÿ]+", p) if w.islower())
    items: list[dict[str, Any]] = []
    missing = []

    def add(src: str, page: str, text: str, toks: list[dict[str, str]], ctl: list[str]) -> None:
        lang = _lang(src)
        n = sum(i["from"] == lang for i in items) + 1
        items.append(
            {
                "id": f"g{n:03d}" if lang == "en" else f"gp{n:03d}",
                "from": lang,
                "to": "pt-BR" if lang == "en" else "en",
                "source": f"{src.split(':')[0]} {page}",
                "text": text,
                "tokens": toks,
                "controls": [w for w in ctl if w not in NOT_CONTROL],
            }
        )

    for src, names in NAMES.items():
        lang = _lang(src)
        short_ok = not src.startswith("fundus:")
        left = list(names)
        for page, headline, paras in pages[src]:
            taken = 0
            headed = False
            for p in paras:
                n_words = len(p.split())
                here = [(t, k) for t, k in left if E._has(t, p)]
                if not here or taken >= PER_PAGE or n_words > 200 or not (n_words >= 6 or short_ok):
                    continue
                head = headline if headline and E._title_case(headline) and not headed else ""
                headed = headed or bool(head)
                text = (f"# {head}\n\n" if head else "") + p
                ctl = controls(p, head, [t for t, _ in names], lower[lang])
                add(src, page, text, [{"kind": k, "token": t} for t, k in here], ctl)
                left = [x for x in left if x not in here]
                taken += 1
            if src.startswith("fundus:"):
                only = 0
                for p in paras:
                    if only >= CONTROL_ONLY or any(E._has(t, p) for t, _ in names):
                        continue
                    if not 6 <= len(p.split()) <= 120:
                        continue
                    ctl = controls(p, "", [t for t, _ in names], lower[lang])
                    ctl = [w for w in ctl if w not in NOT_CONTROL]
                    if ctl and not any(i["text"].endswith(p) for i in items):
                        add(src, page, p, [], ctl)
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
