"""Build untranslatables SET F: the kinds set e still failed on, in both directions.

    python benchmarks/build_untranslatables_f.py --fundus DIR --wcxb DIR --pydocs DIR [OUT]
        DIR: checkouts (or bare mirrors) of https://github.com/flairNLP/fundus at FUNDUS_COMMIT,
        https://github.com/Murrough-Foley/web-content-extraction-benchmark at WCXB_COMMIT and
        https://github.com/python/python-docs-pt-br at PYDOCS_COMMIT (branch 3.14)
    OUT: benchmarks/data/untranslatables_f.jsonl (default)

Set e was spent by the untrans16 pass. Set f is written by untrans17 BEFORE any code of its pass,
from real text that no untranslatables set (a to e) and no folder of ``tests/data/realworld``
uses, of the kinds set e still failed on (names made of common words with no evidence but
capitals, shops and companies after "@", products whose model number is a number alone, photo
credits naming an agency or a studio, titles of works, names with letters the engine lacks):

* **en -> pt-BR**: paragraphs of English news pages of fundus's parser test data
  (``tests/resources/parser/test_data/*/*.json``) of publishers that neither set d nor set e nor
  any corpus folder took (Financial Post, The Province, Lesotho Times, Malay Mail, The Portugal
  News, The Telegraph, The Guardian, Free Beacon, Times of India, CBC News, Daily News TZ), and
  lines of WCXB 1.0's ground truth (``main_content``) of pages whose file id no corpus folder and
  no set c/d/e item uses (game news, product and parts lists, a reader's notes app, a trip
  report, a security advisory, speakers' signatures "Name, CEO @ Company", photo credits);
* **pt -> en**: entries of python-docs-pt-br outside ``whatsnew/`` and outside the six files set
  e took, naming products, versions and projects.

**Rule (written and committed before any run).** ``NAMES`` below lists per source the tokens
that must be in the translation **verbatim** (case sensitive, whole words), by kind, as set e:
names made of common words (``media``, ``brand``, ``place``, ``work``, ``party``, ``group``; a
leading "The" is not part of the token; institutions, ministries, events and places with a
conventional name in the other language are not listed: "Bank of Montreal", "National Guard",
"London Fashion Week" are not); ``model``: a product's name with its model number, brand to
number ("Nintendo Switch 2", "iPhone 13 mini", "Boeing 777-300ER", "Visual Studio 2017");
``person``: a name written with a letter outside the engine's vocabulary or the target's
alphabet (š, é, á) as written; ``signature``: the named parts of "Name, Title @ Business" (the
person and the business each survive; the title may be translated); ``credit``: the
photographer, studio or agency of a credit line.

**Controls (over-protection), set d's and e's rule:** every capitalised word of 4+ letters that
begins a sentence of the paragraph, or stands in the item's Title Case headline, that is a common
word of the pool, not a function word, not part of a listed name, not spelled the same in the
other language and not in ``NOT_CONTROL``. A control is frozen when the translation carries it
as a whole word, case ignored. Each fundus page also gives up to ``CONTROL_ONLY`` paragraphs
(6 to 120 words) that hold no listed name and at least one control: items with controls only.

At most ``PER_PAGE`` name paragraphs per source page (page order, each holding a name not yet
taken); a fundus paragraph has 6 to 200 words, a WCXB line or a python-docs entry any length up
to 200 words. Written on 2026-12-04 BEFORE the untrans17 pass; its first run is main's
(``benchmarks/results/untrans17-eval_untranslatables_f_before-2026-12-04.txt``). Do not tune
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
NOT_CONTROL = frozenset({"Designer"})

# source -> [(token, kind)]
NAMES: dict[str, list[tuple[str, str]]] = {
    # -- fundus, English news pages -> pt-BR
    "fundus:ca/FinancialPost.json": [
        ("TD Economics", "brand"),
        ("Desjardins Economics", "brand"),
        ("Capital Economics", "brand"),
        ("Indeed", "brand"),
        ("Rosenberg Research", "brand"),
    ],
    "fundus:ca/TheProvince.json": [
        ("La Vieille Ferme", "brand"),
        ("Naramata Bench", "place"),
        ("Bench 1775 Winery", "brand"),
    ],
    "fundus:ls/LesothoTimes.json": [
        ("Mokitimi Tšosane", "person"),
        ("World Vision Lesotho", "group"),
        ("China Geo", "brand"),
        ("Lesotho Times", "media"),
    ],
    "fundus:my/MalayMail.json": [
        ("Malaysia Airlines", "brand"),
        ("Airbus A350", "model"),
        ("Proton", "brand"),
    ],
    "fundus:pt/ThePortugalNews.json": [
        ("Athena Advisers", "brand"),
        ("Global Citizen Solutions", "brand"),
    ],
    "fundus:uk/TheTelegraph.json": [
        ("Dry:Soon", "brand"),
        ("Lakeland", "brand"),
        ("John Lewis", "brand"),
        ("Minky Wing", "model"),
        ("M Cloth", "brand"),
        ("Edeline Lee", "brand"),
    ],
    "fundus:uk/TheGuardian.json": [("Pilar Bernabé", "person"), ("María José Catalá", "person")],
    "fundus:us/FreeBeacon.json": [("Color of Change", "group")],
    "fundus:ind/TimesOfIndia.json": [
        ("Azm-e-Istehkam", "work"),
        ("Pakistan Tehreek-e-Insaaf", "party"),
        ("Kamla Nehru Hospital", "place"),
    ],
    "fundus:ca/CBCNews.json": [("Telegram", "brand"), ("Chatham House", "place")],
    "fundus:tz/DailyNewsTZ.json": [
        ("Lindi Bus Stand", "place"),
        ("Sokoine Street", "place"),
        ("Tanzania Gender Networking Programme", "group"),
    ],
    # -- WCXB 1.0 ground truth lines -> pt-BR
    "wcxb:dev/ground-truth/0264.json": [("Nintendo Switch 2", "model"), ("Stardew Valley", "work")],
    "wcxb:dev/ground-truth/0265.json": [
        ("Animal Crossing New Horizons", "work"),
        ("Vampire Survivors", "work"),
        ("Once Human", "work"),
    ],
    "wcxb:dev/ground-truth/0439.json": [("Windows Server 2019", "model")],
    "wcxb:dev/ground-truth/0506.json": [("Kindle Highlights", "brand")],
    "wcxb:dev/ground-truth/0519.json": [("iPad Pro 11", "model")],
    "wcxb:dev/ground-truth/0527.json": [("Boeing 777-300ER", "model")],
    "wcxb:dev/ground-truth/0651.json": [("iPhone 13 mini", "model"), ("iPhone 14 Pro", "model")],
    "wcxb:dev/ground-truth/0032.json": [
        ("Apple Health", "brand"),
        ("Google Fit", "brand"),
        ("Everfit", "brand"),
    ],
    "wcxb:dev/ground-truth/4485.json": [
        ("Canbury Partners", "signature"),
        ("Tasha Roachford", "signature"),
        ("Brand Digitizer", "signature"),
        ("Michael Cooper", "signature"),
        ("Human Performance Mentors", "signature"),
    ],
    "wcxb:dev/ground-truth/4361.json": [("BSides San Francisco", "work")],
    "wcxb:dev/ground-truth/0243.json": [("Construction Coverage", "credit")],
    "wcxb:dev/ground-truth/0121.json": [("Kaitlin Green", "credit"), ("Emily Henderson", "credit")],
    # -- python-docs-pt-br entries -> en
    "pydocs:using/configure.po": [("Visual Studio 2017", "model")],
    "pydocs:library/tkinter.po": [("Tcl/Tk 8.5", "model")],
    "pydocs:faq/programming.po": [("Visual Studio Code", "brand")],
    "pydocs:tutorial/interpreter.po": [("Microsoft Store", "brand")],
    "pydocs:library/webbrowser.po": [("Grail", "brand"), ("Mosaic", "brand")],
    "pydocs:library/intro.po": [("Pyodide", "brand"), ("PyScript", "brand")],
    "pydocs:about.po": [("Fredrik Lundh", "person")],
    "pydocs:library/urllib.parse.po": [("App Store", "brand")],
}


def _lang(src: str) -> str:
    return "pt" if src.startswith("pydocs:") else "en"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--fundus", type=Path, required=True)
    ap.add_argument("--wcxb", type=Path, required=True)
    ap.add_argument("--pydocs", type=Path, required=True)
    ap.add_argument(
        "out", nargs="?", type=Path, default=ROOT / "benchmarks/data/untranslatables_f.jsonl"
    )
    args = ap.parse_args(argv)
    readers = {
        "fundus": lambda p: E.fundus_pages(args.fundus, p),
        "wcxb": lambda p: E.wcxb_pages(args.wcxb, p),
        "pydocs": lambda p: E.pydocs_pages(args.pydocs, p),
    }
    pages = {src: readers[src.split(":", 1)[0]](src.split(":", 1)[1]) for src in NAMES}
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
                "id": f"f{n:03d}" if lang == "en" else f"fp{n:03d}",
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
