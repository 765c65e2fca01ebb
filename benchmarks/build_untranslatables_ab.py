"""Build untranslatables SET AB: Digital.gov's news (a US federal website about government web,
mobile, data and customer-experience work: services and sites named by common words or by
address, "Open Opportunities", "Challenge.gov", "Search.gov", "Touchpoints", "USAGov",
"CareerOneStop"; platforms and software, "Instagram", "Google Play", "WordPress"; firms and
groups, "Pew Research Center", "Code for America"; beside the titles of laws and programmes
with numbers this pass reads, "Section 508", "the 21st Century IDEA").

    python benchmarks/build_untranslatables_ab.py --site DIR [OUT]
        --site: a checkout (or bare mirror) of https://github.com/GSA/digitalgov.gov at
        SITE_COMMIT
    OUT: benchmarks/data/untranslatables_ab.jsonl (default)

Set aa was untrans45's; set ab is written by untrans46 BEFORE any code of its pass, from real
text that no untranslatables set (c to aa: WCXB, fundus, trafilatura's evaluation pages, goose3,
python-docs-pt-br, GUM, EWT, PUD, GENTLE, LinES, ParTUT, Tweebank, the Rust project's blog,
Jekyll's news, Textual's blog, the Mastodon blog, UD_Portuguese-Porttinari, the Tokio project's
website, the Nushell project's website, the Electron project's website, the Julia project's
website, the Gleam project's website, the Go project's blog, the Windows Terminal
documentation, the Homebrew project's blog, the Let's Encrypt blog, the 18F blog) and no folder
of ``tests/data/realworld`` or probe corpus uses (their builders' docstrings name neither):

- Digital.gov's news (``GSA/digitalgov.gov``, ``content/news/YYYY/[MM/]*.md``, 2,080 posts of
  2010-2025; commit below). The repository's ``LICENSE.md``: "The rest of this project is in
  the public domain ... CC0 1.0 Universal" (the parts not in the public domain are the
  dependencies of ``package.json``, no post) (**public domain / CC0 1.0**).

A block the earlier sets already hold (a post written for both 18F's blog and Digital.gov) is
dropped: no item of ab is an item of c to aa.

**Items.** aa's rule (``build_untranslatables_aa``): posts newest first (the ``date:`` of the
front matter; ties by path); aa's cleaning (z's, after the Eleventy link filter and Liquid tags:
this site is Hugo, whose shortcodes z's cleaning removes). Blocks as set r's builder cuts them,
dropped as set y drops. One item is one block. Only en -> pt-BR.

**Rule (written and committed before any run).** Set aa's rule: ``NAMES`` lists the tokens that
must be in the translation **verbatim** (case sensitive, whole words): products, services,
software, platforms and sites (``brand``), firms and organisations usage keeps as written
(``group``). Chosen by hand from a count of the corpus's capitalised runs after a lower-case
word, a comma or a bracket and of its words in mixed case or ending in a domain (a script over
the posts, not committed), before any run and before any rule of the pass. Not listed: persons;
government bodies and offices usage translates or glosses ("General Services Administration",
"GSA", "Peace Corps", "Census Bureau", "White House"); titles of laws, programmes, policies,
reports and standards ("Section 508", "21st Century IDEA", "Paperwork Reduction Act", "Digital
Analytics Program", "Federal Register"); terms in capitals a Portuguese text writes as they are
or expands ("API", "HTTPS", "UX", "CX"). Each name is taken from the first candidate item
(newest first) that holds it outside code spans and link targets; every listed name that item
holds is a token. Marks as aa's, each once; then every ``MARK_STEP``-th other candidate with a
mark, a hashtag's among them (not aa's every candidate with a hashtag: this site's social-media
posts hold 81 such blocks, which would have made half the set hashtags).

**Controls**: set d's to aa's rule (``build_untranslatables_d.controls``); control-only items
every ``STEP``-th candidate (``STEP`` 400, not aa's 60: this corpus has about 25,000 candidate
blocks, aa's about 4,000; set from that count before any run of the pipeline).

Written on 2026-12-07 BEFORE the untrans46 pass's code; its first run is main's
(``benchmarks/results/untrans46-eval_untranslatables_ab_before-2026-12-07.txt``), read for its
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
SITE_COMMIT = "4979583206d90ff1707b097454a9b169ca9e95e4"
# every STEP-th candidate block is a control-only candidate
STEP = 400
# every MARK_STEP-th candidate with a handle, hashtag, file name, address, issue number or
# version string is taken; set from the builder's own count (292 candidates with a mark: 19
# taken) before any run of the pipeline
MARK_STEP = 16
NOT_CONTROL: frozenset[str] = frozenset()
_DATE = re.compile(r"^date:\s*['\"]?(\d{4}-\d{1,2}-\d{1,2})", re.M)
_PATH = re.compile(r"^content/news/\d{4}/(?:\d{2}/)?[^/]+\.md$")

# (token, kind), chosen by hand from the corpus's capitalised and mixed-case runs
NAMES: list[tuple[str, str]] = [
    # the government's own products, services and sites
    ("DigitalGov", "brand"),
    ("USAGov", "brand"),
    ("USA.gov", "brand"),
    ("Data.gov", "brand"),
    ("Challenge.gov", "brand"),
    ("Login.gov", "brand"),
    ("Search.gov", "brand"),
    ("Code.gov", "brand"),
    ("cloud.gov", "brand"),
    ("Usability.gov", "brand"),
    ("Kids.gov", "brand"),
    ("Open Opportunities", "brand"),
    ("Touchpoints", "brand"),
    ("FedRAMP", "brand"),
    ("USWDS", "brand"),
    ("USAJOBS", "brand"),
    ("CareerOneStop", "brand"),
    ("MedlinePlus", "brand"),
    ("SocialGov", "brand"),
    ("MobileGov", "brand"),
    ("CitySDK", "brand"),
    ("openFDA", "brand"),
    ("FirstNet", "brand"),
    ("SmartPay", "brand"),
    # others' products, services and platforms
    ("GitHub", "brand"),
    ("Twitter", "brand"),
    ("YouTube", "brand"),
    ("Instagram", "brand"),
    ("Snapchat", "brand"),
    ("Flickr", "brand"),
    ("LinkedIn", "brand"),
    ("Pinterest", "brand"),
    ("Tumblr", "brand"),
    ("Yelp", "brand"),
    ("Quora", "brand"),
    ("Medium", "brand"),
    ("Wikipedia", "brand"),
    ("Storify", "brand"),
    ("Hootsuite", "brand"),
    ("Google Analytics", "brand"),
    ("Google Play", "brand"),
    ("App Store", "brand"),
    ("Android", "brand"),
    ("iOS", "brand"),
    ("iPhone", "brand"),
    ("iPad", "brand"),
    ("iTunes", "brand"),
    ("Blackberry", "brand"),
    ("Drupal", "brand"),
    ("WordPress", "brand"),
    ("JavaScript", "brand"),
    ("Bootstrap", "brand"),
    ("Elasticsearch", "brand"),
    ("Chrome", "brand"),
    ("Safari", "brand"),
    ("Excel", "brand"),
    ("PowerPoint", "brand"),
    ("Slack", "brand"),
    ("AWS", "brand"),
    # firms and organisations usage keeps as written
    ("Google", "group"),
    ("Facebook", "group"),
    ("Apple", "group"),
    ("Microsoft", "group"),
    ("Forrester", "group"),
    ("comScore", "group"),
    ("Pew Research Center", "group"),
    ("Nielsen Norman Group", "group"),
    ("Code for America", "group"),
]

_LISTED = frozenset(t for t, _ in NAMES)


def posts(site: Path) -> list[tuple[str, str]]:
    """(source label, body) of the site's news posts, newest first."""
    out: list[tuple[str, str, str]] = []
    names = aa_builder._git(site, "ls-tree", "-r", "--name-only", SITE_COMMIT, "content/news")
    for name in names.decode().splitlines():
        if not _PATH.match(name):
            continue
        raw = aa_builder._git(site, "show", f"{SITE_COMMIT}:{name}").decode("utf-8")
        m = z_builder._FRONT.match(raw)
        d = _DATE.search(m.group(1)) if m else None
        if m:
            raw = raw[m.end() :]
        date = "0000-00-00"
        if d:
            y, mo, da = d.group(1).split("-")
            date = f"{y}-{int(mo):02d}-{int(da):02d}"
        out.append((date, name, raw))
    out.sort(key=lambda x: (x[0], x[1]), reverse=True)
    return [(f"GSA/digitalgov.gov {n} ({SITE_COMMIT[:8]})", b) for _, n, b in out]


def marks(text: str) -> list[dict[str, str]]:
    """z's marks; a listed name is no file."""
    return [m for m in z_builder.marks(text) if not (m["kind"] == "file" and m["token"] in _LISTED)]


def earlier_texts() -> set[str]:
    """The text of every item of the earlier untranslatables sets."""
    seen: set[str] = set()
    for path in sorted((ROOT / "benchmarks/data").glob("untranslatables_*.jsonl")):
        if path.name == "untranslatables_ab.jsonl":
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                seen.add(" ".join(str(json.loads(line).get("text", "")).split()))
    return seen


MARKED = r_builder.MARKED
RARE: set[str] = set()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--site", type=Path, required=True)
    ap.add_argument(
        "out", nargs="?", type=Path, default=ROOT / "benchmarks/data/untranslatables_ab.jsonl"
    )
    args = ap.parse_args(argv)
    earlier = earlier_texts()
    paras: list[tuple[str, str]] = []
    lower: Counter[str] = Counter()
    dropped = 0
    for name, body in posts(args.site):
        for b in r_builder.blocks(aa_builder.clean(body)):
            if z_builder.NOT_PROSE.search(b):
                continue
            if " ".join(b.split()) in earlier:
                dropped += 1
                continue
            paras.append((name, b))
            lower.update(w for w in re.findall(r"[A-Za-zÀ-ÿ]+", plain(b)) if w.islower())
    items: list[dict[str, Any]] = []
    all_names = [t for t, _ in NAMES]

    def add(name: str, text: str, toks: list[dict[str, str]], ctl: list[str]) -> None:
        items.append(
            {
                "id": f"ab{len(items) + 1:03d}",
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

    left = list(NAMES)
    for name, p in paras:
        here = [(t, k) for t, k in left if _has(t, p)]
        if not here:
            continue
        add(name, p, tokens(p), controls(plain(p), "", all_names, lower))
        left = [x for x in left if x not in here]
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
    for t, _ in left:
        print("  not taken:", t)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
