"""Build untranslatables SET Y: the Homebrew project's blog (release notes, security audits,
maintainers' meetings, sponsorship news: products named by plural common words, "GitHub
Sponsors", "GitHub Actions", "GitHub Packages", "GitHub Discussions", "Homebrew Formulae"; by
two or three common words, "Apple Silicon", "Portable Ruby", "Time Machine", "OpenCore Legacy
Patcher", "Windows Subsystem for Linux", "Command Line Tools"; macOS releases named by words,
"Big Sur", "High Sierra", "El Capitan"; code, file names, versions, handles, issue numbers).

    python benchmarks/build_untranslatables_y.py --site DIR [OUT]
        --site: a checkout (or bare mirror) of https://github.com/Homebrew/brew.sh at
        SITE_COMMIT
    OUT: benchmarks/data/untranslatables_y.jsonl (default)

Set x was untrans41's; set y is written by untrans42 BEFORE any code of its pass, from real text
that no untranslatables set (c to x: WCXB, fundus, trafilatura's evaluation pages, goose3,
python-docs-pt-br, GUM, EWT, PUD, GENTLE, LinES, ParTUT, Tweebank, the Rust project's blog,
Jekyll's news, Textual's blog, the Mastodon blog, UD_Portuguese-Porttinari, the Tokio project's
website, the Nushell project's website, the Electron project's website, the Julia project's
website, the Gleam project's website, the Go project's blog, the Windows Terminal
documentation) and no folder of ``tests/data/realworld`` uses (their builders' docstrings name
neither; earlier sets name "Homebrew" as a token of other sources' text, never this site):

- the Homebrew project's blog (``Homebrew/brew.sh``, ``_posts/*.md``, 45 posts of 2016-2026;
  commit below). The repository is under the **BSD 2-Clause License** (its ``LICENSE.txt``,
  "Copyright (c) 2009-present, Homebrew contributors"), which covers the posts.

It was chosen for the classes the untrans42 brief names: **plural product names** ("GitHub
Sponsors" 46 times, "GitHub Actions", "GitHub Packages", "GitHub Discussions", "GitHub
Releases", "Homebrew Formulae") and **names of two or three common words** ("Apple Silicon",
"Portable Ruby", "Homebrew Cask", "Time Machine", "OpenCore Legacy Patcher", "Windows
Subsystem for Linux", "Big Sur", "High Sierra"), beside single common words ("Homebrew",
"Ruby", "Python", "Rust", "Sorbet", "Patreon") and mixed case ("GitHub", "RuboCop",
"InfluxDB", "MacStadium").

**Items.** Posts are read newest first (the date in the file's name; ties by path). A post's
body is the file without its Jekyll front matter, its ``<style>``/``<script>`` elements and
its Liquid tags; then cut into blocks as set r's builder does (``build_untranslatables_r.blocks``:
fenced code left out), and dropped as set x drops. One item is one block as the post writes it.
Only en -> pt-BR.

**Rule (written and committed before any run).** Set x's rule: ``NAMES`` below lists the tokens
that must be in the translation **verbatim** (case sensitive, whole words), by kind: the
project's and others' products, services, platforms and operating-system releases named by
words, initials or in mixed case (``brand``), firms and organisations usage keeps as written
(``group``). Chosen by hand from a count of the corpus's capitalised runs after a lower-case
word, a comma or a bracket and of its words with a capital after a lower-case letter, outside
code spans and link targets, a judgement written down before any run. Not listed: persons;
terms in capitals a Portuguese text writes as they are or expands ("CI", "API", "JSON", "URL",
"PR", "SSH", "CPU", "AI", "SBOM", "PGP"); the project's own bodies and terms usage translates
("Project Leadership Committee", "Technical Steering Committee", "Project Leader", "Support
Tiers", "Tier 2", "Annual General Meeting"); macOS "Intel" as a chip kind. Each name is taken
from the first candidate item (newest first) that holds it outside code spans and link targets;
every listed name that item holds is a token. In every item taken, also as tokens, each once:
each handle, hashtag, issue number, file name, version string, code span of two characters or
more and written address, by set r's patterns (``build_untranslatables_r.marks``; the file name
extensions are r's and ``rb``, ``html``). Then every candidate not yet taken that holds a
hashtag, and every ``MARK_STEP``-th other candidate not yet taken (newest first, counted among
those holding a handle, file name, address, issue number or version string), with all its
tokens as above.

**Controls (over-protection), set d's to x's rule:** a capitalised word (4+ letters) that begins
a sentence of the item (code spans and link targets removed) that is a common word of the corpus
(seen in lower case in it), not a function word, not part of a listed name, not spelled the same
in Portuguese and not in ``NOT_CONTROL``. A control is frozen when the translation carries it as
a whole word, case ignored. Control-only items: every ``STEP``-th candidate (newest first) with
no listed name and at least one control.

Written on 2026-12-07 BEFORE the untrans42 pass's code; its first run is main's
(``benchmarks/results/untrans42-eval_untranslatables_y_before-2026-12-07.txt``), read for its
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
from build_untranslatables_d import controls
from build_untranslatables_n import _has, plain

ROOT = Path(__file__).resolve().parents[1]
SITE_COMMIT = "3f895e1c01953701499fdcca5b816268c3eecddf"
# every STEP-th candidate block is a control-only candidate (set w's)
STEP = 60
# every MARK_STEP-th candidate with a handle, file name, address, issue number or version string
# is taken: 2, from the builder's own counts before any run of the pipeline (step 1: 195 items,
# 180 of 589 tokens versions, every release-note bullet; step 2: 125 items, 388 tokens, 197
# brands; step 4: 90 items), so the run stays short on two shared cores and the names lead
MARK_STEP = 2
# not controls although the rule finds them (written with the list, before any run): none yet
NOT_CONTROL: frozenset[str] = frozenset()
NOT_PROSE = re.compile(r"^[=:%@\\+$|{]|\{%|\{\{|<[A-Z]|\$\$|\\[a-z]+\{")
FILE = re.compile(
    r"(?<![\w/.-])[\w-]+\.(?:rs|toml|md|yaml|yml|json|txt|lock|sh|py|js|ts|html"
    r"|rb|html)\b(?!\.\w)"
)

# (token, kind), chosen by hand from the corpus's capitalised and mixed-case runs
NAMES: list[tuple[str, str]] = [
    # the project, its parts and services
    ("Homebrew", "brand"),
    ("Homebrew Cask", "brand"),
    ("Homebrew Bundle", "brand"),
    ("Homebrew Formulae", "brand"),
    ("Linuxbrew", "brand"),
    ("Portable Ruby", "brand"),
    ("BrewTestBot", "brand"),
    ("Workbrew", "brand"),
    # others' products, services and platforms named by plural common words
    ("GitHub Sponsors", "brand"),
    ("GitHub Actions", "brand"),
    ("GitHub Packages", "brand"),
    ("GitHub Discussions", "brand"),
    ("GitHub Releases", "brand"),
    # by two or more common words
    ("Apple Silicon", "brand"),
    ("Google Analytics", "brand"),
    ("Time Machine", "brand"),
    ("OpenCore Legacy Patcher", "brand"),
    ("Windows Subsystem for Linux", "brand"),
    ("Command Line Tools", "brand"),
    ("Travis CI", "brand"),
    ("VS Code", "brand"),
    # operating systems and their releases
    ("macOS", "brand"),
    ("Big Sur", "brand"),
    ("High Sierra", "brand"),
    ("El Capitan", "brand"),
    ("Mountain Lion", "brand"),
    ("Mojave", "brand"),
    ("Catalina", "brand"),
    ("Monterey", "brand"),
    ("Ventura", "brand"),
    ("Sonoma", "brand"),
    ("Sequoia", "brand"),
    ("Linux", "brand"),
    ("Ubuntu", "brand"),
    ("Windows", "brand"),
    ("WSL", "brand"),
    # tools, languages, services named by one word or in mixed case
    ("GitHub", "brand"),
    ("Xcode", "brand"),
    ("Ruby", "brand"),
    ("Python", "brand"),
    ("Rust", "brand"),
    ("Git", "brand"),
    ("Docker", "brand"),
    ("Jenkins", "brand"),
    ("Sorbet", "brand"),
    ("RuboCop", "brand"),
    ("RubyGems", "brand"),
    ("PyPI", "brand"),
    ("MacPorts", "brand"),
    ("PostgreSQL", "brand"),
    ("OpenSSL", "brand"),
    ("InfluxDB", "brand"),
    ("Patreon", "brand"),
    ("PayPal", "brand"),
    ("OpenCollective", "brand"),
    ("Open Collective", "brand"),
    ("HackerOne", "brand"),
    ("Slack", "brand"),
    # firms and organisations usage keeps as written
    ("Apple", "group"),
    ("Google", "group"),
    ("Microsoft", "group"),
    ("MacStadium", "group"),
    ("Trail of Bits", "group"),
    ("Software Freedom Conservancy", "group"),
    ("Open Technology Fund", "group"),
    ("Radically Open Security", "group"),
    ("Internet Archive", "group"),
]


def _git(repo: Path, *args: str) -> bytes:
    gd = repo / ".git" if (repo / ".git").exists() else repo
    if not (gd / "HEAD").exists() and (repo / "repo").exists():
        gd = repo / "repo"
    return subprocess.run(
        ["git", "--git-dir", str(gd), *args], capture_output=True, check=True
    ).stdout


_FRONT = re.compile(r"\A\s*---\n(.*?)\n---\n", re.S)
_PATH = re.compile(r"^_posts/(\d{4}-\d{2}-\d{2})-.+\.md$")
_LIQUID = re.compile(r"\{%.*?%\}|\{\{.*?\}\}", re.S)
_ELEMENT = re.compile(r"<(style|script)\b.*?</\1>", re.S | re.I)


def clean(body: str) -> str:
    """The post's body without elements and Liquid tags."""
    body = _ELEMENT.sub("\n\n", body)
    return _LIQUID.sub(" ", body)


def posts(site: Path) -> list[tuple[str, str]]:
    """(source label, body) of the blog's posts, newest first."""
    out: list[tuple[str, str, str]] = []
    names = _git(site, "ls-tree", "-r", "--name-only", SITE_COMMIT, "_posts").decode()
    for name in names.splitlines():
        p = _PATH.match(name)
        if not p:
            continue
        raw = _git(site, "show", f"{SITE_COMMIT}:{name}").decode("utf-8")
        m = _FRONT.match(raw)
        if m:
            raw = raw[m.end() :]
        out.append((p.group(1), name, raw))
    out.sort(key=lambda x: (x[0], x[1]), reverse=True)
    return [(f"Homebrew/brew.sh {n} ({SITE_COMMIT[:8]})", b) for _, n, b in out]


_LISTED = frozenset(t for t, _ in NAMES)


def marks(text: str) -> list[dict[str, str]]:
    """Set r's marks, with this site's file names; a listed name is no file."""
    saved = r_builder.FILE
    r_builder.FILE = FILE
    try:
        found = r_builder.marks(text)
    finally:
        r_builder.FILE = saved
    return [m for m in found if not (m["kind"] == "file" and m["token"] in _LISTED)]


MARKED = r_builder.MARKED
# every candidate holding one is taken (few in the posts); the others counted together,
# every MARK_STEP-th
RARE = {"hashtag"}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--site", type=Path, required=True)
    ap.add_argument(
        "out", nargs="?", type=Path, default=ROOT / "benchmarks/data/untranslatables_y.jsonl"
    )
    args = ap.parse_args(argv)
    paras: list[tuple[str, str]] = []
    lower: Counter[str] = Counter()
    for name, body in posts(args.site):
        for b in r_builder.blocks(clean(body)):
            if NOT_PROSE.search(b):
                continue
            paras.append((name, b))
            lower.update(w for w in re.findall(r"[A-Za-zÀ-ÿ]+", plain(b)) if w.islower())
    items: list[dict[str, Any]] = []
    all_names = [t for t, _ in NAMES]

    def add(name: str, text: str, toks: list[dict[str, str]], ctl: list[str]) -> None:
        items.append(
            {
                "id": f"y{len(items) + 1:03d}",
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
        # every listed name the item holds is a token (a name taken before too)
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
        f"{n_ctl} controls -> {args.out}"
    )
    for t, _ in left:
        print("  not taken:", t)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
