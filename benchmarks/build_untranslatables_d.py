"""Build untranslatables SET D: names made of common words, and controls that must be translated.

    python benchmarks/build_untranslatables_d.py --fundus DIR --trafilatura DIR --wcxb DIR [OUT]
        DIR: checkouts (or bare mirrors) of https://github.com/flairNLP/fundus at FUNDUS_COMMIT,
        https://github.com/adbar/trafilatura at TRAF_COMMIT and
        https://github.com/Murrough-Foley/web-content-extraction-benchmark at WCXB_COMMIT
    OUT: benchmarks/data/untranslatables_d.jsonl (default)

Set c left names that are also words out ("no rule from the text alone says which capitalized word
is a name"). Set d is only of that kind, chosen by hand from real text no untranslatables set and
no corpus folder of ``tests/data/realworld`` holds:

* **en -> pt-BR**: paragraphs of the English news pages of fundus's parser test data
  (``tests/resources/parser/test_data/{uk,us,ca,au,za}/*.json``, the publishers' text as fundus
  extracted it: ``body.sections[].paragraphs``, headline ``title``; not the two publishers whose
  fundus pages the corpus's held-out set d took, us/FreeBeacon and tz/DailyNewsTZ; other pages
  of a site the corpus holds are allowed), and two lines of WCXB 1.0's
  ground truth (a signature "Name, Business");
* **pt -> en**: paragraphs of the Brazilian news pages of trafilatura's evaluation data
  (``tests/eval/*.com.br-*.html`` and ``brasil247.com-*``), extracted by ``trafilatura.extract``.

**Rule (written and committed before any run).** ``NAMES`` below lists, per source, names of
these kinds that the source writes with capitalised common words: newspapers, magazines,
broadcasters and websites; publishers, record labels and bookshops; bands and artists; brands,
companies and products; titles of books, films, songs, albums and shows; streets, squares,
districts, venues, parks, lodges and passes; sports teams; parties named with a word; a
signature "Name, Business". Such a token must be in the translation **verbatim** (case
sensitive, whole words). A leading "The" of a newspaper, band or team is not part of the token
(a Portuguese article replaces it: "o Sun", "os Rolling Stones"); that of a title of a work is.
Not listed (their translation is the accepted usage): institutions, ministries, courts, parties
named with a description, universities, events, and places with a conventional Portuguese or
English name ("Cidade do Cabo", "Nova York", "Palácio da Paz"); none of the sources names a
translated title of a work, so no accepted translation is listed.

**Controls (over-protection), from the same text by rule:** every capitalised word of 4+ letters
that begins a sentence of the paragraph, or stands in the item's headline (the page's headline is
the item's first line, ``# headline``, when it is in Title Case: most of its words of 4+ letters
capitalised), and that is a common word (written in lower case at least once in the same pool of
paragraphs of its language), is not a function word (``FUNCTION``), is not part of a listed
name (nor, for a headline word, capitalised inside a sentence of the paragraph:
a name such as "Jon Tester"),
and is not spelled the same in the other language (``SAME``, written with the list). A control
is frozen when the translation carries it as a whole word, case ignored.

At most six paragraphs per source page (in page order, each holding a name not yet taken);
a paragraph has 6 to 200 words (a WCXB signature is its own line). Written on 2026-12-04
BEFORE the untrans15 pass (issue 15, names that are words); its first run is main's
(``benchmarks/results/untrans15-eval_untranslatables_d_before-2026-12-04.txt``). Do not tune
rules on it: once that happens it is a development set.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
FUNDUS_COMMIT = "18da6e5"
TRAF_COMMIT = "HEAD"
WCXB_COMMIT = "c039d5ee9f5a3a984a0e167e63aacd04e76e78a9"
FUNDUS = "tests/resources/parser/test_data/"
PER_PAGE = 6

# source -> [(token, kind)]
# kinds: media, publisher, band, brand, work, place, team, party, signature
NAMES: dict[str, list[tuple[str, str]]] = {
    "fundus:uk/TheIndependent.json": [("Nine News", "media")],
    "fundus:uk/TheMirror.json": [
        ("Times Radio", "media"),
        ("Plymouth Live", "media"),
        ("Guildhall Square", "place"),
        ("Royal Parade", "place"),
        ("Bordesley Green", "place"),
        ("Holiday Inn Express", "brand"),
    ],
    "fundus:uk/Express.json": [("Daily Mail", "media"), ("Sun", "media")],
    "fundus:uk/EveningStandard.json": [
        ("London Standard", "media"),
        ("Downing Street", "place"),
        ("Shed End", "place"),
        ("West Ham", "team"),
    ],
    "fundus:us/BusinessInsider.json": [("Business Insider", "media")],
    "fundus:us/FoxNews.json": [("Fox News Digital", "media")],
    "fundus:us/LATimes.json": [
        ("Los Angeles Times", "media"),
        ("Rolling Stones", "band"),
        ("Isley Brothers", "band"),
        ("Kingdom Come", "band"),
        ("Ice Cube", "band"),
        ("Stax Records", "publisher"),
        ("Kansas City Chiefs", "team"),
        ("Green Bay Packers", "team"),
        ("Red Sox", "team"),
        ("White Sox", "team"),
        ("Fighting Irish", "team"),
        ("Dodger Stadium", "place"),
        ("Exposition Park", "place"),
    ],
    "fundus:us/TheIntercept.json": [
        ("Montana Free Press", "media"),
        ("Washington Post", "media"),
        ("Elbit Systems", "brand"),
    ],
    "fundus:us/TheNation.json": [("Labor Notes", "media"), ("Bud Light", "brand")],
    "fundus:za/DailyMaverick.json": [("Daily Maverick", "media"), ("De Villiers Street", "place")],
    "fundus:ca/NationalPost.json": [
        ("New York Times", "media"),
        ("The Truths We Hold", "work"),
        ("Little Burgundy", "place"),
    ],
    "fundus:us/RestOfWorld.json": [("Rest of World", "media"), ("Phantom Space", "brand")],
    "fundus:us/OccupyDemocrats.json": [("Daily Haymaker", "media")],
    "fundus:au/NineNews.json": [
        ("Truth Social", "brand"),
        ("Wall Street", "place"),
        ("Palm Beach", "place"),
    ],
    "fundus:us/TechCrunch.json": [("Automation Anywhere", "brand")],
    "fundus:uk/EuronewsEN.json": [("Third Bridge", "brand")],
    "fundus:za/DurbanLocal.json": [
        ("Exclusive Books", "publisher"),
        ("Some Unspoken Thing", "work"),
    ],
    "fundus:us/CNBC.json": [("Apex Financial Services", "brand")],
    "fundus:us/RollingStone.json": [("The Tortured Poets Department", "work")],
    "fundus:uk/iNews.json": [("West End", "place"), ("Theatre Royal", "place")],
    "fundus:ca/CanadaCom.json": [
        ("Jasper Park Lodge", "place"),
        ("Point Cabin", "place"),
        ("Barbican Pass", "place"),
    ],
    "fundus:us/Wired.json": [("Bishop Pass", "place")],
    "fundus:us/WashingtonPost.json": [("Kansas City", "place"), ("Oklahoma City", "place")],
    "fundus:uk/TheSun.json": [("Manchester City", "team")],
    "wcxb:dev/ground-truth/0225.json": [("Terriss Clark, Handyman Georgia", "signature")],
    "wcxb:dev/ground-truth/2971.json": [("Eric Berger, Ars Technica", "signature")],
    "traf:brasil247.com-militares.html": [("Estado de S. Paulo", "media")],
    "traf:correio24horas.com.br-PMS.html": [
        ("Avenida Paralela", "place"),
        ("Sete Portas", "place"),
    ],
    "traf:gazetadopovo.com.br-pacheco.html": [("Podemos", "party")],
    "traf:campograndenews.com.br-adolescente.html": [("Ponta Porã", "place")],
}
FUNCTION = frozenset(
    re.findall(
        r"\S+",
        "this that these those there their they them then than what when where which while whom "
        "whose with without from into onto over under about after before also just some such "
        "very more most much many each every other another both either neither here have having "
        "been being were will would could should shall might must does done doing your yours "
        "ours mine hers his her its isso esta este estes estas essa esse essas esses aqui onde "
        "quando como para pelo pela pelos pelas mais muito muita muitos muitas cada outro outra "
        "outros outras também segundo sobre após ainda entre desde seus suas nosso nossa dele "
        "dela eles elas mesmo mesma foram será seria",
    )
)
# common words spelled the same in the other language (case ignored): a frozen one is no harm
SAME = frozenset(
    re.findall(
        r"\S+",
        "hospital social total final normal local global central general federal real regional "
        "nacional internacional animal capital hotel festival natural popular legal canal metal "
        "radio video piano drama diesel campus status bonus menu crime plural virtual digital "
        "ideal moral mental rural vital",
    )
)
_SENT = re.compile(r"(?:^|[.!?…]['\"”’)]?\s+)([\"“‘(]?)([A-ZÀ-Ý][\w'’-]*)")
_WORD = re.compile(r"[A-Za-zÀ-ÿ]+")


def _git(repo: Path, *args: str) -> bytes:
    return subprocess.run(["git", "-C", str(repo), *args], capture_output=True, check=True).stdout


def fundus_pages(repo: Path, path: str) -> list[tuple[str, str, list[str]]]:
    data = json.loads(_git(repo, "show", f"{FUNDUS_COMMIT}:{FUNDUS}{path}"))
    out = []
    for ver, v in sorted(data.items()):
        if isinstance(v, dict):
            paras = [
                p
                for s in (v.get("body") or {}).get("sections", [])
                for p in s.get("paragraphs", [])
            ]
            out.append((f"{path}#{ver}", v.get("title") or "", paras))
    return out


def wcxb_pages(repo: Path, path: str) -> list[tuple[str, str, list[str]]]:
    d = json.loads(_git(repo, "show", f"{WCXB_COMMIT}:{path}"))["ground_truth"]
    return [(path, "", [x.strip() for x in (d.get("main_content") or "").split("\n") if x.strip()])]


def traf_pages(repo: Path, name: str) -> list[tuple[str, str, list[str]]]:
    import trafilatura

    html = _git(repo, "show", f"{TRAF_COMMIT}:tests/eval/{name}").decode("utf-8", "replace")
    text = trafilatura.extract(html) or ""
    meta = trafilatura.extract_metadata(html)
    return [(name, (meta.title if meta else "") or "", [p for p in text.split("\n") if p.strip()])]


def _has(token: str, text: str) -> bool:
    return re.search(rf"(?<![\w]){re.escape(token)}(?![\w])", text) is not None


def _title_case(line: str) -> bool:
    words = [w for w in _WORD.findall(line) if len(w) >= 4]
    return bool(words) and sum(w[0].isupper() for w in words) * 2 > len(words)


def controls(text: str, headline: str, names: list[str], lower: Counter[str]) -> list[str]:
    cands = [m.group(2) for m in _SENT.finditer(text)]
    if headline:
        mid = set(re.findall(r"(?<=[\w,;:] )([A-Z][a-z]+)", text))
        cands += [w for w in _WORD.findall(headline) if w[0].isupper() and w not in mid]
    inside = {w for n in names for w in _WORD.findall(n)}
    out = []
    for w in cands:
        w = w.strip("'’-")
        if (
            len(w) >= 4
            and w.isalpha()
            and w[0].isupper()
            and w not in inside
            and w.lower() not in FUNCTION
            and w.lower() not in SAME
            and lower[w.lower()] >= 1
            and w not in out
        ):
            out.append(w)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--fundus", type=Path, required=True)
    ap.add_argument("--trafilatura", type=Path, required=True)
    ap.add_argument("--wcxb", type=Path, required=True)
    ap.add_argument(
        "out", nargs="?", type=Path, default=ROOT / "benchmarks/data/untranslatables_d.jsonl"
    )
    args = ap.parse_args(argv)
    pages: dict[str, list[tuple[str, str, list[str]]]] = {}
    for src in NAMES:
        kind, path = src.split(":", 1)
        if kind == "fundus":
            pages[src] = fundus_pages(args.fundus, path)
        elif kind == "wcxb":
            pages[src] = wcxb_pages(args.wcxb, path)
        else:
            pages[src] = traf_pages(args.trafilatura, path)
    lower: dict[str, Counter[str]] = {"en": Counter(), "pt": Counter()}
    for src, pl in pages.items():
        lang = "pt" if src.startswith("traf:") else "en"
        for _, _, paras in pl:
            for p in paras:
                lower[lang].update(w for w in _WORD.findall(p) if w.islower())
    items: list[dict[str, Any]] = []
    missing = []
    for src, names in NAMES.items():
        lang = "pt" if src.startswith("traf:") else "en"
        left = list(names)
        for page, headline, paras in pages[src]:
            taken = 0
            for p in paras:
                n_words = len(p.split())
                here = [(t, k) for t, k in left if _has(t, p)]
                if (
                    not here
                    or taken >= PER_PAGE
                    or not (6 <= n_words <= 200 or src.startswith("wcxb:"))
                ):
                    continue
                head = (
                    headline
                    if headline and _title_case(headline) and not items_has(items, page)
                    else ""
                )
                text = (f"# {head}\n\n" if head else "") + p
                toks = [{"kind": k, "token": t} for t, k in here]
                ctl = controls(p, head, [t for t, _ in names], lower[lang])
                items.append(
                    {
                        "id": f"d{len(items) + 1:03d}"
                        if lang == "en"
                        else f"dp{len(items) + 1:03d}",
                        "from": lang,
                        "to": "pt-BR" if lang == "en" else "en",
                        "source": f"{src.split(':')[0]} {page}",
                        "text": text,
                        "tokens": toks,
                        "controls": ctl,
                    }
                )
                left = [x for x in left if x not in here]
                taken += 1
        missing += [f"{src} {t}" for t, _ in left]
    args.out.write_text(
        "".join(json.dumps(i, ensure_ascii=False) + "\n" for i in items), encoding="utf-8"
    )
    n_tok = sum(len(i["tokens"]) for i in items)
    n_ctl = sum(len(i["controls"]) for i in items)
    print(f"{len(items)} paragraphs, {n_tok} name tokens, {n_ctl} controls -> {args.out}")
    for m in missing:
        print("  not taken:", m)
    return 0


def items_has(items: list[dict[str, Any]], page: str) -> bool:
    return any(i["source"].endswith(" " + page) for i in items)


if __name__ == "__main__":
    raise SystemExit(main())
