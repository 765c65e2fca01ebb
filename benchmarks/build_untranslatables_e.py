"""Build untranslatables SET E: the kinds still failing after set d, in both directions.

    python benchmarks/build_untranslatables_e.py --fundus DIR --trafilatura DIR --wcxb DIR \
        --pydocs DIR [OUT]
        DIR: checkouts (or bare mirrors) of https://github.com/flairNLP/fundus at FUNDUS_COMMIT,
        https://github.com/adbar/trafilatura at TRAF_COMMIT,
        https://github.com/Murrough-Foley/web-content-extraction-benchmark at WCXB_COMMIT and
        https://github.com/python/python-docs-pt-br at PYDOCS_COMMIT (branch 3.14)
    OUT: benchmarks/data/untranslatables_e.jsonl (default)

Set d (names made of common words) was spent by the untrans15 pass. Set e is written by untrans16
BEFORE any code of its pass, from real text that no untranslatables set (a, b, c, d) and no folder
of ``tests/data/realworld`` uses, of the kinds that still failed:

* **en -> pt-BR**: paragraphs of English news pages of fundus's parser test data
  (``tests/resources/parser/test_data/*/*.json``: publishers neither set d nor any corpus folder
  took: BBC, Daily Star, Metro, The New Yorker, Ottawa Citizen, The Globe and Mail, Politico
  Europe, The Citizen, The Namibian, Nature, The Gateway Pundit), and lines of WCXB 1.0's ground
  truth (``main_content``) of pages whose file id no corpus folder and no set c/d item uses
  (product lists and reviews, a design-award page, signatures, photo credits, articles naming
  Nordic, Slavic, Turkish-free Central European and Vietnamese people and places);
* **pt -> en**: paragraphs of a Brazilian news page and a recipe page of trafilatura's evaluation
  data that set d did not take (``tests/eval/correiobraziliense.com.br-poderes.html``,
  ``cybercook.com.br.sequilho.html``), extracted by ``trafilatura.extract``, and entries of
  python-docs-pt-br outside ``whatsnew/`` (set c took ``whatsnew/`` only) naming products with a
  version number.

**Rule (written and committed before any run).** ``NAMES`` below lists per source the tokens that
must be in the translation **verbatim** (case sensitive, whole words), by kind:

* names made of common words (``media``, ``brand``, ``place``, ``work``, ``party``, ``group``):
  as set d (a leading "The" of a newspaper is not part of the token; institutions, ministries,
  universities, events and places with a conventional name in the other language are not listed:
  "Royal Bank of Canada" is listed as ``Royal Bank`` because it is a company's name, "Walvis Bay"
  is not listed because "Baía de Walvis" is usage);
* ``model``: a product's name with its model number ("Apple Watch Ultra 3", "Switch 2",
  "Windows 10"): the whole run, brand to number;
* ``person``: a person's or place's name written with a letter outside the engine's vocabulary
  or outside the target language's alphabet (Nordic å ø æ ö, Slavic č ł, Vietnamese ă ợ ũ,
  German ä ü, French è, Spanish ñ, Irish names): the name as written, no letter changed;
* ``signature``: a line "Name, Business" or a credit "Photographer/Agency": the named parts
  (the person and the business or agency) each survive; a job title beside them may be
  translated;
* ``credit``: the photographer, agency or site of a photo credit line.

**Controls (over-protection), from the same text by set d's rule:** every capitalised word of 4+
letters that begins a sentence of the paragraph, or stands in the item's headline (fundus's
headline as the item's first line, ``# headline``, when it is in Title Case), that is a common word
(written in lower case at least once in the pool of paragraphs of its language), is not a function
word (``FUNCTION``), is not part of a listed name, and is not spelled the same in the other
language (``SAME``), and is not in ``NOT_CONTROL`` (a surname the rule took for a word, a word
Portuguese writes the same; written with the list). A control is frozen when the translation
carries it as a whole word, case ignored. To reach at least 40 controls, each fundus page also
gives its first paragraphs (at most ``CONTROL_ONLY`` per page, 6 to 120 words) that hold no
listed name and at least one control: items with no token, controls only.

At most ``PER_PAGE`` name paragraphs per source page (in page order, each holding a name not yet
taken); a fundus paragraph has 6 to 200 words, a WCXB or trafilatura line or a python-docs entry
any length up to 200 words (product list items, signatures and credits are short lines).
Written on 2026-12-04 BEFORE the untrans16 pass; its first run is main's
(``benchmarks/results/untrans16-eval_untranslatables_e_before-2026-12-04.txt``). Do not tune
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

from build_untranslatables_d import (
    FUNCTION,
    SAME,
    _title_case,
    controls,
)

ROOT = Path(__file__).resolve().parents[1]
FUNDUS_COMMIT = "18da6e5"
TRAF_COMMIT = "e90b0ef51ab026fdb905fb6c5b3c84dd3d784fd5"
WCXB_COMMIT = "c039d5ee9f5a3a984a0e167e63aacd04e76e78a9"
PYDOCS_COMMIT = "d60168178b78c20c963786dcbfda30678e630626"
FUNDUS = "tests/resources/parser/test_data/"
PER_PAGE = 6
CONTROL_ONLY = 2
# not controls although the rule finds them: a person (Leslie Field of Bright Ice, "Field told me"),
# a word Portuguese writes the same ("designer")
NOT_CONTROL = frozenset({"Field", "Designer", "Designers"})

# source -> [(token, kind)]
NAMES: dict[str, list[tuple[str, str]]] = {
    # -- fundus, English news pages -> pt-BR
    "fundus:uk/BBC.json": [("Truth Social", "brand")],
    "fundus:uk/DailyStar.json": [
        ("Walt Disney World", "place"),
        ("Ocean Florida", "brand"),
        ("Daily Mail", "media"),
    ],
    "fundus:uk/Metro.json": [
        ("Youth Demand", "group"),
        ("Victoria Embankment Gardens", "place"),
        ("Daniel Backström", "person"),
    ],
    "fundus:us/TheNewYorker.json": [("Bright Ice", "brand"), ("Ólafur Grímsson", "person")],
    "fundus:ca/OttawaCitizen.json": [("Ottawa Citizen", "media"), ("Michèle LaRose", "person")],
    "fundus:ca/TheGlobeAndMail.json": [
        ("Royal Bank", "brand"),
        ("National Bank", "brand"),
        ("Canadian Western Bank", "brand"),
        ("Dollar General", "brand"),
        ("Lululemon Athletica", "brand"),
    ],
    "fundus:be/PoliticoEu.json": [
        ("Fianna Fáil", "party"),
        ("Micheál Martin", "person"),
        ("Fine Gael", "party"),
        ("ReArm Europe", "work"),
        ("Sinn Féin", "party"),
        ("Moscow Mick", "person"),
    ],
    "fundus:za/TheCitizen.json": [("La Niña", "person")],
    "fundus:na/TheNamibian.json": [
        ("Lüderitz", "person"),
        ("Frack Free Namibia", "group"),
        ("Natural Justice", "group"),
    ],
    "fundus:uk/Nature.json": [
        ("Observatório do Clima", "group"),
        ("Belinda Schäpe", "person"),
        ("Smolny Beyond Borders", "work"),
    ],
    "fundus:us/TheGatewayPundit.json": [("King Road", "place")],
    # -- WCXB 1.0 ground truth lines -> pt-BR
    "wcxb:dev/ground-truth/0432.json": [("Google Sans Text", "brand"), ("Pixel 3", "model")],
    "wcxb:dev/ground-truth/0489.json": [("Apple Watch Ultra 3", "model")],
    "wcxb:dev/ground-truth/0550.json": [
        ("Samsung 980 Pro", "model"),
        ("Best Buy Canada", "brand"),
        ("Canada Computers", "brand"),
    ],
    "wcxb:dev/ground-truth/0656.json": [
        ("Nike Air Force 1", "model"),
        ("Nike Dragonfly 2 Elite", "model"),
    ],
    "wcxb:dev/ground-truth/0767.json": [("NordicTrack Commercial Series 1750", "model")],
    "wcxb:dev/ground-truth/1069.json": [("Lenovo Legion", "brand"), ("Ryzen 5600H", "model")],
    "wcxb:dev/ground-truth/1310.json": [
        ("AirPods Pro 2", "model"),
        ("Beats Solo 4", "model"),
        ("Beats Studio Pro", "model"),
    ],
    "wcxb:dev/ground-truth/1821.json": [
        ("Brooks Hyperion Max 3", "model"),
        ("Adidas Adizero Adios Pro 4", "model"),
        ("Asics Novablast 5", "model"),
    ],
    "wcxb:dev/ground-truth/2934.json": [
        ("Loop Experience 2", "model"),
        ("Hisense M2 Pro", "model"),
        ("Hisense C2 Ultra", "model"),
        ("Home Cinema LS11000", "model"),
    ],
    "wcxb:dev/ground-truth/3051.json": [("Escalante 3", "model"), ("Techloom Bliss", "model")],
    "wcxb:dev/ground-truth/3052.json": [
        ("Red Dead Redemption 2", "work"),
        ("GeForce GTX 770", "model"),
        ("Windows 10", "model"),
    ],
    "wcxb:dev/ground-truth/0401.json": [
        ("Alexander Skarsgård", "person"),
        ("The Queen’s Gambit", "work"),
    ],
    "wcxb:dev/ground-truth/0449.json": [("Emil Stenström", "person"), ("Claude Code", "brand")],
    "wcxb:dev/ground-truth/0622.json": [("Tord Björklund", "person")],
    "wcxb:dev/ground-truth/2902.json": [
        ("Peter Stöckli", "person"),
        ("Thomas Kjær Aabo", "person"),
    ],
    "wcxb:dev/ground-truth/2916.json": [("Václav Janeček", "person")],
    "wcxb:dev/ground-truth/4460.json": [("Sérgio Schüler", "person")],
    "wcxb:test/ground-truth/5203.json": [
        ("Anăn Saigon", "person"),
        ("Chợ Cũ", "person"),
        ("Mirazur", "brand"),
    ],
    "wcxb:dev/ground-truth/0203.json": [
        ("Franciszek Wesołowski", "person"),
        ("Yellow Light", "place"),
        ("Capital One Center", "place"),
        ("Pier Sixty Six", "place"),
        ("Blå Station", "brand"),
    ],
    "wcxb:dev/ground-truth/2834.json": [
        ("Gabriel Peal", "signature"),
        ("Kaz Nejatian", "signature"),
        ("Opendoor", "signature"),
    ],
    "wcxb:dev/ground-truth/0694.json": [("Dru Jaeger", "signature"), ("Club Soda", "signature")],
    "wcxb:dev/ground-truth/4250.json": [("Don Lam", "signature"), ("DIY Body", "signature")],
    "wcxb:dev/ground-truth/3011.json": [("Gatsi/Getty Images", "credit")],
    "wcxb:dev/ground-truth/4367.json": [("Caleb Oquendo", "credit")],
    "wcxb:dev/ground-truth/4672.json": [("Ground Picture", "credit"), ("Shutterstock", "credit")],
    # -- pt -> en
    "traf:correiobraziliense.com.br-poderes.html": [
        ("Arthur Lira", "person"),
        ("Paulo Sérgio Nogueira", "person"),
        ("Luís Roberto Barroso", "person"),
        ("Daniel Silveira", "person"),
        ("Henry Borel", "person"),
    ],
    "traf:cybercook.com.br.sequilho.html": [("CyberCook", "credit")],
    "pydocs:faq/windows.po": [("Windows 8.1", "model")],
    "pydocs:library/os.po": [("Windows 10", "model")],
    "pydocs:library/platform.po": [("Android 14", "model")],
    "pydocs:library/logging.handlers.po": [("Monterey", "model")],
    "pydocs:library/sysconfig.po": [("Apple Silicon", "model")],
    "pydocs:faq/extending.po": [("Red Hat", "brand")],
}


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
    lines = [" ".join(x.split()) for x in (d.get("main_content") or "").split("\n")]
    return [(path, "", [x for x in lines if x])]


def traf_pages(repo: Path, name: str) -> list[tuple[str, str, list[str]]]:
    import trafilatura

    html = _git(repo, "show", f"{TRAF_COMMIT}:tests/eval/{name}").decode("utf-8", "replace")
    text = trafilatura.extract(html) or ""
    return [(name, "", [" ".join(p.split()) for p in text.split("\n") if p.strip()])]


def pydocs_pages(repo: Path, path: str) -> list[tuple[str, str, list[str]]]:
    import polib

    po = polib.pofile(_git(repo, "show", f"{PYDOCS_COMMIT}:{path}").decode("utf-8"))
    paras = [
        " ".join(e.msgstr.split())
        for e in po
        if e.msgstr and e.msgstr != e.msgid and not e.fuzzy and not e.obsolete
    ]
    return [(path, "", paras)]


def _has(token: str, text: str) -> bool:
    return re.search(rf"(?<![\w]){re.escape(token)}(?![\w])", text) is not None


def _lang(src: str) -> str:
    return "pt" if src.startswith(("traf:", "pydocs:")) else "en"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--fundus", type=Path, required=True)
    ap.add_argument("--trafilatura", type=Path, required=True)
    ap.add_argument("--wcxb", type=Path, required=True)
    ap.add_argument("--pydocs", type=Path, required=True)
    ap.add_argument(
        "out", nargs="?", type=Path, default=ROOT / "benchmarks/data/untranslatables_e.jsonl"
    )
    args = ap.parse_args(argv)
    readers = {
        "fundus": lambda p: fundus_pages(args.fundus, p),
        "wcxb": lambda p: wcxb_pages(args.wcxb, p),
        "traf": lambda p: traf_pages(args.trafilatura, p),
        "pydocs": lambda p: pydocs_pages(args.pydocs, p),
    }
    pages = {src: readers[src.split(":", 1)[0]](src.split(":", 1)[1]) for src in NAMES}
    lower: dict[str, Counter[str]] = {"en": Counter(), "pt": Counter()}
    for src, pl in pages.items():
        for _, _, paras in pl:
            for p in paras:
                lower[_lang(src)].update(w for w in re.findall(r"[A-Za-zÀ-ÿ]+", p) if w.islower())
    items: list[dict[str, Any]] = []
    missing = []

    def add(src: str, page: str, text: str, toks: list[dict[str, str]], ctl: list[str]) -> None:
        lang = _lang(src)
        n = sum(i["from"] == lang for i in items) + 1
        items.append(
            {
                "id": f"e{n:03d}" if lang == "en" else f"ep{n:03d}",
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
                here = [(t, k) for t, k in left if _has(t, p)]
                if not here or taken >= PER_PAGE or n_words > 200 or not (n_words >= 6 or short_ok):
                    continue
                head = headline if headline and _title_case(headline) and not headed else ""
                headed = headed or bool(head)
                text = (f"# {head}\n\n" if head else "") + p
                ctl = controls(p, head, [t for t, _ in names], lower[lang])
                add(src, page, text, [{"kind": k, "token": t} for t, k in here], ctl)
                left = [x for x in left if x not in here]
                taken += 1
            if src.startswith("fundus:"):
                only = 0
                for p in paras:
                    if only >= CONTROL_ONLY or any(_has(t, p) for t, _ in names):
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
    assert FUNCTION and SAME
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
