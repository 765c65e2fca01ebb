"""Build untranslatables SET AE: news prose that names publications, brands and works (the White
House press briefings' questions and answers, where reporters and the press secretary cite
newspapers, networks, magazines and platforms, "The Washington Post", "Fox News", "Politico",
"Twitter", "TikTok"; and Global Voices' first posts of 2004, citizen media naming blogs, sites
and tools, "Slashdot", "Wikipedia", "Ohmynews", "Typepad", "WordPress").

    python benchmarks/build_untranslatables_ae.py --briefings DIR --gv DIR [OUT]
    python benchmarks/build_untranslatables_ae.py --briefings DIR --gv DIR --count
        --briefings: a checkout or bare mirror of https://github.com/brian14708/wh-briefings
        holding BRIEFINGS_COMMIT
        --gv: a checkout or bare mirror of https://github.com/OpenGenderTracking/globalvoices
        holding GV_COMMIT
        --count: print the candidates' capitalised runs and mixed-case words (how NAMES was
        chosen) and write nothing
    OUT: benchmarks/data/untranslatables_ae.jsonl (default)

Set ad was untrans50's (Login.gov's website: it named no publication, a weak set); set ae is
written by untrans52 BEFORE any code of its pass, from real text that no untranslatables set (c
to ad: WCXB, fundus, trafilatura's evaluation pages, goose3, python-docs-pt-br, GUM, EWT, PUD,
GENTLE, LinES, ParTUT, Tweebank, the Rust project's blog, Jekyll's news, Textual's blog, the
Mastodon blog, UD_Portuguese-Porttinari, the Tokio, Nushell, Electron, Julia and Gleam projects'
websites, the Go project's blog, the Windows Terminal documentation, the Homebrew project's blog,
the Let's Encrypt blog, the 18F blog, Digital.gov's news, cloud.gov's news, Login.gov's website)
uses:

- **The White House press briefings** (``brian14708/wh-briefings``, ``press-briefings/**.md``,
  2021-2025 transcripts of the briefing room). Works of the US government, not subject to
  copyright in the US (17 U.S.C. 105, **public domain**); the repository is CC0 1.0. Probes 40,
  44 and 51 read other folders of this repository (statements, fact sheets, articles) and left
  press briefings out (probe51's ``EXCLUDE``); no set, probe or test reads ``press-briefings/``
  (a search of ``benchmarks``, ``tests`` and ``docs`` for "press-briefings/" finds nothing).
- **Global Voices, 2004** (``OpenGenderTracking/globalvoices``, the WordPress export
  ``data/full/globalvoicesonline.wordpress.2004 - 123.xml``, its 29 published posts; the later
  years' exports are not held by the mirror). Global Voices publishes under **CC BY 3.0**
  (attribution: Global Voices, globalvoices.org, each post's author in the item's source); the
  repository's code is GPLv3/MIT. probe27 read 15 Global Voices stories of 2009 (mediacloud's
  crawler test data): none is of 2004.

A block the earlier sets already hold is dropped: no item of ae is an item of c to ad.

**Items.** Briefings: every ``BRIEF_STEP``-th file of ``press-briefings/`` in path order (dates
ascending); the front matter dropped, Markdown blocks as set r's builder cuts them (the
transcripts' hard-wrapped lines joined), dropped as set y drops. Global Voices: every published
post in the export's order, its HTML cleaned as set z cleans it. One item is one block. Only en
-> pt-BR.

**Rule (written and committed before any run).** ``NAMES`` lists the tokens that must be in the
translation **verbatim** (case sensitive, whole words): publications (newspapers, networks,
magazines, news sites, blogs: ``media``, set d's kind), firms', products' and platforms' brands
(``brand``), titles of works (books, films, shows, manifestos: ``work``). Chosen by hand from
``--count`` (the candidates' capitalised runs after a lower-case word, a comma or a bracket, and
their words in mixed case or ending in a domain) before any run and before any rule of the pass;
no item was read. Not listed: "the Hill" (mostly Congress, "on the Hill"), "RT", "Ford" and
"Delta" (a ship's name, a variant's); persons; government bodies, offices, laws and programmes usage
translates ("the CDC", "the Inflation Reduction Act"); places and peoples. For each listed name,
its first ``PER_NAME`` candidate blocks holding it (in order) are items; marks as ab's: each
kind once, then every ``MARK_STEP``-th other candidate with a mark.

**Controls**: set d's to ad's rule (``build_untranslatables_d.controls``); control-only items
every ``STEP``-th candidate that holds no listed name.

Written on 2026-12-08 BEFORE the untrans52 pass's code; its first run is main's
(``benchmarks/results/untrans52-eval_untranslatables_ae_before-2026-12-08.txt``), read for its
totals only. Do not tune rules on it: once that happens it is a development set.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import build_untranslatables_aa as aa_builder
import build_untranslatables_r as r_builder
import build_untranslatables_z as z_builder
from build_untranslatables_d import controls
from build_untranslatables_n import _has, plain

ROOT = Path(__file__).resolve().parents[1]
BRIEFINGS_COMMIT = "737ca03a2"
GV_COMMIT = "8d0e8f8"
GV_FILE = "data/full/globalvoicesonline.wordpress.2004 - 123.xml"
# every BRIEF_STEP-th transcript of press-briefings/ (1,154 files: 29 transcripts)
BRIEF_STEP = 40
# a listed name's first PER_NAME candidate blocks are items
PER_NAME = 3
# every STEP-th candidate block is a control-only candidate
STEP = 25
MARK_STEP = 4
NOT_CONTROL: frozenset[str] = frozenset()
_ITEM = re.compile(r"<item>(.*?)</item>", re.S)
_BODY = re.compile(r"<content:encoded><!\[CDATA\[(.*?)\]\]></content:encoded>", re.S)
_LINK = re.compile(r"<link>([^<]*)</link>")
_CREATOR = re.compile(r"<dc:creator>([^<]*)</dc:creator>")
_FRONT = re.compile(r"\A---\n.*?\n---\n", re.S)

# (token, kind), chosen by hand from --count
NAMES: list[tuple[str, str]] = [
    # publications: newspapers, networks, agencies, magazines, news sites
    ("Wall Street Journal", "media"),
    ("New York Times", "media"),
    ("Washington Post", "media"),
    ("Irish Times", "media"),
    ("CNN", "media"),
    ("Reuters", "media"),
    ("AP", "media"),
    ("ABC News", "media"),
    ("CBS News", "media"),
    ("NBC", "media"),
    ("NPR", "media"),
    ("Bloomberg", "media"),
    ("Axios", "media"),
    ("Univision", "media"),
    ("Spectrum News", "media"),
    ("Kaiser Health News", "media"),
    ("Yahoo News", "media"),
    ("ProPublica", "media"),
    ("PolitiFact", "media"),
    ("McClatchy", "media"),
    ("NewsHour", "media"),
    ("NewsNation", "media"),
    ("VOA", "media"),
    ("Proceso", "media"),
    ("Global Voices", "media"),
    ("China Digital News", "media"),
    ("Slashdot", "media"),
    ("Ohmynews", "media"),
    ("Wikipedia", "media"),
    # firms' and products' brands
    ("Pfizer", "brand"),
    ("Moderna", "brand"),
    ("AstraZeneca", "brand"),
    ("BioNTech", "brand"),
    ("Johnson & Johnson", "brand"),
    ("Boeing", "brand"),
    ("Microsoft", "brand"),
    ("Google", "brand"),
    ("Gmail", "brand"),
    ("Tesla", "brand"),
    ("Walmart", "brand"),
    ("Zoom", "brand"),
    ("SolarWinds", "brand"),
    ("FireEye", "brand"),
    ("Tyson", "brand"),
    ("U.S. Steel", "brand"),
    ("Colonial Pipeline", "brand"),
    ("Twin Metals", "brand"),
    ("PayPal", "brand"),
    ("WordPress", "brand"),
    ("Typepad", "brand"),
    # titles of works
    ("Cluetrain Manifesto", "work"),
]

_LISTED = frozenset(t for t, _ in NAMES)


def briefings(repo: Path) -> list[tuple[str, str]]:
    """(source label, body) of every BRIEF_STEP-th press briefing, in path order."""
    names = aa_builder._git(
        repo, "ls-tree", "-r", "--name-only", BRIEFINGS_COMMIT, "press-briefings"
    )
    paths = sorted(n for n in names.decode().splitlines() if n.endswith(".md"))
    out: list[tuple[str, str]] = []
    for path in paths[::BRIEF_STEP]:
        raw = aa_builder._git(repo, "show", f"{BRIEFINGS_COMMIT}:{path}").decode("utf-8")
        raw = _FRONT.sub("", raw, count=1)
        body = "\n".join(line.rstrip() for line in raw.splitlines())
        out.append((f"brian14708/wh-briefings {path} ({BRIEFINGS_COMMIT})", body))
    return out


def gv_posts(repo: Path) -> list[tuple[str, str]]:
    """(source label, cleaned body) of the export's published posts, in its order."""
    raw = aa_builder._git(repo, "show", f"{GV_COMMIT}:{GV_FILE}").decode("utf-8")
    out: list[tuple[str, str]] = []
    for item in _ITEM.findall(raw):
        if "<wp:post_type>post<" not in item or "<wp:status>publish<" not in item:
            continue
        body = _BODY.search(item)
        if not body:
            continue
        link = _LINK.search(item)
        who = _CREATOR.search(item)
        label = (
            f"Global Voices {link.group(1) if link else ''} by {who.group(1) if who else '?'}"
            " (CC BY 3.0)"
        )
        # WordPress paragraphs: a blank line; a single newline is a line break
        out.append((label, z_builder.clean(body.group(1))))
    return out


def marks(text: str) -> list[dict[str, str]]:
    """z's marks; a listed name is no file."""
    return [m for m in z_builder.marks(text) if not (m["kind"] == "file" and m["token"] in _LISTED)]


def earlier_texts() -> set[str]:
    """The text of every item of the earlier untranslatables sets."""
    seen: set[str] = set()
    for path in sorted((ROOT / "benchmarks/data").glob("untranslatables_*.jsonl")):
        if path.name == "untranslatables_ae.jsonl":
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                seen.add(" ".join(str(json.loads(line).get("text", "")).split()))
    return seen


MARKED = r_builder.MARKED
RARE = {"hashtag"}
_RUN = re.compile(r"(?<=[a-z,(\[] )([A-Z][\w.&'-]*(?: (?:of |the |& )?[A-Z][\w.&'-]*)*)")
_MIXED = re.compile(r"\b\w*[a-z][A-Z]\w*\b|\b\w+\.(?:com|org|net)\b")


def count(paras: list[tuple[str, str]]) -> None:
    """The candidates' capitalised runs and mixed-case words, most frequent first."""
    runs: Counter[str] = Counter()
    mixed: Counter[str] = Counter()
    for _, p in paras:
        text = plain(p)
        runs.update(m.group(1).rstrip(".") for m in _RUN.finditer(text))
        mixed.update(_MIXED.findall(text))
    print("runs:", runs.most_common(400))
    print("mixed:", mixed.most_common(80))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--briefings", type=Path, required=True)
    ap.add_argument("--gv", type=Path, required=True)
    ap.add_argument("--count", action="store_true")
    ap.add_argument(
        "out", nargs="?", type=Path, default=ROOT / "benchmarks/data/untranslatables_ae.jsonl"
    )
    args = ap.parse_args(argv)
    earlier = earlier_texts()
    paras: list[tuple[str, str]] = []
    lower: Counter[str] = Counter()
    dropped = 0
    for name, body in briefings(args.briefings) + gv_posts(args.gv):
        for b in r_builder.blocks(body):
            if z_builder.NOT_PROSE.search(b):
                continue
            if " ".join(b.split()) in earlier:
                dropped += 1
                continue
            paras.append((name, b))
            lower.update(w for w in re.findall(r"[A-Za-zÀ-ÿ]+", plain(b)) if w.islower())
    if args.count:
        print(f"{len(paras)} candidate blocks")
        count(paras)
        return 0
    items: list[dict[str, Any]] = []
    all_names = [t for t, _ in NAMES]

    def add(name: str, text: str, toks: list[dict[str, str]], ctl: list[str]) -> None:
        items.append(
            {
                "id": f"ae{len(items) + 1:03d}",
                "from": "en",
                "to": "pt-BR",
                "source": name,
                "text": text,
                "tokens": toks,
                "controls": [w for w in ctl if w not in NOT_CONTROL],
            }
        )

    def tokens(p: str) -> list[dict[str, str]]:
        toks = [{"kind": k, "token": t} for t, k in NAMES if _has(t, p)]
        return toks + [m for m in marks(p) if m not in toks]

    taken: Counter[str] = Counter()
    for name, p in paras:
        here = [t for t, _ in NAMES if _has(t, p)]
        if not here or all(taken[t] >= PER_NAME for t in here):
            continue
        add(name, p, tokens(p), controls(plain(p), "", all_names, lower))
        taken.update(here)
    seen_marks = 0
    for name, p in paras:
        if any(i["text"] == p for i in items):
            continue
        kinds_here = {m["kind"] for m in marks(p)}
        if not kinds_here & MARKED:
            continue
        if not kinds_here & RARE:
            seen_marks += 1
            if (seen_marks - 1) % MARK_STEP:
                continue
        add(name, p, tokens(p), controls(plain(p), "", all_names, lower))
    for n, (name, p) in enumerate(paras):
        if n % STEP or any(_has(t, p) for t in all_names) or any(i["text"] == p for i in items):
            continue
        ctl = controls(plain(p), "", all_names, lower)
        if ctl:
            add(name, p, marks(p), ctl)
    args.out.write_text(
        "".join(json.dumps(i, ensure_ascii=False) + "\n" for i in items), encoding="utf-8"
    )
    n_tok = sum(len(i["tokens"]) for i in items)
    n_ctl = sum(len(i["controls"]) for i in items)
    kinds = Counter(t["kind"] for i in items for t in i["tokens"])
    print(
        f"{len(paras)} candidates ({dropped} blocks of earlier sets dropped), {len(items)} items, "
        f"{n_tok} tokens {dict(kinds)}, {n_ctl} controls, {seen_marks} mark candidates "
        f"-> {args.out}"
    )
    for t, _ in NAMES:
        if not taken[t]:
            print("  not taken:", t)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
