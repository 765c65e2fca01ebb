"""Build untranslatables SET AA: the 18F blog (news of a US federal digital-services team:
products and services named by common words, "Federalist", "Midas", "Pulse", "Tock", "Direct
File", "Open Forest", "College Scorecard", "Communicart", "Cloud Foundry"; sites by address,
"Login.gov", "USA.gov", "Notify.gov"; software, "GitHub", "Slack", "Jekyll", "Docker"; firms
and groups, "18F", "Code for America", "Oracle"; code, file names, versions, handles, issue
numbers).

    python benchmarks/build_untranslatables_aa.py --site DIR [OUT]
        --site: a checkout (or bare mirror) of https://github.com/18F/18f.gsa.gov at SITE_COMMIT
    OUT: benchmarks/data/untranslatables_aa.jsonl (default)

Set z was untrans44's; set aa is written by untrans45 BEFORE any code of its pass, from real text
that no untranslatables set (c to z: WCXB, fundus, trafilatura's evaluation pages, goose3,
python-docs-pt-br, GUM, EWT, PUD, GENTLE, LinES, ParTUT, Tweebank, the Rust project's blog,
Jekyll's news, Textual's blog, the Mastodon blog, UD_Portuguese-Porttinari, the Tokio project's
website, the Nushell project's website, the Electron project's website, the Julia project's
website, the Gleam project's website, the Go project's blog, the Windows Terminal
documentation, the Homebrew project's blog, the Let's Encrypt blog) and no folder of
``tests/data/realworld`` uses (their builders' docstrings name neither; the probes' corpora
neither: probe44's White House releases are another repository):

- the 18F blog (``18F/18f.gsa.gov``, ``content/posts/*``, 509 posts of 2014-2024; commit below).
  The repository's ``LICENSE.md``: "As a work of the United States government, this project is
  in the public domain within the United States of America. Additionally, we waive copyright
  and related rights in the work worldwide through the CC0 1.0 Universal public domain
  dedication." (**public domain / CC0 1.0**).

It was chosen for this pass's class as a neighbour: a government team's prose names laws,
programmes and policies in title case ("the DATA Act", "the Paperwork Reduction Act", "Every
Kid in a Park", "the Source Code Policy") beside products named by common words. Those titles
are **not** tokens (usage translates or glosses them: the pass decides that on development data
only); the set measures the names beside them and the controls.

**Items.** z's rule (``build_untranslatables_z``): posts newest first (the ``date:`` of the front
matter; ties by path); the body without front matter, Hugo/Liquid shortcodes (``{{< >}}``,
``{{% %}}``), ``<style>``/``<script>``/``<figure>`` elements; an HTML link written as a Markdown
link, other tags removed, entities unescaped; this site's Eleventy link filter
``{{ "PATH" | url }}`` written as ``PATH`` first (else every block with an internal link would be
dropped as holding ``{{``) and Liquid tags ``{% ... %}`` removed. Blocks as set r's builder cuts
them, dropped as set y drops. One item is one block. Only en -> pt-BR.

**Rule (written and committed before any run).** Set z's rule: ``NAMES`` lists the tokens that
must be in the translation **verbatim** (case sensitive, whole words): products, services,
software and sites (``brand``), firms and organisations usage keeps as written (``group``).
Chosen by hand from a count of the corpus's capitalised runs after a lower-case word, a comma or
a bracket and of its words with a capital after a lower-case letter (a script over the posts, not
committed), before any run and before any rule of the pass. Not listed: persons; government
bodies and offices usage translates or glosses ("General Services Administration", "GSA",
"Forest Service", "Department of Education", "U.S. Digital Service"); titles of laws,
programmes, policies, reports and standards ("DATA Act", "Presidential Innovation Fellows",
"Draft U.S. Web Design Standards", "Digital Analytics Program"); terms in capitals a Portuguese
text writes as they are or expands ("API", "HTTPS", "ATO", "BPA"); technical terms ("DevOps",
"Agile"). Each name is taken from the first candidate item (newest first) that holds it outside
code spans and link targets; every listed name that item holds is a token. Marks (handles,
hashtags, issue numbers, file names, version strings, code spans, addresses) as z's, each once;
then every candidate holding a hashtag, and every ``MARK_STEP``-th other candidate with a mark.

**Controls**: set d's to z's rule (``build_untranslatables_d.controls``); control-only items every
``STEP``-th candidate.

Written on 2026-12-07 BEFORE the untrans45 pass's code; its first run is main's
(``benchmarks/results/untrans45-eval_untranslatables_aa_before-2026-12-07.txt``), read for its
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

import build_untranslatables_r as r_builder
import build_untranslatables_z as z_builder
from build_untranslatables_d import controls
from build_untranslatables_n import _has, plain

ROOT = Path(__file__).resolve().parents[1]
SITE_COMMIT = "0a55c75e6d9bc71c80136a3867dac52356177443"
# every STEP-th candidate block is a control-only candidate (z's)
STEP = 60
# every MARK_STEP-th candidate with a handle, file name, address, issue number or version
# string is taken; set from the builder's own counts before any run of the pipeline
MARK_STEP = 8
NOT_CONTROL: frozenset[str] = frozenset()
_LIQUID_URL = re.compile(r"\{\{\s*[\"']([^\"']*)[\"']\s*\|\s*url\s*\}\}")
_LIQUID_TAG = re.compile(r"\{%.*?%\}", re.S)
_DATE = re.compile(r"^date:\s*['\"]?(\d{4}-\d{1,2}-\d{1,2})", re.M)
_PATH = re.compile(r"^content/posts/[^/]+\.md$")

# (token, kind), chosen by hand from the corpus's capitalised and mixed-case runs
NAMES: list[tuple[str, str]] = [
    # the team's own products, services and sites
    ("Federalist", "brand"),
    ("Midas", "brand"),
    ("MyUSA", "brand"),
    ("Pulse", "brand"),
    ("Tock", "brand"),
    ("Communicart", "brand"),
    ("FBOpen", "brand"),
    ("CALC", "brand"),
    ("Direct File", "brand"),
    ("Open Forest", "brand"),
    ("College Scorecard", "brand"),
    ("CareerOneStop", "brand"),
    ("GovConnect", "brand"),
    ("FedRAMP", "brand"),
    ("USWDS", "brand"),
    ("Login.gov", "brand"),
    ("cloud.gov", "brand"),
    ("USA.gov", "brand"),
    ("Notify.gov", "brand"),
    ("FEC.gov", "brand"),
    ("Performance.gov", "brand"),
    # others' products, services and platforms
    ("GitHub", "brand"),
    ("GitHub Pages", "brand"),
    ("Slack", "brand"),
    ("Twitter", "brand"),
    ("Jekyll", "brand"),
    ("JavaScript", "brand"),
    ("Python", "brand"),
    ("Ruby", "brand"),
    ("Sass", "brand"),
    ("Docker", "brand"),
    ("Elasticsearch", "brand"),
    ("Rails", "brand"),
    ("Drupal", "brand"),
    ("WordPress", "brand"),
    ("Django", "brand"),
    ("Bootstrap", "brand"),
    ("Markdown", "brand"),
    ("Trello", "brand"),
    ("Google Drive", "brand"),
    ("Google Docs", "brand"),
    ("Google Analytics", "brand"),
    ("Amazon Web Services", "brand"),
    ("AWS", "brand"),
    ("CloudFront", "brand"),
    ("Cloud Foundry", "brand"),
    ("YouTube", "brand"),
    ("Tumblr", "brand"),
    ("Medium", "brand"),
    ("PlayStation", "brand"),
    ("Lego", "brand"),
    ("Postgres", "brand"),
    ("Chrome", "brand"),
    ("Linux", "brand"),
    # firms and organisations usage keeps as written
    ("18F", "group"),
    ("Code for America", "group"),
    ("Oracle", "group"),
    ("Google", "group"),
    ("Facebook", "group"),
    ("Microsoft", "group"),
]


def _git(repo: Path, *args: str) -> bytes:
    gd = repo / ".git" if (repo / ".git").exists() else repo
    if not (gd / "HEAD").exists() and (repo / "repo").exists():
        gd = repo / "repo"
    return subprocess.run(
        ["git", "--git-dir", str(gd), *args], capture_output=True, check=True
    ).stdout


def clean(body: str) -> str:
    """z's cleaning, after this site's Eleventy link filter and Liquid tags."""
    body = _LIQUID_URL.sub(lambda m: m.group(1), body)
    body = _LIQUID_TAG.sub(" ", body)
    return z_builder.clean(body)


def posts(site: Path) -> list[tuple[str, str]]:
    """(source label, body) of the blog's posts, newest first."""
    out: list[tuple[str, str, str]] = []
    names = _git(site, "ls-tree", "-r", "--name-only", SITE_COMMIT, "content/posts").decode()
    for name in names.splitlines():
        if not _PATH.match(name):
            continue
        raw = _git(site, "show", f"{SITE_COMMIT}:{name}").decode("utf-8")
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
    return [(f"18F/18f.gsa.gov {n} ({SITE_COMMIT[:8]})", b) for _, n, b in out]


_LISTED = frozenset(t for t, _ in NAMES)


def marks(text: str) -> list[dict[str, str]]:
    """z's marks; a listed name is no file."""
    return [m for m in z_builder.marks(text) if not (m["kind"] == "file" and m["token"] in _LISTED)]


MARKED = r_builder.MARKED
RARE = {"hashtag"}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--site", type=Path, required=True)
    ap.add_argument(
        "out", nargs="?", type=Path, default=ROOT / "benchmarks/data/untranslatables_aa.jsonl"
    )
    args = ap.parse_args(argv)
    paras: list[tuple[str, str]] = []
    lower: Counter[str] = Counter()
    for name, body in posts(args.site):
        for b in r_builder.blocks(clean(body)):
            if z_builder.NOT_PROSE.search(b):
                continue
            paras.append((name, b))
            lower.update(w for w in re.findall(r"[A-Za-zÀ-ÿ]+", plain(b)) if w.islower())
    items: list[dict[str, Any]] = []
    all_names = [t for t, _ in NAMES]

    def add(name: str, text: str, toks: list[dict[str, str]], ctl: list[str]) -> None:
        items.append(
            {
                "id": f"aa{len(items) + 1:03d}",
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
        f"{len(paras)} candidates, {len(items)} items, {n_tok} tokens {dict(kinds)}, "
        f"{n_ctl} controls, {seen_marks} mark candidates -> {args.out}"
    )
    for t, _ in left:
        print("  not taken:", t)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
