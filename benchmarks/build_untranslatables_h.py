"""Build untranslatables SET H: the kinds set g still failed on, in both directions, new text.

    python benchmarks/build_untranslatables_h.py --goose3 DIR --pydocs DIR [OUT]
        DIR: checkouts (or bare mirrors) of https://github.com/goose3/goose3 at GOOSE3_COMMIT
        and https://github.com/python/python-docs-pt-br at PYDOCS_COMMIT (branch 3.14)
    OUT: benchmarks/data/untranslatables_h.jsonl (default)

Set g was spent by the untrans18 pass. Set h is written by untrans19 BEFORE any code of its pass,
from real text that no untranslatables set (c to g) and no folder of ``tests/data/realworld``
uses, of the kinds set g still failed on: names made of common words with no evidence but
capitals ("Google Search", "Met Gala"; here "Home Depot", "Square", "Real Simple", "Too Big To
Fail"), a state's or a place's nickname or a place of common words ("Chandler Mountain", "Dry
Tortugas"), works and groups of common words after a work noun ("the slasher film Scarecrow
Gone Wild"), names with letters the engine lacks ("Gisele Bündchen"):

* **en -> pt-BR**: paragraphs (``<p>`` elements, 6 to 200 words) of the real English news pages
  goose3 keeps as test data (``tests/data/content/test_*.html``, Apache-2.0 test code; the
  articles are their publishers' work, 2010-2014: Bloomberg Businessweek, Business Insider, CNET,
  CNN, ESPN, Fox News, Gizmodo, The Guardian, The Huffington Post, Mashable, MSN, Politico,
  TechCrunch, Time, USA Today, Yahoo/AP, The Telegraph, CBS Local). goose3's pages are used by no
  untranslatables set and no corpus folder (only by the language-identification block set,
  ``build_langid_blocks.py``, which scores no token). Byte-identical duplicates (goose3 keeps the
  same page under several names) are read once: the first name in ``NAMES``.
* **pt -> en**: entries of python-docs-pt-br (CC0, commit below) of two files no set took
  (``using/windows.po``, ``library/turtle.po``).

**Rule (written and committed before any run).** ``NAMES`` below lists per source the tokens
that must be in the translation **verbatim** (case sensitive, whole words), by kind, as sets e to
g: names made of common words (``media``, ``brand``, ``place``, ``work``, ``group``, ``band``; a
leading "The" is not part of the token; institutions, ministries, parties, events, treaties and
places with a conventional name in the other language are not listed: "Federal Reserve", "White
House", "Washington Monument", "Little League World Series", "New START", "Prague Castle"; no work
whose Brazilian release has a title of its own is: "Bridesmaids", "Knocked Up", "The Social
Network"); ``model``: a product's name with its model number ("Windows Server 2019", "Kindle Fire
HD"); ``person``: a person's name as written (one with a letter outside the engine's vocabulary,
or a name of common words). Each token is taken from the first paragraph of its page that holds
it, at most ``PER_PAGE`` name paragraphs per page.

**Controls (over-protection), set d's to g's rule:** every capitalised word of 4+ letters that
begins a sentence of the paragraph, or stands in the item's Title Case headline, that is a common
word of the pool, not a function word, not part of a listed name, not spelled the same in the
other language and not in ``NOT_CONTROL``. A control is frozen when the translation carries it as
a whole word, case ignored. Each goose3 page also gives up to ``CONTROL_ONLY`` paragraphs (6 to
120 words) that hold no listed name and at least one control: items with controls only.

Written on 2026-12-05 BEFORE the untrans19 pass; its first run is main's
(``benchmarks/results/untrans19-eval_untranslatables_h_before-2026-12-05.txt``). Do not tune
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
GOOSE3_COMMIT = "c5a8902eed0c4592a1ff5ec51a0277cf73a3aca7"
PER_PAGE = 6
CONTROL_ONLY = 3
# not controls although the rule finds them (written with the list, before any run): persons'
# names ("Larry Page", "Jack Dorsey", "Steve Jobs") and a word of a publication's name ("The Wall
# Street Journal", a page's headline)
NOT_CONTROL: frozenset[str] = frozenset({"Page", "Jack", "Jobs", "Street"})

# source -> [(token, kind)]
NAMES: dict[str, list[tuple[str, str]]] = {
    # -- goose3 English news pages -> pt-BR
    "goose3:test_businessWeek1.html": [
        ("Attack of the Show!", "work"),
        ("Comedy Central", "media"),
        ("Daily Show", "work"),
        ("Scarecrow Gone Wild", "work"),
        ("Gisele Bündchen", "person"),
        ("Wonder Woman", "work"),
    ],
    "goose3:test_businessWeek2.html": [("Home Depot", "brand")],
    "goose3:test_businessWeek3.html": [
        ("Apple TV", "brand"),
        ("Piper Jaffray", "brand"),
        ("All Things Digital Conference", "work"),
        ("Forrester Research", "brand"),
    ],
    "goose3:test_businessinsider3.html": [
        ("BackRub", "brand"),
        ("I'm Feeling Lucky", "work"),
        ("In the Plex", "work"),
        ("Urs Hözle", "person"),
    ],
    "goose3:test_cnet.html": [
        ("Fios TV", "brand"),
        ("Research In Motion", "brand"),
        ("Scientific Atlanta", "brand"),
    ],
    "goose3:test_cnn1.html": [
        ("Meet The Press", "work"),
        ("Pittsburgh Tribune-Review", "media"),
    ],
    "goose3:test_espn.html": [("Miami Dolphins", "group"), ("Gators", "group")],
    "goose3:test_gizmodo1.html": [
        ("Google Drive", "brand"),
        ("Microsoft Office", "brand"),
        ("SwiftKey 3", "model"),
        ("Kindle Fire HD", "model"),
        ("SanDisk Connect", "brand"),
        ("Sol Republic Tracks", "brand"),
    ],
    "goose3:test_guardian1.html": [
        ("Saturday Night Live", "work"),
        ("Tribeca", "place"),
        ("Grateful Dead", "band"),
        ("Groundlings", "group"),
        ("Universal Studios", "brand"),
    ],
    "goose3:test_huffingtonPost2.html": [
        ("Chandler Mountain", "place"),
        ("Associated General Contractors", "group"),
        ("Home Builders Association", "group"),
    ],
    "goose3:test_issue115.html": [
        ("Homebrew Computer Club", "group"),
        ("Y Combinator", "brand"),
        ("Stripe", "brand"),
    ],
    "goose3:test_issue28.html": [
        ("Kismot", "brand"),
        ("St Leonards Place", "place"),
        ("Kismot Killer", "work"),
        ("Newington", "place"),
    ],
    "goose3:test_mashable_issue_74.html": [
        ("Square", "brand"),
        ("Six Thirty", "group"),
        ("Launch Code", "group"),
        ("Hello Kitty", "brand"),
    ],
    "goose3:test_msn1.html": [("Real Simple", "media")],
    "goose3:test_okaymarketing.html": [("Schema Creator", "brand"), ("KissMetrics", "brand")],
    "goose3:test_politico.html": [("Election Data Services", "brand")],
    "goose3:test_testHuffingtonPost.html": [
        ("Too Big To Fail", "work"),
        ("Bear Stearns", "brand"),
        ("Fannie Mae", "brand"),
        ("Freddie Mac", "brand"),
    ],
    "goose3:test_time.html": [
        ("Deepwater Horizon", "brand"),
        ("Georgia Sea Grant", "group"),
        ("Arctic Sunrise", "brand"),
        ("Dry Tortugas", "place"),
    ],
    "goose3:test_time2.html": [("Sports Illustrated", "media")],
    "goose3:test_usatoday_issue_74.html": [("IK Multimedia", "brand")],
    "goose3:test_yahoo.html": [
        ("Mac Observer", "media"),
        ("Global Equities Research", "brand"),
        ("Cross Research", "brand"),
        ("Toy Story", "work"),
    ],
    # -- python-docs-pt-br entries -> en
    "pydocs:using/windows.po": [
        ("Python Install Manager", "brand"),
        ("Microsoft Store", "brand"),
        ("Windows Server 2019", "model"),
        ("Microsoft Visual Studio", "brand"),
        ("Program Files", "place"),
    ],
    "pydocs:library/turtle.po": [("Seymour Papert", "person"), ("Cynthia Solomon", "person")],
}


def _git(repo: Path, *args: str) -> bytes:
    return subprocess.run(
        ["git", "--git-dir", str(repo), *args], capture_output=True, check=True
    ).stdout


def _git_dir(repo: Path) -> Path:
    return repo / ".git" if (repo / ".git").exists() else repo


def goose3_pages(repo: Path, name: str) -> list[tuple[str, str, list[str]]]:
    """One page: its ``<p>`` paragraphs (6 to 200 words, each once) and its headline."""
    import lxml.html

    raw = _git(_git_dir(repo), "show", f"{GOOSE3_COMMIT}:tests/data/content/{name}")
    doc = lxml.html.fromstring(raw)
    paras: list[str] = []
    for p in doc.iter("p"):
        t = " ".join(p.text_content().split())
        if 6 <= len(t.split()) <= 200 and t not in paras:
            paras.append(t)
    h1 = [" ".join(h.text_content().split()) for h in doc.iter("h1")]
    headline = next((h for h in h1 if 3 <= len(h.split()) <= 20), "")
    return [(f"goose3 tests/data/content/{name}", headline, paras)]


def _pages(args: argparse.Namespace, src: str) -> list[tuple[str, str, list[str]]]:
    kind, path = src.split(":", 1)
    if kind == "pydocs":
        return [(f"pydocs {p}", h, ps) for p, h, ps in E.pydocs_pages(args.pydocs, path)]
    return goose3_pages(args.goose3, path)


def _lang(src: str) -> str:
    return "pt" if src.startswith("pydocs:") else "en"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--goose3", type=Path, required=True)
    ap.add_argument("--pydocs", type=Path, required=True)
    ap.add_argument(
        "out", nargs="?", type=Path, default=ROOT / "benchmarks/data/untranslatables_h.jsonl"
    )
    args = ap.parse_args(argv)
    pages = {src: _pages(args, src) for src in NAMES}
    seen: set[str] = set()
    for src, pl in pages.items():  # a duplicate page is read once
        digest = hashlib.sha256("\n".join(pl[0][2]).encode()).hexdigest()
        if digest in seen:
            raise SystemExit(f"duplicate page: {src}")
        seen.add(digest)
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
                "id": f"h{n:03d}" if lang == "en" else f"hp{n:03d}",
                "from": lang,
                "to": "pt-BR" if lang == "en" else "en",
                "source": page,
                "text": text,
                "tokens": toks,
                "controls": [w for w in ctl if w not in NOT_CONTROL],
            }
        )

    for src, names in NAMES.items():
        lang = _lang(src)
        short_ok = not src.startswith("goose3:")
        left = list(names)
        for page, headline, paras in pages[src]:
            taken = 0
            headed = False
            for p in paras:
                n_words = len(p.split())
                here = [(t, k) for t, k in left if E._has(t, p)]
                if not here or taken >= PER_PAGE or n_words > 200 or not (n_words >= 6 or short_ok):
                    continue
                head = headline if headline and _title_case(headline) and not headed else ""
                headed = headed or bool(head)
                text = (f"# {head}\n\n" if head else "") + p
                ctl = controls(p, head, [t for t, _ in names], lower[lang])
                add(src, page, text, [{"kind": k, "token": t} for t, k in here], ctl)
                left = [x for x in left if x not in here]
                taken += 1
            if src.startswith("goose3:"):
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
