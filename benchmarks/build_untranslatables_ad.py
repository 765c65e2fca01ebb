"""Build untranslatables SET AD: Login.gov's website (the help, policy and landing pages of the US
federal sign-in service: its own names, "Login.gov", "SAM.gov", "USAJOBS"; the sign-in apps and
keys it names, "Google Authenticator", "Authy", "LastPass", "1Password", "OTP Manager", a Chrome
extension called "Authenticator", "Yubikeys", "Titan Security Keys"; platforms, "Android", "iOS",
"Windows", "Mac", "Chrome"; firms and groups, "Amazon Web Services", "Google", "FIDO"; code,
addresses, numbers).

    python benchmarks/build_untranslatables_ad.py --site DIR [OUT]
        --site: a checkout (or bare mirror) of https://github.com/18F/identity-site at
        SITE_COMMIT
    OUT: benchmarks/data/untranslatables_ad.jsonl (default)

Set ac was untrans48's; set ad is written by untrans50 BEFORE any code of its pass, from real
text that no untranslatables set (c to ac: WCXB, fundus, trafilatura's evaluation pages, goose3,
python-docs-pt-br, GUM, EWT, PUD, GENTLE, LinES, ParTUT, Tweebank, the Rust project's blog,
Jekyll's news, Textual's blog, the Mastodon blog, UD_Portuguese-Porttinari, the Tokio project's
website, the Nushell project's website, the Electron project's website, the Julia project's
website, the Gleam project's website, the Go project's blog, the Windows Terminal
documentation, the Homebrew project's blog, the Let's Encrypt blog, the 18F blog, Digital.gov's
news, cloud.gov's news) and no folder of ``tests/data/realworld``, probe corpus or other
evaluation set uses (a search of ``docs``, ``benchmarks``, ``tests`` and ``README.md`` for
"identity-site" finds nothing; "login.gov" occurs only as a name inside items of sets ab, ac
and variety a, taken from other sites):

- Login.gov's website (``18F/identity-site``, ``content/_en/**/*.md``, 35 English pages: help,
  policy and landing pages; the Spanish and French pages are translations of these and are not
  read). The repository's ``LICENSE.md``: "As a work of the United States government, this
  project is in the public domain within the United States. Additionally, we waive copyright
  and related rights in the work worldwide through the CC0 1.0 Universal public domain
  dedication." (**public domain / CC0 1.0**).

A block the earlier sets already hold is dropped: no item of ad is an item of c to ac.

**Items.** Pages in path order (the site has no dates); aa's cleaning (z's, after the Liquid
link filter and Liquid tags: this site is Jekyll). Blocks as set r's builder cuts them, dropped
as set y drops. One item is one block. Only en -> pt-BR.

**Rule (written and committed before any run).** Set ac's rule, but, the corpus being small (376
candidate blocks), **every** candidate block holding a listed name is an item (ac took each
name's first block only). ``NAMES`` lists the tokens that must be in the translation
**verbatim** (case sensitive, whole words): products, services, software, platforms and sites
(``brand``), firms and organisations usage keeps as written (``group``). Chosen by hand from a
count of the corpus's capitalised runs after a lower-case word, a comma or a bracket and of its
words in mixed case or ending in a domain (a script over the pages, not committed), before any
run and before any rule of the pass; one page (``help/get-started/authentication-options.md``)
was read to judge the source. Not listed: persons; government bodies and offices usage
translates or glosses ("GSA", "General Services Administration", "NIST", "Federal Service
Desk"); titles of programmes, policies, laws and standards ("Trusted Traveler Programs", "Global
Entry", "TSA PreCheck", "Rules of Use", "E-Government Act of 2002", "Web Content Accessibility
Guidelines"); terms in capitals a Portuguese text writes as they are or expands ("SMS", "PIV",
"CAC", "USB", "2FA", "PII"). Marks as ab's: each kind once, then every ``MARK_STEP``-th other
candidate with a mark.

**Controls**: set d's to ac's rule (``build_untranslatables_d.controls``); control-only items
every ``STEP``-th candidate that holds no listed name.

Written on 2026-12-07 BEFORE the untrans50 pass's code; its first run is main's
(``benchmarks/results/untrans50-eval_untranslatables_ad_before-2026-12-07.txt``), read for its
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
SITE_COMMIT = "0b71fd7d780cee28fa01dcc6b810cb038c2be6e5"
# every STEP-th candidate block is a control-only candidate (376 candidate blocks, 130 of them
# holding a listed name: STEP 10, set from the builder's own count before any run of the pipeline)
STEP = 10
# every MARK_STEP-th candidate with a handle, hashtag, file name, address, issue number or
# version string is taken; the builder's own count found 6 such candidates: all are taken
MARK_STEP = 1
NOT_CONTROL: frozenset[str] = frozenset()
_PATH = re.compile(r"^content/_en/.+\.md$")

# (token, kind), chosen by hand from the corpus's capitalised and mixed-case runs
NAMES: list[tuple[str, str]] = [
    # the service's own names and the government's sites it names
    ("login.gov", "brand"),
    ("Login.gov", "brand"),
    ("SAM.gov", "brand"),
    ("USAJOBS", "brand"),
    # sign-in apps and keys
    ("Google Authenticator", "brand"),
    ("Authenticator", "brand"),
    ("Authy", "brand"),
    ("LastPass", "brand"),
    ("1Password", "brand"),
    ("OTP Manager", "brand"),
    ("Yubikeys", "brand"),
    ("Titan Security Keys", "brand"),
    # platforms
    ("Android", "brand"),
    ("iOS", "brand"),
    ("Windows", "brand"),
    ("Mac", "brand"),
    ("Chrome", "brand"),
    # firms and groups usage keeps as written
    ("Amazon Web Services", "group"),
    ("Google", "group"),
    ("FIDO", "group"),
]

_LISTED = frozenset(t for t, _ in NAMES)


def posts(site: Path) -> list[tuple[str, str]]:
    """(source label, body) of the site's English pages, in path order."""
    out: list[tuple[str, str]] = []
    names = aa_builder._git(site, "ls-tree", "-r", "--name-only", SITE_COMMIT, "content/_en")
    for name in sorted(names.decode().splitlines()):
        if not _PATH.match(name):
            continue
        raw = aa_builder._git(site, "show", f"{SITE_COMMIT}:{name}").decode("utf-8")
        m = z_builder._FRONT.match(raw)
        if m:
            raw = raw[m.end() :]
        out.append((f"18F/identity-site {name} ({SITE_COMMIT[:8]})", raw))
    return out


def marks(text: str) -> list[dict[str, str]]:
    """z's marks; a listed name is no file."""
    return [m for m in z_builder.marks(text) if not (m["kind"] == "file" and m["token"] in _LISTED)]


def earlier_texts() -> set[str]:
    """The text of every item of the earlier untranslatables sets."""
    seen: set[str] = set()
    for path in sorted((ROOT / "benchmarks/data").glob("untranslatables_*.jsonl")):
        if path.name == "untranslatables_ad.jsonl":
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
        "out", nargs="?", type=Path, default=ROOT / "benchmarks/data/untranslatables_ad.jsonl"
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
                "id": f"ad{len(items) + 1:03d}",
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
        here = [(t, k) for t, k in NAMES if _has(t, p)]
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
